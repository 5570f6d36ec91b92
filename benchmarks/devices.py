"""What each synth speed device buys: the app of a revision that has them, with each one off.

``python -m benchmarks devices [--revision REV]`` extracts ``REV`` (default: the last
release that had all of them) with ``git archive``, compiles its bytecode, and times
its app with each device turned off in turn, interleaved, on 1 and 100 domains:

- ``all``: every device on (sharded synth, jsii preload, ``python -O``, bytecode);
- ``no shard``: ``MAIL_SYNTH_WORKERS=1``;
- ``no preload``: also ``MAIL_CDKTF_STACK_TRACES=1`` (cdktf takes its creation stack traces);
- ``no -O``: one process, no preload, plain ``python`` (bytecode written by pip and compileall);
- ``no bytecode``: as ``no -O`` from a copy whose project bytecode was never compiled,
  with ``PYTHONDONTWRITEBYTECODE=1`` as on this project's CI machines.

The README's "Synth speed" section quotes the result; a device stays only where it saves
at least a fifth at 1 or 100 domains (DESIGN.md, "Simple before clever").
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.synth import config_text
from toolchain import release_tree

WITH_EVERY_DEVICE = "8eefea2a91c35ad327ea04585b655f88da644925"
ONE = {"MAIL_SYNTH_WORKERS": "1"}
NO_TRACES = {**ONE, "MAIL_CDKTF_STACK_TRACES": "1"}
VARIANTS: dict[str, tuple[list[str], dict[str, str], str]] = {
    "all": (["-O"], {}, "compiled"),
    "no shard": (["-O"], ONE, "compiled"),
    "no preload": (["-O"], NO_TRACES, "compiled"),
    "no -O": ([], NO_TRACES, "compiled"),
    "no bytecode": ([], NO_TRACES, "plain"),
}


def extract(revision: str, into: Path, *, compile_bytecode: bool) -> Path:
    release_tree(revision, into)
    if compile_bytecode:
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-o", "0", "-o", "1", str(into)],
                       check=True, stdout=subprocess.DEVNULL)
    return into


def run_devices(*, revision: str, domain_counts: list[int], runs: int, work: Path, base_env: dict[str, str]) -> str:
    work.mkdir(parents=True, exist_ok=True)
    trees = {kind: extract(revision, work / f"tree-{kind}", compile_bytecode=kind == "compiled")
             for kind in ("compiled", "plain")}
    env = {**base_env, "PYTHONDONTWRITEBYTECODE": "1"}
    lines = [f"Revision `{revision[:12]}`, median wall time of {runs} interleaved runs (one warm-up run first).", "",
             "| domains | " + " | ".join(VARIANTS) + " |", "| ---: |" + " ---: |" * len(VARIANTS)]
    for count in domain_counts:
        config = work / f"domains-{count}.toml"
        config.write_text(config_text(count))
        times: dict[str, list[float]] = {name: [] for name in VARIANTS}
        for attempt in range(-1, runs):
            for name, (flags, extra, tree) in VARIANTS.items():
                started = time.perf_counter()
                subprocess.run([sys.executable, *flags, str(trees[tree] / "main.py")], cwd=trees[tree], check=True,
                               capture_output=True,
                               env={**env, **extra, "MAIL_DOMAINS_FILE": str(config),
                                    "CDKTF_OUTDIR": str(work / f"out-{count}")})
                if attempt >= 0:
                    times[name].append(time.perf_counter() - started)
            print(f"  {count} domains, run {attempt + 1}", file=sys.stderr, flush=True)
        lines.append(f"| {count} | " + " | ".join(f"{statistics.median(t):.2f} s" for t in times.values()) + " |")
    return "\n".join(lines) + "\n"

