"""The GitHub workflows a user's repository runs: linted by zizmor, and wired as the README says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT
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


def test_deploy_runs_on_main_behind_the_production_environment():
    deploy = load("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    job = deploy["jobs"]["deploy"]
    assert job["environment"] == "production"
    assert deploy["concurrency"]["cancel-in-progress"] is False
    runs = " ".join(s.get("run", "") for s in job["steps"])
    assert "scripts/plan" in runs and "cdktf deploy" in runs


@pytest.mark.parametrize("name", ["plan.yml", "deploy.yml"])
def test_scripts_the_workflows_call_exist(name):
    text = (WORKFLOWS / name).read_text()
    for script in ("scripts/setup", "scripts/plan"):
        if script in text:
            assert (ROOT / script).stat().st_mode & 0o111, f"{script} is not executable"
