"""``python -m benchmarks creates``: many creates at once against the emulator, round after round.

Plain Terraform (no cdktf) with the project's provider: ``--resources`` SES v2 configuration sets,
each with a CloudWatch event destination, and as many SES v1 receipt rule sets, applied with
``-parallelism=--parallelism`` and destroyed, ``--rounds`` times, against one emulator. A round
fails when the apply does, typically on a create the provider sent twice (``AlreadyExistsException``:
the emulator made it, the provider did not see the answer and retried). The table gives each
round's apply time and first error, and the count of failed rounds: the emulator must answer every
call so that none is sent again, however many are in flight.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from emulator.process import EmulatorProcess
from toolchain.bindings import PROVIDER_VERSION

REGION = "eu-west-3"


def configuration(endpoint: str, resources: int) -> dict[str, Any]:
    sets = {f"s{i}": {"configuration_set_name": f"set-{i}"} for i in range(resources)}
    destination = {
        "enabled": True,
        "matching_event_types": ["SEND"],
        "cloud_watch_destination": [{"dimension_configuration": [
            {"default_dimension_value": "d", "dimension_name": "source", "dimension_value_source": "MESSAGE_TAG"}
        ]}],
    }
    destinations = {
        f"d{i}": {"configuration_set_name": f"${{aws_sesv2_configuration_set.s{i}.configuration_set_name}}",
                  "event_destination_name": "cw", "event_destination": [destination]}
        for i in range(resources)
    }
    rule_sets = {f"r{i}": {"rule_set_name": f"rules-{i}"} for i in range(resources)}
    return {
        "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": PROVIDER_VERSION}}},
        "provider": {"aws": {
            "region": REGION, "access_key": "test", "secret_key": "test",
            "skip_credentials_validation": True, "skip_requesting_account_id": True, "skip_metadata_api_check": True,
            "endpoints": [{service: endpoint for service in ("sesv2", "ses", "sts")}],
        }},
        "resource": {
            "aws_sesv2_configuration_set": sets,
            "aws_sesv2_configuration_set_event_destination": destinations,
            "aws_ses_receipt_rule_set": rule_sets,
        },
    }


def first_error(output: str) -> str:
    for line in output.splitlines():
        if "Error: " in line:
            return line.split("Error: ", 1)[1].strip()[:160]
    return "(no error line)"


def run(*, resources: int, parallelism: int, rounds: int, work: Path, env: dict[str, str]) -> str:
    """Apply and destroy ``rounds`` times; the markdown table of the rounds."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    rows, failed = [], 0
    with EmulatorProcess.start(work / "emulator.log") as emulator:
        env = {key: value for key, value in env.items() if not key.startswith(("AWS_", "TF_LOG"))}
        env |= {"AWS_CA_BUNDLE": str(emulator.ca_bundle), "TF_INPUT": "0"}
        (work / "main.tf.json").write_text(json.dumps(configuration(emulator.url, resources), indent=1))

        def terraform(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(["terraform", f"-chdir={work}", *args, "-no-color"], env=env,
                                  capture_output=True, text=True, timeout=3600)

        init = terraform("init", "-input=false")
        if init.returncode != 0:
            raise RuntimeError(f"terraform init failed:\n{init.stdout[-2000:]}{init.stderr[-2000:]}")
        for number in range(1, rounds + 1):
            started = time.monotonic()
            applied = terraform("apply", "-auto-approve", f"-parallelism={parallelism}")
            seconds = time.monotonic() - started
            result = "ok" if applied.returncode == 0 else first_error(applied.stdout + applied.stderr)
            failed += applied.returncode != 0
            rows.append(f"| {number} | {seconds:.0f} | {result} |\n")
            print(f"round {number}: {seconds:.0f} s, {result}", flush=True)
            destroyed = terraform("destroy", "-auto-approve", f"-parallelism={parallelism}")
            if applied.returncode != 0 or destroyed.returncode != 0:
                # A create the state missed outlives the destroy: start the next round afresh, so
                # that one failure does not fail every later round on the same name.
                emulator.post("/moto-api/reset")
                for state in work.glob("terraform.tfstate*"):
                    state.unlink()
    here = Path(__file__).resolve().parent
    revision = subprocess.run(["git", "-C", str(here), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
    return (f"At `{revision}`: {resources} configuration sets with an event destination and "
            f"{resources} receipt rule sets ({resources * 3} resources), "
            f"`terraform apply -parallelism={parallelism}` then destroy, {rounds} rounds, one emulator, "
            f"{os.cpu_count()} cores: **{failed} of {rounds} applies failed**.\n\n"
            "| round | apply s | result |\n| ---: | ---: | --- |\n" + "".join(rows))
