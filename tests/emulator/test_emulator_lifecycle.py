"""Process behaviour: one ready line, clean exit on SIGTERM and SIGINT, the CA kept across restarts."""

import concurrent.futures
import datetime
import signal
import socket
import ssl
import stat
import struct
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from emulator import tls


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


# The CA across restarts: kept while valid for long enough, so an exported AWS_CA_BUNDLE survives a restart.


def test_restart_in_the_same_folder_keeps_the_ca(spawn_emulator: Any, tmp_path: Path) -> None:
    tls_dir = tmp_path / "tls"
    first = spawn_emulator("--tls-dir", str(tls_dir))
    first_bundle = tmp_path / "first-bundle.pem"  # what a shell exported before the restart
    first_bundle.write_bytes(first.ca_bundle.read_bytes())
    ca, server = (tls_dir / "ca.pem").read_bytes(), (tls_dir / "server.pem").read_bytes()
    assert first.stop() == 0

    second = spawn_emulator("--tls-dir", str(tls_dir))
    try:
        assert second.ca_bundle == first.ca_bundle
        assert (tls_dir / "ca.pem").read_bytes() == ca
        assert (tls_dir / "server.pem").read_bytes() != server  # a new server certificate from the same CA
        assert stat.S_IMODE((tls_dir / "ca-key.pem").stat().st_mode) == 0o600
        assert stat.S_IMODE((tls_dir / "server-key.pem").stat().st_mode) == 0o600
        # A client that trusts only the first run's bundle talks to the second server.
        assert second.client("s3", verify=str(first_bundle)).list_buckets()["Buckets"] == []
    finally:
        assert second.stop() == 0


def _files(directory: Path) -> tls.TlsFiles:
    return tls.TlsFiles.in_directory(directory)


def _write_ca(directory: Path, ca: tls.Ca) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    files = _files(directory)
    files.ca.write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    files.ca_key.write_bytes(ca.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    files.ca_key.chmod(0o600)


NOW = datetime.datetime.now(datetime.UTC)


def test_a_fresh_ca_is_reused() -> None:
    assert tls.renewal_reason(tls.new_ca(), NOW) is None


@pytest.mark.parametrize(("case", "reason"), [
    ("missing", "no CA"),
    ("expiring", "expires in"),
    ("expired", "expires in"),
    ("not yet valid", "not valid yet"),
    ("other key", "does not match"),
    ("key readable by others", "readable by others"),
    ("not a CA", "not a CA"),
])
def test_a_ca_that_cannot_be_trusted_or_will_expire_is_renewed(case: str, reason: str, tmp_path: Path) -> None:
    ca = tls.new_ca()
    now, key_mode = NOW, 0o600
    candidate: tls.Ca | None = ca
    if case == "missing":
        candidate = None
    elif case == "expiring":
        now = ca.certificate.not_valid_after_utc - datetime.timedelta(hours=23)
    elif case == "expired":
        now = ca.certificate.not_valid_after_utc + datetime.timedelta(seconds=1)
    elif case == "not yet valid":
        now = ca.certificate.not_valid_before_utc - datetime.timedelta(seconds=1)
    elif case == "other key":
        candidate = tls.Ca(ca.certificate, tls.new_ca().key)
    elif case == "key readable by others":
        key_mode = 0o644
    elif case == "not a CA":  # a server certificate and its key
        files = tls.create(tmp_path)
        certificate = x509.load_pem_x509_certificate(files.certificate.read_bytes())
        key = serialization.load_pem_private_key(files.key.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        candidate = tls.Ca(certificate, key)
    found = tls.renewal_reason(candidate, now, key_mode=key_mode)
    assert found is not None and reason in found


def test_a_ca_valid_for_more_than_a_day_is_kept_by_create(tmp_path: Path) -> None:
    first = tls.create(tmp_path)
    assert not first.ca_reused
    ca = first.ca.read_bytes()
    second = tls.create(tmp_path)
    assert second.ca_reused and second.ca.read_bytes() == ca
    assert stat.S_IMODE(second.ca_key.stat().st_mode) == 0o600
    assert second.bundle.read_text().endswith(ca.decode())


@pytest.mark.parametrize("valid_for", [datetime.timedelta(hours=23), datetime.timedelta(days=2)],
                         ids=["under a day left", "two days left"])
def test_create_renews_a_ca_with_a_day_or_less_left(tmp_path: Path, valid_for: datetime.timedelta) -> None:
    old = tls.new_ca(valid_for)
    _write_ca(tmp_path, old)
    files = tls.create(tmp_path)
    ca = x509.load_pem_x509_certificate(files.ca.read_bytes())
    assert files.ca_reused == (valid_for > tls.CA_MIN_REMAINING)
    assert (ca == old.certificate) == files.ca_reused
    # The server certificate never outlives its CA.
    server = x509.load_pem_x509_certificate(files.certificate.read_bytes())
    assert server.issuer == ca.subject
    assert server.not_valid_after_utc <= ca.not_valid_after_utc


def test_create_renews_a_ca_whose_key_others_can_read(tmp_path: Path) -> None:
    old = tls.new_ca()
    _write_ca(tmp_path, old)
    _files(tmp_path).ca_key.chmod(0o644)
    files = tls.create(tmp_path)
    assert not files.ca_reused
    assert x509.load_pem_x509_certificate(files.ca.read_bytes()) != old.certificate
    assert stat.S_IMODE(files.ca_key.stat().st_mode) == 0o600


def test_create_renews_a_ca_without_its_key(tmp_path: Path) -> None:
    old = tls.new_ca()
    _write_ca(tmp_path, old)
    _files(tmp_path).ca_key.unlink()  # as an emulator before the CA was kept left its folder
    files = tls.create(tmp_path)
    assert not files.ca_reused and files.ca_key.is_file()


def test_emulators_starting_at_once_in_one_folder_agree_on_the_ca(tmp_path: Path) -> None:
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda _: tls.create(tmp_path), range(4)))
    assert sum(not files.ca_reused for files in made) == 1  # one made it, the others found it
    ca = x509.load_pem_x509_certificate((tmp_path / "ca.pem").read_bytes())
    server = x509.load_pem_x509_certificate((tmp_path / "server.pem").read_bytes())
    assert server.issuer == ca.subject
    server.verify_directly_issued_by(ca)


def test_a_connection_the_client_dropped_mid_request_is_logged_with_its_call(spawn_emulator: Any) -> None:
    # An AWS SDK retries a call whose connection dropped; a create already made then fails as a
    # duplicate, and this line is what tells the two apart in the emulator's log.
    instance = spawn_emulator()
    try:
        context = ssl.create_default_context(cafile=str(instance.ca_bundle))
        with context.wrap_socket(socket.create_connection((instance.host, instance.port)),
                                 server_hostname="localhost") as connection:
            connection.sendall(b"POST /2013-04-01/hostedzone HTTP/1.1\r\nHost: route53.amazonaws.com\r\n"
                               b"Content-Length: 1000\r\n\r\n<?xml")  # 5 bytes of the 1,000 announced
            time.sleep(0.5)  # the emulator is reading the body
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset
        deadline = time.monotonic() + 10
        while "dropped" not in instance.log_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        assert instance.stop() == 0
    log = instance.log_path.read_text()
    assert "the client dropped its connection: POST /2013-04-01/hostedzone (" in log, log


def test_an_answer_reaches_the_client_in_one_tls_record(emulator: Any) -> None:
    # Status line, headers and body in one send. Sent as two (werkzeug's unbuffered default), the
    # Terraform AWS provider on a loaded machine sometimes closed the connection between the two,
    # and the AWS SDK sent the call again: a create the emulator had made failed as a duplicate.
    context = ssl.create_default_context(cafile=str(emulator.ca_bundle))
    with context.wrap_socket(socket.create_connection((emulator.host, emulator.port)),
                             server_hostname="localhost") as connection:
        connection.sendall(b"GET /2013-04-01/hostedzone HTTP/1.1\r\nHost: route53.amazonaws.com\r\n\r\n")
        first = connection.recv(1 << 16)  # OpenSSL returns one record's data at most
    head, _, body = first.partition(b"\r\n\r\n")
    (length,) = [line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")]
    assert head.startswith(b"HTTP/1.1 ") and len(body) == int(length) > 0, first


def test_sslkeylogfile_gets_the_tls_secrets_to_read_a_capture(spawn_emulator: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # As curl and Python's default context do: with it, Wireshark decrypts the emulator's traffic.
    keys = tmp_path / "keys.log"
    monkeypatch.setenv("SSLKEYLOGFILE", str(keys))
    instance = spawn_emulator()
    monkeypatch.delenv("SSLKEYLOGFILE")  # or this test's own client context would write the file
    try:
        context = ssl.create_default_context(cafile=str(instance.ca_bundle))
        with context.wrap_socket(socket.create_connection((instance.host, instance.port)),
                                 server_hostname="localhost") as connection:
            connection.sendall(b"GET /2013-04-01/hostedzone HTTP/1.1\r\nHost: route53.amazonaws.com\r\n\r\n")
            connection.recv(1 << 16)
    finally:
        assert instance.stop() == 0
    assert "CLIENT_TRAFFIC_SECRET_0 " in keys.read_text()


def test_an_interim_100_continue_is_sent_before_the_body_is_awaited(emulator: Any) -> None:
    # The client sends the body only once it has the 100 Continue (the AWS SDK does for big S3 uploads).
    context = ssl.create_default_context(cafile=str(emulator.ca_bundle))
    with context.wrap_socket(socket.create_connection((emulator.host, emulator.port), timeout=10),
                             server_hostname="localhost") as connection:
        connection.sendall(b"PUT /expect-bucket HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
        connection.recv(1 << 16)
    with context.wrap_socket(socket.create_connection((emulator.host, emulator.port), timeout=10),
                             server_hostname="localhost") as connection:
        body = b"x" * 1000
        connection.sendall(b"PUT /expect-bucket/key HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                           b"Content-Length: 1000\r\n\r\n")
        assert connection.recv(1 << 16) == b"HTTP/1.1 100 Continue\r\n\r\n"
        connection.sendall(body)
        answer = connection.recv(1 << 16)
        while answer.startswith(b"HTTP/1.1 100 Continue\r\n\r\n"):  # http.server sends one, werkzeug another
            answer = answer[25:] or connection.recv(1 << 16)
        assert answer.startswith(b"HTTP/1.1 200 "), answer
    assert emulator.client("s3").get_object(Bucket="expect-bucket", Key="key")["Body"].read() == body


class _Connection:
    """What ``_AnswerWriter`` sends, one entry a ``sendall``; fails every send once ``broken``."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.broken = False

    def sendall(self, data: bytes) -> None:
        if self.broken:
            raise BrokenPipeError(32, "Broken pipe")
        self.sent.append(data)


def test_the_answer_writer_sends_head_and_body_together_and_interim_parts_at_once() -> None:
    from emulator.server import _AnswerWriter

    connection = _Connection()
    writer = _AnswerWriter(connection)  # type: ignore[arg-type]
    writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert connection.sent == [b"HTTP/1.1 100 Continue\r\n\r\n"]  # the client waits for it
    head, body = b"HTTP/1.1 200 OK\r\nContent-Length: 20000\r\n\r\n", b"x" * 20000
    writer.write(head)
    writer.write(memoryview(body))
    assert len(connection.sent) == 1  # nothing more until werkzeug flushes
    writer.flush()
    assert connection.sent[1:] == [head + body]  # however long the body
    writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n")
    writer.flush()
    writer.write(b"0\r\n\r\n")  # the last chunk, which werkzeug does not flush
    assert connection.sent[-1] == b"0\r\n\r\n"


def test_the_answer_writer_drops_what_a_failed_send_held_so_closing_is_quiet() -> None:
    from emulator.server import _AnswerWriter

    connection = _Connection()
    writer = _AnswerWriter(connection)  # type: ignore[arg-type]
    writer.write(b"HTTP/1.1 200 OK\r\n\r\n")
    connection.broken = True
    with pytest.raises(BrokenPipeError):
        writer.flush()  # werkzeug logs the dropped connection from here
    writer.close()  # socketserver's finish(): no second error
    assert writer.closed and connection.sent == []
