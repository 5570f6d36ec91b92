"""`terraform validate` passes on every synthesized stack, with the provider from the local mirror."""

from __future__ import annotations

import subprocess

import pytest

from helpers import TWO_DOMAINS_CONFIG, run_app


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory, tool_env):
    folder = tmp_path_factory.mktemp("validate")
    config = folder / "domains.toml"
    config.write_text(TWO_DOMAINS_CONFIG.replace('name = "news.example.org"',
                                                 'name = "news.example.org"\nzone_id = "Z0ABCDEF123456"'))
    outdir = folder / "out"
    result = run_app(tool_env, MAIL_DOMAINS_FILE=str(config), CDKTF_OUTDIR=str(outdir))
    assert result.returncode == 0, result.stderr
    return outdir / "stacks"


@pytest.mark.parametrize("stack", ["state", "polplana-work", "news-example-org"])
def test_terraform_validate(stack, synthesized, tool_env):
    folder = synthesized / stack
    for command in (["terraform", "init", "-backend=false", "-input=false", "-no-color"],
                    ["terraform", "validate", "-no-color"]):
        result = subprocess.run(command, cwd=folder, env=tool_env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
    assert "The configuration is valid" in result.stdout
