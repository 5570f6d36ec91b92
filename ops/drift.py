"""The drift check's report: which stacks' plans of an unchanged main have changes.

``python -m ops drift-report PLAN.json... [--markdown FILE]`` reads the plans ``scripts/plan --all``
saved and prints the stacks whose plan is not empty, one per line. On ``main``, the code and the
config are what was last deployed, so a plan with changes means AWS no longer matches the state:
something was changed by hand, or a deploy did not finish. ``--markdown`` writes the issue body the
drift workflow opens, updates or (when nothing drifted) closes.
"""

from __future__ import annotations

from pathlib import Path

from ops.plan_summary import StackPlan, summarize

DRIFT_MARKER = "<!-- ses-domain-email drift report -->"


def drifted(plans: list[StackPlan]) -> list[StackPlan]:
    return [plan for plan in plans if plan.changes]


def markdown(plans: list[StackPlan], commit: str) -> str:
    changed = drifted(plans)
    lines = [DRIFT_MARKER, "", f"Planned every stack at `{commit}`."]
    if not changed:
        return "\n".join([*lines, "", "No stack drifted: every plan is empty."]) + "\n"
    lines += ["", f"{len(changed)} of {len(plans)} stacks no longer match AWS:", "",
              "| stack | import | create | update | replace | delete |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    lines += [f"| `{p.stack}` | {p.imports} | {p.create} | {p.update} | {p.replace} | {p.delete} |" for p in changed]
    lines += ["", "Each stack's plan is in the workflow run's summary. To see it locally: "
              "`scripts/plan --all`. Then either deploy main again (`scripts/deploy <stack>`) to put AWS back, "
              "or change the config to match what was done by hand."]
    return "\n".join(lines) + "\n"


def drift_report(paths: list[Path]) -> list[StackPlan]:
    return [summarize(path) for path in paths]
