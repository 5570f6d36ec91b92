"""``zone DOMAIN``: the records of a domain's hosted zone as a table, and the NS for the registrar."""

from __future__ import annotations

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


def find_zone_id(route53: Any, domain: str) -> str:
    """The public hosted zone named ``domain``; an error when none or several."""
    wanted = domain.rstrip(".").lower() + "."
    zones = [
        zone
        for page in route53.get_paginator("list_hosted_zones").paginate()
        for zone in page["HostedZones"]
        if zone["Name"].lower() == wanted and not zone.get("Config", {}).get("PrivateZone")
    ]
    if not zones:
        raise OpsError(f"no public hosted zone named {domain}")
    if len(zones) > 1:
        ids = ", ".join(zone["Id"].split("/")[-1] for zone in zones)
        raise OpsError(f"several public hosted zones are named {domain} ({ids}): the registrar uses one")
    return zones[0]["Id"].split("/")[-1]


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
    header = ("Type", "Name", "Value", "TTL")
    rows = [(r.type, r.name, r.value, "" if r.ttl is None else str(r.ttl)) for r in report.records]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    line = lambda row: "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"  # noqa: E731
    table = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]
    registrar = [f"Name servers to set at the registrar for {report.domain}:"]
    registrar += [f"  {ns}" for ns in report.name_servers]
    return "\n".join([f"Hosted zone {report.domain} ({report.zone_id})", *table, "", *registrar])
