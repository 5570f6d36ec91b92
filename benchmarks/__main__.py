"""``python -m benchmarks synth|cli|deploy``: measurements written to benchmarks/results/.

    python -m benchmarks synth [--domains 1 10 100] [--runs 5] [--memory-runs 2] [--variants stock prebuilt project]
    python -m benchmarks cli [--runs 5]        # `npx cdktf synth` against `python main.py`, one domain
    python -m benchmarks deploy [--domains 10] [--parallelism 1 0]   # cdktf deploy to the emulator (0: unlimited)
    python -m benchmarks devices [--revision REV] [--runs 5]   # what each synth speed device of REV buys
    python -m benchmarks install [--revisions REV ...] [--demo]  # scripts/setup from fresh copies, cold and warm
    python -m benchmarks fleet [--domains 1,10,100] [--jobs N] [--per-stack K]  # under Route 53 throttling
    python -m benchmarks creates [--resources 300] [--parallelism 100] [--rounds 10]  # no create sent twice

Each writes a markdown table (and ``synth`` a PNG plot) and prints the table.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from benchmarks.devices import WITH_EVERY_DEVICE
from benchmarks.synth import ROOT, VARIANTS, machine_description, markdown, plot, run_synth
from toolchain import terraform_env

RESULTS = Path(__file__).resolve().parent / "results"


def _env() -> dict[str, str]:
    # As on a user's machine: bytecode caches written (this machine's environment turns them off).
    environ = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**environ, **terraform_env(), "PATH": f"{ROOT / 'node_modules' / '.bin'}:{os.environ['PATH']}"}


def synth(args: argparse.Namespace) -> None:
    summaries = run_synth(domain_counts=args.domains, runs=args.runs, variants=args.variants,
                          work=args.work / "synth", base_env=_env(), memory_runs=args.memory_runs)
    table = markdown(summaries, runs=args.runs, memory_runs=args.memory_runs, machine=machine_description())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "synth.md").write_text(table)
    plot(summaries, args.out / "synth.png")
    print(table)


def cli(args: argparse.Namespace) -> None:
    from benchmarks.measure import Summary, measure
    from benchmarks.synth import config_text

    work = args.work / "cli"
    work.mkdir(parents=True, exist_ok=True)
    config = work / "domains.toml"
    config.write_text(config_text(1))
    env = {**_env(), "MAIL_DOMAINS_FILE": str(config)}
    commands = {
        "python main.py": [sys.executable, str(ROOT / "main.py")],
        "npx cdktf synth": ["npx", "cdktf", "synth", "-a", f"{sys.executable} main.py", "-o",
                            str(work / "out-cli")],
    }
    summaries = []
    for label, argv in commands.items():
        runs = [measure(argv, env={**env, "CDKTF_OUTDIR": str(work / "out-direct")}, cwd=ROOT,
                        log=work / f"{label.split()[0]}-{i}.log", sample_memory=i >= args.runs)
                for i in range(args.runs + 2)]  # timed runs, then two sampling peak RSS
        summaries.append(Summary(label=label, domains=1, runs=runs))
    lines = [f"One domain, on {machine_description()}: median wall time of {args.runs} runs, "
             "median peak RSS of 2 more.", "",
             "| command | wall s | peak MB (process tree) |", "| --- | ---: | ---: |"]
    lines += [f"| `{s.label}` | {s.seconds:.2f} | {s.peak_mb:.0f} |" for s in summaries]
    table = "\n".join(lines) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "cli.md").write_text(table)
    print(table)


def deploy(args: argparse.Namespace) -> None:
    """Deploy N domain stacks to a fresh emulator with cdktf, once per parallelism setting."""
    from benchmarks.measure import measure
    from benchmarks.synth import config_text
    from emulator.process import EmulatorProcess

    rows = []
    for parallelism in args.parallelism:
        work = args.work / f"deploy-{parallelism}"
        work.mkdir(parents=True, exist_ok=True)
        config = work / "domains.toml"
        config.write_text(config_text(args.domains).replace("\n[[domain]]\n", "\n[[domain]]\nprotect = false\n"))
        with EmulatorProcess.start(work / "emulator.log") as emulator:
            env = {**_env(), **emulator.env(), "MAIL_DOMAINS_FILE": str(config), "MAIL_LOCAL_STATE_DIR": str(work),
                   "CI": "1"}
            flags = ["--auto-approve", "--skip-provider-lock", "--no-color", "-o", str(work / "out"),
                     "-a", f"{sys.executable} main.py"]
            # The state bucket first, bootstrapped into itself as scripts/deploy does (not timed).
            measure([sys.executable, "-m", "ops", "bootstrap-state", "--auto-approve", "--out", str(work / "out")],
                    env=env, cwd=ROOT, log=work / "state.log")
            stacks = [f"d{index:03d}-example-com" for index in range(args.domains)]
            limit = ["--parallelism", str(parallelism)] if parallelism > 0 else []
            run = measure(["npx", "cdktf", "deploy", *stacks, *flags, *limit], env=env, cwd=ROOT,
                          log=work / "deploy.log")
        rows.append((parallelism, run))
        print(f"  parallelism {parallelism or 'unlimited'}: {run.seconds:.0f} s, {run.peak_mb:.0f} MB",
              file=sys.stderr, flush=True)
    lines = [f"`cdktf deploy` of {args.domains} domain stacks (the `state` stack deployed before, not timed) "
             f"to a fresh emulator, one run each, on {machine_description()}.", "",
             "| stack parallelism | wall s | peak MB (process tree) |", "| --- | ---: | ---: |"]
    lines += [f"| {p or 'unlimited (default)'} | {run.seconds:.0f} | {run.peak_mb:.0f} |" for p, run in rows]
    table = "\n".join(lines) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "deploy.md").write_text(table)
    print(table)


def devices(args: argparse.Namespace) -> None:
    from benchmarks.devices import run_devices

    table = run_devices(revision=args.revision, domain_counts=args.domains, runs=args.runs,
                        work=args.work / "devices", base_env={**os.environ, **terraform_env()})
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "devices.md").write_text(table)
    print(table)


def install(args: argparse.Namespace) -> None:
    from benchmarks.install import markdown, measure_revision

    results = [row for revision in args.revisions for row in measure_revision(revision, args.work / "install",
                                                                                args.demo)]
    table = markdown(results, machine_description())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "install.md").write_text(table)
    print(table)


def fleet(args: argparse.Namespace) -> None:
    """Rows are written to fleet.md as each step finishes: a failure at 100 domains keeps those before it.
    The table is replaced only once the first step has a row."""
    import subprocess

    from benchmarks.fleet import Step, check_installed, header, row, run_domain_count
    from toolchain.jobs import jobs_here

    if not args.domains or any(count < 1 for count in args.domains) or args.jobs < 0 or args.per_stack < 1:
        raise SystemExit("--domains must name counts of at least 1, --per-stack be at least 1, and --jobs be a "
                         "positive number (0: the default)")
    jobs = args.jobs or jobs_here()
    revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    check_installed(revision)
    args.out.mkdir(parents=True, exist_ok=True)
    table = args.out / ("fleet.md" if args.per_stack == 1 else f"fleet-{args.per_stack}-per-stack.md")
    rows: list[str] = []

    def report(step: Step) -> None:
        rows.append(row(step))
        table.write_text(header(jobs=jobs, machine=machine_description(), revision=revision[:7]) + "".join(rows))

    for count in args.domains:
        run_domain_count(count, revision=revision, jobs=jobs, work=args.work, base_env=_env(), report=report,
                         per_stack=args.per_stack)
    print(table.read_text())


def creates(args: argparse.Namespace) -> None:
    from benchmarks.creates import run

    table = run(resources=args.resources, parallelism=args.parallelism, rounds=args.rounds,
                work=args.work / "creates", env=_env())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "creates.md").write_text(table)
    print(table)


def domain_counts(text: str) -> list[int]:
    """``1,10,100`` or ``1`` (``--domains 1 10 100`` and ``--domains 1 --domains 10`` work too)."""
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of domain counts") from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS, help="where tables and plots go")
    parser.add_argument("--work", type=Path, default=ROOT / ".work" / "benchmarks", help="scratch folder")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("synth", help="synth time and memory, stock pattern against the project's")
    one.add_argument("--domains", type=int, nargs="+", default=[1, 10, 100])
    one.add_argument("--runs", type=int, default=5, help="timed runs per variant and domain count")
    one.add_argument("--memory-runs", type=int, default=2, help="runs sampling peak RSS (not timed)")
    one.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    one.set_defaults(run=synth)
    two = commands.add_parser("cli", help="`npx cdktf synth` against running the app directly")
    two.add_argument("--runs", type=int, default=5)
    two.set_defaults(run=cli)
    three = commands.add_parser("deploy", help="cdktf deploy of N domains to the emulator, by stack parallelism")
    three.add_argument("--domains", type=int, default=10)
    three.add_argument("--parallelism", type=int, nargs="+", default=[1, 0], help="0: cdktf's default (unlimited)")
    three.set_defaults(run=deploy)
    four = commands.add_parser("devices", help="what each synth speed device of a revision buys")
    four.add_argument("--revision", default=WITH_EVERY_DEVICE, help="default: the last release with all of them")
    four.add_argument("--domains", type=int, nargs="+", default=[1, 100])
    four.add_argument("--runs", type=int, default=5)
    four.set_defaults(run=devices)
    five = commands.add_parser("install", help="scripts/setup from fresh copies of revisions, cold and warm caches")
    five.add_argument("--revisions", nargs="+", default=["HEAD"], metavar="REV")
    five.add_argument("--demo", action="store_true", help="then time scripts/demo in the warm copy")
    five.set_defaults(run=install)
    six = commands.add_parser("fleet", help="first deploy and plans of N domains under Route 53's throttling")
    six.add_argument("--domains", type=domain_counts, nargs="+", action="extend", default=None,
                     help="domain counts: 1,10,100 or 1 10 100 (default 1,10,100)")
    six.add_argument("--jobs", type=int, default=0, help="stacks at once (default: python3 -m toolchain.jobs)")
    six.add_argument("--per-stack", type=int, default=1, metavar="K",
                     help="domains to a stack: 1 (default) a stack each; K > 1: shared stacks of K, "
                          "reported in fleet-K-per-stack.md")
    six.set_defaults(run=fleet)
    seven = commands.add_parser("creates", help="rounds of many creates at once: does any get sent twice?")
    seven.add_argument("--resources", type=int, default=300, help="configuration sets (and as many rule sets)")
    seven.add_argument("--parallelism", type=int, default=100, help="Terraform -parallelism")
    seven.add_argument("--rounds", type=int, default=10)
    seven.set_defaults(run=creates)
    args = parser.parse_args(argv)
    if args.command == "fleet":
        args.domains = [1, 10, 100] if args.domains is None else [n for counts in args.domains for n in counts]
    return args


def main() -> None:
    args = parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
