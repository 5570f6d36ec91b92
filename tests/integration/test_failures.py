"""Failures leave nothing half-written: an unreachable endpoint, wrong credentials.

Interrupted applies have files of their own (test_interrupted_*.py), so that parallel runs spread them out.
"""

from __future__ import annotations

import subprocess
import sys

from emulator.process import EmulatorProcess, free_port
from local_aws import ROOT, Project, config


def test_unreachable_endpoint_is_a_clear_error_and_writes_nothing(tmp_path, tool_env):
    class Down:  # an emulator address where nothing listens
        url = f"https://127.0.0.1:{free_port()}"

        def env(self) -> dict[str, str]:
            return {"AWS_ENDPOINT_URL": self.url, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}

    project = Project(emulator=Down(), work=tmp_path, tool_env=tool_env,  # type: ignore[arg-type]
                      config_text=config("down.example.com", bucket="down-state"))
    result = project.deploy("state")
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: cannot reach the AWS endpoint ({Down.url}"), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "bootstrap").exists()  # nothing synthesized, no local state written


def test_wrong_credentials_are_a_clear_error_and_write_nothing(tmp_path, tool_env):
    # This emulator knows one access key; the stacks sign with the local-endpoint test key.
    with EmulatorProcess.start(tmp_path / "strict.log", "--access-key", "AKIAONLYTHISONE") as strict:
        project = Project(emulator=strict, work=tmp_path / "work", tool_env=tool_env,
                          config_text=config("creds.example.com", bucket="creds-state"))
        result = project.deploy("state")
        output = result.stdout + result.stderr
        assert result.returncode != 0
        assert "InvalidAccessKeyId" in output or "InvalidClientTokenId" in output
        assert not (tmp_path / "work" / "bootstrap").exists()  # nothing synthesized, no local state written
        buckets = strict.client("s3", aws_access_key_id="AKIAONLYTHISONE").list_buckets()["Buckets"]
        assert buckets == []


def test_the_first_deploy_asks_before_creating_the_bucket(new_project):
    """Without --auto-approve the bootstrap shows the plan and waits: "no" creates nothing, "yes" all."""
    project = new_project("asked", config("asked.example.com", bucket="asked-state"))
    command = [sys.executable, "-m", "ops", "bootstrap-state", "--out", str(project.out)]
    refused = subprocess.run(command, cwd=ROOT, env=project.env, input="no\n", capture_output=True, text=True,
                             timeout=600)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "Apply cancelled" in refused.stderr
    assert "error: create the state bucket asked-state: terraform exited 1" in refused.stderr
    assert "asked-state" not in [b["Name"] for b in project.emulator.client("s3").list_buckets()["Buckets"]]
    assert not (project.work / "bootstrap" / "terraform.tfstate").exists()  # Terraform wrote no state

    accepted = subprocess.run(command, cwd=ROOT, env=project.env, input="yes\n", capture_output=True, text=True,
                              timeout=600)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert accepted.stdout == "bootstrapped\n"
    keys = [o["Key"] for o in project.emulator.client("s3").list_objects_v2(Bucket="asked-state")["Contents"]]
    assert keys == ["state/terraform.tfstate"]
