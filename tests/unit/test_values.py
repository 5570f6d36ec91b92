"""Value objects render their own record text and refuse bad values, used alone (no config file)."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import ValidationError

from modules.dns_names import normalize_domain, txt_record_value
from modules.values import (
    SPF_RECORD,
    DmarcPolicy,
    MailFrom,
    dkim_record_name,
    dkim_record_value,
    dkim_target_for_region,
)


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


@pytest.mark.parametrize(
    "policy",
    [
        DmarcPolicy(),
        DmarcPolicy(policy="quarantine", sp="reject", pct=50, rua=("mailto:a@example.com!10m", "mailto:b@example.org"),
                    ruf=("mailto:f@example.com",), adkim="s", aspf="r", fo="0:d", ri=3600),
    ],
)
def test_dmarc_parse_reads_back_what_render_writes(policy):
    assert DmarcPolicy.parse(policy.render()) == policy
    assert DmarcPolicy.parse(policy.render()).render() == policy.render()


@pytest.mark.parametrize(
    "text",
    [
        "v=DMARC1; p=reject",  # no final semicolon
        "v=DMARC1;p=reject;",
        "  v = DMARC1 ;  p = reject ;; ",
        "v=DMARC1; rua=mailto:a@example.com; p=reject; pct=100",  # p after another tag
    ],
)
def test_dmarc_parse_reads_records_as_receivers_do(text):
    assert DmarcPolicy.parse(text).policy == "reject"


def test_dmarc_parse_reads_report_lists_with_spaces_after_commas():
    policy = DmarcPolicy.parse("v=DMARC1; p=none; rua=mailto:a@example.com, mailto:b@example.org")
    assert policy.rua == ("mailto:a@example.com", "mailto:b@example.org")


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "must start with v=DMARC1"),
        ("v=spf1 include:amazonses.com ~all", "must start with v=DMARC1"),
        ("p=none; v=DMARC1", "must start with v=DMARC1"),
        ("v=DMARC2; p=none", "must start with v=DMARC1"),
        ("v=DMARC1", "no p= tag"),
        ("v=DMARC1; garbage; p=none", "'garbage' is not tag=value"),
        ("v=DMARC1; p=none; p=reject", "tag 'p' appears twice"),
        ("v=DMARC1; p=none; policy=reject", "unknown tag 'policy'"),
        ("v=DMARC1; p=monitor", "policy: Input should be 'none', 'quarantine' or 'reject'"),
        ("v=DMARC1; p=none; pct=101", "pct: Input should be less than or equal to 100"),
        ("v=DMARC1; p=none; rua=https://example.com", "rua.0: 'https://example.com' must be a mailto: URI"),
        ("v=DMARC1; p=none; fo=2", "fo: '2' must be one or more of 0, 1, d, s"),
    ],
)
def test_dmarc_parse_refuses_invalid_records_with_the_reason(text, reason):
    with pytest.raises(ValueError) as error:
        DmarcPolicy.parse(text)
    assert str(error.value).startswith(f"{text!r}: {reason}")


def test_dmarc_record_is_found_by_its_first_tag():
    assert DmarcPolicy.is_record("v=DMARC1; p=none;")
    assert DmarcPolicy.is_record(" v = DMARC1 ; p=monitor")  # a DMARC record, though an invalid one
    assert not DmarcPolicy.is_record("v=spf1 include:amazonses.com ~all")
    assert not DmarcPolicy.is_record("p=none; v=DMARC1")


def test_dkim_records_are_fully_qualified_below_the_apex():
    assert dkim_record_name("tok1", "news.example.org") == "tok1._domainkey.news.example.org"
    assert dkim_record_value("tok1", dkim_target_for_region("eu-west-3")) == "tok1.dkim.amazonses.com"


def test_mail_from_domain_and_mx_follow_label_and_region():
    setting = MailFrom(label="bounce", mx_priority=20)
    assert setting.domain("example.org") == "bounce.example.org"
    assert setting.mx_value("ap-southeast-2") == "20 feedback-smtp.ap-southeast-2.amazonses.com"
    assert MailFrom().mx_value("eu-west-3") == "10 feedback-smtp.eu-west-3.amazonses.com"
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
