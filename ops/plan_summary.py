"""``plan-summary PLAN.json ...``: what each stack's Terraform plan does, and which changes hurt.

Reads ``terraform show -json <planfile>`` output. Counts imports (``import`` blocks: existing
resources taken into state; an import that also changes something counts as an update too),
creates, updates, replaces and deletes per stack, and names the dangerous changes:

- a hosted zone replaced or deleted: new name servers, the registrar's NS go stale;
- an SES identity replaced or deleted: new DKIM tokens, mail unsigned until DNS catches up;
- DNS records deleted or replaced;
- the state bucket or lock table replaced or deleted;
- an events queue replaced or deleted: the events in it that the application has not read are lost;
- an SES identity's DKIM key made shorter (``RSA_2048_BIT`` to ``RSA_1024_BIT``): weaker signatures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ops.aws import OpsError

COMMENT_MARKER = "<!-- ses-domain-email plan summary -->"

_WHY = {
    "aws_route53_zone": "hosted zone {verb}: it gets new name servers and the registrar's NS go stale",
    "aws_sesv2_email_identity": "SES identity {verb}: new DKIM tokens, mail unsigned until DNS catches up",
    "aws_ses_domain_identity": "SES identity {verb}: new verification token, sending stops until it verifies",
    "aws_route53_record": "DNS record {verb}",
    "aws_s3_bucket": "S3 bucket {verb}: it may hold Terraform state",
    "aws_dynamodb_table": "DynamoDB table {verb}: it may hold the state locks",
    "aws_sqs_queue": "SQS queue {verb}: the bounce and complaint events in it not yet read are lost",
}


_KEY_BITS = re.compile(r"^RSA_(\d+)_BIT$")


@dataclass(frozen=True)
class Danger:
    address: str
    what: str


@dataclass
class StackPlan:
    stack: str
    imports: int = 0
    create: int = 0
    update: int = 0
    replace: int = 0
    delete: int = 0
    dangers: list[Danger] = field(default_factory=list)
    text: str | None = None

    imported_unchanged: int = 0

    @property
    def changes(self) -> int:
        """Resources the plan does something to (an import that also updates counts once)."""
        return self.imported_unchanged + self.create + self.update + self.replace + self.delete


def stack_name(path: Path) -> str:
    """``.../stacks/<stack>/plan.json`` -> ``<stack>``; ``<stack>.json`` -> ``<stack>``."""
    if path.stem in ("plan", "tfplan"):
        return path.parent.name
    return path.name.removesuffix(".json").removesuffix(".tfplan").removesuffix(".plan")


def _label(change: dict[str, Any]) -> str:
    before = change.get("change", {}).get("before")
    if not isinstance(before, dict):
        return ""
    name = before.get("name") or before.get("email_identity") or before.get("bucket")
    kind = before.get("type")
    label = " ".join(str(part) for part in (name, kind) if part)
    return f" ({label})" if label else ""


def load_plan(path: Path) -> dict[str, Any]:
    """``path`` parsed, when it is ``terraform show -json PLANFILE`` output; else OpsError naming it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise OpsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise OpsError(f"{path}: a directory, not a `terraform show -json` plan") from None
    except OSError as error:
        raise OpsError(f"{path}: cannot read it: {error.strerror or error}") from None
    if raw.startswith(b"PK\x03\x04"):
        raise OpsError(f"{path}: a binary plan file; give `terraform show -json {path.name}` output instead")
    try:
        plan = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise OpsError(f"{path}: not UTF-8 text, so not `terraform show -json` output") from None
    except ValueError as error:
        raise OpsError(f"{path}: not JSON ({error}), so not `terraform show -json` output") from None
    if not isinstance(plan, dict):
        raise OpsError(f"{path}: holds {_json_type(plan)}, not an object, so not `terraform show -json` output")
    version = plan.get("format_version")
    if not isinstance(version, str):
        raise OpsError(f"{path}: not `terraform show -json` output (no format_version)")
    if version.split(".")[0] != "1":
        raise OpsError(f"{path}: JSON format_version {version!r}; this tool reads format 1.x")
    if "planned_values" not in plan:
        if "values" in plan or set(plan) <= {"format_version", "terraform_version"}:
            raise OpsError(f"{path}: `terraform show -json` of a state, not of a plan: give it the plan file "
                           "(`terraform plan -out=tfplan`, then `terraform show -json tfplan`)")
        raise OpsError(f"{path}: not a `terraform show -json` plan (no planned_values)")
    changes = plan.get("resource_changes", [])
    if not isinstance(changes, list):
        raise OpsError(f"{path}: resource_changes is {_json_type(changes)}, not an array: a malformed plan")
    for index, change in enumerate(changes):
        problem = _malformed(change)
        if problem:
            raise OpsError(f"{path}: resource_changes[{index}] {problem}: a malformed plan")
    return plan


def _json_type(value: Any) -> str:
    """What ``value`` is, in JSON's words, with an article."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _malformed(change: Any) -> str | None:
    """What is wrong with one entry of ``resource_changes``, if anything."""
    if not isinstance(change, dict):
        return f"is {_json_type(change)}, not an object"
    if not isinstance(change.get("address"), str):
        return "has no address"
    body = change.get("change")
    if not isinstance(body, dict):
        return f"({change['address']}) has no change"
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not all(isinstance(a, str) for a in actions):
        return f"({change['address']}) has no change.actions list"
    for key in ("mode", "type"):
        if key in change and not isinstance(change[key], str):
            return f"({change['address']}) has a {key} that is not a string"
    return None


def summarize(path: Path) -> StackPlan:
    plan = load_plan(path)
    summary = StackPlan(stack=stack_name(path))
    text_file = path.with_suffix(".txt")
    if text_file.is_file():
        try:
            summary.text = text_file.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise OpsError(f"{text_file}: cannot read it: {error.strerror or error}") from None
    for change in plan.get("resource_changes", []):
        if change.get("mode", "managed") != "managed":
            continue
        actions = change["change"]["actions"]
        if isinstance(change["change"].get("importing"), dict):
            summary.imports += 1
            summary.imported_unchanged += actions == ["no-op"]
        if "delete" in actions and "create" in actions:
            summary.replace += 1
            verb = "replaced"
        elif actions == ["create"]:
            summary.create += 1
            continue
        elif actions == ["update"]:
            summary.update += 1
            summary.dangers += _update_dangers(change)
            continue
        elif actions == ["delete"]:
            summary.delete += 1
            verb = "deleted"
        else:
            continue  # no-op, read
        why = _WHY.get(change.get("type", ""))
        if why:
            summary.dangers.append(Danger(change["address"], why.format(verb=verb) + _label(change)))
    return summary


def _update_dangers(change: dict[str, Any]) -> list[Danger]:
    """The dangers of an in-place update: today, an SES identity's DKIM key made shorter."""
    if change.get("type") != "aws_sesv2_email_identity":
        return []
    before = _dkim_key_bits(change["change"].get("before"), "next_signing_key_length", "current_signing_key_length")
    after = _dkim_key_bits(change["change"].get("after"), "next_signing_key_length")
    if before is None or after is None or after >= before:
        return []
    why = (f"SES identity DKIM key downgraded from {before} to {after} bits: "
           "weaker signatures, which some receivers trust less")
    return [Danger(change["address"], why + _label(change))]


def _dkim_key_bits(values: Any, *keys: str) -> int | None:
    """The DKIM key length, in bits, in an ``aws_sesv2_email_identity``'s values: the first of ``keys`` set."""
    if not isinstance(values, dict):
        return None
    blocks = values.get("dkim_signing_attributes")  # a block of at most one: a list in the plan's JSON
    block = blocks[0] if isinstance(blocks, list) and blocks else blocks
    if not isinstance(block, dict):
        return None
    for key in keys:
        match = _KEY_BITS.match(str(block.get(key) or ""))
        if match:
            return int(match.group(1))
    return None


def render_markdown(plans: list[StackPlan], *, allowed: bool) -> str:
    if not plans:  # scripts/plan found no stack to plan: the comment still carries its marker
        return "\n".join([COMMENT_MARKER, "### Terraform plan", "", "No stack to plan."]) + "\n"
    lines = [COMMENT_MARKER, "### Terraform plan", "",
             "| Stack | Import | Create | Update | Replace | Delete | Dangerous |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for plan in plans:
        danger = f"**{len(plan.dangers)}**" if plan.dangers else "none"
        lines.append(f"| `{plan.stack}` | {plan.imports} | {plan.create} | {plan.update} | {plan.replace} | "
                     f"{plan.delete} | {danger} |")
    dangers = [(plan.stack, danger) for plan in plans for danger in plan.dangers]
    if dangers:
        verdict = "allowed for this run" if allowed else "the check fails until they are allowed"
        lines += ["", f"**Dangerous changes** ({verdict}):", ""]
        lines += [f"- `{stack}`: `{d.address}`: {d.what}" for stack, d in dangers]
    for plan in plans:
        if plan.text is not None:
            lines += ["", f"<details><summary>Plan for <code>{plan.stack}</code> "
                          f"({plan.changes} change{'s' if plan.changes != 1 else ''})</summary>", "",
                      "```", plan.text.rstrip(), "```", "", "</details>"]
    return "\n".join(lines) + "\n"
