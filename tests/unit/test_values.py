"""Value objects render their own record text and refuse bad values, used alone (no config file)."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import ValidationError

from modules.dns_names import normalize_domain, txt_record_value
from modules.values import SPF_RECORD, DmarcPolicy, MailFrom


def test_default_dmarc_is_exactly_the_seeds():
    assert DmarcPolicy().render() == "v=DMARC1; p=none;"


def test_dmarc_renders_only_the_tags_set():
    policy = DmarcPolicy(policy="reject", rua=("mailto:a@example.com!10m",), ri=3600)
    assert policy.render() == "v=DMARC1; p=reject; rua=mailto:a@example.com!10m; ri=3600;"


def test_dmarc_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DmarcPolicy().policy = "reject"  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [{"policy": "monitor"}, {"sp": "none "}, {"pct": -1}, {"rua": ("https://x.example",)}, {"aspf": "x"},
     {"fo": "1:"}, {"ri": 0}, {"bogus": 1}],
)
def test_dmarc_rejects(kwargs):
    with pytest.raises((ValidationError, TypeError)):
        DmarcPolicy(**kwargs)


def test_mail_from_domain_and_mx_follow_label_and_region():
    setting = MailFrom(label="bounce", mx_priority=20)
    assert setting.domain("example.org") == "bounce.example.org"
    assert setting.mx_value("ap-southeast-2") == "20 feedback-smtp.ap-southeast-2.amazonses.com"
    assert SPF_RECORD == "v=spf1 include:amazonses.com ~all"


@pytest.mark.parametrize("label", ["mail.x", "-mail", "mail-", "", "m" * 64, "ma il", "MAIL"])
def test_mail_from_label_must_be_one_dns_label(label):
    with pytest.raises(ValidationError):
        MailFrom(label=label)


def test_domain_names_normalized_or_refused():
    assert normalize_domain("PolPlana.Work.") == "polplana.work"
    for bad in ["polplana", "a..b", "-a.b", "a.123", "é.fr", "a" * 64 + ".com"]:
        with pytest.raises(ValueError):
            normalize_domain(bad)


def test_long_txt_values_split_into_255_byte_strings():
    short = "v=DMARC1; p=none;"
    assert txt_record_value(short) == short
    long = "x" * 600
    assert txt_record_value(long) == "x" * 255 + '""' + "x" * 255 + '""' + "x" * 90
