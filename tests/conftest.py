"""Fixtures shared by every test. Helpers and example configs live in helpers.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from helpers import Synth, synth_config  # noqa: E402
from toolchain import terraform_env  # noqa: E402


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
    """The environment scripts give Terraform and cdktf: the project's CLI config, quiet tools."""
    return {**os.environ, **terraform_env()}
