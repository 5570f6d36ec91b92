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
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from emulator.process import EmulatorProcess

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


# In the provider's debug log: the AWS SDK's attempt header of a request, the call, a response's status.
ATTEMPT = re.compile(r'amz_sdk_request="attempt=(\d+); max=\d+"')
CALL = re.compile(r"rpc\.method=(\w+)")
STATUS = re.compile(r"http\.status_code=(\d+)")
ENTRY = re.compile(r"\n(?=\d{4}-\d\d-\d\dT)")
READS = ("Get", "List", "Describe", "Head")
TRANSPORT_ERROR = re.compile(r"connection reset|broken pipe|EOF|timeout|deadline exceeded", re.IGNORECASE)


def retried_calls(debug_log: Path) -> str:
    """What went wrong under a failed step, from the provider's debug log: requests the AWS SDK sent
    again (a retried create that had in fact succeeded fails as "already exists"), write calls AWS
    answered with an error (the provider retries some of those itself), transport errors."""
    text = debug_log.read_text(errors="replace") if debug_log.exists() else ""
    found = []
    for line in ENTRY.split(text):  # an entry's fields can follow a multi-line body
        call = CALL.search(line)
        name = call[1] if call else "?"
        attempt, status = ATTEMPT.search(line), STATUS.search(line)
        if attempt and int(attempt[1]) > 1:
            found.append(f"{name}: sent again, attempt {attempt[1]}")
        elif status and int(status[1]) >= 400 and not name.startswith(READS):
            found.append(f"{name}: HTTP {status[1]}")
        elif "[ERROR]" in line or ("[WARN]" in line and TRANSPORT_ERROR.search(line)):
            found.append(line[:400].replace("\n", " "))
    return "\n".join(found[-40:]) or "(no call was retried or failed)"


def terraform(workdir: Path, env: dict[str, str], step: str) -> tuple[int, str, float]:
    """Run one step; its exit code, output and duration. A step past STEP_TIMEOUT is killed with its
    provider plugins (its own process group) and fails the test. The provider's debug log goes to
    ``terraform-<step>.log`` in ``workdir``, for ``retried_calls``."""
    started = time.monotonic()
    env = {**env, "TF_LOG_PROVIDER": "DEBUG", "TF_LOG_PATH": str(workdir / f"terraform-{step}.log")}
    process = subprocess.Popen(["terraform", *STEPS[step], "-no-color"], cwd=workdir, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"terraform {step} still running after {STEP_TIMEOUT} s:\n{output[-6000:]}")
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
        code, output, timings[step] = terraform(workdir, env, step)
        # For the plan (-detailed-exitcode) 0 is "no changes"; 2 would be a diff after the apply.
        assert code == 0, (f"terraform {step} exited {code}:\n{output[-6000:]}\n\nretried by the AWS SDK:\n"
                           f"{retried_calls(workdir / f'terraform-{step}.log')}\n\nthe emulator's log:\n"
                           f"{emulator.log_path.read_text()[-3000:]}")
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
