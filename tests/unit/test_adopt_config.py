"""``[domain.adopt]``: facts that contradict the config are refused; ``--write`` keeps the file's comments.

The discovery itself runs against the emulator (tests/integration/test_adopt.py and
tests/ops/test_adopt_refusals.py); here, what the config accepts and how the facts are written.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib

import pytest

from helpers import HEAD, domains, refused, synth_config
from modules.values import Adoption
from ops.adopt import Discovery, write_adoption
from ops.aws import OpsError
from stacks.config import ConfigError, load_config

TOKENS = ["a" * 32, "b" * 32, "c" * 32]
SEED = '[[domain]]\nname = "polplana.work"\n'


def adopt_table(**keys: object) -> str:
    return "[domain.adopt]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in keys.items())


def test_the_seed_adoption_loads(write_config):
    path = write_config(domains(SEED + adopt_table(
        zone_id="Z0LIVE", zone_comment="", identity=True, dkim_tokens=TOKENS, mail_from=True,
        records=[f"{TOKENS[0]}._domainkey.polplana.work CNAME", "_dmarc.polplana.work TXT",
                 "mail.polplana.work MX", "MAIL.polplana.work. TXT"])))
    (domain,) = load_config(path).domains
    assert domain.adopt == Adoption(
        zone_id="Z0LIVE", zone_comment="", identity=True, dkim_tokens=tuple(TOKENS), mail_from=True,
        records=(f"{TOKENS[0]}._domainkey.polplana.work CNAME", "_dmarc.polplana.work TXT",
                 "mail.polplana.work MX", "mail.polplana.work TXT"))


@pytest.mark.parametrize(("table", "problem"), [
    (adopt_table(zone_id="Z0LIVE", identity=True, dkim_tokens=TOKENS[:2]),
     "adopt: identity = true needs its 3 dkim_tokens (got 2)"),
    (adopt_table(zone_id="Z0LIVE", identity=True, dkim_tokens=[*TOKENS[:2], "NOT-A-TOKEN"]),
     "adopt.dkim_tokens[2]: 'NOT-A-TOKEN' is not an Easy DKIM token (32 lowercase letters and digits)"),
    (adopt_table(mail_from=True), "adopt: mail_from = true needs identity = true"),
    (adopt_table(zone_id="not a zone"), "adopt.zone_id: 'not a zone' is not a Route 53 hosted zone id"),
    (adopt_table(zone_id="Z0LIVE", records=["_dmarc.polplana.work A"]),
     "adopt.records[0]: '_dmarc.polplana.work A' is not \"<name> <type>\" with a type of CNAME, MX, TXT"),
    (adopt_table(records=["_dmarc.polplana.work TXT"]),
     "domain 'polplana.work': adopt: records: listed, but no zone they are in"),
    (adopt_table(zone_id="Z0LIVE", records=["www.polplana.work TXT"]),
     "domain 'polplana.work': adopt: records: 'www.polplana.work TXT' not managed by this domain's stack"),
    (adopt_table(zone_id="Z0LIVE", records=["bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb._domainkey.polplana.work CNAME"]),
     "not managed by this domain's stack"),  # a DKIM name, but not of the adopted identity's tokens
    (adopt_table(zone_id="Z0LIVE", identity=False, colour="blue"), "adopt.colour: unknown key"),
    (adopt_table(events_destination=True), "adopt: events_destination = true needs events_configuration_set"),
    (adopt_table(sending_policy="polplana-work-ses-send"), "adopt: sending_policy 'polplana-work-ses-send' is not "
                                                           "an IAM policy ARN"),
    ("events = false\n" + adopt_table(events_configuration_set=True),
     "domain 'polplana.work': adopt: events_configuration_set: given, but events are off, so the stack does not "
     "manage the configuration set 'polplana-work', its topic or queues (and removes them)"),
    # The identity's default set is the stack's own (a killed apply): with events off the stack removes it.
    ("events = false\n" + adopt_table(identity=True, dkim_tokens=TOKENS, configuration_set="polplana-work"),
     "domain 'polplana.work': adopt: configuration_set: given, but events are off"),
    (adopt_table(events_queues=["https://sqs.eu-west-3.amazonaws.com/123456789012/polplana-work-ses-events"]),
     "domain 'polplana.work': adopt: events_queues: given, but [domain.events] queue is false"),
    ("[domain.events]\nqueue = true\n" + adopt_table(
        events_queues=["https://sqs.eu-west-3.amazonaws.com/123456789012/other-queue"]),
     "adopt: events_queues: https://sqs.eu-west-3.amazonaws.com/123456789012/other-queue not the stack's queues"),
    (adopt_table(events_topic="arn:aws:sns:us-east-1:123456789012:polplana-work-ses-events"),
     "adopt: events_topic: 'arn:aws:sns:us-east-1:123456789012:polplana-work-ses-events' is not the stack's "
     "topic 'polplana-work-ses-events' in eu-west-3"),
    (adopt_table(sending_policy="arn:aws:iam::123456789012:policy/someone-elses"),
     "adopt: sending_policy: 'arn:aws:iam::123456789012:policy/someone-elses' is not the stack's policy "
     "'polplana-work-ses-send'"),
    ("sending_policy = false\n" + adopt_table(sending_policy="arn:aws:iam::123456789012:policy/polplana-work-ses-send"),
     "domain 'polplana.work': adopt: sending_policy: given, but sending_policy = false"),
])
def test_facts_that_cannot_be_true_are_refused(write_config, table, problem):
    problems = refused(write_config, domains(SEED + table))
    assert any(problem in line for line in problems), problems


def test_adopting_a_zone_and_reading_another_is_refused(write_config):
    problems = refused(write_config, domains(SEED + 'zone_id = "Z0OTHER"\n' + adopt_table(zone_id="Z0LIVE")))
    assert problems == ["domain 'polplana.work': adopt: zone_id: the zone Z0LIVE is imported, but "
                        "zone_id = \"Z0OTHER\" adopts another one read-only: keep one"]


def test_adopted_mail_from_needs_the_stack_to_manage_it(write_config):
    problems = refused(write_config, domains(SEED + "mail_from = false\n" + adopt_table(
        zone_id="Z0LIVE", identity=True, dkim_tokens=TOKENS, mail_from=True)))
    assert any("mail_from: true, but this domain has mail_from = false" in line for line in problems), problems


def test_an_adopting_stack_adds_no_tags_of_its_own(tmp_path):
    """So the takeover plan shows no tag update on the zone and the identity; the config's tags still apply."""
    text = domains(SEED + 'tags = { team = "mail" }\n' + adopt_table(zone_id="Z0LIVE"))
    stacks = synth_config(text, tmp_path)
    providers = stacks["polplana-work"].doc["provider"]["aws"]
    assert [provider["default_tags"] for provider in providers] == [[{"tags": {"team": "mail"}}]] * 2
    plain = synth_config(domains(SEED), tmp_path / "plain")["polplana-work"].doc["provider"]["aws"]
    assert plain[0]["default_tags"] == [{"tags": {"managed-by": "cdktf-ses-domain", "email-domain": "polplana.work"}}]


COMMENTED = HEAD + """
# Our domains. Keep this comment.
[[domain]]
name = "polplana.work"   # the seed
dkim_ttl = 1800

[domain.dmarc]               # monitor first
policy = "none"

[[domain]]
name = "other.example"
"""


def discovery(path, name: str, facts: Adoption, parent: str | None = None) -> Discovery:
    (domain,) = [domain for domain in load_config(path).domains if domain.name == name]
    return Discovery(domain=domain, facts=facts, parent_zone_id=parent)


def test_write_keeps_comments_and_layout_and_replaces_earlier_facts(tmp_path):
    path = tmp_path / "domains.toml"
    path.write_text(COMMENTED)
    day = datetime.date(2026, 11, 29)
    write_adoption(discovery(path, "polplana.work", Adoption(zone_id="Z0OLD")), path, today=day)
    facts = Adoption(zone_id="Z0LIVE", zone_comment="", identity=True, dkim_tokens=tuple(TOKENS),
                     records=("_dmarc.polplana.work TXT",))
    text = write_adoption(discovery(path, "polplana.work", facts), path, today=day)
    assert path.read_text() == text
    for line in COMMENTED.splitlines():
        assert line in text.splitlines(), line  # every line kept, comments included
    assert "Z0OLD" not in text
    assert text.count("[domain.adopt]") == 1
    assert "# found in AWS by `python -m ops adopt polplana.work` on 2026-11-29" in text
    parsed = tomllib.loads(text)["domain"]
    assert parsed[0]["adopt"] == {"zone_id": "Z0LIVE", "zone_comment": "", "identity": True,
                                  "dkim_tokens": TOKENS, "records": ["_dmarc.polplana.work TXT"]}
    assert "adopt" not in parsed[1]
    assert load_config(path).domains[0].adopt == facts


def test_write_sets_the_parent_zone_as_zone_id(tmp_path):
    path = tmp_path / "domains.toml"
    path.write_text(HEAD + '[[domain]]\nname = "news.example.com"\n')
    write_adoption(discovery(path, "news.example.com", Adoption(records=("_dmarc.news.example.com TXT",)),
                             parent="Z0PARENT"), path)
    (domain,) = load_config(path).domains
    assert domain.zone_id == "Z0PARENT" and domain.adopt == Adoption(records=("_dmarc.news.example.com TXT",))


def test_a_write_that_would_not_load_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "domains.toml"
    path.write_text(HEAD + '[[domain]]\nname = "polplana.work"\nzone_id = "Z0READONLY"\n')
    before = path.read_bytes()
    with pytest.raises(OpsError, match=r"left as it was: .*keep one"):
        write_adoption(discovery(path, "polplana.work", Adoption(zone_id="Z0LIVE")), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["domains.toml"]  # no temporary file left


def test_a_config_error_is_reported_not_raised(write_config):
    with pytest.raises(ConfigError):
        load_config(write_config(domains(SEED + adopt_table(identity="yes"))))


@pytest.mark.parametrize(("origin", "refusal"), [
    ("EXTERNAL", "signs with its own key (BYODKIM"),
    ("AWS_SES_US_EAST_1", "Deterministic Easy DKIM, SigningAttributesOrigin AWS_SES_US_EAST_1"),
])
def test_identities_not_signing_with_their_own_easy_dkim_keys_are_refused(write_config, origin, refusal):
    from ops.adopt import _check_identity

    (domain,) = load_config(write_config(domains(SEED))).domains
    def identity(origin: str) -> dict[str, object]:
        return {"IdentityType": "DOMAIN", "DkimAttributes": {
            "SigningAttributesOrigin": origin, "Tokens": TOKENS, "NextSigningKeyLength": "RSA_2048_BIT"}}

    with pytest.raises(OpsError, match=re.escape(refusal)):
        _check_identity(identity(origin), domain)
    _check_identity(identity("AWS_SES"), domain)  # Easy DKIM keys of its own: accepted


def test_an_adopting_domain_may_use_the_tags_the_stack_would_add(write_config):
    """The hosted zone's 10-tag limit counts no marker tags for a stack that adds none."""
    nine = "{ " + ", ".join(f't{index} = "v"' for index in range(9)) + " }"
    assert load_config(write_config(domains(SEED + f"tags = {nine}\n" + adopt_table(zone_id="Z0LIVE")))).domains
    assert any("would get 11 tags" in line for line in refused(write_config, domains(SEED + f"tags = {nine}\n")))


POLICY_ARN = "arn:aws:iam::123456789012:policy/polplana-work-ses-send"


def test_what_a_killed_apply_left_of_the_events_is_imported(tmp_path):
    """The stack's own configuration set (also the identity's default: no conflict), its destination
    and its sending policy, as ``ops adopt`` records them after an apply killed before saving them."""
    topic = "arn:aws:sns:eu-west-3:123456789012:polplana-work-ses-events"
    queue = "https://sqs.eu-west-3.amazonaws.com/123456789012/polplana-work-ses-events"
    text = domains(SEED + "[domain.events]\nqueue = true\n" + adopt_table(
        identity=True, dkim_tokens=TOKENS, configuration_set="polplana-work", events_configuration_set=True,
        events_destination=True, sending_policy=POLICY_ARN, events_topic=topic, events_queues=[queue]))
    stack = synth_config(text, tmp_path)["polplana-work"]
    imports = {block["to"]: block["id"] for block in stack.doc["import"]}
    assert sorted((to.split(".")[0], id) for to, id in imports.items()) == [
        ("aws_iam_policy", POLICY_ARN),
        ("aws_sesv2_configuration_set", "polplana-work"),
        ("aws_sesv2_configuration_set_event_destination", "polplana-work|sns"),
        ("aws_sesv2_email_identity", "polplana.work"),
        ("aws_sns_topic", topic),
        ("aws_sqs_queue", queue),  # the queue found; its dead-letter queue, not found, is created
    ]
    (queue_address,) = [to for to, id in imports.items() if id == queue]
    assert stack.resources("aws_sqs_queue")[queue_address.split(".")[1]]["name"] == "polplana-work-ses-events"
    assert stack.one("aws_sesv2_email_identity")["configuration_set_name"] == \
        f"${{{stack.ref('aws_sesv2_configuration_set')}.configuration_set_name}}"
