"""Process behaviour: one ready line, clean exit on SIGTERM and SIGINT."""

import signal
import socket
from typing import Any

import pytest


def test_ready_line_names_both_endpoints(emulator: Any) -> None:
    host = emulator.host
    assert emulator.ready_line == (
        f"emulator ready: https://{host}:{emulator.port} dns {host}:{emulator.dns_port} "
        f"ca-bundle {emulator.ca_bundle}"
    )
    assert emulator.ca_bundle.read_text().count("BEGIN CERTIFICATE") > 1  # the system's CAs and its own


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stops_cleanly_on_signal(spawn_emulator: Any, sig: int) -> None:
    instance = spawn_emulator()
    assert instance.stop(sig) == 0, instance.log_path.read_text()
    assert instance.process.stdout is not None
    assert instance.process.stdout.read() == ""  # nothing after the ready line
    # Both ports are released.
    for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
        with socket.socket(socket.AF_INET, kind) as probe:
            probe.bind((instance.host, instance.dns_port))
    with socket.socket() as probe:
        probe.bind((instance.host, instance.port))
