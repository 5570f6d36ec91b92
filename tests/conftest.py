"""Fixtures shared by every test, and the test tiers. Helpers and example configs live in helpers.py.

Tiers: every test in a folder of ``SLOW_FOLDERS`` (real Terraform, the emulator, subprocesses
of the ops tool) and every test marked ``slow`` is left out of the quick tier
(``scripts/test --quick``, which runs ``-m "not slow"``); the full tier runs everything.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from helpers import Synth, synth_config  # noqa: E402
from toolchain import terraform_env  # noqa: E402

TESTS = Path(__file__).resolve().parent
SLOW_FOLDERS = {"integration", "emulator", "ops", "validate"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A `pytestmark` in a conftest has no effect, so the folders are marked here.
    for item in items:
        folder = item.path.relative_to(TESTS).parts[0]
        if folder in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
        if folder == "integration":
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[[str], Path]:
    def write(text: str, name: str = "domains.toml") -> Path:
        path = tmp_path / name
        path.write_text(text)
        return path

    return write


@pytest.fixture
def synth(tmp_path: Path) -> Callable[..., dict[str, Synth]]:
    counter = iter(range(1000))
    return lambda text, endpoint=None: synth_config(text, tmp_path / f"out{next(counter)}", endpoint)


@pytest.fixture(scope="session")
def tool_env() -> dict[str, str]:
    """The environment scripts give Terraform and cdktf: the project's CLI config, quiet tools. None of
    the caller's project settings (``MAIL_*``, e.g. ``MAIL_LOCAL_MAX_RETRIES``): each test sets its own."""
    return {**{key: value for key, value in os.environ.items() if not key.startswith("MAIL_")}, **terraform_env()}
