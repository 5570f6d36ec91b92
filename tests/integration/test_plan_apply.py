"""Plan, review, apply exactly what was reviewed; and domains retired from the config.

scripts/plan saves each stack's plan; scripts/apply-plans applies those files and nothing
else (what deploy.yml runs after approval). A domain removed from the config is listed as
retired, with its live zone and identity, until it is put back or forgotten.
"""

from __future__ import annotations

import subprocess

import pytest

from local_aws import ROOT, Project, config

KEPT, KEPT_STACK = "kept.example.com", "kept-example-com"
GONE, GONE_STACK = "gone.example.com", "gone-example-com"
BUCKET = "plan-apply-state"


@pytest.fixture(scope="module")
def project(new_project) -> Project:
    project = new_project("plan-apply", config(KEPT, GONE, bucket=BUCKET))
    deployed = project.deploy()
    assert deployed.returncode == 0, deployed.stdout[-3000:] + deployed.stderr[-3000:]
    project.write_config(config(KEPT, bucket=BUCKET))  # GONE retired from the config
    return project


def script(project: Project, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(ROOT / "scripts" / name), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900, env={**project.env, "PLANS_DIR": str(project.work / "plans"),
                                            "CDKTF_OUT": str(project.out)})


def test_plan_lists_a_retired_domain_with_its_live_zone_and_identity(project):
    result = script(project, "plan", "--all")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    plans = project.work / "plans"
    assert sorted(p.name for p in plans.glob("*.tfplan")) == [f"{KEPT_STACK}.tfplan", "state.tfplan"]
    (zone_id,) = [z["Id"].rsplit("/", 1)[-1] for z in project.emulator.client("route53").list_hosted_zones()
                  ["HostedZones"] if z["Name"] == GONE + "."]
    retired = (plans / "retired.md").read_text()
    # 9 of the seed's setup, and the configuration set, its destination, topic, topic policy, sending policy
    assert f"| `{GONE_STACK}` | 14 | {GONE} ({zone_id}) | {GONE} (arn:aws:ses:eu-west-3:" in retired
    assert retired in (plans / "summary.md").read_text()  # in the pull request's comment
    assert f"{GONE_STACK}: 14 resources" in result.stderr


def test_apply_plans_applies_exactly_the_saved_plans(project):
    plans = project.work / "plans"
    project.write_config(config(KEPT, bucket=BUCKET, extra_domain_keys="record_ttl = 600\n"))
    assert script(project, "plan", "--all").returncode == 0
    # A change made after the review is not applied: the reviewed plan is.
    project.write_config(config(KEPT, bucket=BUCKET, extra_domain_keys="record_ttl = 900\n"))
    applied = script(project, "apply-plans")
    assert applied.returncode == 0, applied.stdout[-3000:] + applied.stderr[-3000:]
    assert (plans / f"{KEPT_STACK}.apply.status").read_text().strip() == "0"
    assert "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." in \
        (plans / f"{KEPT_STACK}.apply.log").read_text()
    route53 = project.emulator.client("route53")
    (zone_id,) = [z["Id"] for z in route53.list_hosted_zones()["HostedZones"] if z["Name"] == KEPT + "."]
    ttls = {r["Name"]: r["TTL"] for r in route53.list_resource_record_sets(HostedZoneId=zone_id)
            ["ResourceRecordSets"] if r["Type"] in ("TXT", "MX")}
    assert set(ttls.values()) == {600}, ttls  # DMARC, MX, SPF as planned, not 900
    # Applied once, the plans are stale: Terraform refuses them, the script names the stack and stops
    # before the domain stacks.
    again = script(project, "apply-plans")
    assert again.returncode != 0
    assert "stack state: terraform apply failed" in again.stderr and "no domain stack applied" in again.stderr
    assert "Saved plan is stale" in (plans / "state.apply.log").read_text()
    assert not (plans / f"{KEPT_STACK}.apply.status").exists()


def test_apply_plans_refuses_plans_of_another_commit(project):
    plans = project.work / "plans"
    (plans / "commit").write_text("0" * 40 + "\n")
    result = script(project, "apply-plans")
    assert result.returncode != 0
    assert f"the plans in {plans} are of commit {'0' * 40}" in result.stderr


def test_forget_moves_the_state_aside_and_leaves_aws_untouched(project):
    refused = project.ops("forget", KEPT_STACK)
    assert refused.returncode == 1 and f"{KEPT_STACK} is in the config" in refused.stderr
    forgotten = project.ops("forget", GONE_STACK)
    assert forgotten.returncode == 0, forgotten.stderr
    s3 = project.emulator.client("s3")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert f"{GONE_STACK}/terraform.tfstate" not in keys
    assert any(k.startswith(f"retired/{GONE_STACK}/terraform.tfstate.") for k in keys)
    assert project.ops("retired").stdout.startswith("no retired stacks")
    zones = project.emulator.client("route53").list_hosted_zones()["HostedZones"]
    assert GONE + "." in [z["Name"] for z in zones]  # still live: only forgotten
