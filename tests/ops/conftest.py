"""Ops commands run as a user runs them (`python -m ops ...`) against a private emulator and its DNS."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from emulator.process import EmulatorProcess

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def emulator(tmp_path_factory) -> Iterator[EmulatorProcess]:
    process = EmulatorProcess.start(tmp_path_factory.mktemp("ops-emulator") / "emulator.log")
    yield process
    assert process.stop() == 0


@pytest.fixture
def fresh(emulator) -> EmulatorProcess:
    assert emulator.post("/moto-api/reset")[0] == 200
    return emulator


@pytest.fixture
def ops(emulator, tool_env) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ops", *args], cwd=ROOT, capture_output=True, text=True,
                              env={**tool_env, **emulator.env(), **env}, timeout=120)

    return run
