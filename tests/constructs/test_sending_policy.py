"""SendingPolicy alone: send as *@domain through its identity (and configuration set), nothing else."""

from __future__ import annotations

import json

from alone import SES_REGION, new_stack, synth
from modules.sending_policy import SendingPolicy


def document(**kwargs) -> tuple[dict, dict]:
    stack, _ = new_stack()
    SendingPolicy(stack, "sending", name="example-com-ses-send", domain="example.com", ses_region=SES_REGION,
                  **kwargs)
    out = synth(stack)
    policy = out.one("aws_iam_policy")
    return policy, json.loads(policy["policy"])


def test_only_the_two_send_actions_on_the_identity_and_its_configuration_set():
    policy, doc = document(configuration_set="example-com", account_id="123456789012")
    assert policy["name"] == "example-com-ses-send"
    assert "provider" not in policy  # IAM is global: the stack's default provider
    statement, sandbox = doc["Statement"]
    assert statement["Effect"] == "Allow"
    assert statement["Action"] == ["ses:SendEmail", "ses:SendRawEmail"]
    assert statement["Resource"] == [
        f"arn:aws:ses:{SES_REGION}:123456789012:identity/example.com",
        f"arn:aws:ses:{SES_REGION}:123456789012:configuration-set/example-com",
    ]
    # In the sandbox SES also checks each recipient's identity: any identity of the region, still only
    # with a From address of the domain.
    assert sandbox == {**statement, "Sid": "SandboxRecipientIdentities",
                       "Resource": f"arn:aws:ses:{SES_REGION}:123456789012:identity/*"}


def test_the_from_address_must_be_of_the_domain():
    _, doc = document(account_id="123456789012")
    assert [s["Condition"] for s in doc["Statement"]] == [{"StringLike": {"ses:FromAddress": "*@example.com"}}] * 2


def test_without_a_configuration_set_only_the_identity():
    _, doc = document(account_id="123456789012")
    assert doc["Statement"][0]["Resource"] == [f"arn:aws:ses:{SES_REGION}:123456789012:identity/example.com"]


def test_the_account_is_read_from_the_credentials_when_not_given():
    stack, _ = new_stack()
    SendingPolicy(stack, "sending", name="p", domain="example.com", ses_region="us-gov-west-1",
                  partition="aws-us-gov")
    out = synth(stack)
    account = f"${{{out.data_ref('aws_caller_identity')}.account_id}}"
    resource = json.loads(out.one("aws_iam_policy")["policy"])["Statement"][0]["Resource"]
    assert resource == [f"arn:aws-us-gov:ses:us-gov-west-1:{account}:identity/example.com"]
