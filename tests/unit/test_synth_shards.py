"""Sharded synth (stacks/synth.py): same bytes as one process, all or nothing, and its knobs.

Also the Node preload that skips cdktf's creation stack traces: it must change
nothing in the output, and it must really take effect in the jsii kernel.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT, TWO_DOMAINS_CONFIG, run_app, synth_config, tree
from stacks.synth import MIN_DOMAINS_PER_WORKER, PRELOAD, plan_shards, prepare_node, stable_stringify, worker_count

# Seven domains of different shapes: an adopted zone, DMARC off, MAIL FROM off, another SES region.
MANY_DOMAINS_CONFIG = TWO_DOMAINS_CONFIG + textwrap.dedent(
    """
    [[domain]]
    name = "adopted.example.net"
    zone_id = "Z0ABCDEF123456"

    [[domain]]
    name = "no-dmarc.example.com"
    dmarc = false

    [[domain]]
    name = "no-mail-from.example.com"
    mail_from = false
    ses_region = "eu-central-1"

    [[domain]]
    name = "tagged.example.com"
    tags = { team = "growth" }

    [[domain]]
    name = "short-ttl.example.com"
    record_ttl = 60
    dkim_ttl = 600
    """
)


@pytest.mark.parametrize(
    ("domains", "requested", "cores", "expected"),
    [
        (1, None, 2, 1),
        (MIN_DOMAINS_PER_WORKER * 2 - 1, None, 2, 1),  # a worker's start-up would cost more than it saves
        (MIN_DOMAINS_PER_WORKER * 2, None, 2, 2),
        (100, None, 2, 2),
        (100, None, 8, 4),
        (100, None, 1, 1),
        (7, "3", 1, 3),  # asked for: wins, whatever the cores
        (2, "5", 8, 2),  # never more processes than domains
        (100, "1", 8, 1),
        (100, " ", 2, 2),  # blank: unset
    ],
)
def test_worker_count(domains, requested, cores, expected):
    assert worker_count(domains, requested, cores=cores) == expected


@pytest.mark.parametrize("requested", ["0", "-2", "two", "1.5"])
def test_worker_count_rejects_what_is_not_a_positive_integer(requested):
    with pytest.raises(ValueError, match=f"^MAIL_SYNTH_WORKERS must be a positive integer, not '{requested}'$"):
        worker_count(10, requested)


@pytest.mark.parametrize(("domains", "workers"), [(1, 1), (7, 3), (100, 2), (101, 4), (5, 5)])
def test_shards_cover_every_domain_once_in_order_and_state_once(domains, workers):
    shards = plan_shards(domains, workers)
    assert len(shards) == workers
    assert [index for shard in shards for index in shard.domains] == list(range(domains))
    sizes = [len(shard.domains) for shard in shards]
    assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 1
    assert [shard.state for shard in shards] == [True] + [False] * (workers - 1)


def test_manifest_writer_matches_json_stable_stringify(tmp_path):
    """The merged manifest is written by Python; cdktf writes it with this npm package."""
    value = {
        "version": "0.21.0",
        "stacks": {
            "b-stack": {"annotations": [], "dependencies": [], "nested": {}, "n": 3, "flag": True, "none": None},
            "a-stack": {"annotations": [{"level": "@cdktf/warn", "message": "tab\t \"quoted\" \\ é ✓ \u0001",
                                         "stacktrace": ["at x (y.js:1:2)", "at z"]}],
                        "dependencies": ["state"], "workingDirectory": "stacks/a-stack"},
        },
    }
    module = ROOT / "node_modules" / "cdktf" / "node_modules" / "json-stable-stringify"
    script = f"process.stdout.write(require({json.dumps(str(module))})(JSON.parse(require('fs').readFileSync(0, 'utf8')), {{space: 2}}))"
    node = subprocess.run(["node", "-e", script], input=json.dumps(value), capture_output=True, text=True,
                          check=True, timeout=60)
    assert stable_stringify(value) == node.stdout


@pytest.mark.parametrize("endpoint", ["", "http://127.0.0.1:4566"])
def test_sharded_synth_writes_the_same_bytes_as_one_process(endpoint, tmp_path, tool_env):
    config = tmp_path / "domains.toml"
    config.write_text(MANY_DOMAINS_CONFIG)
    env = {"MAIL_DOMAINS_FILE": str(config), "AWS_ENDPOINT_URL": endpoint}
    variants = {
        # cdktf as it comes: one process, creation stack traces taken
        "stock": {"MAIL_SYNTH_WORKERS": "1", "MAIL_CDKTF_STACK_TRACES": "1"},
        "serial": {"MAIL_SYNTH_WORKERS": "1"},
        "sharded": {"MAIL_SYNTH_WORKERS": "3"},
    }
    outputs = {}
    for name, extra in variants.items():
        outdir = tmp_path / name
        result = run_app(tool_env, CDKTF_OUTDIR=str(outdir), **env, **extra)
        assert result.returncode == 0, result.stderr
        outputs[name] = tree(outdir)
    assert len(outputs["stock"]) == 1 + 8  # manifest, state and seven domains
    assert json.loads(outputs["stock"]["manifest.json"])["stacks"].keys() == {
        "state", "polplana-work", "news-example-org", "adopted-example-net", "no-dmarc-example-com",
        "no-mail-from-example-com", "tagged-example-com", "short-ttl-example-com"}
    assert outputs["serial"] == outputs["stock"]
    assert outputs["sharded"] == outputs["stock"]  # and no staging folder left behind


def test_synth_in_a_process_that_already_runs_jsii_uses_fresh_worker_interpreters(tmp_path):
    """A fork would share this process's jsii kernel; the worker must be a new interpreter."""
    import tomllib

    import jsii  # noqa: F401  (the condition under test)
    from stacks.config import parse_config
    from stacks.synth import synth

    synth_config(MANY_DOMAINS_CONFIG, tmp_path / "serial")
    config = parse_config(tomllib.loads(MANY_DOMAINS_CONFIG), Path("domains.toml"))
    synth(config, outdir=tmp_path / "sharded", workers=2)
    assert tree(tmp_path / "sharded") == tree(tmp_path / "serial")


FAILING_WORKER = """
import sys, tomllib
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import stacks.synth as synth
from stacks.config import parse_config

real_build = synth._build

def build(config, shard, outdir, endpoint):
    if not shard.state:  # only in the worker
        raise RuntimeError("worker broke on purpose")
    real_build(config, shard, outdir, endpoint)

synth._build = build
config = parse_config(tomllib.loads(Path(sys.argv[2]).read_text()), Path(sys.argv[2]))
try:
    synth.synth(config, outdir=sys.argv[3], workers=2)
except synth.SynthError as error:
    print(f"error: {error}", file=sys.stderr)
    sys.exit(1)
"""


def test_a_failed_worker_fails_the_synth_and_leaves_the_output_folder_as_it_was(tmp_path, tool_env):
    config = tmp_path / "domains.toml"
    config.write_text(MANY_DOMAINS_CONFIG)
    outdir = tmp_path / "out"
    first = run_app(tool_env, MAIL_DOMAINS_FILE=str(config), CDKTF_OUTDIR=str(outdir), MAIL_SYNTH_WORKERS="1")
    assert first.returncode == 0, first.stderr
    (outdir / "stacks" / "polplana-work" / "cdk.tf.json").write_text('{"edited": "by hand"}')
    before = tree(outdir)

    result = subprocess.run([sys.executable, "-c", FAILING_WORKER, str(ROOT), str(config), str(outdir)],
                            cwd=tmp_path, env=tool_env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "RuntimeError: worker broke on purpose" in result.stderr  # the worker's own report
    assert result.stderr.strip().splitlines()[-1] == (
        "error: the synth worker for no-dmarc.example.com .. short-ttl.example.com (4 domains) failed "
        "(exit 1; its output is above)"
    )
    assert tree(outdir) == before  # the shard that succeeded was not merged either
    assert sorted(p.name for p in outdir.iterdir()) == ["manifest.json", "stacks"]


def test_app_rejects_a_bad_worker_count_before_writing_anything(tmp_path, tool_env):
    config = tmp_path / "domains.toml"
    config.write_text(MANY_DOMAINS_CONFIG)
    outdir = tmp_path / "out"
    result = run_app(tool_env, MAIL_DOMAINS_FILE=str(config), CDKTF_OUTDIR=str(outdir), MAIL_SYNTH_WORKERS="all")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: MAIL_SYNTH_WORKERS must be a positive integer, not 'all'"
    assert not outdir.exists()


CREATION_STACK = """
import sys
sys.path.insert(0, sys.argv[1])
from stacks.synth import prepare_node
prepare_node()
from cdktf import Fn, Tokenization
print(len(Tokenization.reverse_string(Fn.upper("a")).first_token.creation_stack))
"""


@pytest.mark.parametrize(("traces", "expect_frames"), [("", False), ("1", True)])
def test_the_preload_takes_effect_in_the_jsii_kernel(traces, expect_frames, tool_env):
    result = subprocess.run([sys.executable, "-c", CREATION_STACK, str(ROOT)], capture_output=True, text=True,
                            env={**tool_env, "MAIL_CDKTF_STACK_TRACES": traces}, timeout=300)
    assert result.returncode == 0, result.stderr
    frames = int(result.stdout.strip().splitlines()[-1])
    assert (frames > 0) == expect_frames


def test_prepare_node_adds_the_preload_once_and_keeps_other_node_options():
    environ = {"NODE_OPTIONS": "--max-semi-space-size=16"}
    prepare_node(environ)
    prepare_node(environ)
    assert environ["NODE_OPTIONS"] == f'--max-semi-space-size=16 --require "{PRELOAD}"'
    environ = {"MAIL_CDKTF_STACK_TRACES": "1"}
    prepare_node(environ)
    assert "NODE_OPTIONS" not in environ


def test_the_cdktf_cli_takes_a_sharded_synth(tmp_path, tool_env):
    """`cdktf synth` runs the app as cdktf.json says and reads the merged manifest."""
    config = tmp_path / "domains.toml"
    config.write_text(MANY_DOMAINS_CONFIG)
    outdir = tmp_path / "out"
    result = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "cdktf"), "synth", "--no-color", "-o", str(outdir),
         "-a", f"{sys.executable} -O {ROOT / 'main.py'}"],
        cwd=ROOT, env={**tool_env, "MAIL_DOMAINS_FILE": str(config), "MAIL_SYNTH_WORKERS": "2", "CI": "1"},
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = sorted(name.strip(",") for name in result.stdout.split("Generated Terraform code for the stacks:")[1].split())
    assert len(listed) == 8
    assert listed == sorted(json.loads((outdir / "manifest.json").read_text())["stacks"])
