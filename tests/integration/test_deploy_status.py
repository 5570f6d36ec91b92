"""scripts/deploy reports success only when every stack's Terraform apply finished.

cdktf 0.21 reports a stack whose Terraform was killed (SIGKILL, the out-of-memory killer) as
deployed, exit 0, with only "No outputs found." to show. Here Terraform is killed mid-apply and
scripts/deploy must fail, naming the stack, the signal, the lock left behind and what to do.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time

from local_aws import ROOT, config, terraform_applying

DOMAIN, STACK = "killed.example.com", "killed-example-com"


def test_deploy_fails_when_terraform_is_killed_mid_apply(emulator, tmp_path, tool_env):
    work = tmp_path / "work"
    work.mkdir()
    (work / "domains.toml").write_text(config(DOMAIN, bucket="killed-state"))
    env = {**tool_env, **emulator.env(), "MAIL_DOMAINS_FILE": str(work / "domains.toml"),
           "MAIL_LOCAL_STATE_DIR": str(work), "CDKTF_OUT": str(work / "cdktf.out"), "CI": "1"}
    deploy = subprocess.Popen([str(ROOT / "scripts" / "deploy"), "--", "--auto-approve", "--no-color"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    route53 = emulator.client("route53")
    killed = None
    deadline = time.monotonic() + 600
    while killed is None and deploy.poll() is None and time.monotonic() < deadline:
        zones = route53.list_hosted_zones()["HostedZones"]
        pid = terraform_applying(STACK)
        if pid is not None and any(zone["Name"] == DOMAIN + "." for zone in zones):
            os.kill(pid, signal.SIGKILL)  # mid-apply: the zone exists, its records are being made
            killed = pid
        time.sleep(0.2)
    stdout, stderr = deploy.communicate(timeout=600)
    assert killed is not None, "the domain stack's apply was never seen running\n" + stderr[-3000:]

    assert deploy.returncode != 0, stdout[-3000:] + stderr[-3000:]
    assert f"stack {STACK}: terraform apply was killed (SIGKILL)" in stderr, stderr[-3000:]
    # The lock the killed apply left, with the exact command to lift it.
    match = re.search(r"terraform -chdir=(\S+) force-unlock (\S+)", stderr)
    assert match, stderr[-3000:]
    assert match.group(1) == str(work / "cdktf.out" / "stacks" / STACK)
    lock = emulator.client("s3").get_object(Bucket="killed-state", Key=f"{STACK}/terraform.tfstate.tflock")
    assert match.group(2) in lock["Body"].read().decode()
    assert f"scripts/deploy {STACK}" in stderr
