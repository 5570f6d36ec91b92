"""SES v1 receipt rules and IP filters: the operations moto 5.2 lacks, and SES's bucket check.

moto keeps receipt rule sets and rules (``SESBackend.receipt_rule_set``) but
has no ``DeleteReceiptRule``, ``SetReceiptRulePosition``,
``ReorderReceiptRuleSet`` or receipt filters; before the emulator refused
unserved operations, ``aws_ses_receipt_rule``'s destroy was retried until
Terraform was killed. Two of its rules also differ from SES:

* a rule name is unique in its set (moto compared whole rules, so a second
  rule of the same name with other settings was added);
* an S3 action needs a bucket SES may write to. SES checks it when the rule
  is created or updated by writing ``<prefix>AMAZON_SES_SETUP_NOTIFICATION``
  and answers ``InvalidS3Configuration`` "Could not write to bucket" when the
  bucket policy does not allow it; moto only checked that the bucket exists.
  The policy is evaluated here for that write: principal
  ``ses.amazonaws.com`` (or ``*``), ``s3:PutObject`` on the key, conditions
  on ``aws:SourceAccount``, ``aws:SourceArn`` (the rule's ARN) and
  ``aws:SecureTransport``; an explicit deny wins. This is the ordering
  mistake the public modules guard against with ``depends_on`` on the bucket
  policy.

References: the SES API reference (``DeleteReceiptRule``,
``SetReceiptRulePosition``, ``ReorderReceiptRuleSet``,
``CreateReceiptFilter``...) and the developer guide's "Giving permissions to
Amazon SES for email receiving".

``ReceiptBackend`` and ``ReceiptResponse`` hold the methods and handlers;
``install()`` puts them on moto's ``SESBackend`` and ``EmailResponse``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from fnmatch import fnmatchcase
from typing import Any

from moto.core.responses import ActionResult, EmptyResult
from moto.ses.exceptions import (
    AlreadyExists,
    InvalidParameterValue,
    InvalidS3ConfigurationException,
    RuleDoesNotExist,
    RuleSetDoesNotExist,
    SesError,
    ValidationError,
)
from moto.ses.models import ReceiptRuleSet, SESBackend
from moto.ses.responses import EmailResponse

from emulator.ses.graft import graft

SES_PRINCIPAL = "ses.amazonaws.com"
SETUP_OBJECT = "AMAZON_SES_SETUP_NOTIFICATION"
NAME_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9])?$")
FILTER_POLICIES = ("Block", "Allow")
# SES quotas: IP address filters per account and region, rules per rule set.
MAX_FILTERS = 100
MAX_RULES_PER_SET = 200


class LimitExceeded(SesError):
    code = "LimitExceeded"


def _check_name(kind: str, name: str | None) -> str:
    """SES's rule for rule set, rule and filter names: alphanumerics, '.', '_', '-'; 64 at most."""
    if not name or not NAME_RE.match(name):
        raise ValidationError(
            f"Value '{name}' at '{kind}' failed to satisfy constraint: it must contain only letters, numbers,"
            " periods, underscores and dashes, start and end with a letter or number, and be 64 characters"
            " or fewer."
        )
    return name


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _condition_holds(operator: str, values: dict[str, Any], context: dict[str, str]) -> bool:
    """One condition block (``{"StringEquals": {"aws:SourceAccount": "1234"}}``) against the write's context."""
    if_exists = operator.endswith("IfExists")
    base = operator.removesuffix("IfExists")
    for key, expected in values.items():
        actual = context.get(key.lower())
        if actual is None:
            if not if_exists:
                return False
            continue
        patterns = [str(value) for value in _as_list(expected)]
        if base in ("StringEquals", "ArnEquals"):
            matched = actual in patterns
        elif base == "StringEqualsIgnoreCase":
            matched = actual.lower() in {pattern.lower() for pattern in patterns}
        elif base in ("StringLike", "ArnLike"):
            matched = any(fnmatchcase(actual, pattern) for pattern in patterns)
        elif base in ("StringNotEquals", "ArnNotEquals"):
            matched = actual not in patterns
        elif base in ("StringNotLike", "ArnNotLike"):
            matched = not any(fnmatchcase(actual, pattern) for pattern in patterns)
        elif base == "Bool":
            matched = actual in {pattern.lower() for pattern in patterns}
        else:  # an operator this check does not know: the statement is not relied on
            return False
        if not matched:
            return False
    return True


def _statement_applies(statement: dict[str, Any], resource: str, context: dict[str, str]) -> bool:
    if any(key in statement for key in ("NotPrincipal", "NotAction", "NotResource")):
        return False
    principal = statement.get("Principal")
    if principal != "*":
        if not isinstance(principal, dict):
            return False
        services = _as_list(principal.get("Service"))
        if SES_PRINCIPAL not in services and "*" not in _as_list(principal.get("AWS")):
            return False
    actions = [str(action).lower() for action in _as_list(statement.get("Action"))]
    if not any(fnmatchcase("s3:putobject", action) for action in actions):
        return False
    if not any(fnmatchcase(resource, str(pattern)) for pattern in _as_list(statement.get("Resource"))):
        return False
    conditions = statement.get("Condition") or {}
    return all(_condition_holds(operator, values, context) for operator, values in conditions.items())


def ses_may_write(policy: str | None, bucket: str, key: str, context: dict[str, str]) -> bool:
    """Whether a bucket policy lets SES put ``key`` (``context``: lower-cased condition keys)."""
    if not policy:
        return False
    try:
        statements = _as_list(json.loads(policy).get("Statement"))
    except (ValueError, AttributeError):
        return False
    resource = f"arn:aws:s3:::{bucket}/{key}"
    allowed = False
    for statement in statements:
        if isinstance(statement, dict) and _statement_applies(statement, resource, context):
            if statement.get("Effect") == "Deny":
                return False
            allowed = allowed or statement.get("Effect") == "Allow"
    return allowed


class ReceiptBackend(SESBackend):
    """The methods moto's ``SESBackend`` gets from ``install()``."""

    @property
    def receipt_filters(self) -> dict[str, dict[str, Any]]:
        """The account's IP address filters in this region, by name (made on first use)."""
        filters: dict[str, dict[str, Any]] = self.__dict__.setdefault("_receipt_filters", {})
        return filters

    def _rule_set(self, name: str) -> ReceiptRuleSet:
        rule_set = self.receipt_rule_set.get(name)
        if rule_set is None:
            raise RuleSetDoesNotExist(f"Rule set does not exist: {name}")
        return rule_set

    @staticmethod
    def _position(rule_set: ReceiptRuleSet, name: str) -> int:
        for index, rule in enumerate(rule_set.rules):
            if rule["Name"] == name:
                return index
        raise RuleDoesNotExist(f"Rule does not exist: {name}")

    def _rule_arn(self, rule_set_name: str, rule_name: str) -> str:
        return (f"arn:aws:ses:{self.region_name}:{self.account_id}:receipt-rule-set/{rule_set_name}"
                f":receipt-rule/{rule_name}")

    def _check_actions(self, rule_set_name: str, rule: dict[str, Any]) -> None:
        """moto's checks of the actions (topics, functions, keys, roles), then SES's write to each bucket."""
        self._validate_receipt_rule_actions(rule)
        context = {
            "aws:sourceaccount": self.account_id,
            "aws:sourcearn": self._rule_arn(rule_set_name, rule["Name"]),
            "aws:securetransport": "true",
        }
        for action in rule.get("Actions") or []:
            s3_action = action.get("S3Action")
            if s3_action:
                self._check_bucket_write(s3_action, context)

    def _check_bucket_write(self, s3_action: dict[str, Any], context: dict[str, str]) -> None:
        from moto.s3.models import s3_backends

        bucket_name = s3_action.get("BucketName", "")
        try:
            bucket = s3_backends[self.account_id][self.partition].get_bucket(bucket_name)
        except Exception as error:
            raise InvalidS3ConfigurationException(f"Could not write to bucket: {bucket_name}") from error
        policy = bucket.policy.decode() if isinstance(bucket.policy, bytes) else bucket.policy
        key = f"{s3_action.get('ObjectKeyPrefix') or ''}{SETUP_OBJECT}"
        if not ses_may_write(policy, bucket_name, key, context):
            raise InvalidS3ConfigurationException(f"Could not write to bucket: {bucket_name}")

    # Rules

    def create_receipt_rule(self, rule_set_name: str, rule: dict[str, Any], after: str | None) -> None:
        """CreateReceiptRule: placed after ``after``, or first; its name is unique in the set."""
        rule_set = self._rule_set(_check_name("ruleSetName", rule_set_name))
        name = _check_name("rule.name", rule.get("Name"))
        if any(existing["Name"] == name for existing in rule_set.rules):
            raise AlreadyExists(f"Rule already exists: {name}")
        index = self._position(rule_set, after) + 1 if after else 0
        if len(rule_set.rules) >= MAX_RULES_PER_SET:
            raise LimitExceeded(f"A rule set holds at most {MAX_RULES_PER_SET} rules.")
        self._check_actions(rule_set_name, rule)
        rule_set.rules.insert(index, rule)

    def update_receipt_rule(self, rule_set_name: str, rule: dict[str, Any]) -> None:
        """UpdateReceiptRule: the rule is replaced where it stands, its actions checked as on create."""
        rule_set = self._rule_set(rule_set_name)
        index = self._position(rule_set, rule.get("Name", ""))
        self._check_actions(rule_set_name, rule)
        rule_set.rules[index] = rule

    def delete_receipt_rule(self, rule_set_name: str, rule_name: str) -> None:
        """DeleteReceiptRule: a rule that is not there is no error (only a missing set is)."""
        rule_set = self._rule_set(rule_set_name)
        rule_set.rules[:] = [rule for rule in rule_set.rules if rule["Name"] != rule_name]

    def set_receipt_rule_position(self, rule_set_name: str, rule_name: str, after: str | None) -> None:
        """SetReceiptRulePosition: the rule moves after ``after``, or to the top without it."""
        rule_set = self._rule_set(rule_set_name)
        index = self._position(rule_set, rule_name)
        if after:
            self._position(rule_set, after)
        if after == rule_name:
            return
        rule = rule_set.rules.pop(index)
        rule_set.rules.insert(self._position(rule_set, after) + 1 if after else 0, rule)

    def reorder_receipt_rule_set(self, rule_set_name: str, rule_names: list[str]) -> None:
        """ReorderReceiptRuleSet: the request must place every rule of the set, each once."""
        rule_set = self._rule_set(rule_set_name)
        by_name = {rule["Name"]: rule for rule in rule_set.rules}
        for name in rule_names:
            if name not in by_name:
                raise RuleDoesNotExist(f"Rule does not exist: {name}")
        if sorted(rule_names) != sorted(by_name):
            raise InvalidParameterValue(
                f"The rule names must list every rule of rule set {rule_set_name} exactly once."
            )
        rule_set.rules[:] = [by_name[name] for name in rule_names]

    # IP address filters

    def create_receipt_filter(self, receipt_filter: dict[str, Any]) -> None:
        name = _check_name("filter.name", receipt_filter.get("Name"))
        ip_filter = receipt_filter.get("IpFilter") or {}
        if ip_filter.get("Policy") not in FILTER_POLICIES:
            raise ValidationError(
                f"Value '{ip_filter.get('Policy')}' at 'filter.ipFilter.policy' failed to satisfy constraint:"
                " Member must satisfy enum value set: [Block, Allow]"
            )
        cidr = ip_filter.get("Cidr", "")
        try:
            network = ipaddress.ip_network(cidr, strict=False)
        except ValueError as error:
            raise InvalidParameterValue(f"Invalid CIDR: {cidr}") from error
        if network.version != 4:
            raise InvalidParameterValue(f"Invalid CIDR: {cidr}: SES filters IPv4 addresses only.")
        if name in self.receipt_filters:
            raise AlreadyExists(f"Filter already exists: {name}")
        if len(self.receipt_filters) >= MAX_FILTERS:
            raise LimitExceeded(f"An account has at most {MAX_FILTERS} IP address filters in a region.")
        self.receipt_filters[name] = {"Name": name, "IpFilter": {"Policy": ip_filter["Policy"], "Cidr": cidr}}

    def delete_receipt_filter(self, name: str) -> None:
        self.receipt_filters.pop(name, None)

    def list_receipt_filters(self) -> list[dict[str, Any]]:
        return list(self.receipt_filters.values())


class ReceiptResponse(EmailResponse):
    """Handlers named after the SES v1 operations they implement (create and update stay moto's)."""

    @property
    def receipt_backend(self) -> ReceiptBackend:
        backend: ReceiptBackend = self.backend  # type: ignore[assignment]
        return backend

    def delete_receipt_rule(self) -> ActionResult:
        self.receipt_backend.delete_receipt_rule(self._get_param("RuleSetName"), self._get_param("RuleName"))
        return EmptyResult()

    def set_receipt_rule_position(self) -> ActionResult:
        self.receipt_backend.set_receipt_rule_position(
            self._get_param("RuleSetName"), self._get_param("RuleName"), self._get_param("After")
        )
        return EmptyResult()

    def reorder_receipt_rule_set(self) -> ActionResult:
        self.receipt_backend.reorder_receipt_rule_set(
            self._get_param("RuleSetName"), self._get_param("RuleNames", [])
        )
        return EmptyResult()

    def create_receipt_filter(self) -> ActionResult:
        self.receipt_backend.create_receipt_filter(self._get_param("Filter", {}))
        return EmptyResult()

    def delete_receipt_filter(self) -> ActionResult:
        self.receipt_backend.delete_receipt_filter(self._get_param("FilterName"))
        return EmptyResult()

    def list_receipt_filters(self) -> ActionResult:
        return ActionResult({"Filters": self.receipt_backend.list_receipt_filters()})


def install() -> None:
    """Give moto's ``SESBackend`` and ``EmailResponse`` the members of ``ReceiptBackend`` and ``ReceiptResponse``."""
    graft(ReceiptBackend, SESBackend)
    graft(ReceiptResponse, EmailResponse)
