"""The GitHub workflows a user's repository runs: linted by zizmor, and wired as the README says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT
from ops.drift import DRIFT_MARKER
from ops.plan_summary import COMMENT_MARKER

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    document = yaml.safe_load((WORKFLOWS / name).read_text())
    document["on"] = document.pop(True, document.get("on"))  # YAML 1.1 reads `on:` as True
    return document


def zizmor(*paths: Path) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or "zizmor"
    return subprocess.run([binary, "--offline", "--config", str(ROOT / ".github" / "zizmor.yml"), *map(str, paths)],
                          capture_output=True, text=True, timeout=120)


def test_workflows_pass_the_linter():
    result = zizmor(WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    workflow = (WORKFLOWS / "plan.yml").read_text()
    bad.write_text(workflow.replace("persist-credentials: false", "persist-credentials: true")
                   + "      - run: echo ${{ github.event.pull_request.title }}\n")
    result = zizmor(bad)
    assert result.returncode != 0
    assert "template-injection" in result.stdout


def test_the_linter_refuses_an_invalid_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text((WORKFLOWS / "deploy.yml").read_text().replace("timeout-minutes: 60", "timeout-minutes: sixty"))
    result = zizmor(bad)
    assert result.returncode != 0
    assert "does not match expected validation schema" in result.stderr


def test_plan_runs_on_pull_requests_with_oidc_and_comment_rights():
    plan = load("plan.yml")
    assert "pull_request" in plan["on"]
    assert plan["permissions"] == {"contents": "read", "id-token": "write", "pull-requests": "write"}
    steps = plan["jobs"]["plan"]["steps"]
    credentials = next(s for s in steps if s.get("uses", "").startswith("aws-actions/configure-aws-credentials"))
    assert "role-to-assume" in credentials["with"]
    assert not any("aws-access-key-id" in s.get("with", {}) for s in steps), "no stored keys"
    script = next(s for s in steps if s.get("uses", "").startswith("actions/github-script"))["with"]["script"]
    assert COMMENT_MARKER in script and "updateComment" in script  # one comment, updated in place
    assert any("scripts/plan" in s.get("run", "") for s in steps)


def test_deploy_runs_only_from_main():
    deploy = load("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    # workflow_dispatch can be started from any branch: every job checks the ref itself.
    for name, job in deploy["jobs"].items():
        assert job.get("if") == "github.ref == 'refs/heads/main'", f"job {name} may run from another branch"
    assert deploy["concurrency"]["cancel-in-progress"] is False


def test_deploy_applies_the_plan_that_was_reviewed_after_approval():
    deploy = load("deploy.yml")
    plan, apply = deploy["jobs"]["plan"], deploy["jobs"]["apply"]
    assert "environment" not in plan and apply["environment"] == "production"  # approval before apply
    assert apply["needs"] == "plan"
    plan_runs = " ".join(s.get("run", "") for s in plan["steps"])
    apply_runs = " ".join(s.get("run", "") for s in apply["steps"])
    assert "scripts/plan" in plan_runs
    assert "$GITHUB_STEP_SUMMARY" in plan_runs  # the reviewers see the plan before approving
    # The apply job applies the saved plans of this commit, and neither plans nor deploys afresh.
    assert "scripts/apply-plans" in apply_runs
    assert "scripts/plan" not in apply_runs and "cdktf deploy" not in apply_runs and "scripts/deploy" not in apply_runs
    upload = next(s for s in plan["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    download = next(s for s in apply["steps"] if s.get("uses", "").startswith("actions/download-artifact"))
    assert upload["with"]["name"] == download["with"]["name"] == "plans-${{ github.sha }}"
    assert upload["with"]["path"] == download["with"]["path"] == ".work/plans/"
    assert upload["with"]["include-hidden-files"] is True  # upload-artifact >= 4.4 skips `.work/` otherwise
    assert upload["with"]["if-no-files-found"] == "error"


def test_deploy_applies_a_bounded_number_of_stacks_at_once():
    apply = load("deploy.yml")["jobs"]["apply"]
    step = next(s for s in apply["steps"] if "scripts/apply-plans" in s.get("run", ""))
    assert 1 <= int(step["env"]["MAIL_DEPLOY_PARALLELISM"]) <= 4


def test_dangerous_changes_need_an_explicit_input_to_deploy():
    deploy = load("deploy.yml")
    assert deploy["on"]["workflow_dispatch"]["inputs"]["allow_destructive"]["default"] is False
    step = next(s for s in deploy["jobs"]["plan"]["steps"] if "scripts/plan" in s.get("run", ""))
    assert step["env"]["ALLOW"] == "${{ inputs.allow_destructive && '--allow-destructive' || '' }}"


@pytest.mark.parametrize("name", ["plan.yml", "deploy.yml", "drift.yml"])
def test_scripts_the_workflows_call_exist(name):
    text = (WORKFLOWS / name).read_text()
    for script in ("scripts/setup", "scripts/plan", "scripts/apply-plans"):
        if script in text:
            assert (ROOT / script).stat().st_mode & 0o111, f"{script} is not executable"


def test_pull_requests_plan_the_stacks_changed_against_their_base():
    steps = load("plan.yml")["jobs"]["plan"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base commit must be in the clone to synthesize it
    step = next(s for s in steps if "scripts/plan" in s.get("run", ""))
    assert step["env"]["MAIL_PLAN_BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert "--all" not in step["run"]


def test_deploys_plan_every_stack():
    step = next(s for s in load("deploy.yml")["jobs"]["plan"]["steps"] if "scripts/plan" in s.get("run", ""))
    assert step["run"].startswith("scripts/plan --all")


def test_the_drift_check_plans_every_stack_daily_and_keeps_one_issue():
    drift = load("drift.yml")
    assert drift["on"]["schedule"] and "workflow_dispatch" in drift["on"]
    assert drift["permissions"] == {"contents": "read", "id-token": "write", "issues": "write"}
    steps = drift["jobs"]["drift"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "scripts/plan --all --allow-destructive" in runs  # reports dangerous drift, applies nothing
    # From the project's environment: scripts/setup puts .venv/bin on no later step's PATH.
    assert ".venv/bin/python -m ops drift-report .work/plans/*.json --markdown .work/plans/drift.md" in runs
    script = next(s for s in steps if s.get("uses", "").startswith("actions/github-script"))["with"]["script"]
    assert DRIFT_MARKER in script
    # Opened once, updated in place, closed when nothing drifted.
    assert "issues.create" in script and "issues.update" in script and "state: 'closed'" in script
    assert not any(s.get("uses", "").startswith("aws-actions") and "aws-access-key-id" in s.get("with", {})
                   for s in steps)
