"""SNS deliveries to SQS queues, subject to the queue's policy, and the envelope's unsubscribe link.

SNS delivers to an SQS subscription as the service principal
``sns.amazonaws.com``; the queue accepts the message only when its access
policy allows ``sqs:SendMessage`` for that principal with the topic's ARN
as ``aws:SourceArn`` (SNS developer guide, "Fanout to Amazon SQS queues":
"the queue's policy must allow the topic to send messages", and "Example
cases for Amazon SNS access control", "Publish messages to an Amazon SQS
queue"). Without such a statement, in the same account too, SNS's delivery
fails and the message is lost for that subscriber (the topic's
``NumberOfNotificationsFailed`` metric counts it); no error reaches the
publisher. moto 5.2 delivered every message, and a subscription to a queue
that does not exist raised into the publisher's request (an SES SendEmail
failed because an event could not be delivered). Here the policy is
evaluated with ``emulator.policies``; a message not delivered is kept with
the reason (``SnsDeliveries.undelivered``, read at
``/_emulator/sns/undelivered-messages``).

moto's envelope (raw message delivery off) also named a fixed subscription
in another region in ``UnsubscribeURL``; SNS's points at the subscription
itself: ``https://sns.<region>.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=<arn>``.

``install()`` wraps moto's ``Subscription.publish`` and ``get_post_data``.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from moto.core.base_backend import BackendDict, BaseBackend
from moto.core.utils import utcnow
from moto.sns.models import Subscription
from moto.sqs.models import sqs_backends

from emulator import policies

SNS_PRINCIPAL = "sns.amazonaws.com"


class SnsDeliveries(BaseBackend):
    """Messages SNS could not deliver in one account and region (reset with the rest of moto)."""

    def __init__(self, region_name: str, account_id: str):
        super().__init__(region_name, account_id)
        self.undelivered: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def record(self, subscription: Subscription, message_id: str, reason: str) -> None:
        with self.lock:
            self.undelivered.append({
                "time": _iso(utcnow()),
                "messageId": message_id,
                "topicArn": subscription.topic.arn,
                "subscriptionArn": subscription.arn,
                "protocol": subscription.protocol,
                "endpoint": subscription.endpoint,
                "reason": reason,
            })


sns_deliveries = BackendDict(SnsDeliveries, "sns")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def queue_refusal(subscription: Subscription) -> str | None:
    """Why the subscription's queue does not take SNS's message; None when it does."""
    parts = subscription.endpoint.split(":")
    if len(parts) != 6 or parts[2] != "sqs":
        return f"{subscription.endpoint} is not an SQS queue ARN"
    region, account, name = parts[3], parts[4], parts[5]
    account_backends = sqs_backends.get(account)
    backend = account_backends.get(region) if account_backends else None
    queue = backend.queues.get(name) if backend is not None else None
    if queue is None:
        return f"the queue {subscription.endpoint} does not exist"
    topic = subscription.topic
    decision = policies.evaluate(queue.policy, policies.Request(
        service_principal=SNS_PRINCIPAL, action="sqs:SendMessage", resource=queue.queue_arn,
        context={"aws:SourceArn": topic.arn, "aws:SourceAccount": topic.account_id},
    ))
    return None if decision.allowed else f"the queue policy does not let SNS send: {decision.reason}"


_moto_publish = Subscription.publish
_moto_post_data = Subscription.get_post_data


def _publish(self: Subscription, message: str, message_id: str, subject: str | None = None,
             message_attributes: dict[str, Any] | None = None, group_id: str | None = None,
             deduplication_id: str | None = None, message_structure: str | None = None) -> None:
    filtered_out = self._filter_policy_matcher is not None and not self._filter_policy_matcher.matches(
        message_attributes, message
    )
    if self.protocol == "sqs" and not filtered_out:
        refusal = queue_refusal(self)
        if refusal is not None:
            topic = self.topic
            sns_deliveries[topic.account_id][topic.sns_backend.region_name].record(self, message_id, refusal)
            return
    _moto_publish(self, message, message_id, subject=subject, message_attributes=message_attributes,
                  group_id=group_id, deduplication_id=deduplication_id, message_structure=message_structure)


def _get_post_data(self: Subscription, message: str, message_id: str, subject: str | None,
                   message_attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = _moto_post_data(self, message, message_id, subject, message_attributes=message_attributes)
    region = self.topic.sns_backend.region_name
    data["UnsubscribeURL"] = f"https://sns.{region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={self.arn}"
    return data


def install() -> None:
    """Put the queue-policy check and SNS's unsubscribe link on moto's ``Subscription`` (once)."""
    if Subscription.publish is not _publish:
        Subscription.publish = _publish  # type: ignore[method-assign]
        Subscription.get_post_data = _get_post_data  # type: ignore[method-assign]
