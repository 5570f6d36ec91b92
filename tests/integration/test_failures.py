"""Failures leave nothing half-written: an unreachable endpoint, wrong credentials, an interrupted apply."""

from __future__ import annotations

import re
import signal
import subprocess
from collections.abc import Callable

from emulator.process import EmulatorProcess, free_port
from local_aws import Project, config

INDEPENDENT_TESTS = True  # each test has its own project: parallel runs may spread them out


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


def interrupted_apply(project: Project, stack: str, ready: Callable[[str], object]) -> str:
    """Run `terraform apply`, send SIGINT (Ctrl-C, a cancelled CI job) once ``ready(output so far)``."""
    assert project.cdktf("synth").returncode == 0
    assert project.terraform(stack, "init").returncode == 0
    apply = subprocess.Popen(
        ["terraform", f"-chdir={project.out / 'stacks' / stack}", "apply", "-auto-approve", "-no-color",
         "-input=false"],
        env=project.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert apply.stdout is not None
    seen = ""
    for line in apply.stdout:
        seen += line
        if ready(seen):
            apply.send_signal(signal.SIGINT)
            break
    seen += apply.stdout.read()
    assert apply.wait(timeout=300) != 0, seen
    assert "Interrupt received" in seen
    return seen


def zone_ids(emulator, domain: str) -> list[str]:
    """Ids of the emulator's hosted zones named ``domain``."""
    zones = emulator.client("route53").list_hosted_zones()["HostedZones"]
    return [zone["Id"] for zone in zones if zone["Name"] == domain + "."]


def record_kinds(emulator, domain: str) -> list[str]:
    (zone_id,) = zone_ids(emulator, domain)
    rrsets = emulator.client("route53").list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
    return sorted(r["Type"] for r in rrsets for _ in r["ResourceRecords"])


SEED_KINDS = ["CNAME", "CNAME", "CNAME", "MX", "NS", "NS", "NS", "NS", "SOA", "TXT", "TXT"]


def test_apply_interrupted_while_records_are_written_converges_on_rerun(new_project):
    domain, stack = "records.example.net", "records-example-net"
    project = new_project("interrupted-records", config(domain, bucket="interrupted-records"))
    assert project.deploy("state").returncode == 0
    # Records are created only once the zone is complete (they need its id).
    interrupted_apply(project, stack, lambda seen: re.search(r"aws_route53_record\.\S+: Creating\.\.\.", seen))

    result = project.deploy(stack)
    assert result.returncode == 0, result.stdout[-4000:]
    identities = project.emulator.client("sesv2", "eu-west-3").list_email_identities()["EmailIdentities"]
    assert [i["IdentityName"] for i in identities] == [domain]  # no orphan, no duplicate
    assert record_kinds(project.emulator, domain) == SEED_KINDS  # no duplicate records
    assert project.plan_exit_code(stack) == 0


def test_apply_interrupted_while_the_zone_is_created_keeps_it_and_recovers(new_project):
    domain, stack = "zone.example.net", "zone-example-net"
    project = new_project("interrupted-zone", config(domain, bucket="interrupted-zone"))
    assert project.deploy("state").returncode == 0
    # The provider waits 10-30 s for a new zone to be in sync: interrupt in that wait.
    interrupted_apply(project, stack, lambda seen: re.search(r"aws_route53_zone\.\S+: Creating\.\.\.", seen)
                      and re.search(r"aws_sesv2_email_identity\.\S+: Creation complete", seen))
    (zone_id,) = zone_ids(project.emulator, domain)

    # Terraform taints a zone whose creation was interrupted; protection refuses to replace it.
    refused = project.deploy(stack)
    assert refused.returncode != 0
    output = refused.stdout + refused.stderr
    assert "is tainted, so must be replaced" in output and "prevent_destroy" in output
    assert zone_ids(project.emulator, domain) == [zone_id]

    # The zone exists and is sound: untaint it (README, "Recovering from an interrupted apply").
    assert project.terraform(stack, "untaint", "aws_route53_zone.email_zone_1C133EA5").returncode == 0
    result = project.deploy(stack)
    assert result.returncode == 0, result.stdout[-4000:]
    assert zone_ids(project.emulator, domain) == [zone_id]
    assert record_kinds(project.emulator, domain) == SEED_KINDS
    assert project.plan_exit_code(stack) == 0


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
