"""Failures leave nothing half-written: an unreachable endpoint, wrong credentials, an interrupted apply."""

from __future__ import annotations

import signal
import subprocess

import pytest

from emulator.process import EmulatorProcess, free_port
from local_aws import Project, config

DOMAIN = "interrupted.example.net"
STACK = "interrupted-example-net"


def test_unreachable_endpoint_is_a_clear_error_and_writes_nothing(tmp_path, tool_env):
    class Down:  # an emulator address where nothing listens
        url = f"https://127.0.0.1:{free_port()}"

        def env(self) -> dict[str, str]:
            return {"AWS_ENDPOINT_URL": self.url, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}

    project = Project(emulator=Down(), work=tmp_path, tool_env=tool_env,  # type: ignore[arg-type]
                      config_text=config("down.example.com", bucket="down-state"))
    result = project.deploy("state")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "connection refused" in output.lower()
    assert project.terraform("state", "state", "list").stdout.strip() == ""


def test_interrupted_apply_then_rerun_converges(new_project):
    project = new_project("interrupted", config(DOMAIN, bucket="interrupted-state"))
    assert project.deploy("state").returncode == 0
    assert project.cdktf("synth").returncode == 0
    stack_dir = project.out / "stacks" / STACK
    assert subprocess.run(["terraform", f"-chdir={stack_dir}", "init", "-input=false", "-no-color"],
                          env=project.env, capture_output=True, timeout=300).returncode == 0
    apply = subprocess.Popen(
        ["terraform", f"-chdir={stack_dir}", "apply", "-auto-approve", "-no-color", "-input=false"],
        env=project.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    seen = []
    for line in apply.stdout:  # interrupt once the identity exists and records are in flight
        seen.append(line)
        if "aws_sesv2_email_identity" in line and "Creation complete" in line:
            apply.send_signal(signal.SIGINT)  # Ctrl-C, or a CI job cancelled
            break
    seen += apply.stdout.readlines()
    assert apply.wait(timeout=300) != 0, "".join(seen)
    assert "Interrupt received" in "".join(seen)

    result = project.deploy(STACK)
    assert result.returncode == 0, result.stdout[-4000:]
    emulator = project.emulator
    identities = emulator.client("sesv2", "eu-west-3").list_email_identities()["EmailIdentities"]
    assert [i["IdentityName"] for i in identities] == [DOMAIN]
    (zone,) = [z for z in emulator.client("route53").list_hosted_zones()["HostedZones"] if z["Name"] == DOMAIN + "."]
    rrsets = emulator.client("route53").list_resource_record_sets(HostedZoneId=zone["Id"])["ResourceRecordSets"]
    kinds = sorted(r["Type"] for r in rrsets for _ in r["ResourceRecords"])
    assert kinds == ["CNAME", "CNAME", "CNAME", "MX", "NS", "NS", "NS", "NS", "SOA", "TXT", "TXT"]
    assert project.plan_exit_code(STACK) == 0


def test_wrong_credentials_are_a_clear_error_and_write_nothing(tmp_path, tool_env):
    # This emulator knows one access key; the stacks sign with the local-endpoint test key.
    with EmulatorProcess.start(tmp_path / "strict.log", "--access-key", "AKIAONLYTHISONE") as strict:
        project = Project(emulator=strict, work=tmp_path / "work", tool_env=tool_env,
                          config_text=config("creds.example.com", bucket="creds-state"))
        result = project.deploy("state")
        output = result.stdout + result.stderr
        assert result.returncode != 0
        assert "InvalidAccessKeyId" in output or "InvalidClientTokenId" in output
        assert project.terraform("state", "state", "list").stdout.strip() == ""
        buckets = strict.client("s3", aws_access_key_id="AKIAONLYTHISONE").list_buckets()["Buckets"]
        assert buckets == []
