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


def test_fleet_counts_each_steps_tokens_and_its_floor_from_the_reported_bucket_sizes():
    from benchmarks.fleet import Buckets

    def usage(taken: dict[str, float], throttled: int = 0) -> dict:
        sizes = {"account": (50, 10), "CreateHostedZone": (20, 1), "GetChange": (50, 10)}  # not the guide's 40/2
        return {"accounts": {"123456789012": {"buckets": {
            name: {"capacity": sizes[name][0], "refill_rate": sizes[name][1], "taken": tokens}
            for name, tokens in taken.items()}}}, "throttled": {"Throttling GetChange": throttled}}

    before = Buckets.of(usage({"account": 40.0, "CreateHostedZone": 10.0}))
    after = Buckets.of(usage({"account": 140.0, "CreateHostedZone": 60.0, "GetChange": 30.0}, throttled=2))
    spent, floor_seconds = after.since(before)
    assert spent == {"account": 100, "CreateHostedZone": 50, "GetChange": 30}  # a bucket new in the step counts from 0
    assert floor_seconds == 30  # CreateHostedZone as reported: 30 tokens past its burst of 20, at 1 a second
    assert after.throttled - before.throttled == 2
    assert after.refill_wait() == 20  # CreateHostedZone refills from empty in 20 / 1 seconds
    assert Buckets.of({"accounts": {}, "throttled": {}}).refill_wait() == 0
    with pytest.raises(RuntimeError, match="more than one account"):
        Buckets.of({"accounts": {"1": {"buckets": {}}, "2": {"buckets": {}}}, "throttled": {}})


def test_fleet_changes_exactly_one_domain_or_says_why_not(tmp_path):
    from benchmarks.fleet import CHANGED_DOMAIN, change_one_domain
    from benchmarks.synth import config_text

    config = tmp_path / "domains.toml"
    config.write_text(config_text(3))
    change_one_domain(config)
    text = config.read_text()
    assert text.count('dmarc = { policy = "quarantine" }') == 1
    assert f'name = "{CHANGED_DOMAIN}"\ndmarc = {{ policy = "quarantine" }}\n' in text
    config.write_text('[[domain]]\nname = "other.example"\n')
    with pytest.raises(RuntimeError, match=f"no line name = \"{CHANGED_DOMAIN}\""):
        change_one_domain(config)


def test_fleet_puts_k_domains_in_each_shared_stack_and_the_config_accepts_it(tmp_path):
    from benchmarks.fleet import CHANGED_DOMAIN, change_one_domain, fleet_config, stack_of
    from stacks.config import load_config, stacks_of

    config = tmp_path / "domains.toml"
    config.write_text(fleet_config(5, 2))
    change_one_domain(config)
    loaded = load_config(config)
    assert {stack: [d.name for d in members] for stack, members in stacks_of(loaded.domains).items()} == {
        "group-000": ["d000.example.com", "d001.example.com"], "group-001": ["d002.example.com", "d003.example.com"],
        "group-002": ["d004.example.com"]}
    changed = next(domain for domain in loaded.domains if domain.name == CHANGED_DOMAIN)
    assert changed.stack_name == stack_of(0, 2) and changed.dmarc is not None and changed.dmarc.policy == "quarantine"
    assert [stack_of(i, 1) for i in (0, 12)] == ["d000-example-com", "d012-example-com"]


def test_fleet_rows_put_the_floor_beside_the_wall_time():
    from benchmarks.fleet import Step, header, row
    from benchmarks.measure import Run

    deploy = Step(domains=100, name="first deploy", run=Run(seconds=700.0, peak_mb=3000.0), requests=3600,
                  change_tokens=1400, throttled=3, floor_seconds=355.0)
    plan = Step(domains=100, name="plan", run=Run(seconds=60.0, peak_mb=900.0), requests=14, change_tokens=0,
                throttled=0, floor_seconds=0.0, stacks_planned=1)
    assert row(deploy) == "| 100 | 1 | first deploy |  | 700 | 3000 | 3600 | 1400 | 3 | 355.0 | 2.0 |\n"
    assert row(plan) == "| 100 | 1 | plan | 1 | 60 | 900 | 14 | 0 | 0 | 0.0 | (floor 0) |\n"
    assert header(jobs=2, machine="2 cores", revision="abc1234").count("\n| ") == 2  # column names, alignment


def test_fleet_domain_counts_are_comma_separated_or_repeated(capsys):
    from benchmarks.__main__ import parse_args

    assert parse_args(["fleet", "--domains", "1,10,100"]).domains == [1, 10, 100]
    assert parse_args(["fleet", "--domains", "1", "10"]).domains == [1, 10]
    assert parse_args(["fleet", "--domains", "1", "--domains", "10"]).domains == [1, 10]
    assert parse_args(["fleet"]).domains == [1, 10, 100]
    with pytest.raises(SystemExit):
        parse_args(["fleet", "--domains", "1;10"])
    assert "'1;10' is not a comma-separated list of domain counts" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--domains", "0"], ["--domains", ","], ["--jobs", "-1"], ["--per-stack", "0"]])
def test_fleet_refuses_bad_counts_before_any_work(argv, tmp_path):
    from benchmarks.__main__ import fleet, parse_args

    args = parse_args(["--out", str(tmp_path / "out"), "--work", str(tmp_path / "work"), "fleet", *argv])
    with pytest.raises(SystemExit, match="--domains must name counts of at least 1, --per-stack be at least 1"):
        fleet(args)
    assert not (tmp_path / "work").exists() and not (tmp_path / "out").exists()


@pytest.mark.slow  # real Terraform and provider against the emulator, small
def test_creates_benchmark_applies_and_destroys_each_round_and_counts_failures(tmp_path, tool_env):
    out = tmp_path / "results"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--out", str(out), "--work", str(tmp_path / "work"),
         "creates", "--resources", "2", "--parallelism", "4", "--rounds", "2"],
        cwd=ROOT, env=tool_env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = (out / "creates.md").read_text()
    assert table.startswith("At `")
    assert (": 2 configuration sets with an event destination and 2 receipt rule sets (6 resources), "
            "`terraform apply -parallelism=4` then destroy, 2 rounds") in table
    assert "**0 of 2 applies failed**" in table
    assert [line.split("|")[3].strip() for line in table.splitlines() if line.startswith("| 1 |")
            or line.startswith("| 2 |")] == ["ok", "ok"]


def test_creates_benchmark_reports_terraforms_first_error_line():
    from benchmarks.creates import first_error

    output = "aws_ses_receipt_rule_set.r1: Creating...\n│ Error: creating SES Receipt Rule Set (rules-1): boom\n"
    assert first_error(output) == "creating SES Receipt Rule Set (rules-1): boom"
    assert first_error("Apply complete!") == "(no error line)"
