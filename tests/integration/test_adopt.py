"""Taking over a setup made by hand in the console: ``ops adopt``, then imports only.

The seed's console state is built through the API calls the console makes, with records the
project does not manage beside it. Adoption must keep the name servers, the DKIM tokens and the
unrelated records, import everything else, update only what the config changes, and leave the
next plan empty.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

from emulator.process import EmulatorProcess
from local_aws import Project, config

SES_REGION = "eu-west-3"
ZONE_ADDRESS = "aws_route53_zone.email_zone_1C133EA5"
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
                  unrelated: bool = True, reference: str = "console") -> dict[str, Any]:
    """The seed's setup, made with the calls the console makes. Returns zone id, name servers, tokens."""
    route53 = emulator.client("route53")
    zone = route53.create_hosted_zone(Name=domain, CallerReference=f"{reference}-{domain}")
    zone_id = zone["HostedZone"]["Id"].rsplit("/", 1)[-1]
    made: dict[str, Any] = {"zone_id": zone_id, "name_servers": zone["DelegationSet"]["NameServers"]}
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


def apex_records(emulator: EmulatorProcess, zone_id: str, domain: str) -> list[tuple[str, list[str]]]:
    rrsets = emulator.client("route53").list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
    return sorted((r["Type"], sorted(v["Value"] for v in r["ResourceRecords"])) for r in rrsets
                  if r["Name"] == domain + "." and r["Type"] in ("A", "TXT", "MX"))


def public_zones(emulator: EmulatorProcess, domain: str) -> list[str]:
    zones = emulator.client("route53").list_hosted_zones()["HostedZones"]
    return [zone["Id"].rsplit("/", 1)[-1] for zone in zones if zone["Name"] == domain + "."]


def saved_plan(project: Project, stack: str) -> dict[str, Any]:
    """``terraform plan`` of the stack, as ``terraform show -json``."""
    assert project.cdktf("synth").returncode == 0
    init = project.terraform(stack, "init")
    assert init.returncode == 0, init.stdout + init.stderr
    planned = project.terraform(stack, "plan", f"-out={project.work / 'tfplan'}", "-lock-timeout=60s")
    assert planned.returncode == 0, planned.stdout + planned.stderr
    shown = project.terraform(stack, "show", "-json", str(project.work / "tfplan"))
    assert shown.returncode == 0, shown.stderr
    (project.work / f"{stack}.json").write_text(shown.stdout)
    return dict(json.loads(shown.stdout))


def changes(plan: dict[str, Any]) -> dict[str, tuple[bool, tuple[str, ...]]]:
    """Address -> (imported?, actions)."""
    return {change["address"]: ("importing" in change["change"], tuple(change["change"]["actions"]))
            for change in plan.get("resource_changes", [])}


def test_the_seed_console_setup_is_taken_over_with_imports_only(new_project):
    domain, stack = "polplana.work", "polplana-work"
    text = config(domain, bucket="adopt-seed") + '\n# the team tightens DMARC while taking over\n' \
        '[domain.dmarc]\npolicy = "quarantine"\n'
    project = new_project("adopt-seed", text)
    assert project.deploy("state").returncode == 0
    live = console_setup(project.emulator, domain)
    apex_before = apex_records(project.emulator, live["zone_id"], domain)

    shown = project.ops("adopt", domain)
    assert shown.returncode == 0, shown.stderr
    assert "Nothing written" in shown.stdout
    assert (project.work / "domains.toml").read_text() == text
    assert "import, then update value to 'v=DMARC1; p=quarantine;'" in shown.stdout
    for token in live["tokens"]:
        assert f"{token}._domainkey.{domain} CNAME" in shown.stdout

    written = project.ops("adopt", domain, "--write")
    assert written.returncode == 0, written.stderr
    new_text = (project.work / "domains.toml").read_text()
    assert new_text.startswith(text)  # comments and layout kept: the facts are appended to the domain
    adopt = tomllib.loads(new_text)["domain"][0]["adopt"]
    assert adopt["zone_id"] == live["zone_id"] and adopt["dkim_tokens"] == live["tokens"]
    assert adopt["identity"] is True and adopt["mail_from"] is True and len(adopt["records"]) == 6

    plan = saved_plan(project, stack)
    planned = changes(plan)
    assert len(planned) == 9, planned  # zone, identity, MAIL FROM, 3 DKIM, DMARC, MX, SPF, and no more
    updates = [address for address, (_, actions) in planned.items() if actions != ("no-op",)]
    assert updates == ["aws_route53_record.email_dmarc_record_27469F57"], planned
    assert planned["aws_route53_record.email_dmarc_record_27469F57"] == (True, ("update",))
    assert all(imported for imported, _ in planned.values()), planned

    summary = project.ops("plan-summary", str(project.work / f"{stack}.json"))
    assert summary.returncode == 0, summary.stderr
    assert "| Stack | Import | Create | Update | Replace | Delete |" in summary.stdout
    assert f"| `{stack}` | 9 | 0 | 1 | 0 | 0 |" in summary.stdout

    applied = project.deploy(stack)
    assert applied.returncode == 0, applied.stdout[-4000:] + applied.stderr[-2000:]
    assert public_zones(project.emulator, domain) == [live["zone_id"]]
    zone = project.emulator.client("route53").get_hosted_zone(Id=live["zone_id"])
    assert zone["DelegationSet"]["NameServers"] == live["name_servers"]
    identity = project.emulator.client("sesv2", SES_REGION).get_email_identity(EmailIdentity=domain)
    assert identity["DkimAttributes"]["Tokens"] == live["tokens"]
    assert apex_records(project.emulator, live["zone_id"], domain) == apex_before
    state = json.loads(project.terraform(stack, "show", "-json").stdout)
    names = {resource["values"].get("name") for resource in state["values"]["root_module"]["resources"]
             if resource["type"] == "aws_route53_record"}
    assert domain not in names  # no apex record was read into state
    assert project.plan_exit_code(stack) == 0
