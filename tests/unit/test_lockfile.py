"""The main job's environment is lean: Pipfile.lock's default category holds what synth, deploy, the
emulator and `ops` need, and the tests' and benchmarks' packages only in develop (scripts/test adds them).
And toolchain/lockfile.py says truly what an install is about to install."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

from helpers import ROOT
from toolchain.lockfile import describe

LOCK = json.loads((ROOT / "Pipfile.lock").read_text())
PIPFILE = tomllib.loads((ROOT / "Pipfile").read_text())
# Loaded only by the tests and benchmarks.
TESTS_ONLY = ["cdktf-cdktf-provider-aws", "matplotlib", "numpy", "pytest", "mypy", "ruff", "zizmor", "psutil"]
# Pulled in by moto[server]'s extras, for services the emulator does not serve.
MOTO_SERVER_EXTRAS = ["sympy", "cfn-lint", "docker", "networkx", "aws-xray-sdk", "openapi-spec-validator",
                      "graphql-core", "joserfc", "jsonpath-ng"]


def test_the_main_job_locks_none_of_the_tests_or_benchmarks_packages():
    assert [name for name in TESTS_ONLY + MOTO_SERVER_EXTRAS if name in LOCK["default"]] == []
    assert LOCK["default"]["moto"]["extras"] == ["s3"]
    assert {"flask", "flask-cors", "cdktf", "jsii", "boto3", "dnspython"} <= set(LOCK["default"])
    assert {"cdktf-cdktf-provider-aws", "matplotlib", "pytest"} <= set(LOCK["develop"])
    # Nor do the tests add moto[server]'s extras: the emulator tests run on the moto the main job has.
    assert [name for name in MOTO_SERVER_EXTRAS if name in LOCK["develop"]] == []


def test_the_lock_is_in_step_with_the_pipfile():
    # `pipenv sync` installs the lock as it is: a package added to the Pipfile but not locked would be missing.
    for category, key in (("packages", "default"), ("dev-packages", "develop")):
        assert {name.lower() for name in PIPFILE[category]} <= set(LOCK[key])


def test_describe_names_what_the_pipfile_asks_for_with_the_locked_versions():
    text = describe("packages")
    assert text.startswith(f"the main job's {len(LOCK['default'])} Python packages from Pipfile.lock: ")
    for name in PIPFILE["packages"]:
        assert f"{name} {LOCK['default'][name.lower()]['version'].removeprefix('==')}" in text
    added = set(LOCK["develop"]) - set(LOCK["default"])
    assert describe("dev-packages").startswith(f"the tests' and benchmarks' {len(added)} Python packages")
    npm = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    assert describe("npm") == (f"cdktf-cli {npm['node_modules/cdktf-cli']['version']} and the npm packages it "
                               f"needs ({len(npm) - 2} in package-lock.json)")


def test_an_unknown_category_is_refused():
    result = subprocess.run([sys.executable, "-m", "toolchain.lockfile", "everything"], cwd=ROOT,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "usage: python3 -m toolchain.lockfile packages|dev-packages|npm" in result.stderr
