"""The ``python -m ops`` commands about stacks' state: bootstrap-state, deploy-check, retired, forget."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stacks.config import Config


def _config() -> Config | None:
    from stacks.config import ConfigError, load_config

    try:
        return load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return None


def _bootstrap_state(args: argparse.Namespace) -> int:
    from ops.bootstrap import bootstrap_state

    config = _config()
    if config is None:
        return 2
    print(bootstrap_state(config, auto_approve=args.auto_approve, explicit=args.from_file, out=args.out))
    return 0


def _deploy_check(args: argparse.Namespace) -> int:
    from ops.deploy_check import read_runs, report, unfinished

    problems = unfinished(read_runs(args.runs), args.stacks)
    if not problems:
        return 0
    config = _config()
    if config is None:
        for stack, problem in problems.items():
            print(f"error: stack {stack}: {problem}", file=sys.stderr)
        return 1
    print(report(config, problems, args.out), file=sys.stderr)
    return 1


def _retired(args: argparse.Namespace) -> int:
    from ops.retired import render, render_markdown, retired_stacks

    config = _config()
    if config is None:
        return 2
    found = retired_stacks(config)
    print(render(found, config.state.bucket), end="", file=sys.stderr if args.markdown else sys.stdout)
    if args.markdown:
        args.markdown.write_text(render_markdown(found))
    return 0


def _forget(args: argparse.Namespace) -> int:
    from ops.retired import forget

    config = _config()
    if config is None:
        return 2
    print(forget(config, args.stack))
    return 0


def add_commands(commands: Any) -> None:
    """Add the state commands to ``python -m ops``'s subparsers."""
    bootstrap = commands.add_parser(
        "bootstrap-state",
        help="create the state bucket if missing and keep the state stack's own state in it; prints "
             "`in-bucket` (nothing done), `moved` (a local state moved) or `bootstrapped` (applied and moved)",
    )
    bootstrap.add_argument("--auto-approve", action="store_true", help="apply the bootstrap without asking")
    bootstrap.add_argument("--from", dest="from_file", type=Path, metavar="FILE",
                           help="the local state file of the state stack to move into the bucket")
    bootstrap.add_argument("--out", type=Path, help="the cdktf output folder the stacks are deployed from")
    bootstrap.set_defaults(run=_bootstrap_state)

    check = commands.add_parser(
        "deploy-check", help="exit 1 unless every STACK's last Terraform apply in RUNS exited 0 (scripts/deploy)"
    )
    check.add_argument("runs", type=Path, metavar="RUNS", help="the records toolchain/terraform-guard wrote")
    check.add_argument("stacks", nargs="+", metavar="STACK")
    check.add_argument("--out", type=Path, default=Path("cdktf.out"), help="the cdktf output folder")
    check.set_defaults(run=_deploy_check)

    retired = commands.add_parser(
        "retired", help="list stacks with state in the bucket that the config no longer lists"
    )
    retired.add_argument("--markdown", type=Path, metavar="FILE",
                         help="also write a markdown section for the plan summary")
    retired.set_defaults(run=_retired)

    forget = commands.add_parser(
        "forget", help="move a retired stack's state aside (retired/ in the bucket); AWS is not touched"
    )
    forget.add_argument("stack")
    forget.set_defaults(run=_forget)
