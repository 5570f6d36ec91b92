"""Bad input fails before anything is written, with one message naming the file, domain and key."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from helpers import HEAD, ROOT, SEED_CONFIG, run_app
from stacks.config import ConfigError, load_config


def config_with(domains: str, head: str = HEAD) -> str:
    return textwrap.dedent(head) + textwrap.dedent(domains)


CASES = {
    "unknown domain key": (
        '[[domain]]\nname = "polplana.work"\nmailfrom = "mail"\n',
        "domain 'polplana.work': mailfrom: unknown key",
    ),
    "unknown top-level table": (
        '[[domain]]\nname = "polplana.work"\n[extras]\nx = 1\n',
        "extras: unknown key",
    ),
    "malformed domain name": (
        '[[domain]]\nname = "polplana_work.com"\n',
        "domain 'polplana_work.com': name: 'polplana_work.com' has an invalid label 'polplana_work'",
    ),
    "single-label domain": (
        '[[domain]]\nname = "localhost"\n',
        "domain 'localhost': name: 'localhost' is not a fully qualified domain name",
    ),
    "duplicate domain (case and trailing dot ignored)": (
        '[[domain]]\nname = "polplana.work"\n[[domain]]\nname = "Polplana.Work."\n',
        "domain 'polplana.work': name: is listed twice",
    ),
    "two domains, one stack name": (
        '[[domain]]\nname = "a-b.work"\n[[domain]]\nname = "a.b-work"\n',
        "domain 'a.b-work': name: has the same stack name 'a-b-work' as 'a-b.work'",
    ),
    "SES region where SES does not run": (
        '[[domain]]\nname = "polplana.work"\nses_region = "ap-east-1"\n',
        "domain 'polplana.work': ses_region: 'ap-east-1' is not a region where SES runs",
    ),
    "unknown main region": (
        '[[domain]]\nname = "polplana.work"\n',
        "defaults.region: 'eu-nowhere-1' is not a region where AWS runs",
    ),
    "MAIL FROM label with a dot": (
        '[[domain]]\nname = "polplana.work"\nmail_from = "mail.out"\n',
        "domain 'polplana.work': mail_from: 'mail.out' is not a single DNS label",
    ),
    "MAIL FROM true": (
        '[[domain]]\nname = "polplana.work"\nmail_from = true\n',
        "domain 'polplana.work': mail_from: must be a label such as \"mail\", or false",
    ),
    "MAIL FROM behavior typo": (
        '[[domain]]\nname = "polplana.work"\nmail_from_on_mx_failure = "REJECT"\n',
        "domain 'polplana.work': mail_from_on_mx_failure: Input should be 'USE_DEFAULT_VALUE' or 'REJECT_MESSAGE'",
    ),
    "DMARC policy typo": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\npolicy = "nonee"\n',
        "domain 'polplana.work': dmarc.policy: Input should be 'none', 'quarantine' or 'reject' (got 'nonee')",
    ),
    "DMARC key typo": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\npolcy = "none"\n',
        "domain 'polplana.work': dmarc.polcy: unknown key",
    ),
    "DMARC pct out of range": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\npct = 101\n',
        "domain 'polplana.work': dmarc.pct: Input should be less than or equal to 100",
    ),
    "DMARC alignment typo": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\nadkim = "strict"\n',
        "domain 'polplana.work': dmarc.adkim: Input should be 'r' or 's'",
    ),
    "DMARC rua without mailto": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\nrua = ["dmarc@polplana.work"]\n',
        "domain 'polplana.work': dmarc.rua[0]: 'dmarc@polplana.work' must be a mailto: URI",
    ),
    "DMARC ruf malformed": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\nruf = ["mailto:nobody"]\n',
        "domain 'polplana.work': dmarc.ruf[0]: 'mailto:nobody' is not a valid mailto: URI",
    ),
    "DMARC fo typo": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\nfo = "2"\n',
        "domain 'polplana.work': dmarc.fo: '2' must be one or more of 0, 1, d, s",
    ),
    "DKIM key length": (
        '[[domain]]\nname = "polplana.work"\ndkim_key_length = 4096\n',
        "domain 'polplana.work': dkim_key_length: Input should be 1024 or 2048 (got 4096)",
    ),
    "zone id malformed": (
        '[[domain]]\nname = "polplana.work"\nzone_id = "my-zone"\n',
        "domain 'polplana.work': zone_id: 'my-zone' is not a Route 53 hosted zone id",
    ),
    "domain without a name": (
        '[[domain]]\nses_region = "eu-west-3"\n',
        "domain #1: name: missing required key",
    ),
    "no domains": ("", "no domains: add at least one [[domain]] table"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_names_file_domain_and_key(case, write_config):
    domains, expected = CASES[case]
    head = HEAD.replace('"eu-south-2"', '"eu-nowhere-1"') if case == "unknown main region" else HEAD
    path = write_config(config_with(domains, head))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    (message,) = str(error.value).splitlines()
    assert message.startswith(f"{path}: {expected}")


@pytest.mark.parametrize(
    "state, expected",
    [
        ('bucket = "b-1"\nlock = "dynamodb"\n', 'state: lock = "dynamodb" needs dynamodb_table'),
        ('bucket = "b-1"\ndynamodb_table = "locks"\n', "state: dynamodb_table is set but lock is \"lockfile\""),
        ('bucket = "b-1"\nlock = "consul"\n', "state.lock: Input should be 'lockfile' or 'dynamodb'"),
        ('bucket = "Bad_Bucket"\n', "state.bucket: 'Bad_Bucket' is not a valid S3 bucket name"),
        ('region = "eu-west-3"\n', "state.bucket: missing required key"),
    ],
)
def test_bad_state_settings(state, expected, write_config):
    text = '[defaults]\nregion = "eu-south-2"\n[state]\n' + state + '[[domain]]\nname = "polplana.work"\n'
    path = write_config(text)
    with pytest.raises(ConfigError, match="^" + re.escape(f"{path}: {expected}")):
        load_config(path)


def test_every_problem_is_reported_once(write_config):
    path = write_config(
        config_with('[[domain]]\nname = "a.work"\ndkim_key_length = 1\n[[domain]]\nname = "b.work"\nx = 1\n')
    )
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).splitlines() == [
        f"{path}: domain 'a.work': dkim_key_length: Input should be 1024 or 2048 (got 1)",
        f"{path}: domain 'b.work': x: unknown key",
    ]


def test_invalid_toml_and_missing_file(write_config, tmp_path):
    path = write_config("[defaults\nregion = 1")
    with pytest.raises(ConfigError, match=f"^{path}: invalid TOML: "):
        load_config(path)
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "absent.toml")


APP_CASES = {
    "invalid value": (
        '[[domain]]\nname = "polplana.work"\n[domain.dmarc]\npolicy = "nonee"\n',
        "domain 'polplana.work': dmarc.policy: Input should be 'none', 'quarantine' or 'reject' (got 'nonee')",
    ),
    "problem between domains, found after every value passed": (
        '[[domain]]\nname = "polplana.work"\n[[domain]]\nname = "news.polplana.work"\n',
        "domain 'news.polplana.work': zone_id: is a subdomain of 'polplana.work', also listed",
    ),
    "byte-order mark": (None, "starts with a UTF-8 byte-order mark (BOM)"),
}


@pytest.mark.parametrize("case", sorted(APP_CASES))
def test_app_exits_nonzero_and_writes_nothing(case, write_config, tool_env, tmp_path):
    domains, expected = APP_CASES[case]
    if domains is None:
        path = tmp_path / "domains.toml"
        path.write_bytes(b"\xef\xbb\xbf" + SEED_CONFIG.encode())
    else:
        path = write_config(config_with(domains))
    outdir = tmp_path / "out"
    result = run_app(tool_env, MAIL_DOMAINS_FILE=str(path), CDKTF_OUTDIR=str(outdir))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}: {expected}")
    assert not outdir.exists()


def test_app_reads_the_file_named_by_the_environment(write_config, tool_env, tmp_path):
    path = write_config(SEED_CONFIG.replace("polplana.work", "other.example.com"))
    outdir = tmp_path / "out"
    result = run_app(tool_env, MAIL_DOMAINS_FILE=str(path), CDKTF_OUTDIR=str(outdir))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (outdir / "stacks").iterdir()) == ["other-example-com", "state"]
    assert (ROOT / "domains.toml").read_text() == SEED_CONFIG


def test_ops_stacks_lists_each_domain_stack_and_refuses_a_bad_config(write_config, tool_env):
    """`python -m ops stacks` is how the scripts and workflows learn which stacks to plan and deploy."""

    def stacks(path):
        return subprocess.run([sys.executable, "-m", "ops", "stacks"], cwd=ROOT, capture_output=True, text=True,
                              env={**tool_env, "MAIL_DOMAINS_FILE": str(path)}, timeout=60)

    good = stacks(write_config(SEED_CONFIG + '\n[[domain]]\nname = "News.Example.org."\n', "good.toml"))
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines() == ["polplana-work polplana.work", "news-example-org news.example.org"]
    bad = stacks(write_config(SEED_CONFIG.replace('policy = "none"', 'policy = "nonee"'), "bad.toml"))
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert "domain 'polplana.work': dmarc.policy: Input should be 'none', 'quarantine' or 'reject'" in bad.stderr
