"""What a newcomer's first command costs: the main job's install, with cold and warm package caches.

``python -m benchmarks install [--revisions REV ...] [--demo]`` extracts each revision's files
(``git archive``, as a fresh clone has them, without ``.venv`` or ``node_modules``) twice and runs
``bash scripts/setup`` in each, timed:

- ``cold``: with empty pip, pipenv and npm caches of its own (every package downloaded again);
- ``warm``: in a second copy, with the caches the cold run filled.

It reports the wall time and the size of ``.venv`` and ``node_modules`` (bytes of the files, as
``du --apparent-size`` counts them). With ``--demo``, it then runs ``scripts/demo`` in the warm copy
and reports its time too (the main job with the install done). The copies get a PATH without this
checkout's ``.venv``, so pipenv and the scripts run from the machine's ``python3`` as they would on a
fresh machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synth import ROOT
from toolchain import fresh_machine_env, release_tree


@dataclass
class Install:
    revision: str
    cache: str  # cold | warm
    seconds: float
    venv_mb: float
    node_mb: float
    demo_seconds: float | None = None


def apparent_mb(folder: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total / 1e6


def fresh_machine_env_with(caches: Path) -> dict[str, str]:
    """This environment as on a fresh machine (``toolchain.fresh_machine_env``), with package caches in ``caches``."""
    return {**fresh_machine_env(dict(os.environ)), "PIP_CACHE_DIR": str(caches / "pip"),
            "PIPENV_CACHE_DIR": str(caches / "pipenv"), "npm_config_cache": str(caches / "npm")}


def timed(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> float:
    start = time.monotonic()
    with log.open("w") as sink:
        result = subprocess.run(command, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd} (exit {result.returncode}; log: {log})")
    return seconds


def measure_revision(revision: str, work: Path, demo: bool) -> list[Install]:
    revision = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=7", f"{revision}^{{commit}}"],
                              capture_output=True, text=True, check=True).stdout.strip()
    folder = work / revision
    shutil.rmtree(folder, ignore_errors=True)
    caches = folder / "caches"
    env = fresh_machine_env_with(caches)
    results = []
    for cache in ("cold", "warm"):
        tree = release_tree(revision, folder / cache)
        seconds = timed(["bash", "scripts/setup"], tree, env, folder / f"setup-{cache}.log")
        results.append(Install(revision=revision, cache=cache, seconds=seconds,
                               venv_mb=apparent_mb(tree / ".venv"), node_mb=apparent_mb(tree / "node_modules")))
    if demo:
        results[-1].demo_seconds = timed(["bash", "scripts/demo"], folder / "warm", env, folder / "demo.log")
    return results


def markdown(results: list[Install], machine: str) -> str:
    lines = [f"`bash scripts/setup` in a fresh copy of each revision, one run each, on {machine}. Cold: empty "
             "pip, pipenv and npm caches; warm: the caches the cold run filled. Sizes are the files' bytes.", "",
             "| revision | caches | install s | .venv MB | node_modules MB | then scripts/demo s |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for row in results:
        demo = f"{row.demo_seconds:.0f}" if row.demo_seconds is not None else ""
        lines.append(f"| `{row.revision}` | {row.cache} | {row.seconds:.0f} | {row.venv_mb:.0f} | "
                     f"{row.node_mb:.0f} | {demo} |")
    return "\n".join(lines) + "\n"
