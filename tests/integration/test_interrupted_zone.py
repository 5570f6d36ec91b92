"""An apply interrupted while the hosted zone is created keeps that zone, and recovers as the README says."""

from __future__ import annotations

import re
import time

import pytest

from local_aws import SEED_KINDS, config, interrupted_apply, record_kinds, zone_ids


@pytest.mark.xfail(strict=False, reason=(
    "race under load, seen 2026-11-29 in 2 of 6 runs: Terraform interrupted in the zone's in-sync wait "
    "(the apply says `waiting for Route 53 Hosted Zone ... context canceled`) sometimes leaves the zone "
    "untainted, and the bare `cdktf deploy` re-run succeeds; not yet explained. scripts/deploy's "
    "check-existing guards the duplicate-zone case (test_adopt_killed)"))
def test_apply_interrupted_while_the_zone_is_created_keeps_it_and_recovers(new_project):
    domain, stack = "zone.example.net", "zone-example-net"
    project = new_project("interrupted-zone", config(domain, bucket="interrupted-zone"))
    assert project.deploy("state").returncode == 0
    # The provider waits 10-30 s for a new zone to be in sync: interrupt in that wait, once
    # CreateHostedZone has answered (the zone exists, and a moment has passed for its answer to
    # arrive). Interrupted during CreateHostedZone itself, the zone would exist with no trace in
    # the state: that case is test_adopt_killed's (scripts/deploy stops and adopts it).
    def in_the_wait(seen: str) -> bool:
        if not (re.search(r"aws_route53_zone\.\S+: Creating\.\.\.", seen)
                and re.search(r"aws_sesv2_email_identity\.\S+: Creation complete", seen)
                and zone_ids(project.emulator, domain)):
            return False
        time.sleep(1)
        return True

    seen = interrupted_apply(project, stack, in_the_wait)
    assert "waiting for Route 53 Hosted Zone" in seen and "context canceled" in seen, seen[-3000:]
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
