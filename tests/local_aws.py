"""A project deployed to an emulator with the real cdktf CLI, from a work folder of its own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emulator.process import EmulatorProcess

ROOT = Path(__file__).resolve().parent.parent
NPX_CDKTF = [str(ROOT / "node_modules" / ".bin" / "cdktf")]


@dataclass
class Project:
    """A config deployed from its own work folder (own cdktf.out, own bootstrap state) to an emulator."""

    emulator: EmulatorProcess
    work: Path
    tool_env: dict[str, str]
    config_text: str
    logs: list[Path] = field(default_factory=list)
    app_root: Path = ROOT  # whose main.py cdktf runs: this checkout, or an earlier release's

    def __post_init__(self) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        self.out = self.work / "cdktf.out"
        self.write_config(self.config_text)

    def write_config(self, text: str) -> None:
        self.config_text = text
        (self.work / "domains.toml").write_text(text)

    @property
    def env(self) -> dict[str, str]:
        return {
            **self.tool_env,
            **self.emulator.env(),
            "MAIL_DOMAINS_FILE": str(self.work / "domains.toml"),
            "MAIL_LOCAL_STATE_DIR": str(self.work),
            "CI": "1",
        }

    def cdktf(self, *args: str, timeout: int = 900, **popen: Any) -> subprocess.CompletedProcess[str]:
        log = self.work / f"cdktf-{len(self.logs)}-{args[0]}.log"
        self.logs.append(log)
        command = [*NPX_CDKTF, *args, "--no-color", "--skip-provider-lock", "-o", str(self.out),
                   "-a", f"{sys.executable} {self.app_root / 'main.py'}"]  # as cdktf.json runs it
        result = subprocess.run(command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout)
        log.write_text(result.stdout + result.stderr)
        return result

    def deploy(self, *stacks: str) -> subprocess.CompletedProcess[str]:
        """Deploy ``stacks``; by default as scripts/deploy does: ``state``, then every domain stack."""
        stacks = stacks or ("state", *self.domain_stacks())
        result = None
        if "state" in stacks:
            result = self.deploy_state()
            if result.returncode != 0:
                return result
        domains = [stack for stack in stacks if stack != "state"]
        return self.cdktf("deploy", *domains, "--auto-approve") if domains or result is None else result

    def deploy_state(self) -> subprocess.CompletedProcess[str]:
        """The ``state`` stack as scripts/deploy deploys it: bootstrapped into its own bucket the
        first time (``ops bootstrap-state``), ``cdktf deploy state`` after. An earlier release
        (``app_root``) kept its state locally and just deployed it."""
        if self.app_root != ROOT:
            return self.cdktf("deploy", "state", "--auto-approve")
        result = self.ops("bootstrap-state", "--auto-approve", "--out", str(self.out))
        if result.returncode == 0 and result.stdout.strip() in ("in-bucket", "moved"):
            return self.cdktf("deploy", "state", "--auto-approve")
        return result

    def ops(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        """``python -m ops ARGS`` of this checkout, in this project's environment."""
        log = self.work / f"ops-{len(self.logs)}-{args[0]}.log"
        self.logs.append(log)
        result = subprocess.run([sys.executable, "-m", "ops", *args], cwd=ROOT, env=self.env,
                                capture_output=True, text=True, timeout=timeout)
        log.write_text(result.stdout + result.stderr)
        return result

    def domain_stacks(self) -> list[str]:
        listed = subprocess.run([sys.executable, "-m", "ops", "stacks"], cwd=ROOT, env=self.env,
                                capture_output=True, text=True, check=True)
        return list(dict.fromkeys(line.split()[0] for line in listed.stdout.splitlines()))

    def terraform(self, stack: str, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        interactive = args[0] in ("init", "plan", "apply", "destroy", "import", "refresh")
        return subprocess.run(
            ["terraform", f"-chdir={self.out / 'stacks' / stack}", *args, "-no-color",
             *(["-input=false"] if interactive else [])],
            env=self.env, capture_output=True, text=True, timeout=timeout,
        )

    def plan_exit_code(self, stack: str) -> int:
        """0: no changes, 2: changes (``-detailed-exitcode``); anything else fails the test."""
        if not (self.out / "stacks" / stack / ".terraform").is_dir():  # `state` is bootstrapped elsewhere
            init = self.terraform(stack, "init")
            assert init.returncode == 0, init.stdout + init.stderr
        result = self.terraform(stack, "plan", "-detailed-exitcode", "-lock-timeout=60s")
        assert result.returncode in (0, 2), result.stdout + result.stderr
        return result.returncode

    def output(self, stack: str) -> dict[str, Any]:
        result = self.terraform(stack, "output", "-json")
        assert result.returncode == 0, result.stderr
        return {name: value["value"] for name, value in json.loads(result.stdout).items()}


def config(*domains: str, bucket: str, extra_domain_keys: str = "") -> str:
    """A config with the seed's defaults, its own state bucket, and one [[domain]] per name."""
    text = f'[defaults]\nregion = "eu-south-2"\nses_region = "eu-west-3"\n\n[state]\nbucket = "{bucket}"\n'
    for domain in domains:
        text += f'\n[[domain]]\nname = "{domain}"\n{extra_domain_keys}'
    return text


def interrupted_apply(project: Project, stack: str, ready: Callable[[str], object]) -> str:
    """Run `terraform apply`, send SIGINT (Ctrl-C, a cancelled CI job) once ``ready(output so far)``."""
    assert project.cdktf("synth").returncode == 0
    assert project.terraform(stack, "init").returncode == 0
    apply = subprocess.Popen(
        ["terraform", f"-chdir={project.out / 'stacks' / stack}", "apply", "-auto-approve", "-no-color",
         "-input=false"],
        env=project.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert apply.stdout is not None
    seen = ""
    for line in apply.stdout:
        seen += line
        if ready(seen):
            apply.send_signal(signal.SIGINT)
            break
    seen += apply.stdout.read()
    assert apply.wait(timeout=300) != 0, seen
    assert "Interrupt received" in seen
    return seen


def terraform_applying(stack: str) -> int | None:
    """The pid of a running `terraform apply` whose working directory is ``stack``'s folder."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if argv[0].endswith(b"terraform") and b"apply" in argv and cwd.endswith(f"/stacks/{stack}"):
            return int(entry.name)
    return None


SES_REGION = "eu-west-3"
# What the seed's team has at the apex that is not email on SES: never read into state, never changed.
UNRELATED = [
    ("A", "192.0.2.10"),
    ("TXT", '"google-site-verification=abc123"'),
    ("MX", "10 mx1.other-provider.example"),
]


def change(route53: Any, zone_id: str, name: str, type: str, ttl: int, *values: str) -> None:
    route53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
        "Action": "CREATE",
        "ResourceRecordSet": {"Name": name, "Type": type, "TTL": ttl,
                              "ResourceRecords": [{"Value": value} for value in values]},
    }]})


def console_setup(emulator: EmulatorProcess, domain: str, *, identity: bool = True, records: bool = True,
                  unrelated: bool = True, reference: str = "console", delegation_set: bool = False) -> dict[str, Any]:
    """The seed's setup, made with the calls the console makes. Returns zone id, name servers, tokens
    (and, with ``delegation_set``, the reusable delegation set the zone was made on)."""
    route53 = emulator.client("route53")
    made: dict[str, Any] = {}
    options: dict[str, str] = {}
    if delegation_set:
        made["delegation_set_id"] = route53.create_reusable_delegation_set(
            CallerReference=f"{reference}-set-{domain}")["DelegationSet"]["Id"].rsplit("/", 1)[-1]
        options["DelegationSetId"] = made["delegation_set_id"]
    zone = route53.create_hosted_zone(Name=domain, CallerReference=f"{reference}-{domain}", **options)
    zone_id = zone["HostedZone"]["Id"].rsplit("/", 1)[-1]
    made.update(zone_id=zone_id, name_servers=zone["DelegationSet"]["NameServers"])
    if unrelated:
        for type, value in UNRELATED:
            change(route53, zone_id, domain, type, 3600, value)
    if not identity:
        return made
    sesv2 = emulator.client("sesv2", SES_REGION)
    # Easy DKIM, RSA 2048, "Publish DNS records to Route 53".
    sesv2.create_email_identity(EmailIdentity=domain, DkimSigningAttributes={"NextSigningKeyLength": "RSA_2048_BIT"})
    tokens = sesv2.get_email_identity(EmailIdentity=domain)["DkimAttributes"]["Tokens"]
    made["tokens"] = tokens
    sesv2.put_email_identity_mail_from_attributes(EmailIdentity=domain, MailFromDomain=f"mail.{domain}",
                                                  BehaviorOnMxFailure="USE_DEFAULT_VALUE")
    if records:
        for token in tokens:
            change(route53, zone_id, f"{token}._domainkey.{domain}", "CNAME", 1800, f"{token}.dkim.amazonses.com")
        change(route53, zone_id, f"_dmarc.{domain}", "TXT", 300, '"v=DMARC1; p=none;"')
        change(route53, zone_id, f"mail.{domain}", "MX", 300, f"10 feedback-smtp.{SES_REGION}.amazonses.com")
        change(route53, zone_id, f"mail.{domain}", "TXT", 300, '"v=spf1 include:amazonses.com ~all"')
    return made


def zone_ids(emulator: EmulatorProcess, domain: str) -> list[str]:
    """Ids of the emulator's hosted zones named ``domain``."""
    zones = emulator.client("route53").list_hosted_zones()["HostedZones"]
    return [zone["Id"] for zone in zones if zone["Name"] == domain + "."]


def record_kinds(emulator: EmulatorProcess, domain: str) -> list[str]:
    """The types of the records in the zone of ``domain``, one entry per value."""
    (zone_id,) = zone_ids(emulator, domain)
    rrsets = emulator.client("route53").list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
    return sorted(r["Type"] for r in rrsets for _ in r["ResourceRecords"])


# The seed's zone: three DKIM CNAMEs, MAIL FROM MX, the four NS, SOA, DMARC and SPF TXT.
SEED_KINDS = ["CNAME", "CNAME", "CNAME", "MX", "NS", "NS", "NS", "NS", "SOA", "TXT", "TXT"]
