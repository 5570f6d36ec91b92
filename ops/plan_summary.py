"""``plan-summary PLAN.json ...``: what each stack's Terraform plan does, and which changes hurt.

Reads ``terraform show -json <planfile>`` output. Counts creates, updates,
replaces and deletes per stack, and names the dangerous changes:

- a hosted zone replaced or deleted: new name servers, the registrar's NS go stale;
- an SES identity replaced or deleted: new DKIM tokens, mail unsigned until DNS catches up;
- DNS records deleted or replaced;
- the state bucket or lock table replaced or deleted.
"""

from __future__ import annotations

import json
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
}


@dataclass(frozen=True)
class Danger:
    address: str
    what: str


@dataclass
class StackPlan:
    stack: str
    create: int = 0
    update: int = 0
    replace: int = 0
    delete: int = 0
    dangers: list[Danger] = field(default_factory=list)
    text: str | None = None

    @property
    def changes(self) -> int:
        return self.create + self.update + self.replace + self.delete


def stack_name(path: Path) -> str:
    """``.../stacks/<stack>/plan.json`` -> ``<stack>``; ``<stack>.json`` -> ``<stack>``."""
    if path.stem in ("plan", "tfplan"):
        return path.parent.name
    return path.name.removesuffix(".json").removesuffix(".tfplan").removesuffix(".plan")


def _label(change: dict[str, Any]) -> str:
    before = change.get("change", {}).get("before") or {}
    name = before.get("name") or before.get("email_identity") or before.get("bucket")
    kind = before.get("type")
    label = " ".join(str(part) for part in (name, kind) if part)
    return f" ({label})" if label else ""


def summarize(path: Path) -> StackPlan:
    try:
        plan = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise OpsError(f"{path}: not a readable `terraform show -json` plan: {error}") from None
    if not isinstance(plan, dict) or "format_version" not in plan:
        raise OpsError(f"{path}: not `terraform show -json` output (no format_version)")
    summary = StackPlan(stack=stack_name(path))
    text_file = path.with_suffix(".txt")
    if text_file.exists():
        summary.text = text_file.read_text()
    for change in plan.get("resource_changes", []):
        if change.get("mode", "managed") != "managed":
            continue
        actions = change.get("change", {}).get("actions", [])
        if "delete" in actions and "create" in actions:
            summary.replace += 1
            verb = "replaced"
        elif actions == ["create"]:
            summary.create += 1
            continue
        elif actions == ["update"]:
            summary.update += 1
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


def render_markdown(plans: list[StackPlan], *, allowed: bool) -> str:
    lines = [COMMENT_MARKER, "### Terraform plan", "",
             "| Stack | Create | Update | Replace | Delete | Dangerous |",
             "| --- | ---: | ---: | ---: | ---: | --- |"]
    for plan in plans:
        danger = f"**{len(plan.dangers)}**" if plan.dangers else "none"
        lines.append(f"| `{plan.stack}` | {plan.create} | {plan.update} | {plan.replace} | {plan.delete} | {danger} |")
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
