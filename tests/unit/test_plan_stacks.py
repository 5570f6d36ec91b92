"""Which stacks scripts/plan plans (ops/changed_stacks.py): those whose synthesized Terraform changed
against the base revision, the new ones and the named ones; every stack with --all or when the base
cannot be compared. The synths here are real: this repository's HEAD, under two configs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import domains
from ops.aws import OpsError
from ops.changed_stacks import select, synthesize_revision

BASE = domains("""
[[domain]]
name = "a.example.com"

[[domain]]
name = "b.example.com"
""")
# a's DMARC policy changes, b stays, c is new.
CURRENT = domains("""
[[domain]]
name = "a.example.com"
[domain.dmarc]
policy = "quarantine"

[[domain]]
name = "b.example.com"

[[domain]]
name = "c.example.com"
""")
CONFIGURED = ["state", "a-example-com", "b-example-com", "c-example-com"]


def env_for(config: Path) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith(("MAIL_", "AWS_ENDPOINT"))} | {
        "MAIL_DOMAINS_FILE": str(config)}


@pytest.fixture(scope="module")
def synths(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The current synth (HEAD's code, CURRENT) and the environment that makes HEAD synthesize BASE."""
    work = tmp_path_factory.mktemp("plan-stacks")
    (work / "base.toml").write_text(BASE)
    (work / "current.toml").write_text(CURRENT)
    synthesize_revision("HEAD", work / "current" / "out", env_for(work / "current.toml"))
    return work / "current" / "out", env_for(work / "base.toml")


@pytest.mark.slow  # two real synths
def test_only_the_changed_and_new_stacks_are_planned_and_the_rest_said_skipped(synths):
    current, base_env = synths
    selection = select(CONFIGURED, current, named=[], every=False, base="HEAD", env=base_env)
    assert selection.stacks == ["a-example-com", "c-example-com"]
    assert "Changed against `HEAD`: `a-example-com`; new: `c-example-com`." in selection.markdown
    assert "Skipped, their synthesized Terraform is the same as at the base" in selection.markdown
    assert "`b-example-com`, `state`." in selection.markdown


@pytest.mark.slow  # two real synths
def test_a_named_stack_is_planned_too_in_the_configured_order(synths):
    current, base_env = synths
    selection = select(CONFIGURED, current, named=["b-example-com", "state"], every=False, base="HEAD", env=base_env)
    assert selection.stacks == CONFIGURED
    assert "Named on the command line: `b-example-com`, `state`." in selection.markdown


@pytest.mark.slow  # one real synth
def test_a_base_that_cannot_be_synthesized_plans_every_stack_and_says_why(synths):
    current, base_env = synths
    selection = select(CONFIGURED, current, named=[], every=False, base="no-such-revision", env=base_env)
    assert selection.stacks == CONFIGURED
    assert "Every stack: the base `no-such-revision` could not be compared (revision no-such-revision is not " \
           "in this clone" in selection.markdown


def test_all_plans_every_stack_without_comparing(tmp_path):
    selection = select(CONFIGURED, tmp_path / "nothing-synthesized", named=[], every=True, base="HEAD", env={})
    assert selection.stacks == CONFIGURED
    assert "Every stack (`--all`)." in selection.markdown


def test_without_a_base_the_named_stacks_else_every_stack(tmp_path):
    named = select(CONFIGURED, tmp_path, named=["c-example-com", "a-example-com"], every=False, base=None, env={})
    assert named.stacks == ["a-example-com", "c-example-com"]
    assert "Only the stacks named: there is no base revision to compare with" in named.markdown
    every = select(CONFIGURED, tmp_path, named=[], every=False, base=None, env={})
    assert every.stacks == CONFIGURED
    assert "Every stack: there is no base revision to compare with" in every.markdown


def test_an_unknown_stack_name_is_refused_naming_the_configured_ones(tmp_path):
    with pytest.raises(OpsError, match=r"no stack named d-example-com \(the config's stacks: state, a-example-com"):
        select(CONFIGURED, tmp_path, named=["d-example-com"], every=False, base="HEAD", env={})
