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

``POST /_emulator/ses/send-quota`` with JSON
``{"region": "eu-west-3", "Max24HourSend": 10, "MaxSendRate": 50}`` (either
quota, positive numbers) grants the sending quotas AWS support grants on a
service quota increase request; they stay in force across a production-access
decision. The answer is the account as ``GetAccount`` describes it.

``POST /_emulator/ses/mailboxes`` with JSON
``{"region": "eu-west-3", "address": "gone@example.com", "behavior": "bounce"}``
(``behavior`` ``bounce``, ``complaint`` or ``deliver``, the default) makes the
mail server of a (non-simulator) recipient answer that way: a hard bounce
("550 5.1.1 user unknown"), or a delivery the recipient then marks as spam.
Such a bounce or complaint is a real one for SES: it adds the address to the
account-level suppression list when the reasons in force say so.

``GET /_emulator/ses/undelivered-events?region=eu-west-3[&account_id=...]``
lists the event records SES did not publish, with why (a topic policy that
does not let SES publish, a topic that does not exist, a destination other
than SNS): ``{"undelivered": [{"time", "messageId", "eventType",
"configurationSet", "eventDestination", "destination", "reason"}, ...]}``.
AWS drops such events without telling anyone.

``GET /_emulator/sns/undelivered-messages?region=eu-west-3[&account_id=...]``
lists the messages SNS did not deliver to a subscription (a queue whose
policy does not let the topic send, a queue that does not exist):
``{"undelivered": [{"time", "messageId", "topicArn", "subscriptionArn",
"protocol", "endpoint", "reason"}, ...]}``.

``GET /_emulator/route53/throttling`` says what Route 53's throttling
(``python -m emulator --route53-throttling``) let through and refused so far:
``{"enabled": true, "accounts": {"123456789012": {"buckets": {"account":
{"capacity": 50, "refill_rate": 10, "taken": 120}, ...}, "floor_seconds": 7.0}},
"throttled": {"Throttling CreateHostedZone": 3}}``; ``floor_seconds`` is the
least time those requests could take under the buckets
(``emulator.route53.throttling.floor``). Without throttling:
``{"enabled": false}``.

This module only parses and renders, as moto's ``/moto-api/`` does; the rules
are ``SesV2Backend``'s (``decide_production_access``, ``advance_time``,
``set_send_quota``, ``set_mailbox``) and ``emulator.sns``'s. ``GET``
parameters are read from the query string.

State is reset with moto's own ``POST /moto-api/reset``, which also clears
the emulated SES v2 state.
"""

import json
from typing import Any

from moto.core.exceptions import ServiceException
from moto.core.models import DEFAULT_ACCOUNT_ID
from werkzeug.wrappers import Request, Response

from emulator.route53 import throttling
from emulator.sesv2 import sesv2_backends
from emulator.sesv2.models import SesV2Backend
from emulator.sns import sns_deliveries

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


def send_quota(payload: dict[str, Any]) -> Response:
    backend = _backend(payload)
    if isinstance(backend, Response):
        return backend
    quota = {key: value for key, value in payload.items() if key not in ("region", "account_id")}
    try:
        account = backend.set_send_quota(quota)
    except ServiceException as error:
        return _json(400, {"error": error.message})
    return _json(200, account.describe())


def mailboxes(payload: dict[str, Any]) -> Response:
    backend = _backend(payload)
    if isinstance(backend, Response):
        return backend
    try:
        behavior = backend.set_mailbox(payload.get("address"), payload.get("behavior", "deliver"))
    except ServiceException as error:
        return _json(400, {"error": error.message})
    return _json(200, {"address": payload["address"], "behavior": behavior})


def undelivered_events(payload: dict[str, Any]) -> Response:
    backend = _backend(payload)
    if isinstance(backend, Response):
        return backend
    return _json(200, {"undelivered": list(backend.undelivered)})


def undelivered_messages(payload: dict[str, Any]) -> Response:
    region = payload.get("region")
    if not isinstance(region, str) or not region:
        return _json(400, {"error": "region is required"})
    try:
        deliveries = sns_deliveries[payload.get("account_id") or DEFAULT_ACCOUNT_ID][region]
    except KeyError:
        return _json(400, {"error": f"unknown region {region}"})
    with deliveries.lock:
        return _json(200, {"undelivered": list(deliveries.undelivered)})


def route53_throttling(payload: dict[str, Any]) -> Response:
    throttle = throttling.installed()
    if throttle is None:
        return _json(200, {"enabled": False})
    return _json(200, {"enabled": True, **throttle.usage()})


ROUTES = {
    ("POST", f"{PREFIX}ses/production-access"): production_access,
    ("POST", f"{PREFIX}ses/advance-time"): advance_time,
    ("POST", f"{PREFIX}ses/send-quota"): send_quota,
    ("POST", f"{PREFIX}ses/mailboxes"): mailboxes,
    ("GET", f"{PREFIX}ses/undelivered-events"): undelivered_events,
    ("GET", f"{PREFIX}sns/undelivered-messages"): undelivered_messages,
    ("GET", f"{PREFIX}route53/throttling"): route53_throttling,
}


def handle(request: Request) -> Response:
    """Answer an admin request: a GET's parameters are its query string, a POST's body a JSON object."""
    route = ROUTES.get((request.method, request.path.rstrip("/")))
    if route is None:
        return _json(404, {"error": f"no admin endpoint {request.method} {request.path}"})
    if request.method == "GET":
        return route(dict(request.args.items()))
    try:
        payload = json.loads(request.get_data() or b"{}")
    except json.JSONDecodeError:
        payload = None
    if not isinstance(payload, dict):
        return _json(400, {"error": "body must be a JSON object"})
    return route(payload)
