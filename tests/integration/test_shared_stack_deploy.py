"""Two domains in one shared stack, deployed with the real cdktf CLI to the emulator.

One state, one Terraform run, yet each domain gets what a stack of its own would give it: its own
zone with its own records, its own identity, its own tags and outputs, and a change to one domain
plans a change to that domain's resources only.
"""

from __future__ import annotations

import pytest

from local_aws import SES_REGION, Project, config

ALPHA, BETA = "alpha.example.com", "beta.example.org"
BUCKET = "shared-stack-state"


@pytest.fixture(scope="module")
def project(new_project) -> Project:
    project = new_project("shared", config(ALPHA, BETA, bucket=BUCKET, extra_domain_keys='stack = "fleet"\n'))
    result = project.deploy()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return project


def zone_of(project: Project, name: str) -> str:
    zones = project.emulator.client("route53").list_hosted_zones_by_name(DNSName=name)["HostedZones"]
    (zone,) = [z for z in zones if z["Name"] == name + "."]
    return zone["Id"].rsplit("/", 1)[-1]


def test_one_state_holds_both_domains(project):
    keys = sorted(o["Key"] for o in project.emulator.client("s3", "eu-south-2").list_objects_v2(
        Bucket=BUCKET)["Contents"])
    assert keys == ["fleet/terraform.tfstate", "state/terraform.tfstate"]
    identities = project.emulator.client("sesv2", SES_REGION).list_email_identities()["EmailIdentities"]
    assert sorted(i["IdentityName"] for i in identities) == [ALPHA, BETA]


@pytest.mark.parametrize("domain", [ALPHA, BETA])
def test_each_zone_holds_its_own_domains_records_and_tags(project, domain):
    route53 = project.emulator.client("route53")
    zone = zone_of(project, domain)
    sets = route53.list_resource_record_sets(HostedZoneId=zone)["ResourceRecordSets"]
    names = {(s["Name"].rstrip("."), s["Type"]) for s in sets}
    assert {(f"_dmarc.{domain}", "TXT"), (f"mail.{domain}", "MX"), (f"mail.{domain}", "TXT")} <= names
    assert sum(1 for name, type in names if type == "CNAME" and name.endswith(f"._domainkey.{domain}")) == 3
    assert all(name == domain or name.endswith("." + domain) for name, _ in names)
    tags = route53.list_tags_for_resource(ResourceType="hostedzone", ResourceId=zone)["ResourceTagSet"]["Tags"]
    assert {t["Key"]: t["Value"] for t in tags} == {"managed-by": "cdktf-ses-domain", "email-domain": domain}
    outputs = project.output("fleet")
    key = domain.replace(".", "-")
    assert outputs[f"{key}_zone_id"] == zone
    assert outputs[f"{key}_mail_from_domain"] == f"mail.{domain}"


def test_a_change_to_one_domain_plans_only_its_resources(project):
    assert project.plan_exit_code("fleet") == 0  # deployed as synthesized: tags and all
    project.write_config(project.config_text + '\n[domain.dmarc]\npolicy = "reject"\n')  # the last one: beta's
    assert project.cdktf("synth").returncode == 0
    plan = project.terraform("fleet", "plan", "-lock-timeout=60s")
    assert plan.returncode == 0, plan.stdout + plan.stderr
    changed = [line for line in plan.stdout.splitlines() if line.strip().startswith("# aws_")]
    assert len(changed) == 1 and "beta-example-org_email_dmarc_record" in changed[0], changed
    assert "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout
