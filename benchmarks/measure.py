"""Run a command and measure its wall time and the peak RSS of its whole process tree.

The peak is the largest sum, over one sample, of the RSS of the process and all
its descendants (the jsii Node processes and synth workers included), sampled
every 10 ms with psutil. Sampling takes CPU from what it measures (on 2 cores,
about 0.4 s of a 2.5 s sharded synth), so a run is timed without it
(``sample_memory=False``, ``peak_mb`` is then NaN) and memory is taken in runs of its own.
"""

from __future__ import annotations

import contextlib
import math
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.01


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # NaN when memory was not sampled

    @property
    def sampled(self) -> bool:
        return not math.isnan(self.peak_mb)


@dataclass(frozen=True)
class Summary:
    label: str
    domains: int
    runs: list[Run]

    @property
    def seconds(self) -> float:
        """Median wall time of the runs timed without sampling (of all runs if none was)."""
        unsampled = [run.seconds for run in self.runs if not run.sampled]
        return statistics.median(unsampled or [run.seconds for run in self.runs])

    @property
    def peak_mb(self) -> float:
        sampled = [run.peak_mb for run in self.runs if run.sampled]
        return statistics.median(sampled) if sampled else math.nan


def tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += member.memory_info().rss
    return total


def measure(command: list[str], *, env: dict[str, str], cwd: Path, log: Path | None = None,
            sample_memory: bool = True, sample_seconds: float = SAMPLE_SECONDS) -> Run:
    """Run ``command``; its wall time and, with ``sample_memory``, the peak RSS of its process tree
    sampled every ``sample_seconds``. Raises RuntimeError if it exits non-zero."""
    peak = 0
    with open(log, "w") if log else contextlib.nullcontext(subprocess.DEVNULL) as output:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        if not sample_memory:
            code = child.wait()
            seconds = time.perf_counter() - start
        else:
            watched = psutil.Process(child.pid)
            done = threading.Event()

            def sample() -> None:
                nonlocal peak
                while not done.is_set():
                    peak = max(peak, tree_rss(watched))
                    time.sleep(sample_seconds)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            code = child.wait()
            seconds = time.perf_counter() - start
            done.set()
            sampler.join()
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} exited {code}" + (f"; log: {log}" if log else ""))
    return Run(seconds=seconds, peak_mb=peak / 2**20 if sample_memory else math.nan)
