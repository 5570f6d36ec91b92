"""A first apply killed with SIGKILL leaves live resources and no state: the re-run never makes a second zone.

Three domains are deployed at once, and each stack's Terraform is killed at another point of its
first apply: once its zone exists, once its SES identity exists, once a DKIM record exists. After
the locks are lifted (as the README says), scripts/deploy stops before applying anything, naming
the exact `ops adopt` command (so does scripts/plan); with --adopt it takes them over and converges: one zone per domain
with its first name servers, the first DKIM tokens, and empty plans after.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from typing import Any

import pytest

from local_aws import ROOT, config, terraform_applying

SES_REGION = "eu-west-3"
# domain -> the point its first apply is killed at
KILLED_AT = {"zone.killed.example": "zone", "identity.killed.example": "identity",
             "record.killed.example": "record"}


def stack(domain: str) -> str:
    return domain.replace(".", "-")


def live(route53: Any, sesv2: Any, domain: str) -> dict[str, Any]:
    """What exists for ``domain``: its zone ids, whether its identity exists, its CNAME count."""
    zones = [zone["Id"].rsplit("/", 1)[-1] for zone in route53.list_hosted_zones()["HostedZones"]
             if zone["Name"] == domain + "."]
    try:
        tokens = sesv2.get_email_identity(EmailIdentity=domain)["DkimAttributes"]["Tokens"]
    except sesv2.exceptions.NotFoundException:
        tokens = None
    cnames = sum(1 for zone in zones for rrset in
                 route53.list_resource_record_sets(HostedZoneId=zone)["ResourceRecordSets"]
                 if rrset["Type"] == "CNAME")
    return {"zones": zones, "tokens": tokens, "cnames": cnames}


def reached(point: str, seen: dict[str, Any]) -> bool:
    return {"zone": bool(seen["zones"]), "identity": seen["tokens"] is not None,
            "record": seen["cnames"] > 0}[point]


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ROOT / "scripts" / "deploy"), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=1200)


# Five deploys and plans of three stacks, each now with its events: under the full tier's four workers
# on two cores it ran past the default 900 s once (2026-11-29, with other runs on the machine too).
@pytest.mark.timeout(1800)
def test_a_first_apply_killed_anywhere_is_adopted_never_duplicated(emulator, tmp_path, tool_env):
    work = tmp_path / "work"
    work.mkdir()
    (work / "domains.toml").write_text(config(*KILLED_AT, bucket="killed-adopt"))
    out = work / "cdktf.out"
    env = {**tool_env, **emulator.env(), "MAIL_DOMAINS_FILE": str(work / "domains.toml"),
           "MAIL_LOCAL_STATE_DIR": str(work), "CDKTF_OUT": str(out), "CI": "1",
           "MAIL_DEPLOY_PARALLELISM": str(len(KILLED_AT))}
    route53, sesv2 = emulator.client("route53"), emulator.client("sesv2", SES_REGION)

    deploy = subprocess.Popen([str(ROOT / "scripts" / "deploy"), "--", "--auto-approve", "--no-color"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + 900
    while len(killed) < len(KILLED_AT) and deploy.poll() is None and time.monotonic() < deadline:
        for domain, point in KILLED_AT.items():
            if domain in killed:
                continue
            pid = terraform_applying(stack(domain))
            seen = live(route53, sesv2, domain)
            if pid is not None and reached(point, seen):
                os.kill(pid, signal.SIGKILL)
                killed[domain] = seen
        time.sleep(0.1)
    _, stderr = deploy.communicate(timeout=900)
    assert set(killed) == set(KILLED_AT), f"killed only {sorted(killed)}\n" + stderr[-4000:]
    assert deploy.returncode != 0, stderr[-4000:]

    # Lift the locks the killed applies left, with the commands deploy-check printed.
    unlocks = re.findall(r"terraform -chdir=(\S+) force-unlock (\S+)", stderr)
    assert {os.path.basename(folder) for folder, _ in unlocks} == {stack(domain) for domain in KILLED_AT}, stderr
    for folder, lock in unlocks:
        lifted = subprocess.run(["terraform", f"-chdir={folder}", "force-unlock", "-force", lock], env=env,
                                capture_output=True, text=True, timeout=300)
        assert lifted.returncode == 0, lifted.stdout + lifted.stderr
    left = {domain: live(route53, sesv2, domain) for domain in KILLED_AT}
    assert all(len(found["zones"]) <= 1 for found in left.values()), left

    # The re-run stops before applying anything, naming the command for each stack.
    refused = run(env, "--", "--auto-approve", "--no-color")
    assert refused.returncode != 0
    for domain in KILLED_AT:
        assert f"python -m ops adopt {domain} --write" in refused.stderr, refused.stderr[-4000:]
    assert {domain: live(route53, sesv2, domain) for domain in KILLED_AT} == left

    # scripts/plan stops the same way, before planning anything.
    plan = subprocess.run([str(ROOT / "scripts" / "plan"), "--all"], cwd=ROOT,
                          env={**env, "PLANS_DIR": str(work / "plans")}, capture_output=True, text=True, timeout=600)
    assert plan.returncode != 0
    for domain in KILLED_AT:
        assert f"python -m ops adopt {domain} --write" in plan.stderr, plan.stderr[-3000:]
    assert not (work / "plans" / "commit").exists()

    # Asked to, it adopts what is there and converges: no second zone, the first tokens.
    adopted = run(env, "--adopt", "--", "--auto-approve", "--no-color")
    assert adopted.returncode == 0, adopted.stdout[-4000:] + adopted.stderr[-4000:]
    for domain in KILLED_AT:
        now = live(route53, sesv2, domain)
        assert len(now["zones"]) == 1, (domain, now)
        if left[domain]["zones"]:
            assert now["zones"] == left[domain]["zones"], domain
        if left[domain]["tokens"] is not None:
            assert now["tokens"] == left[domain]["tokens"], domain
        assert now["cnames"] == 3, (domain, now)
        folder = out / "stacks" / stack(domain)
        plan = subprocess.run(["terraform", f"-chdir={folder}", "plan", "-detailed-exitcode", "-input=false",
                               "-no-color", "-lock-timeout=60s"], env=env, capture_output=True, text=True,
                              timeout=600)
        assert plan.returncode == 0, plan.stdout[-3000:] + plan.stderr[-3000:]
    # Once adopted, the check passes: a plain deploy would go ahead.
    check = subprocess.run([sys.executable, "-m", "ops", "check-existing", *map(stack, KILLED_AT)], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stderr
