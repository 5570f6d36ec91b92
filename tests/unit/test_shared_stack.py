"""Several domains in one stack (``stack = "<name>"``): one Terraform and one provider pair for them all.

What a team with many domains relies on: each domain's resources and outputs stay apart inside the
stack (their own addresses, names and tags), a domain without ``stack`` keeps its stack byte for
byte, and a shared stack that could not work (two SES regions, an adoption, a clashing name) is
refused before anything is written.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from helpers import ROOT, SEED_CONFIG, Synth, domains, refused, synth_config

SHARED = SEED_CONFIG + textwrap.dedent(
    """
    [[domain]]
    name = "alpha.example"
    stack = "fleet"
    tags = { team = "alpha" }

    [[domain]]
    name = "beta.example"
    stack = "fleet"
    mail_from = false
    [domain.events]
    queue = true
    """
)


@pytest.fixture(scope="module")
def stacks(tmp_path_factory) -> dict[str, Synth]:
    return synth_config(SHARED, tmp_path_factory.mktemp("shared"))


@pytest.fixture(scope="module")
def fleet(stacks) -> Synth:
    return stacks["fleet"]


def test_domains_with_one_stack_name_share_one_stack_and_state_key(stacks, fleet):
    assert sorted(stacks) == ["fleet", "polplana-work", "state"]
    assert fleet.doc["terraform"]["backend"]["s3"]["key"] == "fleet/terraform.tfstate"
    identities = sorted(r["email_identity"] for r in fleet.resources("aws_sesv2_email_identity").values())
    assert identities == ["alpha.example", "beta.example"]


def test_one_provider_pair_for_the_whole_stack(fleet):
    providers = {p.get("alias"): p for p in fleet.doc["provider"]["aws"]}
    assert {alias: p["region"] for alias, p in providers.items()} == {None: "eu-south-2", "ses": "eu-west-3"}
    for provider in providers.values():
        assert provider["default_tags"] == [{"tags": {"managed-by": "cdktf-ses-domain"}}]


def test_each_domains_resources_are_under_its_own_key(fleet):
    for kind, resources in fleet.doc["resource"].items():
        for name in resources:
            assert name.startswith(("alpha-example_email_", "beta-example_email_")), f"{kind}.{name}"
    zones = {name.split("_")[0]: r["name"] for name, r in fleet.resources("aws_route53_zone").items()}
    assert zones == {"alpha-example": "alpha.example", "beta-example": "beta.example"}
    # Records go into the domain's own zone, never the other one's.
    for name, record in fleet.resources("aws_route53_record").items():
        key = name.split("_")[0]
        (zone,) = [z for z in fleet.resources("aws_route53_zone") if z.startswith(key + "_")]
        assert record["zone_id"] == f"${{aws_route53_zone.{zone}.zone_id}}", name


def test_each_domain_keeps_its_own_names_and_options(fleet):
    sets = sorted(r["configuration_set_name"] for r in fleet.resources("aws_sesv2_configuration_set").values())
    assert sets == ["alpha-example", "beta-example"]  # the names each domain has in a stack of its own
    queues = sorted(r["name"] for r in fleet.resources("aws_sqs_queue").values())
    assert queues == ["beta-example-ses-events", "beta-example-ses-events-dlq"]
    mail_from = [r["email_identity"] for r in fleet.resources("aws_sesv2_email_identity_mail_from_attributes").values()]
    assert mail_from == ["${aws_sesv2_email_identity.alpha-example_email_identity_" +
                         next(n for n in fleet.resources("aws_sesv2_email_identity") if n.startswith("alpha"))
                         .rsplit("_", 1)[1] + ".email_identity}"]


def test_each_taggable_resource_carries_its_domains_tags(fleet):
    tagged = 0
    for resources in fleet.doc["resource"].values():
        for name, resource in resources.items():
            if "tags" not in resource:
                continue
            tagged += 1
            if name.startswith("alpha-example_"):
                assert resource["tags"] == {"email-domain": "alpha.example", "team": "alpha"}, name
            else:
                assert resource["tags"] == {"email-domain": "beta.example"}, name
    # zone, identity, configuration set, topic, sending policy each; beta's queue and dead-letter queue
    assert tagged == 12


def test_outputs_are_named_by_domain(fleet):
    outputs = sorted(fleet.doc["output"])
    assert "alpha-example_name_servers" in outputs and "beta-example_events_queue_url" in outputs
    assert "alpha-example_mail_from_domain" in outputs and "beta-example_mail_from_domain" not in outputs
    assert all(name.startswith(("alpha-example_", "beta-example_")) for name in outputs)


def test_a_domain_without_a_stack_key_is_synthesized_as_alone(stacks, tmp_path):
    alone = synth_config(SEED_CONFIG, tmp_path)
    assert stacks["polplana-work"].doc == alone["polplana-work"].doc


def test_ops_stacks_lists_each_domain_with_its_stack_a_stacks_domains_together(write_config, tool_env):
    path = write_config(domains('[[domain]]\nname = "alpha.example"\nstack = "fleet"\n\n'
                                '[[domain]]\nname = "polplana.work"\n\n'
                                '[[domain]]\nname = "beta.example"\nstack = "fleet"\n'))
    listed = subprocess.run([sys.executable, "-m", "ops", "stacks"], cwd=ROOT, capture_output=True, text=True,
                            env={**tool_env, "MAIL_DOMAINS_FILE": str(path)}, timeout=60)
    assert listed.returncode == 0, listed.stderr
    # scripts/deploy takes the first column through `uniq`: each stack once, in the config's order
    assert listed.stdout.splitlines() == ["fleet alpha.example", "fleet beta.example", "polplana-work polplana.work"]


def test_deploys_of_a_shared_stack_run_more_resource_operations_at_once(write_config, tool_env):
    path = write_config(domains('[[domain]]\nname = "alpha.example"\nstack = "fleet"\n\n'
                                '[[domain]]\nname = "polplana.work"\n\n'
                                '[[domain]]\nname = "beta.example"\nstack = "fleet"\n'))

    def parallelism(*stacks: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ops", "terraform-parallelism", *stacks], cwd=ROOT,
                              capture_output=True, text=True, env={**tool_env, "MAIL_DOMAINS_FILE": str(path)},
                              timeout=60)

    # scripts/deploy and scripts/apply-plans pass it as Terraform's -parallelism: the largest stack decides
    assert parallelism("polplana-work").stdout == "10\n"
    assert parallelism("state", "polplana-work").stdout == "10\n"
    assert parallelism("polplana-work", "fleet").stdout == "20\n"
    assert parallelism().stdout == "20\n"
    unknown = parallelism("fleet", "flet")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "no stack named flet in the config" in unknown.stderr


@pytest.mark.parametrize(("stack", "problem"), [
    ("state", "stack: 'state' is the state bucket's stack; choose another name"),
    ("Fleet_1", "stack: 'Fleet_1' is not a stack name: 1 to 63 lower-case letters, digits and dashes"),
    ("-fleet", "stack: '-fleet' is not a stack name"),
])
def test_a_bad_stack_name_is_refused(write_config, stack, problem):
    (line,) = refused(write_config, domains(f'[[domain]]\nname = "alpha.example"\nstack = "{stack}"\n'))
    assert line.startswith(f"domain 'alpha.example': {problem}"), line


def test_a_shared_stack_named_like_a_domains_own_stack_is_refused(write_config):
    (line,) = refused(write_config, domains(
        '[[domain]]\nname = "polplana.work"\n\n[[domain]]\nname = "alpha.example"\nstack = "polplana-work"\n'))
    assert line.startswith("stack 'polplana-work' (domains 'polplana.work', 'alpha.example'): 'polplana-work' is "
                           "the stack name "
                           "of domain 'polplana.work'"), line


def test_a_shared_stack_in_two_ses_regions_is_refused(write_config):
    (line,) = refused(write_config, domains(
        '[[domain]]\nname = "alpha.example"\nstack = "fleet"\n\n'
        '[[domain]]\nname = "beta.example"\nstack = "fleet"\nses_region = "us-east-1"\n'))
    assert line == ("stack 'fleet' (domains 'alpha.example', 'beta.example'): ses_region differs (eu-west-3, "
                    "us-east-1): the domains of one stack share its SES provider, so one SES region; put the "
                    "others in another stack")


def test_adopting_in_a_shared_stack_is_refused(write_config):
    (line,) = refused(write_config, domains(
        '[[domain]]\nname = "alpha.example"\nstack = "fleet"\n\n[domain.adopt]\nzone_id = "Z0123456789ABC"\n'))
    assert line.startswith("stack 'fleet' (domains 'alpha.example'): 'alpha.example' adopt(s) a setup made by "
                           "hand ([domain.adopt]); take it over in a stack of its own"), line
