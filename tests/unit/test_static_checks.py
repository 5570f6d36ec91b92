"""Lint (ruff) and types (mypy) of the project's own code: both find nothing. Settings: pyproject.toml.

mypy keeps its cache in .mypy_cache: a first run reads cdktf, moto, pydantic and the provider bindings
(about two minutes on 2 cores), a rerun takes a few seconds.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def run_module(*args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_finds_nothing():
    result = run_module("ruff", "check", "--no-fix", "--output-format", "concise", timeout=120)
    assert result.returncode == 0, f"ruff check:\n{result.stdout}{result.stderr}"


def test_mypy_finds_nothing():
    result = run_module("mypy", timeout=600)
    assert result.returncode == 0, f"mypy:\n{result.stdout}{result.stderr}"


def type_checking_imports(path: Path) -> dict[str, str]:
    """What the ``if TYPE_CHECKING:`` block of ``path`` imports: the name it binds -> where it comes from."""
    tree = ast.parse(path.read_text())
    (block,) = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    return {
        # `X as X` is an explicit re-export; anything else shows up as a difference.
        alias.asname if alias.asname == alias.name else f"{alias.name} as {alias.asname}": str(node.module)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_type_checkers_see_every_name_the_lazy_packages_hand_out():
    import imports
    import modules

    assert type_checking_imports(ROOT / "modules" / "__init__.py") == modules._HOME
    assert type_checking_imports(ROOT / "imports" / "__init__.py") == {
        name: f"imports.aws.{submodule}" for submodule, names in imports.CLASSES_BY_SUBMODULE.items() for name in names
    }
