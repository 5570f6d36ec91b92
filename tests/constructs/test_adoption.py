"""EmailDomain with ``adopt``: what exists already is imported (Terraform ``import`` blocks), never created twice.

The resources and their addresses are the same as without ``adopt``; only ``import`` blocks
are added, each with the id Terraform's AWS provider imports that resource by.
"""

from __future__ import annotations

from typing import Any

import pytest

from alone import SES_REGION, Synthesized, new_stack, synth
from modules.email_domain import EmailDomain
from modules.values import Adoption

DOMAIN = "example.com"
TOKENS = ("a" * 32, "b" * 32, "c" * 32)
EVERYTHING = Adoption(
    zone_id="Z0LIVE",
    zone_comment="made in the console",
    delegation_set_id="N0SHARED",
    identity=True,
    dkim_tokens=TOKENS,
    configuration_set="live-set",
    mail_from=True,
    records=(f"{TOKENS[0]}._domainkey.{DOMAIN} CNAME", f"{TOKENS[2]}._domainkey.{DOMAIN} CNAME",
             f"_dmarc.{DOMAIN} TXT", f"mail.{DOMAIN} MX"),
)


def build(**kwargs: Any) -> Synthesized:
    stack, ses = new_stack()
    EmailDomain(stack, "mail", domain=kwargs.pop("domain", DOMAIN), ses_region=SES_REGION, ses_provider=ses,
                **kwargs)
    return synth(stack)


def imports(out: Synthesized) -> dict[str, dict[str, Any]]:
    """Import target (``type.name``) -> its import block."""
    return {block["to"]: block for block in out.doc.get("import", [])}


def address(out: Synthesized, kind: str, **match: str) -> str:
    (name,) = [name for name, body in out.resources(kind).items() if all(body.get(k) == v for k, v in match.items())]
    return f"{kind}.{name}"


def dkim_address(out: Synthesized, index: int) -> str:
    (name,) = [name for name in out.resources("aws_route53_record") if f"dkim_{index}" in name]
    return f"aws_route53_record.{name}"


@pytest.fixture(scope="module")
def plain() -> Synthesized:
    return build()


@pytest.fixture(scope="module")
def adopted() -> Synthesized:
    # The live identity's configuration set is kept: the stack's events would replace it.
    return build(adopt=EVERYTHING, events=None)


def test_events_would_replace_a_live_configuration_set_so_they_are_refused():
    with pytest.raises(ValueError, match="configuration set 'live-set'; events would replace it"):
        build(adopt=EVERYTHING)


def test_nothing_is_imported_without_adopt(plain):
    assert "import" not in plain.doc


def test_adopting_adds_import_blocks_and_no_resource(plain, adopted):
    for kind in ("aws_route53_zone", "aws_route53_record", "aws_sesv2_email_identity",
                 "aws_sesv2_email_identity_mail_from_attributes"):
        assert sorted(adopted.resources(kind)) == sorted(plain.resources(kind)), kind


def test_the_zone_is_imported_by_its_id_and_keeps_its_comment(adopted):
    zone = address(adopted, "aws_route53_zone")
    assert imports(adopted)[zone] == {"to": zone, "id": "Z0LIVE"}
    assert adopted.one("aws_route53_zone")["comment"] == "made in the console"
    assert adopted.one("aws_route53_zone")["delegation_set_id"] == "N0SHARED"  # changing it replaces the zone


def test_the_identity_and_mail_from_are_imported_through_the_ses_provider(adopted):
    found = imports(adopted)
    identity = address(adopted, "aws_sesv2_email_identity")
    attributes = address(adopted, "aws_sesv2_email_identity_mail_from_attributes")
    assert found[identity] == {"to": identity, "id": DOMAIN, "provider": "aws.ses"}
    assert found[attributes] == {"to": attributes, "id": DOMAIN, "provider": "aws.ses"}
    assert adopted.one("aws_sesv2_email_identity")["configuration_set_name"] == "live-set"


def test_listed_records_are_imported_by_zone_name_and_type_others_created(adopted):
    found = imports(adopted)
    assert found[dkim_address(adopted, 0)]["id"] == f"Z0LIVE_{TOKENS[0]}._domainkey.{DOMAIN}_CNAME"
    assert found[dkim_address(adopted, 2)]["id"] == f"Z0LIVE_{TOKENS[2]}._domainkey.{DOMAIN}_CNAME"
    assert dkim_address(adopted, 1) not in found  # missing live: created
    dmarc = address(adopted, "aws_route53_record", name=f"_dmarc.{DOMAIN}")
    assert found[dmarc]["id"] == f"Z0LIVE__dmarc.{DOMAIN}_TXT"
    mx = address(adopted, "aws_route53_record", name=f"mail.{DOMAIN}", type="MX")
    assert found[mx]["id"] == f"Z0LIVE_mail.{DOMAIN}_MX"
    spf = address(adopted, "aws_route53_record", name=f"mail.{DOMAIN}", type="TXT")
    assert spf not in found
    assert len(found) == 7  # zone, identity, MAIL FROM, 2 DKIM, DMARC, MX


def test_in_an_imported_zone_only_a_new_dkim_record_may_overwrite(adopted):
    """Imported records are in the state already; the zone may hold others' records, so the SPF is
    created without overwriting, and only the missing DKIM CNAME (its name holds our token) takes over."""
    records = adopted.resources("aws_route53_record")

    def overwrite(address: str) -> object:
        return records[address.split(".", 1)[1]].get("allow_overwrite")

    assert [overwrite(dkim_address(adopted, index)) for index in range(3)] == [None, True, None]
    assert overwrite(address(adopted, "aws_route53_record", name=f"mail.{DOMAIN}", type="TXT")) is None
    assert overwrite(address(adopted, "aws_route53_record", name=f"_dmarc.{DOMAIN}")) is None


def test_records_in_a_parent_zone_are_imported_with_its_id():
    out = build(domain="news.example.com", zone_id="Z0PARENT",
                adopt=Adoption(records=("_dmarc.news.example.com TXT",)))
    (block,) = out.doc["import"]
    assert block["id"] == "Z0PARENT__dmarc.news.example.com_TXT"
    assert not out.resources("aws_route53_zone")  # the parent is read, never owned


def test_a_read_only_zone_and_an_imported_one_together_are_refused():
    with pytest.raises(ValueError, match="give one"):
        build(zone_id="Z0PARENT", adopt=Adoption(zone_id="Z0LIVE"))
