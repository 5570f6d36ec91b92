"""CustomMailFrom alone: the identity's MAIL FROM attributes, and its MX and SPF records."""

from __future__ import annotations

import pytest

from alone import SES_REGION, Synthesized, new_stack, synth
from imports import AwsProvider
from modules.hosted_zone import HostedZone
from modules.mail_from import CustomMailFrom, MailFrom
from modules.ses_identity import SesDomainIdentity

ATTRIBUTES = "aws_sesv2_email_identity_mail_from_attributes"


@pytest.fixture(scope="module")
def default() -> Synthesized:
    stack, ses = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    # The identity gets no zone, so every record in the stack is MAIL FROM's.
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION,
                                 ses_provider=ses)
    CustomMailFrom(stack, "mail_from", identity=identity, zone=zone)
    return synth(stack)


@pytest.fixture(scope="module")
def customized() -> Synthesized:
    stack, _ = new_stack()
    us_east = AwsProvider(stack, "us_east", region="us-east-1", alias="us_east")
    zone = HostedZone(stack, "zone", domain="example.com")
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region="us-east-1",
                                 ses_provider=us_east)
    CustomMailFrom(stack, "mail_from", identity=identity, zone=zone, ttl=900,
                   setting=MailFrom(label="bounce", behavior_on_mx_failure="REJECT_MESSAGE", mx_priority=20))
    return synth(stack)


@pytest.fixture(scope="module")
def without_zone() -> tuple[CustomMailFrom, Synthesized]:
    stack, ses = new_stack()
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION,
                                 ses_provider=ses)
    mail_from = CustomMailFrom(stack, "mail_from", identity=identity)
    return mail_from, synth(stack)


def test_sets_the_identitys_mail_from_domain(default):
    attributes = default.one(ATTRIBUTES)
    assert attributes["email_identity"] == default.expr("aws_sesv2_email_identity", "email_identity")
    assert attributes["mail_from_domain"] == "mail.example.com"


def test_default_behaviour_on_mx_failure(default):
    assert default.one(ATTRIBUTES)["behavior_on_mx_failure"] == "USE_DEFAULT_VALUE"


def test_uses_the_identitys_provider(default):
    # No provider is passed to CustomMailFrom: the attributes cannot land in another region.
    assert default.one(ATTRIBUTES)["provider"] == "aws.ses"


def test_follows_any_identity_provider(customized):
    assert customized.one(ATTRIBUTES)["provider"] == "aws.us_east"


def test_identity_on_the_default_provider_keeps_attributes_there():
    stack, _ = new_stack()
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION)
    CustomMailFrom(stack, "mail_from", identity=identity)
    assert "provider" not in synth(stack).one(ATTRIBUTES)


def test_mx_points_at_ses_feedback_in_the_ses_region(default):
    (mx,) = default.records("MX")
    assert (mx["name"], mx["records"], mx["ttl"]) == (
        "mail.example.com", ["10 feedback-smtp.eu-west-3.amazonses.com"], 300)


def test_spf_on_the_mail_from_name(default):
    assert default.records("TXT") == [
        {
            "allow_overwrite": True,
            "name": "mail.example.com",
            "records": ["v=spf1 include:amazonses.com ~all"],
            "ttl": 300,
            "type": "TXT",
            "zone_id": default.expr("aws_route53_zone", "zone_id"),
        }
    ]


def test_nothing_on_the_apex(default):
    # An SPF record on the apex would clobber the domain's own.
    names = {(r["name"], r["type"]) for r in default.resources("aws_route53_record").values()}
    assert names == {("mail.example.com", "MX"), ("mail.example.com", "TXT")}


def test_records_go_through_the_main_provider(default):
    assert all("provider" not in r for r in default.resources("aws_route53_record").values())


def test_custom_label(customized):
    assert customized.one(ATTRIBUTES)["mail_from_domain"] == "bounce.example.com"
    names = {r["name"] for r in customized.resources("aws_route53_record").values()}
    assert names == {"bounce.example.com"}


def test_custom_behaviour_on_mx_failure(customized):
    assert customized.one(ATTRIBUTES)["behavior_on_mx_failure"] == "REJECT_MESSAGE"


def test_mx_priority_and_region(customized):
    (mx,) = customized.records("MX")
    assert mx["records"] == ["20 feedback-smtp.us-east-1.amazonses.com"]


def test_ttl_of_both_records(customized):
    assert {r["ttl"] for r in customized.resources("aws_route53_record").values()} == {900}


def test_records_below_a_parent_apex_do_not_take_over():
    stack, ses = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com", zone_id="Z0PARENT")
    identity = SesDomainIdentity(stack, "identity", domain="news.example.com", ses_region=SES_REGION,
                                 ses_provider=ses)
    CustomMailFrom(stack, "mail_from", identity=identity, zone=zone)
    records = synth(stack).resources("aws_route53_record").values()
    assert {r["name"] for r in records} == {"mail.news.example.com"}
    # In someone else's zone an existing MX or TXT there is theirs.
    assert all("allow_overwrite" not in r for r in records)


def test_no_records_without_a_zone(without_zone):
    _, out = without_zone
    assert out.resources("aws_route53_record") == {}
    assert out.one(ATTRIBUTES)["mail_from_domain"] == "mail.example.com"


def test_without_a_zone_attributes_say_what_to_publish(without_zone):
    mail_from, _ = without_zone
    assert (mail_from.domain, mail_from.mx_value, mail_from.spf_value) == (
        "mail.example.com",
        "10 feedback-smtp.eu-west-3.amazonses.com",
        "v=spf1 include:amazonses.com ~all",
    )
