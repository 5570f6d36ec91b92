"""Synth speed and memory: the stock import pattern against the project's, for 1, 10 and 100 domains.

Variants, each a fresh process running the app:

- ``stock``: an ordinary cdktf Python app: provider classes imported the ordinary
  way from the prebuilt package (its ``__init__`` imports all 2,139 resource
  submodules), ``python main.py``, one process, cdktf's stack traces kept;
- ``prebuilt``: the project's app (``python main.py``, as ``cdktf.json`` runs it)
  but with the prebuilt package, loading only the submodules in use;
- ``project``: the project's app with generated bindings for only the types in use.

Runs alternate between variants so that drift in the machine's speed hits all alike;
one unmeasured run of each first warms the file and bytecode caches.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.measure import Run, Summary, measure

ROOT = Path(__file__).resolve().parent.parent
STOCK_APP = Path(__file__).with_name("stock_app.py")
VARIANTS = ("stock", "prebuilt", "project")


def config_text(domains: int) -> str:
    text = (ROOT / "domains.toml").read_text().split("\n[[domain]]")[0]
    for index in range(domains):
        text += f'\n[[domain]]\nname = "d{index:03d}.example.com"\n'
    return text


def command(variant: str) -> tuple[list[str], dict[str, str]]:
    if variant == "stock":
        return [sys.executable, str(STOCK_APP)], {"MAIL_PROVIDER_BINDINGS": "prebuilt"}
    app = [sys.executable, str(ROOT / "main.py")]
    if variant == "prebuilt":
        return app, {"MAIL_PROVIDER_BINDINGS": "prebuilt"}
    return app, {"MAIL_PROVIDER_BINDINGS": "generated"}


def run_synth(
    *, domain_counts: list[int], runs: int, variants: list[str], work: Path, base_env: dict[str, str],
    memory_runs: int = 2,
) -> list[Summary]:
    """Per variant and domain count: ``runs`` timed runs, and ``memory_runs`` more for peak RSS
    (sampling would slow the timed ones)."""
    work.mkdir(parents=True, exist_ok=True)
    results: dict[tuple[str, int], list[Run]] = {(v, n): [] for v in variants for n in domain_counts}
    for count in domain_counts:
        config = work / f"domains-{count}.toml"
        config.write_text(config_text(count))
        for attempt in range(-1, max(runs, memory_runs)):  # attempt -1 warms the caches and is not counted
            for variant in variants:
                argv, extra = command(variant)
                outdir = work / f"out-{variant}-{count}"
                env = {**base_env, **extra, "MAIL_DOMAINS_FILE": str(config), "CDKTF_OUTDIR": str(outdir)}
                kinds = ["warm-up"] if attempt < 0 else (
                    ["time"] * (attempt < runs) + ["memory"] * (attempt < memory_runs))
                for kind in kinds:
                    run = measure(argv, env=env, cwd=ROOT, log=work / f"{variant}-{count}-{kind}-{attempt}.log",
                                  sample_memory=kind == "memory")
                    if kind == "warm-up":
                        continue
                    results[(variant, count)].append(run)
                    shown = f"{run.seconds:6.2f} s" if kind == "time" else f"{run.peak_mb:7.0f} MB"
                    print(f"  {variant:8} {count:3} domains  {kind} run {attempt + 1}: {shown}",
                          file=sys.stderr, flush=True)
    return [Summary(label=v, domains=n, runs=r) for (v, n), r in results.items()]


def markdown(summaries: list[Summary], *, runs: int, memory_runs: int, machine: str) -> str:
    by = {(s.label, s.domains): s for s in summaries}
    counts = sorted({s.domains for s in summaries})
    variants = [v for v in VARIANTS if any(s.label == v for s in summaries)]
    lines = [
        f"On {machine}: median wall time of {runs} runs, and median peak RSS of the whole process tree "
        f"(Python and its jsii Node processes; sampled every 10 ms) over {memory_runs} more "
        "runs, synthesizing the `state` stack plus one stack per domain.",
        "",
        "| domains | " + " | ".join(f"{v} s | {v} MB" for v in variants) + " | stock / project |",
        "| ---: | " + " | ".join("---: | ---:" for _ in variants) + " | ---: |",
    ]
    for count in counts:
        cells = []
        for variant in variants:
            summary = by[(variant, count)]
            cells += [f"{summary.seconds:.2f}", f"{summary.peak_mb:.0f}"]
        ratio = (f"{by[('stock', count)].seconds / by[('project', count)].seconds:.1f}x"
                 if ("stock", count) in by and ("project", count) in by else "")
        lines.append(f"| {count} | " + " | ".join(cells) + f" | {ratio} |")
    lowest, highest = counts[0], counts[-1]
    scaling = [f"{v} {by[(v, highest)].seconds / by[(v, lowest)].seconds:.2f}x" for v in variants
               if highest != lowest]
    if scaling:
        lines += ["", f"Time for {highest} domains over time for {lowest}: " + ", ".join(scaling) + "."]
    return "\n".join(lines) + "\n"


def plot(summaries: list[Summary], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for variant in VARIANTS:
        points = sorted((s.domains, s.seconds, s.peak_mb) for s in summaries if s.label == variant)
        if not points:
            continue
        counts = [p[0] for p in points]
        left.plot(counts, [p[1] for p in points], marker="o", label=variant)
        right.plot(counts, [p[2] for p in points], marker="o", label=variant)
    for axis, title, unit in ((left, "Synth wall time", "seconds"), (right, "Peak RSS, process tree", "MB")):
        axis.set_xscale("log")
        axis.set_xlabel("domains")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.set_ylim(bottom=0)
        axis.grid(True, alpha=0.3)
        axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def machine_description() -> str:
    import platform

    import psutil

    return (f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
            f"Python {platform.python_version()}")
