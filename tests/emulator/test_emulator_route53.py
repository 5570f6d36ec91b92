"""Route 53 through the emulator refuses what Route 53 refuses, with its codes, statuses and messages.

Each message is the one AWS answers (see ``emulator.route53.models`` and the
README's emulator section for where each was confirmed); a refused batch
changes nothing.
"""

import re
from typing import Any

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

ZONE = "example.com"
DMARC = '"v=DMARC1; p=none;"'


@pytest.fixture
def r53(aws: Any) -> Any:
    return aws("route53", region="us-east-1")


@pytest.fixture
def zone(route53: Any) -> str:
    return route53.create_zone(ZONE, [(f"_dmarc.{ZONE}", "TXT", [DMARC])])


def change(action: str, name: str, rtype: str, values: list[str], ttl: int = 300) -> dict[str, Any]:
    return {"Action": action, "ResourceRecordSet": {
        "Name": name, "Type": rtype, "TTL": ttl, "ResourceRecords": [{"Value": value} for value in values]}}


def submit(r53: Any, zone_id: str, *changes: dict[str, Any]) -> dict[str, Any]:
    return r53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": list(changes)})


def refusal(call: Any, *args: Any, **kwargs: Any) -> tuple[int, str, str]:
    """The HTTP status, error code and message botocore parsed from the refusal of ``call``."""
    with pytest.raises(ClientError) as caught:
        call(*args, **kwargs)
    response = caught.value.response
    return response["ResponseMetadata"]["HTTPStatusCode"], response["Error"]["Code"], response["Error"]["Message"]


def batch_refusal(r53: Any, zone_id: str, *changes: dict[str, Any]) -> tuple[int, str, str]:
    return refusal(submit, r53, zone_id, *changes)


def record_sets(r53: Any, zone_id: str) -> list[dict[str, Any]]:
    return r53.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]


def values_of(r53: Any, zone_id: str, name: str, rtype: str) -> list[list[str]]:
    """The values of each record set named ``name`` of type ``rtype`` (one list per set)."""
    return [
        [record["Value"] for record in rrset["ResourceRecords"]]
        for rrset in record_sets(r53, zone_id)
        if rrset["Name"] == f"{name}." and rrset["Type"] == rtype
    ]


# CREATE, DELETE, UPSERT


def test_create_of_an_existing_record_set_is_refused(r53, zone):
    status, code, message = batch_refusal(
        r53, zone, change("CREATE", f"_dmarc.{ZONE}", "TXT", ['"v=DMARC1; p=reject;"'])
    )
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[Tried to create resource record set [name='_dmarc.{ZONE}.', type='TXT'] but it already exists]"
    assert values_of(r53, zone, f"_dmarc.{ZONE}", "TXT") == [[DMARC]]


def test_create_compares_names_as_route53_stores_them(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"_DMARC.{ZONE.upper()}.", "TXT", [DMARC]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[Tried to create resource record set [name='_dmarc.{ZONE}.', type='TXT'] but it already exists]"


@pytest.mark.parametrize(("ttl", "values"), [(60, [DMARC]), (300, ['"v=DMARC1; p=reject;"'])], ids=["ttl", "values"])
def test_delete_with_other_values_is_refused(r53, zone, ttl, values):
    status, code, message = batch_refusal(r53, zone, change("DELETE", f"_dmarc.{ZONE}", "TXT", values, ttl))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == (f"[Tried to delete resource record set [name='_dmarc.{ZONE}.', type='TXT'] "
                       "but the values provided do not match the current values]")
    assert values_of(r53, zone, f"_dmarc.{ZONE}", "TXT") == [[DMARC]]


def test_delete_of_a_missing_record_set_is_refused(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("DELETE", f"mail.{ZONE}", "TXT", [DMARC]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[Tried to delete resource record set [name='mail.{ZONE}.', type='TXT'] but it was not found]"


def test_delete_with_the_current_values_removes_the_set(r53, zone):
    submit(r53, zone, change("CREATE", f"mail.{ZONE}", "MX", ["10 a.example.net", "20 b.example.net"]))
    # As DNS data: in any order, and a name with or without its final dot.
    submit(r53, zone, change("DELETE", f"mail.{ZONE}", "MX", ["20 B.example.net.", "10 a.example.net"]))
    assert values_of(r53, zone, f"mail.{ZONE}", "MX") == []


def test_upsert_replaces_the_set(r53, zone):
    submit(r53, zone, change("UPSERT", f"_dmarc.{ZONE}", "TXT", ['"v=DMARC1; p=reject;"'], ttl=60))
    assert values_of(r53, zone, f"_dmarc.{ZONE}", "TXT") == [['"v=DMARC1; p=reject;"']]


def test_the_zones_own_ns_cannot_be_deleted(r53, zone):
    (ns,) = [rrset for rrset in record_sets(r53, zone) if rrset["Type"] == "NS"]
    values = [record["Value"] for record in ns["ResourceRecords"]]
    status, code, message = batch_refusal(r53, zone, change("DELETE", ZONE, "NS", values, ns["TTL"]))
    assert (status, code, message) == (
        400, "InvalidChangeBatch", "[A HostedZone must contain at least one NS record for the zone itself.]"
    )
    # Replacing them in one batch is allowed.
    submit(r53, zone, change("DELETE", ZONE, "NS", values, ns["TTL"]),
           change("CREATE", ZONE, "NS", ["ns1.registrar.example."], 3600))
    assert values_of(r53, zone, ZONE, "NS") == [["ns1.registrar.example."]]


# Record values


@pytest.mark.parametrize("rtype", ["TXT", "SPF"])
def test_txt_strings_must_be_quoted(r53, zone, rtype):
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"spf.{ZONE}", rtype, ["v=spf1 -all"]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == ("[Invalid Resource Record: 'FATAL problem: InvalidCharacterString "
                       "(Value should be enclosed in quotation marks) encountered with 'v=spf1 -all'']")


def test_txt_strings_are_at_most_255_characters(r53, zone):
    too_long = '"' + "k" * 256 + '"'
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"dkim.{ZONE}", "TXT", [too_long]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == ("[Invalid Resource Record: 'FATAL problem: CharacterStringTooLong (Value is too long) "
                       f"encountered with '{too_long}'']")
    split = '"' + "k" * 255 + '" "' + "k" + '"'  # a long value is several strings
    submit(r53, zone, change("CREATE", f"dkim.{ZONE}", "TXT", [split]))
    assert values_of(r53, zone, f"dkim.{ZONE}", "TXT") == [[split]]


@pytest.mark.parametrize(
    ("rtype", "value", "problem"),
    [
        ("A", "192.0.2.300", "ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)"),
        ("A", "2001:db8::1", "ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)"),
        ("AAAA", "192.0.2.1", "AAAARRDATAIllegalIPv6Address (Value is not a valid IPv6 address)"),
        ("MX", "feedback-smtp.eu-west-3.amazonses.com", "MXRRDATANotTwoFields (MX record doesn't have 2 fields)"),
    ],
)
def test_values_must_fit_their_type(r53, zone, rtype, value, problem):
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"host.{ZONE}", rtype, [value]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[Invalid Resource Record: 'FATAL problem: {problem} encountered with '{value}'']"


def test_cname_is_not_permitted_at_the_apex(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("CREATE", ZONE, "CNAME", ["www.example.net"]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[RRSet of type CNAME with DNS name {ZONE}. is not permitted at apex in zone {ZONE}.]"


def test_cname_is_not_permitted_beside_other_records(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"_dmarc.{ZONE}", "CNAME", ["dmarc.example.net"]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == (f"[RRSet of type CNAME with DNS name _dmarc.{ZONE}. is not permitted as it conflicts "
                       f"with other records with the same DNS name in zone {ZONE}.]")


def test_other_records_are_not_permitted_beside_a_cname(r53, zone):
    submit(r53, zone, change("CREATE", f"www.{ZONE}", "CNAME", ["www.example.net"]))
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"www.{ZONE}", "TXT", ['"hello"']))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == (f"[RRSet of type TXT with DNS name www.{ZONE}. is not permitted because a conflicting "
                       f"RRSet of type CNAME with the same DNS name already exists in zone {ZONE}.]")


# Names and the request's shape


def test_names_must_be_in_the_zone(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("CREATE", "_dmarc.badexample.com", "TXT", [DMARC]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"[RRSet with DNS name _dmarc.badexample.com. is not permitted in zone {ZONE}.]"


def test_an_unparsable_name_is_reported_alone(r53, zone):
    status, code, message = batch_refusal(r53, zone, change("CREATE", f"a..{ZONE}", "TXT", [DMARC]),
                                          change("CREATE", f"_dmarc.{ZONE}", "TXT", [DMARC]))
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == f"FATAL problem: DomainLabelEmpty (Domain label is empty) encountered with 'a..{ZONE}'"


@pytest.mark.parametrize(("ttl", "bound"), [(-1, "greater than or equal to 0"),
                                            (2147483648, "less than or equal to 2147483647")])
def test_ttl_must_be_in_range(aws, zone, ttl, bound):
    unchecked = aws("route53", region="us-east-1", config=Config(parameter_validation=False))
    status, code, message = batch_refusal(unchecked, zone, change("CREATE", f"t.{ZONE}", "TXT", ['"t"'], ttl))
    assert (status, code) == (400, "InvalidInput")
    assert message == (f"1 validation error detected: Value '{ttl}' at 'changeBatch.changes.1.member."
                       f"resourceRecordSet.tTL' failed to satisfy constraint: Member must have value {bound}")


def test_a_record_set_needs_ttl_and_values(r53, zone):
    status, code, message = batch_refusal(
        r53, zone, {"Action": "CREATE", "ResourceRecordSet": {"Name": f"t.{ZONE}", "Type": "A"}}
    )
    assert (status, code) == (400, "InvalidInput")
    assert message == (
        "Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or "
        f"TrafficPolicyInstanceId], but found none in Change with [Action=CREATE, Name=t.{ZONE}, Type=A, "
        "SetIdentifier=null]"
    )


# Batches


def test_one_refused_change_leaves_the_zone_unchanged(r53, zone):
    before = record_sets(r53, zone)
    status, code, message = batch_refusal(
        r53, zone,
        change("CREATE", f"mail.{ZONE}", "MX", ["10 feedback-smtp.eu-west-3.amazonses.com"]),
        change("DELETE", f"_dmarc.{ZONE}", "TXT", [DMARC]),
        change("CREATE", f"ip.{ZONE}", "A", ["not-an-address"]),
    )
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == ("[Invalid Resource Record: 'FATAL problem: ARRDATAIllegalIPv4Address "
                       "(Value is not a valid IPv4 address) encountered with 'not-an-address'']")
    assert record_sets(r53, zone) == before


def test_every_refused_change_of_a_batch_is_reported(r53, zone):
    status, code, message = batch_refusal(
        r53, zone,
        change("CREATE", f"_dmarc.{ZONE}", "TXT", [DMARC]),
        change("DELETE", f"mail.{ZONE}", "MX", ["10 mail.example.net"]),
    )
    assert (status, code) == (400, "InvalidChangeBatch")
    assert message == (f"[Tried to create resource record set [name='_dmarc.{ZONE}.', type='TXT'] but it already "
                       f"exists, Tried to delete resource record set [name='mail.{ZONE}.', type='MX'] but it was "
                       "not found]")


def test_changes_of_a_batch_see_the_ones_before_them(r53, zone):
    # Replacing a TXT by a CNAME in one batch is allowed; deleting a set twice is not.
    submit(r53, zone, change("DELETE", f"_dmarc.{ZONE}", "TXT", [DMARC]),
           change("CREATE", f"_dmarc.{ZONE}", "CNAME", ["dmarc.example.net"]))
    assert values_of(r53, zone, f"_dmarc.{ZONE}", "CNAME") == [["dmarc.example.net"]]
    twice = change("DELETE", f"_dmarc.{ZONE}", "CNAME", ["dmarc.example.net"])
    status, code, message = batch_refusal(r53, zone, twice, twice)
    assert (status, code, message) == (400, "InvalidChangeBatch", f"[Tried to delete resource record set "
                                       f"[name='_dmarc.{ZONE}.', type='CNAME'] but it was not found]")


def test_the_error_body_is_route53s_error_response(r53, zone):
    bodies: list[bytes] = []
    r53.meta.events.register("after-call.route-53.ChangeResourceRecordSets",
                             lambda http_response, **_: bodies.append(http_response.content))
    batch_refusal(r53, zone, change("CREATE", f"_dmarc.{ZONE}", "TXT", [DMARC]))
    (body,) = bodies
    assert re.search(
        rb'<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type>'
        rb"<Code>InvalidChangeBatch</Code><Message>\[Tried to create resource record set .*\]</Message>",
        body,
    ), body


# Hosted zones


def test_a_caller_reference_creates_one_zone_only(r53):
    zone_id = r53.create_hosted_zone(Name=ZONE, CallerReference="seed-1")["HostedZone"]["Id"]
    status, code, message = refusal(r53.create_hosted_zone, Name=ZONE, CallerReference="seed-1")
    assert (status, code) == (409, "HostedZoneAlreadyExists")
    assert message == "A hosted zone has already been created with the specified caller reference."
    assert [z["Id"] for z in r53.list_hosted_zones()["HostedZones"]] == [zone_id]
    r53.delete_hosted_zone(Id=zone_id)  # a CallerReference is never reused, even once its zone is gone
    assert refusal(r53.create_hosted_zone, Name=ZONE, CallerReference="seed-1")[1] == "HostedZoneAlreadyExists"


def test_a_refused_create_leaves_its_caller_reference_free(r53):
    assert refusal(r53.create_hosted_zone, Name="com", CallerReference="retry")[1] == "InvalidDomainName"
    assert r53.create_hosted_zone(Name=ZONE, CallerReference="retry")["HostedZone"]["Name"] == f"{ZONE}."


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("com", "com is reserved by AWS!"),
        ("mail..example.com", "FATAL problem: DomainLabelEmpty (Domain label is empty) encountered with "
                              "'mail..example.com'"),
        (f"{'x' * 64}.example.com", f"FATAL problem: DomainLabelTooLong (Domain label is too long) encountered "
                                    f"with '{'x' * 64}'"),
    ],
    ids=["tld", "empty-label", "long-label"],
)
def test_invalid_zone_names_are_refused(r53, name, message):
    assert refusal(r53.create_hosted_zone, Name=name, CallerReference=name) == (400, "InvalidDomainName", message)
    assert r53.list_hosted_zones()["HostedZones"] == []


def test_each_zone_has_its_own_name_servers(r53):
    sets = []
    for reference in ("first", "second"):  # the same name twice, as Route 53 allows
        zone = r53.create_hosted_zone(Name=ZONE, CallerReference=reference)
        servers = zone["DelegationSet"]["NameServers"]
        assert len(servers) == 4
        assert all(re.fullmatch(r"ns-\d+\.awsdns-\d\d\.(com|net|org|co\.uk)", server) for server in servers)
        assert values_of(r53, zone["HostedZone"]["Id"], ZONE, "NS") == [[f"{server}." for server in servers]]
        assert r53.get_hosted_zone(Id=zone["HostedZone"]["Id"])["DelegationSet"] == {"NameServers": servers}
        sets.append(set(servers))
    assert not sets[0] & sets[1]


def test_the_soa_is_route53s(r53, zone):
    servers = r53.get_hosted_zone(Id=zone)["DelegationSet"]["NameServers"]
    (soa,) = [rrset for rrset in record_sets(r53, zone) if rrset["Type"] == "SOA"]
    assert soa == {
        "Name": f"{ZONE}.", "Type": "SOA", "TTL": 900,
        "ResourceRecords": [{"Value": f"{servers[0]}. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"}],
    }
    (ns,) = [rrset for rrset in record_sets(r53, zone) if rrset["Type"] == "NS"]
    assert ns["TTL"] == 172800


# Changes


def test_get_change_knows_every_change_answered(r53):
    created = r53.create_hosted_zone(Name=ZONE, CallerReference="changes")
    zone_id = created["HostedZone"]["Id"]
    changed = submit(r53, zone_id, change("CREATE", f"_dmarc.{ZONE}", "TXT", [DMARC]))
    submit(r53, zone_id, change("DELETE", f"_dmarc.{ZONE}", "TXT", [DMARC]))
    deleted = r53.delete_hosted_zone(Id=zone_id)
    ids = [answer["ChangeInfo"]["Id"] for answer in (created, changed, deleted)]
    assert len(set(ids)) == 3
    for change_id in ids:
        assert re.fullmatch(r"/change/C[A-Z0-9]+", change_id)
        info = r53.get_change(Id=change_id)["ChangeInfo"]
        assert (info["Id"], info["Status"]) == (change_id, "INSYNC")


def test_get_change_of_an_unknown_id_is_no_such_change(r53):
    assert refusal(r53.get_change, Id="C2682N5HXP0BZ4") == (
        404, "NoSuchChange", "Could not find resource with ID: C2682N5HXP0BZ4"
    )
