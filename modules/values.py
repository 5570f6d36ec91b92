"""Value objects: DNS settings that validate themselves and render their record text.

Pure Python (no cdktf), so the config model can use them without loading the
provider bindings.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, Strict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from modules.dns_names import is_dns_label

Disposition = Literal["none", "quarantine", "reject"]
Alignment = Literal["r", "s"]

_MAILTO = re.compile(r"^mailto:[^@\s,;!]+@[^@\s,;!]+\.[^@\s,;!]+(![0-9]+[kmgt]?)?$", re.IGNORECASE)
_FO = re.compile(r"^[01ds](:[01ds])*$")


def _check_mailto(uri: str) -> str:
    if not uri.lower().startswith("mailto:"):
        raise ValueError(f"{uri!r} must be a mailto: URI, e.g. 'mailto:dmarc@example.com'")
    if not _MAILTO.match(uri):
        raise ValueError(f"{uri!r} is not a valid mailto: URI (mailto:user@domain[!size])")
    return uri


def _check_fo(value: str) -> str:
    if not _FO.match(value):
        raise ValueError(f"{value!r} must be one or more of 0, 1, d, s joined by ':' (e.g. '1' or '0:d')")
    return value


MailtoUri = Annotated[str, Strict(), AfterValidator(_check_mailto)]
StrictInt = Annotated[int, Strict()]
"""An ``int`` and nothing else: no ``"50"``, ``50.0`` or ``True`` turned into one."""

DMARC_VERSION = "DMARC1"
_DMARC_TAGS = ("v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "ri")


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class DmarcPolicy:
    """A DMARC record (RFC 7489). Field names are the record's tags.

    The default renders exactly ``v=DMARC1; p=none;`` (monitor mode, as in the seed).
    Optional tags are rendered only when set, in RFC order.

    Types are strict: ``pct="50"`` or ``ri=3600.0`` is refused, not converted (only
    ``parse`` reads numbers from a record's text). Report lists take a tuple or a list.
    The strictness is per field, not ``strict=True`` in the config: that would also make a
    config model refuse a ``[domain.dmarc]`` table (a dict) for this dataclass.
    """

    policy: Disposition = "none"
    """``p``: what receivers do with mail that fails DMARC."""
    sp: Disposition | None = None
    """Policy for subdomains; receivers use ``p`` when unset."""
    pct: Annotated[StrictInt, Field(ge=0, le=100)] | None = None
    """Percentage of failing mail the policy applies to (receivers default to 100)."""
    rua: tuple[MailtoUri, ...] = ()
    """Where aggregate reports go."""
    ruf: tuple[MailtoUri, ...] = ()
    """Where failure (forensic) reports go."""
    adkim: Alignment | None = None
    """DKIM alignment: relaxed (r, the receivers' default) or strict (s)."""
    aspf: Alignment | None = None
    """SPF alignment: relaxed (r, the receivers' default) or strict (s)."""
    fo: Annotated[str, Strict(), AfterValidator(_check_fo)] | None = None
    """Failure reporting options."""
    ri: Annotated[StrictInt, Field(ge=1)] | None = None
    """Seconds between aggregate reports (receivers default to 86400)."""

    def render(self) -> str:
        """The TXT record's text."""
        tags: list[tuple[str, object]] = [("v", DMARC_VERSION), ("p", self.policy)]
        optional = [
            ("sp", self.sp),
            ("pct", self.pct),
            ("rua", ",".join(self.rua) or None),
            ("ruf", ",".join(self.ruf) or None),
            ("adkim", self.adkim),
            ("aspf", self.aspf),
            ("fo", self.fo),
            ("ri", self.ri),
        ]
        tags.extend((tag, value) for tag, value in optional if value is not None)
        return " ".join(f"{tag}={value};" for tag, value in tags)

    @classmethod
    def parse(cls, text: str) -> DmarcPolicy:
        """The policy a DMARC record's text states; ValueError saying what is wrong if it states none.

        Reads records as receivers do (RFC 7489 6.3, 6.4): ``v=DMARC1`` first, the other
        tags in any order, whitespace around tags, values and commas, final ``;`` optional.
        Unlike receivers, refuses unknown and repeated tags: in our own record they are mistakes.
        """
        try:
            # Lax: the record's numbers are text (``pct=50``).
            return _lax_dmarc_adapter().validate_python(_dmarc_fields(text), strict=False)
        except ValidationError as error:
            item = error.errors(include_url=False)[0]
            where = ".".join(str(part) for part in item["loc"])
            reason = f"{where}: {item['msg'].removeprefix('Value error, ')}"
        except ValueError as error:
            reason = str(error)
        raise ValueError(f"{text!r}: {reason}")

    @staticmethod
    def is_record(text: str) -> bool:
        """Whether receivers take ``text`` for a DMARC record: its first tag is ``v=DMARC1``."""
        tag, _, value = text.split(";", 1)[0].partition("=")
        return (tag.strip(), value.strip()) == ("v", DMARC_VERSION)

    @staticmethod
    def record_name(domain: str) -> str:
        return f"_dmarc.{domain}"


@cache
def _lax_dmarc_adapter() -> TypeAdapter[DmarcPolicy]:
    return TypeAdapter(DmarcPolicy)


def _dmarc_fields(text: str) -> dict[str, Any]:
    """A DMARC record's tags as ``DmarcPolicy`` arguments; ValueError naming the first problem."""
    if not DmarcPolicy.is_record(text):
        raise ValueError(f"must start with v={DMARC_VERSION}")
    tags: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        tag, sep, value = part.partition("=")
        tag = tag.strip()
        if not sep:
            raise ValueError(f"{part!r} is not tag=value")
        if tag not in _DMARC_TAGS:
            raise ValueError(f"unknown tag {tag!r} (known: {', '.join(_DMARC_TAGS)})")
        if tag in tags:
            raise ValueError(f"tag {tag!r} appears twice")
        tags[tag] = value.strip()
    if "p" not in tags:
        raise ValueError("no p= tag")
    del tags["v"]
    fields: dict[str, Any] = {"policy": tags.pop("p"), **tags}
    for tag in ("rua", "ruf"):
        if tag in tags:
            fields[tag] = tuple(uri.strip() for uri in tags[tag].split(","))
    return fields


SPF_RECORD = "v=spf1 include:amazonses.com ~all"


def check_label(label: str) -> str:
    """``label`` if it is one DNS label; else ValueError saying so."""
    if not is_dns_label(label):
        raise ValueError(
            f"{label!r} is not a single DNS label (letters, digits and inner hyphens, 1-63 chars, no dots)"
        )
    return label


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class MailFrom:
    """The MAIL FROM (Return-Path) subdomain ``<label>.<domain>`` and what SES does without its MX."""

    label: Annotated[str, AfterValidator(check_label)] = "mail"
    behavior_on_mx_failure: Literal["USE_DEFAULT_VALUE", "REJECT_MESSAGE"] = "USE_DEFAULT_VALUE"
    mx_priority: int = Field(default=10, ge=0, le=65535)

    def domain(self, identity_domain: str) -> str:
        return f"{self.label}.{identity_domain}"

    def mx_value(self, ses_region: str) -> str:
        """The MX record SES asks for: its bounce and complaint feedback endpoint in the SES region."""
        return f"{self.mx_priority} feedback-smtp.{ses_region}.amazonses.com"


DKIM_TOKEN_COUNT = 3  # Easy DKIM always publishes three keys
DKIM_TOKEN_LENGTH = 32  # each token, the first label of its record's name, is 32 characters
DEFAULT_DKIM_TARGET_DOMAIN = "dkim.amazonses.com"
# Regions whose Easy DKIM CNAMEs point somewhere other than the default.
# Empty today: every region we have checked uses the default. A region that
# differs is added here, or passed per identity as ``dkim_target_domain``.
DKIM_TARGET_DOMAIN_BY_REGION: dict[str, str] = {}


def dkim_target_for_region(region: str) -> str:
    """The domain Easy DKIM CNAMEs point into, for an SES region."""
    return DKIM_TARGET_DOMAIN_BY_REGION.get(region, DEFAULT_DKIM_TARGET_DOMAIN)


def dkim_record_name(token: str, domain: str) -> str:
    """The Easy DKIM CNAME's name, fully qualified: right also when ``domain`` is below the zone apex."""
    return f"{token}._domainkey.{domain}"


def dkim_record_name_length(domain: str) -> int:
    """How long each Easy DKIM CNAME's name is for ``domain``, before SES has issued the tokens."""
    return len(dkim_record_name("x" * DKIM_TOKEN_LENGTH, domain))


def dkim_record_value(token: str, target_domain: str) -> str:
    """Where the Easy DKIM CNAME for ``token`` points (``target_domain``: see ``dkim_target_for_region``)."""
    return f"{token}.{target_domain}"


_ZONE_ID = re.compile(r"^[A-Z0-9]{1,32}$")


def check_zone_id(zone_id: str) -> str:
    """A Route 53 hosted zone id, without any ``/hostedzone/`` prefix; else ValueError saying so."""
    zone_id = zone_id.removeprefix("/hostedzone/")
    if not _ZONE_ID.match(zone_id):
        raise ValueError(f"{zone_id!r} is not a Route 53 hosted zone id (like 'Z0123456789ABCDEFGHIJ')")
    return zone_id


_DKIM_TOKEN = re.compile(rf"^[a-z0-9]{{{DKIM_TOKEN_LENGTH}}}$")
ADOPTED_RECORD_TYPES = ("CNAME", "MX", "TXT")
"""The record types this project manages: DKIM CNAMEs, the MAIL FROM MX, the DMARC and SPF TXTs."""


def _check_token(token: str) -> str:
    if not _DKIM_TOKEN.match(token):
        raise ValueError(f"{token!r} is not an Easy DKIM token ({DKIM_TOKEN_LENGTH} lowercase letters and digits)")
    return token


def _check_record_entry(entry: str) -> str:
    """``"<name> <TYPE>"``: a fully qualified name (no final dot) and one of ``ADOPTED_RECORD_TYPES``."""
    name, _, kind = entry.strip().rpartition(" ")
    if not name or kind not in ADOPTED_RECORD_TYPES or " " in name.strip():
        raise ValueError(f"{entry!r} is not \"<name> <type>\" with a type of {', '.join(ADOPTED_RECORD_TYPES)} "
                         "(like \"_dmarc.example.com TXT\")")
    return f"{name.strip().lower().rstrip('.')} {kind}"


RecordEntry = Annotated[str, Strict(), AfterValidator(_check_record_entry)]


_IAM_POLICY_ARN = re.compile(r"^arn:[a-z-]+:iam::\d{12}:policy/[\w+=,.@/-]+$")


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class Adoption:
    """What already existed in AWS for a domain (``[domain.adopt]``, written by ``ops adopt``).

    The stack imports each of these into its state instead of creating it, so taking over a
    setup made in the console changes no name server, no DKIM key and no record it does not
    have to. Nothing not listed here is read; what the config states and the live value do
    not agree on is updated in place by the first apply.
    """

    zone_id: Annotated[str, Strict(), AfterValidator(check_zone_id)] | None = None
    """The domain's own public hosted zone: imported, so it keeps its name servers."""
    zone_comment: Annotated[str, Strict()] | None = None
    """That zone's comment, kept as it is."""
    delegation_set_id: Annotated[str, Strict()] | None = None
    """That zone's reusable delegation set, kept (a zone moved to another set gets other name servers)."""
    identity: Annotated[bool, Strict()] = False
    """The SES identity exists in the domain's SES region: imported, with its DKIM keys."""
    dkim_tokens: tuple[Annotated[str, Strict(), AfterValidator(_check_token)], ...] = ()
    """The identity's three Easy DKIM tokens, in the order SES lists them: they name its CNAMEs."""
    configuration_set: Annotated[str, Strict()] | None = None
    """The identity's default configuration set, kept as it is."""
    mail_from: Annotated[bool, Strict()] = False
    """The identity's MAIL FROM attributes are set: imported."""
    records: tuple[RecordEntry, ...] = ()
    """Record sets this stack manages that exist already, as ``"<name> <TYPE>"``: imported."""
    events_configuration_set: Annotated[bool, Strict()] = False
    """The stack's own configuration set (``resource_names(...).configuration_set``) exists: imported."""
    events_destination: Annotated[bool, Strict()] = False
    """Its event destination exists: imported."""
    sending_policy: Annotated[str, Strict()] | None = None
    """The ARN of the stack's sending policy, which exists: imported."""
    events_topic: Annotated[str, Strict()] | None = None
    """The ARN of the stack's events topic, which exists: imported."""
    events_queues: tuple[Annotated[str, Strict()], ...] = ()
    """The URLs of the stack's events queue and dead-letter queue that exist: imported."""

    def __post_init__(self) -> None:
        if self.identity and len(self.dkim_tokens) != DKIM_TOKEN_COUNT:
            raise ValueError(f"identity = true needs its {DKIM_TOKEN_COUNT} dkim_tokens "
                             f"(got {len(self.dkim_tokens)})")
        if self.dkim_tokens and not self.identity:
            raise ValueError("dkim_tokens are given but identity is false: tokens belong to an existing identity")
        if self.mail_from and not self.identity:
            raise ValueError("mail_from = true needs identity = true: MAIL FROM is set on an identity")
        if (self.zone_comment is not None or self.delegation_set_id is not None) and self.zone_id is None:
            raise ValueError("zone_comment or delegation_set_id is given but zone_id is not: they are the "
                             "imported zone's")
        if self.events_destination and not self.events_configuration_set:
            raise ValueError("events_destination = true needs events_configuration_set = true: the destination "
                             "is the configuration set's")
        if self.sending_policy is not None and not _IAM_POLICY_ARN.match(self.sending_policy):
            raise ValueError(f"sending_policy {self.sending_policy!r} is not an IAM policy ARN "
                             "(arn:<partition>:iam::<account>:policy/<name>)")
        repeated = sorted({entry for entry in self.records if self.records.count(entry) > 1})
        if repeated:
            raise ValueError(f"records lists {', '.join(map(repr, repeated))} twice")

    def has_record(self, name: str, type: str) -> bool:
        """Whether the record set ``name`` (fully qualified, no final dot) of ``type`` exists already."""
        return f"{name.lower()} {type}" in self.records

    def dkim_names(self, domain: str) -> list[str]:
        """The live DKIM CNAMEs' names, in token order (empty when the identity is new)."""
        return [dkim_record_name(token, domain) for token in self.dkim_tokens]


# Email addresses: the unquoted local part of RFC 5322 (dot-atom); quoted local parts are refused.
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
EMAIL_LENGTH = (6, 254)  # characters, as SES's PutAccountDetails takes contact addresses


def check_email(address: str) -> str:
    """``address`` if it is a plain ``local@domain.tld`` address; else ValueError saying what is wrong."""
    from modules.dns_names import normalize_domain

    low, high = EMAIL_LENGTH
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"{address!r} is not an email address (local@domain)")
    if not low <= len(address) <= high:
        raise ValueError(f"{address!r} is not an email address: AWS takes {low} to {high} characters")
    if len(local) > 64 or not _LOCAL_PART.match(local):
        raise ValueError(f"{address!r} is not an email address: invalid part before the @")
    try:
        normalize_domain(domain)
    except ValueError as error:
        raise ValueError(f"{address!r} is not an email address: the domain {error}") from None
    if domain != domain.strip() or domain.endswith("."):
        raise ValueError(f"{address!r} is not an email address: invalid domain")
    return address


SesEventType = Literal[
    "SEND", "REJECT", "BOUNCE", "COMPLAINT", "DELIVERY", "OPEN", "CLICK",
    "RENDERING_FAILURE", "DELIVERY_DELAY", "SUBSCRIPTION",
]
"""The event types an SES v2 event destination can match (``EventType`` in the SES v2 API)."""
DEFAULT_EVENT_TYPES: tuple[SesEventType, ...] = ("BOUNCE", "COMPLAINT")
EmailAddress = Annotated[str, Strict(), AfterValidator(check_email)]


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class EventHandling:
    """Where SES reports what happens to a domain's mail: its configuration set's SNS topic, and on.

    ``types``: the SES event types published (default bounces and complaints). ``email``: addresses
    subscribed to the topic (each confirms by mail). ``queue``: an SQS queue (with a dead-letter
    queue) subscribed to the topic, raw delivery off, for an application to consume.
    """

    types: tuple[SesEventType, ...] = DEFAULT_EVENT_TYPES
    email: tuple[EmailAddress, ...] = ()
    queue: Annotated[bool, Strict()] = False

    def __post_init__(self) -> None:
        if not self.types:
            raise ValueError("types is empty: list at least one SES event type, or disable events")
        for what, values in (("types", self.types), ("email", tuple(address.lower() for address in self.email))):
            repeated = sorted({value for value in values if values.count(value) > 1})
            if repeated:
                raise ValueError(f"{what} lists {', '.join(map(repr, repeated))} twice")


EVENT_DESTINATION_NAME = "sns"
"""The name of the event destination a domain's configuration set publishes through."""


@dataclass(frozen=True)
class ResourceNames:
    """The names a domain's stack gives what it creates beside the zone and identity (``resource_names``)."""

    configuration_set: str
    topic: str
    queue: str
    dead_letter_queue: str
    sending_policy: str


# Name limits: SES configuration sets 64 (letters, digits, - and _), SNS topics 256, SQS queues 80,
# IAM policies 128. A stack name (the domain, dots as dashes) fits them all but for long domains.
_NAME_LIMITS = {"configuration_set": 64, "topic": 256, "queue": 80, "dead_letter_queue": 80, "sending_policy": 128}
_NAME_SUFFIXES = {"configuration_set": "", "topic": "-ses-events", "queue": "-ses-events",
                  "dead_letter_queue": "-ses-events-dlq", "sending_policy": "-ses-send"}


def _fitted_name(base: str, suffix: str, limit: int) -> str:
    """``base + suffix``; when longer than ``limit``, ``base`` cut short and marked with its hash (stable)."""
    import hashlib

    name = base + suffix
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(base.encode()).hexdigest()[:8]
    return f"{base[:limit - len(suffix) - len(digest) - 1]}-{digest}{suffix}"


def resource_names(stack_name: str) -> ResourceNames:
    """Names for the configuration set, topic, queues and sending policy of the stack ``stack_name``."""
    return ResourceNames(**{field: _fitted_name(stack_name, _NAME_SUFFIXES[field], _NAME_LIMITS[field])
                            for field in _NAME_LIMITS})
