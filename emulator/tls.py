"""HTTPS for the emulator: a local CA, kept across restarts, and a certificate for 127.0.0.1, ::1 and localhost.

AWS is only reached over TLS, and policies rely on it (a state bucket that
denies ``aws:SecureTransport = false``), so the emulator serves HTTPS too.
Clients trust it through ``AWS_CA_BUNDLE`` pointed at ``bundle.pem``: the
system's CAs plus this one, so real AWS stays reachable from the same shell.

The CA (``ca.pem``, its key ``ca-key.pem``, mode 0600) is reused when the
folder already holds one that is still valid for more than ``CA_MIN_REMAINING``,
so a bundle exported from an earlier run keeps working after a restart in the
same folder; otherwise a new one replaces it. The server certificate is new
at every start.
"""

from __future__ import annotations

import datetime
import fcntl
import ipaddress
import logging
import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CA_VALID_FOR = datetime.timedelta(days=30)
# A CA closer than this to its end is replaced rather than reused.
CA_MIN_REMAINING = datetime.timedelta(days=1)
SERVER_VALID_FOR = datetime.timedelta(days=7)  # and never past the CA's own end
CLOCK_SKEW = datetime.timedelta(minutes=5)
CA_COMMON_NAME = "ses-domain-email emulator CA"
SYSTEM_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    ca_key: Path
    bundle: Path
    certificate: Path
    key: Path
    ca_reused: bool = False

    @classmethod
    def in_directory(cls, directory: Path, ca_reused: bool = False) -> TlsFiles:
        return cls(ca=directory / "ca.pem", ca_key=directory / "ca-key.pem", bundle=directory / "bundle.pem",
                   certificate=directory / "server.pem", key=directory / "server-key.pem", ca_reused=ca_reused)

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.certificate, self.key)
        if os.environ.get("SSLKEYLOGFILE"):
            context.keylog_filename = os.environ["SSLKEYLOGFILE"]
        return context


@dataclass(frozen=True)
class Ca:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _system_bundle() -> str:
    for path in SYSTEM_BUNDLES:
        if Path(path).is_file():
            return Path(path).read_text()
    return Path(certifi.where()).read_text()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _certificate(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
                 signing_key: ec.EllipticCurvePrivateKey, not_after: datetime.datetime,
                 extensions: list[tuple[x509.ExtensionType, bool]]) -> x509.Certificate:
    """A certificate valid from now until ``not_after``; ``extensions`` as (extension, critical) pairs."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - CLOCK_SKEW)  # tolerates clock skew
        .not_valid_after(not_after)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(signing_key, hashes.SHA256())


def new_ca(valid_for: datetime.timedelta = CA_VALID_FOR) -> Ca:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(CA_COMMON_NAME)
    certificate = _certificate(name, name, key.public_key(), key, _now() + valid_for, [
        (x509.BasicConstraints(ca=True, path_length=0), True),
        (x509.KeyUsage(False, False, False, False, False, True, True, False, False), True),
    ])
    return Ca(certificate, key)


def renewal_reason(ca: Ca | None, now: datetime.datetime, *, key_mode: int = 0o600,
                   min_remaining: datetime.timedelta = CA_MIN_REMAINING) -> str | None:
    """Why the CA found in the folder cannot be reused (``None``: reuse it).

    ``ca`` is ``None`` when the folder holds no readable CA and key; ``key_mode``
    is the key file's permission bits (a key others could read is not trusted).
    """
    if ca is None:
        return "no CA and key in the folder"
    if key_mode & 0o077:
        return f"its key is readable by others (mode {key_mode:04o})"
    if ca.certificate.public_key() != ca.key.public_key():
        return "the key does not match the certificate"
    try:
        constraints = ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return "the certificate is not a CA"
    if not constraints.ca:
        return "the certificate is not a CA"
    if ca.certificate.not_valid_before_utc > now:
        return "the certificate is not valid yet"
    remaining = ca.certificate.not_valid_after_utc - now
    if remaining <= min_remaining:
        return f"the certificate expires in {remaining} (needs more than {min_remaining})"
    return None


def _load_ca(files: TlsFiles) -> tuple[Ca | None, int]:
    """The CA in the folder and its key file's mode, or ``(None, 0o600)`` if either is missing or unreadable."""
    try:
        certificate = x509.load_pem_x509_certificate(files.ca.read_bytes())
        key = serialization.load_pem_private_key(files.ca_key.read_bytes(), password=None)
        mode = files.ca_key.stat().st_mode & 0o777
    except (OSError, ValueError, TypeError):
        return None, 0o600
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        return None, 0o600
    return Ca(certificate, key), mode


def _write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` atomically; the new file has ``mode`` from its creation (a key is never readable by others)."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def create(directory: Path) -> TlsFiles:
    """Reuse or make the CA in ``directory``, then write a new server certificate and the client bundle.

    Emulators starting at once in the same folder take turns (a lock file), so they agree on one CA.
    """
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _create(directory)


def _create(directory: Path) -> TlsFiles:
    files = TlsFiles.in_directory(directory)
    ca, key_mode = _load_ca(files)
    reason = renewal_reason(ca, _now(), key_mode=key_mode)
    if ca is not None and reason is None:
        log.info("reusing the CA in %s (valid until %s)", directory, ca.certificate.not_valid_after_utc)
        files = TlsFiles.in_directory(directory, ca_reused=True)
    else:
        log.info("new CA in %s: %s", directory, reason)
        ca = new_ca()
        _write(files.ca_key, _key_pem(ca.key), 0o600)
        _write(files.ca, ca.certificate.public_bytes(serialization.Encoding.PEM))
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
             x509.IPAddress(ipaddress.ip_address("::1"))]
    not_after = min(_now() + SERVER_VALID_FOR, ca.certificate.not_valid_after_utc)
    certificate = _certificate(_name("localhost"), ca.certificate.subject, key.public_key(), ca.key, not_after, [
        (x509.SubjectAlternativeName(names), False),
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False),
    ])
    ca_pem = ca.certificate.public_bytes(serialization.Encoding.PEM).decode()
    _write(files.bundle, (_system_bundle().rstrip() + "\n" + ca_pem).encode())
    _write(files.key, _key_pem(key), 0o600)
    _write(files.certificate, certificate.public_bytes(serialization.Encoding.PEM))
    return files
