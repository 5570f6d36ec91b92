"""`ops test-events` against the emulator, with the domain's event resources made by boto3 as its stack makes them.

The command sends to the mailbox simulator's bounce and complaint addresses and waits for both events
on the domain's queue; when one does not come, it names the first link of the chain that is not as
the stack makes it. The full deploy-based test lives with the integration tests.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from local_aws import SES_REGION, config
from modules.values import resource_names
from stacks.config import stack_name_for

DOMAIN = "polplana.work"
ACCOUNT = "123456789012"
NAMES = resource_names(stack_name_for(DOMAIN))
EVENTS = '\n[domain.events]\nqueue = true\n'


def policy(*statements: dict[str, Any]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def set_arn(name: str = NAMES.configuration_set) -> str:
    return f"arn:aws:ses:{SES_REGION}:{ACCOUNT}:configuration-set/{name}"


def deploy_events(emulator: Any, *, topic_set: str = NAMES.configuration_set, queue_policy: bool = True,
                  default_set: bool = True) -> dict[str, str]:
    """The domain's verified identity and its event chain, as the stack makes them (``modules/events.py``)."""
    sesv2, sns, sqs = (emulator.client(service, SES_REGION) for service in ("sesv2", "sns", "sqs"))
    route53 = emulator.client("route53")
    tokens = sesv2.create_email_identity(EmailIdentity=DOMAIN)["DkimAttributes"]["Tokens"]
    zone_id = route53.create_hosted_zone(Name=DOMAIN, CallerReference=DOMAIN)["HostedZone"]["Id"]
    route53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [
        {"Action": "UPSERT", "ResourceRecordSet": {
            "Name": f"{token}._domainkey.{DOMAIN}", "Type": "CNAME", "TTL": 1800,
            "ResourceRecords": [{"Value": f"{token}.dkim.amazonses.com"}]}}
        for token in tokens]})
    topic_arn = sns.create_topic(Name=NAMES.topic)["TopicArn"]
    sns.set_topic_attributes(TopicArn=topic_arn, AttributeName="Policy", AttributeValue=policy({
        "Effect": "Allow", "Principal": {"Service": "ses.amazonaws.com"}, "Action": "SNS:Publish",
        "Resource": topic_arn,
        "Condition": {"StringEquals": {"AWS:SourceAccount": ACCOUNT, "AWS:SourceArn": set_arn(topic_set)}},
    }))
    sesv2.create_configuration_set(ConfigurationSetName=NAMES.configuration_set)
    sesv2.create_configuration_set_event_destination(
        ConfigurationSetName=NAMES.configuration_set, EventDestinationName="sns",
        EventDestination={"Enabled": True, "MatchingEventTypes": ["BOUNCE", "COMPLAINT"],
                          "SnsDestination": {"TopicArn": topic_arn}})
    if default_set:
        sesv2.put_email_identity_configuration_set_attributes(EmailIdentity=DOMAIN,
                                                              ConfigurationSetName=NAMES.configuration_set)
    dead_letters = sqs.create_queue(QueueName=NAMES.dead_letter_queue)["QueueUrl"]
    dead_letters_arn = sqs.get_queue_attributes(QueueUrl=dead_letters, AttributeNames=["QueueArn"])[
        "Attributes"]["QueueArn"]
    queue_url = sqs.create_queue(QueueName=NAMES.queue, Attributes={
        "SqsManagedSseEnabled": "true",
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dead_letters_arn, "maxReceiveCount": 5})})["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    if queue_policy:
        sqs.set_queue_attributes(QueueUrl=queue_url, Attributes={"Policy": policy({
            "Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
            "Resource": queue_arn, "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}},
        })})
    sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn,
                  Attributes={"RawMessageDelivery": "false"})
    return {"topic_arn": topic_arn, "queue_url": queue_url, "dead_letters": dead_letters}


@pytest.fixture
def command(fresh, ops, tmp_path):
    """``python -m ops test-events ...`` with a config whose ``[domain.events]`` holds ``events`` (default: a queue)."""

    def run(*args: str, events: str = EVENTS):
        path = tmp_path / "domains.toml"
        path.write_text(config(DOMAIN, bucket="test-events", extra_domain_keys=events))
        return ops("test-events", *args, MAIL_DOMAINS_FILE=str(path))

    return run


def test_both_events_arrive_and_other_messages_stay_for_their_consumer(fresh, command):
    chain = deploy_events(fresh)
    sqs = fresh.client("sqs", SES_REGION)
    # The application's backlog, ahead of the test's events: more than one receive holds.
    backlog = [f'{{"from": "someone else", "n": {n}}}' for n in range(25)]
    for body in backlog:
        sqs.send_message(QueueUrl=chain["queue_url"], MessageBody=body)

    result = command(DOMAIN, "--timeout", "30")

    assert result.returncode == 0, result.stdout + result.stderr
    bounce = re.search(r"Bounce\s+Permanent/General\s+message (\S+)\s+arrived after \d+\.\d s", result.stdout)
    complaint = re.search(r"Complaint\s+feedback type abuse\s+message (\S+)\s+arrived after", result.stdout)
    assert bounce and complaint, result.stdout
    assert bounce.group(1) != complaint.group(1)
    assert result.stdout.rstrip().endswith("both events arrived")
    # The test's events were consumed; the others are left, visible at once, each received once by the
    # test (this receive is their second): released at once, they would come back at every receive and
    # reach the dead-letter queue after maxReceiveCount (5) receives.
    left: dict[str, str] = {}
    while messages := sqs.receive_message(QueueUrl=chain["queue_url"], MaxNumberOfMessages=10,
                                          AttributeNames=["ApproximateReceiveCount"]).get("Messages", []):
        left.update({message["Body"]: message["Attributes"]["ApproximateReceiveCount"] for message in messages})
    assert left == dict.fromkeys(backlog, "2")


def test_refusals_say_what_to_change(fresh, command):
    off = command(DOMAIN, events="\n[domain.events]\nenabled = false\n")
    assert off.returncode == 1 and "events are off for polplana.work" in off.stderr

    no_queue = command(DOMAIN, events='\n[domain.events]\nemail = ["ops@polplana.work"]\n')
    assert no_queue.returncode == 1
    assert "set `[domain.events] queue = true`" in no_queue.stderr and "ops@polplana.work" in no_queue.stderr

    bounces_only = command(DOMAIN, events='\n[domain.events]\nqueue = true\ntypes = ["BOUNCE", "DELIVERY"]\n')
    assert bounces_only.returncode == 1 and "add COMPLAINT to [domain.events] types" in bounces_only.stderr

    unknown = command("other.example")
    assert unknown.returncode == 2 and "other.example is not a domain of the config" in unknown.stderr
    assert command(DOMAIN, "--timeout", "0").returncode == 2


def test_an_unverified_identity_cannot_send(fresh, command):
    fresh.client("sesv2", SES_REGION).create_email_identity(EmailIdentity=DOMAIN)
    fresh.client("sqs", SES_REGION).create_queue(QueueName=NAMES.queue)

    result = command(DOMAIN, "--timeout", "2")

    assert result.returncode == 1
    assert "MessageRejected: Email address is not verified" in result.stderr
    assert f"test-events@{DOMAIN}" in result.stderr


@pytest.mark.parametrize(("chain", "where"), [
    ({"default_set": False},
     f"the identity's default configuration set is none, not {NAMES.configuration_set}"),
    ({"topic_set": "another-set"}, "the topic's policy does not let SES publish"),
    ({"queue_policy": False}, "the queue's policy does not let the topic send"),
])
def test_a_missing_event_is_traced_to_the_broken_link(fresh, command, chain, where):
    deploy_events(fresh, **chain)

    result = command(DOMAIN, "--timeout", "2")

    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count("MISSING") == 2
    assert result.stdout.count(where) == 2, result.stdout
    assert result.stdout.rstrip().endswith("an event is missing")


def test_an_event_in_the_dead_letter_queue_is_found_there(fresh, monkeypatch):
    from ops.test_events import diagnose, target_for

    chain = deploy_events(fresh)
    for key, value in fresh.env().items():
        monkeypatch.setenv(key, value)
    message_id = "0107018c00000000-00000000-0000-0000-0000-000000000000-000000"
    envelope = {"Type": "Notification", "Message": json.dumps(
        {"eventType": "Bounce", "mail": {"messageId": message_id}, "bounce": {}})}
    sqs = fresh.client("sqs", SES_REGION)
    sqs.send_message(QueueUrl=chain["dead_letters"], MessageBody=json.dumps(envelope))

    config_file = fresh.log_path.parent / "test-events-domains.toml"
    config_file.write_text(config(DOMAIN, bucket="test-events", extra_domain_keys=EVENTS))
    monkeypatch.setenv("MAIL_DOMAINS_FILE", str(config_file))
    where = diagnose(target_for(DOMAIN), "Bounce", message_id, chain["queue_url"])

    assert where.startswith(f"the event is in the dead-letter queue {NAMES.dead_letter_queue}")
    # Looking did not take it: it is still there, visible.
    assert len(sqs.receive_message(QueueUrl=chain["dead_letters"])["Messages"]) == 1
