"""Run the local AWS emulator in the foreground.

    python -m emulator [--host 127.0.0.1] [--port 4566] [--dns-port 5353]
                       [--log-level WARNING]

* HTTP on ``--port`` (default 4566): every moto service (Route 53, S3,
  DynamoDB, STS, IAM, SES v1, ...) plus the emulator's SES v2; point SDKs
  and the Terraform AWS provider's ``endpoints`` at ``http://HOST:PORT``.
* DNS on ``--dns-port`` (default 5353, UDP and TCP): authoritative answers
  for the emulated Route 53 public zones, e.g.
  ``dig @127.0.0.1 -p 5353 _dmarc.example.com TXT``.
* Admin: ``POST /_emulator/ses/production-access`` (see ``emulator.admin``);
  reset everything with ``POST /moto-api/reset``.

One line, ``emulator ready: http://HOST:PORT dns HOST:DNS_PORT``, is printed
on stdout once both servers listen. SIGINT or SIGTERM stops it with exit 0.
"""

import argparse
import logging

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
    run(args.host, args.port, args.dns_port)


if __name__ == "__main__":
    main()
