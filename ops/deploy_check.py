"""``deploy-check RUNS STACK...``: did every stack's Terraform apply finish with exit status 0?

``scripts/deploy`` runs cdktf with ``toolchain/terraform-guard`` as its Terraform, which
records each apply's working directory and exit status in RUNS. cdktf 0.21 reports a stack as
deployed when its Terraform was killed (SIGKILL, out of memory): only "No outputs found." shows.
This check is what makes such a deploy fail, naming each stack and what to do next.
"""

from __future__ import annotations

import json
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import botocore.exceptions

from modules.state import state_key
from ops.aws import client
from stacks.config import Config


@dataclass(frozen=True)
class Run:
    directory: Path
    subcommand: str
    status: int | None  # None: no end recorded (the wrapper died with Terraform)


def read_runs(path: Path) -> list[Run]:
    starts: dict[str, tuple[Path, str]] = {}
    ends: dict[str, int] = {}
    order: list[str] = []
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for line in text.splitlines():
        parts = line.split(" ")
        if parts[0] == "start" and len(parts) >= 4:
            starts[parts[1]] = (Path(" ".join(parts[2:-1])), parts[-1])
            order.append(parts[1])
        elif parts[0] == "end" and len(parts) == 3 and parts[2].isdigit():
            ends[parts[1]] = int(parts[2])
    return [Run(starts[i][0], starts[i][1], ends.get(i)) for i in order]


def describe_status(status: int | None) -> str:
    if status is None:
        return "did not finish (Terraform and its wrapper were killed: no exit status)"
    if status > 128:
        try:
            name = signal.Signals(status - 128).name
        except ValueError:
            name = f"signal {status - 128}"
        return f"was killed ({name})"
    return f"exited {status}"


def unfinished(runs: list[Run], stacks: list[str], subcommand: str = "apply") -> dict[str, str]:
    """Stack -> what went wrong, for each stack whose last ``subcommand`` did not exit 0."""
    problems: dict[str, str] = {}
    for stack in stacks:
        mine = [run for run in runs if run.directory.name == stack and run.subcommand == subcommand]
        if not mine:
            problems[stack] = f"terraform {subcommand} never ran"
        elif mine[-1].status != 0:
            problems[stack] = f"terraform {subcommand} {describe_status(mine[-1].status)}"
    return problems


def held_lock(config: Config, stack: str) -> dict[str, Any] | None:
    """The lock left on ``stack``'s state (its ``Info``: ID, Who, Created...), or None."""
    key = state_key(stack)
    try:
        if config.state.lock == "dynamodb":
            item = client("dynamodb", config.state.region).get_item(
                TableName=config.state.dynamodb_table, Key={"LockID": {"S": f"{config.state.bucket}/{key}"}}
            ).get("Item")
            return json.loads(item["Info"]["S"]) if item and "Info" in item else None
        body = client("s3", config.state.region).get_object(Bucket=config.state.bucket, Key=key + ".tflock")
        info = json.loads(body["Body"].read())
        return info if isinstance(info, dict) else None
    except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError, ValueError, KeyError):
        return None


def report(config: Config, problems: dict[str, str], out_dir: Path) -> str:
    lines = []
    for stack, problem in problems.items():
        lines.append(f"error: stack {stack}: {problem}; it is not deployed as configured.")
        lock = held_lock(config, stack)
        if lock is not None:
            lines.append(
                f"  Its state is still locked (lock {lock.get('ID')}, {lock.get('Who')}, {lock.get('Created')}). "
                f"Once no Terraform of {stack} runs anywhere: "
                f"terraform -chdir={out_dir / 'stacks' / stack} force-unlock {lock.get('ID')}"
            )
        errored = out_dir / "stacks" / stack / "errored.tfstate"
        if errored.exists():
            lines.append(f"  Terraform could not save its state and left {errored}: push it first with "
                         f"terraform -chdir={errored.parent} state push errored.tfstate")
    stacks = " ".join(problems)
    lines.append(f"Then deploy again (scripts/deploy {stacks}): what a killed apply made in its last seconds may "
                 f"be live but not in the state, and the deploy stops on it before applying anything, naming "
                 f"the `python -m ops adopt` command to take it over (or: scripts/deploy --adopt {stacks}). "
                 f"README, \"When a deploy fails\".")
    return "\n".join(lines)
