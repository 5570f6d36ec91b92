"""The SES, SES v2 and Route 53 resource types of the public SES Terraform modules, on the emulator.

Each configuration in ``tests/fidelity/`` (plain Terraform, the provider pointed at the emulator by
``TF_VAR_endpoint`` and ``AWS_CA_BUNDLE``) goes through ``init``, ``apply``, a second ``plan`` that
must find nothing to change, and ``destroy``. Each step has a time limit, so an operation the
provider retries (as it retried moto's HTTP 500 for ``DeleteReceiptRule`` and
``SetIdentityHeadersInNotificationsEnabled`` until Terraform was killed) fails the test instead of
stalling the suite. The emulator must not have refused any call as unserved, nor failed on one,
even if the provider shrugged it off. One configuration covers every resource type: each Terraform
run costs some 20 s of CPU for the provider's start-up alone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from emulator.process import EmulatorProcess
from helpers import provider_trouble

FIDELITY = Path(__file__).resolve().parent.parent / "fidelity"
STEP_TIMEOUT = 300
REGION = "eu-west-3"
DOMAIN = "fidelity.example"
# What the emulator logs for a call it refuses as unserved, and for one it failed on (an HTTP 500).
LOGGED_FAILURES = ("does not implement", "Traceback")
STEPS = {
    "init": ["init", "-input=false"],
    "apply": ["apply", "-auto-approve", "-input=false"],
    "plan": ["plan", "-detailed-exitcode", "-input=false"],
    "destroy": ["destroy", "-auto-approve", "-input=false"],
}


def failure(what: str, output: str, debug_log: Path, emulator: EmulatorProcess) -> str:
    """A failed step's report: the end of its output, what the provider's debug log shows went wrong
    (``provider_trouble``), and the end of the emulator's log."""
    return (f"{what}:\n{output[-6000:]}\n\nfrom the provider's debug log ({debug_log}):\n"
            f"{provider_trouble(debug_log)}\n\nthe emulator's log:\n{emulator.log_path.read_text()[-3000:]}")


def terraform(workdir: Path, env: dict[str, str], step: str, emulator: EmulatorProcess) -> tuple[int, str, float]:
    """Run one step; its exit code, output and duration. A step past STEP_TIMEOUT is killed with its
    provider plugins (its own process group) and fails the test. The provider's debug log goes to
    ``terraform-<step>.log`` in ``workdir``, for ``failure``."""
    started = time.monotonic()
    debug_log = workdir / f"terraform-{step}.log"
    env = {**env, "TF_LOG_PROVIDER": "DEBUG", "TF_LOG_PATH": str(debug_log)}
    process = subprocess.Popen(["terraform", *STEPS[step], "-no-color"], cwd=workdir, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(failure(f"terraform {step} still running after {STEP_TIMEOUT} s", output, debug_log, emulator))
    return process.returncode, output, time.monotonic() - started


def run_configuration(name: str, emulator: EmulatorProcess, tool_env: dict[str, str],
                      tmp_path: Path) -> dict[str, float]:
    """init, apply, plan (empty), destroy of ``tests/fidelity/<name>``; the duration of each step.

    ``check_applied`` of this module runs between the plan and the destroy."""
    workdir = tmp_path / name
    shutil.copytree(FIDELITY / name, workdir)
    env = {key: value for key, value in tool_env.items() if not key.startswith("AWS_")}
    env |= {"AWS_CA_BUNDLE": str(emulator.ca_bundle), "TF_VAR_endpoint": emulator.url,
            "TF_VAR_region": REGION, "TF_VAR_domain": DOMAIN, "TF_INPUT": "0"}
    timings: dict[str, float] = {}
    for step in STEPS:
        code, output, timings[step] = terraform(workdir, env, step, emulator)
        # For the plan (-detailed-exitcode) 0 is "no changes"; 2 would be a diff after the apply.
        assert code == 0, failure(f"terraform {step} exited {code}", output, workdir / f"terraform-{step}.log",
                                  emulator)
        if step == "plan":
            check_applied(emulator)
    return timings


def check_applied(emulator: EmulatorProcess) -> None:
    """What the apply left in the emulator, read back through SES v1 and v2 as other tools would."""
    ses, sesv2 = emulator.client("ses", REGION), emulator.client("sesv2", REGION)
    notification = ses.get_identity_notification_attributes(Identities=[DOMAIN])["NotificationAttributes"][DOMAIN]
    assert notification["HeadersInBounceNotificationsEnabled"] is True
    assert notification["HeadersInComplaintNotificationsEnabled"] is False
    assert notification["BounceTopic"].endswith(":fidelity-feedback")
    rule = ses.describe_receipt_rule(RuleSetName="fidelity-rules", RuleName="store")["Rule"]
    assert rule["Actions"] == [{"S3Action": {"BucketName": "fidelity-inbound-mail", "ObjectKeyPrefix": "inbound/"}}]
    assert ses.describe_active_receipt_rule_set()["Metadata"]["Name"] == "fidelity-rules"
    # One store of configuration sets for both APIs: the v1 set is a v2 set too.
    v1_set = sesv2.get_configuration_set(ConfigurationSetName="fidelity-v1")
    assert v1_set["DeliveryOptions"]["TlsPolicy"] == "REQUIRE"
    assert v1_set["ReputationOptions"]["ReputationMetricsEnabled"] is True
    (destination,) = sesv2.get_configuration_set_event_destinations(
        ConfigurationSetName="fidelity-v1")["EventDestinations"]
    assert sorted(destination["MatchingEventTypes"]) == ["BOUNCE", "COMPLAINT"]
    names = sorted(item["Name"] for item in ses.list_configuration_sets()["ConfigurationSets"])
    assert names == ["fidelity-v1", "fidelity-v2"]


def check_destroyed(emulator: EmulatorProcess) -> None:
    ses, sesv2 = emulator.client("ses", REGION), emulator.client("sesv2", REGION)
    assert ses.list_identities()["Identities"] == []
    assert sesv2.list_configuration_sets()["ConfigurationSets"] == []
    assert ses.list_receipt_rule_sets()["RuleSets"] == []
    assert emulator.client("route53").list_hosted_zones()["HostedZones"] == []


@pytest.mark.timeout(5 * STEP_TIMEOUT)
def test_public_module_resources_apply_plan_clean_and_destroy(emulator: EmulatorProcess,
                                                              tool_env: dict[str, Any], tmp_path: Path):
    timings = run_configuration("ses-modules", emulator, tool_env, tmp_path)
    print("terraform steps (s): " + ", ".join(f"{step} {seconds:.1f}" for step, seconds in timings.items()))
    check_destroyed(emulator)
    log = emulator.log_path.read_text()
    assert not any(failure in log for failure in LOGGED_FAILURES), f"the emulator refused or failed calls:\n{log}"
