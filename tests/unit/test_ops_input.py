"""Bad input to `python -m ops`: one clear message on stderr, exit 1 or 2, never a traceback.

Each case runs the tool as a user does, in a subprocess, with no AWS to talk to: the
endpoint is a closed local port and the credentials are fake, so an input that got through
by mistake fails at the connection instead of reaching AWS. Cases that need the emulator
are in tests/ops/. The plan-summary dangers are checked in-process at the end.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from helpers import ROOT
from ops.plan_summary import summarize

USE_CASE = "Transactional mail for StudyFlow: sign-up confirmations and password resets."


@dataclass(frozen=True)
class Case:
    """``python -m ops *args`` (``{dir}`` is the fixture folder) must exit ``status`` with ``message``."""

    args: tuple[str, ...]
    status: int
    message: str
    env: dict[str, str] = field(default_factory=dict)


def request(*extra: str, use_case: str = "{dir}/use-case.md") -> tuple[str, ...]:
    return ("request-production-access", "--region", "eu-west-3", "--website-url", "https://polplana.work",
            "--use-case-file", use_case, *extra)


def check(*extra: str) -> tuple[str, ...]:
    return ("check-dns", "polplana.work", "--nameserver", "127.0.0.1", "--ses-region", "eu-west-3", *extra)


CASES = {
    # the command line itself
    "no command": Case((), 2, "the following arguments are required: COMMAND"),
    "unknown command": Case(("zones",), 2, "invalid choice: 'zones'"),
    # zone
    "zone: no domain": Case(("zone",), 2, "the following arguments are required: domain"),
    "zone: one label": Case(("zone", "localhost"), 2,
                            "argument domain: 'localhost' is not a fully qualified domain name (needs a dot)"),
    "zone: space in a label": Case(("zone", "polplana work.com"), 2,
                                   "argument domain: 'polplana work.com' has an invalid label 'polplana work'"),
    "zone: edge hyphen": Case(("zone", "polplana-.work"), 2, "has an invalid label 'polplana-'"),
    "zone: not ASCII": Case(("zone", "pölplana.work"), 2, "is not ASCII; give internationalized names in punycode"),
    "zone: AWS endpoint closed": Case(("zone", "polplana.work"), 1, "error: cannot reach the AWS endpoint"),
    "zone: AWS_ENDPOINT_URL malformed": Case(("zone", "polplana.work"), 1,
                                             "error: cannot make an AWS route53 client: Invalid endpoint: not-a-url",
                                             env={"AWS_ENDPOINT_URL": "not-a-url"}),
    # account
    "account: no region": Case(("account",), 2, "the following arguments are required: --region"),
    "account: not a region": Case(("account", "--region", "not-a-region"), 2,
                                  "argument --region: 'not-a-region' is not a region where SES runs"),
    "account: a typo of a region": Case(("account", "--region", "eu-west-33"), 2,
                                        "'eu-west-33' is not a region where SES runs (did you mean eu-west-3?)"),
    "account: AWS endpoint closed": Case(("account", "--region", "eu-west-3"), 1,
                                         "error: cannot reach the AWS endpoint (https://127.0.0.1:"),
    "account: no credentials": Case(("account", "--region", "eu-west-3"), 1, "error: no AWS credentials found",
                                    env={"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}),
    "account: unknown profile": Case(("account", "--region", "eu-west-3"), 1,
                                     "error: The config profile (nobody) could not be found",
                                     env={"AWS_PROFILE": "nobody", "AWS_ACCESS_KEY_ID": "",
                                          "AWS_SECRET_ACCESS_KEY": ""}),
    # request-production-access: the use-case file
    "use case: missing": Case(request(use_case="{dir}/missing.md"), 1,
                              "error: the use-case file {dir}/missing.md does not exist"),
    "use case: a directory": Case(request(use_case="{dir}"), 1, "error: the use-case file {dir} is a directory"),
    "use case: empty": Case(request(use_case="{dir}/empty.md"), 1, "error: the use-case file {dir}/empty.md is empty"),
    "use case: whitespace only": Case(request(use_case="{dir}/blank.md"), 1,
                                      "error: the use-case file {dir}/blank.md is empty"),
    "use case: not UTF-8": Case(request(use_case="{dir}/latin1.md"), 1,
                                "error: the use-case file {dir}/latin1.md is not UTF-8 text (byte 10 is 0xe9)"),
    "use case: over 5,000 characters": Case(request(use_case="{dir}/long.md"), 1,
                                            "error: the use-case file {dir}/long.md has 5,001 characters; "
                                            "AWS takes at most 5,000"),
    "use case: a device": Case(request(use_case="/dev/zero"), 1, "error: the use-case file /dev/zero is over 64 KiB"),
    "use case: the template unanswered": Case(request(use_case=str(ROOT / "ops/templates/use-case.md")), 1,
                                              "ops/templates/use-case.md still has TODO placeholders"),
    # request-production-access: the other arguments
    "request: not a region": Case(("request-production-access", "--region", "eu-nowhere-1", "--website-url",
                                   "https://polplana.work", "--use-case-file", "{dir}/use-case.md"), 2,
                                  "argument --region: 'eu-nowhere-1' is not a region where SES runs"),
    "request: not an address": Case(request("--contact", "nobody"), 2,
                                    "argument --contact: 'nobody' is not an email address (local@domain)"),
    "request: a bad address in a list": Case(request("--contact", "ops@polplana.work,dev@localhost"), 2,
                                             "'dev@localhost' is not an email address: the domain 'localhost' is "
                                             "not a fully qualified domain name"),
    "request: an address AWS finds too short": Case(request("--contact", "a@b.c"), 2,
                                                    "'a@b.c' is not an email address: AWS takes 6 to 254 characters"),
    "request: a stray comma": Case(request("--contact", "ops@polplana.work,"), 2,
                                   "'ops@polplana.work,' has an empty address (a stray comma?)"),
    "request: two @": Case(request("--contact", "ops@dev@polplana.work"), 2,
                           "'ops@dev@polplana.work' is not an email address: invalid part before the @"),
    "request: five contacts": Case(request("--contact", "a1@polplana.work,a2@polplana.work", "--contact",
                                           "a3@polplana.work", "--contact", "a4@polplana.work,a5@polplana.work"), 1,
                                   "error: 5 --contact addresses given; AWS takes at most 4"),
    "request: not a URL": Case(request("--website-url", "not a url"), 1,
                               "error: invalid request: --website-url 'not a url': Input should be a valid URL"),
    "request: not http": Case(request("--website-url", "ftp://polplana.work"), 1,
                              "--website-url 'ftp://polplana.work': URL scheme should be 'http' or 'https'"),
    "request: URL over 1,000 characters": Case(request("--website-url", "https://polplana.work/" + "a" * 1000), 1,
                                               "longer than 1000 characters (AWS's limit)"),
    "request: unknown mail type": Case(request("--mail-type", "BULK"), 2, "argument --mail-type: invalid choice"),
    # check-dns
    "check-dns: bad domain": Case(("check-dns", "polplana..work"), 2, "argument domain: 'polplana..work' has an "
                                                                      "invalid label ''"),
    "check-dns: name server not an IP": Case(check("--nameserver", "not-an-ip"), 2,
                                             "argument --nameserver: 'not-an-ip' is not an IP address"),
    "check-dns: name server a host name": Case(check("--nameserver", "ns1.example.com"), 2,
                                               "'ns1.example.com' is not an IP address"),
    "check-dns: port too high": Case(check("--port", "70000"), 2,
                                     "argument --port: 70000 is not a port number (1 to 65535)"),
    "check-dns: port zero": Case(check("--port", "0"), 2, "argument --port: 0 is not a port number"),
    "check-dns: port not a number": Case(check("--port", "dns"), 2, "argument --port: 'dns' is not a port number"),
    "check-dns: negative timeout": Case(check("--timeout", "-1"), 2,
                                        "argument --timeout: -1 seconds: give more than 0 and at most 60"),
    "check-dns: zero timeout": Case(check("--timeout", "0"), 2, "argument --timeout: 0 seconds"),
    "check-dns: NaN timeout": Case(check("--timeout", "nan"), 2, "argument --timeout: nan seconds"),
    "check-dns: timeout not a number": Case(check("--timeout", "soon"), 2,
                                            "argument --timeout: 'soon' is not a number of seconds"),
    "check-dns: not an SES region": Case(check("--ses-region", "moon-1"), 2,
                                         "argument --ses-region: 'moon-1' is not a region where SES runs"),
    "check-dns: AWS_REGION not an SES region": Case(("check-dns", "example.org"), 1,
                                                    "error: AWS_REGION: 'moon-1' is not a region where SES runs",
                                                    env={"AWS_REGION": "moon-1"}),
    "check-dns: no SES region anywhere": Case(("check-dns", "example.org"), 1, "error: no SES region: pass "
                                                                               "--ses-region"),
    "check-dns: AWS endpoint closed": Case(check(), 1, "error: cannot reach the AWS endpoint"),
    # plan-summary
    "plan: no file given": Case(("plan-summary",), 2, "the following arguments are required: PLAN.json"),
    "plan: missing": Case(("plan-summary", "{dir}/missing.json"), 1, "error: {dir}/missing.json: no such file"),
    "plan: a directory": Case(("plan-summary", "{dir}"), 1, "error: {dir}: a directory, not a `terraform show"),
    "plan: a state": Case(("plan-summary", "{dir}/state.json"), 1,
                          "error: {dir}/state.json: `terraform show -json` of a state, not of a plan"),
    "plan: no state": Case(("plan-summary", "{dir}/no-state.json"), 1, "of a state, not of a plan"),
    "plan: the binary plan file": Case(("plan-summary", "{dir}/tfplan"), 1,
                                       "error: {dir}/tfplan: a binary plan file; give `terraform show -json tfplan`"),
    "plan: not JSON": Case(("plan-summary", "{dir}/plan.txt"), 1, "error: {dir}/plan.txt: not JSON"),
    "plan: not UTF-8": Case(("plan-summary", "{dir}/latin1.md"), 1, "error: {dir}/latin1.md: not UTF-8 text"),
    "plan: a JSON array": Case(("plan-summary", "{dir}/array.json"), 1,
                               "error: {dir}/array.json: holds an array, not an object"),
    "plan: no format_version": Case(("plan-summary", "{dir}/other.json"), 1, "(no format_version)"),
    "plan: format 2": Case(("plan-summary", "{dir}/format2.json"), 1, "JSON format_version '2.0'; this tool reads "
                                                                      "format 1.x"),
    "plan: resource_changes not a list": Case(("plan-summary", "{dir}/changes-object.json"), 1,
                                              "resource_changes is an object, not an array: a malformed plan"),
    "plan: a change without actions": Case(("plan-summary", "{dir}/no-actions.json"), 1,
                                           "resource_changes[0] (aws_route53_zone.zone) has no change.actions list"),
    "plan: a change not an object": Case(("plan-summary", "{dir}/change-string.json"), 1,
                                         "resource_changes[1] is a string, not an object"),
    "plan: output to a directory": Case(("plan-summary", "{dir}/empty-plan.json", "--output", "{dir}"), 1,
                                        "error: cannot write --output {dir}: Is a directory"),
    # stacks
    "stacks: no config file": Case(("stacks",), 2, "error: {dir}/missing.toml: config file not found",
                                   env={"MAIL_DOMAINS_FILE": "{dir}/missing.toml"}),
}


def plan(changes: list[Any] | None = None) -> dict[str, Any]:
    """A `terraform show -json PLANFILE` document (format 1.2, as Terraform 1.11 writes it)."""
    document: dict[str, Any] = {"format_version": "1.2", "terraform_version": "1.11.4",
                                "planned_values": {"root_module": {}}, "configuration": {"root_module": {}},
                                "timestamp": "2025-01-01T00:00:00Z", "applyable": bool(changes), "complete": True,
                                "errored": False}
    if changes is not None:
        document["resource_changes"] = changes
    return document


def write_fixtures(folder: Path) -> None:
    (folder / "use-case.md").write_text(USE_CASE)
    (folder / "empty.md").write_text("")
    (folder / "blank.md").write_text("  \n\t\n")
    (folder / "latin1.md").write_bytes("Envoi de r\u00e9initialisations".encode("latin-1"))
    (folder / "long.md").write_text("x" * 5001 + "\n")
    (folder / "state.json").write_text(json.dumps({"format_version": "1.0", "terraform_version": "1.11.4",
                                                   "values": {"root_module": {"resources": []}}}))
    (folder / "no-state.json").write_text('{"format_version":"1.0"}\n')
    with zipfile.ZipFile(folder / "tfplan", "w") as archive:
        archive.writestr("tfplan", "not really a plan")
    (folder / "plan.txt").write_text("Plan: 1 to add, 0 to change, 0 to destroy.\n")
    (folder / "array.json").write_text("[]")
    (folder / "other.json").write_text('{"name": "not terraform"}')
    (folder / "format2.json").write_text(json.dumps({**plan(), "format_version": "2.0"}))
    (folder / "changes-object.json").write_text(json.dumps({**plan(), "resource_changes": {"a": 1}}))
    (folder / "no-actions.json").write_text(json.dumps(plan([
        {"address": "aws_route53_zone.zone", "mode": "managed", "type": "aws_route53_zone", "change": {}}])))
    (folder / "change-string.json").write_text(json.dumps(plan([
        {"address": "aws_route53_zone.zone", "mode": "managed", "type": "aws_route53_zone",
         "change": {"actions": ["no-op"]}}, "aws_route53_record.x"])))
    (folder / "empty-plan.json").write_text(json.dumps(plan()))


def closed_port() -> int:
    """A local TCP port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ops-input")
    write_fixtures(path)
    return path


@pytest.fixture(scope="module")
def no_aws(tmp_path_factory) -> dict[str, str]:
    """The environment's variables, AWS's replaced: a closed endpoint, fake keys, no profile files."""
    home = tmp_path_factory.mktemp("home")
    return {
        **{name: value for name, value in os.environ.items() if not name.startswith("AWS_")},
        "HOME": str(home),  # no ~/.aws
        "AWS_ENDPOINT_URL": f"https://127.0.0.1:{closed_port()}",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_CONFIG_FILE": str(home / "aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "MAIL_DOMAINS_FILE": str(ROOT / "domains.toml"),
    }


def case_env(case: Case, base: dict[str, str], folder: Path) -> dict[str, str]:
    env = {**base, **{name: value.format(dir=folder) for name, value in case.env.items()}}
    return {name: value for name, value in env.items() if value != ""}  # "" unsets


def check_output(case: Case, status: int, stderr: str, folder: Path) -> None:
    assert "Traceback" not in stderr, stderr
    assert status == case.status, stderr
    lines = stderr.strip().splitlines()
    assert lines, "nothing on stderr"
    if lines[0].startswith("usage: "):  # argparse's (exit 2): the usage, wrapped, then one error line
        assert case.status == 2 and all(line.startswith(" ") for line in lines[1:-1]), stderr
    else:  # ours: one `error:` line
        assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert case.message.format(dir=folder) in lines[-1]


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_one_clear_message(name, folder, no_aws, monkeypatch, capsys):
    """Every case, through ``ops.__main__.main`` in this process (fast)."""
    from ops.__main__ import main

    case = CASES[name]
    for variable in [v for v in os.environ if v.startswith("AWS_")]:
        monkeypatch.delenv(variable)
    for variable, value in case_env(case, no_aws, folder).items():
        monkeypatch.setenv(variable, value)
    try:
        status = main([arg.format(dir=folder) for arg in case.args])
    except SystemExit as exit:  # argparse
        status = int(exit.code or 0)
    check_output(case, status, capsys.readouterr().err, folder)


# A sample of CASES, one or more of each command and kind of fault, run as a user runs them.
AS_A_USER = [
    "no command", "zone: space in a label", "account: no credentials", "use case: whitespace only",
    "request: five contacts", "check-dns: name server not an IP", "plan: a state", "stacks: no config file",
]


@pytest.fixture(scope="module")
def as_a_user(folder, no_aws) -> dict[str, subprocess.CompletedProcess[str]]:
    """The cases of AS_A_USER through `python -m ops`, a few at a time (each is a fresh interpreter)."""
    def run(name: str) -> subprocess.CompletedProcess[str]:
        case = CASES[name]
        return subprocess.run([sys.executable, "-m", "ops", *(arg.format(dir=folder) for arg in case.args)],
                              cwd=ROOT, env=case_env(case, no_aws, folder), capture_output=True, text=True,
                              timeout=60)

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(AS_A_USER, pool.map(run, AS_A_USER), strict=True))


@pytest.mark.parametrize("name", AS_A_USER)
def test_bad_input_as_a_user_runs_it(name, as_a_user, folder):
    result = as_a_user[name]
    check_output(CASES[name], result.returncode, result.stderr, folder)


def test_contacts_are_comma_separated_or_repeated(folder, no_aws, monkeypatch, capsys):
    """Three addresses from three flags, one a list, get into the request; it stops at the (closed) endpoint."""
    from ops.__main__ import main

    for variable, value in no_aws.items():
        monkeypatch.setenv(variable, value)
    args = request("--contact", "ops@polplana.work, dev@polplana.work", "--contact", "ops@polplana.work",
                   "--contact", "boss@example.org")
    assert main([arg.format(dir=folder) for arg in args]) == 1
    out, err = capsys.readouterr()
    assert "Contacts:     ops@polplana.work, dev@polplana.work, boss@example.org" in out
    assert err.startswith("error: cannot reach the AWS endpoint")


# plan-summary's dangers, on plans shaped as `terraform show -json` writes them


def identity_update(before_bits: int, after_bits: int) -> dict[str, Any]:
    """The SES identity's in-place update when domains.toml changes dkim_key_length (from a real plan)."""
    def values(next_bits: int) -> dict[str, Any]:
        return {
            "arn": "arn:aws:ses:eu-west-3::identity/polplana.work",
            "configuration_set_name": "",
            "dkim_signing_attributes": [{
                "current_signing_key_length": f"RSA_{before_bits}_BIT",
                "domain_signing_private_key": "",
                "domain_signing_selector": "",
                "last_key_generation_timestamp": "2025-01-01T00:00:00Z",
                "next_signing_key_length": f"RSA_{next_bits}_BIT",
                "signing_attributes_origin": "AWS_SES",
                "status": "SUCCESS",
                "tokens": ["zylr2roqclpewnmv6f0tg82hjnd373ky", "urbsyb443mqjfd4c2dx2ls98isqoz2yf",
                           "jmwpgdmnf0rgfhtbdq77nuqri4kj4av0"],
            }],
            "email_identity": "polplana.work",
            "id": "polplana.work",
            "identity_type": "DOMAIN",
            "tags": {},
            "tags_all": {"email-domain": "polplana.work", "managed-by": "cdktf-ses-domain"},
            "verified_for_sending_status": True,
        }

    sensitive = {"dkim_signing_attributes": [{"domain_signing_private_key": True, "tokens": [False] * 3}],
                 "tags": {}, "tags_all": {}}
    return {
        "address": "aws_sesv2_email_identity.email_identity_1AF79746",
        "mode": "managed",
        "type": "aws_sesv2_email_identity",
        "name": "email_identity_1AF79746",
        "provider_name": "registry.terraform.io/hashicorp/aws",
        "change": {"actions": ["update"], "before": values(before_bits), "after": values(after_bits),
                   "after_unknown": {}, "before_sensitive": sensitive, "after_sensitive": sensitive},
    }


def no_op(address: str, kind: str) -> dict[str, Any]:
    return {"address": address, "mode": "managed", "type": kind, "name": address.split(".")[1],
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {"actions": ["no-op"], "before": {}, "after": {}, "after_unknown": {}}}


@pytest.fixture
def write_plan(tmp_path) -> Callable[[dict[str, Any]], Path]:
    def write(document: dict[str, Any]) -> Path:
        path = tmp_path / "polplana-work.json"
        path.write_text(json.dumps(document))
        return path

    return write


def test_dkim_key_downgrade_is_dangerous(write_plan):
    summary = summarize(write_plan(plan([
        no_op("aws_route53_zone.email_zone_1C133EA5", "aws_route53_zone"),
        identity_update(2048, 1024),
    ])))
    assert (summary.create, summary.update, summary.replace, summary.delete) == (0, 1, 0, 0)
    (danger,) = summary.dangers
    assert danger.address == "aws_sesv2_email_identity.email_identity_1AF79746"
    assert danger.what.startswith("SES identity DKIM key downgraded from 2048 to 1024 bits")
    assert danger.what.endswith("(polplana.work)")


@pytest.mark.parametrize("before, after", [(1024, 2048), (2048, 2048)])
def test_dkim_key_upgrade_or_other_update_is_safe(write_plan, before, after):
    summary = summarize(write_plan(plan([identity_update(before, after)])))
    assert summary.update == 1 and summary.dangers == []


def test_dkim_downgrade_fails_the_command_unless_allowed(write_plan, capsys):
    from ops.__main__ import main

    path = write_plan(plan([identity_update(2048, 1024)]))
    assert main(["plan-summary", str(path)]) == 1
    refused = capsys.readouterr().out
    assert "| `polplana-work` | 0 | 0 | 1 | 0 | 0 | **1** |" in refused
    assert "SES identity DKIM key downgraded from 2048 to 1024 bits" in refused
    assert main(["plan-summary", str(path), "--allow-destructive"]) == 0
    assert "allowed for this run" in capsys.readouterr().out


def test_a_plan_with_no_resources_is_a_plan(write_plan):
    """Terraform leaves resource_changes out when the configuration has no resources."""
    summary = summarize(write_plan(plan()))
    assert summary.changes == 0 and summary.dangers == []


def test_deleting_the_events_queue_is_dangerous_and_the_topic_is_not(write_plan):
    """Turning events off deletes the queue: events the application has not read yet would be lost."""
    def delete(address: str, kind: str, name: str) -> dict[str, Any]:
        return {**no_op(address, kind), "change": {"actions": ["delete"], "before": {"name": name}, "after": None,
                                                   "after_unknown": {}}}

    summary = summarize(write_plan(plan([
        delete("aws_sqs_queue.email_events_queue_EE9085E9", "aws_sqs_queue", "polplana-work-ses-events"),
        delete("aws_sns_topic.email_events_topic_F04D49D9", "aws_sns_topic", "polplana-work-ses-events"),
    ])))
    assert summary.delete == 2
    (danger,) = summary.dangers
    assert danger.address == "aws_sqs_queue.email_events_queue_EE9085E9"
    assert danger.what == ("SQS queue deleted: the bounce and complaint events in it not yet read are lost "
                           "(polplana-work-ses-events)")


def test_one_client_per_service_region_and_aws_environment(monkeypatch):
    """Making a boto3 client costs about 0.1 s of CPU; a check of 100 domains asks for hundreds."""
    from ops.aws import client

    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://127.0.0.1:1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    first = client("route53", "us-east-1")
    assert client("route53", "us-east-1") is first
    assert client("route53", "eu-west-3") is not first
    assert first.meta.endpoint_url == "https://127.0.0.1:1"
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://127.0.0.1:2")  # another emulator: another client
    assert client("route53", "us-east-1").meta.endpoint_url == "https://127.0.0.1:2"
