"""Two domains, two stacks, two states: a change to one never shows in the other's plan."""

from __future__ import annotations

import pytest

from local_aws import Project, config

FIRST, SECOND = "alpha.example.com", "beta.example.org"


@pytest.fixture(scope="module")
def project(new_project) -> Project:
    text = config(FIRST, bucket="two-domains-state") + (
        f'\n[[domain]]\nname = "{SECOND}"\nses_region = "us-east-1"\nmail_from = "bounce"\n'
    )
    project = new_project("two", text)
    result = project.deploy()  # cdktf runs the two domain stacks in parallel, after `state`
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return project


def test_each_domain_has_its_zone_identity_and_state(project):
    emulator = project.emulator
    names = sorted(z["Name"] for z in emulator.client("route53").list_hosted_zones()["HostedZones"])
    assert names == [FIRST + ".", SECOND + "."]
    assert [i["IdentityName"] for i in emulator.client("sesv2", "eu-west-3").list_email_identities()[
        "EmailIdentities"]] == [FIRST]
    assert [i["IdentityName"] for i in emulator.client("sesv2", "us-east-1").list_email_identities()[
        "EmailIdentities"]] == [SECOND]
    keys = sorted(o["Key"] for o in emulator.client("s3", "eu-south-2").list_objects_v2(
        Bucket="two-domains-state")["Contents"])
    assert keys == ["alpha-example-com/terraform.tfstate", "beta-example-org/terraform.tfstate",
                    "state/terraform.tfstate"]  # the state stack's own, in the bucket it made


def test_changing_one_domain_leaves_the_others_plan_empty(project):
    project.write_config(project.config_text.replace('mail_from = "bounce"',
                                                     'mail_from = "bounce"\n[domain.dmarc]\npolicy = "reject"'))
    assert project.cdktf("synth").returncode == 0
    assert project.plan_exit_code("beta-example-org") == 2
    assert project.plan_exit_code("alpha-example-com") == 0

    result = project.deploy("beta-example-org")
    assert result.returncode == 0, result.stdout[-4000:]
    assert project.plan_exit_code("beta-example-org") == 0
    assert project.plan_exit_code("alpha-example-com") == 0
