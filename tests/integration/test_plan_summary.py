"""plan-summary on real plans made against the emulator, and scripts/plan end to end."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from local_aws import ROOT, Project, config

DOMAIN = "plans.example.com"
STACK = "plans-example-com"


@pytest.fixture(scope="module")
def project(new_project) -> Project:
    project = new_project("plans", config(DOMAIN, bucket="plans-state", extra_domain_keys="protect = false\n"))
    assert project.deploy("state").returncode == 0
    assert project.cdktf("synth").returncode == 0
    assert project.terraform(STACK, "init").returncode == 0
    return project


def plan_json(project: Project, *plan_args: str) -> str:
    path = project.work / f"{STACK}.json"
    result = project.terraform(STACK, "plan", "-out=tfplan", "-lock-timeout=60s", *plan_args)
    assert result.returncode == 0, result.stdout + result.stderr
    shown = project.terraform(STACK, "show", "-json", "tfplan")
    assert shown.returncode == 0, shown.stderr
    path.write_text(shown.stdout)
    return str(path)


def summary(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ops", "plan-summary", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def row(output: str) -> list[str]:
    (line,) = [line for line in output.splitlines() if line.startswith(f"| `{STACK}`")]
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_first_plan_creates_everything_and_is_safe(project):
    result = summary(plan_json(project))
    assert result.returncode == 0, result.stdout + result.stderr
    # zone, identity, mail-from attributes, 3 DKIM CNAMEs, DMARC, MX, SPF; configuration set, its event
    # destination, topic, topic policy, sending policy
    assert row(result.stdout) == [f"`{STACK}`", "0", "14", "0", "0", "0", "none"]


def test_renaming_mail_from_replaces_records_and_fails_unless_allowed(project):
    assert project.deploy(STACK).returncode == 0
    project.write_config(project.config_text.replace("protect = false\n", 'protect = false\nmail_from = "bounce"\n'))
    assert project.cdktf("synth").returncode == 0
    plan = plan_json(project)
    refused = summary(plan)
    assert refused.returncode == 1
    assert row(refused.stdout) == [f"`{STACK}`", "0", "0", "1", "2", "0", "**2**"]
    assert refused.stdout.count("DNS record replaced (mail.plans.example.com") == 2
    allowed = summary(plan, "--allow-destructive")
    assert allowed.returncode == 0
    assert "allowed for this run" in allowed.stdout


def test_destroy_plan_names_the_zone_and_identity(project):
    result = summary(plan_json(project, "-destroy"))
    assert result.returncode == 1
    assert row(result.stdout)[1:6] == ["0", "0", "0", "0", "14"]
    assert "hosted zone deleted: it gets new name servers and the registrar's NS go stale" in result.stdout
    assert "SES identity deleted: new DKIM tokens" in result.stdout


def test_scripts_plan_writes_plans_text_and_the_comment(project, tmp_path):
    plans = tmp_path / "plans"
    result = subprocess.run(["bash", str(ROOT / "scripts" / "plan"), STACK], cwd=ROOT, capture_output=True,
                            text=True, timeout=900,
                            env={**project.env, "PLANS_DIR": str(plans), "CDKTF_OUT": str(project.out)})
    assert result.returncode == 1, result.stdout + result.stderr  # the pending MAIL FROM rename is dangerous
    assert json.loads((plans / f"{STACK}.json").read_text())["format_version"]
    comment = (plans / "summary.md").read_text()
    assert comment.startswith("<!-- ses-domain-email plan summary -->")
    assert f"<details><summary>Plan for <code>{STACK}</code> (3 changes)</summary>" in comment
    assert "must be replaced" in comment  # terraform's own words, from the .txt plan


def test_scripts_plan_by_default_compares_with_the_base_and_says_why_it_plans_every_stack(project, tmp_path):
    """The default path: plan-stacks against MAIL_PLAN_BASE. This config lives outside the repository, so
    its version at the base is unknown and every stack is planned, the comment saying why."""
    from ops.plan_summary import COMMENT_MARKER

    plans = tmp_path / "plans"
    result = subprocess.run(["bash", str(ROOT / "scripts" / "plan"), "--allow-destructive"], cwd=ROOT,
                            capture_output=True, text=True, timeout=900,
                            env={**project.env, "PLANS_DIR": str(plans), "CDKTF_OUT": str(project.out),
                                 "MAIL_PLAN_BASE": "HEAD"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert sorted(p.name for p in plans.glob("*.tfplan")) == [f"{STACK}.tfplan", "state.tfplan"]
    comment = (plans / "summary.md").read_text()
    assert comment.startswith(COMMENT_MARKER)
    assert "### Stacks planned\n\nEvery stack: the base `HEAD` could not be compared: MAIL_DOMAINS_FILE=" in comment
    assert "is outside the repository, so its version at the base is unknown" in comment
    # One line per stack as it finished, with its plan line.
    assert re.search(rf"^{STACK}: (Plan: .* to destroy\.|No changes\..*) \(\d+ s\)$", result.stdout,
                     flags=re.MULTILINE), result.stdout
    assert (plans / "commit").exists()


def test_a_shorter_dkim_key_is_dangerous(project):
    """dkim_key_length 2048 -> 1024 updates the identity in place; the summary names the downgrade."""
    project.write_config(project.config_text + "dkim_key_length = 1024\n")
    assert project.cdktf("synth").returncode == 0
    result = summary(plan_json(project))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"`aws_sesv2_email_identity.{identity_id(project)}`: SES identity DKIM key downgraded from 2048 " \
           f"to 1024 bits" in result.stdout


def test_a_state_is_refused_as_a_plan(project):
    """`terraform show -json` without a plan file shows the state: not a plan with no changes."""
    shown = project.terraform(STACK, "show", "-json")
    assert shown.returncode == 0, shown.stderr
    assert '"values"' in shown.stdout and '"planned_values"' not in shown.stdout
    path = project.work / f"{STACK}.json"
    path.write_text(shown.stdout)
    result = summary(str(path))
    assert result.returncode == 1
    assert result.stderr == f"error: {path}: `terraform show -json` of a state, not of a plan: give it the plan " \
                            "file (`terraform plan -out=tfplan`, then `terraform show -json tfplan`)\n"


def identity_id(project: Project) -> str:
    """The logical id of the stack's SES identity, from the synthesized stack."""
    stack = json.loads((project.out / "stacks" / STACK / "cdk.tf.json").read_text())
    (name,) = stack["resource"]["aws_sesv2_email_identity"]
    return str(name)
