"""``python -m ops COMMAND``: operations outside Terraform. ``--help`` lists them."""

from __future__ import annotations

import argparse
import sys

from ops.aws import AWS_ERRORS, OpsError, describe


def _zone(args: argparse.Namespace) -> int:
    from ops.zone import render, zone_report

    print(render(zone_report(args.domain)))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m ops", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    zone = commands.add_parser("zone", help="show a domain's hosted zone records and its name servers")
    zone.add_argument("domain")
    zone.set_defaults(run=_zone)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except OpsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except AWS_ERRORS as error:
        print(f"error: {describe(error)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
