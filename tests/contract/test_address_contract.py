"""Resource addresses, stack names and state keys are a contract with every live deployment.

Terraform keys each live zone, identity and record by its address in the stack's
state, and each stack's state by its backend key. A refactor that renames a
construct id, or moves a construct, changes an address: the next plan then
destroys the old resource and creates a new one (a new hosted zone means new
name servers at the registrar; a new identity means new DKIM keys). This test
pins every address for the seed's config, for a config that sets every
option (``every_option.toml``) and for two domains in one shared stack
(``shared_stack.toml``), so that such a change cannot happen by accident.

A pinned address may disappear only behind a ``moved`` block that takes its
state to the new address (cdktf: ``resource.move_to(...)`` / ``move_from_id``),
and the upgrade test (tests/integration/test_upgrade.py) must pass.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from helpers import SEED_CONFIG, Synth, synth_config

HERE = Path(__file__).resolve().parent
PINNED = HERE / "addresses.json"
CONFIGS = {"seed": SEED_CONFIG, "every_option": (HERE / "every_option.toml").read_text(),
           "shared_stack": (HERE / "shared_stack.toml").read_text()}
UPDATE_ENV = "MAIL_UPDATE_ADDRESS_CONTRACT"

ADVICE = (
    "Live deployments are keyed by these. If you renamed or moved a construct, keep the old "
    "address working with a moved block (cdktf: `resource.move_to(...)` / `move_from_id(...)`), "
    "run the upgrade test (tests/integration/test_upgrade.py), and say why in the README. "
    f"Only then, re-pin with `{UPDATE_ENV}=1 scripts/test --quick tests/contract` and commit "
    "tests/contract/addresses.json with the change."
)


def contract(stacks: dict[str, Synth]) -> dict[str, Any]:
    """What live deployments depend on, per stack: backend and key, resource and data addresses."""
    result: dict[str, Any] = {}
    for name, stack in sorted(stacks.items()):
        backend_type, backend = next(iter(stack.doc["terraform"]["backend"].items()))
        result[name] = {
            "backend": backend_type,
            "state": backend.get("key", backend.get("path")),
            "resources": sorted(
                f"{kind}.{logical}" for kind, items in stack.doc.get("resource", {}).items() for logical in items
            ),
            "data": sorted(
                f"data.{kind}.{logical}" for kind, items in stack.doc.get("data", {}).items() for logical in items
            ),
        }
    return result


def moves(stack: Synth) -> dict[str, str]:
    """``moved`` blocks of a stack: old address -> new address."""
    return {block["from"]: block["to"] for block in stack.doc.get("moved", [])}


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory) -> dict[str, dict[str, Synth]]:
    return {name: synth_config(text, tmp_path_factory.mktemp(name)) for name, text in CONFIGS.items()}


@pytest.fixture(scope="module")
def pinned(synthesized) -> dict[str, Any]:
    if os.environ.get(UPDATE_ENV) == "1":
        PINNED.write_text(json.dumps({k: contract(v) for k, v in synthesized.items()}, indent=2) + "\n")
    return json.loads(PINNED.read_text())


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_stack_names_and_state_keys_are_unchanged(config, synthesized, pinned):
    now = contract(synthesized[config])
    assert {name: (s["backend"], s["state"]) for name, s in now.items()} == {
        name: (s["backend"], s["state"]) for name, s in pinned[config].items()
    }, "A stack was renamed or its state moved to another key. Terraform would start that stack from " \
       "empty state and create a second copy of every live resource. " + ADVICE


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_no_pinned_address_disappears_without_a_moved_block(config, synthesized, pinned):
    for name, stack in synthesized[config].items():
        now = contract({name: stack})[name]
        current = set(now["resources"]) | set(now["data"])
        moved = moves(stack)
        for address in pinned[config].get(name, {}).get("resources", []):
            if address in current:
                continue
            assert address in moved, (
                f"stack {name}: {address} is gone. The next plan destroys the live resource and creates "
                f"another. " + ADVICE
            )
            assert moved[address] in current, f"stack {name}: moved block {address} -> {moved[address]} " \
                                              "points at an address that does not exist"


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_the_pinned_list_is_complete(config, synthesized, pinned):
    """New resources are fine, but they join the contract: re-pin so that the next refactor keeps them."""
    now = contract(synthesized[config])
    for name, stack in now.items():
        pinned_stack = pinned[config].get(name, {"resources": [], "data": []})
        moved_to = set(moves(synthesized[config][name]).values())
        new = (set(stack["resources"]) - set(pinned_stack["resources"]) - moved_to) | (
            set(stack["data"]) - set(pinned_stack["data"])
        )
        assert not new, f"stack {name}: new addresses {sorted(new)} are not pinned yet. " + ADVICE
