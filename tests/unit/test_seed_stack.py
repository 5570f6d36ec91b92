"""The seed's setup (polplana.work) as synthesized Terraform JSON."""

from __future__ import annotations

import json

import pytest

from helpers import SEED_CONFIG, Synth, synth_config


@pytest.fixture(scope="module")
def stacks(tmp_path_factory) -> dict[str, Synth]:
    return synth_config(SEED_CONFIG, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def seed(stacks) -> Synth:
    return stacks["polplana-work"]


def test_one_stack_per_domain_plus_state(stacks):
    assert sorted(stacks) == ["polplana-work", "state"]


def test_providers_main_region_and_ses_alias(seed):
    providers = seed.doc["provider"]["aws"]
    assert [(p.get("alias"), p["region"]) for p in providers] == [(None, "eu-south-2"), ("ses", "eu-west-3")]
    for provider in providers:
        assert provider["default_tags"] == [
            {"tags": {"email-domain": "polplana.work", "managed-by": "cdktf-ses-domain"}}
        ]
        assert "endpoints" not in provider and "access_key" not in provider


def test_pins_the_mirrored_provider_version(seed):
    assert seed.doc["terraform"]["required_providers"]["aws"] == {"source": "aws", "version": "5.100.0"}


def test_hosted_zone_is_public_and_protected(seed):
    zone = seed.one("aws_route53_zone")
    assert zone["name"] == "polplana.work"
    assert zone["lifecycle"] == {"prevent_destroy": True}
    assert zone["force_destroy"] is False
    assert "vpc" not in zone  # a private zone would have one


def test_ses_identity_easy_dkim_2048_in_ses_region(seed):
    identity = seed.one("aws_sesv2_email_identity")
    assert identity["email_identity"] == "polplana.work"
    assert identity["dkim_signing_attributes"] == {"next_signing_key_length": "RSA_2048_BIT"}
    assert identity["provider"] == "aws.ses"
    assert identity["lifecycle"] == {"prevent_destroy": True}


def test_three_dkim_cnames_fully_qualified(seed):
    identity = seed.ref("aws_sesv2_email_identity")
    zone = seed.ref("aws_route53_zone")
    cnames = sorted(seed.records("CNAME"), key=lambda r: r["name"])
    assert len(cnames) == 3
    for index, record in enumerate(cnames):
        token = f"${{element({identity}.dkim_signing_attributes[0].tokens, {index})}}"
        assert record["name"] == f"{token}._domainkey.polplana.work"
        assert record["records"] == [f"{token}.dkim.amazonses.com"]
        assert record["ttl"] == 1800
        assert record["zone_id"] == f"${{{zone}.zone_id}}"
        assert "provider" not in record  # Route 53 goes through the main provider


def test_dmarc_record_is_exactly_the_seed_default(seed):
    (dmarc,) = [r for r in seed.records("TXT") if r["name"] == "_dmarc.polplana.work"]
    assert dmarc["records"] == ["v=DMARC1; p=none;"]
    assert dmarc["ttl"] == 300


def test_mail_from_attributes_and_records(seed):
    attributes = seed.one("aws_sesv2_email_identity_mail_from_attributes")
    identity = seed.ref("aws_sesv2_email_identity")
    assert attributes["mail_from_domain"] == "mail.polplana.work"
    assert attributes["behavior_on_mx_failure"] == "USE_DEFAULT_VALUE"
    assert attributes["email_identity"] == f"${{{identity}.email_identity}}"
    assert attributes["provider"] == "aws.ses"
    (mx,) = seed.records("MX")
    assert (mx["name"], mx["records"], mx["ttl"]) == (
        "mail.polplana.work",
        ["10 feedback-smtp.eu-west-3.amazonses.com"],
        300,
    )
    spf = [r for r in seed.records("TXT") if r["records"][0].startswith("v=spf1")]
    assert [(r["name"], r["records"]) for r in spf] == [
        ("mail.polplana.work", ["v=spf1 include:amazonses.com ~all"])
    ]


def test_nothing_is_put_on_the_apex_but_the_zone(seed):
    names = {r["name"] for r in seed.resources("aws_route53_record").values()}
    assert "polplana.work" not in names


def test_exactly_the_seed_records(seed):
    kinds = sorted(r["type"] for r in seed.resources("aws_route53_record").values())
    assert kinds == ["CNAME", "CNAME", "CNAME", "MX", "TXT", "TXT"]


def test_outputs_for_the_registrar_and_dns(seed):
    outputs = seed.doc["output"]
    zone = seed.ref("aws_route53_zone")
    identity = seed.ref("aws_sesv2_email_identity")
    assert outputs["name_servers"]["value"] == f"${{{zone}.name_servers}}"
    assert outputs["zone_id"]["value"] == f"${{{zone}.zone_id}}"
    assert outputs["identity_arn"]["value"] == f"${{{identity}.arn}}"
    assert outputs["mail_from_domain"]["value"] == "mail.polplana.work"
    dkim = outputs["dkim_records"]["value"]
    assert [d["type"] for d in dkim] == ["CNAME"] * 3
    assert all(d["name"].endswith("._domainkey.polplana.work") for d in dkim)


def test_backend_s3_encrypted_lockfile_key_per_stack(seed):
    assert seed.doc["terraform"]["backend"] == {
        "s3": {
            "bucket": "studyflow-terraform-state",
            "key": "polplana-work/terraform.tfstate",
            "region": "eu-south-2",
            "encrypt": True,
            "use_lockfile": True,
        }
    }


def test_state_stack_bucket_versioned_encrypted_private_tls_only(stacks):
    state = stacks["state"]
    # Its own state is in the bucket it makes (bootstrapped by `ops bootstrap-state`), locked like the rest.
    assert state.doc["terraform"]["backend"] == {"s3": {
        "bucket": "studyflow-terraform-state", "key": "state/terraform.tfstate", "region": "eu-south-2",
        "encrypt": True, "use_lockfile": True,
    }}
    assert state.doc["provider"]["aws"][0]["region"] == "eu-south-2"
    bucket = state.one("aws_s3_bucket")
    assert bucket["bucket"] == "studyflow-terraform-state"
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    ref = state.ref("aws_s3_bucket")
    versioning = state.one("aws_s3_bucket_versioning")
    assert versioning["bucket"] == f"${{{ref}.id}}"
    assert versioning["versioning_configuration"] == {"status": "Enabled"}
    encryption = state.one("aws_s3_bucket_server_side_encryption_configuration")
    assert encryption["rule"][0]["apply_server_side_encryption_by_default"] == {"sse_algorithm": "AES256"}
    block = state.one("aws_s3_bucket_public_access_block")
    assert all(block[k] is True for k in (
        "block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"))
    policy = json.loads(state.one("aws_s3_bucket_policy")["policy"])
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Deny"
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert statement["Resource"] == [f"${{{ref}.arn}}", f"${{{ref}.arn}}/*"]
    assert state.resources("aws_dynamodb_table") == {}


def test_records_in_the_stacks_own_zone_take_over_leftovers(seed):
    # An interrupted apply can write a record without recording it in state; the re-run must converge.
    assert {r["allow_overwrite"] for r in seed.resources("aws_route53_record").values()} == {True}


def test_bounce_and_complaint_handling_and_sending_policy_outputs(seed):
    outputs = seed.doc["output"]
    assert outputs["events_topic_arn"]["value"] == f"${{{seed.ref('aws_sns_topic')}.arn}}"
    assert outputs["events_queue_url"]["value"].endswith(".url}")  # domains.toml asks for the queue
    assert outputs["sending_policy_arn"]["value"] == f"${{{seed.ref('aws_iam_policy')}.arn}}"
    # SES, SNS in the SES region; IAM (global) through the main provider.
    assert seed.one("aws_sns_topic")["provider"] == "aws.ses"
    assert seed.one("aws_sesv2_configuration_set")["provider"] == "aws.ses"
    assert "provider" not in seed.one("aws_iam_policy")


def test_the_state_stack_owns_the_suppression_list_of_the_ses_region(stacks):
    state = stacks["state"]
    attributes = state.one("aws_sesv2_account_suppression_attributes")
    assert attributes["suppressed_reasons"] == ["BOUNCE", "COMPLAINT"]
    (alias,) = [p for p in state.doc["provider"]["aws"] if p.get("alias") == attributes["provider"].split(".")[1]]
    assert alias["region"] == "eu-west-3"
    assert stacks["polplana-work"].resources("aws_sesv2_account_suppression_attributes") == {}
