"""Fixtures running ``python -m emulator`` as a real subprocess on free ports.

Tests talk to it only over HTTPS (boto3) and DNS (dnspython), like the
Terraform provider and resolvers would.
"""

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dns.message
import dns.query
import pytest

from emulator.process import EmulatorProcess

HOST = "127.0.0.1"
REGION = "eu-west-3"
Emulator = EmulatorProcess


def start_emulator(log_path: Path, *args: str) -> Emulator:
    try:
        return EmulatorProcess.start(log_path, *args)
    except RuntimeError as error:
        pytest.fail(str(error))


@pytest.fixture
def spawn_emulator(tmp_path: Path) -> Callable[..., Emulator]:
    """Start a private emulator (the caller stops it), logging under ``tmp_path``."""
    return lambda *args: start_emulator(tmp_path / "emulator.log", *args)


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """One emulator for the session; it must exit 0 on SIGTERM at the end."""
    log_path = tmp_path_factory.mktemp("emulator") / "emulator.log"
    instance = start_emulator(log_path)
    yield instance
    assert instance.stop() == 0, instance.log_path.read_text()


AdminPost = Callable[[str, dict[str, Any]], tuple[int, Any]]


@pytest.fixture
def admin(emulator: Emulator) -> AdminPost:
    """POST to an emulator path: ``admin("/_emulator/ses/production-access", {...})``."""
    return emulator.post


@pytest.fixture(autouse=True)
def reset(emulator: Emulator) -> None:
    """Every test starts from empty moto and SES v2 state."""
    status, _ = emulator.post("/moto-api/reset")
    assert status == 200


ClientFactory = Callable[..., Any]


@pytest.fixture
def aws(emulator: Emulator) -> ClientFactory:
    """boto3 clients for the emulator: ``aws("sesv2", region="eu-central-1")``."""

    def client(service: str, region: str = REGION, **kwargs: Any) -> Any:
        return emulator.client(service, region, **kwargs)

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
