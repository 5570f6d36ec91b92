"""imports/ hands out provider classes without loading the rest of the AWS provider.

The default bindings (imports/aws, generated for only the types in use) and the
prebuilt package's must synthesize byte-identical Terraform JSON.
"""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys

import pytest

from helpers import ROOT, TWO_DOMAINS_CONFIG, run_app, tree

PROBE = """
import json, sys, tomllib
from pathlib import Path
from stacks.app import build_app
from stacks.config import parse_config
config = parse_config(tomllib.loads(Path("domains.toml").read_text()), Path("domains.toml"))
build_app(config, outdir=sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("cdktf_cdktf_provider_aws", "imports")))))
"""


def loaded_modules(tmp_path, env) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_generated_bindings_load_nothing_of_the_prebuilt_package(tmp_path, tool_env):
    from imports import CLASSES_BY_SUBMODULE

    modules = loaded_modules(tmp_path, tool_env)
    assert not any(m.startswith("cdktf_cdktf_provider_aws") for m in modules)
    used = {m.split(".")[2] for m in modules if m.startswith("imports.aws.")}
    assert {name for name in used if not name.startswith("_")} == set(CLASSES_BY_SUBMODULE)


@pytest.mark.slow  # loads the prebuilt provider package
def test_prebuilt_path_loads_only_the_submodules_in_use(tmp_path, tool_env):
    from imports import CLASSES_BY_SUBMODULE

    modules = loaded_modules(tmp_path, {**tool_env, "MAIL_PROVIDER_BINDINGS": "prebuilt"})
    used = {m.split(".")[1] for m in modules if m.startswith("cdktf_cdktf_provider_aws.")}
    assert used == set(CLASSES_BY_SUBMODULE) | {"_jsii"}  # of 2,139
    assert not any(m.startswith("imports.aws") for m in modules)


@pytest.mark.slow  # loads the prebuilt provider package (several seconds per synth)
@pytest.mark.parametrize("endpoint", ["", "http://127.0.0.1:4566"])
def test_generated_and_prebuilt_bindings_synthesize_byte_identical_json(endpoint, tmp_path, tool_env):
    config = tmp_path / "domains.toml"
    config.write_text(TWO_DOMAINS_CONFIG.replace('name = "news.example.org"',
                                                 'name = "news.example.org"\nzone_id = "Z0ABCDEF123456"'))
    outputs = {}
    for source in ("generated", "prebuilt"):
        outdir = tmp_path / source
        result = run_app(tool_env, MAIL_DOMAINS_FILE=str(config), CDKTF_OUTDIR=str(outdir),
                         MAIL_PROVIDER_BINDINGS=source, AWS_ENDPOINT_URL=endpoint)
        assert result.returncode == 0, result.stderr
        outputs[source] = outdir
    generated, prebuilt = tree(outputs["generated"]), tree(outputs["prebuilt"])
    files = sorted(generated)
    assert len(files) >= 4  # manifest + three stacks
    assert files == sorted(prebuilt)
    for name in files:
        assert generated[name] == prebuilt[name], name


@pytest.mark.slow  # runs cdktf's provider generator
def test_committed_bindings_are_what_the_generator_makes(tmp_path, tool_env, monkeypatch):
    """Regenerates from the provider schema (offline, about 15 s) and compares with imports/aws."""
    from toolchain.bindings import DEFAULT_OUT, generate

    monkeypatch.setenv("PATH", f"{ROOT / 'node_modules' / '.bin'}:{tool_env['PATH']}")
    generate(tmp_path / "aws")
    comparison = filecmp.dircmp(tmp_path / "aws", DEFAULT_OUT, ignore=["__pycache__"])

    def differences(c: filecmp.dircmp) -> list[str]:
        found = c.left_only + c.right_only + c.diff_files + c.funny_files
        return found + [d for sub in c.subdirs.values() for d in differences(sub)]

    assert differences(comparison) == []


def test_imports_hand_out_the_generated_classes():
    import importlib

    import imports

    for submodule, names in imports.CLASSES_BY_SUBMODULE.items():
        module = importlib.import_module(f"imports.aws.{submodule}")
        for name in names:
            assert getattr(imports, name) is getattr(module, name)


def test_only_imports_touches_provider_bindings():
    offenders = [
        path.relative_to(ROOT)
        for folder in ("modules", "stacks", "ops", "emulator", "main.py")
        for path in ([ROOT / folder] if folder.endswith(".py") else (ROOT / folder).rglob("*.py"))
        if "cdktf_cdktf_provider_aws" in path.read_text() or "imports.aws" in path.read_text()
    ]
    assert offenders == []
