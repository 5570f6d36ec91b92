"""``python -m ops COMMAND``: operations outside Terraform. ``--help`` lists them."""

from __future__ import annotations

import argparse
import ipaddress
import math
import os
import sys
from pathlib import Path

from ops.aws import AWS_ERRORS, OpsError, describe

DNS_TIMEOUT = 3.0  # check-dns: seconds per lookup; a name server that does not answer costs one of them


def _zone(args: argparse.Namespace) -> int:
    from ops.zone import render, zone_report

    print(render(zone_report(args.domain)))
    return 0


def _account(args: argparse.Namespace) -> int:
    from ops.account import account_status

    print(account_status(args.region).render())
    return 0


def _request_production_access(args: argparse.Namespace) -> int:
    from ops.account import build_request, deployment_answer, request_production_access
    from stacks.config import ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as error:
        raise OpsError(str(error)) from None
    request = build_request(
        website_url=args.website_url,
        use_case_file=args.use_case_file,
        contacts=args.contact,
        mail_type=args.mail_type,
        language=args.language,
        deployment=deployment_answer(config, args.region),
    )
    print(request.render(args.region))
    print()
    print(request_production_access(args.region, request, submit=args.submit))
    return 0


def _check_dns(args: argparse.Namespace) -> int:
    from ops.dns_check import check_dns, render

    ses_region = args.ses_region
    if ses_region is None:
        ses_region, source = _configured_ses_region(args.domain)
        problem = ses_region and _region_problem(ses_region, "sesv2", "SES")
        if problem:
            raise OpsError(f"{source}: {problem}")
    checks = check_dns(args.domain, ses_region=ses_region, nameserver=args.nameserver, port=args.port,
                       timeout=args.timeout)
    print(render(checks))
    return 0 if all(check.ok for check in checks) else 1


def _configured_ses_region(domain: str) -> tuple[str | None, str]:
    """The SES region of ``domain`` in the config file, if it is there; else ``AWS_REGION``; and where from."""
    from stacks.config import ConfigError, load_config

    try:
        for entry in load_config().domains:
            if entry.name == domain:
                return entry.ses_region, "domains.toml"
    except ConfigError:
        pass
    for variable in ("AWS_REGION", "AWS_DEFAULT_REGION"):
        if os.environ.get(variable):
            return os.environ[variable], variable
    return None, ""


def _stacks(args: argparse.Namespace) -> int:
    from stacks.config import ConfigError, load_config, stacks_of

    try:
        config = load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for stack, domains in stacks_of(config.domains).items():
        for domain in domains:
            print(stack, domain.name)
    return 0


def _terraform_parallelism(args: argparse.Namespace) -> int:
    from stacks.config import ConfigError, load_config, stacks_of
    from toolchain.jobs import terraform_parallelism

    try:
        config = load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sizes = {"state": 0, **{stack: len(domains) for stack, domains in stacks_of(config.domains).items()}}
    unknown = [stack for stack in args.stacks if stack not in sizes]
    if unknown:
        print(f"error: no stack named {', '.join(unknown)} in the config (its stacks: {', '.join(sizes)})",
              file=sys.stderr)
        return 2
    print(terraform_parallelism(max(sizes[stack] for stack in args.stacks or sizes)))
    return 0


def _plan_summary(args: argparse.Namespace) -> int:
    from ops.plan_summary import render_markdown, summarize

    if bool(args.plans) == args.nothing_planned:
        args.parser.error("the following arguments are required: PLAN.json" if not args.plans
                          else "--nothing-planned takes no PLAN.json")
    plans = [summarize(path) for path in args.plans]
    report = render_markdown(plans, allowed=args.allow_destructive)
    if args.output:
        try:
            args.output.write_text(report)
        except OSError as error:
            raise OpsError(f"cannot write --output {args.output}: {error.strerror or error}") from None
    print(report, end="")
    dangerous = any(plan.dangers for plan in plans)
    return 1 if dangerous and not args.allow_destructive else 0


def _adopt(args: argparse.Namespace) -> int:
    from ops.adopt import adopt

    print(adopt(args.domain, write=args.write, zone_id=args.zone_id), end="")
    return 0


def _check_existing(args: argparse.Namespace) -> int:
    from ops.adopt import check_existing

    status, report = check_existing(args.stacks, adopt_them=args.adopt)
    if report:
        print(report, file=sys.stderr if status else sys.stdout)
    return status


def _test_events(args: argparse.Namespace) -> int:
    from ops.test_events import main as test_events

    return test_events(args.domain, args.timeout)


def _plan_stacks(args: argparse.Namespace) -> int:
    from ops.changed_stacks import changed_stacks, default_base, select
    from stacks.config import ConfigError, load_config, stacks_of

    try:
        configured = ["state", *stacks_of(load_config().domains)]
    except ConfigError as error:
        raise OpsError(str(error)) from None
    changes = None
    if not args.stacks and not args.all:
        base = args.base or default_base(dict(os.environ))
        changes = changed_stacks(base, args.current) if base else None
    selection = select(configured, named=args.stacks, every=args.all, changes=changes)
    if args.markdown:
        try:
            args.markdown.write_text(selection.markdown)
        except OSError as error:
            raise OpsError(f"cannot write --markdown {args.markdown}: {error.strerror or error}") from None
    print(selection.markdown.strip(), file=sys.stderr)
    for stack in selection.stacks:
        print(stack)
    return 0


def _drift_report(args: argparse.Namespace) -> int:
    import subprocess

    from ops.drift import drift_report, drifted, markdown

    plans = drift_report(args.plans)
    if args.markdown:
        commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True)
        try:
            args.markdown.write_text(markdown(plans, commit.stdout.strip() or "an unknown commit"))
        except OSError as error:
            raise OpsError(f"cannot write --markdown {args.markdown}: {error.strerror or error}") from None
    for plan in drifted(plans):
        print(plan.stack)
    return 0


def _demo_summary(args: argparse.Namespace) -> int:
    from ops.demo_summary import demo_summary

    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    print(demo_summary(args.checks, f"the local AWS endpoint {endpoint}" if endpoint else "AWS"))
    return 0


# Argument types: each turns a malformed value into argparse's one-line error (exit 2).


def _domain(text: str) -> str:
    from modules.dns_names import normalize_domain

    try:
        return normalize_domain(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _region_problem(region: str, service: str, what: str) -> str | None:
    """Why ``region`` is no region for ``service`` in botocore's endpoint data; None when it is one."""
    import difflib

    from stacks.config import regions_for

    known = regions_for(service)
    if region in known:
        return None
    close = difflib.get_close_matches(region, sorted(known), n=1)
    return f"{region!r} is not a region where {what} runs" + (f" (did you mean {close[0]}?)" if close else "")


def _ses_region(text: str) -> str:
    problem = _region_problem(text, "sesv2", "SES")
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def _hosted_zone_id(text: str) -> str:
    from modules.values import check_zone_id

    try:
        return check_zone_id(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _ip_address(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an IP address (IPv4 or IPv6)") from None


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(seconds) and 0 < seconds <= 60):
        raise argparse.ArgumentTypeError(f"{text} seconds: give more than 0 and at most 60")
    return seconds


def _contacts(text: str) -> list[str]:
    from ops.account import split_contacts

    try:
        return split_contacts(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m ops", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    zone = commands.add_parser("zone", help="show a domain's hosted zone records and its name servers")
    zone.add_argument("domain", type=_domain)
    zone.set_defaults(run=_zone)

    account = commands.add_parser("account", help="SES sandbox or production, quotas, production request")
    account.add_argument("--region", required=True, type=_ses_region, help="SES region")
    account.set_defaults(run=_account)

    request = commands.add_parser(
        "request-production-access",
        help="ask AWS to move the SES account out of the sandbox (prints the request; sends with --submit)",
    )
    request.add_argument("--region", required=True, type=_ses_region, help="SES region")
    request.add_argument("--website-url", required=True)
    request.add_argument("--use-case-file", required=True, type=Path,
                         help="use-case description; start from ops/templates/use-case.md")
    request.add_argument("--contact", action="extend", type=_contacts, default=[], metavar="EMAIL[,EMAIL...]",
                         help="additional contact addresses, comma-separated or the flag repeated (up to 4)")
    request.add_argument("--mail-type", choices=["TRANSACTIONAL", "MARKETING"], default="TRANSACTIONAL")
    request.add_argument("--language", choices=["EN", "JA"], default="EN")
    request.add_argument("--submit", action="store_true", help="send the request (default: dry run)")
    request.set_defaults(run=_request_production_access)

    check = commands.add_parser("check-dns", help="check delegation, DKIM, DMARC, MAIL FROM MX and SPF in DNS")
    check.add_argument("domain", type=_domain)
    check.add_argument("--nameserver", type=_ip_address, metavar="IP",
                       help="ask this server instead of the system resolver")
    check.add_argument("--port", type=_port, default=53, help="the name server's port (default %(default)s)")
    check.add_argument("--ses-region", type=_ses_region,
                       help="default: the domain's in domains.toml, else AWS_REGION")
    check.add_argument("--timeout", type=_seconds, default=DNS_TIMEOUT,
                       help="seconds to wait for each DNS lookup (default %(default)s); when the server "
                            "does not answer the first, the command stops there")
    check.set_defaults(run=_check_dns)

    stacks = commands.add_parser(
        "stacks", help="list the config's domains with their stacks, one `<stack> <domain>` line each, a "
                       "stack's domains together (exit 2 on bad config)"
    )
    stacks.set_defaults(run=_stacks)

    parallelism = commands.add_parser(
        "terraform-parallelism",
        help="Terraform's -parallelism for an apply of these stacks (default: all): 10 a domain of the "
             "largest, at most 30 (toolchain.jobs.terraform_parallelism); exit 2 on an unknown stack",
    )
    parallelism.add_argument("stacks", nargs="*", metavar="STACK")
    parallelism.set_defaults(run=_terraform_parallelism)

    summary = commands.add_parser(
        "plan-summary",
        help="summarize `terraform show -json` plans; exit 1 on a dangerous change unless allowed",
    )
    summary.add_argument("plans", nargs="*", type=Path, metavar="PLAN.json",
                         help="one per stack: <stack>.json, or .../<stack>/plan.json; a sibling .txt "
                              "(terraform show) is embedded in the report")
    summary.add_argument("--nothing-planned", action="store_true",
                         help="no PLAN.json: scripts/plan found no stack to plan (the report says so)")
    summary.add_argument("--allow-destructive", action="store_true",
                         help="report dangerous changes but exit 0")
    summary.add_argument("--output", type=Path, help="also write the markdown report to this file")
    summary.set_defaults(run=_plan_summary, parser=summary)

    adopt = commands.add_parser(
        "adopt",
        help="take over what already exists in AWS for a configured domain (a setup made in the console): "
             "show what the first plan imports; --write records it in the config",
    )
    adopt.add_argument("domain", type=_domain, help="a domain listed in the config")
    adopt.add_argument("--write", action="store_true",
                       help="record what was found as [domain.adopt] in the config file (never writes to AWS)")
    adopt.add_argument("--zone-id", type=_hosted_zone_id, metavar="ZONE_ID",
                       help="the zone to take over when several public zones have the domain's name")
    adopt.set_defaults(run=_adopt)

    existing = commands.add_parser(
        "check-existing",
        help="before a deploy or plan: fail when a stack's zone, identity or records exist in AWS but neither "
             "in its state nor adopted (a killed first apply leaves that), naming the `ops adopt` command",
    )
    existing.add_argument("stacks", nargs="+", metavar="STACK")
    existing.add_argument("--adopt", action="store_true", help="adopt them (ops adopt --write) instead of failing")
    existing.set_defaults(run=_check_existing)

    from ops.test_events import DEFAULT_TIMEOUT, timeout_seconds

    events = commands.add_parser(
        "test-events",
        help="send to the SES mailbox simulator's bounce and complaint addresses and wait for both events on the "
             "domain's queue; say where one went missing (exit 1)",
    )
    events.add_argument("domain", type=_domain, help="a domain listed in the config, with [domain.events] queue")
    events.add_argument("--timeout", type=timeout_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="how long to wait for the events (default %(default)g)")
    events.set_defaults(run=_test_events)

    plan_stacks = commands.add_parser(
        "plan-stacks",
        help="the stacks scripts/plan plans, one per line: those named; else those whose synthesized Terraform "
             "differs from the base revision's or is new; --all: every stack",
    )
    plan_stacks.add_argument("stacks", nargs="*", metavar="STACK", help="plan these, and only these")
    plan_stacks.add_argument("--current", type=Path, required=True, metavar="OUT",
                             help="the current synth's cdktf output folder")
    plan_stacks.add_argument("--base", metavar="REV",
                             help="the revision to compare with (default: $MAIL_PLAN_BASE, else origin/main)")
    plan_stacks.add_argument("--all", action="store_true", help="every stack")
    plan_stacks.add_argument("--markdown", type=Path, metavar="FILE",
                             help="write which were planned or skipped, and why")
    plan_stacks.set_defaults(run=_plan_stacks)

    drift = commands.add_parser(
        "drift-report",
        help="the stacks whose saved plans (scripts/plan --all on main) have changes, one per line: they drifted",
    )
    drift.add_argument("plans", nargs="+", type=Path, metavar="PLAN.json", help="the <stack>.json scripts/plan saved")
    drift.add_argument("--markdown", type=Path, metavar="FILE", help="write the drift issue's body")
    drift.set_defaults(run=_drift_report)

    demo = commands.add_parser(
        "demo-summary",
        help="the end of scripts/demo: each domain's stack, name servers and recorded check results, and the "
             "commands to run next for a real account",
    )
    demo.add_argument("--checks", type=Path, required=True, metavar="FILE",
                      help="the checks recorded, one `<domain or stack>\\t<check>\\t<result>` line each")
    demo.set_defaults(run=_demo_summary)

    from ops.state_commands import add_commands

    add_commands(commands)  # bootstrap-state, deploy-check, retired, forget
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except OpsError as error:
        return _fail(str(error))
    except AWS_ERRORS as error:
        return _fail(describe(error))
    except KeyboardInterrupt:
        return _fail("interrupted", status=130)


def _fail(message: str, status: int = 1) -> int:
    """Print ``message`` as one ``error:`` line on stderr; return ``status``."""
    print("error: " + " ".join(message.split()), file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
