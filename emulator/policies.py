"""Resource-based access policies evaluated for an AWS service acting for an account.

When SES publishes an event to an SNS topic, or SNS delivers a message to an
SQS queue, no IAM user signs a request: the service itself (the principal
``ses.amazonaws.com`` or ``sns.amazonaws.com``) acts, and only the
resource's own policy (the topic's, the queue's) can let it. AWS evaluates
that policy with the request's context; for a service acting on behalf of an
account the context holds ``aws:SourceAccount`` and ``aws:SourceArn`` (and,
for the services that set it before ``aws:SourceAccount`` existed,
``aws:SourceOwner``). moto evaluates policies without a principal of this
kind and ignores the condition operators it does not know, so it would let
everything through; ``evaluate`` applies the rules of the IAM policy
language instead:

* a statement applies when its principal, action, resource and every
  condition match; ``Principal: "*"`` and ``{"AWS": "*"}`` match any
  principal, ``{"Service": ...}`` the named service;
* actions and resources compare with ``*`` and ``?`` wildcards, actions
  without regard to case (``SNS:Publish`` is ``sns:publish``); condition
  keys are case-insensitive too, values are not (but for ``...IgnoreCase``);
* an explicit Deny wins over any Allow; with no Allow the request is
  implicitly denied.

Condition operators: the ``String``, ``Arn``, ``Bool`` and ``Null`` families,
negated forms, and the ``IfExists`` suffix. A negated operator holds when
the key is absent, a positive one does not (unless ``IfExists``). An
operator this module does not know makes its statement not match, as if the
condition failed, and the reason says so.

References: the IAM User Guide's "Policy evaluation logic", "IAM JSON policy
elements: Condition operators" and "AWS global condition context keys"; the
SNS developer guide's "Example cases for Amazon SNS access control"; the SES
developer guide's topic policy for event publishing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

_STRING_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "StringEquals": lambda actual, expected: actual == expected,
    "StringEqualsIgnoreCase": lambda actual, expected: actual.lower() == expected.lower(),
    "StringLike": lambda actual, expected: fnmatchcase(actual, expected),
    "ArnEquals": lambda actual, expected: _arn_like(actual, expected),
    "ArnLike": lambda actual, expected: _arn_like(actual, expected),
    "Bool": lambda actual, expected: actual.lower() == expected.lower(),
}
_NEGATED = {
    "StringNotEquals": "StringEquals",
    "StringNotEqualsIgnoreCase": "StringEqualsIgnoreCase",
    "StringNotLike": "StringLike",
    "ArnNotEquals": "ArnEquals",
    "ArnNotLike": "ArnLike",
}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _arn_like(actual: str, expected: str) -> bool:
    """ArnEquals/ArnLike: each of the six colon-separated parts matches, with wildcards."""
    actual_parts, expected_parts = actual.split(":", 5), expected.split(":", 5)
    if len(actual_parts) != 6 or len(expected_parts) != 6:
        return False
    return all(fnmatchcase(a, e) for a, e in zip(actual_parts, expected_parts, strict=True))


@dataclass(frozen=True)
class Request:
    """What a service asks of a resource: who (a service principal), what, on which resource, in which context."""

    service_principal: str
    action: str
    resource: str
    context: Mapping[str, str]

    def value(self, key: str) -> str | None:
        lowered = key.lower()
        return next((value for name, value in self.context.items() if name.lower() == lowered), None)


@dataclass(frozen=True)
class Decision:
    """The outcome, and why, in words a test or an operator can read."""

    allowed: bool
    reason: str


def evaluate(policy: str | None, request: Request) -> Decision:
    """Whether ``policy`` (a JSON policy document, or None for none) lets ``request`` through."""
    what = f"{request.service_principal} to {request.action} on {request.resource}"
    if not policy:
        return Decision(False, f"the resource has no policy: nothing allows {what}")
    try:
        document = json.loads(policy)
    except json.JSONDecodeError:
        return Decision(False, f"the resource policy is not JSON: nothing allows {what}")
    statements = _as_list(document.get("Statement") if isinstance(document, dict) else None)
    allowing: list[str] = []
    unknown: list[str] = []
    for index, statement in enumerate(statements):
        if not isinstance(statement, dict):
            continue
        label = str(statement.get("Sid") or f"statement {index + 1}")
        matched, unknown_operators = _applies(statement, request)
        unknown += unknown_operators
        if not matched:
            continue
        if statement.get("Effect") == "Deny":
            return Decision(False, f"statement {label!r} of the resource policy denies {what}")
        if statement.get("Effect") == "Allow":
            allowing.append(label)
    if allowing:
        return Decision(True, f"statement {allowing[0]!r} of the resource policy allows {what}")
    detail = f" (condition operators not evaluated: {', '.join(sorted(set(unknown)))})" if unknown else ""
    context = ", ".join(f"{key}={value}" for key, value in request.context.items())
    return Decision(False, f"no statement of the resource policy allows {what} with {context}{detail}")


def _applies(statement: dict[str, Any], request: Request) -> tuple[bool, list[str]]:
    """Whether the statement covers the request, and the condition operators it could not evaluate."""
    if not _principal_matches(statement, request.service_principal):
        return False, []
    if not _element_matches(statement, "Action", request.action, ignore_case=True):
        return False, []
    if not _element_matches(statement, "Resource", request.resource, ignore_case=False):
        return False, []
    return _conditions_hold(statement.get("Condition") or {}, request)


def _principal_matches(statement: dict[str, Any], service: str) -> bool:
    if "NotPrincipal" in statement:
        return not _principal_in(statement["NotPrincipal"], service)
    return _principal_in(statement.get("Principal"), service)


def _principal_in(principal: Any, service: str) -> bool:
    if principal == "*":
        return True
    if not isinstance(principal, dict):
        return False
    return "*" in _as_list(principal.get("AWS")) or service in _as_list(principal.get("Service"))


def _element_matches(statement: dict[str, Any], element: str, value: str, *, ignore_case: bool) -> bool:
    """``Action``/``Resource`` (or their ``Not`` forms) against ``value``, with wildcards."""

    def matches(pattern: Any) -> bool:
        if not isinstance(pattern, str):
            return False
        if ignore_case:
            return fnmatchcase(value.lower(), pattern.lower())
        return fnmatchcase(value, pattern)

    if f"Not{element}" in statement:
        return not any(matches(pattern) for pattern in _as_list(statement[f"Not{element}"]))
    return any(matches(pattern) for pattern in _as_list(statement.get(element)))


def _conditions_hold(conditions: dict[str, Any], request: Request) -> tuple[bool, list[str]]:
    unknown: list[str] = []
    for operator, entries in conditions.items():
        if not isinstance(entries, dict):
            return False, unknown
        for key, expected in entries.items():
            holds = _condition_holds(operator, request.value(key), [str(item) for item in _as_list(expected)])
            if holds is None:
                unknown.append(operator)
                return False, unknown
            if not holds:
                return False, unknown
    return True, unknown


def _condition_holds(operator: str, actual: str | None, expected: list[str]) -> bool | None:
    """One condition; None for an operator this module does not know."""
    if_exists = operator.endswith("IfExists")
    base = operator.removesuffix("IfExists")
    if base == "Null":
        wanted_absent = any(value.lower() == "true" for value in expected)
        return (actual is None) == wanted_absent
    if base in _NEGATED:
        if actual is None:
            return True
        return not any(_STRING_OPERATORS[_NEGATED[base]](actual, value) for value in expected)
    if base in _STRING_OPERATORS:
        if actual is None:
            return if_exists
        return any(_STRING_OPERATORS[base](actual, value) for value in expected)
    return None
