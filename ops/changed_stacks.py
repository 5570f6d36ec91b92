"""Which stacks to plan: those a change touches, whose synthesized Terraform differs from the base's.

``python -m ops plan-stacks --current OUT [--base REV] [--all] [--markdown FILE] [STACK...]`` prints
the stacks ``scripts/plan`` plans, one per line, ``state`` first, then the config's order:

- the stacks named, alone;
- with ``--all``, every stack (the deploy and the drift check);
- else those whose ``cdk.tf.json`` in ``OUT`` (the current synth) differs from ``REV``'s, or that are
  new since ``REV``. ``REV``'s tree (``git archive``: its own code and its own version of the config
  file, ``domains.toml`` or the ``MAIL_DOMAINS_FILE`` inside the repository) is synthesized into a
  temporary folder. The base is ``--base``, else ``$MAIL_PLAN_BASE``, else ``origin/main`` when the
  clone has it; with none, every stack.

A stack whose Terraform is the same as at the base plans as it did at the base: the pull request
does not change it (its plan can still show drift in AWS, which the scheduled drift check, ``--all``,
looks for). Every stack is planned, with the reason, whenever the comparison could be wrong: the
tool chain (``Pipfile.lock``, ``package-lock.json``, ``imports/``, ``cdktf.json``)
changed since the base, the config file lives outside the repository, or the base cannot be
synthesized (not in the clone, its app fails). Planning too much is safe, planning too little is
not. ``--markdown`` writes which stacks were planned, which skipped and why, for the plan comment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ops.aws import OpsError


@dataclass(frozen=True)
class Changes:
    base: str
    changed: list[str]     # in both, Terraform differs
    new: list[str]         # not in the base
    unchanged: list[str]   # in both, the same
    fallback: str = ""     # why every stack is planned, when the base could not be compared

    @property
    def to_plan(self) -> list[str]:
        return sorted(self.changed + self.new)

    def markdown(self) -> str:
        if self.fallback:
            return f"\n### Stacks planned\n\nEvery stack: {self.fallback}\n"
        lines = ["", "### Stacks planned", ""]
        if self.to_plan:
            lines.append(f"Changed against `{self.base}`: " + ", ".join(f"`{s}`" for s in self.changed or ["none"])
                         + (("; new: " + ", ".join(f"`{s}`" for s in self.new)) if self.new else "") + ".")
        else:
            lines.append(f"No stack's synthesized Terraform changed against `{self.base}`.")
        if self.unchanged:
            lines += ["", "Skipped, their synthesized Terraform is the same as at the base (they cannot plan "
                      "differently, but for drift in AWS, which the scheduled drift check looks for; "
                      "`scripts/plan --all` plans them): " + ", ".join(f"`{s}`" for s in self.unchanged) + "."]
        return "\n".join(lines) + "\n"


def stack_files(out: Path) -> dict[str, Any]:
    """Each stack's synthesized Terraform in a cdktf output folder, parsed."""
    stacks = out / "stacks"
    if not stacks.is_dir():
        raise OpsError(f"{out} holds no synthesized stacks (no {stacks})")
    return {folder.name: json.loads((folder / "cdk.tf.json").read_text())
            for folder in sorted(stacks.iterdir()) if (folder / "cdk.tf.json").is_file()}


def compare(current: dict[str, Any], base: dict[str, Any], base_name: str) -> Changes:
    return Changes(base=base_name,
                   changed=sorted(name for name in current if name in base and current[name] != base[name]),
                   new=sorted(name for name in current if name not in base),
                   unchanged=sorted(name for name in current if name in base and current[name] == base[name]))


# What every stack's synthesized Terraform depends on besides the code: when one of these differs from
# the base, both synths run on today's tool chain and could agree where the deployed Terraform does not.
TOOL_CHAIN = ("Pipfile.lock", "package-lock.json", "imports", "cdktf.json")


def tool_chain_changes(base: str) -> list[str]:
    """The tool chain's files that differ between ``base`` and the working tree."""
    from toolchain import PROJECT_ROOT

    result = subprocess.run(["git", "-C", str(PROJECT_ROOT), "diff", "--name-only", base, "--", *TOOL_CHAIN],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise OpsError(f"git diff {base} failed: {result.stderr.strip()}")
    return result.stdout.split()


def base_config(env: dict[str, str], tree: Path) -> dict[str, str]:
    """The environment that makes ``tree`` (the base) synthesize the base's version of the config file."""
    from stacks.config import CONFIG_ENV
    from toolchain import PROJECT_ROOT

    configured = env.get(CONFIG_ENV)
    if not configured:
        return env  # the base reads its own domains.toml
    try:
        inside = Path(configured).resolve().relative_to(PROJECT_ROOT.resolve())
    except ValueError:
        raise OpsError(f"{CONFIG_ENV}={configured} is outside the repository, so its version at the base is "
                       "unknown") from None
    if not (tree / inside).is_file():
        raise OpsError(f"the config file {inside} is not in the base")
    return {**env, CONFIG_ENV: str(tree / inside)}


def synth_tree(tree: Path, out: Path, env: dict[str, str]) -> None:
    """Run the app of ``tree`` into ``out``. Raises OpsError with the reason."""
    result = subprocess.run([sys.executable, "main.py"], cwd=tree, env={**env, "CDKTF_OUTDIR": str(out)},
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise OpsError(f"its app did not synthesize (exit {result.returncode}): "
                       + (result.stderr.strip().splitlines() or ["no output"])[-1])


def synthesize_revision(revision: str, out: Path, env: dict[str, str]) -> None:
    """Synthesize ``revision``'s app (its code, its version of the config) into ``out``. Raises OpsError."""
    from toolchain import ReleaseNotFound, release_tree

    tree = out.parent / "tree"
    try:
        release_tree(revision, tree)
    except ReleaseNotFound as error:
        raise OpsError(str(error)) from None
    except subprocess.CalledProcessError as error:
        raise OpsError(f"git archive {revision} failed: {error.stderr.decode(errors='replace').strip()}") from None
    synth_tree(tree, out, base_config(env, tree))


def changed_stacks(base: str, current_out: Path, env: dict[str, str] | None = None) -> Changes:
    """Compare the current synth with ``base``'s; any doubt about the comparison plans every stack."""
    current = stack_files(current_out)
    with tempfile.TemporaryDirectory(prefix="plan-base-") as scratch:
        base_out = Path(scratch) / "out"
        try:
            changed_files = tool_chain_changes(base)
            if changed_files:
                raise OpsError("the tool chain changed since the base (" + ", ".join(changed_files)
                               + "), so every stack's Terraform may differ from what the base deployed")
            synthesize_revision(base, base_out, dict(os.environ) if env is None else env)
            base_files = stack_files(base_out)
        except (OpsError, subprocess.TimeoutExpired, ValueError) as error:
            return Changes(base=base, changed=[], new=sorted(current), unchanged=[],
                           fallback=f"the base `{base}` could not be compared: {error}")
        return compare(current, base_files, base)


DEFAULT_BASE = "origin/main"


@dataclass(frozen=True)
class Selection:
    stacks: list[str]
    markdown: str


def default_base(env: dict[str, str]) -> str | None:
    from toolchain import PROJECT_ROOT

    if env.get("MAIL_PLAN_BASE"):
        return env["MAIL_PLAN_BASE"]
    found = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--verify", "--quiet",
                            f"{DEFAULT_BASE}^{{commit}}"], capture_output=True, text=True)
    return DEFAULT_BASE if found.returncode == 0 else None


def select(configured: list[str], *, named: list[str], every: bool, changes: Changes | None) -> Selection:
    """The stacks to plan, in ``configured`` order, and the markdown that says why.

    Named stacks are planned alone (what ``scripts/apply-plans`` then applies is exactly what was
    asked for); else ``--all`` plans every stack; else the changed and new ones (``changes``), or
    every stack when there is no base to compare with (``changes`` None).
    """
    unknown = [name for name in named if name not in configured]
    if unknown:
        raise OpsError(f"no stack named {', '.join(unknown)} (the config's stacks: {', '.join(configured)})")
    header = "\n### Stacks planned\n\n"
    if named:
        return Selection([s for s in configured if s in named],
                         header + "Only the stacks named: " + ", ".join(f"`{s}`" for s in named) + ".\n")
    if every:
        return Selection(list(configured), header + "Every stack (`--all`).\n")
    if changes is None:
        return Selection(list(configured), header + "Every stack: there is no base revision to compare with "
                         f"(`--base`, `MAIL_PLAN_BASE` or `{DEFAULT_BASE}`).\n")
    return Selection([s for s in configured if s in changes.to_plan], changes.markdown())
