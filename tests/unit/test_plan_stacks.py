"""Which stacks scripts/plan plans (ops/changed_stacks.py): the named ones alone; else those whose
synthesized Terraform changed against the base revision, and the new ones; every stack with --all,
without a base, or whenever the comparison could be wrong. The synths here are real (this
repository's HEAD under two configs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import ROOT, domains
from ops.aws import OpsError
from ops.changed_stacks import Changes, changed_stacks, compare, select, stack_files, synth_tree
from toolchain import release_tree

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
CHANGES = Changes(base="origin/main", changed=["a-example-com"], new=["c-example-com"],
                  unchanged=["b-example-com", "state"])


def env_for(config: Path) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith(("MAIL_", "AWS_ENDPOINT"))} | {
        "MAIL_DOMAINS_FILE": str(config)}


@pytest.mark.slow  # two real synths
def test_a_changed_config_changes_only_its_stacks(tmp_path):
    tree = release_tree("HEAD", tmp_path / "tree")
    for name, text in (("base", BASE), ("current", CURRENT)):
        (tmp_path / f"{name}.toml").write_text(text)
        synth_tree(tree, tmp_path / name, env_for(tmp_path / f"{name}.toml"))
    changes = compare(stack_files(tmp_path / "current"), stack_files(tmp_path / "base"), "HEAD")
    assert (changes.changed, changes.new, changes.unchanged) == (["a-example-com"], ["c-example-com"],
                                                                 ["b-example-com", "state"])


def test_the_changed_and_new_stacks_are_planned_and_the_rest_said_skipped():
    selection = select(CONFIGURED, named=[], every=False, changes=CHANGES)
    assert selection.stacks == ["a-example-com", "c-example-com"]
    assert "Changed against `origin/main`: `a-example-com`; new: `c-example-com`." in selection.markdown
    assert ("Skipped, their synthesized Terraform is the same as at the base" in selection.markdown
            and "`b-example-com`, `state`." in selection.markdown)


def test_nothing_changed_plans_nothing_and_says_so():
    selection = select(CONFIGURED, named=[], every=False,
                       changes=Changes(base="origin/main", changed=[], new=[], unchanged=CONFIGURED))
    assert selection.stacks == []
    assert "No stack's synthesized Terraform changed against `origin/main`." in selection.markdown


def test_named_stacks_are_planned_alone_in_the_configured_order():
    selection = select(CONFIGURED, named=["c-example-com", "state"], every=True, changes=CHANGES)
    assert selection.stacks == ["state", "c-example-com"]
    assert "Only the stacks named: `c-example-com`, `state`." in selection.markdown


def test_all_or_no_base_plans_every_stack():
    assert select(CONFIGURED, named=[], every=True, changes=CHANGES).stacks == CONFIGURED
    every = select(CONFIGURED, named=[], every=False, changes=None)
    assert every.stacks == CONFIGURED
    assert "Every stack: there is no base revision to compare with" in every.markdown


def test_an_unknown_stack_name_is_refused_naming_the_configured_ones():
    with pytest.raises(OpsError, match=r"no stack named d-example-com \(the config's stacks: state, a-example-com"):
        select(CONFIGURED, named=["d-example-com"], every=False, changes=None)


@pytest.fixture(scope="module")
def current_out(tmp_path_factory) -> Path:
    """A synth of the repository's own domains.toml (what the base falls back against)."""
    out = tmp_path_factory.mktemp("current") / "out"
    synth_tree(ROOT, out, env_for(ROOT / "domains.toml"))
    return out


@pytest.mark.slow  # one real synth
def test_a_config_outside_the_repository_plans_every_stack(current_out, tmp_path):
    (tmp_path / "domains.toml").write_text((ROOT / "domains.toml").read_text())
    changes = changed_stacks("HEAD", current_out, env_for(tmp_path / "domains.toml"))
    assert changes.to_plan == ["polplana-work", "state"] and not changes.unchanged
    assert "is outside the repository, so its version at the base is unknown" in changes.fallback


@pytest.mark.slow  # one real synth
def test_a_tool_chain_change_since_the_base_plans_every_stack(current_out):
    # 875d0e1 locked every package in [packages]; the lean split changed Pipfile.lock since.
    changes = changed_stacks("875d0e1", current_out, env_for(ROOT / "domains.toml"))
    assert changes.to_plan == ["polplana-work", "state"]
    assert "the tool chain changed since the base (Pipfile.lock" in changes.fallback
    assert "Every stack: the base `875d0e1` could not be compared" in changes.markdown()


@pytest.mark.slow  # one real synth
def test_a_base_not_in_the_clone_plans_every_stack(current_out):
    changes = changed_stacks("no-such-revision", current_out, env_for(ROOT / "domains.toml"))
    assert changes.to_plan == ["polplana-work", "state"]
    assert "could not be compared" in changes.fallback


def test_a_config_inside_the_repository_is_read_at_its_base_version(tmp_path):
    from ops.changed_stacks import base_config

    (tmp_path / "domains.toml").write_text("")
    env = base_config({"MAIL_DOMAINS_FILE": str(ROOT / "domains.toml"), "OTHER": "x"}, tmp_path)
    assert env == {"MAIL_DOMAINS_FILE": str(tmp_path / "domains.toml"), "OTHER": "x"}
    assert base_config({"OTHER": "x"}, tmp_path) == {"OTHER": "x"}  # the base reads its own domains.toml
    with pytest.raises(OpsError, match=r"the config file configs/new\.toml is not in the base"):
        base_config({"MAIL_DOMAINS_FILE": str(ROOT / "configs" / "new.toml")}, tmp_path)


def test_a_plan_with_no_stack_still_writes_the_comment_with_its_marker(tmp_path):
    import subprocess
    import sys

    from ops.plan_summary import COMMENT_MARKER

    result = subprocess.run([sys.executable, "-m", "ops", "plan-summary", "--nothing-planned", "--output",
                             str(tmp_path / "summary.md")], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    # plan.yml finds its comment to update by the marker; without it each push would add a comment.
    assert (tmp_path / "summary.md").read_text().startswith(COMMENT_MARKER + "\n### Terraform plan")
    assert "No stack to plan." in result.stdout


def test_a_bad_jobs_value_stops_scripts_plan_before_it_removes_the_previous_plans(tmp_path, tool_env):
    import subprocess

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "polplana-work.tfplan").write_bytes(b"a saved plan")
    result = subprocess.run(["bash", str(ROOT / "scripts" / "plan"), "--jobs", "0"], cwd=ROOT,
                            env={**tool_env, "PLANS_DIR": str(plans)}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "error: --jobs (or MAIL_PLAN_JOBS) must be a positive integer, not '0'" in result.stderr
    assert (plans / "polplana-work.tfplan").read_bytes() == b"a saved plan"
