"""``python -m benchmarks fleet``: many domains against an emulator that throttles as Route 53 does.

For each domain count, in a clone of the repository's HEAD whose ``domains.toml`` holds that many
domains (committed, so that ``scripts/plan`` can compare against it), against a fresh
``python -m emulator --route53-throttling`` (the developer guide's buckets):

1. ``scripts/deploy`` of every stack (``state`` first): the first deploy;
2. ``scripts/plan --all``: every stack planned, none changed (the drift check);
3. one domain's DMARC policy changed, ``scripts/plan --base HEAD``: only its stack is planned;
4. ``scripts/plan STACK`` of that one stack: the reference for 3.

Each step is one run, with ``--jobs`` stacks at once: wall time, peak RSS of the whole process tree
(``benchmarks.measure``), the Route 53 requests it made and the change tokens they took, the
requests the emulator throttled, and the throttling floor: the least time those requests could take
under the buckets (``emulator.route53.throttling.floor``, read from ``GET
/_emulator/route53/throttling`` before and after the step). Between steps the benchmark waits until
every bucket it used is full again, so that each step's floor starts from full buckets as computed.

The clone shares this checkout's ``.venv`` and ``node_modules`` (symbolic links: nothing is
installed), so what is measured is HEAD's code: commit before measuring. The provider makes up to
``MAIL_LOCAL_MAX_RETRIES`` (here 10) attempts per call, as a throttled client must.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measure import Run, measure
from benchmarks.synth import ROOT, config_text
from emulator.process import EmulatorProcess
from emulator.route53.throttling import GUIDE_BUCKETS, Settings, floor

MAX_RETRIES = "10"
# What a benchmark's environment must not inherit: it would point the scripts elsewhere.
CLEARED = ("MAIL_DOMAINS_FILE", "MAIL_PLAN_BASE", "CDKTF_OUT", "PLANS_DIR", "MAIL_PLAN_JOBS",
           "MAIL_DEPLOY_PARALLELISM", "MAIL_LOCAL_STATE_DIR")
CHANGED_DOMAIN = "d000.example.com"
CHANGED_STACK = "d000-example-com"


@dataclass(frozen=True)
class Step:
    domains: int
    name: str
    run: Run
    requests: float        # Route 53 requests admitted (tokens of the account's bucket)
    change_tokens: float
    throttled: int         # requests the emulator refused (Throttling, PriorRequestNotComplete)
    floor_seconds: float
    stacks_planned: int | None = None

    @property
    def over_floor(self) -> float:
        return self.run.seconds / self.floor_seconds if self.floor_seconds > 0 else math.inf


def _usage(emulator: EmulatorProcess) -> dict[str, Any]:
    status, body = emulator.get("/_emulator/route53/throttling")
    if status != 200 or not body.get("enabled"):
        raise RuntimeError(f"the emulator does not throttle Route 53: {status} {body}")
    return body


def _taken(usage: dict[str, Any]) -> dict[str, float]:
    """Tokens taken per bucket; the emulator's one account (the test keys') only."""
    accounts = usage["accounts"]
    if len(accounts) > 1:
        raise RuntimeError(f"Route 53 calls from more than one account: {sorted(accounts)}")
    buckets: dict[str, dict[str, float]] = next(iter(accounts.values()), {"buckets": {}})["buckets"]
    return {name: bucket["taken"] for name, bucket in buckets.items()}


def _refill_wait(taken: dict[str, float], settings: Settings) -> float:
    """Seconds until every bucket used so far is full again, however empty it is."""
    return max((settings.size(name).capacity / settings.size(name).refill_rate for name in taken), default=0.0)


def _clone(work: Path, domains: int) -> Path:
    """A clone of HEAD with ``domains`` domains committed, sharing this checkout's installs."""
    repo = work / "repo"
    subprocess.run(["git", "clone", "-q", "--shared", str(ROOT), str(repo)], check=True)
    for shared in (".venv", "node_modules"):
        (repo / shared).symlink_to(ROOT / shared)
    (repo / "domains.toml").write_text(config_text(domains))
    subprocess.run(["git", "-c", "user.name=benchmark", "-c", "user.email=benchmark@localhost", "commit", "-q",
                    "-m", f"fleet benchmark: {domains} domains", "domains.toml"], cwd=repo, check=True)
    return repo


def _stacks_planned(repo: Path) -> int:
    return len((repo / ".work" / "plans" / "stacks.txt").read_text().split())


def run_domain_count(domains: int, *, jobs: int, work: Path, base_env: dict[str, str]) -> list[Step]:
    work = work / f"fleet-{domains}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    repo = _clone(work, domains)
    settings = Settings()  # the emulator runs with the guide's buckets
    steps: list[Step] = []
    with EmulatorProcess.start(work / "emulator.log", "--route53-throttling") as emulator:
        env = {key: value for key, value in base_env.items() if key not in CLEARED}
        env |= {**emulator.env(), "MAIL_LOCAL_STATE_DIR": str(work / "local"), "MAIL_LOCAL_MAX_RETRIES": MAX_RETRIES,
                "MAIL_DOMAINS_FILE": str(repo / "domains.toml"), "CI": "1"}

        def step(name: str, command: list[str]) -> None:
            before = _taken(_usage(emulator))
            time.sleep(_refill_wait(before, settings))
            throttled_before = sum(_usage(emulator)["throttled"].values())
            print(f"  {domains} domains: {name} ...", file=sys.stderr, flush=True)
            run = measure(command, env=env, cwd=repo, log=work / f"{len(steps) + 1}-{command[1].split('/')[-1]}.log")
            usage = _usage(emulator)
            after = _taken(usage)
            spent = {bucket: after[bucket] - before.get(bucket, 0.0) for bucket in after}
            steps.append(Step(
                domains=domains, name=name, run=run, requests=spent.get("account", 0.0),
                change_tokens=spent.get("changes", 0.0),
                throttled=sum(usage["throttled"].values()) - throttled_before,
                floor_seconds=floor(spent, settings),
                stacks_planned=_stacks_planned(repo) if command[1].endswith("plan") else None,
            ))
            print(f"  {domains} domains: {name}: {run.seconds:.0f} s, {run.peak_mb:.0f} MB, "
                  f"floor {steps[-1].floor_seconds:.1f} s", file=sys.stderr, flush=True)

        step("first deploy", ["bash", "scripts/deploy", "--jobs", str(jobs), "--", "--auto-approve"])
        step("plan, nothing changed (`--all`)", ["bash", "scripts/plan", "--all", "--jobs", str(jobs)])
        config = repo / "domains.toml"
        config.write_text(config.read_text().replace(
            f'name = "{CHANGED_DOMAIN}"\n', f'name = "{CHANGED_DOMAIN}"\ndmarc = {{ policy = "quarantine" }}\n'))
        step("plan after one domain changed", ["bash", "scripts/plan", "--base", "HEAD", "--jobs", str(jobs)])
        step("plan of that one stack alone", ["bash", "scripts/plan", "--jobs", str(jobs), CHANGED_STACK])
    return steps


def markdown(steps: list[Step], *, jobs: int, machine: str, revision: str) -> str:
    guide = ", ".join(f"{name} {size}" for name, size in GUIDE_BUCKETS.items())
    lines = [
        f"`python -m benchmarks fleet` at `{revision}`, on {machine}: against `python -m emulator "
        f"--route53-throttling` (the guide's buckets: {guide}, CreateHostedZone 40/2, as burst/refill a "
        f"second), `--jobs {jobs}`, one run of each step. Floor: the least time the step's Route 53 requests "
        "could take under those buckets, from full buckets (`emulator.route53.throttling.floor`). "
        "Peak: the RSS of the whole process tree, sampled every 10 ms.",
        "",
        "| domains | step | stacks planned | wall s | peak MB | Route 53 requests | change tokens | throttled "
        "| floor s | wall / floor |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in steps:
        ratio = f"{s.over_floor:.1f}" if math.isfinite(s.over_floor) else "(floor 0)"
        planned = "" if s.stacks_planned is None else str(s.stacks_planned)
        lines.append(f"| {s.domains} | {s.name} | {planned} | {s.run.seconds:.0f} | {s.run.peak_mb:.0f} "
                     f"| {s.requests:.0f} | {s.change_tokens:.0f} | {s.throttled} | {s.floor_seconds:.1f} | {ratio} |")
    return "\n".join(lines) + "\n"
