"""``python -m benchmarks fleet``: many domains against an emulator that throttles as Route 53 does.

For each domain count, in a clone of one commit whose ``domains.toml`` holds that many domains, each
in a stack of its own or, with ``--per-stack K``, K to a shared stack (``stack = "group-<n>"``)
(committed, so that ``scripts/plan`` can compare against it), against a fresh
``python -m emulator --route53-throttling`` (the developer guide's buckets):

1. ``scripts/deploy`` of every stack (``state`` first): the first deploy;
2. ``scripts/plan --all``: every stack planned (``state`` too), none changed: the drift check;
3. one domain's DMARC policy changed, ``scripts/plan --base HEAD``: only its stack is planned;
4. ``scripts/plan STACK`` of that one stack: the reference for 3.

Each step is one run, with ``--jobs`` stacks at once: wall time, peak RSS of the whole process tree
sampled every ``SAMPLE_SECONDS`` (``benchmarks.measure``; coarse, so that sampling takes little CPU
from what it measures), the Route 53 requests it made and the change tokens they took, the requests
the emulator throttled, and the throttling floor: the least time those requests could take under the
buckets (``emulator.route53.throttling.floor``, from the tokens each bucket gave during the step, read
from ``GET /_emulator/route53/throttling`` with the buckets' sizes). Before each step the benchmark
waits until every bucket used is full again, so that each step's floor starts from full buckets.

The clone shares this checkout's ``.venv``, ``node_modules`` and Terraform plugin cache (symbolic
links); they must already hold what the commit's lock files pin (their install stamps), so that
nothing is installed while measuring. The provider makes up to ``MAIL_LOCAL_MAX_RETRIES`` (here 10)
attempts per call, as a throttled client must. The environment keeps none of the caller's AWS,
Terraform (but ``TF_PROVIDER_MIRROR``), cdktf or project variables, nor ``PLANS_DIR``.
"""

from __future__ import annotations

import hashlib
import math
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measure import Run, measure
from benchmarks.synth import ROOT, config_text
from emulator.process import EmulatorProcess
from emulator.route53.throttling import GUIDE_BUCKETS, BucketSize, Settings, floor
from stacks.config import stack_name_for

MAX_RETRIES = "10"
SAMPLE_SECONDS = 0.25
# Caller variables that would change what is measured (bindings, Terraform's behaviour, retries,
# endpoints, where plans go); the provider mirror stays, so that no provider is downloaded.
CLEARED_PREFIXES = ("AWS_", "MAIL_", "TF_", "CDKTF_", "PLANS_DIR")
KEPT = ("TF_PROVIDER_MIRROR",)
CHANGED_DOMAIN = "d000.example.com"


def stack_of(index: int, per_stack: int) -> str:
    """The stack of domain ``index`` (``d<index>.example.com``): its own, or with ``per_stack`` > 1 the
    shared stack ``group-<n>`` of domains ``n * per_stack`` to ``(n + 1) * per_stack - 1``."""
    return stack_name_for(f"d{index:03d}.example.com") if per_stack == 1 else f"group-{index // per_stack:03d}"


def fleet_config(domains: int, per_stack: int) -> str:
    """``domains`` domains, each in its own stack, or ``per_stack`` to a shared stack (``stack = ...``)."""
    text = config_text(domains)
    if per_stack == 1:
        return text
    for index in range(domains):
        name = f'name = "d{index:03d}.example.com"\n'
        text = text.replace(name, f'{name}stack = "{stack_of(index, per_stack)}"\n', 1)
    return text


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
    per_stack: int = 1

    @property
    def over_floor(self) -> float:
        return self.run.seconds / self.floor_seconds if self.floor_seconds > 0 else math.inf


@dataclass(frozen=True)
class Buckets:
    """One account's buckets as ``GET /_emulator/route53/throttling`` reports them, and its refusals."""

    sizes: dict[str, BucketSize]
    taken: dict[str, float]
    throttled: int

    @classmethod
    def of(cls, usage: dict[str, Any]) -> Buckets:
        accounts = usage["accounts"]
        if len(accounts) > 1:
            raise RuntimeError(f"Route 53 calls from more than one account: {sorted(accounts)}")
        buckets: dict[str, dict[str, float]] = next(iter(accounts.values()), {"buckets": {}})["buckets"]
        return cls(sizes={name: BucketSize(b["capacity"], b["refill_rate"]) for name, b in buckets.items()},
                   taken={name: b["taken"] for name, b in buckets.items()},
                   throttled=sum(usage["throttled"].values()))

    def refill_wait(self) -> float:
        """Seconds until every bucket used so far is full again, however empty it is."""
        return max((size.capacity / size.refill_rate for size in self.sizes.values()), default=0.0)

    def since(self, before: Buckets) -> tuple[dict[str, float], float]:
        """The tokens each bucket gave since ``before`` (a bucket first used since counts from 0), and
        the floor they set, from full buckets."""
        spent = {name: tokens - before.taken.get(name, 0.0) for name, tokens in self.taken.items()}
        return spent, floor(spent, Settings(self.sizes))


def _usage(emulator: EmulatorProcess) -> Buckets:
    status, body = emulator.get("/_emulator/route53/throttling")
    if status != 200 or not body.get("enabled"):
        raise RuntimeError(f"the emulator does not throttle Route 53: {status} {body}")
    return Buckets.of(body)


def _stamp(path: str) -> str:
    return hashlib.sha256((ROOT / path).read_bytes()).hexdigest()[:16]


def check_installed(revision: str) -> None:
    """Refuse to measure when the shared ``.venv``/``node_modules`` do not hold what ``revision`` pins:
    the clone's scripts would install into them, and the install would be timed."""
    changed = subprocess.run(["git", "diff", "--quiet", revision, "--", "Pipfile.lock", "package-lock.json"],
                             cwd=ROOT).returncode
    if changed > 1:
        raise SystemExit(f"git could not compare the lock files with {revision} (exit {changed})")
    if changed:
        raise SystemExit(f"Pipfile.lock or package-lock.json differs from {revision}: measure a commit whose "
                         "lock files this checkout has installed")
    stamps = [f".venv/.synced-{_stamp('Pipfile.lock')}", f"node_modules/.synced-{_stamp('package-lock.json')}"]
    missing = [stamp for stamp in stamps if not (ROOT / stamp).exists()]
    if missing:
        raise SystemExit(f"not installed here ({', '.join(missing)} missing): run scripts/setup --dev first")


def _clone(work: Path, revision: str, domains: int, per_stack: int) -> Path:
    """A clone of ``revision`` with ``domains`` domains committed, sharing this checkout's installs."""
    repo = work / "repo"
    subprocess.run(["git", "clone", "-q", "--shared", "--no-checkout", str(ROOT), str(repo)], check=True)
    subprocess.run(["git", "checkout", "-q", revision], cwd=repo, check=True)
    for shared in (".venv", "node_modules", ".tfcli/plugin-cache"):
        (repo / shared).parent.mkdir(parents=True, exist_ok=True)
        (repo / shared).symlink_to(ROOT / shared)
    (repo / "domains.toml").write_text(fleet_config(domains, per_stack))
    subprocess.run(["git", "-c", "user.name=benchmark", "-c", "user.email=benchmark@localhost", "commit", "-q",
                    "-m", f"fleet benchmark: {domains} domains", "domains.toml"], cwd=repo, check=True)
    return repo


def change_one_domain(config: Path) -> None:
    """Set ``CHANGED_DOMAIN``'s DMARC policy to quarantine; raises if the config does not name it."""
    text = config.read_text()
    changed = text.replace(f'name = "{CHANGED_DOMAIN}"\n',
                           f'name = "{CHANGED_DOMAIN}"\ndmarc = {{ policy = "quarantine" }}\n', 1)
    if changed == text:
        raise RuntimeError(f"{config} has no line name = \"{CHANGED_DOMAIN}\" to change")
    config.write_text(changed)


def _planned(plans: Path) -> list[str]:
    return (plans / "stacks.txt").read_text().split()


def _with_changes(plans: Path, stacks: list[str]) -> list[str]:
    """The stacks whose saved plan (``scripts/plan``'s ``<stack>.plan.log``) is not "No changes."."""
    return [stack for stack in stacks if "No changes." not in (plans / f"{stack}.plan.log").read_text()]


def run_domain_count(domains: int, *, revision: str, jobs: int, work: Path,
                     base_env: dict[str, str], report: Callable[[Step], None], per_stack: int = 1) -> None:
    """The four steps for ``domains`` domains at ``revision``, ``per_stack`` domains a stack; ``report``
    gets each step as it finishes."""
    if domains < 1 or per_stack < 1:
        raise ValueError(f"--domains and --per-stack must be at least 1, not {domains} and {per_stack}")
    work = work / (f"fleet-{domains}" if per_stack == 1 else f"fleet-{domains}-{per_stack}-per-stack")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    repo = _clone(work, revision, domains, per_stack)
    plans = work / "plans"
    domain_stacks = list(dict.fromkeys(stack_of(index, per_stack) for index in range(domains)))
    changed_stack = stack_of(0, per_stack)
    with EmulatorProcess.start(work / "emulator.log", "--route53-throttling") as emulator:
        env = {key: value for key, value in base_env.items()
               if key in KEPT or not key.startswith(CLEARED_PREFIXES)}
        env |= {**emulator.env(), "MAIL_LOCAL_STATE_DIR": str(work / "local"), "MAIL_LOCAL_MAX_RETRIES": MAX_RETRIES,
                "MAIL_DOMAINS_FILE": str(repo / "domains.toml"), "PLANS_DIR": str(plans), "CI": "1"}

        def step(number: int, name: str, command: list[str], expect: list[str] | None = None,
                 unchanged: bool = False) -> None:
            """Measure one step and report it; with ``expect``, the stacks it must have planned, and with
            ``unchanged``, their plans must all be "No changes."."""
            before = _usage(emulator)
            time.sleep(before.refill_wait())
            print(f"  {domains} domains: {name} ...", file=sys.stderr, flush=True)
            run = measure(command, env=env, cwd=repo, log=work / f"{number}-{command[1].split('/')[-1]}.log",
                          sample_seconds=SAMPLE_SECONDS)
            after = _usage(emulator)
            spent, floor_seconds = after.since(before)
            planned = _planned(plans) if command[1].endswith("plan") else []
            if expect is not None and planned != expect:
                raise RuntimeError(f"{name}: scripts/plan planned {planned}, not {expect} (log: {work})")
            if unchanged and _with_changes(plans, planned):
                raise RuntimeError(f"{name}: {_with_changes(plans, planned)} have changes to plan (plans: {plans})")
            result = Step(domains=domains, name=name, run=run, requests=spent.get("account", 0.0),
                          change_tokens=spent.get("changes", 0.0), throttled=after.throttled - before.throttled,
                          floor_seconds=floor_seconds,
                          stacks_planned=len(planned) if command[1].endswith("plan") else None,
                          per_stack=per_stack)
            print(f"  {domains} domains: {name}: {run.seconds:.0f} s, {run.peak_mb:.0f} MB, "
                  f"floor {floor_seconds:.1f} s", file=sys.stderr, flush=True)
            report(result)

        step(1, "first deploy", ["bash", "scripts/deploy", "--jobs", str(jobs), "--", "--auto-approve"])
        step(2, "plan, nothing changed (`--all`)", ["bash", "scripts/plan", "--all", "--jobs", str(jobs)],
             expect=["state", *domain_stacks], unchanged=True)
        change_one_domain(repo / "domains.toml")
        step(3, "plan after one domain changed", ["bash", "scripts/plan", "--base", "HEAD", "--jobs", str(jobs)],
             expect=[changed_stack])
        step(4, "plan of that one stack alone", ["bash", "scripts/plan", "--jobs", str(jobs), changed_stack],
             expect=[changed_stack])


def header(*, jobs: int, machine: str, revision: str) -> str:
    guide = ", ".join(f"{name} {size}" for name, size in GUIDE_BUCKETS.items())
    return "\n".join([
        f"`python -m benchmarks fleet` at `{revision}`, on {machine}: against `python -m emulator "
        f"--route53-throttling` (the guide's buckets as burst/refill a second: {guide}, CreateHostedZone 40/2), "
        f"`--jobs {jobs}`, one run of each step. Stacks planned: the domain stacks and, with `--all`, `state`. "
        "Floor: the least time the step's Route 53 requests could take under those buckets, from full buckets "
        f"(`emulator.route53.throttling.floor`). Peak: the RSS of the whole process tree, sampled every "
        f"{SAMPLE_SECONDS:g} s.",
        "",
        "| domains | a stack | step | stacks planned | wall s | peak MB | Route 53 requests | change tokens "
        "| throttled | floor s | wall / floor |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]) + "\n"


def row(step: Step) -> str:
    ratio = f"{step.over_floor:.1f}" if math.isfinite(step.over_floor) else "(floor 0)"
    planned = "" if step.stacks_planned is None else str(step.stacks_planned)
    return (f"| {step.domains} | {step.per_stack} | {step.name} | {planned} | {step.run.seconds:.0f} "
            f"| {step.run.peak_mb:.0f} | {step.requests:.0f} | {step.change_tokens:.0f} | {step.throttled} "
            f"| {step.floor_seconds:.1f} | {ratio} |\n")
