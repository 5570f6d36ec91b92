"""`check-dns` against the emulator's Route 53, SES v2 and DNS server (UDP), and its failure paths."""

from __future__ import annotations

import re
import socket
import time

import pytest

DOMAIN = "polplana.work"
REGION = "eu-west-3"


def upsert(route53, zone_id: str, name: str, kind: str, *values: str) -> None:
    route53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
        "Action": "UPSERT",
        "ResourceRecordSet": {"Name": name, "Type": kind, "TTL": 300,
                              "ResourceRecords": [{"Value": value} for value in values]},
    }]})


@pytest.fixture
def published(fresh):
    """The seed's end state, made through the APIs (what the stacks deploy)."""
    route53 = fresh.client("route53")
    zone_id = route53.create_hosted_zone(Name=DOMAIN, CallerReference="check-dns")["HostedZone"]["Id"]
    sesv2 = fresh.client("sesv2", REGION)
    tokens = sesv2.create_email_identity(EmailIdentity=DOMAIN)["DkimAttributes"]["Tokens"]
    sesv2.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=f"mail.{DOMAIN}")
    for token in tokens:
        upsert(route53, zone_id, f"{token}._domainkey.{DOMAIN}", "CNAME", f"{token}.dkim.amazonses.com")
    upsert(route53, zone_id, f"_dmarc.{DOMAIN}", "TXT", '"v=DMARC1; p=none;"')
    upsert(route53, zone_id, f"mail.{DOMAIN}", "MX", f"10 feedback-smtp.{REGION}.amazonses.com")
    upsert(route53, zone_id, f"mail.{DOMAIN}", "TXT", '"v=spf1 include:amazonses.com ~all"')
    return route53, zone_id, tokens


def check(ops, emulator, *extra: str):
    return ops("check-dns", DOMAIN, "--nameserver", "127.0.0.1", "--port", str(emulator.dns_port),
               "--ses-region", REGION, *extra)


def test_everything_in_place_passes(published, ops, emulator):
    result = check(ops, emulator)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "7 of 7 checks pass"
    assert [re.split(r"\s{2,}", line)[2] for line in lines[1:-1]] == ["pass"] * 7


def test_ses_region_comes_from_the_config_when_listed(published, ops, emulator):
    result = ops("check-dns", DOMAIN, "--nameserver", "127.0.0.1", "--port", str(emulator.dns_port))
    assert result.returncode == 0, result.stdout + result.stderr  # domains.toml lists polplana.work in eu-west-3


def test_missing_dmarc_fails_with_expected_and_found(published, ops, emulator):
    route53, zone_id, _ = published
    route53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
        "Action": "DELETE", "ResourceRecordSet": {"Name": f"_dmarc.{DOMAIN}", "Type": "TXT", "TTL": 300,
                                                  "ResourceRecords": [{"Value": '"v=DMARC1; p=none;"'}]}}]})
    result = check(ops, emulator)
    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("DMARC")]
    assert "FAIL" in line and "expected one valid v=DMARC1 record; found no such name (NXDOMAIN)" in line
    assert result.stdout.splitlines()[-1] == "6 of 7 checks pass; 1 fail"


def test_invalid_dmarc_policy_is_named(published, ops, emulator):
    route53, zone_id, _ = published
    upsert(route53, zone_id, f"_dmarc.{DOMAIN}", "TXT", '"v=DMARC1; p=monitor;"')
    result = check(ops, emulator)
    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("DMARC")]
    assert "policy: Input should be 'none', 'quarantine' or 'reject'" in line


def test_dmarc_written_otherwise_but_valid_passes(published, ops, emulator):
    route53, zone_id, _ = published
    upsert(route53, zone_id, f"_dmarc.{DOMAIN}", "TXT",
           '"v=DMARC1;rua=mailto:a@example.com, mailto:b@example.org ; p = quarantine"')
    result = check(ops, emulator)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_dkim_target_and_mx_region_fail(published, ops, emulator):
    route53, zone_id, tokens = published
    upsert(route53, zone_id, f"{tokens[1]}._domainkey.{DOMAIN}", "CNAME", "elsewhere.example.com")
    upsert(route53, zone_id, f"mail.{DOMAIN}", "MX", "10 feedback-smtp.us-east-1.amazonses.com")
    result = check(ops, emulator)
    assert result.returncode == 1
    failing = [line for line in result.stdout.splitlines() if "FAIL" in line]
    assert len(failing) == 2
    assert f"expected {tokens[1]}.dkim.amazonses.com.; found elsewhere.example.com." in failing[0]
    assert "found 10 feedback-smtp.us-east-1.amazonses.com." in failing[1]


def test_stale_delegation_fails(published, ops, emulator):
    route53, zone_id, _ = published
    upsert(route53, zone_id, DOMAIN, "NS", "ns1.old-registrar.example.", "ns2.old-registrar.example.")
    result = check(ops, emulator)
    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("delegation")]
    assert "found ns1.old-registrar.example., ns2.old-registrar.example." in line


def test_unknown_domain_is_one_clear_error(fresh, ops, emulator):
    result = check(ops, emulator)
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: no public hosted zone named {DOMAIN}"


def silent_udp_port() -> int:
    """A local UDP port with nothing behind it: bound, then closed."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("extra", [(), ("--timeout", "0.5")], ids=["default timeout", "--timeout 0.5"])
def test_nameserver_not_answering_stops_at_once(published, ops, extra):
    """The first lookup that gets no answer ends the run with one line, not every check after its own wait."""
    port = silent_udp_port()
    started = time.monotonic()
    result = ops("check-dns", DOMAIN, "--nameserver", "127.0.0.1", "--port", str(port), "--ses-region", REGION,
                 *extra)
    took = time.monotonic() - started
    assert result.returncode == 1
    timeout = extra[1] if extra else "3"
    assert result.stderr == f"error: name server 127.0.0.1 port {port} did not answer within {timeout} s\n"
    assert result.stdout == ""
    assert took < 10, f"{took:.1f} s"


def test_ipv6_nameserver_is_accepted(published, ops):
    result = ops("check-dns", DOMAIN, "--nameserver", "::1", "--port", str(silent_udp_port()),
                 "--ses-region", REGION, "--timeout", "0.5")
    assert result.returncode == 1
    assert result.stderr.startswith("error: name server ::1 port ") and "did not answer" in result.stderr


def test_a_server_that_answered_and_then_times_out_fails_only_that_check(published, emulator, monkeypatch):
    """Once the server has answered, a later timeout is one check's failure, not the end of the run."""
    from ops.dns_check import Lookup, expected_from_aws, run_checks

    class MxTimesOut(Lookup):
        def values(self, name: str, kind: str) -> tuple[list[str], str | None]:
            if kind != "MX":
                return super().values(name, kind)
            self.resolver.port, self.resolver.lifetime = silent_udp_port(), 0.3
            try:
                return super().values(name, kind)
            finally:
                self.resolver.port, self.resolver.lifetime = emulator.dns_port, 2.0

    for name, value in emulator.env().items():
        monkeypatch.setenv(name, value)
    checks = run_checks(DOMAIN, expected_from_aws(DOMAIN, REGION), MxTimesOut("127.0.0.1", emulator.dns_port, 2.0))
    assert [(check.name, check.found) for check in checks if not check.ok] == [("MAIL FROM MX", "timed out")]
