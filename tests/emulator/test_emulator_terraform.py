"""Real Terraform with hashicorp/aws 5.100.0 (from the local mirror) against the emulator.

apply, a no-change plan, an in-place update and destroy: every call the
provider makes for the SES v2 and Route 53 resources must be answered the way
the provider expects. The provider waits about 15 s for each Route 53 change,
so the stack keeps its record count small.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

import toolchain
from toolchain.bindings import PROVIDER_VERSION

TERRAFORM = shutil.which("terraform")
REGION = "eu-west-3"
DOMAIN = "tf-emulator.example"
MAIL_FROM = f"mail.{DOMAIN}"
COMMAND_TIMEOUT = 300

pytestmark = pytest.mark.skipif(TERRAFORM is None, reason="needs terraform")


def terraform_env(emulator: Any) -> dict[str, str]:
    """The project's Terraform setup (local provider mirror, plugin cache), this emulator's CA."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "TF_"))}
    return env | toolchain.terraform_env() | {"AWS_CA_BUNDLE": str(emulator.ca_bundle), "TF_INPUT": "0"}


def stack(endpoint: str, tags: dict[str, str], key_length: str, update: bool) -> dict[str, Any]:
    """The Terraform JSON configuration; ``update`` changes only SES attributes."""
    token = "element(aws_sesv2_email_identity.main.dkim_signing_attributes[0].tokens, count.index)"
    zone_id = "${aws_route53_zone.main.zone_id}"
    set_name = "${aws_sesv2_configuration_set.main.configuration_set_name}"
    identity: dict[str, Any] = {
        "email_identity": DOMAIN,
        "dkim_signing_attributes": [{"next_signing_key_length": key_length}],
        "tags": tags,
    }
    if update:
        identity["configuration_set_name"] = set_name
    return {
        "terraform": {
            "required_providers": {"aws": {"source": "hashicorp/aws", "version": PROVIDER_VERSION}}
        },
        "provider": {
            "aws": {
                "region": REGION,
                "access_key": "test",
                "secret_key": "test",
                "skip_credentials_validation": True,
                "skip_requesting_account_id": True,
                "skip_metadata_api_check": True,
                "s3_use_path_style": True,
                "endpoints": [
                    {
                        service: endpoint
                        for service in ("route53", "sesv2", "ses", "sts", "s3", "iam", "dynamodb")
                    }
                ],
            }
        },
        "resource": {
            "aws_route53_zone": {"main": {"name": DOMAIN}},
            "aws_sesv2_configuration_set": {
                "main": {
                    "configuration_set_name": "transactional",
                    "suppression_options": [{"suppressed_reasons": ["BOUNCE", "COMPLAINT"]}],
                }
            },
            "aws_sesv2_configuration_set_event_destination": {
                "cloudwatch": {
                    "configuration_set_name": set_name,
                    "event_destination_name": "cloudwatch",
                    "event_destination": [
                        {
                            "enabled": True,
                            "matching_event_types": ["SEND", "BOUNCE", "COMPLAINT"],
                            "cloud_watch_destination": [
                                {
                                    "dimension_configuration": [
                                        {
                                            "default_dimension_value": "default",
                                            "dimension_name": "source",
                                            "dimension_value_source": "MESSAGE_TAG",
                                        }
                                    ]
                                }
                            ],
                        }
                    ],
                }
            },
            "aws_sesv2_email_identity": {"main": identity},
            "aws_sesv2_email_identity_feedback_attributes": {
                "main": {
                    "email_identity": "${aws_sesv2_email_identity.main.email_identity}",
                    "email_forwarding_enabled": not update,
                }
            },
            "aws_sesv2_email_identity_mail_from_attributes": {
                "main": {
                    "email_identity": "${aws_sesv2_email_identity.main.email_identity}",
                    "mail_from_domain": MAIL_FROM,
                    "behavior_on_mx_failure": "REJECT_MESSAGE" if update else "USE_DEFAULT_VALUE",
                }
            },
            "aws_route53_record": {
                "dkim": {
                    "count": 3,
                    "zone_id": zone_id,
                    "name": f"${{{token}}}._domainkey.{DOMAIN}",
                    "type": "CNAME",
                    "ttl": 600,
                    "records": [f"${{{token}}}.dkim.amazonses.com"],
                },
                "mail_from_mx": {
                    "zone_id": zone_id,
                    "name": MAIL_FROM,
                    "type": "MX",
                    "ttl": 600,
                    "records": [f"10 feedback-smtp.{REGION}.amazonses.com"],
                },
                "mail_from_spf": {
                    "zone_id": zone_id,
                    "name": MAIL_FROM,
                    "type": "TXT",
                    "ttl": 600,
                    "records": ["v=spf1 include:amazonses.com ~all"],
                },
            },
        },
        "output": {
            "dkim_tokens": {
                "value": "${aws_sesv2_email_identity.main.dkim_signing_attributes[0].tokens}"
            }
        },
    }


def terraform(workdir: Path, env: dict[str, str], *args: str) -> str:
    """Run one terraform command; fail with its output unless it exits 0.

    ``plan -detailed-exitcode`` exits 0 only when there is nothing to change.
    """
    assert TERRAFORM is not None
    result = subprocess.run(
        [TERRAFORM, *args, "-no-color"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    assert result.returncode == 0, (
        f"terraform {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


def write(workdir: Path, configuration: dict[str, Any]) -> None:
    (workdir / "main.tf.json").write_text(json.dumps(configuration, indent=2))


@pytest.mark.timeout(600)
def test_terraform_apply_plan_update_destroy(
    tmp_path: Path, emulator: Any, aws: Any, dns_query: Any
) -> None:
    workdir = tmp_path / "stack"
    workdir.mkdir()
    env = terraform_env(emulator)
    ses = aws("sesv2")

    write(workdir, stack(emulator.url, {"env": "test"}, "RSA_2048_BIT", update=False))
    terraform(workdir, env, "init")
    terraform(workdir, env, "apply", "-auto-approve")

    # SES saw the records Terraform created, and so does DNS.
    identity = ses.get_email_identity(EmailIdentity=DOMAIN)
    assert identity["DkimAttributes"]["Status"] == "SUCCESS"
    assert identity["VerifiedForSendingStatus"] is True
    assert identity["MailFromAttributes"]["MailFromDomainStatus"] == "SUCCESS"
    tokens = json.loads(terraform(workdir, env, "output", "-json"))["dkim_tokens"]["value"]
    assert tokens == identity["DkimAttributes"]["Tokens"]
    for token in tokens:
        cname = dns_query(f"{token}._domainkey.{DOMAIN}", "CNAME")
        assert cname.answer[0][0].target.to_text() == f"{token}.dkim.amazonses.com."
    mx = dns_query(MAIL_FROM, "MX", tcp=True)
    assert mx.answer[0][0].exchange.to_text() == f"feedback-smtp.{REGION}.amazonses.com."
    spf = dns_query(MAIL_FROM, "TXT")
    assert spf.answer[0][0].strings == (b"v=spf1 include:amazonses.com ~all",)

    terraform(workdir, env, "plan", "-detailed-exitcode")

    # In-place update: tags, DKIM key length, configuration set, feedback, MX behaviour.
    write(
        workdir, stack(emulator.url, {"env": "prod", "team": "mail"}, "RSA_1024_BIT", update=True)
    )
    terraform(workdir, env, "apply", "-auto-approve")
    identity = ses.get_email_identity(EmailIdentity=DOMAIN)
    assert identity["DkimAttributes"]["NextSigningKeyLength"] == "RSA_1024_BIT"
    assert identity["DkimAttributes"]["Tokens"] == tokens
    assert identity["ConfigurationSetName"] == "transactional"
    assert identity["FeedbackForwardingStatus"] is False
    assert identity["MailFromAttributes"]["BehaviorOnMxFailure"] == "REJECT_MESSAGE"
    assert sorted(identity["Tags"], key=lambda tag: tag["Key"]) == [
        {"Key": "env", "Value": "prod"},
        {"Key": "team", "Value": "mail"},
    ]
    terraform(workdir, env, "plan", "-detailed-exitcode")

    terraform(workdir, env, "destroy", "-auto-approve")
    with pytest.raises(ClientError) as missing:
        ses.get_email_identity(EmailIdentity=DOMAIN)
    assert missing.value.response["Error"]["Code"] == "NotFoundException"
    assert ses.list_configuration_sets()["ConfigurationSets"] == []
    assert aws("route53").list_hosted_zones()["HostedZones"] == []
