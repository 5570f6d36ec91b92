"""``test-events DOMAIN``: prove that SES reports a domain's bounces and complaints to its queue.

Sends two messages through SES v2 in the domain's SES region, from
``test-events@<domain>`` and without a configuration set (so the identity's
default set must publish them): one to the mailbox simulator's bounce
address, one to its complaint address, paced by the account's maximum send
rate. Then it reads the domain's SQS queue (``Domain.names.queue``)
until SES's Bounce and Complaint events for those two messages have arrived
through the SNS topic, and reports them. Works the same against AWS and the
emulator: the simulator's messages count toward neither the daily quota nor
the reputation metrics (SES developer guide, "Using the mailbox simulator").

Only the test's own messages are consumed (deleted): any other message the
queue holds is received once, kept invisible until the test ends (at most its
timeout and 30 s), then made visible again and left for its consumer. That
receive counts toward the queue's five before a message goes to the dead-letter
queue.

When an event does not arrive in time, ``diagnose`` says where it went
missing, checking in order: the identity exists and is verified for sending;
its default configuration set is the domain's; the set has an enabled event
destination for the event type that publishes to the domain's topic; the
topic's policy lets ``ses.amazonaws.com`` publish for that set; the queue is
subscribed to the topic with raw message delivery off, and its policy lets
the topic send; the dead-letter queue does not hold the event.

Exit status (``python -m ops test-events``): 0 when both events arrived, 1
when one is missing or the test was refused (events off, no queue, types
without BOUNCE or COMPLAINT), 2 for bad usage (a domain not in the config).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ops.aws import OpsError, client

DEFAULT_TIMEOUT = 60.0
MAX_TIMEOUT = 3600.0
SENDER_LOCAL_PART = "test-events"
SIMULATOR = {"Bounce": "bounce@simulator.amazonses.com", "Complaint": "complaint@simulator.amazonses.com"}
EVENT_TYPES = {"Bounce": "BOUNCE", "Complaint": "COMPLAINT"}
RECEIVE_WAIT = 5  # seconds of SQS long polling per receive, at most
HOLD_MARGIN = 30  # seconds others' messages stay invisible past the test's end, should it die before releasing
HOLD_LIMIT = 12 * 3600  # SQS's longest visibility timeout
PEEK_ROUNDS = 3  # receives of the dead-letter queue when looking for the test's events


class UsageError(Exception):
    """A command line that cannot be run (exit status 2)."""


def timeout_seconds(text: str) -> float:
    """``--timeout``: a number of seconds, more than 0 and at most an hour."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_TIMEOUT):
        raise argparse.ArgumentTypeError(f"{text} seconds: give more than 0 and at most {MAX_TIMEOUT:g}")
    return seconds


@dataclass(frozen=True)
class Target:
    """Where a domain's events go: its SES region and the names its stack gives the set, topic and queues."""

    domain: str
    region: str
    configuration_set: str
    topic: str
    queue: str
    dead_letter_queue: str

    @property
    def sender(self) -> str:
        return f"{SENDER_LOCAL_PART}@{self.domain}"


@dataclass(frozen=True)
class Arrival:
    """One event the test received."""

    kind: str  # Bounce or Complaint
    message_id: str
    seconds: float
    bounce_type: str | None = None
    bounce_sub_type: str | None = None
    feedback_type: str | None = None

    def detail(self) -> str:
        if self.kind == "Bounce":
            return f"{self.bounce_type}/{self.bounce_sub_type}"
        return f"feedback type {self.feedback_type}"


@dataclass
class Report:
    target: Target
    sent: dict[str, str] = field(default_factory=dict)  # kind -> SES message id
    arrivals: dict[str, Arrival] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # kind -> where it went missing

    @property
    def complete(self) -> bool:
        return set(self.arrivals) == set(SIMULATOR)

    def render(self) -> str:
        target = self.target
        lines = [f"SES events of {target.domain} (SES {target.region}, queue {target.queue}):"]
        for kind in SIMULATOR:
            arrival = self.arrivals.get(kind)
            if arrival is not None:
                lines.append(f"  {kind:<9}  {arrival.detail():<28}  message {arrival.message_id}"
                             f"  arrived after {arrival.seconds:.1f} s")
            else:
                lines.append(f"  {kind:<9}  MISSING  message {self.sent.get(kind, '(not sent)')}")
                lines.append(f"             {self.problems.get(kind, '')}")
        lines.append("both events arrived" if self.complete else "an event is missing")
        return "\n".join(lines)


def target_for(domain_name: str) -> Target:
    """The configured domain's target; UsageError when it is not in the config, OpsError when it has no queue."""
    from stacks.config import ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as error:
        raise UsageError(str(error)) from None
    domain = next((entry for entry in config.domains if entry.name == domain_name), None)
    if domain is None:
        listed = ", ".join(entry.name for entry in config.domains) or "none"
        raise UsageError(f"{domain_name} is not a domain of the config (its domains: {listed})")
    events = domain.events
    if events is None:
        raise OpsError(f"events are off for {domain.name} ([domain.events] enabled = false): SES publishes no "
                       "bounces or complaints for it, so there is nothing to test")
    missing = [kind for kind in ("BOUNCE", "COMPLAINT") if kind not in events.types]
    if missing:
        raise OpsError(f"{domain.name} publishes {', '.join(events.types)} only: add {' and '.join(missing)} to "
                       "[domain.events] types (and deploy) to test bounces and complaints")
    if not events.queue:
        where = f" ({', '.join(events.email)})" if events.email else ""
        raise OpsError(f"{domain.name} has no events queue to read: set `[domain.events] queue = true` (and deploy), "
                       f"or send to the simulator yourself and watch the topic's email subscriptions{where}")
    names = domain.names
    return Target(domain=domain.name, region=domain.ses_region, configuration_set=names.configuration_set,
                  topic=names.topic, queue=names.queue, dead_letter_queue=names.dead_letter_queue)


def _error_code(error: Exception) -> str:
    response = getattr(error, "response", None)
    return str((response or {}).get("Error", {}).get("Code", ""))


def _queue_url(sqs: Any, name: str) -> str | None:
    import botocore.exceptions

    try:
        return str(sqs.get_queue_url(QueueName=name)["QueueUrl"])
    except botocore.exceptions.ClientError as error:
        if _error_code(error) in ("AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist"):
            return None
        raise


def event_of(body: str) -> dict[str, Any] | None:
    """The SES event in an SQS message body holding an SNS envelope (raw delivery off), else None."""
    try:
        envelope = json.loads(body)
        event = json.loads(envelope["Message"]) if envelope.get("Type") == "Notification" else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return event if isinstance(event, dict) and isinstance(event.get("mail"), dict) else None


def run_test(target: Target, timeout: float, *, clock: Callable[[], float] = time.monotonic,
             sleep: Callable[[float], None] = time.sleep) -> Report:
    """Send the two messages, wait up to ``timeout`` seconds for their events, diagnose what is missing."""
    sesv2, sqs = client("sesv2", target.region), client("sqs", target.region)
    report = Report(target)
    queue_url = _queue_url(sqs, target.queue)
    if queue_url is None:
        problem = f"the queue {target.queue} does not exist in {target.region}: deploy the domain's stack"
        report.problems = dict.fromkeys(SIMULATOR, problem)
        return report
    rate = float(sesv2.get_account().get("SendQuota", {}).get("MaxSendRate") or 1.0)
    sent_at: dict[str, float] = {}
    for index, (kind, recipient) in enumerate(SIMULATOR.items()):
        if index:
            sleep(1 / rate)  # the account's maximum send rate: the simulator's messages count toward it
        response = sesv2.send_email(
            FromEmailAddress=target.sender,
            Destination={"ToAddresses": [recipient]},
            Content={"Simple": {
                "Subject": {"Data": f"SES event test ({kind.lower()}) for {target.domain}"},
                "Body": {"Text": {"Data": f"python -m ops test-events {target.domain}: a {kind.lower()} test."}},
            }},
        )
        report.sent[kind] = str(response["MessageId"])
        sent_at[kind] = clock()
    deadline = clock() + timeout
    wanted = {message_id: kind for kind, message_id in report.sent.items()}
    # Messages that are not the test's belong to the application: each is received once and kept
    # invisible until the test ends, then made visible again. Released at once, it would come back at
    # the next receive, again and again, and a queue moves a message to its dead-letter queue after
    # `maxReceiveCount` receives.
    held: list[str] = []
    try:
        while not report.complete:
            remaining = deadline - clock()
            if remaining <= 0:
                break
            received = sqs.receive_message(
                QueueUrl=queue_url, MaxNumberOfMessages=10,
                WaitTimeSeconds=max(0, min(RECEIVE_WAIT, int(remaining))),
            ).get("Messages", [])
            for message in received:
                event = event_of(message.get("Body", ""))
                message_id = (event or {}).get("mail", {}).get("messageId")
                if event is None or message_id not in wanted:
                    sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"],
                                                  VisibilityTimeout=min(HOLD_LIMIT, int(remaining) + HOLD_MARGIN))
                    held.append(message["ReceiptHandle"])
                    continue
                sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
                kind = wanted[message_id]
                if event.get("eventType") == kind and kind not in report.arrivals:
                    report.arrivals[kind] = _arrival(kind, message_id, event, clock() - sent_at[kind])
    finally:
        for handle in held:
            sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=handle, VisibilityTimeout=0)
    for kind in SIMULATOR:
        if kind not in report.arrivals:
            report.problems[kind] = diagnose(target, kind, report.sent[kind], queue_url)
    return report


def _arrival(kind: str, message_id: str, event: dict[str, Any], seconds: float) -> Arrival:
    if kind == "Bounce":
        bounce = event.get("bounce") or {}
        return Arrival(kind, message_id, seconds, bounce_type=bounce.get("bounceType"),
                       bounce_sub_type=bounce.get("bounceSubType"))
    return Arrival(kind, message_id, seconds, feedback_type=(event.get("complaint") or {}).get("complaintFeedbackType"))


def diagnose(target: Target, kind: str, message_id: str, queue_url: str) -> str:
    """Where the ``kind`` event of ``message_id`` went missing: the first link that is not as the stack makes it."""
    from emulator.policies import Request, evaluate

    sesv2, sns, sqs = client("sesv2", target.region), client("sns", target.region), client("sqs", target.region)
    event_type = EVENT_TYPES[kind]
    # 1. The identity, verified for sending.
    identity = _get(lambda: sesv2.get_email_identity(EmailIdentity=target.domain), "NotFoundException")
    if identity is None:
        return f"the SES identity {target.domain} does not exist in {target.region}"
    if not identity.get("VerifiedForSendingStatus"):
        return (f"the SES identity {target.domain} is not verified for sending "
                f"(status {identity.get('VerificationStatus', 'unknown')}): check its DNS records (ops check-dns)")
    # 2. Its default configuration set.
    default_set = identity.get("ConfigurationSetName")
    if default_set != target.configuration_set:
        return (f"the identity's default configuration set is {default_set or 'none'}, not "
                f"{target.configuration_set}: messages sent without one publish no events to the domain's topic")
    # 3. An enabled destination for the type, to the domain's topic.
    destinations = _get(lambda: sesv2.get_configuration_set_event_destinations(
        ConfigurationSetName=target.configuration_set), "NotFoundException")
    if destinations is None:
        return f"the configuration set {target.configuration_set} does not exist"
    matching = [destination for destination in destinations.get("EventDestinations", [])
                if event_type in destination.get("MatchingEventTypes", [])]
    to_topic = [destination for destination in matching
                if (destination.get("SnsDestination") or {}).get("TopicArn", "").rsplit(":", 1)[-1] == target.topic]
    if not to_topic:
        return (f"no event destination of {target.configuration_set} publishes {event_type} events to the topic "
                f"{target.topic}")
    enabled = [destination for destination in to_topic if destination.get("Enabled")]
    if not enabled:
        return f"the event destination {to_topic[0]['Name']} of {target.configuration_set} is disabled"
    topic_arn = str(enabled[0]["SnsDestination"]["TopicArn"])
    # 4. The topic policy lets SES publish for the set.
    partition, account = topic_arn.split(":")[1], topic_arn.split(":")[4]
    set_arn = f"arn:{partition}:ses:{target.region}:{account}:configuration-set/{target.configuration_set}"
    topic = _get(lambda: sns.get_topic_attributes(TopicArn=topic_arn), "NotFound")
    if topic is None:
        return f"the topic {topic_arn} does not exist"
    decision = evaluate(topic["Attributes"].get("Policy"), Request(
        service_principal="ses.amazonaws.com", action="SNS:Publish", resource=topic_arn,
        context={"aws:SourceAccount": account, "aws:SourceArn": set_arn},
    ))
    if not decision.allowed:
        return f"the topic's policy does not let SES publish: {decision.reason}"
    # 5. The queue's subscription (raw delivery off) and policy.
    queue_arn = str(sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"])
    subscriptions = [subscription for page in sns.get_paginator("list_subscriptions_by_topic").paginate(
        TopicArn=topic_arn) for subscription in page["Subscriptions"]]
    subscription = next((item for item in subscriptions
                         if item["Protocol"] == "sqs" and item["Endpoint"] == queue_arn), None)
    if subscription is None:
        return f"the queue {target.queue} is not subscribed to the topic {target.topic}"
    attributes = sns.get_subscription_attributes(SubscriptionArn=subscription["SubscriptionArn"])["Attributes"]
    if attributes.get("PendingConfirmation") == "true":
        return f"the queue's subscription to {target.topic} is pending confirmation"
    if attributes.get("RawMessageDelivery") == "true":
        return ("the queue's subscription has raw message delivery on: events arrive without the SNS envelope "
                "the stack's consumers read (the stack subscribes with raw delivery off)")
    queue_policy = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["Policy"]).get(
        "Attributes", {}).get("Policy")
    decision = evaluate(queue_policy, Request(
        service_principal="sns.amazonaws.com", action="sqs:SendMessage", resource=queue_arn,
        context={"aws:SourceArn": topic_arn, "aws:SourceAccount": account},
    ))
    if not decision.allowed:
        return f"the queue's policy does not let the topic send: {decision.reason}"
    # 6. The dead-letter queue.
    dead_letters = _queue_url(sqs, target.dead_letter_queue)
    if dead_letters is not None and _peek(sqs, dead_letters, message_id):
        return (f"the event is in the dead-letter queue {target.dead_letter_queue}: another consumer of the queue "
                "received it without deleting it")
    return ("every link checks out: the event may be late (try a longer --timeout), or another consumer of "
            f"{target.queue} took it")


def _get(call: Callable[[], Any], missing_code: str) -> Any:
    """``call()``, or None when it fails with ``missing_code``."""
    import botocore.exceptions

    try:
        return call()
    except botocore.exceptions.ClientError as error:
        if _error_code(error) == missing_code:
            return None
        raise


def _peek(sqs: Any, queue_url: str, message_id: str) -> bool:
    """Whether the queue holds an event of ``message_id``; every message seen is made visible again at once."""
    found = False
    for _ in range(PEEK_ROUNDS):
        messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
        for message in messages:
            event = event_of(message.get("Body", ""))
            found = found or (event or {}).get("mail", {}).get("messageId") == message_id
            sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"],
                                          VisibilityTimeout=0)
        if found or not messages:
            break
    return found


def main(domain: str, timeout: float) -> int:
    """The ``test-events`` command: print the report; 0 when both events arrived, 1 if not, 2 for bad usage."""
    try:
        target = target_for(domain)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    report = run_test(target, timeout)
    print(report.render())
    return 0 if report.complete else 1
