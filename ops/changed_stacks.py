"""Which stacks to plan: those a change touches, whose synthesized Terraform differs from the base's.

``python -m ops plan-stacks --current OUT [--base REV] [--all] [--markdown FILE] [STACK...]`` prints
the stacks ``scripts/plan`` plans, one per line, ``state`` first, then the config's order:

- with ``--all``, every stack (the drift check);
- else those whose ``cdk.tf.json`` in ``OUT`` (the current synth) differs from ``REV``'s, or that are
  new since ``REV``, and those named. ``REV``'s tree (``git archive``: its own code and its own
  ``domains.toml``, or ``MAIL_DOMAINS_FILE`` as for the current synth) is synthesized into a
  temporary folder. The base is ``--base``, else ``$MAIL_PLAN_BASE``, else ``origin/main`` when the
  clone has it; with none, the stacks named, or every stack when none is named.

A stack whose Terraform is the same as at the base cannot plan differently, but for drift in AWS,
which the scheduled drift check (``--all``) looks for. When the base cannot be synthesized (not in
the clone, or its app fails) every stack is planned and the reason given: planning too much is
safe, planning too little is not. ``--markdown`` writes which stacks were planned, which skipped and
why, for the plan comment.
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


def synthesize_revision(revision: str, out: Path, env: dict[str, str]) -> None:
    """Synthesize ``revision``'s app (its code, its config) into ``out``. Raises OpsError with the reason."""
    from toolchain import ReleaseNotFound, release_tree

    tree = out.parent / "tree"
    try:
        release_tree(revision, tree)
    except ReleaseNotFound as error:
        raise OpsError(str(error)) from None
    except subprocess.CalledProcessError as error:
        raise OpsError(f"git archive {revision} failed: {error.stderr.decode(errors='replace').strip()}") from None
    result = subprocess.run([sys.executable, "main.py"], cwd=tree, env={**env, "CDKTF_OUTDIR": str(out)},
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise OpsError(f"the app at {revision} did not synthesize (exit {result.returncode}): "
                       + (result.stderr.strip().splitlines() or ["no output"])[-1])


def changed_stacks(base: str, current_out: Path, env: dict[str, str] | None = None) -> Changes:
    current = stack_files(current_out)
    with tempfile.TemporaryDirectory(prefix="plan-base-") as scratch:
        base_out = Path(scratch) / "out"
        try:
            synthesize_revision(base, base_out, dict(os.environ) if env is None else env)
        except OpsError as error:
            return Changes(base=base, changed=[], new=sorted(current), unchanged=[],
                           fallback=f"the base `{base}` could not be compared ({error})")
        return compare(current, stack_files(base_out), base)


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


def select(configured: list[str], current_out: Path, *, named: list[str], every: bool, base: str | None,
           env: dict[str, str]) -> Selection:
    """The stacks to plan, in ``configured`` order, and the markdown that says why."""
    unknown = [name for name in named if name not in configured]
    if unknown:
        raise OpsError(f"no stack named {', '.join(unknown)} (the config's stacks: {', '.join(configured)})")
    header = "\n### Stacks planned\n\n"
    named_line = ("\n\nNamed on the command line: " + ", ".join(f"`{s}`" for s in named) + ".") if named else ""
    if every:
        return Selection(list(configured), header + "Every stack (`--all`).\n")
    if base is None:
        if named:
            return Selection([s for s in configured if s in named],
                             header + "Only the stacks named: there is no base revision to compare with "
                             f"(`--base`, `MAIL_PLAN_BASE` or `{DEFAULT_BASE}`)." + named_line + "\n")
        return Selection(list(configured), header + "Every stack: there is no base revision to compare with "
                         f"(`--base`, `MAIL_PLAN_BASE` or `{DEFAULT_BASE}`).\n")
    changes = changed_stacks(base, current_out, env)
    wanted = set(changes.to_plan) | set(named)
    return Selection([s for s in configured if s in wanted], changes.markdown().rstrip("\n") + named_line + "\n")
