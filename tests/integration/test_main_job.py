"""The README's first command, scripts/demo, end to end, as a newcomer runs it: in a fresh copy of the
project with no virtual environment, so it installs only the main job's packages (Pipfile's
[packages]) and runs the emulator, cdktf, Terraform and every `ops` command it uses from that lean
environment: deploy (Route 53, SES, S3 state, STS, IAM, SNS, SQS), zone table, DNS checks, bounce and
complaint events through the simulator (SES, SNS, SQS), an empty second plan, and the summary.

The copy shares node_modules (the cdktf CLI, which this does not change) and the package caches.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from emulator.process import EmulatorProcess
from helpers import ROOT
from toolchain import fresh_machine_env

STAMP = re.compile(r"^\[\s*(\d+):(\d\d)\] ")
# What the tests and benchmarks add, and the moto[server] extras the emulator does not need.
NOT_IN_THE_MAIN_JOB = ["pytest", "cdktf_cdktf_provider_aws", "matplotlib", "mypy", "ruff", "psutil", "sympy",
                       "cfnlint", "docker", "networkx", "openapi_spec_validator", "aws_xray_sdk"]


def fresh_copy(target: Path) -> Path:
    """The project's files as a clone of the working tree would have them, without .venv or .work."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target


def quiet_spells(lines: list[str]) -> list[tuple[int, str]]:
    """Seconds between consecutive lines of each progress block (lines stamped [m:ss])."""
    spells, previous = [], None
    for line in lines:
        stamp = STAMP.match(line)
        if not stamp:
            previous = None  # a block's stamps start again at 0:00
            continue
        seconds = int(stamp.group(1)) * 60 + int(stamp.group(2))
        if previous is not None:
            spells.append((seconds - previous, line))
        previous = seconds
    return spells


@pytest.fixture(scope="module")
def lean(tmp_path_factory, tool_env) -> tuple[Path, dict[str, str]]:
    """A fresh copy of the project, and an environment as on a fresh machine (no .venv on PATH)."""
    return fresh_copy(tmp_path_factory.mktemp("lean") / "project"), fresh_machine_env(tool_env)


@pytest.mark.timeout(1800)
def test_demo_from_a_fresh_copy_installs_lean_deploys_checks_and_sums_up(lean):
    project, env = lean
    result = subprocess.run(["bash", "scripts/demo"], cwd=project, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=1500)
    output = result.stdout  # headings go to stderr, results to stdout: merged, in the order a terminal shows
    assert result.returncode == 0, output[-5000:]

    # The install said what it installs, and installed the main job's packages only.
    assert "installing the main job's 41 Python packages from Pipfile.lock: cdktf 0.21.0" in output
    found = subprocess.run(
        [str(project / ".venv" / "bin" / "python"), "-c",
         "import importlib.util, sys; print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m)))",
         *NOT_IN_THE_MAIN_JOB], capture_output=True, text=True, check=True).stdout.split()
    assert found == []
    assert (project / ".work" / "setup" / "python.log").read_text()  # the install's full output is kept

    # The deploy printed a line per resource as it completed, and was never quiet for long.
    lines = output.splitlines()
    assert any(re.search(r"\] polplana-work  created email/zone/zone \(aws_route53_zone\) in \d+s$", line)
               for line in lines)
    assert any(line.endswith("] polplana-work  Apply complete! Resources: 18 added, 0 changed, 0 destroyed.")
               for line in lines)
    long_spells = [(seconds, line) for seconds, line in quiet_spells(lines) if seconds > 12]
    assert long_spells == []
    log = (project / ".work" / "demo" / "deploy.log").read_text()
    assert "Creation complete after" in log and "Terraform will perform the following actions" in log

    # The zone, the DNS checks and the events, as before.
    assert "Hosted zone polplana.work (" in output
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines if line.startswith("| ")]
    assert ["TXT", "_dmarc.polplana.work", '"v=DMARC1; p=none;"', "300"] in rows
    assert ["MX", "mail.polplana.work", "10 feedback-smtp.eu-west-3.amazonses.com", "300"] in rows
    assert ["TXT", "mail.polplana.work", '"v=spf1 include:amazonses.com ~all"', "300"] in rows
    assert len([row for row in rows if row[0] == "CNAME" and "._domainkey.polplana.work" in row[1]]) == 3
    assert "Name servers to set at the registrar for polplana.work:" in output
    assert "7 of 7 checks pass" in output
    assert "SES events of polplana.work (SES eu-west-3, queue polplana-work-ses-events):" in output
    assert re.search(r"Bounce\s+Permanent/General\s+message \S+\s+arrived after", output)
    assert re.search(r"Complaint\s+feedback type abuse\s+message \S+\s+arrived after", output)

    # The summary: what was deployed, the name servers, each check's own verdict, what to run next.
    summary = output[output.index("==> summary"):]
    name_servers = re.findall(r"^  (ns-\S+)$", output, flags=re.MULTILINE)
    assert len(name_servers) == 4
    assert "polplana.work  (stack polplana-work, SES eu-west-3)" in summary
    assert f"  name servers for the registrar: {', '.join(name_servers)}" in summary
    assert "  DNS checks: 7 of 7 checks pass" in summary
    assert "  bounce and complaint events: both events arrived" in summary
    assert "  second plan: no changes" in summary and "the state stack's second plan: no changes" in summary
    assert "scripts/deploy" in summary and "python -m ops check-existing polplana-work" in summary


LOCK_CALLS = """
import boto3, botocore.exceptions, json, sys
dynamodb = boto3.client("dynamodb", region_name="eu-south-2")
dynamodb.create_table(TableName="locks", BillingMode="PAY_PER_REQUEST",
                      AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}],
                      KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}])
lock = {"LockID": {"S": "bucket/polplana-work/terraform.tfstate"}, "Info": {"S": "{}"}}
# The S3 backend's DynamoDB lock: a conditional put, a second one refused, a read, a release.
dynamodb.put_item(TableName="locks", Item=lock, ConditionExpression="attribute_not_exists(LockID)")
try:
    dynamodb.put_item(TableName="locks", Item=lock, ConditionExpression="attribute_not_exists(LockID)")
    refused = None
except botocore.exceptions.ClientError as error:
    refused = error.response["Error"]["Code"]
held = dynamodb.get_item(TableName="locks", Key={"LockID": lock["LockID"]})["Item"]["LockID"]["S"]
dynamodb.delete_item(TableName="locks", Key={"LockID": lock["LockID"]})
print(json.dumps({"refused": refused, "held": held}))
"""


def test_the_lean_environment_serves_what_the_demo_does_not_call(lean, tmp_path):
    """The demo covers Route 53, SES v2, S3, STS, IAM, SNS and SQS; here the rest the backend and `ops`
    use, from the lean environment's Python: the S3 backend's DynamoDB lock and `ops account`."""
    project, env = lean
    python = project / ".venv" / "bin" / "python"
    if not python.exists():  # this test alone: install as the demo would
        setup = subprocess.run(["bash", "scripts/setup"], cwd=project, env=env, capture_output=True, text=True,
                               timeout=900)
        assert setup.returncode == 0, setup.stdout[-3000:] + setup.stderr[-3000:]
    with EmulatorProcess.start(tmp_path / "emulator.log", python=str(python)) as emulator:
        calls = {**env, **emulator.env()}
        lock = subprocess.run([str(python), "-c", LOCK_CALLS], cwd=project, env=calls, capture_output=True,
                              text=True, timeout=120)
        assert lock.returncode == 0, lock.stderr[-3000:]
        assert json.loads(lock.stdout) == {"refused": "ConditionalCheckFailedException",
                                           "held": "bucket/polplana-work/terraform.tfstate"}
        account = subprocess.run([str(python), "-m", "ops", "account", "--region", "eu-west-3"], cwd=project,
                                 env=calls, capture_output=True, text=True, timeout=120)
        assert account.returncode == 0, account.stderr[-3000:]
        assert "sandbox" in account.stdout.lower()
