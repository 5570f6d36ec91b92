"""The upgrade path: stacks deployed by the previous release, planned with this code, touch nothing live.

The previous release's code is taken from git (``git archive``, no worktree left
behind), synthesized and deployed to the emulator with the real cdktf CLI; then
this checkout moves the state stack's state into its bucket (``ops bootstrap-state``, the
one upgrade step, which scripts/deploy runs first), synthesizes the same config into the same
state, and every stack is planned. Nothing may be deleted, replaced or updated; new resources may be created,
and an SES identity may get its default configuration set (the events this release adds), nothing else.

When a change moves a resource (``moved`` blocks), the plan shows a move with no
change, which passes. Bump ``PREVIOUS_RELEASE`` to the newest landed release only
after its own deployments have upgraded through this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from local_aws import ROOT, Project, config
from toolchain import ReleaseNotFound, release_tree

PREVIOUS_RELEASE = "8eefea2a91c35ad327ea04585b655f88da644925"  # main before issue 9
SAFE_ACTIONS = ({"no-op"}, {"create"}, {"read"})


def is_safe(change: dict) -> bool:
    """No-op, create, read; or the one update this release makes to what is live: an SES identity
    without a default configuration set gets its domain's (bounce and complaint events), nothing else."""
    actions = set(change["change"]["actions"])
    if actions in SAFE_ACTIONS:
        return True
    if actions != {"update"} or change["type"] != "aws_sesv2_email_identity":
        return False
    return changed_keys(change) == {"configuration_set_name"} \
        and not change["change"]["before"].get("configuration_set_name")  # none before (the provider says "")


def changed_keys(change: dict) -> set[str]:
    before, after = change["change"]["before"] or {}, change["change"]["after"] or {}
    return {key for key in set(before) | set(after) if before.get(key) != after.get(key)}


def previous_release(into: Path) -> Path:
    """The previous release's tree, extracted into ``into``; fails loudly if git cannot give it."""
    try:
        return release_tree(PREVIOUS_RELEASE, into)
    except ReleaseNotFound as error:
        pytest.fail(f"the upgrade test needs the previous release: {error}")


@pytest.fixture(scope="module")
def adopted_zone_id(emulator) -> str:
    """A zone made outside the stacks, adopted by ``zone_id`` (as a parent zone of the domain)."""
    route53 = emulator.client("route53")
    zone = route53.create_hosted_zone(Name="parent.example", CallerReference="upgrade-test")["HostedZone"]
    return zone["Id"].rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def upgraded(new_project, tmp_path_factory, adopted_zone_id) -> Project:
    """A config using every option the emulator can serve, deployed by the previous release."""
    text = config("polplana.work", bucket="upgrade-state") + f"""
[[domain]]
name = "news.parent.example"
ses_region = "us-east-1"
zone_id = "{adopted_zone_id}"
mail_from = "bounce"
mail_from_on_mx_failure = "REJECT_MESSAGE"
dkim_key_length = 1024
protect = false
dkim_ttl = 3600
record_ttl = 600
tags = {{ app = "newsletter" }}

[domain.dmarc]
policy = "quarantine"
sp = "reject"
pct = 50
rua = ["mailto:dmarc@parent.example"]
adkim = "s"
aspf = "s"
fo = "1"
ri = 3600

[[domain]]
name = "bare.example.net"
mail_from = false
dmarc = false
"""
    project = new_project("upgrade", text)
    project.app_root = previous_release(tmp_path_factory.mktemp("previous-release"))
    for stacks in (["state"], ["polplana-work", "news-parent-example", "bare-example-net"]):
        result = project.cdktf("deploy", *stacks, "--auto-approve")
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    legacy_state = project.work / "terraform.state.tfstate"  # where that release kept the state stack's
    assert legacy_state.is_file()
    project.app_root = ROOT
    # The one upgrade step this release needs: the state stack's state moves into its bucket
    # (what scripts/deploy does first), with nothing applied.
    moved = project.ops("bootstrap-state", "--auto-approve", "--out", str(project.out))
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert moved.stdout.strip() == "moved"  # so scripts/deploy then deploys the state stack as usual
    assert "Apply complete" not in moved.stderr
    assert not legacy_state.exists() and legacy_state.with_name(legacy_state.name + ".moved-to-bucket").is_file()
    again = project.ops("bootstrap-state", "--auto-approve", "--out", str(project.out))
    assert again.stdout.strip() == "in-bucket", again.stdout + again.stderr
    result = project.cdktf("synth")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return project


@pytest.mark.parametrize("stack", ["state", "polplana-work", "news-parent-example", "bare-example-net"])
def test_this_release_changes_nothing_live(upgraded, stack):
    # -reconfigure: against the emulator the backend block gained local-endpoint retry settings
    # (stacks/local_endpoint.py), which real AWS never has; the real backend block is unchanged
    # (tests/contract pins its key, tests/unit/test_local_endpoint.py the rest). Same bucket, same key.
    init = upgraded.terraform(stack, "init", "-reconfigure")
    assert init.returncode == 0, init.stdout + init.stderr
    planned = upgraded.terraform(stack, "plan", "-out=upgrade.tfplan", "-lock-timeout=60s")
    assert planned.returncode == 0, planned.stdout + planned.stderr
    shown = upgraded.terraform(stack, "show", "-json", "upgrade.tfplan")
    assert shown.returncode == 0, shown.stderr
    changes = json.loads(shown.stdout).get("resource_changes", [])
    assert changes, "the plan lists no resources: the state was not found"
    unsafe = [(c["address"], c["change"]["actions"], sorted(changed_keys(c))) for c in changes if not is_safe(c)]
    assert not unsafe, f"upgrading {stack} would change live resources: {unsafe}\n{planned.stdout[-4000:]}"
    existing = [c for c in changes if c["change"]["actions"] == ["no-op"]]
    assert existing, "nothing the previous release deployed was found in the plan"
