"""Synthesize the app: sharded across processes when there are many domains.

cdktf in Python is single-threaded: every construct is a round trip to one
Node process, Python and Node take turns, so one synth keeps about one core
busy. With many domains the stacks are split into shards, one per process,
each with its own Node: this process builds shard 0 (the ``state`` stack and
the first domains), forked workers build the others, and all write into a
staging folder inside the output folder. Only when every shard has succeeded
are the stack folders moved into place and one ``manifest.json`` written for
them all, as cdktf writes it. Each stack's JSON depends only on that stack,
so the result is byte for byte what one process writes (a test holds this).
A failed shard leaves the output folder as it was.

``MAIL_SYNTH_WORKERS`` sets the number of processes (``1``: no sharding). By
default: one per available core, but at most one per ``MIN_DOMAINS_PER_WORKER``
domains, since a worker's start-up (about a second of CPU) costs more than it
saves on a few domains.

Also here: ``prepare_node()``, which has the jsii kernel's Node load
``jsii_preload.js`` (see there), and the manifest writer.
"""

from __future__ import annotations

import atexit
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from stacks.config import Config
from stacks.local_endpoint import LocalEndpoint

WORKERS_ENV = "MAIL_SYNTH_WORKERS"
STACK_TRACES_ENV = "MAIL_CDKTF_STACK_TRACES"
MIN_DOMAINS_PER_WORKER = 25
DEFAULT_OUTDIR = "cdktf.out"  # cdktf's own default when CDKTF_OUTDIR is unset
MANIFEST = "manifest.json"
STACKS_FOLDER = "stacks"
ROOT = Path(__file__).resolve().parent.parent
PRELOAD = Path(__file__).with_name("jsii_preload.js")
SPAWNED_WORKER = (
    "import sys; sys.path.insert(0, sys.argv[1]); from stacks.synth import worker_main; sys.exit(worker_main(sys.argv[2]))"
)


class SynthError(Exception):
    """A shard failed. ``str()`` is the message for the user; the worker's own output went to stderr."""


@dataclass(frozen=True)
class Shard:
    """The stacks one process builds: some domains (by index in the config), and maybe ``state``."""

    domains: tuple[int, ...]
    state: bool


class _Worker(Protocol):
    def wait(self) -> int: ...


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(domains: int, requested: str | None = None, cores: int | None = None) -> int:
    """How many processes to synthesize ``domains`` domain stacks with.

    ``requested`` is ``$MAIL_SYNTH_WORKERS``: a positive integer, which wins (up to one
    process per domain). Otherwise one per core, at most one per ``MIN_DOMAINS_PER_WORKER``.
    Raises ValueError for a ``requested`` that is not a positive integer.
    """
    if requested is not None and requested.strip():
        try:
            count = int(requested)
        except ValueError:
            count = 0
        if count < 1:
            raise ValueError(f"{WORKERS_ENV} must be a positive integer, not {requested!r}")
        return max(1, min(count, domains))
    cores = available_cores() if cores is None else cores
    return max(1, min(cores, domains // MIN_DOMAINS_PER_WORKER))


def plan_shards(domains: int, workers: int) -> list[Shard]:
    """Contiguous, near-equal runs of domains; shard 0 also has the ``state`` stack (and its
    process the merge), so the runs one longer than the others are the last ones."""
    size, extra = divmod(domains, workers)
    shards, start = [], 0
    for index in range(workers):
        end = start + size + (1 if index >= workers - extra else 0)
        shards.append(Shard(domains=tuple(range(start, end)), state=index == 0))
        start = end
    return shards


def prepare_node(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """Before the jsii kernel starts: have its Node load ``jsii_preload.js`` (unless
    ``MAIL_CDKTF_STACK_TRACES=1``). Affects only Node processes started after this call."""
    if environ.get(STACK_TRACES_ENV, "").strip() in ("1", "true", "yes"):
        return
    option = f'--require "{PRELOAD}"'
    existing = environ.get("NODE_OPTIONS", "")
    if option not in existing:
        environ["NODE_OPTIONS"] = f"{existing} {option}".strip()


def synth(config: Config, *, outdir: str | os.PathLike[str] | None = None,
          endpoint: LocalEndpoint | None = None, workers: int | None = None) -> None:
    """Synthesize every stack into ``outdir`` (default ``$CDKTF_OUTDIR``, else ``cdktf.out``),
    in ``workers`` processes (default ``worker_count``). Raises SynthError if a worker fails."""
    out = Path(outdir or os.environ.get("CDKTF_OUTDIR") or DEFAULT_OUTDIR)
    count = workers if workers is not None else worker_count(len(config.domains), os.environ.get(WORKERS_ENV))
    shards = plan_shards(len(config.domains), count)
    if len(shards) == 1:
        _build(config, shards[0], out, endpoint)
        return
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".shards-", dir=out)).resolve()
    running: list[tuple[Shard, _Worker]] = []
    try:
        try:
            # Workers first, so that they load cdktf while this process does the same.
            for index, shard in enumerate(shards[1:], start=1):
                running.append((shard, _start_worker(config, shard, endpoint, staging / str(index))))
            _build(config, shards[0], staging / "0", endpoint)
        finally:  # never leave a worker behind, whatever happened here
            ended = [(shard, worker.wait()) for shard, worker in running]
        failed = [f"the synth worker for {_describe(config, shard)} failed (exit {code}; its output is above)"
                  for shard, code in ended if code != 0]
        if failed:
            raise SynthError("; ".join(failed))
        _merge([staging / str(index) for index in range(len(shards))], out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _describe(config: Config, shard: Shard) -> str:
    names = [config.domains[i].name for i in shard.domains]
    return f"{names[0]} .. {names[-1]} ({len(names)} domains)" if len(names) > 1 else names[0]


def _build(config: Config, shard: Shard, outdir: Path, endpoint: LocalEndpoint | None) -> None:
    from stacks.app import build_app  # loads cdktf: only once there is something to build

    domains = [config.domains[i] for i in shard.domains]
    build_app(config, outdir=str(outdir), endpoint=endpoint, domains=domains, state=shard.state).synth()


def _start_worker(config: Config, shard: Shard, endpoint: LocalEndpoint | None, outdir: Path) -> _Worker:
    # A fork starts at once, with the config already in memory. Not once jsii is loaded: its
    # kernel (a Node child, and the pipes to it) cannot be shared; then a fresh interpreter.
    if hasattr(os, "fork") and "jsii" not in sys.modules:
        return _Forked(config, shard, endpoint, outdir)
    return _spawn(config, shard, endpoint, outdir)


class _Forked:
    def __init__(self, config: Config, shard: Shard, endpoint: LocalEndpoint | None, outdir: Path) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:  # the worker: build, then leave without running the parent's code after the fork
            atexit._clear()  # the parent's exit handlers are the parent's business
            code = 1
            try:
                _build(config, shard, outdir, endpoint)
                code = 0
            except BaseException:  # noqa: BLE001 - reported here, and the exit code says it failed
                traceback.print_exc()
            finally:
                atexit._run_exitfuncs()  # the worker's own: jsii's, which stops its Node cleanly
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)

    def wait(self) -> int:
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


def _spawn(config: Config, shard: Shard, endpoint: LocalEndpoint | None, outdir: Path) -> subprocess.Popen[bytes]:
    """A worker in a fresh interpreter with this one's flags (``-O``), folder and environment."""
    flags = ["-O"] * sys.flags.optimize
    process = subprocess.Popen([sys.executable, *flags, "-c", SPAWNED_WORKER, str(ROOT), str(outdir)],
                               stdin=subprocess.PIPE)
    assert process.stdin is not None
    with process.stdin:  # the input exactly as this process has it: no re-reading the config file
        process.stdin.write(pickle.dumps((config, shard, endpoint)))
    return process


def worker_main(outdir: str) -> int:
    config, shard, endpoint = pickle.loads(sys.stdin.buffer.read())
    _build(config, shard, Path(outdir), endpoint)
    return 0


def _merge(shard_dirs: Sequence[Path], out: Path) -> None:
    """Move every shard's stack folders into ``out`` and write the one manifest for all of them."""
    manifests = [json.loads((folder / MANIFEST).read_text(encoding="utf-8")) for folder in shard_dirs]
    versions = {manifest["version"] for manifest in manifests}
    if len(versions) != 1:
        raise SynthError(f"the shards were synthesized by different cdktf versions: {sorted(versions)}")
    stacks: dict[str, object] = {}
    (out / STACKS_FOLDER).mkdir(exist_ok=True)
    for folder, manifest in zip(shard_dirs, manifests):
        for name in manifest["stacks"]:
            target = out / STACKS_FOLDER / name
            if target.exists():
                shutil.rmtree(target)
            os.replace(folder / STACKS_FOLDER / name, target)
        stacks.update(manifest["stacks"])
    (out / MANIFEST).write_text(stable_stringify({"version": versions.pop(), "stacks": stacks}), encoding="utf-8")


def stable_stringify(value: object, space: str = "  ", level: int = 0) -> str:
    """JSON as cdktf writes its manifest (npm ``json-stable-stringify`` 1.x with ``space``):
    keys sorted, and empty arrays and objects still broken over two lines."""
    indent = "\n" + space * level
    if isinstance(value, dict):
        items = [json.dumps(key, ensure_ascii=False) + ": " + stable_stringify(value[key], space, level + 1)
                 for key in sorted(value)]
        return "{" + ",".join(indent + space + item for item in items) + indent + "}"
    if isinstance(value, list):
        return "[" + ",".join(indent + space + stable_stringify(item, space, level + 1) for item in value) + indent + "]"
    return json.dumps(value, ensure_ascii=False)
