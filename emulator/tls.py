"""HTTPS for the emulator: a throwaway CA and a certificate for 127.0.0.1, ::1 and localhost.

AWS is only reached over TLS, and policies rely on it (a state bucket that
denies ``aws:SecureTransport = false``), so the emulator serves HTTPS too.
Clients trust it through ``AWS_CA_BUNDLE`` pointed at ``bundle.pem``: the
system's CAs plus this one, so real AWS stays reachable from the same shell.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

VALID_FOR = datetime.timedelta(days=7)
SYSTEM_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    bundle: Path
    certificate: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.certificate, self.key)
        return context


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _system_bundle() -> str:
    for path in SYSTEM_BUNDLES:
        if Path(path).is_file():
            return Path(path).read_text()
    return Path(certifi.where()).read_text()


def _certificate(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
                 signing_key: ec.EllipticCurvePrivateKey,
                 extensions: list[tuple[x509.ExtensionType, bool]]) -> x509.Certificate:
    """A certificate valid for VALID_FOR; ``extensions`` as (extension, critical) pairs."""
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))  # tolerates clock skew
        .not_valid_after(now + VALID_FOR)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(signing_key, hashes.SHA256())


def create(directory: Path) -> TlsFiles:
    """Write a new CA, a server certificate signed by it, and the client bundle into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("ses-domain-email emulator CA")
    ca_cert = _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, [
        (x509.BasicConstraints(ca=True, path_length=0), True),
        (x509.KeyUsage(False, False, False, False, False, True, True, False, False), True),
    ])
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
             x509.IPAddress(ipaddress.ip_address("::1"))]
    certificate = _certificate(_name("localhost"), ca_name, key.public_key(), ca_key, [
        (x509.SubjectAlternativeName(names), False),
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False),
    ])
    files = TlsFiles(ca=directory / "ca.pem", bundle=directory / "bundle.pem",
                     certificate=directory / "server.pem", key=directory / "server-key.pem")
    ca_pem = ca_cert.public_bytes(serialization.Encoding.PEM).decode()
    files.ca.write_text(ca_pem)
    files.bundle.write_text(_system_bundle().rstrip() + "\n" + ca_pem)
    files.certificate.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    files.key.chmod(0o600)
    return files
