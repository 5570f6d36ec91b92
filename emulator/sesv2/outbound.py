"""Outbound mail as SES sees it: the message a SendEmail request makes, the mailbox simulator, event records.

``compose`` turns SendEmail's ``Content`` (Simple or Raw), addresses and
tags into a ``Draft``: sender, recipients, headers and the ``commonHeaders``
SES reports. ``Mail`` is a draft SES accepted (message id, time, sending
identity, configuration set), and renders the ``mail`` object of every event
record; ``send_record``, ``delivery_record``, ``bounce_record`` and
``complaint_record`` render the records SES publishes to SNS. The rules of
sending (identities, sandbox, quotas, suppression, which events happen and
where they go) are ``SesV2Backend.send_email``'s.

Records follow the SES developer guide's "Contents of event data that
Amazon SES publishes to Amazon SNS" and "Examples of event data that Amazon
SES publishes to Amazon SNS": ``eventType``, the event's own object and
``mail`` (``timestamp``, ``source``, ``sourceArn``, ``sendingAccountId``,
``messageId``, ``destination``, ``headersTruncated``, ``headers``,
``commonHeaders``, ``tags`` with ``ses:configuration-set``,
``ses:source-ip``, ``ses:from-domain``, ``ses:caller-identity``, and
``ses:outgoing-ip`` on deliveries, then the message's own tags). Timestamps
are ISO 8601 with milliseconds (``2017-08-05T00:41:02.669Z``).

The mailbox simulator ("Using the mailbox simulator manually", same guide):
``success@``, ``bounce@``, ``ooto@``, ``complaint@`` and
``suppressionlist@simulator.amazonses.com``, also with a ``+label`` before
the ``@``. ``SIMULATOR_OUTCOMES`` says what each produces.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from moto.moto_api._internal import mock_random

from emulator.sesv2.exceptions import BadRequestException, MessageRejected

SIMULATOR_DOMAIN = "simulator.amazonses.com"
# What each simulator address does. "ooto" is delivered; the out-of-office reply it sends goes by
# mail to the Return-Path, which event publishing does not report (there is no event type for it).
SIMULATOR_OUTCOMES = {
    "success": "deliver",
    "bounce": "bounce",
    "ooto": "deliver",
    "complaint": "complaint",
    "suppressionlist": "suppressed",
}
# SES quotas: "the maximum number of recipients per message is 50" (To, CC and BCC together).
MAX_RECIPIENTS = 50
SMTP_DELIVERED = "250 2.6.0 Message received"
# What the simulator's bounce address answers: "SMTP 550 5.1.1 ("Unknown User")".
UNKNOWN_USER = ("5.1.1", "smtp; 550 5.1.1 user unknown")
GLOBAL_SUPPRESSION = (
    "5.1.1",
    "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an"
    " invalid address. For more information about how to remove an address from the suppression list, see the"
    " Amazon SES Developer Guide:"
    " http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html ",
)
ACCOUNT_SUPPRESSION = (
    "5.1.1",
    "Amazon SES did not send the message to this address because it is on the suppression list for your"
    " account. For more information about removing addresses from the suppression list, see the Amazon SES"
    " Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html",
)
COMPLAINT_USER_AGENT = "Amazon SES Mailbox Simulator"
# A documentation address (RFC 5737) standing for the SES MTA that delivered (``ses:outgoing-ip``).
OUTGOING_IP = "192.0.2.1"
COMPLAINT_FEEDBACK_TYPE = "abuse"


def bare_address(address: str) -> str:
    """The addr-spec of ``Name <local@domain>`` (or of a bare address)."""
    return email.utils.parseaddr(address)[1] or address.strip()


def address_domain(address: str) -> str:
    return bare_address(address).rpartition("@")[2].lower()


def simulator_outcome(address: str) -> str | None:
    """``deliver``, ``bounce``, ``complaint`` or ``suppressed`` for a simulator address, else None."""
    local, _, domain = bare_address(address).rpartition("@")
    if domain.lower() != SIMULATOR_DOMAIN:
        return None
    return SIMULATOR_OUTCOMES.get(local.split("+", 1)[0].lower())


def check_address(address: str, what: str) -> str:
    """``address`` if it is ``local@domain`` (optionally with a display name); else SES's BadRequestException."""
    bare = bare_address(address)
    local, at, domain = bare.rpartition("@")
    if not at:
        raise BadRequestException(f"Missing final '@domain' in {what}: {address}")
    if not local or "." not in domain or any(character.isspace() for character in bare):
        raise BadRequestException(f"Illegal address in {what}: {address}")
    return address


def ses_id(now: datetime) -> str:
    """An id shaped as SES's message and feedback ids: ``<16 hex>-<uuid>-000000``."""
    milliseconds = int(now.timestamp() * 1000)
    return f"0107{milliseconds:012x}-{mock_random.uuid4()}-000000"


def iso_timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _display(address: str) -> str:
    """An address as ``commonHeaders`` lists it: ``Name <local@domain>``, without quotes."""
    name, bare = email.utils.parseaddr(address)
    return f"{name} <{bare}>" if name else (bare or address.strip())


@dataclass
class Draft:
    """A message as a SendEmail request describes it, before SES accepts it."""

    source: str
    to: list[str]
    cc: list[str]
    bcc: list[str]
    headers: list[dict[str, str]]
    original_message_id: str | None = None
    date: str | None = None
    subject: str | None = None
    reply_to: list[str] = field(default_factory=list)

    @property
    def recipients(self) -> list[str]:
        return [*self.to, *self.cc, *self.bcc]


def compose(params: dict[str, Any]) -> Draft:
    """The draft of a SendEmail request: Simple or Raw content (Template is not emulated)."""
    content = params.get("Content") or {}
    kinds = [kind for kind in ("Simple", "Raw", "Template") if content.get(kind)]
    if len(kinds) != 1:
        raise BadRequestException("Content must hold exactly one of Simple, Raw and Template.")
    if kinds == ["Template"]:
        raise BadRequestException("Template content is not supported by the emulator: send Simple or Raw content.")
    destination = params.get("Destination") or {}
    reply_to = [check_address(address, "ReplyToAddresses") for address in params.get("ReplyToAddresses") or []]
    if kinds == ["Raw"]:
        draft = _raw(content["Raw"], params.get("FromEmailAddress"), destination)
    else:
        draft = _simple(content["Simple"], params.get("FromEmailAddress"), destination, reply_to)
    check_address(draft.source, "FromEmailAddress")
    for address in draft.recipients:
        check_address(address, "Destination")
    if not draft.recipients:
        raise BadRequestException("Destination must name at least one recipient (To, Cc or Bcc).")
    if len(draft.recipients) > MAX_RECIPIENTS:
        raise MessageRejected(f"Recipient count exceeds {MAX_RECIPIENTS}.")
    if kinds == ["Simple"] and reply_to:
        draft.reply_to = reply_to
    return draft


def _simple(message: dict[str, Any], source: str | None, destination: dict[str, Any],
            reply_to: list[str]) -> Draft:
    if not source:
        raise BadRequestException("FromEmailAddress is required with Simple content.")
    to, cc, bcc = (list(destination.get(key) or []) for key in ("ToAddresses", "CcAddresses", "BccAddresses"))
    subject = str((message.get("Subject") or {}).get("Data", ""))
    body = message.get("Body") or {}
    if message.get("Attachments"):
        content_type = f'multipart/mixed; boundary="----=_Part_{mock_random.randint(10**6, 10**7)}"'
    elif body.get("Text") and body.get("Html"):
        content_type = f'multipart/alternative; boundary="----=_Part_{mock_random.randint(10**6, 10**7)}"'
    elif body.get("Html"):
        content_type = "text/html; charset=UTF-8"
    else:
        content_type = "text/plain; charset=UTF-8"
    headers = [{"name": "From", "value": source}]
    if reply_to:
        headers.append({"name": "Reply-To", "value": ", ".join(reply_to)})
    if to:
        headers.append({"name": "To", "value": ", ".join(to)})
    if cc:
        headers.append({"name": "Cc", "value": ", ".join(cc)})
    headers += [
        {"name": "Subject", "value": subject},
        {"name": "MIME-Version", "value": "1.0"},
        {"name": "Content-Type", "value": content_type},
    ]
    headers += [{"name": header["Name"], "value": header["Value"]} for header in message.get("Headers") or []]
    return Draft(source=source, to=to, cc=cc, bcc=bcc, headers=headers, subject=subject)


def _raw(raw: dict[str, Any], source: str | None, destination: dict[str, Any]) -> Draft:
    data = raw.get("Data") or b""
    if isinstance(data, str):
        data = data.encode()
    head, separator, _ = data.replace(b"\r\n", b"\n").partition(b"\n\n")
    if not separator:
        raise MessageRejected("The message must have a header and a body, separated by one blank line.")
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    headers = [{"name": name, "value": " ".join(str(value).split())} for name, value in parsed.items()]

    def addresses(name: str) -> list[str]:
        values = [str(value) for value in parsed.get_all(name) or []]
        return [email.utils.formataddr(pair) for pair in email.utils.getaddresses(values) if pair[1]]

    sender = source or next(iter(addresses("From")), None)
    if not sender:
        raise MessageRejected("Missing required header 'From'.")
    if any(destination.get(key) for key in ("ToAddresses", "CcAddresses", "BccAddresses")):
        to, cc, bcc = (list(destination.get(key) or []) for key in ("ToAddresses", "CcAddresses", "BccAddresses"))
    else:
        to, cc, bcc = addresses("To"), addresses("Cc"), addresses("Bcc")
    message_id = parsed.get("Message-ID")
    return Draft(
        source=sender, to=to, cc=cc, bcc=bcc, headers=headers,
        original_message_id=str(message_id) if message_id is not None else None,
        date=str(parsed["Date"]) if parsed.get("Date") is not None else None,
        subject=str(parsed["Subject"]) if parsed.get("Subject") is not None else None,
        reply_to=addresses("Reply-To"),
    )


@dataclass
class Mail:
    """A message SES accepted: what every event record about it says in its ``mail`` object."""

    message_id: str
    timestamp: datetime
    draft: Draft
    region: str
    account_id: str
    source_arn: str
    source_ip: str
    caller_identity: str
    configuration_set: str | None
    tags: dict[str, str]

    @property
    def from_domain(self) -> str:
        return address_domain(self.draft.source)

    def common_headers(self) -> dict[str, Any]:
        draft = self.draft
        common: dict[str, Any] = {"from": [_display(draft.source)]}
        if draft.reply_to:
            common["replyTo"] = [_display(address) for address in draft.reply_to]
        if draft.date:
            common["date"] = draft.date
        if draft.to:
            common["to"] = [_display(address) for address in draft.to]
        if draft.cc:
            common["cc"] = [_display(address) for address in draft.cc]
        common["messageId"] = draft.original_message_id or self.message_id
        if draft.subject is not None:
            common["subject"] = draft.subject
        return common

    def record(self, *, delivery: bool = False) -> dict[str, Any]:
        """The ``mail`` object; a delivery's also names the outgoing IP (``ses:outgoing-ip``)."""
        tags: dict[str, list[str]] = {}
        if self.configuration_set:
            tags["ses:configuration-set"] = [self.configuration_set]
        tags["ses:source-ip"] = [self.source_ip]
        tags["ses:from-domain"] = [self.from_domain]
        tags["ses:caller-identity"] = [self.caller_identity]
        if delivery:
            tags["ses:outgoing-ip"] = [OUTGOING_IP]
        tags |= {name: [value] for name, value in self.tags.items()}
        return {
            "timestamp": iso_timestamp(self.timestamp),
            "source": self.draft.source,
            "sourceArn": self.source_arn,
            "sendingAccountId": self.account_id,
            "messageId": self.message_id,
            "destination": list(self.draft.recipients),
            "headersTruncated": False,
            "headers": [dict(header) for header in self.draft.headers],
            "commonHeaders": self.common_headers(),
            "tags": tags,
        }


def reporting_mta(region: str) -> str:
    return f"a1-1.smtp-out.{region}.amazonses.com"


def send_record(mail: Mail) -> dict[str, Any]:
    return {"eventType": "Send", "mail": mail.record(), "send": {}}


def delivery_record(mail: Mail, recipient: str, at: datetime) -> dict[str, Any]:
    return {
        "eventType": "Delivery",
        "mail": mail.record(delivery=True),
        "delivery": {
            "timestamp": iso_timestamp(at),
            "processingTimeMillis": max(0, int((at - mail.timestamp).total_seconds() * 1000)),
            "recipients": [bare_address(recipient)],
            "smtpResponse": SMTP_DELIVERED,
            "reportingMTA": reporting_mta(mail.region),
        },
    }


def bounce_record(mail: Mail, recipients: list[str], sub_type: str, at: datetime) -> dict[str, Any]:
    """A Permanent bounce of ``recipients``: ``General`` (the address does not exist),
    ``Suppressed`` (the global suppression list) or ``OnAccountSuppressionList``."""
    status, diagnostic = {"General": UNKNOWN_USER, "Suppressed": GLOBAL_SUPPRESSION,
                          "OnAccountSuppressionList": ACCOUNT_SUPPRESSION}[sub_type]
    mta = f"dns; {reporting_mta(mail.region)}" if sub_type == "General" else "dns; amazonses.com"
    return {
        "eventType": "Bounce",
        "bounce": {
            "bounceType": "Permanent",
            "bounceSubType": sub_type,
            "bouncedRecipients": [
                {"emailAddress": bare_address(recipient), "action": "failed", "status": status,
                 "diagnosticCode": diagnostic}
                for recipient in recipients
            ],
            "timestamp": iso_timestamp(at),
            "feedbackId": ses_id(at),
            "reportingMTA": mta,
        },
        "mail": mail.record(),
    }


def complaint_record(mail: Mail, recipient: str, at: datetime) -> dict[str, Any]:
    """A complaint with an abuse feedback report (RFC 5965), as the simulator's complaint address sends."""
    return {
        "eventType": "Complaint",
        "complaint": {
            "complainedRecipients": [{"emailAddress": bare_address(recipient)}],
            "timestamp": iso_timestamp(at),
            "feedbackId": ses_id(at),
            "complaintSubType": None,
            "userAgent": COMPLAINT_USER_AGENT,
            "complaintFeedbackType": COMPLAINT_FEEDBACK_TYPE,
            "arrivalDate": iso_timestamp(mail.timestamp),
        },
        "mail": mail.record(),
    }
