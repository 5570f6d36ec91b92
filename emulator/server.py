"""Startup and shutdown of the emulator: moto + SES v2 over HTTP, and DNS.

``EmulatorApp`` is a WSGI app in front of moto's own dispatcher: emulator
admin paths and the SES v2 operations of ``emulator.sesv2`` are answered
here, every other request (Route 53, S3, STS, IAM, SES v1, ...) goes to moto
(with the bucket-policy rules of ``emulator.s3``). An operation neither
serves fails at once with ``emulator.unserved``'s 501 instead of moto's 500
or HTML 404. Route 53 requests are throttled as AWS throttles them when
``Emulator`` is given ``route53_throttle`` settings (``emulator.route53.throttling``).
"""

import io
import logging
import os
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from moto.core.request import Request
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from emulator import admin, credentials, tls, unserved
from emulator.dns_server import DnsServer
from emulator.route53 import (
    models as route53_models,  # noqa: F401  (importing installs the Route 53 rules)
    throttling as route53_throttling,
)
from emulator.s3 import models as s3_models
from emulator.ses import (
    models as ses_models,  # noqa: F401  (importing installs the SES v1 changes)
    notifications as ses_notifications,
    receipt as ses_receipt,
)
from emulator.sesv2 import urls as sesv2_urls
from emulator.sns import models as sns_models
from emulator.sqs import models as sqs_models

logger = logging.getLogger(__name__)

STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
# How often idle servers check for shutdown; bounds the time a clean stop takes.
POLL_INTERVAL = 0.1


class _ServerRequest(Request):
    """A request that arrived on a real WSGI server (moto then skips its own Date header)."""

    from_wsgi_server = True


class _AnswerWriter(io.BufferedIOBase):
    """Holds what werkzeug writes of an answer and sends it in one ``sendall`` when werkzeug flushes.

    werkzeug writes the status line and headers, then the body, then flushes. Sent apart, the head
    went in a TLS record of its own, and once (in a capture of 6,300 connections) the Terraform AWS
    provider closed the connection after the head and before the body; the AWS SDK sent the call
    again and a create the emulator had made failed as a duplicate. Sent together, the head leaves
    in the same record as the body (or its first 16 KiB). An interim ``100 Continue`` and the last
    chunk of a chunked answer, which werkzeug writes without a flush, leave at once: the client
    waits for them. What a failed send held is dropped, so closing after a dropped connection is quiet.
    """

    def __init__(self, connection: socket.socket) -> None:
        super().__init__()
        self._connection = connection
        self._pending = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._pending += data
        if bytes(data[:13]) == b"HTTP/1.1 100 " or bytes(data) == b"0\r\n\r\n":
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._pending:
            pending, self._pending = bytes(self._pending), bytearray()
            self._connection.sendall(pending)


class _RequestHandler(MotoRequestHandler):
    """moto's request handler, logging each connection that failed while it read a request or answered.

    werkzeug ignores those silently (a client that closes once the answer reached its system is
    not one). An AWS SDK sends such a call again, and a create the emulator already made then
    fails as a duplicate (``HostedZoneAlreadyExists``, ``AlreadyExistsException``): this line tells
    a failed connection apart from a call the client sent again after the answer was written
    (then only the two requests show, with ``--log-level INFO``).
    """

    def setup(self) -> None:
        super().setup()
        self.wfile = _AnswerWriter(self.connection)

    def connection_dropped(self, error: BaseException, environ: dict[str, Any] | None = None) -> None:
        if environ is None:  # werkzeug gives none for an error outside the application
            call = getattr(self, "requestline", "") or "before a request line was read"
        else:
            call = environ.get("HTTP_X_AMZ_TARGET") or f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO')}"
            if environ.get("QUERY_STRING"):
                call += f"?{environ['QUERY_STRING']}"
        logger.warning("the client dropped its connection: %s (%s: %s)", call, type(error).__name__, error)


class EmulatorApp:
    """Routes admin and SES v2 requests to the emulator, the rest to moto.

    With ``access_keys``, a request signed with any other key is refused as AWS
    refuses an unknown key. Each request's context (``aws:SecureTransport``)
    is set for the bucket-policy evaluation of ``emulator.s3``.
    """

    def __init__(self, access_keys: frozenset[str] | None = None) -> None:
        self.moto = DomainDispatcherApplication(create_backend_app)
        self.access_keys = access_keys

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        s3_models.request_context.set(s3_models.context_for(environ))
        key = credentials.access_key(environ)
        if self.access_keys is not None and key is not None and key not in self.access_keys:
            return credentials.rejection(environ)(environ, start_response)
        if path.startswith(admin.PREFIX):
            return admin.handle(_ServerRequest(environ))(environ, start_response)
        if path.startswith(sesv2_urls.PATH_PREFIXES):
            request = _ServerRequest(environ)
            if sesv2_urls.handles(request):
                status, headers, body = sesv2_urls.dispatch(request)
                headers.pop("status", None)
                response = Response(body, status=status, headers=headers)
                return response(environ, start_response)
        return self._moto(environ, start_response)

    def _moto(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        """moto's answer, or the 501 of ``emulator.unserved`` for an operation moto does not serve."""
        try:
            app = self.moto.get_application(environ)
        except Exception:  # a service moto has no backend for
            call = unserved.Call.of(environ, None)
            if call is None:
                raise
            return call.refusal()(environ, start_response)
        call = unserved.Call.of(environ, getattr(app, "service", None))  # moto sets it on each app
        if call is not None and not call.routed_by(app):
            return call.refusal()(environ, start_response)
        try:
            moto_response: Iterable[bytes] = app(environ, start_response)
        except NotImplementedError as error:
            if call is None:
                raise
            return call.refusal(str(error))(environ, start_response)
        return moto_response


class Emulator:
    """The HTTPS and DNS servers, each served by a thread; sockets are bound on construction."""

    def __init__(self, host: str, port: int, dns_port: int, *, tls_dir: Path,
                 access_keys: frozenset[str] | None = None,
                 route53_throttle: route53_throttling.Settings | None = None):
        self.host = host
        self.tls = tls.create(tls_dir)
        route53_throttling.install(None if route53_throttle is None else route53_throttling.Throttle(route53_throttle))
        s3_models.install()
        ses_receipt.install()
        ses_notifications.install()
        sns_models.install()
        sqs_models.install()
        self.http = make_server(
            host, port, EmulatorApp(access_keys), threaded=True, request_handler=_RequestHandler,
            ssl_context=self.tls.server_context(),
        )
        self.port = self.http.server_port
        self.dns = DnsServer(host, dns_port)
        self._servers = {"http": self.http, "dns-udp": self.dns.udp, "dns-tcp": self.dns.tcp}
        self._threads = [
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL},
                             name=name, daemon=True)
            for name, server in self._servers.items()
        ]

    @property
    def ready_line(self) -> str:
        return (f"emulator ready: https://{self.host}:{self.port} dns {self.host}:{self.dns.port} "
                f"ca-bundle {self.tls.bundle}")

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join()


def run(host: str, port: int, dns_port: int, *, tls_dir: Path | None = None,
        access_keys: frozenset[str] | None = None,
        route53_throttle: route53_throttling.Settings | None = None) -> None:
    """Serve in the foreground until SIGINT or SIGTERM, then stop cleanly.

    The stop signals are blocked before any thread starts (threads inherit the
    mask) and collected with ``sigwait``, so no handler ever runs inside a
    server thread or in the middle of a lock. Without ``tls_dir`` the CA lives
    in a temporary folder removed on exit. With ``route53_throttle``, Route 53 requests are
    throttled as ``emulator.route53.throttling`` describes.
    """
    os.environ.setdefault("MOTO_PORT", str(port))
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    with tempfile.TemporaryDirectory(prefix="emulator-tls-") as temporary:
        emulator = Emulator(host, port, dns_port, tls_dir=tls_dir or Path(temporary), access_keys=access_keys,
                            route53_throttle=route53_throttle)
        _serve(emulator)


def _serve(emulator: Emulator) -> None:
    emulator.start()
    print(emulator.ready_line, flush=True)
    # moto print()s some diagnostics; keep stdout to the one line callers wait for.
    sys.stdout = sys.stderr
    signal.sigwait(STOP_SIGNALS)
    emulator.stop()
