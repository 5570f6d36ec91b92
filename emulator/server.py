"""Startup and shutdown of the emulator: moto + SES v2 over HTTP, and DNS.

``EmulatorApp`` is a WSGI app in front of moto's own dispatcher: emulator
admin paths and the SES v2 operations of ``emulator.sesv2`` are answered
here, every other request (Route 53, S3, STS, IAM, SES v1, ...) goes to moto
unchanged.
"""

import os
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

from emulator import admin, sesv2
from emulator.dns_server import POLL_INTERVAL, DnsServer

STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class _ServerRequest(Request):
    """A request that arrived on a real WSGI server (moto then skips its own Date header)."""

    from_wsgi_server = True


class EmulatorApp:
    """Routes admin and SES v2 requests to the emulator, the rest to moto."""

    def __init__(self) -> None:
        self.moto = DomainDispatcherApplication(create_backend_app)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
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
    """The HTTP and DNS servers; sockets are bound on construction."""

    def __init__(self, host: str, port: int, dns_port: int):
        self.host = host
        self.http = make_server(
            host, port, EmulatorApp(), threaded=True, request_handler=MotoRequestHandler
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
        return f"emulator ready: http://{self.host}:{self.port} dns {self.host}:{self.dns.port}"

    def start(self) -> None:
        self._http_thread.start()
        self.dns.start()

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()
        self._http_thread.join()
        self.dns.stop()


def run(host: str, port: int, dns_port: int) -> None:
    """Serve in the foreground until SIGINT or SIGTERM, then stop cleanly.

    The stop signals are blocked before any thread starts (threads inherit the
    mask) and collected with ``sigwait``, so no handler ever runs inside a
    server thread or in the middle of a lock.
    """
    os.environ.setdefault("MOTO_PORT", str(port))
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    emulator = Emulator(host, port, dns_port)
    emulator.start()
    print(emulator.ready_line, flush=True)
    # moto print()s some diagnostics; keep stdout to the one line callers wait for.
    sys.stdout = sys.stderr
    signal.sigwait(STOP_SIGNALS)
    emulator.stop()
