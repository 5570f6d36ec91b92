"""HostedZone alone: created or adopted, and who may take over existing records."""

from __future__ import annotations

import pytest
from cdktf import TerraformStack

from alone import Synthesized, expose, new_stack, synth
from modules.hosted_zone import HostedZone


def write_probe_records(stack: TerraformStack, zone: HostedZone) -> None:
    """One ordinary record and one whose name only this stack can hold, written through the zone's rule."""
    zone.record(stack, "plain", name=f"www.{zone.domain}", type="TXT", ttl=60, values=["hello"])
    zone.record(stack, "ours", name=f"token._domainkey.{zone.domain}", type="CNAME", ttl=60,
                values=["token.dkim.amazonses.com"], name_is_ours=True)


def record(out: Synthesized, name: str) -> dict:
    (found,) = [r for r in out.resources("aws_route53_record").values() if r["name"] == name]
    return found


@pytest.fixture(scope="module")
def created() -> Synthesized:
    stack, _ = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    write_probe_records(stack, zone)
    expose(stack, zone_id=zone.zone_id, name_servers=zone.name_servers)
    return synth(stack)


@pytest.fixture(scope="module")
def customized() -> Synthesized:
    stack, _ = new_stack()
    HostedZone(stack, "zone", domain="example.com", comment="Team mail", protect=False,
               tags={"team": "mail"})
    return synth(stack)


@pytest.fixture(scope="module")
def adopted() -> Synthesized:
    stack, _ = new_stack()
    # A parent zone someone else owns; the mail domain is below its apex.
    zone = HostedZone(stack, "zone", domain="news.example.com", zone_id="Z0PARENT",
                      comment="ignored", tags={"team": "mail"})
    write_probe_records(stack, zone)
    expose(stack, zone_id=zone.zone_id, name_servers=zone.name_servers)
    return synth(stack)


# Created


def test_created_zone_is_named_after_the_domain(created):
    assert created.one("aws_route53_zone")["name"] == "example.com"


def test_created_zone_default_comment(created):
    assert created.one("aws_route53_zone")["comment"] == "Email for example.com (SES), managed by cdktf"


def test_comment_replaces_the_default(customized):
    assert customized.one("aws_route53_zone")["comment"] == "Team mail"


def test_created_zone_is_protected_by_default(created):
    # A new zone means new name servers at the registrar.
    assert created.one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": True}


def test_protect_false_allows_destroy(customized):
    assert customized.one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": False}


@pytest.mark.parametrize("fixture", ["created", "customized"])
def test_destroy_never_deletes_records_terraform_does_not_manage(fixture, request):
    assert request.getfixturevalue(fixture).one("aws_route53_zone")["force_destroy"] is False


def test_created_zone_is_public(created):
    assert "vpc" not in created.one("aws_route53_zone")


def test_no_tags_by_default(created):
    assert "tags" not in created.one("aws_route53_zone")


def test_tags_on_the_created_zone(customized):
    assert customized.one("aws_route53_zone")["tags"] == {"team": "mail"}


def test_attributes_of_a_created_zone_read_the_zone(created):
    assert created.output("zone_id") == created.expr("aws_route53_zone", "zone_id")
    assert created.output("name_servers") == created.expr("aws_route53_zone", "name_servers")


def test_records_in_a_created_zone_take_over_existing_ones(created):
    # Only an interrupted apply of this stack can have written them: the re-run must converge.
    for name in ("www.example.com", "token._domainkey.example.com"):
        assert record(created, name)["allow_overwrite"] is True


def test_record_goes_in_the_zone_as_given(created):
    assert record(created, "www.example.com") == {
        "allow_overwrite": True,
        "name": "www.example.com",
        "records": ["hello"],
        "ttl": 60,
        "type": "TXT",
        "zone_id": created.expr("aws_route53_zone", "zone_id"),
    }


def test_created_flag():
    stack, _ = new_stack()
    assert HostedZone(stack, "zone", domain="example.com").adopted is False
    assert HostedZone(stack, "other", domain="example.org", zone_id="Z1").adopted is True


# Adopted


def test_adopted_zone_is_only_read(adopted):
    assert adopted.resources("aws_route53_zone") == {}
    assert list(adopted.data("aws_route53_zone").values()) == [{"zone_id": "Z0PARENT"}]


def test_attributes_of_an_adopted_zone_read_the_data_source(adopted):
    zone = adopted.data_ref("aws_route53_zone")
    assert adopted.output("zone_id") == f"${{{zone}.zone_id}}"
    assert adopted.output("name_servers") == f"${{{zone}.name_servers}}"


def test_records_in_an_adopted_zone_go_through_the_data_source(adopted):
    zone = adopted.data_ref("aws_route53_zone")
    assert {r["zone_id"] for r in adopted.resources("aws_route53_record").values()} == {f"${{{zone}.zone_id}}"}


def test_records_in_an_adopted_zone_do_not_take_over_existing_ones(adopted):
    # Whatever is already there may be someone else's: Route 53 must refuse, not overwrite.
    assert "allow_overwrite" not in record(adopted, "www.news.example.com")


def test_names_only_we_can_hold_take_over_even_in_an_adopted_zone(adopted):
    assert record(adopted, "token._domainkey.news.example.com")["allow_overwrite"] is True

