"""Which access keys the emulator accepts, and AWS's answer to any other.

By default every key is accepted, as moto does. Started with ``--access-key``,
the emulator answers requests signed with another key as AWS answers an
unknown key, in the protocol of the service called.
"""

from __future__ import annotations

import json
from typing import Any

import botocore.session
from werkzeug.wrappers import Response

MESSAGE = "The security token included in the request is invalid."
S3_MESSAGE = "The AWS Access Key Id you provided does not exist in our records."
_PROTOCOLS: dict[str, str] = {}


def credential_scope(authorization: str) -> list[str]:
    """``[access key, date, region, service, "aws4_request"]`` of a SigV4 ``Authorization`` header.

    Empty for an unsigned request.
    """
    if "Credential=" not in authorization:
        return []
    return authorization.split("Credential=", 1)[1].split(",", 1)[0].strip().split("/")


def access_key(environ: dict[str, Any]) -> str | None:
    scope = credential_scope(environ.get("HTTP_AUTHORIZATION", ""))
    return scope[0] if scope else None


def signing_service(authorization: str) -> str:
    """The service a SigV4 ``Authorization`` header is signed for; empty if unsigned."""
    scope = credential_scope(authorization)
    return scope[3] if len(scope) > 3 else ""


def _protocol(service: str, path: str) -> str:
    from emulator.sesv2.urls import PATH_PREFIXES  # here: urls imports this module

    if service == "ses" and path.startswith(PATH_PREFIXES):
        service = "sesv2"
    if service not in _PROTOCOLS:
        session = botocore.session.get_session()
        try:
            _PROTOCOLS[service] = session.get_service_model(service).metadata["protocol"]
        except Exception:  # an unknown signing name: answer as the query protocol does
            _PROTOCOLS[service] = "query"
    return _PROTOCOLS[service]


def rejection(environ: dict[str, Any]) -> Response:
    """The response AWS gives a request signed with an unknown access key."""
    service = signing_service(environ.get("HTTP_AUTHORIZATION", ""))
    protocol = _protocol(service, environ.get("PATH_INFO", ""))
    if service == "s3":
        body = (f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>InvalidAccessKeyId</Code>"
                f"<Message>{S3_MESSAGE}</Message></Error>")
        return Response(body, status=403, mimetype="application/xml")
    if protocol in ("json", "rest-json"):
        headers = {"x-amzn-ErrorType": "UnrecognizedClientException"}
        body = json.dumps({"__type": "UnrecognizedClientException", "message": MESSAGE})
        status = 400 if protocol == "json" else 403
        return Response(body, status=status, headers=headers, mimetype="application/x-amz-json-1.0")
    body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>"
            f"<Message>{MESSAGE}</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId>"
            f"</ErrorResponse>")
    return Response(body, status=403, mimetype="text/xml")
