"""Shared test helpers: the example configs, in-process synth, running the app as cdktf would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SEED_CONFIG = (ROOT / "domains.toml").read_text()

# A second domain in another SES region, with non-default DMARC and MAIL FROM.
TWO_DOMAINS_CONFIG = SEED_CONFIG + textwrap.dedent(
    """
    [[domain]]
    name = "news.example.org"
    ses_region = "us-east-1"
    mail_from = "bounce"
    mail_from_on_mx_failure = "REJECT_MESSAGE"
    dkim_key_length = 1024

    [domain.dmarc]
    policy = "quarantine"
    sp = "reject"
    pct = 50
    rua = ["mailto:dmarc@example.org", "mailto:reports@dmarc.example.net"]
    ruf = ["mailto:forensic@example.org"]
    adkim = "s"
    aspf = "s"
    fo = "1"
    """
)


class Synth:
    """The synthesized Terraform JSON of one stack, with lookups by resource type."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document

    def resources(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.doc.get("resource", {}).get(kind, {})

    def one(self, kind: str) -> dict[str, Any]:
        found = self.resources(kind)
        assert len(found) == 1, f"expected one {kind}, found {sorted(found)}"
        return next(iter(found.values()))

    def records(self, record_type: str) -> list[dict[str, Any]]:
        return [r for r in self.resources("aws_route53_record").values() if r["type"] == record_type]

    def ref(self, kind: str) -> str:
        """``kind.<logical id>`` of the only resource of that kind."""
        found = self.resources(kind)
        assert len(found) == 1
        return f"{kind}.{next(iter(found))}"


def synth_config(config_text: str, outdir: Path, endpoint: Any = None) -> dict[str, Synth]:
    """Synthesize a config text in-process; returns each stack's JSON by stack name."""
    import tomllib

    from stacks.app import build_app
    from stacks.config import parse_config

    config = parse_config(tomllib.loads(config_text), Path("domains.toml"))
    build_app(config, outdir=str(outdir), endpoint=endpoint).synth()
    return {
        stack.name: Synth(json.loads((stack / "cdk.tf.json").read_text()))
        for stack in sorted((outdir / "stacks").iterdir())
    }


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by relative path, with its bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def run_app(env: dict[str, str], cwd: Path = ROOT, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``main.py`` as cdktf would (as in cdktf.json), in a subprocess."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        cwd=cwd,
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=300,
    )


HEAD = """
[defaults]
region = "eu-south-2"
ses_region = "eu-west-3"

[state]
bucket = "studyflow-terraform-state"
"""


def refused(write_config: Any, text: str) -> list[str]:
    """The problems ``text`` is refused for, one per line, each without the leading ``<file>: ``."""
    import pytest

    from stacks.config import ConfigError, load_config

    path = write_config(text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    lines = str(error.value).splitlines()
    assert all(line.startswith(f"{path}: ") for line in lines), lines
    return [line.removeprefix(f"{path}: ") for line in lines]


def domains(text: str, head: str = HEAD) -> str:
    return textwrap.dedent(head) + textwrap.dedent(text)


# In the Terraform AWS provider's debug log (TF_LOG_PROVIDER=DEBUG): an entry's start (its fields can
# follow a multi-line body), the AWS SDK's attempt header, the API call, a response's HTTP status.
_LOG_ENTRY = re.compile(r"\n(?=\d{4}-\d\d-\d\dT)")
_ATTEMPT = re.compile(r'amz_sdk_request="attempt=(\d+); max=\d+"')
_CALL = re.compile(r"rpc\.method=(\w+)")
_STATUS = re.compile(r"http\.status_code=(\d+)")
_READS = ("Get", "List", "Describe", "Head")
_TRANSPORT_ERROR = re.compile(r"connection reset|broken pipe|\bEOF\b|timeout|deadline exceeded", re.IGNORECASE)


def provider_trouble(debug_log: Path, limit: int = 40) -> str:
    """What went wrong in a Terraform run, from the provider's debug log: requests the AWS SDK sent
    again (a retried create that had in fact succeeded fails as "already exists"), write calls answered
    with an HTTP error (the provider retries some of those itself), the SDK's "request failed with
    retryable error" lines, errors and transport warnings."""
    text = debug_log.read_text(errors="replace") if debug_log.exists() else ""
    found = []
    for entry in _LOG_ENTRY.split(text):
        call = _CALL.search(entry)
        name = call[1] if call else "?"
        attempt, status = _ATTEMPT.search(entry), _STATUS.search(entry)
        if attempt and int(attempt[1]) > 1:
            found.append(f"{name}: sent again, attempt {attempt[1]}")
        elif status and int(status[1]) >= 400 and not name.startswith(_READS):
            found.append(f"{name}: HTTP {status[1]}")
        elif ("[ERROR]" in entry or "request failed with retryable error" in entry
              or ("[WARN]" in entry and _TRANSPORT_ERROR.search(entry))):
            found.append(entry[:400].replace("\n", " "))
    return "\n".join(found[-limit:]) or "(no call was sent again or answered with an error)"
