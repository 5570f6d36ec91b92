"""SesDomainIdentity alone: Easy DKIM key, provider, options, and the DKIM CNAMEs."""

from __future__ import annotations

import pytest
from cdktf import TerraformStack

import modules.values
from alone import SES_REGION, Synthesized, expose, new_stack, synth
from modules.hosted_zone import HostedZone
from modules.ses_identity import SesDomainIdentity

IDENTITY = "aws_sesv2_email_identity"


def token(out: Synthesized, index: int) -> str:
    """The Terraform expression of the identity's ``index``-th DKIM token."""
    return f"${{element({out.ref(IDENTITY)}.dkim_signing_attributes[0].tokens, {index})}}"


def cnames(out: Synthesized) -> list[dict]:
    return sorted(out.records("CNAME"), key=lambda r: r["name"])


def expose_dkim_records(stack: TerraformStack, identity: SesDomainIdentity) -> None:
    expose(stack, dkim_records=[{"name": r.name, "value": r.value} for r in identity.dkim_records])


@pytest.fixture(scope="module")
def alone() -> Synthesized:
    """Every default, and no zone."""
    stack, ses = new_stack()
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION,
                                 ses_provider=ses)
    expose_dkim_records(stack, identity)
    expose(stack, arn=identity.arn, dkim_tokens=identity.dkim_tokens)
    return synth(stack)


@pytest.fixture(scope="module")
def in_zone() -> Synthesized:
    stack, ses = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION,
                                 ses_provider=ses, zone=zone)
    expose_dkim_records(stack, identity)
    return synth(stack)


@pytest.fixture(scope="module")
def below_parent() -> Synthesized:
    """The mail domain is below the apex of an adopted parent zone."""
    stack, ses = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com", zone_id="Z0PARENT")
    SesDomainIdentity(stack, "identity", domain="news.example.com", ses_region=SES_REGION,
                      ses_provider=ses, zone=zone)
    return synth(stack)


@pytest.fixture(scope="module")
def customized() -> Synthesized:
    stack, ses = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                      zone=zone, dkim_key_length=1024, dkim_target_domain="dkim.example.net", ttl=600,
                      protect=False, configuration_set_name="bounces", tags={"team": "mail"})
    return synth(stack)


# The identity


def test_identity_is_the_domain(alone):
    assert alone.one(IDENTITY)["email_identity"] == "example.com"


def test_easy_dkim_2048_bit_by_default(alone):
    assert alone.one(IDENTITY)["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_2048_BIT"}


def test_dkim_key_length_1024(customized):
    assert customized.one(IDENTITY)["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_1024_BIT"}


@pytest.mark.parametrize("bits", [512, 4096, "2048"])
def test_other_key_lengths_are_refused(bits):
    stack, ses = new_stack()
    with pytest.raises(ValueError, match="1024 or 2048"):
        SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION, ses_provider=ses,
                          dkim_key_length=bits)


def test_identity_lives_in_the_ses_provider_region(alone):
    assert alone.one(IDENTITY)["provider"] == "aws.ses"


def test_without_ses_provider_the_default_provider_is_used():
    stack, _ = new_stack()
    SesDomainIdentity(stack, "identity", domain="example.com", ses_region=SES_REGION)
    assert "provider" not in synth(stack).one(IDENTITY)


def test_identity_is_protected_by_default(alone):
    # A new identity gets new DKIM keys: mail goes unsigned until DNS catches up.
    assert alone.one(IDENTITY)["lifecycle"] == {"prevent_destroy": True}


def test_protect_false_allows_destroy(customized):
    assert customized.one(IDENTITY)["lifecycle"] == {"prevent_destroy": False}


def test_no_configuration_set_or_tags_by_default(alone):
    identity = alone.one(IDENTITY)
    assert "configuration_set_name" not in identity
    assert "tags" not in identity


def test_configuration_set_name(customized):
    assert customized.one(IDENTITY)["configuration_set_name"] == "bounces"


def test_tags(customized):
    assert customized.one(IDENTITY)["tags"] == {"team": "mail"}


def test_arn_and_tokens_attributes_read_the_identity(alone):
    assert alone.output("arn") == alone.expr(IDENTITY, "arn")
    assert alone.output("dkim_tokens") == alone.expr(IDENTITY, "dkim_signing_attributes[0].tokens")


# The DKIM CNAMEs


def test_no_records_without_a_zone(alone):
    assert alone.resources("aws_route53_record") == {}


def test_dkim_records_say_what_to_publish_without_a_zone(alone):
    assert alone.output("dkim_records") == [
        {"name": f"{token(alone, i)}._domainkey.example.com", "value": f"{token(alone, i)}.dkim.amazonses.com"}
        for i in range(3)
    ]


def test_three_cnames_in_the_zone(in_zone):
    records = cnames(in_zone)
    assert [r["name"] for r in records] == [f"{token(in_zone, i)}._domainkey.example.com" for i in range(3)]
    assert [r["records"] for r in records] == [[f"{token(in_zone, i)}.dkim.amazonses.com"] for i in range(3)]
    assert {r["zone_id"] for r in records} == {in_zone.expr("aws_route53_zone", "zone_id")}


def test_cnames_are_the_only_records(in_zone):
    assert [r["type"] for r in in_zone.resources("aws_route53_record").values()] == ["CNAME"] * 3


def test_cname_ttl_default_1800(in_zone):
    assert {r["ttl"] for r in cnames(in_zone)} == {1800}


def test_cname_ttl(customized):
    assert {r["ttl"] for r in cnames(customized)} == {600}


def test_cnames_are_what_dkim_records_says(in_zone):
    published = [{"name": r["name"], "value": r["records"][0]} for r in cnames(in_zone)]
    assert in_zone.output("dkim_records") == published


def test_cnames_go_through_the_main_provider(in_zone):
    # Route 53 is global: the SES alias is for SES only.
    assert all("provider" not in r for r in cnames(in_zone))


def test_cnames_are_fully_qualified_below_a_parent_apex(below_parent):
    # Names relative to the zone would land on <token>._domainkey.example.com, the wrong domain.
    assert [r["name"] for r in cnames(below_parent)] == [
        f"{token(below_parent, i)}._domainkey.news.example.com" for i in range(3)
    ]


def test_cnames_take_over_even_in_an_adopted_zone(below_parent):
    # The names hold this identity's own tokens, so no one else's record can be there.
    assert {r["allow_overwrite"] for r in cnames(below_parent)} == {True}


def test_dkim_target_domain_override(customized):
    assert [r["records"] for r in cnames(customized)] == [
        [f"{token(customized, i)}.dkim.example.net"] for i in range(3)
    ]


def test_default_target_follows_the_ses_region(monkeypatch):
    monkeypatch.setitem(modules.values.DKIM_TARGET_DOMAIN_BY_REGION, "ap-test-1", "dkim.ap-test-1.example")
    stack, _ = new_stack()
    identity = SesDomainIdentity(stack, "identity", domain="example.com", ses_region="ap-test-1")
    expose_dkim_records(stack, identity)
    out = synth(stack)
    assert [r["value"] for r in out.output("dkim_records")] == [
        f"{token(out, i)}.dkim.ap-test-1.example" for i in range(3)
    ]
