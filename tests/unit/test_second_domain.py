"""A second domain in another SES region, with non-default DMARC and MAIL FROM, beside the seed's."""

from __future__ import annotations

import pytest

from helpers import SEED_CONFIG, TWO_DOMAINS_CONFIG, Synth, synth_config


@pytest.fixture(scope="module")
def stacks(tmp_path_factory) -> dict[str, Synth]:
    return synth_config(TWO_DOMAINS_CONFIG, tmp_path_factory.mktemp("two"))


@pytest.fixture(scope="module")
def news(stacks) -> Synth:
    return stacks["news-example-org"]


def test_each_domain_its_own_stack_and_state_key(stacks):
    assert sorted(stacks) == ["news-example-org", "polplana-work", "state"]
    keys = {name: s.doc["terraform"]["backend"]["s3"]["key"] for name, s in stacks.items() if name != "state"}
    assert keys == {
        "news-example-org": "news-example-org/terraform.tfstate",
        "polplana-work": "polplana-work/terraform.tfstate",
    }


def test_ses_provider_in_the_domains_own_region(news):
    regions = {p.get("alias"): p["region"] for p in news.doc["provider"]["aws"]}
    assert regions == {None: "eu-south-2", "ses": "us-east-1"}


def test_dkim_1024(news):
    identity = news.one("aws_sesv2_email_identity")
    assert identity["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_1024_BIT"}


def test_dmarc_renders_every_tag_in_order(news):
    (dmarc,) = [r for r in news.records("TXT") if r["name"] == "_dmarc.news.example.org"]
    assert dmarc["records"] == [
        "v=DMARC1; p=quarantine; sp=reject; pct=50; "
        "rua=mailto:dmarc@example.org,mailto:reports@dmarc.example.net; "
        "ruf=mailto:forensic@example.org; adkim=s; aspf=s; fo=1;"
    ]


def test_mail_from_label_behavior_and_region_specific_mx(news):
    attributes = news.one("aws_sesv2_email_identity_mail_from_attributes")
    assert attributes["mail_from_domain"] == "bounce.news.example.org"
    assert attributes["behavior_on_mx_failure"] == "REJECT_MESSAGE"
    (mx,) = news.records("MX")
    assert mx["name"] == "bounce.news.example.org"
    assert mx["records"] == ["10 feedback-smtp.us-east-1.amazonses.com"]
    spf = [r for r in news.records("TXT") if r["name"] == "bounce.news.example.org"]
    assert [r["records"] for r in spf] == [["v=spf1 include:amazonses.com ~all"]]


def test_seed_stack_unchanged_by_the_second_domain(stacks, tmp_path):
    alone = synth_config(SEED_CONFIG, tmp_path)
    assert alone["polplana-work"].doc == stacks["polplana-work"].doc


def test_dmarc_and_mail_from_can_be_disabled(synth):
    text = TWO_DOMAINS_CONFIG.split("[[domain]]\nname = \"news.example.org\"")[0] + (
        '[[domain]]\nname = "news.example.org"\nmail_from = false\ndmarc = false\n'
    )
    news = synth(text)["news-example-org"]
    assert news.resources("aws_sesv2_email_identity_mail_from_attributes") == {}
    assert sorted(r["type"] for r in news.resources("aws_route53_record").values()) == ["CNAME"] * 3
    assert "mail_from_domain" not in news.doc["output"]


def test_adopted_zone_is_read_not_created_and_records_stay_fully_qualified(synth):
    text = TWO_DOMAINS_CONFIG.replace(
        'name = "news.example.org"', 'name = "news.example.org"\nzone_id = "Z0ABCDEF123456"'
    )
    news = synth(text)["news-example-org"]
    assert news.resources("aws_route53_zone") == {}
    zone = news.doc["data"]["aws_route53_zone"]
    (data_id,) = zone
    assert zone[data_id]["zone_id"] == "Z0ABCDEF123456"
    for record in news.resources("aws_route53_record").values():
        assert record["zone_id"] == f"${{data.aws_route53_zone.{data_id}.zone_id}}"
        assert record["name"].endswith(".news.example.org")
        # Someone else's zone: only the DKIM CNAMEs (named by our own tokens) may take over a record.
        assert record.get("allow_overwrite", False) is (record["type"] == "CNAME")
    assert news.doc["output"]["name_servers"]["value"] == f"${{data.aws_route53_zone.{data_id}.name_servers}}"


def test_protection_can_be_lifted_per_domain(synth):
    text = TWO_DOMAINS_CONFIG.replace('name = "news.example.org"', 'name = "news.example.org"\nprotect = false')
    result = synth(text)
    assert result["news-example-org"].one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": False}
    assert result["news-example-org"].one("aws_sesv2_email_identity")["lifecycle"] == {"prevent_destroy": False}
    assert result["polplana-work"].one("aws_route53_zone")["lifecycle"] == {"prevent_destroy": True}


def test_dynamodb_locking_creates_the_table_and_uses_it(synth):
    text = TWO_DOMAINS_CONFIG.replace(
        'bucket = "studyflow-terraform-state"',
        'bucket = "studyflow-terraform-state"\nlock = "dynamodb"\ndynamodb_table = "studyflow-tf-locks"',
    )
    result = synth(text)
    backend = result["polplana-work"].doc["terraform"]["backend"]["s3"]
    assert backend["dynamodb_table"] == "studyflow-tf-locks"
    assert "use_lockfile" not in backend
    table = result["state"].one("aws_dynamodb_table")
    assert (table["name"], table["hash_key"], table["billing_mode"]) == (
        "studyflow-tf-locks", "LockID", "PAY_PER_REQUEST")
    assert table["attribute"] == [{"name": "LockID", "type": "S"}]


def test_one_suppression_list_owner_per_ses_region(stacks, tmp_path):
    """Two regions: the state stack sets each once. A third domain in a region in use adds none."""
    def suppression_regions(state: Synth) -> list[str]:
        aliases = {p.get("alias"): p["region"] for p in state.doc["provider"]["aws"]}
        return sorted(aliases[body["provider"].split(".")[1]]
                      for body in state.resources("aws_sesv2_account_suppression_attributes").values())

    assert suppression_regions(stacks["state"]) == ["eu-west-3", "us-east-1"]
    three = synth_config(TWO_DOMAINS_CONFIG + '\n[[domain]]\nname = "third.example"\n', tmp_path)
    assert suppression_regions(three["state"]) == ["eu-west-3", "us-east-1"]
    assert three["state"].doc["resource"] == stacks["state"].doc["resource"]


def test_each_domain_has_its_own_events_names(stacks, news):
    assert news.one("aws_sesv2_configuration_set")["configuration_set_name"] == "news-example-org"
    assert news.one("aws_sns_topic")["name"] == "news-example-org-ses-events"
    assert news.one("aws_iam_policy")["name"] == "news-example-org-ses-send"
    assert stacks["polplana-work"].one("aws_sns_topic")["name"] == "polplana-work-ses-events"
