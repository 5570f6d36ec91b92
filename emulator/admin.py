"""Emulator-only HTTP endpoints under ``/_emulator/``: things AWS does by hand.

``POST /_emulator/ses/production-access`` with JSON
``{"region": "eu-west-3", "account_id": "123456789012", "decision": "GRANTED"}``
(``account_id`` optional, ``decision`` GRANTED or DENIED) concludes the
production-access review that ``PutAccountDetails`` opened, as AWS support
would. The answer is the account as ``GetAccount`` describes it.

``POST /_emulator/ses/advance-time`` with JSON
``{"region": "eu-west-3", "account_id": "123456789012", "hours": 72}``
(``account_id`` optional, ``hours`` a positive number) lets that much time
pass for SES in that account and region, with the DNS as it is: a domain
verification, DKIM or MAIL FROM search that has not found its records for
72 hours ends FAILED, as in AWS. The answer is
``{"identities": {"example.com": {"VerificationStatus": "FAILED",
"DkimStatus": "FAILED", "MailFromDomainStatus": "FAILED"}, ...}}``.

This module only parses and renders, as moto's ``/moto-api/`` does; the rules
are ``SesV2Backend.decide_production_access`` and ``SesV2Backend.advance_time``.

State is reset with moto's own ``POST /moto-api/reset``, which also clears
the emulated SES v2 state.
"""

import json
from typing import Any

from moto.core.exceptions import ServiceException
from moto.core.models import DEFAULT_ACCOUNT_ID
from werkzeug.wrappers import Request, Response

from emulator.sesv2 import sesv2_backends
from emulator.sesv2.models import SesV2Backend

PREFIX = "/_emulator/"


def _json(status: int, body: dict[str, Any]) -> Response:
    return Response(json.dumps(body), status=status, mimetype="application/json")


def _backend(payload: dict[str, Any]) -> SesV2Backend | Response:
    """The SES backend of the payload's region and account, or the 400 answer for a bad one."""
    region = payload.get("region")
    if not isinstance(region, str) or not region:
        return _json(400, {"error": "region is required"})
    account_id = payload.get("account_id") or DEFAULT_ACCOUNT_ID
    try:
        return sesv2_backends[account_id][region]
    except KeyError:
        return _json(400, {"error": f"unknown region {region}"})


def production_access(payload: dict[str, Any]) -> Response:
    backend = _backend(payload)
    if isinstance(backend, Response):
        return backend
    try:
        account = backend.decide_production_access(str(payload.get("decision")))
    except ServiceException as error:
        return _json(400, {"error": error.message})
    return _json(200, account.describe())


def advance_time(payload: dict[str, Any]) -> Response:
    backend = _backend(payload)
    if isinstance(backend, Response):
        return backend
    try:
        identities = backend.advance_time(payload.get("hours"))
    except ServiceException as error:
        return _json(400, {"error": error.message})
    return _json(200, {"identities": identities})


ROUTES = {
    ("POST", f"{PREFIX}ses/production-access"): production_access,
    ("POST", f"{PREFIX}ses/advance-time"): advance_time,
}


def handle(request: Request) -> Response:
    """Answer an admin request; the body, if any, must be a JSON object."""
    route = ROUTES.get((request.method, request.path.rstrip("/")))
    if route is None:
        return _json(404, {"error": f"no admin endpoint {request.method} {request.path}"})
    try:
        payload = json.loads(request.get_data() or b"{}")
    except json.JSONDecodeError:
        payload = None
    if not isinstance(payload, dict):
        return _json(400, {"error": "body must be a JSON object"})
    return route(payload)
