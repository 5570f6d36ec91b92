"""Real DNS queries (UDP and TCP) against zones created through the Route 53 API."""

from typing import Any

import dns.flags
import dns.rcode
import dns.rdatatype
import dns.resolver
import pytest

TRANSPORTS = [pytest.param(False, id="udp"), pytest.param(True, id="tcp")]

RECORDS = [
    ("example.com", "A", ["192.0.2.10"]),
    ("example.com", "AAAA", ["2001:db8::10"]),
    ("example.com", "MX", ["10 inbound-smtp.eu-west-1.amazonaws.com"]),
    ("example.com", "TXT", ['"v=spf1 include:amazonses.com ~all"']),
    ("example.com", "CAA", ['0 issue "amazon.com"']),
    ("_dmarc.example.com", "TXT", ['"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"']),
    ("long.example.com", "TXT", ['"part one " "part two"', '"second record"']),
    ("www.example.com", "CNAME", ["example.com"]),
    ("ext.example.com", "CNAME", ["target.example.org"]),
    ("_sip._tcp.example.com", "SRV", ["10 60 5060 sip.example.com"]),
    ("deep.branch.example.com", "A", ["192.0.2.20"]),
    ("*.wild.example.com", "TXT", ['"wildcard"']),
]


@pytest.fixture
def zone(route53: Any) -> str:
    return route53.create_zone("example.com", RECORDS)


def answers(response: Any) -> list[str]:
    return sorted(rdata.to_text() for rrset in response.answer for rdata in rrset)


@pytest.mark.parametrize("tcp", TRANSPORTS)
@pytest.mark.parametrize(
    ("name", "rdtype", "expected"),
    [
        ("example.com", "A", ["192.0.2.10"]),
        ("example.com", "AAAA", ["2001:db8::10"]),
        ("example.com", "MX", ["10 inbound-smtp.eu-west-1.amazonaws.com."]),
        ("example.com", "CAA", ['0 issue "amazon.com"']),
        ("_dmarc.example.com", "TXT", ['"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"']),
        ("long.example.com", "TXT", ['"part one " "part two"', '"second record"']),
        ("ext.example.com", "CNAME", ["target.example.org."]),
        ("_sip._tcp.example.com", "SRV", ["10 60 5060 sip.example.com."]),
        ("EXAMPLE.com.", "A", ["192.0.2.10"]),
    ],
)
def test_stored_records_are_answered_authoritatively(
    zone: str, dns_query: Any, name: str, rdtype: str, expected: list[str], tcp: bool
) -> None:
    response = dns_query(name, rdtype, tcp=tcp)
    assert response.rcode() == dns.rcode.NOERROR
    assert response.flags & dns.flags.AA
    assert answers(response) == expected
    assert response.answer[0].ttl == 300


@pytest.mark.parametrize("tcp", TRANSPORTS)
def test_apex_ns_and_soa(zone: str, dns_query: Any, aws: Any, tcp: bool) -> None:
    name_servers = aws("route53").get_hosted_zone(Id=zone)["DelegationSet"]["NameServers"]
    ns = dns_query("example.com", "NS", tcp=tcp)
    assert answers(ns) == sorted(f"{server}." for server in name_servers)
    soa = dns_query("example.com", "SOA", tcp=tcp)
    assert soa.flags & dns.flags.AA
    assert soa.answer[0][0].mname.to_text() == f"{name_servers[0]}."


@pytest.mark.parametrize("tcp", TRANSPORTS)
def test_each_zone_serves_its_own_soa_and_name_servers(route53: Any, aws: Any, dns_query: Any, tcp: bool) -> None:
    """The SOA and NS served are those Route 53 lists: each zone's own name servers, the SOA text as listed."""
    client = aws("route53")
    served_ns = []
    for name in ("one.example", "two.example"):
        zone_id = route53.create_zone(name)
        name_servers = client.get_hosted_zone(Id=zone_id)["DelegationSet"]["NameServers"]
        rrsets = {r["Type"]: r for r in client.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]}
        soa = dns_query(name, "SOA", tcp=tcp)
        assert answers(soa) == [rrsets["SOA"]["ResourceRecords"][0]["Value"]]
        assert soa.answer[0].ttl == rrsets["SOA"]["TTL"] == 900
        assert soa.answer[0][0].mname.to_text() == f"{name_servers[0]}."
        ns = dns_query(name, "NS", tcp=tcp)
        assert answers(ns) == sorted(f"{server}." for server in name_servers)
        assert answers(ns) == sorted(record["Value"] for record in rrsets["NS"]["ResourceRecords"])
        assert ns.answer[0].ttl == rrsets["NS"]["TTL"] == 172800
        [negative] = dns_query(f"missing.{name}", "TXT", tcp=tcp).authority
        assert negative[0].to_text() == rrsets["SOA"]["ResourceRecords"][0]["Value"]
        served_ns.append(set(answers(ns)))
    assert not served_ns[0] & served_ns[1]


def test_cname_answers_other_types_and_is_followed_in_zone(zone: str, dns_query: Any) -> None:
    response = dns_query("www.example.com", "A")
    assert [rrset.rdtype for rrset in response.answer] == [dns.rdatatype.CNAME, dns.rdatatype.A]
    assert answers(response) == ["192.0.2.10", "example.com."]
    outside = dns_query("ext.example.com", "A")
    assert answers(outside) == ["target.example.org."]
    assert outside.rcode() == dns.rcode.NOERROR


@pytest.mark.parametrize("tcp", TRANSPORTS)
def test_missing_name_is_nxdomain_with_soa(zone: str, dns_query: Any, tcp: bool) -> None:
    response = dns_query("nothing.example.com", "TXT", tcp=tcp)
    assert response.rcode() == dns.rcode.NXDOMAIN
    assert response.flags & dns.flags.AA
    assert response.answer == []
    [soa] = response.authority
    assert soa.rdtype == dns.rdatatype.SOA and soa.name.to_text() == "example.com."
    assert soa.ttl == min(900, soa[0].minimum)


def test_existing_name_without_the_type_is_nodata(zone: str, dns_query: Any) -> None:
    for name in ("_dmarc.example.com", "branch.example.com"):  # the latter has only a child
        response = dns_query(name, "MX")
        assert response.rcode() == dns.rcode.NOERROR
        assert response.answer == []
        assert response.authority[0].rdtype == dns.rdatatype.SOA


def test_wildcards_expand(zone: str, dns_query: Any) -> None:
    response = dns_query("anything.wild.example.com", "TXT")
    assert answers(response) == ['"wildcard"']
    assert response.answer[0].name.to_text() == "anything.wild.example.com."
    assert dns_query("anything.wild.example.com", "A").rcode() == dns.rcode.NOERROR
    assert dns_query("other.example.com", "TXT").rcode() == dns.rcode.NXDOMAIN


@pytest.mark.parametrize("tcp", TRANSPORTS)
def test_names_outside_every_zone_are_refused(zone: str, dns_query: Any, tcp: bool) -> None:
    response = dns_query("example.org", "A", tcp=tcp)
    assert response.rcode() == dns.rcode.REFUSED
    assert not response.flags & dns.flags.AA


def test_records_resolve_as_soon_as_they_are_changed(route53: Any, dns_query: Any) -> None:
    zone_id = route53.create_zone("live.example")
    assert dns_query("_dmarc.live.example", "TXT").rcode() == dns.rcode.NXDOMAIN
    route53.change(zone_id, "CREATE", [("_dmarc.live.example", "TXT", ['"v=DMARC1; p=none"'])])
    assert answers(dns_query("_dmarc.live.example", "TXT")) == ['"v=DMARC1; p=none"']


def test_private_zones_are_not_served_and_newest_public_zone_wins(
    aws: Any, route53: Any, dns_query: Any
) -> None:
    aws("route53").create_hosted_zone(
        Name="internal.example",
        CallerReference="private",
        HostedZoneConfig={"PrivateZone": True},
        VPC={"VPCRegion": "eu-west-3", "VPCId": "vpc-12345678"},
    )
    assert dns_query("internal.example", "SOA").rcode() == dns.rcode.REFUSED

    route53.create_zone("dup.example", [("dup.example", "TXT", ['"old"'])])
    route53.create_zone("dup.example", [("dup.example", "TXT", ['"new"'])])
    assert answers(dns_query("dup.example", "TXT")) == ['"new"']


def test_stub_resolver_like_dig(zone: str, emulator: Any) -> None:
    """What ``dig @127.0.0.1 -p PORT _dmarc.example.com TXT`` does."""
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = emulator.dns_port
    answer = resolver.resolve("_dmarc.example.com", "TXT", tcp=False)
    assert [b"".join(rdata.strings) for rdata in answer] == [
        b"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
    ]
    tcp_answer = resolver.resolve("example.com", "MX", tcp=True)
    assert [rdata.exchange.to_text() for rdata in tcp_answer] == [
        "inbound-smtp.eu-west-1.amazonaws.com."
    ]
    with pytest.raises(dns.resolver.NXDOMAIN):
        resolver.resolve("missing.example.com", "A")
