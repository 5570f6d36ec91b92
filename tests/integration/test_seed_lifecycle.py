"""The seed's domain through its whole life on the emulator: deploy, inspect, re-plan, lock, protect, destroy.

The tests of this module run in order on one deployment (a deploy costs about a minute).
"""

from __future__ import annotations

import subprocess

import dns.message
import dns.query
import dns.rdatatype
import pytest

from helpers import SEED_CONFIG
from local_aws import Project

DOMAIN = "polplana.work"
STACK = "polplana-work"
BUCKET = "studyflow-terraform-state"


@pytest.fixture(scope="module")
def seed(new_project) -> Project:
    project = new_project("seed", SEED_CONFIG)
    result = project.deploy()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return project


def zone_records(emulator) -> dict[tuple[str, str], list[str]]:
    route53 = emulator.client("route53")
    (zone,) = [z for z in route53.list_hosted_zones()["HostedZones"] if z["Name"] == DOMAIN + "."]
    rrsets = route53.list_resource_record_sets(HostedZoneId=zone["Id"])["ResourceRecordSets"]
    return {(r["Name"].rstrip("."), r["Type"]): sorted(v["Value"] for v in r["ResourceRecords"]) for r in rrsets}


def dkim_tokens(emulator) -> list[str]:
    sesv2 = emulator.client("sesv2", region="eu-west-3")
    return sesv2.get_email_identity(EmailIdentity=DOMAIN)["DkimAttributes"]["Tokens"]


def ask(emulator, name: str, kind: str, tcp: bool = False) -> dns.message.Message:
    query = dns.message.make_query(name, kind)
    send = dns.query.tcp if tcp else dns.query.udp
    return send(query, "127.0.0.1", port=emulator.dns_port, timeout=5)


def test_deploy_creates_the_seeds_zone(seed):
    records = zone_records(seed.emulator)
    tokens = dkim_tokens(seed.emulator)
    assert len(set(tokens)) == 3
    expected = {
        (f"{token}._domainkey.{DOMAIN}", "CNAME"): [f"{token}.dkim.amazonses.com"] for token in tokens
    } | {
        (f"_dmarc.{DOMAIN}", "TXT"): ['"v=DMARC1; p=none;"'],
        (f"mail.{DOMAIN}", "MX"): ["10 feedback-smtp.eu-west-3.amazonses.com"],
        (f"mail.{DOMAIN}", "TXT"): ['"v=spf1 include:amazonses.com ~all"'],
    }
    assert {key: records[key] for key in records if key[1] not in ("NS", "SOA")} == expected
    assert len(records[(DOMAIN, "NS")]) == 4
    assert (DOMAIN, "SOA") in records


def test_outputs_match_the_zone_and_identity(seed):
    outputs = seed.output(STACK)
    records = zone_records(seed.emulator)
    assert sorted(ns.rstrip(".") for ns in outputs["name_servers"]) == sorted(
        ns.rstrip(".") for ns in records[(DOMAIN, "NS")]
    )
    assert outputs["identity_arn"].endswith(f":identity/{DOMAIN}")
    assert outputs["mail_from_domain"] == f"mail.{DOMAIN}"
    assert sorted(r["name"] for r in outputs["dkim_records"]) == sorted(
        f"{t}._domainkey.{DOMAIN}" for t in dkim_tokens(seed.emulator)
    )


def test_ses_sees_dkim_and_mail_from_verified(seed):
    identity = seed.emulator.client("sesv2", region="eu-west-3").get_email_identity(EmailIdentity=DOMAIN)
    assert identity["DkimAttributes"]["Status"] == "SUCCESS"
    assert identity["DkimAttributes"]["NextSigningKeyLength"] == "RSA_2048_BIT"
    assert identity["MailFromAttributes"]["MailFromDomain"] == f"mail.{DOMAIN}"
    assert identity["MailFromAttributes"]["MailFromDomainStatus"] == "SUCCESS"


def test_dns_answers_as_the_internet_would(seed):
    dmarc = ask(seed.emulator, f"_dmarc.{DOMAIN}", "TXT")
    assert [rr.to_text() for rrset in dmarc.answer for rr in rrset] == ['"v=DMARC1; p=none;"']
    mx = ask(seed.emulator, f"mail.{DOMAIN}", "MX", tcp=True)
    assert [rr.to_text() for rrset in mx.answer for rr in rrset] == ["10 feedback-smtp.eu-west-3.amazonses.com."]
    for token in dkim_tokens(seed.emulator):
        cname = ask(seed.emulator, f"{token}._domainkey.{DOMAIN}", "CNAME")
        assert [rr.to_text() for rrset in cname.answer for rr in rrset] == [f"{token}.dkim.amazonses.com."]
    ns = ask(seed.emulator, DOMAIN, "NS")
    assert len([rr for rrset in ns.answer for rr in rrset]) == 4


def test_second_plan_has_no_changes(seed):
    assert seed.plan_exit_code("state") == 0
    assert seed.plan_exit_code(STACK) == 0


def test_a_second_apply_fails_on_the_lock_and_the_state_is_intact(seed):
    before = seed.terraform(STACK, "state", "list").stdout
    seed.write_config(SEED_CONFIG.replace('policy = "none"', 'policy = "none"\npct = 100'))
    assert seed.cdktf("synth").returncode == 0
    holder = subprocess.Popen(
        ["terraform", f"-chdir={seed.out / 'stacks' / STACK}", "apply", "-no-color"],
        env=seed.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        seen = ""
        while "Enter a value:" not in seen:  # apply holds the lock while it waits for approval
            chunk = holder.stdout.read(1)
            assert chunk, f"apply ended before asking for approval: {seen[-2000:]}"
            seen += chunk
        second = seed.terraform(STACK, "apply", "-auto-approve", "-lock-timeout=0s")
        assert second.returncode != 0
        assert "Error acquiring the state lock" in second.stderr + second.stdout
        holder.stdin.write("no\n")
        holder.stdin.flush()
        holder.wait(timeout=120)
    finally:
        if holder.poll() is None:
            holder.kill()
    seed.write_config(SEED_CONFIG)
    assert seed.cdktf("synth").returncode == 0
    assert seed.terraform(STACK, "state", "list").stdout == before
    assert seed.plan_exit_code(STACK) == 0


def test_destroy_is_refused_while_protected(seed):
    result = seed.cdktf("destroy", STACK, "--auto-approve")
    assert result.returncode != 0
    if "prevent_destroy" not in result.stdout + result.stderr:
        # cdktf 0.21 sometimes exits before printing Terraform's error ("Invoking Terraform CLI failed
        # with exit code 1" alone): ask Terraform itself why.
        plan = seed.terraform(STACK, "plan", "-destroy", "-lock-timeout=60s")
        assert plan.returncode != 0 and "prevent_destroy" in plan.stdout + plan.stderr, plan.stdout + plan.stderr
    assert (DOMAIN, "SOA") in zone_records(seed.emulator)


def test_lifting_protection_then_destroy_removes_everything(seed):
    s3 = seed.emulator.client("s3", region="eu-south-2")
    key = f"{STACK}/terraform.tfstate"
    versions_before = len(s3.list_object_versions(Bucket=BUCKET, Prefix=key).get("Versions", []))
    seed.write_config(SEED_CONFIG.replace(f'name = "{DOMAIN}"', f'name = "{DOMAIN}"\nprotect = false'))
    result = seed.deploy(STACK)
    assert result.returncode == 0, result.stdout[-4000:]
    versions = s3.list_object_versions(Bucket=BUCKET, Prefix=key).get("Versions", [])
    assert len(versions) > versions_before >= 1, "the state bucket keeps earlier state versions"

    result = seed.cdktf("destroy", STACK, "--auto-approve")
    assert result.returncode == 0, result.stdout[-4000:]
    zones = seed.emulator.client("route53").list_hosted_zones()["HostedZones"]
    assert [z for z in zones if z["Name"] == DOMAIN + "."] == []
    identities = seed.emulator.client("sesv2", region="eu-west-3").list_email_identities()["EmailIdentities"]
    assert identities == []
    assert seed.terraform(STACK, "state", "list").stdout.strip() == ""
    assert BUCKET in [b["Name"] for b in s3.list_buckets()["Buckets"]], "the state bucket is kept"
