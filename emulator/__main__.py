"""Run the local AWS emulator in the foreground.

    python -m emulator [--host 127.0.0.1] [--port 4566] [--dns-port 5353]
                       [--tls-dir DIR] [--access-key KEY ...] [--log-level WARNING]
                       [--route53-throttling [--route53-bucket NAME=BURST/RATE ...]
                                             [--route53-change-processing SECONDS]]

* HTTPS on ``--port`` (default 4566): every moto service (Route 53, S3,
  DynamoDB, STS, IAM, SES v1, ...) plus the emulator's SES v2; point SDKs
  and the Terraform AWS provider's ``endpoints`` at ``https://HOST:PORT``
  and ``AWS_CA_BUNDLE`` at the ``ca-bundle`` file the ready line names (the
  system's CAs plus the emulator's own). The CA lives in ``--tls-dir``, by
  default a temporary folder removed on exit; a CA already there and valid
  for more than a day is kept (the server certificate is new each start), so
  a bundle exported from an earlier run in that folder keeps working.
* Credentials: any access key, or with ``--access-key`` (repeatable) only
  those; others get AWS's answer to an unknown key.
* DNS on ``--dns-port`` (default 5353, UDP and TCP): authoritative answers
  for the emulated Route 53 public zones, e.g.
  ``dig @127.0.0.1 -p 5353 _dmarc.example.com TXT``.
* Route 53 throttling, with ``--route53-throttling`` (off by default): the
  token buckets of the Route 53 developer guide per account (all actions 50
  burst, 10 a second; each action its own, e.g. ``CreateHostedZone`` 40 and 2;
  1,500 record changes, 100 a second), answered HTTP 400 ``Throttling`` "Rate
  exceeded", and ``PriorRequestNotComplete`` for a change of a zone still
  processing another. ``--route53-bucket NAME=BURST/RATE`` (repeatable) sizes
  a bucket: NAME an action, ``account``, ``default`` (unlisted actions) or
  ``changes``; ``--route53-change-processing SECONDS`` keeps a zone processing
  that long after each accepted change. Each refusal is logged (WARNING). See
  ``emulator.route53.throttling``.
* Admin (see ``emulator.admin``): ``POST /_emulator/ses/production-access``,
  ``advance-time``, ``send-quota`` and ``mailboxes``; ``GET
  /_emulator/ses/undelivered-events`` and ``/_emulator/sns/undelivered-messages``
  (what SES and SNS dropped, and why); reset everything with ``POST /moto-api/reset``.

One line, ``emulator ready: https://HOST:PORT dns HOST:DNS_PORT ca-bundle PATH``,
is printed on stdout once both servers listen. SIGINT or SIGTERM stops it with exit 0.
"""

import argparse
import logging
from pathlib import Path

from emulator.route53 import throttling
from emulator.server import run

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4566
DEFAULT_DNS_PORT = 5353


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m emulator", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help="address to bind (default %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="HTTP port (default %(default)s)"
    )
    parser.add_argument(
        "--dns-port", type=int, default=DEFAULT_DNS_PORT, help="DNS port (default %(default)s)"
    )
    parser.add_argument("--tls-dir", type=Path,
                        help="where the CA (kept across restarts) and certificate live (default: temporary)")
    parser.add_argument("--access-key", action="append", dest="access_keys", metavar="KEY",
                        help="accept only this access key (repeatable; default: any)")
    parser.add_argument(
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="stderr logging; INFO logs every HTTP request (default %(default)s)",
    )
    parser.add_argument("--route53-throttling", action="store_true",
                        help="throttle Route 53 requests as AWS does (token buckets; default: off)")
    parser.add_argument("--route53-bucket", action="append", default=[], metavar="NAME=BURST/RATE",
                        help="with --route53-throttling, size a bucket: NAME a Route 53 action (default sizes "
                             "the guide's, e.g. CreateHostedZone=40/2), account (50/10), default (50/10, for "
                             "actions the guide does not list) or changes (1500/100); repeatable")
    parser.add_argument("--route53-change-processing", type=float, default=0.0, metavar="SECONDS",
                        help="with --route53-throttling, how long a zone stays busy after an accepted change: "
                             "PriorRequestNotComplete meanwhile (default %(default)s: only while concurrent)")
    args = parser.parse_args(argv)
    route53_throttle = _route53_throttle(parser, args)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    # werkzeug would otherwise raise its own logger to INFO and log every request.
    logging.getLogger("werkzeug").setLevel(args.log_level)
    run(args.host, args.port, args.dns_port, tls_dir=args.tls_dir,
        access_keys=frozenset(args.access_keys) if args.access_keys else None,
        route53_throttle=route53_throttle)


def _route53_throttle(parser: argparse.ArgumentParser, args: argparse.Namespace) -> throttling.Settings | None:
    """The Route 53 throttling settings the flags ask for; None without ``--route53-throttling``."""
    if not args.route53_throttling:
        if args.route53_bucket or args.route53_change_processing:
            parser.error("--route53-bucket and --route53-change-processing need --route53-throttling")
        return None
    if args.route53_change_processing < 0:
        parser.error("--route53-change-processing must be 0 or more seconds")
    buckets: dict[str, throttling.BucketSize] = {}
    for text in args.route53_bucket:
        try:
            name, size = throttling.parse_bucket(text)
        except ValueError as error:
            parser.error(f"--route53-bucket: {error}")
        buckets[name] = size
    return throttling.Settings(buckets, args.route53_change_processing)


if __name__ == "__main__":
    main()
