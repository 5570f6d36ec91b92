"""imports/ hands out provider classes without loading the other 2,100-odd resource submodules."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import ROOT

PROBE = """
import json, sys, tomllib
from pathlib import Path
from stacks.app import build_app
from stacks.config import parse_config
config = parse_config(tomllib.loads(Path("domains.toml").read_text()), Path("domains.toml"))
build_app(config, outdir=sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("cdktf_cdktf_provider_aws"))))
"""


def test_building_the_stacks_loads_only_the_submodules_in_use(tmp_path, tool_env):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, env=tool_env,
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    loaded = {name.split(".")[1] for name in json.loads(result.stdout) if name.count(".") >= 1}

    from imports import CLASSES_BY_SUBMODULE

    assert loaded == set(CLASSES_BY_SUBMODULE) | {"_jsii"}
    assert len(loaded) < 20
    assert "cdktf_cdktf_provider_aws" in json.loads(result.stdout)  # the package shell itself


def test_imports_hand_out_the_packages_own_classes():
    import importlib

    import imports

    for submodule, names in imports.CLASSES_BY_SUBMODULE.items():
        module = importlib.import_module(f"cdktf_cdktf_provider_aws.{submodule}")
        for name in names:
            assert getattr(imports, name) is getattr(module, name)


def test_only_imports_touches_the_provider_package():
    offenders = [
        path.relative_to(ROOT)
        for folder in ("modules", "stacks", "ops", "emulator")
        for path in (ROOT / folder).rglob("*.py")
        if "cdktf_cdktf_provider_aws" in path.read_text()
    ]
    assert offenders == []
