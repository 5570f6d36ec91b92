"""EmailEvents alone: configuration set, event destination, topic and its policy, subscribers, queue."""

from __future__ import annotations

import json

import pytest

from alone import SES_REGION, Synthesized, new_stack, synth
from modules.events import EVENT_DESTINATION_NAME, MAX_RECEIVE_COUNT, QUEUE_RETENTION_SECONDS, EmailEvents
from modules.values import EventHandling, resource_names

NAMES = resource_names("example-com")


def queue_ref(out: Synthesized, *, dead_letters: bool = False) -> str:
    (name,) = [name for name, body in out.resources("aws_sqs_queue").items()
               if body["name"].endswith("-dlq") == dead_letters]
    return f"aws_sqs_queue.{name}"


def build(**kwargs) -> tuple[EmailEvents, Synthesized]:
    stack, ses = new_stack()
    events = EmailEvents(stack, "events", names=NAMES, ses_region=SES_REGION, ses_provider=ses, **kwargs)
    return events, synth(stack)


@pytest.fixture(scope="module")
def default() -> tuple[EmailEvents, Synthesized]:
    return build()


@pytest.fixture(scope="module")
def everything() -> tuple[EmailEvents, Synthesized]:
    return build(handling=EventHandling(types=("BOUNCE", "COMPLAINT", "DELIVERY"),
                                        email=("ops@example.com", "Alerts@Example.com"), queue=True),
                 account_id="123456789012", partition="aws-cn")


def test_a_configuration_set_with_reputation_metrics_in_the_ses_region(default):
    _, out = default
    configuration_set = out.one("aws_sesv2_configuration_set")
    assert configuration_set["configuration_set_name"] == "example-com"
    assert configuration_set["reputation_options"] == {"reputation_metrics_enabled": True}
    assert configuration_set["provider"] == "aws.ses"


def test_bounces_and_complaints_go_to_the_topic_by_default(default):
    _, out = default
    destination = out.one("aws_sesv2_configuration_set_event_destination")
    assert destination["event_destination_name"] == EVENT_DESTINATION_NAME
    assert destination["configuration_set_name"] == out.expr("aws_sesv2_configuration_set", "configuration_set_name")
    assert destination["event_destination"] == {
        "enabled": True,
        "matching_event_types": ["BOUNCE", "COMPLAINT"],
        "sns_destination": {"topic_arn": out.expr("aws_sns_topic", "arn")},
    }
    assert destination["provider"] == "aws.ses"
    # Publishing starts only once SES may publish to the topic.
    assert destination["depends_on"] == [out.ref("aws_sns_topic_policy")]


def test_the_topic_is_in_the_ses_region_and_named_for_the_stack(default):
    _, out = default
    topic = out.one("aws_sns_topic")
    assert (topic["name"], topic["provider"]) == ("example-com-ses-events", "aws.ses")


def test_only_ses_of_this_account_for_this_configuration_set_may_publish(default):
    _, out = default
    policy = out.one("aws_sns_topic_policy")
    assert policy["arn"] == out.expr("aws_sns_topic", "arn")
    document = json.loads(policy["policy"])
    account = f"${{{out.data_ref('aws_caller_identity')}.account_id}}"
    assert document["Statement"] == [{
        "Sid": "SesPublishesEventsOfThisConfigurationSet",
        "Effect": "Allow",
        "Principal": {"Service": "ses.amazonaws.com"},
        "Action": "SNS:Publish",
        "Resource": out.expr("aws_sns_topic", "arn"),
        "Condition": {"StringEquals": {
            "AWS:SourceAccount": account,
            "AWS:SourceArn": f"arn:aws:ses:{SES_REGION}:{account}:configuration-set/example-com",
        }},
    }]


def test_no_queue_and_no_subscriber_by_default(default):
    events, out = default
    assert out.resources("aws_sqs_queue") == {}
    assert out.resources("aws_sns_topic_subscription") == {}
    assert events.queue_url is None and events.dead_letter_queue_url is None


def test_a_given_account_and_partition_are_used_and_nothing_is_read(everything):
    events, out = everything
    assert out.doc.get("data") is None
    assert events.configuration_set_arn == "arn:aws-cn:ses:eu-west-3:123456789012:configuration-set/example-com"
    condition = json.loads(out.one("aws_sns_topic_policy")["policy"])["Statement"][0]["Condition"]
    assert condition["StringEquals"]["AWS:SourceAccount"] == "123456789012"


def test_the_event_types_asked_for_are_published(everything):
    _, out = everything
    destination = out.one("aws_sesv2_configuration_set_event_destination")
    assert destination["event_destination"]["matching_event_types"] == ["BOUNCE", "COMPLAINT", "DELIVERY"]


def test_each_address_is_subscribed_by_email_under_an_id_of_its_own(everything):
    _, out = everything
    subscriptions = out.resources("aws_sns_topic_subscription")
    by_endpoint = {body["endpoint"]: (name, body) for name, body in subscriptions.items()
                   if body["protocol"] == "email"}
    assert sorted(by_endpoint) == ["Alerts@Example.com", "ops@example.com"]
    name, body = by_endpoint["ops@example.com"]
    # The id comes from the address, not its position: removing one address leaves the others alone.
    assert name.startswith("events_email_ops_example_com_")
    assert body["topic_arn"] == out.expr("aws_sns_topic", "arn")


def test_the_queue_has_a_dead_letter_queue_and_keeps_events_fourteen_days(everything):
    _, out = everything
    queues = {body["name"]: body for body in out.resources("aws_sqs_queue").values()}
    assert sorted(queues) == ["example-com-ses-events", "example-com-ses-events-dlq"]
    queue, dead_letters = queues["example-com-ses-events"], queues["example-com-ses-events-dlq"]
    dead_letters_arn = f"${{{queue_ref(out, dead_letters=True)}.arn}}"
    assert json.loads(queue["redrive_policy"]) == {"deadLetterTargetArn": dead_letters_arn,
                                                   "maxReceiveCount": MAX_RECEIVE_COUNT}
    for body in (queue, dead_letters):
        assert body["sqs_managed_sse_enabled"] is True
        assert body["message_retention_seconds"] == QUEUE_RETENTION_SECONDS
        assert body["provider"] == "aws.ses"


def test_the_queue_gets_the_sns_envelope_and_only_the_topic_may_send(everything):
    _, out = everything
    queue = queue_ref(out)
    (subscription,) = [body for body in out.resources("aws_sns_topic_subscription").values()
                       if body["protocol"] == "sqs"]
    assert subscription["endpoint"] == f"${{{queue}.arn}}"
    assert subscription["raw_message_delivery"] is False
    assert subscription["depends_on"] == [out.ref("aws_sqs_queue_policy")]
    policy = out.one("aws_sqs_queue_policy")
    assert policy["queue_url"] == f"${{{queue}.url}}"
    assert json.loads(policy["policy"])["Statement"] == [{
        "Sid": "TopicSendsEvents",
        "Effect": "Allow",
        "Principal": {"Service": "sns.amazonaws.com"},
        "Action": "sqs:SendMessage",
        "Resource": f"${{{queue}.arn}}",
        "Condition": {"ArnEquals": {"aws:SourceArn": out.expr("aws_sns_topic", "arn")}},
    }]


def test_addresses_that_differ_only_in_punctuation_are_each_subscribed():
    _, out = build(handling=EventHandling(email=("a.b@example.com", "a_b@example.com")))
    subscriptions = out.resources("aws_sns_topic_subscription")
    assert sorted(body["endpoint"] for body in subscriptions.values()) == ["a.b@example.com", "a_b@example.com"]


@pytest.mark.parametrize("handling, message", [
    ({"types": ()}, "types is empty"),
    ({"types": ("BOUNCE", "BOUNCE")}, "'BOUNCE' twice"),
    ({"email": ("a@example.com", "A@example.com")}, "'a@example.com' twice"),
    ({"email": ("not-an-address",)}, "is not an email address"),
    ({"types": ("BOUNCES",)}, "BOUNCE"),
])
def test_event_handling_validates_itself(handling, message):
    with pytest.raises(ValueError, match=message):
        EventHandling(**handling)
