"""``python3 -m toolchain.jobs``: how many stacks to plan or deploy at once on this machine, now.

Each stack runs its own Terraform and AWS provider. Measured here (``python -m benchmarks fleet``,
README, "Synth speed and memory"), two stacks at once peaked at 3,345 MB for the whole process tree
of ``scripts/deploy`` and at 3,105 MB for ``scripts/plan --all`` (one plan alone: 1,543 MB), about
1.7 GB a stack, so a stack is budgeted ``STACK_MB`` = 1,700 MB of the memory available at start
(``MemAvailable`` in ``/proc/meminfo``). (``cdktf deploy`` of ten stacks at once peaked at 7,742 MB,
0.77 GB a stack, probably because the ten did not all peak at the same moment; the budget follows
the higher figure.) The provider's start is CPU-bound (about 20 s of CPU a plan), so no more stacks
than cores. At least one:

    jobs = max(1, min(cores, available MB // 1700))

Standard library only, as the scripts call it before anything else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

STACK_MB = 1700

# Terraform's own -parallelism default: resource operations in flight in one stack.
TERRAFORM_DEFAULT = 10
# At most this many in one stack: see ``terraform_parallelism``.
TERRAFORM_MAX = 30


def available_mb(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """The kernel's estimate of memory available for new processes, in MB; None where it is not known."""
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def default_jobs(cores: int | None, memory_mb: int | None) -> int:
    by_cores = cores or 1
    by_memory = memory_mb // STACK_MB if memory_mb is not None else by_cores
    return max(1, min(by_cores, by_memory))


def jobs_here() -> int:
    """``default_jobs`` for this machine now: the cores this process may use, the memory available."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return default_jobs(cores, available_mb())


def terraform_parallelism(domains: int) -> int:
    """Terraform's ``-parallelism`` for a stack of ``domains`` domains: 10 (Terraform's default) a domain, at most 30.

    Nearly every Route 53 change the AWS provider makes waits 10 to 30 s (chosen at random) before it
    first asks whether the change is in sync, so a stack's apply is bound by the operations it may have
    in flight: a first deploy of two 50-domain stacks at Terraform's 10 took 755 s, where Route 53's
    throttling allowed 355 s (``python -m benchmarks fleet --per-stack 50``). A stack of one domain
    keeps Terraform's default. At the cap, the same deploy took 487 s (1.4 times the floor), with 3,266
    requests throttled and retried: it is bound by Route 53's account refill of 10 a second, so more in
    flight would only add retries.
    """
    return max(1, min(TERRAFORM_MAX, TERRAFORM_DEFAULT * max(1, domains)))


def main() -> int:
    print(jobs_here())
    return 0


if __name__ == "__main__":
    sys.exit(main())
