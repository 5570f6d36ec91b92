"""`ops adopt` against the emulator: what it finds, and what it refuses, with nothing written.

Every refusal names what is wrong and how to make the config match, exits 1 and leaves the
config file byte for byte as it was (nothing is ever written to AWS).
"""

from __future__ import annotations

import base64
import tomllib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from local_aws import SES_REGION, config, console_setup

DOMAIN = "polplana.work"


@pytest.fixture
def config_file(tmp_path) -> Path:
    path = tmp_path / "domains.toml"
    path.write_text("# the team's config\n" + config(DOMAIN, bucket="adopt-refusals"))
    return path


@pytest.fixture
def adopt(fresh, ops, config_file):
    """``python -m ops adopt ...`` with this test's config file."""
    return lambda *args: ops("adopt", *args, MAIL_DOMAINS_FILE=str(config_file))


def refused(adopt, config_file: Path, *args: str) -> str:
    before = config_file.read_bytes()
    result = adopt(*args, "--write")
    assert result.returncode == 1, result.stdout + result.stderr
    assert config_file.read_bytes() == before
    assert "nothing written" in result.stderr
    return result.stderr


def adopted(config_file: Path) -> dict:
    return tomllib.loads(config_file.read_text())["domain"][0].get("adopt", {})


def test_two_public_zones_of_the_name_are_listed_and_one_is_asked_for(fresh, adopt, config_file):
    first = console_setup(fresh, DOMAIN, identity=False, unrelated=False, reference="one")
    second = console_setup(fresh, DOMAIN, identity=False, unrelated=False, reference="two")
    error = refused(adopt, config_file, DOMAIN)
    assert f"2 public hosted zones are named {DOMAIN}: " in error and "--zone-id" in error
    for zone in (first, second):  # each with its name servers, to compare with the registrar's
        assert f"{zone['zone_id']} ({', '.join(zone['name_servers'])})" in error

    chosen = adopt(DOMAIN, "--zone-id", second["zone_id"], "--write")
    assert chosen.returncode == 0, chosen.stderr
    assert adopted(config_file)["zone_id"] == second["zone_id"]


def test_a_zone_id_that_is_not_of_the_name_is_refused(fresh, adopt, config_file):
    console_setup(fresh, DOMAIN, identity=False, unrelated=False)
    other = console_setup(fresh, "other.example", identity=False, unrelated=False)
    error = refused(adopt, config_file, DOMAIN, "--zone-id", other["zone_id"])
    assert f"--zone-id {other['zone_id']} is not a public hosted zone named {DOMAIN}" in error


def test_only_a_private_zone_is_refused(fresh, adopt, config_file):
    vpc = fresh.client("ec2", "eu-south-2").create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    fresh.client("route53").create_hosted_zone(
        Name=DOMAIN, CallerReference="private", HostedZoneConfig={"PrivateZone": True, "Comment": "inside"},
        VPC={"VPCRegion": "eu-south-2", "VPCId": vpc})
    error = refused(adopt, config_file, DOMAIN)
    assert f"the only hosted zone named {DOMAIN} is private" in error and "public mail needs a public zone" in error


def test_byodkim_is_refused(fresh, adopt, config_file):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fresh.client("sesv2", SES_REGION).create_email_identity(EmailIdentity=DOMAIN, DkimSigningAttributes={
        "DomainSigningSelector": "studyflow", "DomainSigningPrivateKey": base64.b64encode(key).decode()})
    error = refused(adopt, config_file, DOMAIN)
    assert "signs with its own key (BYODKIM" in error and "Easy DKIM" in error


def test_another_key_length_is_refused_saying_how_to_match(fresh, adopt, config_file):
    fresh.client("sesv2", SES_REGION).create_email_identity(
        EmailIdentity=DOMAIN, DkimSigningAttributes={"NextSigningKeyLength": "RSA_1024_BIT"})
    error = refused(adopt, config_file, DOMAIN)
    assert "uses Easy DKIM RSA_1024_BIT, but the config says dkim_key_length = 2048" in error
    assert f"set dkim_key_length = 1024 for {DOMAIN} in the config" in error

    config_file.write_text(config_file.read_text() + "dkim_key_length = 1024\n")
    matched = adopt(DOMAIN, "--write")
    assert matched.returncode == 0, matched.stderr
    assert adopted(config_file)["identity"] is True


def test_another_mail_from_domain_is_refused_saying_how_to_match(fresh, adopt, config_file):
    sesv2 = fresh.client("sesv2", SES_REGION)
    sesv2.create_email_identity(EmailIdentity=DOMAIN, DkimSigningAttributes={"NextSigningKeyLength": "RSA_2048_BIT"})
    sesv2.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=f"bounce.{DOMAIN}")
    error = refused(adopt, config_file, DOMAIN)
    assert f"MAIL FROM domain is bounce.{DOMAIN}, but the config says mail.{DOMAIN}" in error
    assert 'set mail_from = "bounce"' in error


def test_a_pending_identity_is_adopted_as_it_is_and_reported(fresh, adopt, config_file):
    # The identity exists, but nobody published its DKIM CNAMEs: SES is still looking for them.
    setup = console_setup(fresh, DOMAIN, records=False, unrelated=False)
    result = adopt(DOMAIN, "--write")
    assert result.returncode == 0, result.stderr
    assert "the SES identity is PENDING: adopted as it is" in result.stdout
    facts = adopted(config_file)
    assert facts["identity"] is True and facts["dkim_tokens"] == setup["tokens"]
    assert "records" not in facts  # none exist: the stack creates them


def test_the_table_shows_live_values_and_the_first_plan(fresh, adopt, config_file):
    setup = console_setup(fresh, DOMAIN)
    result = adopt(DOMAIN)
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:5]]
            for line in result.stdout.splitlines() if line.startswith("| ") and "Resource" not in line}
    assert rows["hosted zone"][1].startswith(setup["zone_id"]) and rows["hosted zone"][2].startswith("import")
    assert rows["DMARC"] == [f"_dmarc.{DOMAIN} TXT", "v=DMARC1; p=none;", "import"]
    assert rows["MAIL FROM MX"][2] == "import"
    assert "Nothing written" in result.stdout


def test_a_record_with_other_values_is_imported_then_updated(fresh, adopt, config_file):
    setup = console_setup(fresh, DOMAIN, records=False, unrelated=False)
    fresh.client("route53").change_resource_record_sets(HostedZoneId=setup["zone_id"], ChangeBatch={"Changes": [{
        "Action": "CREATE", "ResourceRecordSet": {"Name": f"mail.{DOMAIN}", "Type": "TXT", "TTL": 60,
                                                  "ResourceRecords": [{"Value": '"v=spf1 -all"'}]}}]})
    result = adopt(DOMAIN)
    assert "import, then update value to 'v=spf1 include:amazonses.com ~all' and TTL 60 to 300" in result.stdout


def test_a_domain_not_in_the_config_is_refused(fresh, adopt, config_file):
    error = refused(adopt, config_file, "elsewhere.example")
    assert f"elsewhere.example is not in {config_file} (listed: {DOMAIN})" in error


def test_a_parent_zone_holding_the_domain_becomes_its_zone_id(fresh, ops, tmp_path):
    path = tmp_path / "domains.toml"
    path.write_text(config("news.example.com", bucket="adopt-parent"))
    parent = console_setup(fresh, "example.com", identity=False, unrelated=False)
    result = ops("adopt", "news.example.com", "--write", MAIL_DOMAINS_FILE=str(path))
    assert result.returncode == 0, result.stderr
    assert f'zone_id = "{parent["zone_id"]}"' in result.stdout
    assert tomllib.loads(path.read_text())["domain"][0]["zone_id"] == parent["zone_id"]


def test_nothing_to_adopt_writes_nothing(fresh, adopt, config_file):
    before = config_file.read_bytes()
    result = adopt(DOMAIN, "--write")
    assert result.returncode == 0, result.stderr
    assert "nothing to adopt, nothing written" in result.stdout
    assert config_file.read_bytes() == before


def put_state(emulator, bucket: str, stack: str, resources: dict[str, list[str]]) -> None:
    """A stack's Terraform state in the bucket, holding resources of these types with these ids."""
    import json

    s3 = emulator.client("s3", "eu-south-2")
    if bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
        s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-south-2"})
    state = {"version": 4, "resources": [
        {"mode": "managed", "type": kind, "name": f"r{index}", "instances": [{"attributes": {"id": id}}]}
        for index, (kind, ids) in enumerate(resources.items()) for id in ids]}
    s3.put_object(Bucket=bucket, Key=f"{stack}/terraform.tfstate", Body=json.dumps(state).encode())


def test_check_existing_names_the_adopt_command_for_what_no_state_holds(fresh, ops, config_file):
    console_setup(fresh, DOMAIN, unrelated=False)
    result = ops("check-existing", "polplana-work", MAIL_DOMAINS_FILE=str(config_file))
    assert result.returncode == 1
    assert "hosted zone" in result.stderr and f"SES identity {DOMAIN} in {SES_REGION}" in result.stderr
    assert f"python -m ops adopt {DOMAIN} --write" in result.stderr


def test_check_existing_leaves_what_the_stack_manages_to_the_plan(fresh, ops, config_file):
    """A live value the config changes (here the key length) is the plan's business once the stack
    manages the identity; before, the same identity stops the deploy."""
    setup = console_setup(fresh, DOMAIN, identity=False, unrelated=False)
    fresh.client("sesv2", SES_REGION).create_email_identity(
        EmailIdentity=DOMAIN, DkimSigningAttributes={"NextSigningKeyLength": "RSA_1024_BIT"})
    put_state(fresh, "adopt-refusals", "polplana-work", {"aws_route53_zone": [setup["zone_id"]]})
    unmanaged = ops("check-existing", "polplana-work", MAIL_DOMAINS_FILE=str(config_file))
    assert unmanaged.returncode == 1 and f"SES identity {DOMAIN}" in unmanaged.stderr
    assert "hosted zone" not in unmanaged.stderr  # the zone is in the state
    assert "an apply that fails on them" in unmanaged.stderr

    put_state(fresh, "adopt-refusals", "polplana-work", {
        "aws_route53_zone": [setup["zone_id"]], "aws_sesv2_email_identity": [DOMAIN]})
    managed = ops("check-existing", "polplana-work", MAIL_DOMAINS_FILE=str(config_file))
    assert managed.returncode == 0, managed.stderr


def test_check_existing_finds_records_in_an_adopted_zone(fresh, ops, tmp_path):
    parent = console_setup(fresh, "example.com", identity=False, unrelated=False)
    path = tmp_path / "domains.toml"
    path.write_text(config("news.example.com", bucket="adopt-records",
                           extra_domain_keys=f'zone_id = "{parent["zone_id"]}"\n'))
    route53 = fresh.client("route53")
    route53.change_resource_record_sets(HostedZoneId=parent["zone_id"], ChangeBatch={"Changes": [{
        "Action": "CREATE", "ResourceRecordSet": {"Name": "_dmarc.news.example.com", "Type": "TXT", "TTL": 300,
                                                  "ResourceRecords": [{"Value": '"v=DMARC1; p=reject;"'}]}}]})
    result = ops("check-existing", "news-example-com", MAIL_DOMAINS_FILE=str(path))
    assert result.returncode == 1
    assert "record _dmarc.news.example.com TXT" in result.stderr


def test_live_tags_that_differ_from_the_config_are_an_update(fresh, adopt, config_file):
    setup = console_setup(fresh, DOMAIN, unrelated=False)
    fresh.client("route53").change_tags_for_resource(ResourceType="hostedzone", ResourceId=setup["zone_id"],
                                                     AddTags=[{"Key": "team", "Value": "web"}])
    config_file.write_text(config_file.read_text() + 'tags = { team = "mail" }\n')
    result = adopt(DOMAIN)
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[4].strip() for line in result.stdout.splitlines()
            if line.startswith("| ")}
    assert rows["hosted zone"] == "import (same name servers; comment kept), then update tags to team=mail"
    assert rows[f"SES identity ({SES_REGION})"] == "import (DKIM keys and tokens kept), then update tags to team=mail"


def test_a_zone_on_a_reusable_delegation_set_keeps_it(fresh, adopt, config_file):
    route53 = fresh.client("route53")
    delegation = route53.create_reusable_delegation_set(CallerReference="shared-servers")["DelegationSet"]
    zone = route53.create_hosted_zone(Name=DOMAIN, CallerReference="on-set", DelegationSetId=delegation["Id"])
    result = adopt(DOMAIN, "--write")
    assert result.returncode == 0, result.stderr
    assert adopted(config_file) == {"zone_id": zone["HostedZone"]["Id"].rsplit("/", 1)[-1], "zone_comment": "",
                                    "delegation_set_id": delegation["Id"].rsplit("/", 1)[-1]}


def test_a_failed_identity_is_adopted_as_it_is_and_reported(fresh, adopt, config_file):
    setup = console_setup(fresh, DOMAIN, records=False, unrelated=False)
    status, _ = fresh.post("/_emulator/ses/advance-time", {"region": SES_REGION, "hours": 72})
    assert status == 200  # 72 hours without its DKIM records: SES gives up, FAILED
    result = adopt(DOMAIN, "--write")
    assert result.returncode == 0, result.stderr
    assert "the SES identity is FAILED: adopted as it is" in result.stdout
    assert adopted(config_file)["dkim_tokens"] == setup["tokens"]
