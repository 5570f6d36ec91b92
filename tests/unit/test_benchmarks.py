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


def test_fleet_waits_for_full_buckets_and_reports_the_floor_beside_the_wall_time():
    from benchmarks.fleet import Step, _refill_wait, _taken, markdown
    from benchmarks.measure import Run
    from emulator.route53.throttling import Settings

    buckets = {"account": {"taken": 120.0}, "CreateHostedZone": {"taken": 50.0}}
    usage = {"accounts": {"123456789012": {"buckets": buckets, "floor_seconds": 7.0}}, "throttled": {}}
    taken = _taken(usage)
    assert taken == {"account": 120.0, "CreateHostedZone": 50.0}
    assert _refill_wait(taken, Settings()) == 20  # CreateHostedZone: 40 tokens at 2 a second
    assert _refill_wait({}, Settings()) == 0
    with pytest.raises(RuntimeError, match="more than one account"):
        _taken({"accounts": {"1": {"buckets": {}}, "2": {"buckets": {}}}})
    steps = [Step(domains=100, name="first deploy", run=Run(seconds=700.0, peak_mb=3000.0), requests=3600,
                  change_tokens=1400, throttled=3, floor_seconds=355.0),
             Step(domains=100, name="plan", run=Run(seconds=60.0, peak_mb=900.0), requests=14, change_tokens=0,
                  throttled=0, floor_seconds=0.0, stacks_planned=1)]
    rows = markdown(steps, jobs=2, machine="2 cores", revision="abc1234").splitlines()[-2:]
    assert rows == ["| 100 | first deploy |  | 700 | 3000 | 3600 | 1400 | 3 | 355.0 | 2.0 |",
                    "| 100 | plan | 1 | 60 | 900 | 14 | 0 | 0 | 0.0 | (floor 0) |"]
