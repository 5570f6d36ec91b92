"""toolchain/jobs.py: stacks planned or deployed at once, from the cores and the memory available."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT
from toolchain.jobs import STACK_MB, TERRAFORM_DEFAULT, available_mb, default_jobs, terraform_parallelism


def test_as_many_as_cores_unless_memory_allows_fewer():
    assert default_jobs(2, 24_000) == 2
    assert default_jobs(8, 24_000) == 8
    assert default_jobs(64, 24_000) == 24_000 // STACK_MB == 14  # the memory binds first
    assert default_jobs(16, 3 * STACK_MB + 10) == 3
    assert default_jobs(8, 100) == 1  # never none
    assert default_jobs(None, None) == 1


def test_memory_available_is_read_from_meminfo(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       24000000 kB\nMemFree:         1000000 kB\nMemAvailable:    8192000 kB\n")
    assert available_mb(meminfo) == 8000
    meminfo.write_text("MemTotal: 1 kB\n")
    assert available_mb(meminfo) is None
    assert available_mb(tmp_path / "missing") is None


def test_the_command_prints_one_positive_number():
    result = subprocess.run([sys.executable, "-m", "toolchain.jobs"], cwd=ROOT, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0 and int(result.stdout) >= 1


def test_a_stack_of_one_domain_keeps_terraforms_default_resource_parallelism():
    assert terraform_parallelism(1) == TERRAFORM_DEFAULT == 10
    assert terraform_parallelism(0) == 10  # the state stack


def test_a_shared_stack_gets_ten_resource_operations_a_domain_up_to_thirty():
    assert terraform_parallelism(2) == 20
    assert terraform_parallelism(3) == 30
    assert terraform_parallelism(50) == 30
