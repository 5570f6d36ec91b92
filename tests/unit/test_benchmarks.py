"""A small smoke of the benchmark command, to keep it working (the measurement itself is not a test)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import ROOT


@pytest.mark.slow  # it runs the real benchmark, small
def test_synth_benchmark_writes_its_table_and_plot(tmp_path, tool_env):
    out = tmp_path / "results"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--out", str(out), "--work", str(tmp_path / "work"),
         "synth", "--domains", "1", "3", "--runs", "1", "--memory-runs", "1", "--variants", "project"],
        cwd=ROOT, env=tool_env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = (out / "synth.md").read_text().splitlines()
    rows = [line for line in table if line.startswith("| 1 |") or line.startswith("| 3 |")]
    assert len(rows) == 2
    for line in rows:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        seconds, megabytes = float(cells[1]), float(cells[2])  # the project's
        assert seconds > 0 and megabytes > 50  # a real process tree was measured
    assert (out / "synth.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Each synth really produced the stacks it was timed on.
    assert (tmp_path / "work" / "synth" / "out-project-3" / "stacks" / "d002-example-com" / "cdk.tf.json").exists()
