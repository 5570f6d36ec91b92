"""Run a command and measure its wall time and the peak RSS of its whole process tree.

The peak is the largest sum, over one sample, of the RSS of the process and all
its descendants (the jsii Node child included), sampled every 10 ms with psutil.
"""

from __future__ import annotations

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
    peak_mb: float


@dataclass(frozen=True)
class Summary:
    label: str
    domains: int
    runs: list[Run]

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def peak_mb(self) -> float:
        return statistics.median(run.peak_mb for run in self.runs)


def tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def measure(command: list[str], *, env: dict[str, str], cwd: Path, log: Path | None = None) -> Run:
    output = open(log, "w") if log else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        watched = psutil.Process(child.pid)
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(watched))
                time.sleep(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = child.wait()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    finally:
        if log:
            output.close()
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} exited {code}" + (f"; log: {log}" if log else ""))
    return Run(seconds=seconds, peak_mb=peak / 2**20)
