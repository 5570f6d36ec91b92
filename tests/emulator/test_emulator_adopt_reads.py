"""The reads that take over a setup made by hand in the console, answered as AWS answers them.

A zone, an SES identity with Easy DKIM, its MAIL FROM and the seed's records,
made with boto3 the way the console makes them, then read back: hosted zones
by name (two public zones may share one), the zone's name servers, one record
set by name and type (``StartRecordName``/``StartRecordType``, ``MaxItems`` 1,
in Route 53's order), the identity with its DKIM and MAIL FROM attributes,
and a verification that fails after the 72 hours SES allows. Last, real
Terraform imports every one of them with ``import`` blocks, plans no other
change, applies, and plans nothing.
"""

import base64
import json
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import toolchain
from toolchain.bindings import PROVIDER_VERSION

SES_REGION = "eu-west-3"
MAIN_REGION = "eu-south-2"
DOMAIN = "adopt.example"
MAIL_FROM = f"mail.{DOMAIN}"
DMARC = '"v=DMARC1; p=none;"'
SPF = '"v=spf1 include:amazonses.com ~all"'
MX = f"10 feedback-smtp.{SES_REGION}.amazonses.com"
PRIVATE_NAME_SERVERS = ["ns-0.awsdns-00.com.", "ns-512.awsdns-00.net.", "ns-1024.awsdns-00.org.",
                        "ns-1536.awsdns-00.co.uk."]
ADVANCE_TIME = "/_emulator/ses/advance-time"
TERRAFORM = shutil.which("terraform")
COMMAND_TIMEOUT = 300


def error_of(call: Any, **kwargs: Any) -> tuple[str, int]:
    """The error code and HTTP status a call fails with."""
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    response = caught.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def zone_id_of(zone: dict[str, Any]) -> str:
    return zone["Id"].removeprefix("/hostedzone/")


def create_zone(r53: Any, name: str, reference: str, **kwargs: Any) -> str:
    return zone_id_of(r53.create_hosted_zone(Name=name, CallerReference=reference, **kwargs)["HostedZone"])


def create_records(r53: Any, zone_id: str, records: list[tuple[str, str, int, list[str]]]) -> None:
    """CREATE record sets, one batch per set as the console's "Create record" does."""
    for name, rtype, ttl, values in records:
        r53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
            "Action": "CREATE",
            "ResourceRecordSet": {"Name": name, "Type": rtype, "TTL": ttl,
                                  "ResourceRecords": [{"Value": value} for value in values]},
        }]})


def dkim_records(domain: str, tokens: list[str]) -> list[tuple[str, str, int, list[str]]]:
    """The three CNAMEs the console publishes for Easy DKIM ("Publish DNS records to Route 53")."""
    return [(f"{token}._domainkey.{domain}", "CNAME", 1800, [f"{token}.dkim.amazonses.com"]) for token in tokens]


def console_setup(aws: Any, domain: str = DOMAIN) -> tuple[str, list[str]]:
    """What the seed did in the console: zone, Easy DKIM 2048 identity, its CNAMEs, MAIL FROM, MX, SPF, DMARC."""
    r53, ses = aws("route53", region="us-east-1"), aws("sesv2", region=SES_REGION)
    zone_id = create_zone(r53, domain, f"console-{domain}")
    created = ses.create_email_identity(EmailIdentity=domain,
                                        DkimSigningAttributes={"NextSigningKeyLength": "RSA_2048_BIT"})
    tokens = created["DkimAttributes"]["Tokens"]
    create_records(r53, zone_id, dkim_records(domain, tokens))
    ses.put_email_identity_mail_from_attributes(EmailIdentity=domain, MailFromDomain=f"mail.{domain}",
                                                BehaviorOnMxFailure="USE_DEFAULT_VALUE")
    create_records(r53, zone_id, [
        (f"mail.{domain}", "MX", 300, [f"10 feedback-smtp.{SES_REGION}.amazonses.com"]),
        (f"mail.{domain}", "TXT", 300, [SPF]),
        (f"_dmarc.{domain}", "TXT", 300, [DMARC]),
    ])
    return zone_id, tokens


def read_record_set(r53: Any, zone_id: str, name: str, rtype: str) -> dict[str, Any]:
    """One page of MaxItems 1 from ``name``/``rtype``: how a caller reads one record set."""
    page = r53.list_resource_record_sets(HostedZoneId=zone_id, StartRecordName=name, StartRecordType=rtype,
                                         MaxItems="1")
    page.pop("ResponseMetadata")
    return dict(page)


# Route 53: hosted zones


def test_zones_list_by_name_in_route53_order_two_public_zones_may_share_a_name(aws):
    r53 = aws("route53", region="us-east-1")
    first = create_zone(r53, DOMAIN, "first")
    second = create_zone(r53, f"{DOMAIN}.", "second")  # the same name, another CallerReference
    create_zone(r53, f"a.{DOMAIN}", "a")
    create_zone(r53, f"a-b.{DOMAIN}", "a-b")
    create_zone(r53, "other.org", "other")
    create_zone(r53, "zeta.example", "zeta")
    assert first != second

    page = r53.list_hosted_zones_by_name(DNSName=DOMAIN)
    listed = [(zone["Name"], zone_id_of(zone)) for zone in page["HostedZones"]]
    # Labels reversed, with the trailing dot ("example.adopt.a-b." before "example.adopt.a."), then the id.
    assert listed == [
        *sorted([(f"{DOMAIN}.", first), (f"{DOMAIN}.", second)], key=lambda pair: pair[1]),
        (f"a-b.{DOMAIN}.", listed[2][1]),
        (f"a.{DOMAIN}.", listed[3][1]),
        ("zeta.example.", listed[4][1]),
        ("other.org.", listed[5][1]),
    ]
    assert all(zone["Config"]["PrivateZone"] is False for zone in page["HostedZones"])
    assert page["DNSName"] == DOMAIN
    assert page["IsTruncated"] is False and page["MaxItems"] == "100"
    assert "NextDNSName" not in page and "NextHostedZoneId" not in page and "HostedZoneId" not in page

    # Without DNSName: every zone, in the same order.
    everything = r53.list_hosted_zones_by_name()["HostedZones"]
    assert [zone["Name"] for zone in everything] == [name for name, _ in listed]

    # One at a time, each page naming the next zone: the same zones, in the same order.
    pages: list[tuple[str, str]] = []
    kwargs: dict[str, str] = {"DNSName": DOMAIN}
    while True:
        page = r53.list_hosted_zones_by_name(MaxItems="1", **kwargs)
        assert page["MaxItems"] == "1" and len(page["HostedZones"]) == 1
        assert page.get("HostedZoneId") == kwargs.get("HostedZoneId")
        pages += [(zone["Name"], zone_id_of(zone)) for zone in page["HostedZones"]]
        if not page["IsTruncated"]:
            break
        kwargs = {"DNSName": page["NextDNSName"], "HostedZoneId": page["NextHostedZoneId"]}
    assert pages == listed

    # A name after every zone, and HostedZoneId alone.
    assert r53.list_hosted_zones_by_name(DNSName="zzz.zzz")["HostedZones"] == []
    assert error_of(r53.list_hosted_zones_by_name, HostedZoneId=first) == ("InvalidInput", 400)


def test_list_hosted_zones_pages_with_zone_ids(aws):
    r53 = aws("route53", region="us-east-1")
    ids = [create_zone(r53, f"zone{index}.example", f"zone{index}") for index in range(3)]

    page = r53.list_hosted_zones(MaxItems="2")
    assert [zone_id_of(zone) for zone in page["HostedZones"]] == ids[:2]
    assert page["IsTruncated"] is True and page["NextMarker"] == ids[2] and page["MaxItems"] == "2"
    page = r53.list_hosted_zones(MaxItems="2", Marker=page["NextMarker"])
    assert [zone_id_of(zone) for zone in page["HostedZones"]] == ids[2:]
    assert page["IsTruncated"] is False and "NextMarker" not in page and page["Marker"] == ids[2]
    assert [zone_id_of(zone) for zone in r53.list_hosted_zones()["HostedZones"]] == ids


def test_get_hosted_zone_answers_the_zones_own_four_name_servers(aws):
    r53 = aws("route53", region="us-east-1")
    zone_id = create_zone(r53, DOMAIN, "one")
    other_id = create_zone(r53, DOMAIN, "two")

    answer = r53.get_hosted_zone(Id=zone_id)
    servers = answer["DelegationSet"]["NameServers"]
    assert len(servers) == 4 and len(set(servers)) == 4
    assert r53.get_hosted_zone(Id=f"/hostedzone/{zone_id}")["DelegationSet"]["NameServers"] == servers
    assert answer["HostedZone"]["Config"] == {"PrivateZone": False}  # no comment: the console sends none
    assert "VPCs" not in answer
    # They are the zone's NS record, which is what the registrar must point to.
    ns = read_record_set(r53, zone_id, DOMAIN, "NS")["ResourceRecordSets"][0]
    assert [record["Value"] for record in ns["ResourceRecords"]] == [f"{server}." for server in servers]
    # Another zone of the same name has other name servers.
    assert not set(servers) & set(r53.get_hosted_zone(Id=other_id)["DelegationSet"]["NameServers"])
    assert error_of(r53.get_hosted_zone, Id="ZNOSUCHZONE") == ("NoSuchHostedZone", 404)


def test_a_zone_given_a_vpc_is_private(aws):
    r53 = aws("route53", region="us-east-1")
    vpc_id = aws("ec2", region=MAIN_REGION).create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    vpc = {"VPCRegion": MAIN_REGION, "VPCId": vpc_id}
    public_id = create_zone(r53, DOMAIN, "public")
    private_id = create_zone(r53, DOMAIN, "private", VPC=vpc, HostedZoneConfig={"PrivateZone": True})
    # What the Terraform provider sends for a zone with a vpc block: the VPC alone.
    implied_id = create_zone(r53, "internal.example", "implied", VPC=vpc)

    flags = {zone_id_of(zone): zone["Config"]["PrivateZone"]
             for zone in r53.list_hosted_zones_by_name(DNSName=DOMAIN)["HostedZones"]}
    assert flags == {public_id: False, private_id: True, implied_id: True}
    for zone_id in (private_id, implied_id):
        answer = r53.get_hosted_zone(Id=zone_id)
        assert answer["HostedZone"]["Config"]["PrivateZone"] is True
        assert answer["VPCs"] == [vpc]
        assert "DelegationSet" not in answer
        ns = read_record_set(r53, zone_id, answer["HostedZone"]["Name"], "NS")["ResourceRecordSets"][0]
        assert [record["Value"] for record in ns["ResourceRecords"]] == PRIVATE_NAME_SERVERS
    private = r53.list_hosted_zones(HostedZoneType="PrivateHostedZone")["HostedZones"]
    assert sorted(zone_id_of(zone) for zone in private) == sorted([private_id, implied_id])
    assert error_of(r53.create_hosted_zone, Name="novpc.example", CallerReference="novpc",
                    HostedZoneConfig={"PrivateZone": True}) == ("InvalidInput", 400)


# Route 53: one record set by name and type


def test_one_record_set_reads_by_name_and_type(aws):
    r53 = aws("route53", region="us-east-1")
    zone_id, tokens = console_setup(aws)
    first_token = sorted(tokens)[0]

    dmarc = read_record_set(r53, zone_id, f"_dmarc.{DOMAIN}", "TXT")
    assert dmarc["ResourceRecordSets"] == [
        {"Name": f"_dmarc.{DOMAIN}.", "Type": "TXT", "TTL": 300, "ResourceRecords": [{"Value": DMARC}]}
    ]
    # The next in Route 53's order: "example.adopt._domainkey.<token>." sorts after "example.adopt._dmarc.".
    assert dmarc["IsTruncated"] is True
    assert (dmarc["NextRecordName"], dmarc["NextRecordType"]) == (f"{first_token}._domainkey.{DOMAIN}.", "CNAME")
    assert dmarc["MaxItems"] == "1"

    for token in tokens:
        page = read_record_set(r53, zone_id, f"{token}._domainkey.{DOMAIN}", "CNAME")
        assert page["ResourceRecordSets"] == [{
            "Name": f"{token}._domainkey.{DOMAIN}.", "Type": "CNAME", "TTL": 1800,
            "ResourceRecords": [{"Value": f"{token}.dkim.amazonses.com"}],
        }]

    mx = read_record_set(r53, zone_id, MAIL_FROM, "MX")
    assert [(rrset["Type"], rrset["TTL"], rrset["ResourceRecords"]) for rrset in mx["ResourceRecordSets"]] == [
        ("MX", 300, [{"Value": MX}])
    ]
    assert (mx["NextRecordName"], mx["NextRecordType"]) == (f"{MAIL_FROM}.", "TXT")
    spf = read_record_set(r53, zone_id, f"{MAIL_FROM}.", "TXT")  # with the trailing dot too
    assert spf["ResourceRecordSets"][0]["ResourceRecords"] == [{"Value": SPF}]  # quoted, as stored
    assert spf["IsTruncated"] is False and "NextRecordName" not in spf

    # A name and type that do not exist: the first record set listed is the next one, or none.
    missing = read_record_set(r53, zone_id, MAIL_FROM, "A")
    assert [(rrset["Name"], rrset["Type"]) for rrset in missing["ResourceRecordSets"]] == [(f"{MAIL_FROM}.", "MX")]
    missing = read_record_set(r53, zone_id, f"_dmarc.{DOMAIN}", "CNAME")
    assert [(rrset["Name"], rrset["Type"]) for rrset in missing["ResourceRecordSets"]] == [
        (f"_dmarc.{DOMAIN}.", "TXT")
    ]
    assert read_record_set(r53, zone_id, f"zzz.{DOMAIN}", "A") == {
        "ResourceRecordSets": [], "IsTruncated": False, "MaxItems": "1"
    }
    apex = read_record_set(r53, zone_id, DOMAIN.upper(), "NS")  # names compare in lower case
    assert (apex["ResourceRecordSets"][0]["Type"], apex["NextRecordType"]) == ("NS", "SOA")


def test_record_sets_list_in_route53_order(aws):
    r53 = aws("route53", region="us-east-1")
    zone_id = create_zone(r53, DOMAIN, "order")
    create_records(r53, zone_id, [
        (f"a.{DOMAIN}", "TXT", 300, ['"a"']),
        (f"a-b.{DOMAIN}", "TXT", 300, ['"a-b"']),
        (f"A.{DOMAIN}", "A", 300, ["192.0.2.1"]),
        (f"*.{DOMAIN}", "TXT", 300, ['"wildcard"']),
        (f"_dmarc.{DOMAIN}", "TXT", 300, [DMARC]),
        (f"x._domainkey.{DOMAIN}", "TXT", 300, ['"k"']),
        (f"0.{DOMAIN}", "TXT", 300, ['"zero"']),
    ])
    full = r53.list_resource_record_sets(HostedZoneId=zone_id)
    order = [(rrset["Name"].removesuffix(f"{DOMAIN}."), rrset["Type"]) for rrset in full["ResourceRecordSets"]]
    # ASCII of the reversed labels with a trailing dot: "-" (45) < "." (46) < "0" < "\" (92) < "_" < "a".
    # Route 53 lists "*" as its escape code \052 and stores names in lower case.
    assert order == [
        ("", "NS"), ("", "SOA"), ("0.", "TXT"), ("\\052.", "TXT"), ("_dmarc.", "TXT"),
        ("x._domainkey.", "TXT"), ("a-b.", "TXT"), ("a.", "A"), ("a.", "TXT"),
    ]
    assert full["IsTruncated"] is False and full["MaxItems"] == "300"

    # Paging two at a time with the Next values gives the same list.
    paged: list[tuple[str, str]] = []
    kwargs: dict[str, str] = {}
    while True:
        page = r53.list_resource_record_sets(HostedZoneId=zone_id, MaxItems="2", **kwargs)
        paged += [(rrset["Name"].removesuffix(f"{DOMAIN}."), rrset["Type"]) for rrset in page["ResourceRecordSets"]]
        if not page["IsTruncated"]:
            break
        kwargs = {"StartRecordName": page["NextRecordName"], "StartRecordType": page["NextRecordType"]}
    assert paged == order

    # The wildcard reads by either spelling.
    for spelling in (f"*.{DOMAIN}", f"\\052.{DOMAIN}"):
        wildcard = read_record_set(r53, zone_id, spelling, "TXT")["ResourceRecordSets"]
        assert [rrset["Name"] for rrset in wildcard] == [f"\\052.{DOMAIN}."]
    # A name alone starts at its first type; a type needs a name.
    by_name = r53.list_resource_record_sets(HostedZoneId=zone_id, StartRecordName=f"a.{DOMAIN}", MaxItems="1")
    assert by_name["ResourceRecordSets"][0]["Type"] == "A"
    assert error_of(r53.list_resource_record_sets, HostedZoneId=zone_id, StartRecordType="TXT") == (
        "InvalidInput", 400
    )


# SES v2: the identity as GetEmailIdentity describes it


def byodkim_private_key() -> str:
    """A BYODKIM private key as the console takes it: the PEM body, without its header and footer lines."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    base64.b64decode(body, validate=True)
    return body


def test_console_identities_read_as_get_email_identity_describes_them(aws):
    ses = aws("sesv2", region=SES_REGION)
    ses.create_configuration_set(ConfigurationSetName="transactional")
    ses.create_email_identity(EmailIdentity=DOMAIN, DkimSigningAttributes={"NextSigningKeyLength": "RSA_2048_BIT"},
                              ConfigurationSetName="transactional", Tags=[{"Key": "team", "Value": "mail"}])
    ses.create_email_identity(EmailIdentity="short.example",
                              DkimSigningAttributes={"NextSigningKeyLength": "RSA_1024_BIT"})
    ses.create_email_identity(EmailIdentity="own.example", DkimSigningAttributes={
        "DomainSigningSelector": "sel", "DomainSigningPrivateKey": byodkim_private_key()})
    ses.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=MAIL_FROM,
                                                BehaviorOnMxFailure="USE_DEFAULT_VALUE")

    identity = ses.get_email_identity(EmailIdentity=DOMAIN)
    identity.pop("ResponseMetadata")
    dkim = identity["DkimAttributes"]
    assert identity["IdentityType"] == "DOMAIN"
    assert identity["VerificationStatus"] == "PENDING" and identity["VerifiedForSendingStatus"] is False
    assert dkim["SigningEnabled"] is True and dkim["Status"] == "PENDING"
    assert dkim["SigningAttributesOrigin"] == "AWS_SES"
    assert dkim["CurrentSigningKeyLength"] == dkim["NextSigningKeyLength"] == "RSA_2048_BIT"
    assert isinstance(dkim["LastKeyGenerationTimestamp"], datetime)
    assert len(dkim["Tokens"]) == 3 and len(set(dkim["Tokens"])) == 3
    assert identity["MailFromAttributes"] == {"MailFromDomain": MAIL_FROM, "MailFromDomainStatus": "PENDING",
                                              "BehaviorOnMxFailure": "USE_DEFAULT_VALUE"}
    assert identity["ConfigurationSetName"] == "transactional"
    assert identity["Tags"] == [{"Key": "team", "Value": "mail"}]
    # The same answer on every read: tokens in the same order, the same key generation time.
    again = ses.get_email_identity(EmailIdentity=DOMAIN)
    again.pop("ResponseMetadata")
    assert again == identity

    short = ses.get_email_identity(EmailIdentity="short.example")
    assert short["DkimAttributes"]["CurrentSigningKeyLength"] == "RSA_1024_BIT"
    assert short["DkimAttributes"]["NextSigningKeyLength"] == "RSA_1024_BIT"
    assert "MailFromDomain" not in short["MailFromAttributes"] and "ConfigurationSetName" not in short

    own = ses.get_email_identity(EmailIdentity="own.example")["DkimAttributes"]
    assert own["SigningAttributesOrigin"] == "EXTERNAL" and own["Tokens"] == ["sel"]
    assert own["Status"] == "PENDING"
    # Key lengths and key generation are Easy DKIM's only.
    assert not {"CurrentSigningKeyLength", "NextSigningKeyLength", "LastKeyGenerationTimestamp"} & set(own)

    # Identities are per region: another region has none of them.
    other = aws("sesv2", region="eu-central-1")
    assert error_of(other.get_email_identity, EmailIdentity=DOMAIN) == ("NotFoundException", 404)
    assert error_of(ses.get_email_identity, EmailIdentity="nothing.example") == ("NotFoundException", 404)


def test_the_console_setup_verifies(aws):
    console_setup(aws)
    identity = aws("sesv2", region=SES_REGION).get_email_identity(EmailIdentity=DOMAIN)
    assert identity["VerificationStatus"] == "SUCCESS" and identity["VerifiedForSendingStatus"] is True
    assert identity["DkimAttributes"]["Status"] == "SUCCESS"
    assert identity["MailFromAttributes"]["MailFromDomainStatus"] == "SUCCESS"


# SES: verification fails after 72 hours


def statuses(ses: Any, domain: str) -> tuple[str, str, str | None, bool]:
    identity = ses.get_email_identity(EmailIdentity=domain)
    return (identity["VerificationStatus"], identity["DkimAttributes"]["Status"],
            identity["MailFromAttributes"].get("MailFromDomainStatus"), identity["VerifiedForSendingStatus"])


def test_verification_fails_when_ses_finds_no_records_for_72_hours(aws, admin):
    ses = aws("sesv2", region=SES_REGION)
    r53 = aws("route53", region="us-east-1")
    zone_id = create_zone(r53, DOMAIN, "failing")
    tokens = ses.create_email_identity(EmailIdentity=DOMAIN)["DkimAttributes"]["Tokens"]
    ses.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=MAIL_FROM)
    console_setup(aws, "verified.example")

    status, body = admin(ADVANCE_TIME, {"region": SES_REGION, "hours": 71})
    assert status == 200
    assert body["identities"][DOMAIN] == {"VerificationStatus": "PENDING", "DkimStatus": "PENDING",
                                          "MailFromDomainStatus": "PENDING"}
    assert statuses(ses, DOMAIN) == ("PENDING", "PENDING", "PENDING", False)

    status, body = admin(ADVANCE_TIME, {"region": SES_REGION, "hours": 1})
    assert body["identities"][DOMAIN] == {"VerificationStatus": "FAILED", "DkimStatus": "FAILED",
                                          "MailFromDomainStatus": "FAILED"}
    assert statuses(ses, DOMAIN) == ("FAILED", "FAILED", "FAILED", False)
    # The one whose records were there all along is verified; time passed only in this region.
    assert statuses(ses, "verified.example") == ("SUCCESS", "SUCCESS", "SUCCESS", True)
    other = aws("sesv2", region="eu-central-1")
    other.create_email_identity(EmailIdentity=DOMAIN)
    assert other.get_email_identity(EmailIdentity=DOMAIN)["VerificationStatus"] == "PENDING"
    # SES v1 says the same, its own way.
    v1 = aws("ses", region=SES_REGION)
    assert v1.get_identity_verification_attributes(Identities=[DOMAIN])["VerificationAttributes"][DOMAIN][
        "VerificationStatus"] == "Failed"
    assert v1.get_identity_dkim_attributes(Identities=[DOMAIN])["DkimAttributes"][DOMAIN][
        "DkimVerificationStatus"] == "Failed"

    # SES has stopped searching: records published now change nothing...
    create_records(r53, zone_id, dkim_records(DOMAIN, tokens))
    create_records(r53, zone_id, [(MAIL_FROM, "MX", 300, [MX])])
    assert statuses(ses, DOMAIN) == ("FAILED", "FAILED", "FAILED", False)
    # ...until the verification starts again: SES v1's VerifyDomainDkim, setting the MAIL FROM again.
    v1.verify_domain_dkim(Domain=DOMAIN)
    ses.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=MAIL_FROM)
    assert statuses(ses, DOMAIN) == ("SUCCESS", "SUCCESS", "SUCCESS", True)


def test_verified_records_removed_for_72_hours_fail(aws, admin):
    ses = aws("sesv2", region=SES_REGION)
    r53 = aws("route53", region="us-east-1")
    zone_id, tokens = console_setup(aws)
    assert statuses(ses, DOMAIN)[0] == "SUCCESS"
    admin(ADVANCE_TIME, {"region": SES_REGION, "hours": 100})
    assert statuses(ses, DOMAIN) == ("SUCCESS", "SUCCESS", "SUCCESS", True)

    removed = dkim_records(DOMAIN, tokens)[:1]
    r53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
        "Action": "DELETE", "ResourceRecordSet": {"Name": removed[0][0], "Type": "CNAME", "TTL": 1800,
                                                  "ResourceRecords": [{"Value": removed[0][3][0]}]}}]})
    assert statuses(ses, DOMAIN) == ("PENDING", "PENDING", "SUCCESS", False)
    admin(ADVANCE_TIME, {"region": SES_REGION, "hours": 72})
    assert statuses(ses, DOMAIN) == ("FAILED", "FAILED", "SUCCESS", False)


def test_advance_time_errors(admin):
    assert admin(ADVANCE_TIME, {"hours": 1})[0] == 400
    assert admin(ADVANCE_TIME, {"region": SES_REGION})[0] == 400
    assert admin(ADVANCE_TIME, {"region": SES_REGION, "hours": -1})[0] == 400
    assert admin(ADVANCE_TIME, {"region": SES_REGION, "hours": "72"})[0] == 400
    assert admin(ADVANCE_TIME, {"region": "nowhere-1", "hours": 1})[0] == 400
    assert admin(ADVANCE_TIME, {"region": SES_REGION, "hours": 1}) == (200, {"identities": {}})


# Terraform imports the console setup


def terraform_env(emulator: Any) -> dict[str, str]:
    """The project's Terraform setup (local provider mirror, plugin cache), this emulator's CA."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "TF_"))}
    return env | toolchain.terraform_env() | {"AWS_CA_BUNDLE": str(emulator.ca_bundle), "TF_INPUT": "0"}


def terraform(workdir: Path, env: dict[str, str], *args: str, codes: tuple[int, ...] = (0,)) -> str:
    assert TERRAFORM is not None
    result = subprocess.run([TERRAFORM, *args, "-no-color"], cwd=workdir, env=env, capture_output=True, text=True,
                            timeout=COMMAND_TIMEOUT)
    assert result.returncode in codes, (
        f"terraform {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


def provider_block(endpoint: str, region: str, alias: str | None = None) -> str:
    services = ("route53", "sesv2", "ses", "sts", "iam", "ec2")
    endpoints = "\n".join(f'    {service} = "{endpoint}"' for service in services)
    return f"""
provider "aws" {{
  {f'alias = "{alias}"' if alias else ""}
  region                      = "{region}"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  endpoints {{
{endpoints}
  }}
}}
"""


def import_configuration(endpoint: str, zone_id: str, tokens: list[str]) -> str:
    """Import blocks for every console-made object, and configuration matching the live values."""
    records = [(f"dkim{index}", f"{token}._domainkey.{DOMAIN}", "CNAME", 1800, [f"{token}.dkim.amazonses.com"])
               for index, token in enumerate(tokens)]
    records += [("mail_from_mx", MAIL_FROM, "MX", 300, [MX]),
                ("mail_from_spf", MAIL_FROM, "TXT", 300, [SPF.strip('"')]),
                ("dmarc", f"_dmarc.{DOMAIN}", "TXT", 300, [DMARC.strip('"')])]
    blocks = [f"""
terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "{PROVIDER_VERSION}" }}
  }}
}}
{provider_block(endpoint, MAIN_REGION)}
{provider_block(endpoint, SES_REGION, alias="ses")}
import {{
  to = aws_route53_zone.main
  id = "{zone_id}"
}}
resource "aws_route53_zone" "main" {{
  name    = "{DOMAIN}"
  comment = ""
}}
import {{
  provider = aws.ses
  to       = aws_sesv2_email_identity.main
  id       = "{DOMAIN}"
}}
resource "aws_sesv2_email_identity" "main" {{
  provider       = aws.ses
  email_identity = "{DOMAIN}"
  dkim_signing_attributes {{
    next_signing_key_length = "RSA_2048_BIT"
  }}
}}
import {{
  provider = aws.ses
  to       = aws_sesv2_email_identity_mail_from_attributes.main
  id       = "{DOMAIN}"
}}
resource "aws_sesv2_email_identity_mail_from_attributes" "main" {{
  provider               = aws.ses
  email_identity         = aws_sesv2_email_identity.main.email_identity
  mail_from_domain       = "{MAIL_FROM}"
  behavior_on_mx_failure = "USE_DEFAULT_VALUE"
}}
"""]
    for address, name, rtype, ttl, values in records:
        blocks.append(f"""
import {{
  to = aws_route53_record.{address}
  id = "{zone_id}_{name}_{rtype}"
}}
resource "aws_route53_record" "{address}" {{
  zone_id = aws_route53_zone.main.zone_id
  name    = "{name}"
  type    = "{rtype}"
  ttl     = {ttl}
  records = {json.dumps(values)}
}}
""")
    return "".join(blocks)


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(TERRAFORM is None, reason="needs terraform")
def test_terraform_imports_the_console_setup_without_other_changes(tmp_path, emulator, aws):
    zone_id, tokens = console_setup(aws)
    workdir = tmp_path / "adopt"
    workdir.mkdir()
    (workdir / "main.tf").write_text(import_configuration(emulator.url, zone_id, tokens))
    env = terraform_env(emulator)
    terraform(workdir, env, "init")

    terraform(workdir, env, "plan", "-out=adopt.tfplan")
    plan = json.loads(terraform(workdir, env, "show", "-json", "adopt.tfplan"))
    changes = {change["address"]: change for change in plan["resource_changes"]}
    assert set(changes) == {
        "aws_route53_zone.main", "aws_sesv2_email_identity.main", "aws_sesv2_email_identity_mail_from_attributes.main",
        "aws_route53_record.dkim0", "aws_route53_record.dkim1", "aws_route53_record.dkim2",
        "aws_route53_record.mail_from_mx", "aws_route53_record.mail_from_spf", "aws_route53_record.dmarc",
    }
    differences = {
        address: sorted(key for key in set(change["change"]["before"]) | set(change["change"]["after"])
                        if change["change"]["before"].get(key) != change["change"]["after"].get(key))
        for address, change in changes.items()
    }
    actions = {address: change["change"]["actions"] for address, change in changes.items()}
    assert actions == {address: ["no-op"] for address in changes}, differences
    assert all(change["change"].get("importing") for change in changes.values())

    terraform(workdir, env, "apply", "adopt.tfplan")
    terraform(workdir, env, "plan", "-detailed-exitcode")
    state = json.loads(terraform(workdir, env, "show", "-json"))
    resources = {resource["address"]: resource["values"] for resource in state["values"]["root_module"]["resources"]}
    assert resources["aws_sesv2_email_identity.main"]["dkim_signing_attributes"][0]["tokens"] == tokens
    assert resources["aws_route53_record.dmarc"]["records"] == ["v=DMARC1; p=none;"]
    assert len(resources["aws_route53_zone.main"]["name_servers"]) == 4
