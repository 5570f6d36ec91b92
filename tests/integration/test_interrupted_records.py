"""An apply interrupted (SIGINT, a cancelled CI job) while records are written converges on the re-run."""

from __future__ import annotations

import re

from local_aws import SEED_KINDS, config, interrupted_apply, record_kinds


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
