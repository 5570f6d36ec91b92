"""Integration fixtures: an emulator per test module, projects deployed to it with the real cdktf CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from emulator.process import EmulatorProcess
from local_aws import Project


@pytest.fixture(scope="module")
def emulator(tmp_path_factory) -> Iterator[EmulatorProcess]:
    process = EmulatorProcess.start(tmp_path_factory.mktemp("emulator") / "emulator.log")
    yield process
    assert process.stop() == 0, "the emulator did not stop cleanly"


@pytest.fixture(scope="module")
def new_project(emulator, tmp_path_factory, tool_env) -> Callable[[str, str], Project]:
    def make(name: str, config_text: str) -> Project:
        return Project(emulator=emulator, work=tmp_path_factory.mktemp(name), tool_env=tool_env,
                       config_text=config_text)

    return make

