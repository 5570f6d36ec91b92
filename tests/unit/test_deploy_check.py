"""toolchain/terraform-guard records how each apply ended; ops deploy-check fails unless all ended with 0.

The guard runs a stand-in for Terraform here (a script that exits, or kills itself), so that
every ending is produced by a real process; the integration test kills the real Terraform.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT
from ops.deploy_check import read_runs, unfinished

GUARD = ROOT / "toolchain" / "terraform-guard"


@pytest.fixture
def fake_terraform(tmp_path) -> Path:
    """A `terraform` that behaves as $FAKE_END says: `exit N` or `kill -SIG $$`."""
    path = tmp_path / "terraform"
    path.write_text("#!/usr/bin/env bash\necho \"ran $*\"\neval \"$FAKE_END\"\n")
    path.chmod(0o755)
    return path


def guarded(fake: Path, runs: Path, stack_dir: Path, end: str, *args: str) -> subprocess.CompletedProcess[str]:
    stack_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MAIL_TERRAFORM": str(fake), "MAIL_TERRAFORM_RUNS": str(runs), "FAKE_END": end}
    return subprocess.run([str(GUARD), *args], cwd=stack_dir, env=env, capture_output=True, text=True, timeout=30)


def test_the_guard_passes_everything_through_and_records_applies(fake_terraform, tmp_path):
    runs = tmp_path / "runs"
    out = tmp_path / "out" / "stacks"
    result = guarded(fake_terraform, runs, out / "a-example-com", "exit 0", "apply", "-auto-approve")
    assert result.returncode == 0 and result.stdout == "ran apply -auto-approve\n"
    failed = guarded(fake_terraform, runs, out / "b-example-com", "exit 3", "apply")
    assert failed.returncode == 3
    killed = guarded(fake_terraform, runs, out / "c-example-com", "kill -KILL $$", "-chdir=x", "apply")
    assert killed.returncode == 128 + 9
    # Not an apply: passed through, not recorded.
    assert guarded(fake_terraform, runs, out / "a-example-com", "exit 0", "plan").returncode == 0

    recorded = read_runs(runs)
    assert [(r.directory.name, r.subcommand, r.status) for r in recorded] == [
        ("a-example-com", "apply", 0), ("b-example-com", "apply", 3), ("c-example-com", "apply", 137),
    ]
    assert unfinished(recorded, ["a-example-com", "b-example-com", "c-example-com", "d-example-com"]) == {
        "b-example-com": "terraform apply exited 3",
        "c-example-com": "terraform apply was killed (SIGKILL)",
        "d-example-com": "terraform apply never ran",
    }


def test_an_apply_whose_wrapper_died_too_is_unfinished(tmp_path):
    runs = tmp_path / "runs"
    runs.write_text("start 1-1 /x/stacks/a-example-com apply\n")  # no `end`: the guard was killed as well
    assert unfinished(read_runs(runs), ["a-example-com"]) == {
        "a-example-com": "terraform apply did not finish (Terraform and its wrapper were killed: no exit status)",
    }


def test_the_last_apply_of_a_stack_decides(tmp_path):
    runs = tmp_path / "runs"
    runs.write_text("start 1 /x/stacks/a apply\nend 1 1\nstart 2 /x/stacks/a apply\nend 2 0\n")
    assert unfinished(read_runs(runs), ["a"]) == {}


def test_deploy_check_command_fails_naming_the_stack(tmp_path):
    runs = tmp_path / "runs"
    runs.write_text("start 1 /x/stacks/a-example-com apply\nend 1 137\n")
    env = {**os.environ, "MAIL_DOMAINS_FILE": str(tmp_path / "missing.toml")}
    result = subprocess.run([sys.executable, "-m", "ops", "deploy-check", str(runs), "a-example-com"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "error: stack a-example-com: terraform apply was killed (SIGKILL)" in result.stderr
    assert "Traceback" not in result.stderr


def test_deploy_refuses_to_start_while_a_state_terraform_could_not_save_is_in_a_stack_folder(tmp_path):
    """cdktf's synth removes the folders of stacks gone from the config, errored.tfstate with them."""
    errored = tmp_path / "out" / "stacks" / "gone-example-com" / "errored.tfstate"
    errored.parent.mkdir(parents=True)
    errored.write_text("{}")
    env = {**os.environ, "CDKTF_OUT": str(tmp_path / "out"), "AWS_ENDPOINT_URL": "",
           "MAIL_DOMAINS_FILE": str(ROOT / "domains.toml")}
    result = subprocess.run(["bash", str(ROOT / "scripts" / "deploy"), "--", "--auto-approve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"error: Terraform could not save a state and left {errored}: push it first" in result.stderr
    assert errored.read_text() == "{}"
    assert sorted(p.name for p in (tmp_path / "out" / "stacks").iterdir()) == ["gone-example-com"]  # no synth ran
