"""``check-dns DOMAIN``: does DNS, as resolvers see it, hold what the domain's email needs?

The expected values come from AWS (the hosted zone's name servers, the SES
identity's DKIM tokens and MAIL FROM domain); the found values from DNS, through
the system resolver or a given name server.
"""

from __future__ import annotations

from dataclasses import dataclass

import dns.exception
import dns.resolver

from modules.values import (
    DKIM_TOKEN_COUNT,
    SPF_RECORD,
    DmarcPolicy,
    MailFrom,
    dkim_record_name,
    dkim_record_value,
    dkim_target_for_region,
)
from ops.aws import OpsError, client
from ops.zone import find_zone_id


@dataclass(frozen=True)
class Check:
    name: str
    record: str
    ok: bool
    expected: str
    found: str


@dataclass(frozen=True)
class Expected:
    name_servers: list[str]
    dkim_tokens: list[str]
    mail_from_domain: str | None
    ses_region: str


def expected_from_aws(domain: str, ses_region: str) -> Expected:
    route53 = client("route53", region="us-east-1")
    zone = route53.get_hosted_zone(Id=find_zone_id(route53, domain))
    identity = client("sesv2", ses_region).get_email_identity(EmailIdentity=domain)
    return Expected(
        name_servers=sorted(_fqdn(ns) for ns in zone.get("DelegationSet", {}).get("NameServers", [])),
        dkim_tokens=list(identity.get("DkimAttributes", {}).get("Tokens", [])),
        mail_from_domain=identity.get("MailFromAttributes", {}).get("MailFromDomain") or None,
        ses_region=ses_region,
    )


class Lookup:
    """DNS answers as text; an error (NXDOMAIN, no answer, timeout) becomes a description.

    A server that has not answered anything yet and times out (or refuses the
    connection) is unreachable: ``values`` raises ``OpsError`` at once rather than
    letting every check wait out its own timeout.
    """

    def __init__(self, nameserver: str | None, port: int, timeout: float) -> None:
        try:
            self.resolver = dns.resolver.Resolver(configure=nameserver is None)
        except dns.resolver.NoResolverConfiguration:
            raise OpsError("no system DNS resolver is configured: pass --nameserver IP") from None
        if nameserver is not None:
            self.resolver.nameservers = [nameserver]
            self.resolver.port = port
            self.server = f"name server {nameserver} port {port}"
        else:
            self.server = "the system resolver (" + ", ".join(str(ns) for ns in self.resolver.nameservers) + ")"
        self.timeout = timeout
        self.resolver.lifetime = timeout  # the whole lookup, retries included
        self.resolver.timeout = min(timeout, 2.0)  # one attempt
        self.answered = False

    def values(self, name: str, kind: str) -> tuple[list[str], str | None]:
        try:
            answer = self.resolver.resolve(name, kind, raise_on_no_answer=True, search=False)
        except dns.resolver.NXDOMAIN:
            self.answered = True
            return [], "no such name (NXDOMAIN)"
        except dns.resolver.NoAnswer:
            self.answered = True
            return [], f"no {kind} record"
        except dns.resolver.NoNameservers as error:
            errors = error.kwargs.get("errors") or []
            if not self.answered and errors and all(isinstance(e[3], (OSError, EOFError)) for e in errors):
                raise OpsError(f"{self.server} did not answer: {errors[0][3]}") from None
            self.answered = True
            return [], "no name server answered (SERVFAIL or REFUSED)"
        except dns.exception.Timeout:
            if not self.answered:
                raise OpsError(f"{self.server} did not answer within {self.timeout:g} s") from None
            return [], "timed out"
        except dns.exception.DNSException as error:  # a name dnspython cannot ask for, a malformed answer...
            return [], f"DNS error: {error}"
        self.answered = True
        if kind == "TXT":
            return [b"".join(rdata.strings).decode(errors="replace") for rdata in answer], None
        return [rdata.to_text() for rdata in answer], None


def _fqdn(name: str) -> str:
    """``name`` absolute, with the final dot resolvers show."""
    return name if name.endswith(".") else name + "."


def _shown(values: list[str], problem: str | None) -> str:
    return problem or ", ".join(values) or "(nothing)"


def run_checks(domain: str, expected: Expected, lookup: Lookup) -> list[Check]:
    checks: list[Check] = []

    found, problem = lookup.values(domain, "NS")
    found_ns = sorted(_fqdn(value.lower()) for value in found)
    checks.append(Check("delegation", f"{domain} NS", found_ns == [n.lower() for n in expected.name_servers],
                        ", ".join(expected.name_servers), _shown(found_ns, problem)))

    if len(expected.dkim_tokens) != DKIM_TOKEN_COUNT:
        checks.append(Check("DKIM", dkim_record_name("*", domain), False,
                            f"{DKIM_TOKEN_COUNT} Easy DKIM tokens in SES", f"{len(expected.dkim_tokens)} tokens"))
    target = dkim_target_for_region(expected.ses_region)
    for token in expected.dkim_tokens:
        name = dkim_record_name(token, domain)
        want = _fqdn(dkim_record_value(token, target))
        found, problem = lookup.values(name, "CNAME")
        checks.append(Check("DKIM", f"{name} CNAME", found == [want], want, _shown(found, problem)))

    name = DmarcPolicy.record_name(domain)
    found, problem = lookup.values(name, "TXT")
    dmarc = [value for value in found if DmarcPolicy.is_record(value)]
    if len(dmarc) == 1:
        ok, shown = _dmarc_verdict(dmarc[0])
    else:
        ok, shown = False, f"{len(dmarc)} DMARC records: {dmarc}" if dmarc else _shown(found, problem)
    checks.append(Check("DMARC", f"{name} TXT", ok, "one valid v=DMARC1 record", shown))

    if expected.mail_from_domain is None:
        checks.append(Check("MAIL FROM", "(SES identity)", False, "a custom MAIL FROM domain", "none set in SES"))
    else:
        mail_from = expected.mail_from_domain
        # The stacks publish the default MX priority: domains.toml does not set another.
        want_mx = _fqdn(MailFrom().mx_value(expected.ses_region))
        found, problem = lookup.values(mail_from, "MX")
        checks.append(Check("MAIL FROM MX", f"{mail_from} MX", found == [want_mx], want_mx, _shown(found, problem)))
        found, problem = lookup.values(mail_from, "TXT")
        spf = [value for value in found if value.startswith("v=spf1")]
        checks.append(Check("SPF", f"{mail_from} TXT", spf == [SPF_RECORD], SPF_RECORD, _shown(spf, problem)))
    return checks


def _dmarc_verdict(text: str) -> tuple[bool, str]:
    """Whether ``text`` is a valid DMARC record, and what to show: the record, or what is wrong."""
    try:
        DmarcPolicy.parse(text)
    except ValueError as error:
        return False, str(error)
    return True, text


def render(checks: list[Check]) -> str:
    header = ("Check", "Record", "Result", "Expected / found")
    rows = [
        (c.name, c.record, "pass" if c.ok else "FAIL", "" if c.ok else f"expected {c.expected}; found {c.found}")
        for c in checks
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = ["  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)).rstrip()
             for row in [header, *rows]]
    failed = sum(not c.ok for c in checks)
    lines.append(f"{len(checks) - failed} of {len(checks)} checks pass" + (f"; {failed} fail" if failed else ""))
    return "\n".join(lines)


def check_dns(domain: str, *, ses_region: str | None, nameserver: str | None, port: int,
              timeout: float) -> list[Check]:
    if not ses_region:
        raise OpsError("no SES region: pass --ses-region, list the domain in domains.toml, or set AWS_REGION")
    return run_checks(domain, expected_from_aws(domain, ses_region), Lookup(nameserver, port, timeout))
