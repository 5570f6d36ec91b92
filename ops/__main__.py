"""``python -m ops COMMAND``: operations outside Terraform. ``--help`` lists them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ops.aws import AWS_ERRORS, OpsError, describe


def _zone(args: argparse.Namespace) -> int:
    from ops.zone import render, zone_report

    print(render(zone_report(args.domain)))
    return 0


def _account(args: argparse.Namespace) -> int:
    from ops.account import account_status

    print(account_status(args.region).render())
    return 0


def _request_production_access(args: argparse.Namespace) -> int:
    from ops.account import build_request, request_production_access

    request = build_request(
        website_url=args.website_url,
        use_case_file=args.use_case_file,
        contacts=args.contact,
        mail_type=args.mail_type,
        language=args.language,
    )
    print(request.render(args.region))
    print()
    print(request_production_access(args.region, request, submit=args.submit))
    return 0


def _check_dns(args: argparse.Namespace) -> int:
    from ops.dns_check import check_dns, render

    checks = check_dns(args.domain, ses_region=args.ses_region or _configured_ses_region(args.domain),
                       nameserver=args.nameserver, port=args.port, timeout=args.timeout)
    print(render(checks))
    return 0 if all(check.ok for check in checks) else 1


def _configured_ses_region(domain: str) -> str | None:
    """The SES region of ``domain`` in the config file, if it is there; else ``AWS_REGION``."""
    import os

    from stacks.config import ConfigError, load_config

    try:
        for entry in load_config().domains:
            if entry.name == domain.rstrip(".").lower():
                return entry.ses_region
    except ConfigError:
        pass
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")


def _stacks(args: argparse.Namespace) -> int:
    from stacks.config import ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for domain in config.domains:
        print(domain.stack_name, domain.name)
    return 0


def _plan_summary(args: argparse.Namespace) -> int:
    from ops.plan_summary import render_markdown, summarize

    plans = [summarize(path) for path in args.plans]
    report = render_markdown(plans, allowed=args.allow_destructive)
    print(report, end="")
    if args.output:
        args.output.write_text(report)
    dangerous = any(plan.dangers for plan in plans)
    return 1 if dangerous and not args.allow_destructive else 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m ops", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    zone = commands.add_parser("zone", help="show a domain's hosted zone records and its name servers")
    zone.add_argument("domain")
    zone.set_defaults(run=_zone)

    account = commands.add_parser("account", help="SES sandbox or production, quotas, production request")
    account.add_argument("--region", required=True, help="SES region")
    account.set_defaults(run=_account)

    request = commands.add_parser(
        "request-production-access",
        help="ask AWS to move the SES account out of the sandbox (prints the request; sends with --submit)",
    )
    request.add_argument("--region", required=True, help="SES region")
    request.add_argument("--website-url", required=True)
    request.add_argument("--use-case-file", required=True, type=Path,
                         help="use-case description; start from ops/templates/use-case.md")
    request.add_argument("--contact", action="append", default=[], metavar="EMAIL",
                         help="additional contact address (up to 4)")
    request.add_argument("--mail-type", choices=["TRANSACTIONAL", "MARKETING"], default="TRANSACTIONAL")
    request.add_argument("--language", choices=["EN", "JA"], default="EN")
    request.add_argument("--submit", action="store_true", help="send the request (default: dry run)")
    request.set_defaults(run=_request_production_access)

    check = commands.add_parser("check-dns", help="check delegation, DKIM, DMARC, MAIL FROM MX and SPF in DNS")
    check.add_argument("domain")
    check.add_argument("--nameserver", help="ask this server (IP) instead of the system resolver")
    check.add_argument("--port", type=int, default=53)
    check.add_argument("--ses-region", help="default: the domain's in domains.toml, else AWS_REGION")
    check.add_argument("--timeout", type=float, default=5.0, help="seconds per DNS query (default %(default)s)")
    check.set_defaults(run=_check_dns)

    stacks = commands.add_parser(
        "stacks", help="list the config's domain stacks, one `<stack> <domain>` line each (exit 2 on bad config)"
    )
    stacks.set_defaults(run=_stacks)

    summary = commands.add_parser(
        "plan-summary",
        help="summarize `terraform show -json` plans; exit 1 on a dangerous change unless allowed",
    )
    summary.add_argument("plans", nargs="+", type=Path, metavar="PLAN.json",
                         help="one per stack: <stack>.json, or .../<stack>/plan.json; a sibling .txt "
                              "(terraform show) is embedded in the report")
    summary.add_argument("--allow-destructive", action="store_true",
                         help="report dangerous changes but exit 0")
    summary.add_argument("--output", type=Path, help="also write the markdown report to this file")
    summary.set_defaults(run=_plan_summary)
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
