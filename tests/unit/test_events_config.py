"""[domain.events] and [defaults.events]: what a domain's bounce and complaint handling deploys."""

from __future__ import annotations

import pytest

from helpers import domains, refused
from modules.values import EventHandling
from stacks.config import load_config


def events_of(write_config, text: str, head: str | None = None) -> dict[str, EventHandling | None]:
    config = load_config(write_config(domains(text) if head is None else domains(text, head)))
    return {domain.name: domain.events for domain in config.domains}


HEAD_WITH_DEFAULTS = """
[defaults]
region = "eu-south-2"
ses_region = "eu-west-3"

[defaults.events]
types = ["BOUNCE", "COMPLAINT", "DELIVERY"]
email = ["postmaster@example.org"]

[state]
bucket = "studyflow-terraform-state"
"""


def test_on_by_default_bounces_and_complaints_to_the_topic_only(write_config):
    assert events_of(write_config, '[[domain]]\nname = "example.com"\n') == {
        "example.com": EventHandling(types=("BOUNCE", "COMPLAINT"), email=(), queue=False)
    }


def test_every_key(write_config):
    text = """
    [[domain]]
    name = "example.com"
    [domain.events]
    types = ["BOUNCE", "COMPLAINT", "DELIVERY_DELAY", "REJECT"]
    email = ["ops@example.com"]
    queue = true
    """
    assert events_of(write_config, text)["example.com"] == EventHandling(
        types=("BOUNCE", "COMPLAINT", "DELIVERY_DELAY", "REJECT"), email=("ops@example.com",), queue=True)


@pytest.mark.parametrize("off", ["events = false", "[domain.events]\nenabled = false\nqueue = true"])
def test_events_off(write_config, off):
    assert events_of(write_config, f'[[domain]]\nname = "example.com"\n{off}\n') == {"example.com": None}


def test_defaults_apply_key_by_key_and_a_domain_overrides_each(write_config):
    text = """
    [[domain]]
    name = "example.com"

    [[domain]]
    name = "example.net"
    [domain.events]
    queue = true
    email = []

    [[domain]]
    name = "example.io"
    events = false
    """
    found = events_of(write_config, text, HEAD_WITH_DEFAULTS)
    assert found["example.com"] == EventHandling(types=("BOUNCE", "COMPLAINT", "DELIVERY"),
                                                 email=("postmaster@example.org",))
    assert found["example.net"] == EventHandling(types=("BOUNCE", "COMPLAINT", "DELIVERY"), email=(), queue=True)
    assert found["example.io"] is None


def test_defaults_can_turn_events_off_and_a_domain_back_on(write_config):
    head = HEAD_WITH_DEFAULTS.replace("[defaults.events]", "[defaults.events]\nenabled = false")
    text = """
    [[domain]]
    name = "example.com"

    [[domain]]
    name = "example.net"
    events = true

    [[domain]]
    name = "example.io"
    [domain.events]
    queue = true
    """
    found = events_of(write_config, text, head)
    assert found["example.com"] is None
    assert found["example.net"] == EventHandling(types=("BOUNCE", "COMPLAINT", "DELIVERY"),
                                                 email=("postmaster@example.org",))
    # A domain that says how its events are handled wants them.
    assert found["example.io"] == EventHandling(types=("BOUNCE", "COMPLAINT", "DELIVERY"),
                                                email=("postmaster@example.org",), queue=True)


@pytest.mark.parametrize("table, problem", [
    ('types = ["BOUNCES"]', "domain 'example.com': events.types[0]: Input should be 'SEND', 'REJECT', 'BOUNCE', "
                            "'COMPLAINT', 'DELIVERY', 'OPEN', 'CLICK', 'RENDERING_FAILURE', 'DELIVERY_DELAY' or "
                            "'SUBSCRIPTION' (got 'BOUNCES')"),
    ("types = []", "domain 'example.com': events: types is empty: list at least one SES event type, or set "
                   "enabled = false"),
    ('types = ["BOUNCE", "BOUNCE"]', "domain 'example.com': events: types lists 'BOUNCE' twice"),
    ('email = ["ops"]', "domain 'example.com': events.email[0]: 'ops' is not an email address (local@domain)"),
    ('email = ["a@example.com", "A@example.com"]', "domain 'example.com': events: email lists 'a@example.com' twice"),
    ('queue = "yes"', "domain 'example.com': events.queue: Input should be a boolean (true or false) (got 'yes', "
                      "a string; write true or false, without quotes)"),
    ("retention = 3", "domain 'example.com': events.retention: unknown key"),
])
def test_bad_events_are_refused_naming_the_key(write_config, table, problem):
    text = f'[[domain]]\nname = "example.com"\n[domain.events]\n{table}\n'
    assert refused(write_config, domains(text)) == [problem]


def test_bad_defaults_events_are_refused_naming_the_key(write_config):
    head = HEAD_WITH_DEFAULTS.replace('types = ["BOUNCE", "COMPLAINT", "DELIVERY"]', 'types = ["OPENS"]')
    problems = refused(write_config, domains('[[domain]]\nname = "example.com"\n', head))
    assert len(problems) == 1 and problems[0].startswith("defaults.events.types[0]: Input should be 'SEND'")


def test_events_would_replace_an_adopted_configuration_set(write_config):
    text = """
    [[domain]]
    name = "example.com"
    [domain.adopt]
    identity = true
    dkim_tokens = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                   "cccccccccccccccccccccccccccccccc"]
    configuration_set = "console-set"
    """
    (problem,) = refused(write_config, domains(text))
    assert problem.startswith("domain 'example.com': events: the live identity's default configuration set is "
                              "'console-set', and this stack's events would replace it with 'example-com'")
    kept = text.replace("[domain.adopt]", "events = false\n    [domain.adopt]")
    assert events_of(write_config, kept) == {"example.com": None}


def test_sending_policy_can_be_turned_off(write_config):
    config = load_config(write_config(domains('[[domain]]\nname = "example.com"\nsending_policy = false\n')))
    assert config.domains[0].sending_policy is False
