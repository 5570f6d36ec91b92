"""Fixtures running ``python -m emulator`` as a real subprocess on free ports.

Tests talk to it only over HTTP (boto3) and DNS (dnspython), like the
Terraform provider and resolvers would.
"""

import json
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import dns.message
import dns.query
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
REGION = "eu-west-3"
READY_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0


def free_port() -> int:
    """A port free for both TCP and UDP, since the DNS server needs both."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((HOST, 0))
            port = tcp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind((HOST, port))
                except OSError:
                    continue
                return port


@dataclass
class Emulator:
    """A running ``python -m emulator`` subprocess."""

    process: subprocess.Popen[str]
    port: int
    dns_port: int
    ready_line: str
    log_path: Path
    host: str = HOST

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Send ``sig`` and return the exit code."""
        self.process.send_signal(sig)
        return self.process.wait(timeout=STOP_TIMEOUT)


def start_emulator(log_path: Path) -> Emulator:
    """Start the emulator and wait for its ready line."""
    port, dns_port = free_port(), free_port()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "emulator", "--port", str(port), "--dns-port", str(dns_port)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], READY_TIMEOUT)
    line = process.stdout.readline().strip() if ready else ""
    if not line.startswith("emulator ready:"):
        process.kill()
        process.wait()
        pytest.fail(f"emulator did not start: {line!r}\n{log_path.read_text()}")
    return Emulator(process, port, dns_port, line, log_path)


@pytest.fixture
def spawn_emulator(tmp_path: Path) -> Callable[[], Emulator]:
    """Start a private emulator (the caller stops it), logging under ``tmp_path``."""
    return lambda: start_emulator(tmp_path / "emulator.log")


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """One emulator for the session; it must exit 0 on SIGTERM at the end."""
    log_path = tmp_path_factory.mktemp("emulator") / "emulator.log"
    instance = start_emulator(log_path)
    yield instance
    assert instance.stop() == 0, instance.log_path.read_text()


def post_json(url: str, payload: dict[str, Any] | None = None) -> tuple[int, Any]:
    """POST JSON to the emulator; returns the status and the decoded body."""
    request = urllib.request.Request(url, data=json.dumps(payload or {}).encode(), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


AdminPost = Callable[[str, dict[str, Any]], tuple[int, Any]]


@pytest.fixture
def admin(emulator: Emulator) -> AdminPost:
    """POST to an emulator path: ``admin("/_emulator/ses/production-access", {...})``."""
    return lambda path, payload: post_json(f"{emulator.url}{path}", payload)


@pytest.fixture(autouse=True)
def reset(emulator: Emulator) -> None:
    """Every test starts from empty moto and SES v2 state."""
    status, _ = post_json(f"{emulator.url}/moto-api/reset")
    assert status == 200


ClientFactory = Callable[..., Any]


@pytest.fixture
def aws(emulator: Emulator) -> ClientFactory:
    """boto3 clients for the emulator: ``aws("sesv2", region="eu-central-1")``."""

    def client(service: str, region: str = REGION, **kwargs: Any) -> Any:
        credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}
        return boto3.client(
            service, endpoint_url=emulator.url, region_name=region, **(credentials | kwargs)
        )

    return client


DnsQuery = Callable[..., dns.message.Message]


@pytest.fixture
def dns_query(emulator: Emulator) -> DnsQuery:
    """Ask the emulator's DNS server: ``dns_query("example.com", "TXT", tcp=True)``."""

    def query(name: str, rdtype: str, tcp: bool = False) -> dns.message.Message:
        message = dns.message.make_query(name, rdtype)
        send = dns.query.tcp if tcp else dns.query.udp
        return send(message, HOST, port=emulator.dns_port, timeout=5)

    return query


RecordSpec = tuple[str, str, list[str]]


class Route53:
    """Creates public zones and records through the emulator's Route 53 API."""

    def __init__(self, client: Any):
        self.client = client

    def create_zone(self, name: str, records: Sequence[RecordSpec] = ()) -> str:
        """A new public zone with ``(name, type, values)`` records; returns its id."""
        reference = f"{name}-{time.monotonic_ns()}"
        zone = self.client.create_hosted_zone(Name=name, CallerReference=reference)
        zone_id = zone["HostedZone"]["Id"]
        if records:
            self.change(zone_id, "UPSERT", records)
        return zone_id

    def change(self, zone_id: str, action: str, records: Sequence[RecordSpec]) -> None:
        self.client.change_resource_record_sets(
            HostedZoneId=zone_id,
            ChangeBatch={
                "Changes": [
                    {
                        "Action": action,
                        "ResourceRecordSet": {
                            "Name": name,
                            "Type": rtype,
                            "TTL": 300,
                            "ResourceRecords": [{"Value": value} for value in values],
                        },
                    }
                    for name, rtype, values in records
                ]
            },
        )


@pytest.fixture
def route53(aws: ClientFactory) -> Route53:
    return Route53(aws("route53"))
