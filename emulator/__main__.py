"""Run the local AWS emulator in the foreground.

    python -m emulator [--host 127.0.0.1] [--port 4566] [--dns-port 5353]
                       [--tls-dir DIR] [--access-key KEY ...] [--log-level WARNING]

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
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    # werkzeug would otherwise raise its own logger to INFO and log every request.
    logging.getLogger("werkzeug").setLevel(args.log_level)
    run(args.host, args.port, args.dns_port, tls_dir=args.tls_dir,
        access_keys=frozenset(args.access_keys) if args.access_keys else None)


if __name__ == "__main__":
    main()
