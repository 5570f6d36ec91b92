"""SQS queue attributes as SQS keeps and renders them.

``SetQueueAttributes`` changes the attributes it names and no other (SQS API
reference). moto 5.2 dropped the queue's ``Policy`` whenever a request did
not name it: the AWS provider, updating only an ``aws_sqs_queue``'s
``redrive_policy``, removed the ``aws_sqs_queue_policy`` beside it, and SNS
could no longer deliver to the queue.

``GetQueueAttributes`` answers ``RedrivePolicy`` as compact JSON,
``{"deadLetterTargetArn":"arn:aws:sqs:...","maxReceiveCount":5}`` (SQS API
reference, ``SetQueueAttributes`` and the developer guide's dead-letter queue
examples). moto 5.2 wrote it with spaces after the separators, and the AWS
provider (5.100.0) then planned an ``aws_sqs_queue`` with a
``redrive_policy`` as changed on every plan ("whitespace changes").

``install()`` wraps moto's ``Queue._set_attributes`` and ``Queue.attributes``.
"""

from __future__ import annotations

import json
from typing import Any

from moto.sqs.models import Queue

_moto_attributes = Queue.attributes
_moto_set_attributes = Queue._set_attributes


def _set_attributes(self: Queue, attributes: dict[str, Any], now: float | None = None) -> None:
    kept = getattr(self, "_policy_json", None) if "Policy" not in attributes else None
    _moto_set_attributes(self, attributes, now)
    if kept is not None:
        self._policy_json = kept


def _attributes(self: Queue) -> dict[str, Any]:
    result: dict[str, Any] = _moto_attributes.fget(self)  # type: ignore[attr-defined]
    if self.redrive_policy:
        result["RedrivePolicy"] = json.dumps(self.redrive_policy, separators=(",", ":"))
    return result


def install() -> None:
    """Keep unnamed attributes, and render a compact ``RedrivePolicy``, on moto's ``Queue`` (once)."""
    if Queue.attributes is _moto_attributes:
        Queue.attributes = property(_attributes)  # type: ignore[assignment,method-assign]
        Queue._set_attributes = _set_attributes  # type: ignore[method-assign]
