"""Generate ``imports/aws``: Python bindings for only the AWS types the project uses.

The prebuilt ``cdktf-cdktf-provider-aws`` package holds all 2,139 types in a
34 MB jsii assembly that Node loads whole on every synth. This runs cdktf's own
provider generator (what ``cdktf get`` runs) on the provider schema trimmed to
the types listed in ``imports.CLASSES_BY_SUBMODULE``, with the constraint the
prebuilt package was built with, so the synthesized JSON is byte-identical
(a test proves it). Offline: the schema comes from the provider Terraform
installs (the local mirror where there is one).

    python -m toolchain bindings [--out DIR]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO

from toolchain import PROJECT_ROOT, terraform_env

PROVIDER = "registry.terraform.io/hashicorp/aws"
PROVIDER_VERSION = "5.100.0"  # what cdktf-cdktf-provider-aws 20.1.0 binds
CONSTRAINT = "aws@~> 5.0"  # the prebuilt package's: renders `"source": "aws"`, as it does
JS = Path(__file__).parent / "js"
DEFAULT_OUT = PROJECT_ROOT / "imports" / "aws"


def wanted_types(submodules: list[str]) -> list[str]:
    """``resource:aws_x`` / ``data:aws_y`` for each bindings submodule (``provider`` is always there)."""
    types = []
    for name in submodules:
        if name == "provider":
            continue
        if name.startswith("data_aws_"):
            types.append("data:" + name.removeprefix("data_"))
        else:
            types.append("resource:aws_" + name)
    return types


def _run(command: list[str], cwd: Path, env: dict[str, str], stdout: IO[str] | None = None) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, stdout=stdout or subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{result.stderr[-3000:]}")


def generate(out: Path = DEFAULT_OUT) -> None:
    from imports import CLASSES_BY_SUBMODULE  # reading the table loads no bindings

    env = {**os.environ, **terraform_env()}
    with tempfile.TemporaryDirectory(prefix="bindings-") as temp:
        work = Path(temp)
        (work / "main.tf.json").write_text(json.dumps(
            {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": PROVIDER_VERSION}}}}
        ))
        _run(["terraform", "init", "-input=false", "-no-color"], work, env)
        with open(work / "schema.json", "w") as schema, open(work / "version.json", "w") as version:
            _run(["terraform", "providers", "schema", "-json"], work, env, stdout=schema)
            _run(["terraform", "version", "-json"], work, env, stdout=version)
        _run(["node", str(JS / "trim-schema.js"), "schema.json", "version.json", "trimmed.json", PROVIDER,
              *wanted_types(list(CLASSES_BY_SUBMODULE))], work, env)
        _run(["node", str(JS / "generate.js"), "trimmed.json", "generated", CONSTRAINT], work, env)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(work / "generated" / "aws", out)
