"""DmarcRecord alone: the ``_dmarc`` TXT record, its rendered policy, and long policies."""

from __future__ import annotations

import pytest

from alone import Synthesized, new_stack, synth
from modules.dmarc import DmarcRecord
from modules.hosted_zone import HostedZone
from modules.values import DmarcPolicy


def policy_of_length(length: int) -> DmarcPolicy:
    """A valid policy whose record text is exactly ``length`` characters (padded in the rua mailbox)."""
    shortest = len(DmarcPolicy(rua=("mailto:d@example.com",)).render())
    return DmarcPolicy(rua=(f"mailto:{'d' * (1 + length - shortest)}@example.com",))


def dmarc_record_for(policy: DmarcPolicy) -> tuple[DmarcRecord, Synthesized]:
    stack, _ = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    dmarc = DmarcRecord(stack, "dmarc", zone=zone, domain="example.com", policy=policy)
    return dmarc, synth(stack)


@pytest.fixture(scope="module")
def default() -> Synthesized:
    stack, _ = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    DmarcRecord(stack, "dmarc", zone=zone, domain="example.com")
    return synth(stack)


@pytest.fixture(scope="module")
def customized() -> Synthesized:
    stack, _ = new_stack()
    # A parent zone adopted; the mail domain below its apex.
    zone = HostedZone(stack, "zone", domain="example.com", zone_id="Z0PARENT")
    DmarcRecord(stack, "dmarc", zone=zone, domain="news.example.com", ttl=3600,
                policy=DmarcPolicy(policy="reject", rua=("mailto:dmarc@example.com",)))
    return synth(stack)


def test_one_txt_record_at_dmarc_name(default):
    record = default.one("aws_route53_record")
    assert (record["type"], record["name"]) == ("TXT", "_dmarc.example.com")


def test_default_policy_is_the_seeds(default):
    assert default.one("aws_route53_record")["records"] == ["v=DMARC1; p=none;"]


def test_ttl_default_300(default):
    assert default.one("aws_route53_record")["ttl"] == 300


def test_record_goes_in_the_zone(default):
    assert default.one("aws_route53_record")["zone_id"] == default.expr("aws_route53_zone", "zone_id")


def test_ttl(customized):
    assert customized.one("aws_route53_record")["ttl"] == 3600


def test_policy_is_rendered(customized):
    assert customized.one("aws_route53_record")["records"] == [
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
    ]


def test_name_is_fully_qualified_below_a_parent_apex(customized):
    assert customized.one("aws_route53_record")["name"] == "_dmarc.news.example.com"


def test_attributes_name_and_value():
    stack, _ = new_stack()
    zone = HostedZone(stack, "zone", domain="example.com")
    dmarc = DmarcRecord(stack, "dmarc", zone=zone, domain="example.com",
                        policy=DmarcPolicy(policy="quarantine"))
    assert (dmarc.name, dmarc.value) == ("_dmarc.example.com", "v=DMARC1; p=quarantine;")


def test_policy_of_255_characters_stays_one_string():
    dmarc, out = dmarc_record_for(policy_of_length(255))
    assert len(dmarc.value) == 255
    assert out.one("aws_route53_record")["records"] == [dmarc.value]


@pytest.mark.parametrize(("length", "pieces"), [(256, [255, 1]), (600, [255, 255, 90])])
def test_longer_policy_is_split_into_255_character_strings(length, pieces):
    # A TXT string holds at most 255 bytes; the provider joins strings written as "a""b" into one record.
    dmarc, out = dmarc_record_for(policy_of_length(length))
    (value,) = out.one("aws_route53_record")["records"]
    strings = value.split('""')
    assert [len(s) for s in strings] == pieces
    assert "".join(strings) == dmarc.value
