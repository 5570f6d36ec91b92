"""Bounces and complaints end to end: two domains deployed in one SES region, events proven through the
mailbox simulator to the queue (``ops test-events``), the sandbox, the suppression list, and events off.

The tests run in file order on one deployment: the last one turns events off.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from botocore.exceptions import ClientError

from local_aws import Project, config

FIRST, SECOND = "events.example.com", "plain.example.org"
FIRST_STACK, SECOND_STACK = "events-example-com", "plain-example-org"
REGION = "eu-west-3"
FIRST_EVENTS = '\n[domain.events]\nqueue = true\nemail = ["ops@events.example.com"]\n'


@pytest.fixture(scope="module")
def project(new_project) -> Project:
    text = config(FIRST, bucket="events-state") + FIRST_EVENTS + f'\n[[domain]]\nname = "{SECOND}"\n'
    project = new_project("events", text)
    result = project.deploy()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return project


def sesv2(project: Project) -> Any:
    return project.emulator.client("sesv2", REGION)


def receive_all(project: Project, queue_url: str, wait: float = 20) -> list[dict[str, Any]]:
    """SES events on the queue (each unwrapped from its SNS envelope), consumed, until none came for a while."""
    sqs = project.emulator.client("sqs", REGION)
    events, deadline = [], time.monotonic() + wait
    while time.monotonic() < deadline:
        messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1) \
            .get("Messages", [])
        for message in messages:
            envelope = json.loads(message["Body"])
            assert envelope["Type"] == "Notification"
            events.append(json.loads(envelope["Message"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
        if events and not messages:
            break
    return events


def test_outputs_name_the_topic_queue_and_sending_policy(project):
    first, second = project.output(FIRST_STACK), project.output(SECOND_STACK)
    assert first["events_topic_arn"].endswith(f":{REGION}:123456789012:events-example-com-ses-events")
    assert first["events_queue_url"].endswith("/events-example-com-ses-events")
    assert first["sending_policy_arn"].endswith(":policy/events-example-com-ses-send")
    assert "events_queue_url" not in second and second["events_topic_arn"].endswith("plain-example-org-ses-events")


def test_each_identity_uses_its_own_configuration_set(project):
    client = sesv2(project)
    assert client.get_email_identity(EmailIdentity=FIRST)["ConfigurationSetName"] == FIRST_STACK
    assert client.get_email_identity(EmailIdentity=SECOND)["ConfigurationSetName"] == SECOND_STACK
    (destination,) = client.get_configuration_set_event_destinations(ConfigurationSetName=FIRST_STACK)[
        "EventDestinations"]
    assert destination["Enabled"] is True
    assert sorted(destination["MatchingEventTypes"]) == ["BOUNCE", "COMPLAINT"]


def test_the_sending_policy_allows_only_sending_as_the_domain(project):
    iam = project.emulator.client("iam")
    arn = project.output(FIRST_STACK)["sending_policy_arn"]
    version = iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"]
    document = iam.get_policy_version(PolicyArn=arn, VersionId=version)["PolicyVersion"]["Document"]
    if isinstance(document, str):
        document = json.loads(document)
    statement, sandbox = document["Statement"]
    assert sandbox["Resource"] == f"arn:aws:ses:{REGION}:123456789012:identity/*"
    assert statement["Action"] == sandbox["Action"] == ["ses:SendEmail", "ses:SendRawEmail"]
    assert statement["Resource"] == [f"arn:aws:ses:{REGION}:123456789012:identity/{FIRST}",
                                     f"arn:aws:ses:{REGION}:123456789012:configuration-set/{FIRST_STACK}"]
    assert statement["Condition"] == sandbox["Condition"] == {"StringLike": {"ses:FromAddress": f"*@{FIRST}"}}


def test_two_domains_in_one_region_share_one_suppression_list_and_neither_plan_changes(project):
    state = json.loads(project.emulator.client("s3", "eu-south-2").get_object(
        Bucket="events-state", Key="state/terraform.tfstate")["Body"].read())
    owners = [r for r in state["resources"] if r["type"] == "aws_sesv2_account_suppression_attributes"]
    assert len(owners) == 1
    assert sesv2(project).get_account()["SuppressionAttributes"]["SuppressedReasons"] == ["BOUNCE", "COMPLAINT"]
    assert project.plan_exit_code(FIRST_STACK) == 0
    assert project.plan_exit_code(SECOND_STACK) == 0


def test_test_events_proves_bounces_and_complaints_reach_the_queue(project):
    result = project.ops("test-events", FIRST)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Bounce" in result.stdout and "Complaint" in result.stdout


def test_test_events_says_why_it_cannot_prove_a_domain_without_queue(project):
    result = project.ops("test-events", SECOND)
    assert result.returncode == 1
    assert "queue = true" in result.stderr


def test_the_sandbox_rejects_an_unverified_recipient(project):
    with pytest.raises(ClientError) as error:
        sesv2(project).send_email(FromEmailAddress=f"app@{FIRST}", Destination={"ToAddresses": ["someone@gmail.com"]},
                                  Content={"Simple": {"Subject": {"Data": "hi"}, "Body": {"Text": {"Data": "hi"}}}})
    assert error.value.response["Error"]["Code"] == "MessageRejected"
    assert "someone@gmail.com" in error.value.response["Error"]["Message"]


def test_a_suppressed_address_bounces_as_on_account_suppression_list(project):
    queue_url = project.output(FIRST_STACK)["events_queue_url"]
    receive_all(project, queue_url, wait=2)  # nothing left from earlier tests
    client = sesv2(project)
    gone = f"gone@{FIRST}"  # the domain is verified, so the sandbox lets it receive
    client.put_suppressed_destination(EmailAddress=gone, Reason="BOUNCE")
    sent = client.send_email(FromEmailAddress=f"app@{FIRST}", Destination={"ToAddresses": [gone]},
                             Content={"Simple": {"Subject": {"Data": "hi"}, "Body": {"Text": {"Data": "hi"}}}})
    bounces = [event for event in receive_all(project, queue_url) if event["eventType"] == "Bounce"]
    assert [(b["mail"]["messageId"], b["bounce"]["bounceType"], b["bounce"]["bounceSubType"],
             [r["emailAddress"] for r in b["bounce"]["bouncedRecipients"]]) for b in bounces] == \
        [(sent["MessageId"], "Permanent", "OnAccountSuppressionList", [gone])]
    assert bounces[0]["mail"]["tags"]["ses:configuration-set"] == [FIRST_STACK]


def test_turning_events_off_removes_them_cleanly(project):
    project.write_config(project.config_text.replace(FIRST_EVENTS, "\nevents = false\n"))
    result = project.deploy(FIRST_STACK)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    client = sesv2(project)
    assert "ConfigurationSetName" not in client.get_email_identity(EmailIdentity=FIRST)
    assert client.list_configuration_sets()["ConfigurationSets"] == [SECOND_STACK]
    topics = [t["TopicArn"] for t in project.emulator.client("sns", REGION).list_topics()["Topics"]]
    assert [arn.rsplit(":", 1)[1] for arn in topics] == ["plain-example-org-ses-events"]
    assert project.emulator.client("sqs", REGION).list_queues().get("QueueUrls", []) == []
    outputs = project.output(FIRST_STACK)
    assert "events_topic_arn" not in outputs and "sending_policy_arn" in outputs
    assert project.plan_exit_code(FIRST_STACK) == 0
    # The other domain's events are untouched.
    assert client.get_email_identity(EmailIdentity=SECOND)["ConfigurationSetName"] == SECOND_STACK
