"""Startup and shutdown of the emulator: moto + SES v2 over HTTP, and DNS.

``EmulatorApp`` is a WSGI app in front of moto's own dispatcher: emulator
admin paths and the SES v2 operations of ``emulator.sesv2`` are answered
here, every other request (Route 53, S3, STS, IAM, SES v1, ...) goes to moto
unchanged.
"""

import os
import tempfile
from pathlib import Path
import signal
import sys
import threading
from collections.abc import Iterable
from typing import Any

from moto.core.request import Request
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from emulator import admin, credentials, policies, sesv2, tls
from emulator.dns_server import POLL_INTERVAL, DnsServer

STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class _ServerRequest(Request):
    """A request that arrived on a real WSGI server (moto then skips its own Date header)."""

    from_wsgi_server = True


class EmulatorApp:
    """Routes admin and SES v2 requests to the emulator, the rest to moto.

    With ``access_keys``, a request signed with any other key is refused as AWS
    refuses an unknown key. Each request's context (``aws:SecureTransport``)
    is set for the bucket-policy evaluation of ``emulator.policies``.
    """

    def __init__(self, access_keys: frozenset[str] | None = None) -> None:
        self.moto = DomainDispatcherApplication(create_backend_app)
        self.access_keys = access_keys

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        policies.request_context.set(policies.context_for(environ))
        key = credentials.access_key(environ)
        if self.access_keys is not None and key is not None and key not in self.access_keys:
            return credentials.rejection(environ)(environ, start_response)
        if path.startswith(admin.PREFIX):
            return admin.handle(_ServerRequest(environ))(environ, start_response)
        if path.startswith(sesv2.PATH_PREFIXES):
            # Routing reads only the path, method and headers, so the body is
            # still unread if the request is handed on to moto.
            request = _ServerRequest(environ)
            if sesv2.handles(request):
                status, headers, body = sesv2.SesV2Response.dispatch(request)
                headers.pop("status", None)
                response = Response(body, status=status, headers=headers)
                return response(environ, start_response)
        moto_response: Iterable[bytes] = self.moto(environ, start_response)
        return moto_response


class Emulator:
    """The HTTPS and DNS servers; sockets are bound on construction."""

    def __init__(self, host: str, port: int, dns_port: int, *, tls_dir: Path,
                 access_keys: frozenset[str] | None = None):
        self.host = host
        self.tls = tls.create(tls_dir)
        policies.install()
        self.http = make_server(
            host, port, EmulatorApp(access_keys), threaded=True, request_handler=MotoRequestHandler,
            ssl_context=self.tls.server_context(),
        )
        self.port = self.http.server_port
        self.dns = DnsServer(host, dns_port)
        self._http_thread = threading.Thread(
            target=self.http.serve_forever,
            kwargs={"poll_interval": POLL_INTERVAL},
            name="http",
            daemon=True,
        )

    @property
    def ready_line(self) -> str:
        return (f"emulator ready: https://{self.host}:{self.port} dns {self.host}:{self.dns.port} "
                f"ca-bundle {self.tls.bundle}")

    def start(self) -> None:
        self._http_thread.start()
        self.dns.start()

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()
        self._http_thread.join()
        self.dns.stop()


def run(host: str, port: int, dns_port: int, *, tls_dir: Path | None = None,
        access_keys: frozenset[str] | None = None) -> None:
    """Serve in the foreground until SIGINT or SIGTERM, then stop cleanly.

    The stop signals are blocked before any thread starts (threads inherit the
    mask) and collected with ``sigwait``, so no handler ever runs inside a
    server thread or in the middle of a lock. Without ``tls_dir`` the CA lives
    in a temporary folder removed on exit.
    """
    os.environ.setdefault("MOTO_PORT", str(port))
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    with tempfile.TemporaryDirectory(prefix="emulator-tls-") as temporary:
        emulator = Emulator(host, port, dns_port, tls_dir=tls_dir or Path(temporary), access_keys=access_keys)
        _serve(emulator)


def _serve(emulator: Emulator) -> None:
    emulator.start()
    print(emulator.ready_line, flush=True)
    # moto print()s some diagnostics; keep stdout to the one line callers wait for.
    sys.stdout = sys.stderr
    signal.sigwait(STOP_SIGNALS)
    emulator.stop()
