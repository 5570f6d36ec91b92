"""The environment the project's scripts and tests run Terraform and cdktf in.

Writes a Terraform CLI config of the project's own (``.tfcli/terraformrc``):
where a filesystem mirror of the AWS provider exists (``$TF_PROVIDER_MIRROR``,
default ``/opt/tf-plugins``), the provider comes from it and never from the
network; elsewhere Terraform uses the registry as usual. Providers are cached
once in ``.tfcli/plugin-cache``, not copied into every stack.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MIRROR = "/opt/tf-plugins"
MIRRORED_PROVIDER = "registry.terraform.io/hashicorp/aws"

QUIET_TOOLS = {
    "CHECKPOINT_DISABLE": "1",  # no Terraform/cdktf telemetry or version checks
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
    "CDKTF_DISABLE_PLUGIN_CACHE_ENV": "1",  # the CLI config below sets the cache
    "TF_IN_AUTOMATION": "1",
}


def provider_mirror() -> Path | None:
    mirror = Path(os.environ.get("TF_PROVIDER_MIRROR", DEFAULT_MIRROR))
    return mirror if (mirror / MIRRORED_PROVIDER).is_dir() else None


def cli_config_text(cache_dir: Path, mirror: Path | None) -> str:
    lines = [
        f'plugin_cache_dir = "{cache_dir}"',
        "plugin_cache_may_break_dependency_lock_file = true",
    ]
    if mirror is not None:
        lines += [
            "provider_installation {",
            "  filesystem_mirror {",
            f'    path    = "{mirror}"',
            f'    include = ["{MIRRORED_PROVIDER}"]',
            "  }",
            "  direct {",
            f'    exclude = ["{MIRRORED_PROVIDER}"]',
            "  }",
            "}",
        ]
    return "\n".join(lines) + "\n"


# Go's garbage collector target for Terraform and its providers, unless the user set one. The AWS
# provider's start-up (the schemas of some 1,500 resource types) spent about a quarter of its CPU in
# garbage collection: `terraform validate` of a domain stack took 13.0 s of CPU at Go's default (100)
# and 9.9 s at 200, for 620 MB against 659 MB peak (one run each, this machine).
GO_GC_PERCENT = "200"


def terraform_env(base: Path = PROJECT_ROOT) -> dict[str, str]:
    """Variables to add to the environment; writes the CLI config they point at."""
    home = base / ".tfcli"
    cache = home / "plugin-cache"
    cache.mkdir(parents=True, exist_ok=True)
    config = home / "terraformrc"
    text = cli_config_text(cache, provider_mirror())
    if not config.exists() or config.read_text() != text:
        config.write_text(text)
    return {**QUIET_TOOLS, "TF_CLI_CONFIG_FILE": str(config), "GOGC": os.environ.get("GOGC", GO_GC_PERCENT)}


# What a fresh machine's environment would not have: this checkout's virtual environment and tools,
# its Terraform CLI config, and any AWS or project settings.
NOT_ON_A_FRESH_MACHINE = ("VIRTUAL_ENV", "PIPENV_ACTIVE", "TF_CLI_CONFIG_FILE", "AWS_", "MAIL_")


def fresh_machine_env(base: dict[str, str]) -> dict[str, str]:
    """``base`` as on a fresh machine: without ``NOT_ON_A_FRESH_MACHINE`` and this checkout's PATH entries."""
    path = [part for part in base.get("PATH", "").split(os.pathsep) if not Path(part).is_relative_to(PROJECT_ROOT)]
    env = {key: value for key, value in base.items() if not key.startswith(NOT_ON_A_FRESH_MACHINE)}
    return {**env, "PATH": os.pathsep.join(path)}


class ReleaseNotFound(Exception):
    """The revision is not in this clone (a shallow clone, or history not fetched)."""


def release_tree(revision: str, into: Path) -> Path:
    """This repository's files at ``revision``, extracted into ``into`` (``git archive``: no worktree)."""
    found = subprocess.run(["git", "-C", str(PROJECT_ROOT), "cat-file", "-e", f"{revision}^{{commit}}"],
                           capture_output=True, text=True)
    if found.returncode != 0:
        raise ReleaseNotFound(
            f"revision {revision} is not in this clone ({found.stderr.strip()}): it needs the repository's "
            "history; clone without --depth, or `git fetch --unshallow`."
        )
    archive = subprocess.run(["git", "-C", str(PROJECT_ROOT), "archive", "--format=tar", revision],
                             capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into
