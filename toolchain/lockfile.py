"""``python3 -m toolchain.lockfile packages|dev-packages|npm``: one line saying what an install is about to do.

    the main job's 41 Python packages from Pipfile.lock: cdktf 0.21.0, moto 5.2.5, ...

For Pipfile's ``[packages]`` (the main job: synth, deploy, the emulator, ``ops``) and
``[dev-packages]`` (what the tests and benchmarks add), it names the packages the Pipfile asks for
with their locked versions and counts what the lock adds, dependencies included; for ``npm``, the
cdktf CLI and the packages of package-lock.json. Standard library only: it runs before the virtual
environment exists.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = {"packages": ("default", "the main job's"), "dev-packages": ("develop", "the tests' and benchmarks'")}


def describe(category: str, root: Path = ROOT) -> str:
    if category == "npm":
        lock = json.loads((root / "package-lock.json").read_text())["packages"]
        wanted = {**lock[""].get("dependencies", {}), **lock[""].get("devDependencies", {})}
        cli = ", ".join(f"{name} {lock[f'node_modules/{name}']['version']}" for name in wanted)
        return f"{cli} and the npm packages it needs ({len(lock) - 1 - len(wanted)} in package-lock.json)"
    lock_key, whose = CATEGORIES[category]
    everything = json.loads((root / "Pipfile.lock").read_text())
    locked = everything[lock_key]
    if lock_key == "develop":  # what the main job's packages do not already hold
        locked = {name: entry for name, entry in locked.items() if name not in everything["default"]}
    asked = tomllib.loads((root / "Pipfile").read_text()).get(category, {})
    named = []
    for name in asked:
        entry = everything[lock_key].get(name.lower()) or everything[lock_key].get(name)
        version = re.sub(r"^==", "", entry.get("version", "")) if entry else "?"
        named.append(f"{name} {version}")
    return f"{whose} {len(locked)} Python packages from Pipfile.lock: {', '.join(named)}"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in (*CATEGORIES, "npm"):
        print("usage: python3 -m toolchain.lockfile packages|dev-packages|npm", file=sys.stderr)
        return 2
    print(describe(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
