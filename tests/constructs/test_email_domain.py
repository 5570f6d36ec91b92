"""EmailDomain alone: the four constructs composed, each option passed on, no outputs of its own."""

from __future__ import annotations

import json

import pytest

from alone import SES_REGION, Synthesized, expose, new_stack, synth
from modules.email_domain import EmailDomain
from modules.values import DmarcPolicy, EventHandling, MailFrom, resource_names

IDENTITY = "aws_sesv2_email_identity"
ATTRIBUTES = "aws_sesv2_email_identity_mail_from_attributes"


def record_sets(out: Synthesized) -> list[tuple[str, str]]:
    """(type, name) of every record, DKIM token names shortened to ``<token>``."""
    found = []
    for record in out.resources("aws_route53_record").values():
        name = record["name"]
        if "._domainkey." in name:
            name = "<token>._domainkey." + name.split("._domainkey.", 1)[1]
        found.append((record["type"], name))
    return sorted(found)


def record(out: Synthesized, kind: str, name: str) -> dict:
    (found,) = [r for r in out.records(kind) if r["name"] == name]
    return found


@pytest.fixture(scope="module")
def default() -> Synthesized:
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses)
    return synth(stack)


@pytest.fixture(scope="module")
def customized() -> Synthesized:
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                zone_comment="Team mail", dkim_key_length=1024, dkim_target_domain="dkim.example.net",
                dmarc=DmarcPolicy(policy="reject"), mail_from=MailFrom(label="bounce"), protect=False,
                dkim_ttl=600, record_ttl=900, tags={"team": "mail"})
    return synth(stack)


@pytest.fixture(scope="module")
def adopted() -> Synthesized:
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain="news.example.com", ses_region=SES_REGION, ses_provider=ses,
                zone_id="Z0PARENT")
    return synth(stack)


@pytest.fixture(scope="module")
def bare() -> tuple[EmailDomain, Synthesized]:
    stack, ses = new_stack()
    domain = EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                         dmarc=None, mail_from=None)
    return domain, synth(stack)


@pytest.fixture(scope="module")
def exposed() -> Synthesized:
    """The attributes a stack outputs, put into outputs by the test."""
    stack, ses = new_stack()
    domain = EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses)
    expose(stack, name_servers=domain.name_servers, zone_id=domain.zone_id, identity_arn=domain.identity_arn,
           dkim_records=[{"name": r.name, "value": r.value} for r in domain.dkim_records],
           mail_from_domain=domain.mail_from_domain)
    return synth(stack)


# Defaults: the seed's setup


def test_creates_the_zone(default):
    assert default.one("aws_route53_zone")["name"] == "example.com"
    assert default.data("aws_route53_zone") == {}


def test_the_seeds_records(default):
    assert record_sets(default) == [
        ("CNAME", "<token>._domainkey.example.com"),
        ("CNAME", "<token>._domainkey.example.com"),
        ("CNAME", "<token>._domainkey.example.com"),
        ("MX", "mail.example.com"),
        ("TXT", "_dmarc.example.com"),
        ("TXT", "mail.example.com"),
    ]


def test_identity_and_mail_from_in_the_ses_provider(default):
    assert default.one(IDENTITY)["provider"] == "aws.ses"
    assert default.one(ATTRIBUTES)["provider"] == "aws.ses"


def test_without_ses_provider_everything_uses_the_default_provider():
    stack, _ = new_stack()
    EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION)
    out = synth(stack)
    assert "provider" not in out.one(IDENTITY)
    assert "provider" not in out.one(ATTRIBUTES)


def test_default_dmarc_and_mail_from(default):
    assert record(default, "TXT", "_dmarc.example.com")["records"] == ["v=DMARC1; p=none;"]
    assert default.one(ATTRIBUTES)["mail_from_domain"] == "mail.example.com"
    assert record(default, "MX", "mail.example.com")["records"] == ["10 feedback-smtp.eu-west-3.amazonses.com"]


def test_default_key_and_dkim_target(default):
    assert default.one(IDENTITY)["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_2048_BIT"}
    assert all(r["records"][0].endswith(".dkim.amazonses.com") for r in default.records("CNAME"))


def test_default_ttls(default):
    assert {r["ttl"] for r in default.records("CNAME")} == {1800}
    assert {r["ttl"] for r in default.records("TXT") + default.records("MX")} == {300}


def test_zone_and_identity_protected_by_default(default):
    assert default.one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": True}
    assert default.one(IDENTITY)["lifecycle"] == {"prevent_destroy": True}


def test_default_zone_comment(default):
    assert default.one("aws_route53_zone")["comment"] == "Email for example.com (SES), managed by cdktf"


def test_no_tags_by_default(default):
    assert "tags" not in default.one("aws_route53_zone")
    assert "tags" not in default.one(IDENTITY)


def test_adds_no_outputs(default):
    # Outputs are the stack's to choose; a construct's would clash when a stack holds two domains.
    assert "output" not in default.doc


# Each option passed on


def test_zone_comment(customized):
    assert customized.one("aws_route53_zone")["comment"] == "Team mail"


def test_dkim_key_length(customized):
    assert customized.one(IDENTITY)["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_1024_BIT"}


def test_dkim_target_domain(customized):
    assert all(r["records"][0].endswith(".dkim.example.net") for r in customized.records("CNAME"))


def test_dmarc_policy(customized):
    assert record(customized, "TXT", "_dmarc.example.com")["records"] == ["v=DMARC1; p=reject;"]


def test_mail_from_setting(customized):
    assert customized.one(ATTRIBUTES)["mail_from_domain"] == "bounce.example.com"
    assert {r["name"] for r in customized.records("MX")} == {"bounce.example.com"}


def test_protect_false_on_zone_and_identity(customized):
    assert customized.one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": False}
    assert customized.one(IDENTITY)["lifecycle"] == {"prevent_destroy": False}


def test_dkim_ttl_and_record_ttl(customized):
    assert {r["ttl"] for r in customized.records("CNAME")} == {600}
    assert {r["ttl"] for r in customized.records("TXT") + customized.records("MX")} == {900}


def test_tags_on_zone_and_identity(customized):
    assert customized.one("aws_route53_zone")["tags"] == {"team": "mail"}
    assert customized.one(IDENTITY)["tags"] == {"team": "mail"}


# Adopting a parent zone


def test_zone_id_adopts_instead_of_creating(adopted):
    assert adopted.resources("aws_route53_zone") == {}
    assert adopted.has_data_source("aws_route53_zone", {"zone_id": "Z0PARENT"})


def test_records_in_the_adopted_zone_are_named_for_the_domain(adopted):
    zone = adopted.data_ref("aws_route53_zone")
    assert {r["zone_id"] for r in adopted.resources("aws_route53_record").values()} == {f"${{{zone}.zone_id}}"}
    assert record_sets(adopted) == [
        ("CNAME", "<token>._domainkey.news.example.com"),
        ("CNAME", "<token>._domainkey.news.example.com"),
        ("CNAME", "<token>._domainkey.news.example.com"),
        ("MX", "mail.news.example.com"),
        ("TXT", "_dmarc.news.example.com"),
        ("TXT", "mail.news.example.com"),
    ]


def test_only_dkim_cnames_take_over_in_an_adopted_zone(adopted):
    takes_over = {(r["type"], "allow_overwrite" in r) for r in adopted.resources("aws_route53_record").values()}
    assert takes_over == {("CNAME", True), ("MX", False), ("TXT", False)}


# Leaving parts out


def test_dmarc_none_leaves_the_record_out(bare):
    domain, out = bare
    assert domain.dmarc is None
    assert all(r["name"] != "_dmarc.example.com" for r in out.records("TXT"))


def test_mail_from_none_leaves_attributes_and_records_out(bare):
    domain, out = bare
    assert (domain.mail_from, domain.mail_from_domain) == (None, None)
    assert out.resources(ATTRIBUTES) == {}
    assert out.records("MX") == []


def test_left_out_parts_keep_zone_and_dkim(bare):
    _, out = bare
    assert [r["type"] for r in out.resources("aws_route53_record").values()] == ["CNAME"] * 3
    assert out.one(IDENTITY)["email_identity"] == "example.com"


# Attributes


def test_name_servers_and_zone_id_read_the_zone(exposed):
    assert exposed.output("name_servers") == exposed.expr("aws_route53_zone", "name_servers")
    assert exposed.output("zone_id") == exposed.expr("aws_route53_zone", "zone_id")


def test_identity_arn_reads_the_identity(exposed):
    assert exposed.output("identity_arn") == exposed.expr(IDENTITY, "arn")


def test_dkim_records_are_the_published_cnames(exposed):
    published = sorted((r["name"], r["records"][0]) for r in exposed.records("CNAME"))
    assert sorted((r["name"], r["value"]) for r in exposed.output("dkim_records")) == published


def test_mail_from_domain(exposed):
    assert exposed.output("mail_from_domain") == "mail.example.com"


# Events and the sending policy


def test_events_by_default_with_the_identity_using_their_configuration_set(default):
    configuration_set = default.one("aws_sesv2_configuration_set")
    assert configuration_set["configuration_set_name"] == "example-com"
    assert default.one(IDENTITY)["configuration_set_name"] == \
        default.expr("aws_sesv2_configuration_set", "configuration_set_name")
    destination = default.one("aws_sesv2_configuration_set_event_destination")
    assert destination["event_destination"]["matching_event_types"] == ["BOUNCE", "COMPLAINT"]
    assert default.resources("aws_sqs_queue") == {}


def test_events_and_the_sending_policy_share_one_account_read(default):
    assert len(default.data("aws_caller_identity")) == 1
    assert default.one("aws_iam_policy")["name"] == "example-com-ses-send"


def test_events_none_leaves_the_identity_without_configuration_set_and_policy_without_it():
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses, events=None,
                account_id="123456789012")
    out = synth(stack)
    assert out.resources("aws_sesv2_configuration_set") == {}
    assert out.resources("aws_sns_topic") == {}
    assert "configuration_set_name" not in out.one(IDENTITY)
    resources = json.loads(out.one("aws_iam_policy")["policy"])["Statement"][0]["Resource"]
    assert resources == [f"arn:aws:ses:{SES_REGION}:123456789012:identity/example.com"]


def test_sending_policy_false_and_events_none_read_no_account():
    stack, ses = new_stack()
    domain = EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                         events=None, sending_policy=False)
    out = synth(stack)
    assert out.resources("aws_iam_policy") == {}
    assert out.doc.get("data") is None
    assert (domain.events_topic_arn, domain.events_queue_url, domain.sending_policy_arn) == (None, None, None)


def test_names_can_be_given():
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                names=resource_names("team-mail"), events=EventHandling(queue=True))
    out = synth(stack)
    assert out.one("aws_sesv2_configuration_set")["configuration_set_name"] == "team-mail"
    assert sorted(q["name"] for q in out.resources("aws_sqs_queue").values()) == \
        ["team-mail-ses-events", "team-mail-ses-events-dlq"]
    assert out.one("aws_iam_policy")["name"] == "team-mail-ses-send"
