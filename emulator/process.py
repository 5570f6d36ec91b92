"""Start ``python -m emulator`` as a subprocess on free ports, and talk to it.

Used by the tests, the benchmarks and anything else that needs a private
emulator: ``with EmulatorProcess.start(log) as emulator: emulator.client("s3")``.
"""

from __future__ import annotations

import json
import select
import signal
import socket
import ssl
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
READY_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0
ROOT = Path(__file__).resolve().parent.parent
TEST_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}


def free_port() -> int:
    """A port free on HOST for both TCP and UDP (the DNS server needs both)."""
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
class EmulatorProcess:
    process: subprocess.Popen[str]
    port: int
    dns_port: int
    ready_line: str
    ca_bundle: Path
    log_path: Path
    host: str = HOST

    @classmethod
    def start(cls, log_path: Path, *extra_args: str, python: str = sys.executable) -> EmulatorProcess:
        """Start on free ports and wait for the ready line; raises RuntimeError if it does not come.

        ``python``: the interpreter, and so the installed packages, it runs on (default this one's)."""
        port, dns_port = free_port(), free_port()
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [python, "-m", "emulator", "--port", str(port), "--dns-port", str(dns_port), *extra_args],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True,
            )
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], READY_TIMEOUT)
        line = process.stdout.readline().strip() if ready else ""
        if not line.startswith("emulator ready:"):
            process.kill()
            process.wait()
            raise RuntimeError(f"the emulator did not start: {line!r}\n{log_path.read_text()[-3000:]}")
        return cls(process, port, dns_port, line, Path(line.rsplit(" ca-bundle ", 1)[1]), log_path)

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def env(self) -> dict[str, str]:
        """What a client needs to use this emulator: endpoint, CA bundle, test credentials."""
        return {"AWS_ENDPOINT_URL": self.url, "AWS_CA_BUNDLE": str(self.ca_bundle), **TEST_CREDENTIALS}

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Send ``sig`` (if still running) and return the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def client(self, service: str, region: str = "us-east-1", **kwargs: Any) -> Any:
        """A boto3 client for this emulator; ``kwargs`` override the test keys and ``verify`` (its CA bundle)."""
        import boto3

        options = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "verify": str(self.ca_bundle)}
        return boto3.client(service, endpoint_url=self.url, region_name=region, **(options | kwargs))

    def post(self, path: str, payload: dict[str, Any] | None = None) -> tuple[int, Any]:
        """POST JSON to an emulator path (admin or moto-api); returns the status and decoded body."""
        request = urllib.request.Request(f"{self.url}{path}", data=json.dumps(payload or {}).encode(),
                                         method="POST")
        return self._call(request)

    def get(self, path: str, **params: str) -> tuple[int, Any]:
        """GET an admin path with query parameters; returns the status and decoded body."""
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return self._call(urllib.request.Request(f"{self.url}{path}{query}", method="GET"))

    def _call(self, request: urllib.request.Request) -> tuple[int, Any]:
        context = ssl.create_default_context(cafile=str(self.ca_bundle))
        try:
            with urllib.request.urlopen(request, timeout=10, context=context) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())
