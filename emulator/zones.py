"""Read-only view of moto's Route 53 state, shared by the DNS server and SES checks.

Only public hosted zones are considered: they are what the internet (and SES,
which verifies through public DNS) sees. When several public zones share a
name, the newest one wins: within an account that is moto's insertion order,
across accounts the account moto saw last. This mirrors the usual situation
of a zone re-created by a later ``terraform apply`` while the old one lingers.

Names are compared case-insensitively, without the trailing dot and with
Route 53's octal escape codes decoded. The zones are those of
``emulator.route53``: each has its own name servers in its apex NS record set
and Route 53's SOA, which is what the DNS server serves.
"""

import re
from collections.abc import Iterator

from moto.route53.models import FakeZone, RecordSet, route53_backends

PARTITION = "aws"
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def normalize(name: str) -> str:
    """Canonical form of a DNS name for comparisons: Route 53's escape codes decoded, lower case, no trailing dot.

    Route 53 stores ``*.example.com`` as ``\\052.example.com.``; DNS queries spell it ``*``.
    """
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match[1], 8)), name.strip().rstrip(".")).lower()


def public_zones(account_id: str | None = None) -> Iterator[FakeZone]:
    """Public zones of one account (or of every account moto knows), oldest first.

    Uses ``dict.get`` and snapshots so that reading never creates backends and
    never trips over a concurrent write from a request thread.
    """
    accounts = [account_id] if account_id else list(route53_backends.keys())
    for account in accounts:
        account_backends = route53_backends.get(account)
        backend = account_backends.get(PARTITION) if account_backends else None
        if backend is None:
            continue
        for zone in list(backend.zones.values()):
            if not zone.private_zone:
                yield zone


def zone_name(zone: FakeZone) -> str:
    """The zone's apex in canonical form."""
    return normalize(zone.name)


def find_zone(name: str, account_id: str | None = None) -> FakeZone | None:
    """The zone authoritative for ``name``: longest matching apex, newest on ties."""
    wanted = normalize(name)
    best: FakeZone | None = None
    for zone in public_zones(account_id):
        apex = zone_name(zone)
        if wanted != apex and not wanted.endswith(f".{apex}"):
            continue
        if best is None or len(apex) >= len(zone_name(best)):
            best = zone
    return best


def record_sets(zone: FakeZone, name: str) -> list[RecordSet]:
    """Record sets of ``zone`` owned by ``name``."""
    wanted = normalize(name)
    return [rrset for rrset in list(zone.rrsets) if normalize(rrset.name) == wanted]


def record_values(rrset: RecordSet) -> list[str]:
    """Values in presentation format, as ``ListResourceRecordSets`` shows them.

    ``emulator.route53`` stores them as strings; moto's own code (its CloudFormation
    models) may still store ``{"Value": ...}``.
    """
    return [
        value["Value"] if isinstance(value, dict) else str(value) for value in rrset.records or []
    ]


def lookup(name: str, rtype: str, account_id: str | None = None) -> list[str]:
    """All values of the ``rtype`` records at ``name`` in its authoritative zone."""
    zone = find_zone(name, account_id)
    if zone is None:
        return []
    return [
        value
        for rrset in record_sets(zone, name)
        if rrset.type == rtype
        for value in record_values(rrset)
    ]
