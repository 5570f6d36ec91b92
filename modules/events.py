"""Bounces and complaints: a configuration set whose event destination publishes to an SNS topic, and on.

SES reports what happens to each message (bounces, complaints, deliveries, ...) through
the configuration set the message is sent with: the identity's default set when the
message names none. Here a set publishes the chosen event types to an SNS topic whose
policy allows SES to publish for this account and this configuration set only (AWS's
documented topic policy for event publishing; it grants nothing else),
and, as asked, on to email addresses and to an SQS queue with a dead-letter queue. The
queue's subscription keeps raw delivery off, so each message is the SNS envelope whose
``Message`` is SES's event JSON, as AWS sends it.

The ARNs in the policies are written out from the partition, region, account and names
(``ses_arn``), not read from the resources, so they are right also where the provider
does not know the account (``skip_requesting_account_id``).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from cdktf import TerraformProvider
from constructs import Construct

from imports import (
    DataAwsCallerIdentity,
    Sesv2ConfigurationSet,
    Sesv2ConfigurationSetEventDestination,
    Sesv2ConfigurationSetEventDestinationEventDestination,
    Sesv2ConfigurationSetEventDestinationEventDestinationSnsDestination,
    Sesv2ConfigurationSetReputationOptions,
    SnsTopic,
    SnsTopicPolicy,
    SnsTopicSubscription,
    SqsQueue,
    SqsQueuePolicy,
)
from modules.values import EVENT_DESTINATION_NAME, Adoption, EventHandling, ResourceNames

__all__ = ["EVENT_DESTINATION_NAME", "EmailEvents"]
QUEUE_RETENTION_SECONDS = 14 * 24 * 3600  # SQS's longest: events outlive an application's outage
MAX_RECEIVE_COUNT = 5  # deliveries of one message before it goes to the dead-letter queue


def policy_document(*statements: dict[str, Any]) -> str:
    """An IAM policy document (JSON text; Terraform tokens inside strings resolve at apply)."""
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)}, indent=2)


def ses_arn(*, partition: str, region: str, account_id: str, resource: str) -> str:
    """``arn:<partition>:ses:<region>:<account>:<resource>`` (``identity/<name>``, ``configuration-set/<name>``)."""
    return f"arn:{partition}:ses:{region}:{account_id}:{resource}"


def account_id_of(scope: Construct, account_id: str | None) -> str:
    """``account_id``, else the account of the credentials (a ``aws_caller_identity`` read in ``scope``)."""
    if account_id is not None:
        return account_id
    return DataAwsCallerIdentity(scope, "account").account_id


def _email_id(address: str) -> str:
    """A construct id of its own per address (not its position: removing one leaves the others alone);
    the hash tells apart addresses that differ only in punctuation (``a.b@`` and ``a_b@``)."""
    lowered = address.lower()
    return f"email_{re.sub(r'[^a-z0-9]+', '_', lowered).strip('_')}_{hashlib.sha256(lowered.encode()).hexdigest()[:8]}"


class EmailEvents(Construct):
    """A configuration set publishing SES events to an SNS topic, with email and queue subscribers.

    Keyword arguments:

    - ``names``: the ``ResourceNames`` (configuration set, topic, queues) to create.
    - ``ses_region``: the SES region; the set, the topic and the queues live there (SES
      publishes only to a topic in its own region), through ``ses_provider``.
    - ``ses_provider``: the ``AwsProvider`` for ``ses_region``. Default: the stack's default provider.
    - ``handling``: the ``EventHandling`` (event types, email subscribers, queue). Default:
      ``EventHandling()``: bounces and complaints, to the topic only.
    - ``partition``: the AWS partition of ``ses_region``. Default: ``aws``.
    - ``account_id``: the AWS account (for the topic policy). Default: read from the
      credentials (``aws_caller_identity``).
    - ``adopt``: what exists already (``Adoption``), as left by an apply that was killed before
      it saved it: the set (``events_configuration_set``), its destination (``events_destination``),
      the topic (``events_topic``) and the queues (``events_queues``, by URL) are imported.
      Default: ``None``. (Subscriptions and policies need no import: setting them again is the same.)

    Set the identity's default configuration set to ``configuration_set_name`` so that every
    message is covered (``SesDomainIdentity(configuration_set_name=...)``).

    Attributes: ``configuration_set_name``, ``configuration_set_arn``, ``topic_arn``,
    ``queue_url`` and ``dead_letter_queue_url`` (``None`` without a queue), and the resources
    ``configuration_set``, ``destination``, ``topic``, ``topic_policy``, ``queue``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        names: ResourceNames,
        ses_region: str,
        ses_provider: TerraformProvider | None = None,
        handling: EventHandling = EventHandling(),
        partition: str = "aws",
        account_id: str | None = None,
        adopt: Adoption | None = None,
    ) -> None:
        super().__init__(scope, id)
        adopt = adopt or Adoption()
        account = account_id_of(self, account_id)
        self.configuration_set = Sesv2ConfigurationSet(
            self,
            "configuration_set",
            configuration_set_name=names.configuration_set,
            # Bounce and complaint rates per set in CloudWatch, for alarms.
            reputation_options=Sesv2ConfigurationSetReputationOptions(reputation_metrics_enabled=True),
            provider=ses_provider,
        )
        if adopt.events_configuration_set:
            self.configuration_set.import_from(names.configuration_set, ses_provider)
        self.configuration_set_name = self.configuration_set.configuration_set_name
        self.configuration_set_arn = ses_arn(partition=partition, region=ses_region, account_id=account,
                                             resource=f"configuration-set/{names.configuration_set}")
        self.topic = SnsTopic(self, "topic", name=names.topic, provider=ses_provider)
        if adopt.events_topic is not None:
            self.topic.import_from(adopt.events_topic, ses_provider)
        self.topic_arn = self.topic.arn
        self.topic_policy = SnsTopicPolicy(
            self,
            "topic_policy",
            arn=self.topic.arn,
            policy=policy_document({
                "Sid": "SesPublishesEventsOfThisConfigurationSet",
                "Effect": "Allow",
                "Principal": {"Service": "ses.amazonaws.com"},
                "Action": "SNS:Publish",
                "Resource": self.topic.arn,
                "Condition": {"StringEquals": {
                    "AWS:SourceAccount": account,
                    "AWS:SourceArn": self.configuration_set_arn,
                }},
            }),
            provider=ses_provider,
        )
        self.destination = Sesv2ConfigurationSetEventDestination(
            self,
            "destination",
            configuration_set_name=self.configuration_set.configuration_set_name,
            event_destination_name=EVENT_DESTINATION_NAME,
            event_destination=Sesv2ConfigurationSetEventDestinationEventDestination(
                enabled=True,
                matching_event_types=list(handling.types),
                sns_destination=Sesv2ConfigurationSetEventDestinationEventDestinationSnsDestination(
                    topic_arn=self.topic.arn
                ),
            ),
            provider=ses_provider,
            # Publishing starts once SES may publish.
            depends_on=[self.topic_policy],
        )
        if adopt.events_destination:
            # The provider's import id: "<configuration set>|<destination>".
            self.destination.import_from(f"{names.configuration_set}|{EVENT_DESTINATION_NAME}", ses_provider)
        for address in handling.email:
            SnsTopicSubscription(self, _email_id(address), topic_arn=self.topic.arn, protocol="email",
                                 endpoint=address, provider=ses_provider)
        self.queue: SqsQueue | None = None
        self.queue_url: str | None = None
        self.dead_letter_queue_url: str | None = None
        if handling.queue:
            self._add_queue(names, ses_provider, adopt)

    def _add_queue(self, names: ResourceNames, provider: TerraformProvider | None, adopt: Adoption) -> None:
        dead_letters = SqsQueue(self, "dead_letter_queue", name=names.dead_letter_queue,
                                message_retention_seconds=QUEUE_RETENTION_SECONDS, sqs_managed_sse_enabled=True,
                                provider=provider)
        self.queue = queue = SqsQueue(
            self,
            "queue",
            name=names.queue,
            message_retention_seconds=QUEUE_RETENTION_SECONDS,
            sqs_managed_sse_enabled=True,
            redrive_policy=json.dumps({"deadLetterTargetArn": dead_letters.arn,
                                       "maxReceiveCount": MAX_RECEIVE_COUNT}),
            provider=provider,
        )
        for resource, name in ((dead_letters, names.dead_letter_queue), (queue, names.queue)):
            url = next((url for url in adopt.events_queues if url.rstrip("/").rsplit("/", 1)[-1] == name), None)
            if url is not None:
                resource.import_from(url, provider)
        policy = SqsQueuePolicy(
            self,
            "queue_policy",
            queue_url=queue.url,
            policy=policy_document({
                "Sid": "TopicSendsEvents",
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue.arn,
                "Condition": {"ArnEquals": {"aws:SourceArn": self.topic.arn}},
            }),
            provider=provider,
        )
        SnsTopicSubscription(
            self,
            "queue_subscription",
            topic_arn=self.topic.arn,
            protocol="sqs",
            endpoint=queue.arn,
            # The SNS envelope stays: its Message is SES's event JSON, as AWS delivers it.
            raw_message_delivery=False,
            provider=provider,
            depends_on=[policy],
        )
        self.queue_url = queue.url
        self.dead_letter_queue_url = dead_letters.url
