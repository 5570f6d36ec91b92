"""Bucket policies that depend on the request, as S3 evaluates them.

moto 5.2 evaluates a bucket policy's statements without the request's
context and ignores condition operators it does not know (``Bool`` among
them), so a statement such as "Deny s3:* when aws:SecureTransport is false"
denies every request. AWS applies a statement only when its conditions hold.
This module gives moto the ``Bool`` operator, the request's
``aws:SecureTransport``, and that rule; ``install()`` applies them.

The statement rule is patched on moto's IAM policy class, which S3 bucket
policies are evaluated with.
"""

from __future__ import annotations

import contextvars
from typing import Any

from moto.iam import access_control, policy_conditions
from moto.s3.models import FakeBucket

# Set per request by the emulator's WSGI app; the werkzeug server runs each request in its own thread.
request_context: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("request_context")


def context_for(environ: dict[str, Any]) -> dict[str, str]:
    return {"aws:SecureTransport": "true" if environ.get("wsgi.url_scheme") == "https" else "false"}


def _bool_operation(expected_value: list[str] | str, actual_value: str) -> bool:  # parameters named as moto's
    values = expected_value if isinstance(expected_value, list) else [expected_value]
    return actual_value.lower() in {str(value).lower() for value in values}


def _get_permission(self: FakeBucket, action: str, resource: str) -> Any:
    if self.policy is None:
        return access_control.PermissionResult.NEUTRAL
    policy = access_control.IAMPolicy(self.policy.decode())
    return policy.is_action_permitted(action, resource, incoming_condition_values=request_context.get({}))


_moto_is_action_permitted = access_control.IAMPolicyStatement.is_action_permitted


def _is_action_permitted(self: access_control.IAMPolicyStatement, action: str, resource: str = "*",
                         principal: str | None = None,
                         incoming_condition_values: dict[str, str] | None = None) -> Any:
    # A statement whose conditions do not hold does not apply; moto would DENY.
    if incoming_condition_values is not None and not self._check_conditions(incoming_condition_values):
        return access_control.PermissionResult.NEUTRAL
    return _moto_is_action_permitted(self, action, resource, principal, incoming_condition_values)


def install() -> None:
    policy_conditions.CONDITION_OPERATIONS.setdefault("Bool", _bool_operation)
    FakeBucket.get_permission = _get_permission  # type: ignore[method-assign]
    access_control.IAMPolicyStatement.is_action_permitted = _is_action_permitted  # type: ignore[method-assign]
