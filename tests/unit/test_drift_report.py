"""The drift check's report (ops/drift.py): the stacks whose plans on main have changes, and the issue body."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import ROOT
from ops.drift import DRIFT_MARKER, drifted, markdown
from ops.plan_summary import StackPlan


def test_only_stacks_with_changes_drifted_and_the_body_lists_them():
    plans = [StackPlan(stack="state"), StackPlan(stack="a-example-com", update=1),
             StackPlan(stack="b-example-com", create=1, delete=2)]
    assert [plan.stack for plan in drifted(plans)] == ["a-example-com", "b-example-com"]
    body = markdown(plans, "abc123")
    assert body.startswith(DRIFT_MARKER)
    assert "2 of 3 stacks no longer match AWS:" in body
    assert "| `a-example-com` | 0 | 0 | 1 | 0 | 0 |" in body
    assert "| `b-example-com` | 0 | 1 | 0 | 0 | 2 |" in body
    assert "`state`" not in body


def test_no_drift_says_so():
    body = markdown([StackPlan(stack="state"), StackPlan(stack="a-example-com")], "abc123")
    assert "No stack drifted: every plan is empty." in body and "abc123" in body


def plan_file(folder, stack: str, actions: list[str]) -> str:
    changes = [{"address": f"aws_route53_record.r{i}", "type": "aws_route53_record", "name": f"r{i}",
                "change": {"actions": [action], "before": None, "after": {}}} for i, action in enumerate(actions)]
    path = folder / f"{stack}.json"
    path.write_text(json.dumps({"format_version": "1.2", "planned_values": {}, "resource_changes": changes}))
    return str(path)


def test_the_command_prints_the_drifted_stacks_and_writes_the_issue_body(tmp_path):
    files = [plan_file(tmp_path, "state", ["no-op"]), plan_file(tmp_path, "a-example-com", ["update"])]
    result = subprocess.run([sys.executable, "-m", "ops", "drift-report", *files, "--markdown",
                             str(tmp_path / "drift.md")], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "a-example-com\n"
    assert "1 of 2 stacks no longer match AWS:" in (tmp_path / "drift.md").read_text()
