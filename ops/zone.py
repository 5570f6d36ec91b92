"""``zone DOMAIN``: the records of a domain's hosted zone as a table, and the NS for the registrar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ops.aws import OpsError, client


@dataclass(frozen=True)
class Record:
    type: str
    name: str
    value: str
    ttl: int | None


@dataclass(frozen=True)
class ZoneReport:
    domain: str
    zone_id: str
    name_servers: list[str]
    records: list[Record]


def zone_id_of(zone: dict[str, Any]) -> str:
    """``Z123`` from a listed zone's ``/hostedzone/Z123``."""
    return str(zone["Id"]).rsplit("/", 1)[-1]


def is_private(zone: dict[str, Any]) -> bool:
    return bool(zone.get("Config", {}).get("PrivateZone"))


def zones_named(route53: Any, name: str) -> list[dict[str, Any]]:
    """Every hosted zone named ``name``, public and private, read with ListHostedZonesByName."""
    wanted = name.rstrip(".").lower() + "."
    zones: list[dict[str, Any]] = []
    kwargs: dict[str, str] = {"DNSName": wanted}
    while True:
        page = route53.list_hosted_zones_by_name(**kwargs)
        batch = page.get("HostedZones", [])
        zones += [zone for zone in batch if zone["Name"].lower() == wanted]
        # Listed in name order: once another name shows up, there are no more of this one.
        if not page.get("IsTruncated") or any(zone["Name"].lower() != wanted for zone in batch):
            return zones
        kwargs = {"DNSName": page["NextDNSName"], "HostedZoneId": page["NextHostedZoneId"]}


def public_zones_named(route53: Any, name: str) -> list[dict[str, Any]]:
    return [zone for zone in zones_named(route53, name) if not is_private(zone)]


def find_zone_id(route53: Any, domain: str) -> str:
    """The public hosted zone named ``domain``; an error when none or several."""
    zones = public_zones_named(route53, domain)
    if not zones:
        raise OpsError(f"no public hosted zone named {domain}")
    if len(zones) > 1:
        ids = ", ".join(zone_id_of(zone) for zone in zones)
        raise OpsError(f"several public hosted zones are named {domain} ({ids}): the registrar uses one")
    return zone_id_of(zones[0])


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    """A markdown table, columns padded to their widest cell."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"

    return [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]


def zone_report(domain: str) -> ZoneReport:
    route53 = client("route53", region="us-east-1")  # Route 53 is global
    zone_id = find_zone_id(route53, domain)
    zone = route53.get_hosted_zone(Id=zone_id)
    records = [
        Record(
            type=rrset["Type"],
            name=rrset["Name"].rstrip("."),
            value=resource["Value"],
            ttl=rrset.get("TTL"),
        )
        for page in route53.get_paginator("list_resource_record_sets").paginate(HostedZoneId=zone_id)
        for rrset in page["ResourceRecordSets"]
        for resource in rrset.get("ResourceRecords", [])
    ]
    return ZoneReport(
        domain=domain,
        zone_id=zone_id,
        name_servers=list(zone.get("DelegationSet", {}).get("NameServers", [])),
        records=records,
    )


def render(report: ZoneReport) -> str:
    rows = [(r.type, r.name, r.value, "" if r.ttl is None else str(r.ttl)) for r in report.records]
    registrar = [f"Name servers to set at the registrar for {report.domain}:"]
    registrar += [f"  {ns}" for ns in report.name_servers]
    return "\n".join([f"Hosted zone {report.domain} ({report.zone_id})", *table(("Type", "Name", "Value", "TTL"), rows),
                      "", *registrar])
