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
from local_aws import SES_REGION, Project, config, console_setup, zone_ids


def apex_records(emulator: EmulatorProcess, zone_id: str, domain: str) -> list[tuple[str, list[str]]]:
    rrsets = emulator.client("route53").list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
    return sorted((r["Type"], sorted(v["Value"] for v in r["ResourceRecords"])) for r in rrsets
                  if r["Name"] == domain + "." and r["Type"] in ("A", "TXT", "MX"))


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
    imported = {address for address, (was_imported, _) in planned.items() if was_imported}
    assert len(imported) == 9, planned  # zone, identity, MAIL FROM, 3 DKIM, DMARC, MX, SPF, and no more
    # What the seed lacked, created: the bounce and complaint handling AWS asked about, the sending policy.
    created = sorted(address.split(".")[0] for address, (_, actions) in planned.items() if address not in imported)
    assert created == ["aws_iam_policy", "aws_sesv2_configuration_set", "aws_sesv2_configuration_set_event_destination",
                       "aws_sns_topic", "aws_sns_topic_policy"], planned
    assert all(planned[address] == (False, ("create",)) for address in planned if address not in imported)
    updates = sorted(address for address in imported if planned[address][1] != ("no-op",))
    identity = "aws_sesv2_email_identity.email_identity_1AF79746"
    assert updates == ["aws_route53_record.email_dmarc_record_27469F57", identity], planned
    assert planned[identity] == (True, ("update",))
    # The identity only gets its default configuration set: its DKIM keys are not touched.
    (change,) = [c["change"] for c in plan["resource_changes"] if c["address"] == identity]
    changed = {key for key in set(change["before"]) | set(change["after"])
               if change["before"].get(key) != change["after"].get(key)}
    assert changed == {"configuration_set_name"}, change
    assert change["after"]["configuration_set_name"] == stack

    summary = project.ops("plan-summary", str(project.work / f"{stack}.json"))
    assert summary.returncode == 0, summary.stderr
    assert "| Stack | Import | Create | Update | Replace | Delete |" in summary.stdout
    assert f"| `{stack}` | 9 | 5 | 2 | 0 | 0 |" in summary.stdout

    applied = project.deploy(stack)
    assert applied.returncode == 0, applied.stdout[-4000:] + applied.stderr[-2000:]
    assert zone_ids(project.emulator, domain) == [f"/hostedzone/{live['zone_id']}"]
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


def test_a_domain_where_only_the_zone_exists_imports_the_zone_and_creates_the_rest(new_project):
    """The zone is on a reusable delegation set: kept, so importing it does not plan a replacement."""
    domain, stack = "zone-only.example", "zone-only-example"
    project = new_project("adopt-zone-only", config(domain, bucket="adopt-zone-only"))
    assert project.deploy("state").returncode == 0
    live = console_setup(project.emulator, domain, identity=False, delegation_set=True)

    written = project.ops("adopt", domain, "--write")
    assert written.returncode == 0, written.stderr
    assert tomllib.loads((project.work / "domains.toml").read_text())["domain"][0]["adopt"] == {
        "zone_id": live["zone_id"], "zone_comment": "", "delegation_set_id": live["delegation_set_id"]}
    planned = changes(saved_plan(project, stack))
    zone = "aws_route53_zone.email_zone_1C133EA5"
    assert planned.pop(zone) == (True, ("no-op",))
    assert planned and all(actions == ("create",) and not imported for imported, actions in planned.values())
    assert len(planned) == 13  # identity, MAIL FROM, 3 DKIM, DMARC, MX, SPF; configuration set, its
    # event destination, topic, topic policy, sending policy
