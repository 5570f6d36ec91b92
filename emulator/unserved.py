"""Requests the emulator does not serve fail at once, as an AWS error that no SDK retries.

moto answers an operation it lacks with HTTP 500 (its ``NotImplementedError``
reaches the server) and a path none of its services routes with an HTML 404
or an empty one. The SDKs retry a 500 (botocore and the AWS SDK for Go v2
retry 500, 502, 503 and 504 and the throttling codes), so the AWS provider
kept retrying such a call until Terraform was killed.

Here such a request is answered HTTP 501 with the error code
``NotImplemented``, in the error format of the service's protocol (query and
ec2 XML, REST-XML, JSON and REST-JSON with ``__type`` and
``x-amzn-ErrorType``, RPCv2 CBOR), and a message naming the operation:
"The emulator does not implement SES DeleteReceiptRule". 501 is outside
every SDK's retryable statuses (the AWS SDK for Go v1 excludes it by name),
so the caller fails on its first attempt.

The operation is named from the request as the SDKs build it: the query
``Action``, the JSON ``X-Amz-Target``, or the REST method and path matched
against the botocore model (moto's router).
"""

from __future__ import annotations

import io
import json
import logging
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

from botocore.model import ServiceModel
from moto.core.request import Request, determine_request_protocol
from moto.core.routing import get_service_router
from moto.core.utils import get_service_model
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.wrappers import Response

from emulator.credentials import signing_service

STATUS = 501
CODE = "NotImplemented"
# moto's backend names that are no AWS service, and those named otherwise in botocore.
NOT_AWS = frozenset({"moto_api", "instance_metadata"})
BOTOCORE_NAMES = {"awslambda": "lambda", "dynamodb_v20111205": "dynamodb", "s3bucket_path": "s3"}
SESV2_PATHS = ("/v1/email/", "/v2/email/")
# REST services whose moto responses route requests themselves instead of by the botocore model.
SELF_ROUTED = frozenset({"s3", "s3control"})
# REST-XML services whose errors are a bare <Error> (Smithy's noErrorWrapping), not an <ErrorResponse>.
UNWRAPPED_XML_ERRORS = frozenset({"s3", "s3control"})
REST = ("rest-json", "rest-xml")
QUERY = ("query", "ec2")
_GENERIC_DETAIL = "action has not been implemented"
logger = logging.getLogger(__name__)


@dataclass
class Call:
    """An AWS API request: the service it is for and, if the request matches one, its operation."""

    model: ServiceModel
    protocol: str
    method: str
    path: str
    environ: dict[str, Any] = field(repr=False)
    action: str | None = None  # the query protocols' Action, read before moto reads the body

    @classmethod
    def of(cls, environ: dict[str, Any], backend: str | None) -> Call | None:
        """The call ``environ`` makes, for moto's ``backend`` app (or, without one, its signing name).

        ``None`` for a request to no AWS service (moto's own API) or one of an unknown service.
        A form-encoded body is read and put back, as moto reads it to find its service.
        """
        path = environ.get("PATH_INFO", "")
        name = _service_name(backend, path, environ)
        if name is None:
            return None
        try:
            model = get_service_model(name)
        except Exception:  # no botocore model by that name
            return None
        try:
            protocol = str(determine_request_protocol(model, environ.get("CONTENT_TYPE", "")))
        except NotImplementedError:  # a content type the service does not take
            protocol = str(model.protocol)
        action = _query_action(environ) if protocol in QUERY else None
        return cls(model, protocol, environ.get("REQUEST_METHOD", "GET"), path, environ, action)

    @cached_property
    def operation(self) -> str | None:
        """The operation's name; for REST, only the method, path and query string are read."""
        if self.protocol in QUERY:
            return self.action
        if self.protocol == "json":
            target = self.environ.get("HTTP_X_AMZ_TARGET", "")
            return target.rsplit(".", 1)[-1] or None
        if self.protocol == "smithy-rpc-v2-cbor":  # POST /service/{Service}/operation/{Operation}
            parts = self.path.rstrip("/").split("/")
            return parts[-1] if len(parts) > 2 and parts[-2] == "operation" else None
        try:
            operation, _ = get_service_router(self.service).match(Request(self.environ))
        except (HTTPException, NotImplementedError):
            return None
        return str(operation.name)

    @property
    def service(self) -> str:
        return str(self.model.service_name)

    @property
    def label(self) -> str:
        """The service and operation as a message names them: ``SES DeleteReceiptRule``."""
        service_id = self.model.metadata.get("serviceId", self.service)
        return f"{service_id} {self.operation or f'request {self.method} {self.path}'}"

    def routed_by(self, app: Any) -> bool:
        """Whether moto's Flask ``app`` would hand the request to a handler.

        No URL rule of the app matches: an HTML 404. A REST service routes by the botocore model,
        so a request matching no operation would get an empty 404.
        """
        try:
            app.url_map.bind_to_environ(self.environ).match()
        except NotFound:
            return False
        except HTTPException:  # a redirect or another answer moto gives itself
            return True
        return self.protocol not in REST or self.service in SELF_ROUTED or self.operation is not None

    def refusal(self, detail: str = "") -> Response:
        """The 501 ``NotImplemented`` error, in the format of the request's protocol."""
        message = f"The emulator does not implement {self.label}"
        if detail and _GENERIC_DETAIL not in detail:
            message += f" ({detail})"
        logger.warning("%s %s: %s", STATUS, CODE, message)
        return render_error(self.model, self.protocol, STATUS, CODE, message)


def _service_name(backend: str | None, path: str, environ: dict[str, Any]) -> str | None:
    if backend in NOT_AWS:
        return None
    name = backend or signing_service(environ.get("HTTP_AUTHORIZATION", "")).lower()
    if not name:
        return None
    name = BOTOCORE_NAMES.get(name, name)
    # SES v1 and v2 share the signing name; moto sends every /v1/ path to its SES v1 app.
    if name == "ses" and path.startswith(SESV2_PATHS):
        return "sesv2"
    return name


def _query_action(environ: dict[str, Any]) -> str | None:
    action = parse_qs(environ.get("QUERY_STRING", "")).get("Action")
    if action:
        return action[0]
    if not environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded"):
        return None
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    action = parse_qs(body.decode("utf-8", "replace")).get("Action")
    return action[0] if action else None


def render_error(model: ServiceModel, protocol: str, status: int, code: str, message: str) -> Response:
    """An AWS error response as the protocol's SDK parsers read it."""
    request_id = str(uuid.uuid4())
    headers = {"x-amzn-RequestId": request_id}
    if protocol in ("json", "rest-json", "smithy-rpc-v2-cbor") and "awsQueryCompatible" in model.metadata:
        headers["x-amzn-query-error"] = f"{code};Sender"
    if protocol in ("json", "rest-json"):
        headers["x-amzn-ErrorType"] = code
        body: dict[str, str] = {"__type": code, "message": message}
        mimetype = (f"application/x-amz-json-{model.metadata.get('jsonVersion', '1.0')}" if protocol == "json"
                    else "application/json")
        return Response(json.dumps(body), status=status, headers=headers, mimetype=mimetype)
    if protocol == "smithy-rpc-v2-cbor":
        headers["smithy-protocol"] = "rpc-v2-cbor"
        return Response(_cbor_map({"__type": code, "message": message}), status=status, headers=headers,
                        mimetype="application/cbor")
    code_xml, message_xml = escape(code), escape(message)
    if protocol == "ec2":
        body_xml = (f"<Response><Errors><Error><Code>{code_xml}</Code><Message>{message_xml}</Message></Error>"
                    f"</Errors><RequestID>{request_id}</RequestID></Response>")
    elif model.service_name in UNWRAPPED_XML_ERRORS:
        body_xml = (f"<Error><Code>{code_xml}</Code><Message>{message_xml}</Message>"
                    f"<RequestId>{request_id}</RequestId></Error>")
    else:
        namespace = model.metadata.get("xmlNamespace")
        xmlns = f' xmlns="{escape(namespace)}"' if namespace else ""
        body_xml = (f"<ErrorResponse{xmlns}><Error><Type>Sender</Type><Code>{code_xml}</Code>"
                    f"<Message>{message_xml}</Message></Error><RequestId>{request_id}</RequestId></ErrorResponse>")
    mimetype = "text/xml" if protocol in ("query", "ec2") else "application/xml"
    return Response(f'<?xml version="1.0" encoding="UTF-8"?>\n{body_xml}', status=status, headers=headers,
                    mimetype=mimetype)


def _cbor_map(values: dict[str, str]) -> bytes:
    """A CBOR map of text strings (RFC 8949): all an RPCv2 CBOR error body holds."""

    def head(major: int, length: int) -> bytes:
        if length < 24:
            return bytes([major << 5 | length])
        for info, size in ((24, 1), (25, 2), (26, 4)):
            if length < 1 << (8 * size):
                return bytes([major << 5 | info]) + length.to_bytes(size, "big")
        raise ValueError("too long for a CBOR text string here")

    def text(value: str) -> bytes:
        data = value.encode()
        return head(3, len(data)) + data

    return head(5, len(values)) + b"".join(text(key) + text(value) for key, value in values.items())
