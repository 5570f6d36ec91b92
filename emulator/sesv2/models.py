"""State and rules of the emulated SES identities (both APIs), configuration sets and the account.

One ``SesV2Backend`` exists per account and region, held in a moto
``BackendDict`` so that ``/moto-api/reset`` clears it with everything else.
Its ``identities`` are the account's one SES identity store, as in AWS: the
SES v2 operations here and the SES v1 ones (``emulator.ses``, which patches
moto's SES backend) read and write the same ``EmailIdentity`` objects, so an
identity created through either API is seen, changed and deleted by both.
Its public methods are named after the SES v2 operations they implement, and
hold each operation's own checks (existence, identity kinds, DKIM, MAIL FROM,
names, URLs and event destinations); the checks every operation shares
(required members, enums, lengths, patterns) are made on the request in
``responses``.

Verification statuses are computed on every read from the emulated Route 53
zones of the same account, so they track the DNS records as they are created
and deleted: domain verification (the ``_amazonses`` TXT record or DKIM),
DKIM and MAIL FROM. What is stored is SES's search for each (``DnsSearch``):
when it started and when it last found the records, because SES gives up as
AWS documents: a search that finds nothing for 72 hours ends FAILED, and
stays FAILED until the verification is started again. Each backend keeps its
own clock (``now()``), which the admin endpoint ``/_emulator/ses/advance-time``
moves on (``advance_time``), so tests can let those 72 hours pass.
TEMPORARY_FAILURE ("a temporary issue is preventing Amazon SES from
determining the status") never happens here: the emulated DNS always answers.

Sending (``send_email``): SES v2 SendEmail with Simple or Raw content
(``outbound`` builds the message and the event records), under SES's rules
for identities, the sandbox, paused sending, MAIL FROM, the daily quota and
the maximum send rate; then what happens to each recipient (the mailbox
simulator, the account-level suppression list, or delivery) is published as
event records through the configuration set's enabled SNS destinations, as
the service principal ``ses.amazonaws.com``, subject to the topic's policy
(``emulator.policies``). Delivery is synchronous: the events are in the
topic's subscriptions when SendEmail answers. The account-level suppression
list (``PutSuppressedDestination``...) is kept here too.
References: the SES v2 API reference (SendEmail, the suppression list
operations, GetAccount) and the SES developer guide ("Using the mailbox
simulator manually", "Errors related to the sending quotas for your Amazon
SES account", "Using the Amazon SES account-level suppression list",
"Using configuration set-level suppression to override your account-level
suppression list", "Set up an Amazon SNS event destination for event
publishing", "Contents of event data that Amazon SES publishes to Amazon
SNS").
"""

import base64
import binascii
import json
import re
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import dns.exception
import dns.rdata
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from moto.core.base_backend import BackendDict, BaseBackend
from moto.core.exceptions import ServiceException
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random
from moto.sns.models import sns_backends
from moto.utilities.paginator import paginate

from emulator import policies, zones
from emulator.sesv2 import outbound
from emulator.sesv2.exceptions import (
    AlreadyExistsException,
    BadRequestException,
    InvalidNextTokenException,
    LimitExceededException,
    MailFromDomainNotVerifiedException,
    MessageRejected,
    NotFoundException,
    SendingPausedException,
    TooManyRequestsException,
)

DKIM_HOSTED_ZONE = "dkim.amazonses.com"
DKIM_TOKEN_COUNT = 3
DKIM_TOKEN_LENGTH = 32
# VerifyDomainIdentity tokens: 32 random bytes in base64, 44 characters like AWS's.
VERIFICATION_TOKEN_BYTES = 32
# Where SES looks for the domain verification TXT record (SES v1 "legacy" verification).
VERIFICATION_RECORD_PREFIX = "_amazonses"
DEFAULT_KEY_LENGTH = "RSA_2048_BIT"
EASY_DKIM_ORIGIN = "AWS_SES"
EXTERNAL_ORIGIN = "EXTERNAL"
# DEED origins (``AWS_SES_EU_WEST_1``...) name the parent identity's region.
DEED_ORIGIN_PREFIX = "AWS_SES_"
# BYODKIM private keys: "at least 1024-bit RSA encryption, and up to 2048-bit" (SES developer guide).
BYODKIM_KEY_SIZES = range(1024, 2049)
DEFAULT_BEHAVIOR_ON_MX_FAILURE = "USE_DEFAULT_VALUE"
# VerifyDomainIdentity: "If Amazon SES is unable to detect the record within 72 hours, the domain's
# verification status changes to "Failed." In that case, to verify the domain, you must restart the
# verification process from the beginning." The same span for the DKIM records (whose detection "might
# take up to 72 hours") and the MAIL FROM MX record; and a verified domain whose records are gone for
# 72 hours loses its verification ("Amazon SES domain verification revocation", SES Classic guide).
VERIFICATION_WINDOW = timedelta(hours=72)
SANDBOX_QUOTA = {"Max24HourSend": 200.0, "MaxSendRate": 1.0}
PRODUCTION_QUOTA = {"Max24HourSend": 50000.0, "MaxSendRate": 14.0}
QUOTA_KEYS = ("Max24HourSend", "MaxSendRate")
# "If you started using Amazon SES after November 25, 2019, your account uses the account-level suppression
# list by default for both bounces and complaints" (developer guide, "Using the account-level suppression list").
DEFAULT_SUPPRESSED_REASONS = ("BOUNCE", "COMPLAINT")
SENDING_WINDOW = timedelta(hours=24)
# How early, as a share of one message's interval (1 / MaxSendRate), a message may come and still be within
# the rate: a client that waits 1 / MaxSendRate seconds between sends is never refused for network jitter.
RATE_TOLERANCE = 0.25
SUPPRESSION_PAGE_SIZE = 1000
SES_PRINCIPAL = "ses.amazonaws.com"
# SES v2 event types (MatchingEventTypes) of the records' eventType values.
EVENT_TYPES = {"Send": "SEND", "Delivery": "DELIVERY", "Bounce": "BOUNCE", "Complaint": "COMPLAINT"}
MAILBOX_BEHAVIORS = ("deliver", "bounce", "complaint")
REVIEW_DECISIONS = ("GRANTED", "DENIED")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
DOMAIN_RE = re.compile(rf"^(?:{_LABEL}\.)+{_LABEL}\.?$")
EMAIL_RE = re.compile(r"^[^@\s]+@(?P<domain>[^@\s]+)$")
# CreateConfigurationSet: "up to 64 alphanumeric characters, including letters,
# numbers, hyphens (-) and underscores (_) only".
CONFIGURATION_SET_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
WEBSITE_SCHEMES = ("http", "https")
# EventBridgeDestination.EventBusArn: "Only the default bus is supported."
DEFAULT_EVENT_BUS_RE = re.compile(r"^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus/default$")
PAGINATION_MODEL = {
    name: {
        "input_token": "next_token",
        "limit_key": "page_size",
        "limit_default": 1000,
        "unique_attribute": "name",
    }
    for name in ("list_email_identities", "list_configuration_sets", "list_identities")
}

T = TypeVar("T")


@dataclass
class DnsSearch:
    """SES looking for one set of DNS records: the verification TXT, the DKIM records or the MAIL FROM MX.

    Each read checks DNS: the records found give SUCCESS; not found, PENDING
    while SES still searches, which is for ``VERIFICATION_WINDOW`` from the
    start of the search or from the last time it found them; after that,
    FAILED, and SES stops searching: records published later change nothing
    until the verification is started again (a new ``DnsSearch``).
    """

    started_at: datetime
    found_at: datetime | None = None
    failed: bool = False

    def status(self, found: bool, now: datetime) -> str:
        if self.failed:
            return "FAILED"
        if found:
            self.found_at = now
            return "SUCCESS"
        if now - (self.found_at or self.started_at) >= VERIFICATION_WINDOW:
            self.failed = True
            return "FAILED"
        return "PENDING"


def identity_type_of(name: str) -> str | None:
    """``EMAIL_ADDRESS`` or ``DOMAIN``, or None for a name that is neither."""
    if EMAIL_RE.match(name):
        return "EMAIL_ADDRESS"
    if DOMAIN_RE.match(name):
        return "DOMAIN"
    return None


def is_subdomain(name: str, domain: str) -> bool:
    """Whether ``name`` is a valid domain strictly below ``domain`` (what a MAIL FROM domain must be)."""
    return bool(DOMAIN_RE.match(name)) and name.lower().endswith(f".{domain.lower().rstrip('.')}")


def _find(items: dict[str, T], name: str, kind: str) -> T:
    """``items[name]``, or the NotFoundException SES answers for a missing ``kind``."""
    if name not in items:
        raise NotFoundException(f"{kind} {name} does not exist.")
    return items[name]


def _delete(items: dict[str, Any], name: str, kind: str) -> None:
    _find(items, name, kind)
    del items[name]


def _new_token() -> str:
    """A DKIM selector shaped like real SES ones (lowercase alphanumerics).

    ``mock_random`` is moto's RNG, so ``/moto-api/seed`` makes runs repeatable.
    """
    alphabet = string.ascii_lowercase + string.digits
    return "".join(mock_random.choice(alphabet) for _ in range(DKIM_TOKEN_LENGTH))


def _new_verification_token() -> str:
    """A domain verification token shaped like real SES ones (base64 of 32 bytes)."""
    raw = bytes(mock_random.getrandbits(8) for _ in range(VERIFICATION_TOKEN_BYTES))
    return base64.b64encode(raw).decode()


def txt_text(value: str) -> str:
    """The text of a TXT record given in presentation format: its strings joined, quotes and escapes removed."""
    try:
        rdata = dns.rdata.from_text("IN", "TXT", value)
    except (dns.exception.DNSException, ValueError):
        return value.strip()
    return b"".join(rdata.strings).decode(errors="replace")  # type: ignore[attr-defined]


def _dkim_public_key(record: str) -> RSAPublicKey | None:
    """The RSA key of a DKIM key record's ``p=`` tag (SubjectPublicKeyInfo or PKCS #1), if any."""
    tags = dict(
        (key.strip(), value) for key, _, value in (tag.partition("=") for tag in txt_text(record).split(";"))
    )
    encoded = "".join(tags.get("p", "").split())
    try:
        key = serialization.load_der_public_key(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return None
    return key if isinstance(key, RSAPublicKey) else None


def load_byodkim_private_key(encoded: str) -> RSAPrivateKey:
    """The BYODKIM private key: base64 of a PKCS #1 or PKCS #8 RSA key of 1024 to 2048 bits."""
    try:
        key = serialization.load_der_private_key(base64.b64decode(encoded, validate=True), password=None)
    except (binascii.Error, ValueError, TypeError) as error:
        raise BadRequestException(
            "Invalid DomainSigningPrivateKey: it must be a base64-encoded RSA private key"
            " (PKCS #1 or PKCS #8, without the PEM header and footer lines)."
        ) from error
    if not isinstance(key, RSAPrivateKey):
        raise BadRequestException("Invalid DomainSigningPrivateKey: the key must be an RSA key.")
    if key.key_size not in BYODKIM_KEY_SIZES:
        raise BadRequestException(
            f"Invalid DomainSigningPrivateKey: the key is {key.key_size}-bit;"
            " it must use 1024-bit to 2048-bit RSA encryption."
        )
    return key


def _deed_region(origin: str) -> str | None:
    """The parent region a DEED origin names (``AWS_SES_EU_WEST_1`` -> ``eu-west-1``), else None."""
    if not origin.startswith(DEED_ORIGIN_PREFIX):
        return None
    return origin.removeprefix(DEED_ORIGIN_PREFIX).lower().replace("_", "-")


def _sns_topic_exists(arn: str) -> bool:
    """Whether the emulator's SNS (moto) has the topic; reading never creates a backend."""
    parts = arn.split(":")
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != "sns":
        return False
    region, account = parts[3], parts[4]
    account_backends = sns_backends.get(account)
    backend = account_backends.get(region) if account_backends else None
    return backend is not None and arn in backend.topics


def check_website_url(url: str) -> None:
    """PutAccountDetails' WebsiteURL: an absolute http(s) URL of a host, without spaces."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in WEBSITE_SCHEMES or not parts.hostname or any(
        character.isspace() for character in url
    ):
        raise BadRequestException(f"Invalid WebsiteURL {url!r}: it must be an http:// or https:// URL.")


@dataclass
class EmailIdentity:
    """A domain or email-address identity, shared by both SES APIs.

    A domain has a verification token (the v1 ``_amazonses`` TXT record) and,
    once started, DKIM: Easy DKIM (three tokens), DEED (the tokens of a parent
    identity in another region) or BYODKIM (one selector). A domain created
    with SES v1's ``VerifyDomainIdentity`` has no DKIM until ``VerifyDomainDkim``
    or ``PutEmailIdentityDkimSigningAttributes``: no tokens, status NOT_STARTED.
    ``clock`` is its backend's: the time SES searches and generates keys by.
    """

    name: str
    identity_type: str
    account_id: str
    region: str
    verification_token: str = ""
    tokens: list[str] = field(default_factory=list)
    signing_origin: str = EASY_DKIM_ORIGIN
    signing_enabled: bool = True
    next_key_length: str = DEFAULT_KEY_LENGTH
    current_key_length: str = DEFAULT_KEY_LENGTH
    key_generated_at: datetime = field(default_factory=utcnow)
    byodkim_public_key: RSAPublicKey | None = None
    clock: Callable[[], datetime] = field(default=utcnow, repr=False, compare=False)
    txt_search: DnsSearch | None = None
    dkim_search: DnsSearch | None = None
    mail_from_search: DnsSearch | None = None
    configuration_set_name: str | None = None
    feedback_forwarding: bool = True
    mail_from_domain: str = ""
    behavior_on_mx_failure: str = DEFAULT_BEHAVIOR_ON_MX_FAILURE
    policies: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def domain(self) -> str:
        """The DNS domain whose records verify this identity."""
        match = EMAIL_RE.match(self.name)
        return match.group("domain") if match else self.name

    @property
    def dkim_started(self) -> bool:
        return self.identity_type == "DOMAIN" and bool(self.tokens)

    def rotate_keys(self, key_length: str) -> None:
        """Start Easy DKIM with fresh tokens, as SES does on create or origin change."""
        self.signing_origin = EASY_DKIM_ORIGIN
        self.tokens = [_new_token() for _ in range(DKIM_TOKEN_COUNT)]
        self.next_key_length = self.current_key_length = key_length
        self.key_generated_at = self.clock()
        self.byodkim_public_key = None
        self.dkim_search = self.new_search()

    def replicate(self, parent: "EmailIdentity", origin: str) -> None:
        """DEED: sign as the parent identity does, with its tokens (so its DNS records verify this one)."""
        self.signing_origin = origin
        self.tokens = list(parent.tokens)
        self.next_key_length = parent.next_key_length
        self.current_key_length = parent.current_key_length
        self.key_generated_at = parent.key_generated_at
        self.byodkim_public_key = None
        self.dkim_search = self.new_search()

    def bring_own_key(self, signing: dict[str, Any]) -> None:
        """BYODKIM: a selector and a valid private key, and no Easy DKIM key length."""
        selector = signing.get("DomainSigningSelector")
        private_key = signing.get("DomainSigningPrivateKey")
        if not (selector and private_key) or signing.get("NextSigningKeyLength"):
            raise BadRequestException(
                "BYODKIM needs DomainSigningSelector and DomainSigningPrivateKey"
                " and no NextSigningKeyLength."
            )
        self.byodkim_public_key = load_byodkim_private_key(private_key).public_key()
        self.signing_origin = EXTERNAL_ORIGIN
        self.tokens = [selector]
        self.dkim_search = self.new_search()

    def new_search(self) -> DnsSearch:
        """A search for DNS records starting now (a new verification attempt)."""
        return DnsSearch(self.clock())

    def restart_failed_txt_search(self) -> None:
        """Start again a verification by TXT record that FAILED (SES v1's VerifyDomainIdentity does)."""
        if self.txt_status() == "FAILED":
            self.txt_search = self.new_search()

    def restart_failed_dkim_search(self) -> None:
        """Start again a DKIM verification that FAILED (SES v1's VerifyDomainDkim does)."""
        if self.dkim_status() == "FAILED":
            self.dkim_search = self.new_search()

    def set_mail_from(self, mail_from_domain: str, behavior_on_mx_failure: str) -> None:
        """Set (and start looking for its MX record) or, with no domain, clear the MAIL FROM domain."""
        self.mail_from_domain = mail_from_domain
        self.behavior_on_mx_failure = behavior_on_mx_failure
        self.mail_from_search = self.new_search() if mail_from_domain else None

    def dkim_verified(self) -> bool:
        """Whether the DKIM records are published in the account's public zones."""
        if not self.dkim_started:
            return False
        if self.signing_origin == EXTERNAL_ORIGIN:
            selector = self.tokens[0]
            records = zones.lookup(f"{selector}._domainkey.{self.domain}", "TXT", self.account_id)
            wanted = self.byodkim_public_key.public_numbers() if self.byodkim_public_key else None
            return any(
                (key := _dkim_public_key(record)) is not None and key.public_numbers() == wanted
                for record in records
            )
        return all(
            f"{token}.{DKIM_HOSTED_ZONE}"
            in map(
                zones.normalize,
                zones.lookup(f"{token}._domainkey.{self.domain}", "CNAME", self.account_id),
            )
            for token in self.tokens
        )

    def dkim_status(self) -> str:
        """The DKIM status: NOT_STARTED without DKIM, else SUCCESS, PENDING or FAILED (``DnsSearch``)."""
        if not self.dkim_started:
            return "NOT_STARTED"
        if self.dkim_search is None:
            self.dkim_search = self.new_search()
        return self.dkim_search.status(self.dkim_verified(), self.clock())

    def txt_verified(self) -> bool:
        """Whether ``_amazonses.<domain>`` has a TXT record holding the verification token."""
        if self.identity_type != "DOMAIN" or not self.verification_token:
            return False
        name = f"{VERIFICATION_RECORD_PREFIX}.{self.domain}"
        return any(
            txt_text(record) == self.verification_token
            for record in zones.lookup(name, "TXT", self.account_id)
        )

    def txt_status(self) -> str:
        """The status of the verification by TXT record: NOT_STARTED without a token, else as ``DnsSearch``."""
        if self.identity_type != "DOMAIN" or not self.verification_token:
            return "NOT_STARTED"
        if self.txt_search is None:
            self.txt_search = self.new_search()
        return self.txt_search.status(self.txt_verified(), self.clock())

    def verification_status(self) -> str:
        """A domain's VerificationStatus: SUCCESS by its TXT record or its DKIM records, FAILED once both failed.

        (A domain without DKIM is verified by its TXT record alone.)
        """
        statuses = {self.txt_status(), self.dkim_status()} - {"NOT_STARTED"}
        for status in ("SUCCESS", "PENDING", "FAILED"):
            if status in statuses:
                return status
        return "NOT_STARTED"

    def domain_verified(self) -> bool:
        """A domain is verified by its verification TXT record or by its DKIM records."""
        return self.verification_status() == "SUCCESS"

    def mail_from_status(self) -> str | None:
        """The MAIL FROM domain's status (``DnsSearch`` for its MX record), or None without one."""
        if not self.mail_from_domain:
            return None
        if self.mail_from_search is None:
            self.mail_from_search = self.new_search()
        return self.mail_from_search.status(self.mail_from_verified(), self.clock())

    def mail_from_verified(self) -> bool:
        """Whether the MAIL FROM domain has the MX record SES asks for."""
        feedback_host = f"feedback-smtp.{self.region}.amazonses.com"
        return any(
            zones.normalize(record.split()[-1]) == feedback_host
            for record in zones.lookup(self.mail_from_domain, "MX", self.account_id)
            if record.split()
        )

    def dkim_attributes(self) -> dict[str, Any]:
        if self.identity_type != "DOMAIN":
            return {"SigningEnabled": False, "Status": "NOT_STARTED", "Tokens": []}
        if not self.dkim_started:
            return {
                "SigningEnabled": False,
                "Status": "NOT_STARTED",
                "Tokens": [],
                "SigningAttributesOrigin": self.signing_origin,
            }
        attributes: dict[str, Any] = {
            "SigningEnabled": self.signing_enabled,
            "Status": self.dkim_status(),
            "Tokens": list(self.tokens),
            "SigningAttributesOrigin": self.signing_origin,
        }
        if self.signing_origin != EXTERNAL_ORIGIN:
            attributes |= {
                "SigningHostedZone": DKIM_HOSTED_ZONE,
                "NextSigningKeyLength": self.next_key_length,
                "CurrentSigningKeyLength": self.current_key_length,
                "LastKeyGenerationTimestamp": self.key_generated_at,
            }
        return attributes

    def mail_from_attributes(self) -> dict[str, Any]:
        attributes: dict[str, Any] = {"BehaviorOnMxFailure": self.behavior_on_mx_failure}
        if self.mail_from_domain:
            attributes["MailFromDomain"] = self.mail_from_domain
            attributes["MailFromDomainStatus"] = self.mail_from_status()
        return attributes


@dataclass
class ConfigurationSet:
    """A configuration set; option blocks are kept exactly as the caller sent them."""

    name: str
    options: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    event_destinations: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def sending_enabled(self) -> bool:
        return bool((self.options.get("SendingOptions") or {}).get("SendingEnabled", True))

    @property
    def suppressed_reasons(self) -> list[str] | None:
        """The set's own SuppressionOptions reasons, which override the account's; None when it has none."""
        options = self.options.get("SuppressionOptions")
        return None if options is None else list(options.get("SuppressedReasons") or [])

    def describe(self) -> dict[str, Any]:
        # SES reports sending and reputation options even when never set.
        defaults = {
            "SendingOptions": {"SendingEnabled": True},
            "ReputationOptions": {"ReputationMetricsEnabled": False},
        }
        return {"ConfigurationSetName": self.name, **defaults, **self.options}


@dataclass
class Account:
    """Account-level settings; a new account starts in the sandbox.

    The send quota is the sandbox's or production's (``quota_overrides``
    stand for an increase AWS support granted). ``sent`` holds how many
    recipients each accepted message counted against the daily quota, and
    when; ``rate_tokens`` is the maximum send rate as a token bucket.
    """

    production_access: bool = False
    sending_enabled: bool = True
    dedicated_ip_auto_warmup: bool = False
    suppressed_reasons: list[str] = field(default_factory=lambda: list(DEFAULT_SUPPRESSED_REASONS))
    details: dict[str, Any] | None = None
    quota_overrides: dict[str, float] = field(default_factory=dict)
    sent: list[tuple[datetime, int]] = field(default_factory=list)
    rate_tokens: float | None = None
    rate_checked_at: datetime | None = None
    clock: Callable[[], datetime] = field(default=utcnow, repr=False, compare=False)

    def send_quota(self) -> dict[str, float]:
        quota = dict(PRODUCTION_QUOTA if self.production_access else SANDBOX_QUOTA) | self.quota_overrides
        return quota | {"SentLast24Hours": float(self.sent_last_24_hours())}

    def sent_last_24_hours(self) -> int:
        since = self.clock() - SENDING_WINDOW
        self.sent = [(moment, count) for moment, count in self.sent if moment > since]
        return sum(count for _, count in self.sent)

    def take_send_rate(self, recipients: int, now: datetime) -> bool:
        """Whether a message to ``recipients`` is within the maximum send rate; if so, it uses the rate up.

        A token bucket of ``MaxSendRate`` tokens refilled at ``MaxSendRate``
        per second. As SES does, a message is taken while any rate is left,
        whatever its recipient count, and a message to many recipients then
        holds the next ones back for as long as its recipients take at that
        rate ("if your send rate quota is one message per second, and you send
        a message to five recipients at once, Amazon SES lets you do that. For
        the next five seconds, though, Amazon will return errors").
        """
        rate = self.send_quota()["MaxSendRate"]
        capacity = max(rate, 1.0)
        tokens = capacity if self.rate_tokens is None or self.rate_checked_at is None else min(
            capacity, self.rate_tokens + max(0.0, (now - self.rate_checked_at).total_seconds()) * rate
        )
        self.rate_checked_at = now
        if tokens < 1 - RATE_TOLERANCE:
            self.rate_tokens = tokens
            return False
        self.rate_tokens = tokens - recipients
        return True

    def describe(self) -> dict[str, Any]:
        description: dict[str, Any] = {
            "DedicatedIpAutoWarmupEnabled": self.dedicated_ip_auto_warmup,
            "EnforcementStatus": "HEALTHY",
            "ProductionAccessEnabled": self.production_access,
            "SendQuota": self.send_quota(),
            "SendingEnabled": self.sending_enabled,
            "SuppressionAttributes": {"SuppressedReasons": self.suppressed_reasons},
        }
        if self.details is not None:
            description["Details"] = self.details
        return description


@dataclass
class SuppressedDestination:
    """An address on the account-level suppression list; ``message_id`` and ``feedback_id`` when SES added it."""

    email_address: str
    reason: str
    last_update_time: datetime
    message_id: str | None = None
    feedback_id: str | None = None

    def summary(self) -> dict[str, Any]:
        return {"EmailAddress": self.email_address, "Reason": self.reason, "LastUpdateTime": self.last_update_time}

    def describe(self) -> dict[str, Any]:
        attributes = {key: value for key, value in (("MessageId", self.message_id),
                                                    ("FeedbackId", self.feedback_id)) if value}
        return self.summary() | ({"Attributes": attributes} if attributes else {})


def _topic_of(arn: str) -> Any:
    """moto's SNS topic of ``arn``, or None; reading never creates a backend."""
    parts = arn.split(":")
    if len(parts) != 6 or parts[2] != "sns":
        return None
    account_backends = sns_backends.get(parts[4])
    backend = account_backends.get(parts[3]) if account_backends else None
    return backend.topics.get(arn) if backend is not None else None


class SesV2Backend(BaseBackend):
    """SES state of one account in one region: the identity store both SES APIs share, and SES v2's own."""

    def __init__(self, region_name: str, account_id: str):
        super().__init__(region_name, account_id)
        self.identities: dict[str, EmailIdentity] = {}
        self.configuration_sets: dict[str, ConfigurationSet] = {}
        self.account = Account(clock=self.now)
        # The account-level suppression list, by address as given (SES keeps the case; sending ignores it).
        self.suppressed: dict[str, SuppressedDestination] = {}
        # Events SES could not publish (``/_emulator/ses/undelivered-events``), oldest first.
        self.undelivered: list[dict[str, Any]] = []
        # How recipients' mail servers answer (``/_emulator/ses/mailboxes``), by lowercased address.
        self.mailboxes: dict[str, str] = {}
        self.sending_lock = threading.Lock()
        # How far this backend's clock is ahead of the real one (``advance_time``).
        self.time_advanced = timedelta()

    def now(self) -> datetime:
        """This account and region's SES time: the real time plus what ``advance_time`` added."""
        return utcnow() + self.time_advanced

    def advance_time(self, hours: object) -> dict[str, dict[str, str]]:
        """Admin-only: let ``hours`` pass for SES here, with the DNS as it is now.

        SES checks every search before the clock moves (it would have found
        the records that are there now) and again after it (those that ran
        out of time are FAILED). Answers each identity's statuses.
        """
        if not isinstance(hours, (int, float)) or isinstance(hours, bool) or not 0 < hours < float("inf"):
            raise BadRequestException("hours must be a positive number")
        self.identity_statuses()
        self.time_advanced += timedelta(hours=hours)
        return self.identity_statuses()

    def identity_statuses(self) -> dict[str, dict[str, str]]:
        """Each identity's VerificationStatus, DKIM status and (if it has one) MAIL FROM domain status."""
        result: dict[str, dict[str, str]] = {}
        for identity in list(self.identities.values()):
            statuses = {"VerificationStatus": self.verification_status(identity),
                        "DkimStatus": identity.dkim_status()}
            mail_from = identity.mail_from_status()
            if mail_from is not None:
                statuses["MailFromDomainStatus"] = mail_from
            result[identity.name] = statuses
        return result

    # Identities

    def new_identity(self, name: str, identity_type: str, **attributes: Any) -> EmailIdentity:
        """A new identity of this account and region (not stored yet).

        A domain gets its verification token whichever API creates it.
        """
        identity = EmailIdentity(
            name=name,
            identity_type=identity_type,
            account_id=self.account_id,
            region=self.region_name,
            key_generated_at=self.now(),
            clock=self.now,
            **attributes,
        )
        if identity_type == "DOMAIN":
            identity.verification_token = _new_verification_token()
            identity.txt_search = identity.new_search()
        return identity

    def add_identity(self, name: str, identity_type: str) -> EmailIdentity:
        identity = self.identities[name] = self.new_identity(name, identity_type)
        return identity

    def create_email_identity(
        self,
        name: str,
        tags: dict[str, str],
        signing: dict[str, Any] | None,
        configuration_set_name: str | None,
    ) -> EmailIdentity:
        if name in self.identities:
            raise AlreadyExistsException(f"Email identity {name} already exist.")
        if configuration_set_name:
            self.get_configuration_set(configuration_set_name)
        identity_type = identity_type_of(name)
        if identity_type is None:
            raise BadRequestException(f"Invalid email identity: {name}")
        if identity_type != "DOMAIN" and signing:
            raise BadRequestException("DKIM signing attributes apply to domain identities only.")
        signing = signing or {}
        identity = self.new_identity(
            name, identity_type, configuration_set_name=configuration_set_name, tags=tags
        )
        parent = self._deed_parent(name, signing) if identity_type == "DOMAIN" else None
        if parent is not None:
            identity.replicate(parent, signing["DomainSigningAttributesOrigin"])
        elif identity_type == "DOMAIN":
            identity.rotate_keys(signing.get("NextSigningKeyLength") or DEFAULT_KEY_LENGTH)
            if signing.get("DomainSigningSelector") or signing.get("DomainSigningPrivateKey"):
                identity.bring_own_key(signing)
        self.identities[name] = identity
        return identity

    def _deed_parent(self, name: str, signing: dict[str, Any]) -> EmailIdentity | None:
        """The parent identity a CreateEmailIdentity ``DomainSigningAttributesOrigin`` names (DEED).

        AWS documents, for CreateEmailIdentity: allowed values are all except
        AWS_SES and EXTERNAL; the parent "must already exist in the specified
        Amazon Web Services Region and have Easy DKIM configured".
        """
        origin = signing.get("DomainSigningAttributesOrigin")
        if not origin:
            return None
        region = _deed_region(origin)
        if region is None:
            raise BadRequestException(
                f"Invalid DomainSigningAttributesOrigin {origin}: CreateEmailIdentity accepts only"
                " AWS_SES_<REGION> (Deterministic Easy DKIM); for Easy DKIM or BYODKIM leave it out."
            )
        own_settings = ("DomainSigningSelector", "DomainSigningPrivateKey", "NextSigningKeyLength")
        if any(signing.get(key) for key in own_settings):
            raise BadRequestException(
                "A replica identity (DomainSigningAttributesOrigin AWS_SES_<REGION>) takes its DKIM settings"
                " from its parent identity: leave out DomainSigningSelector, DomainSigningPrivateKey and"
                " NextSigningKeyLength."
            )
        account_backends = sesv2_backends.get(self.account_id)
        backend = account_backends.get(region) if account_backends else None
        parent = backend.identities.get(name) if backend is not None and backend is not self else None
        if parent is None or not parent.dkim_started or parent.signing_origin != EASY_DKIM_ORIGIN:
            raise BadRequestException(
                f"Parent identity {name} must already exist in region {region} and have Easy DKIM configured."
            )
        return parent

    def get_email_identity(self, name: str) -> EmailIdentity:
        return _find(self.identities, name, "Email identity")

    def delete_email_identity(self, name: str) -> None:
        _delete(self.identities, name, "Email identity")

    @paginate(pagination_model=PAGINATION_MODEL)
    def list_email_identities(self) -> list[EmailIdentity]:
        return list(self.identities.values())

    @paginate(pagination_model=PAGINATION_MODEL)
    def list_identities(self, identity_type: str | None = None) -> list[EmailIdentity]:
        """Identities of one type (``DOMAIN``, ``EMAIL_ADDRESS``) or all, for SES v1's ListIdentities."""
        return [
            identity
            for identity in self.identities.values()
            if identity_type is None or identity.identity_type == identity_type
        ]

    def verification_status(self, identity: EmailIdentity) -> str:
        """Domains verify through their TXT record or DKIM; addresses follow their domain's identity.

        (There is no verification mail to click: an address without its
        domain's identity stays PENDING.)
        """
        if identity.identity_type == "DOMAIN":
            return identity.verification_status()
        domain_identity = self.identities.get(identity.domain)
        return domain_identity.verification_status() if domain_identity else "PENDING"

    def is_verified(self, identity: EmailIdentity) -> bool:
        return self.verification_status(identity) == "SUCCESS"

    def verify_domain_identity(self, name: str) -> EmailIdentity:
        """SES v1 VerifyDomainIdentity: the domain's identity, created (without DKIM) if new.

        For a domain whose verification FAILED, this is how SES v1 restarts it.
        """
        identity = self.identities.get(name)
        if identity is None:
            return self.add_identity(name, "DOMAIN")
        identity.restart_failed_txt_search()
        return identity

    def verify_domain_dkim(self, name: str) -> EmailIdentity:
        """SES v1 VerifyDomainDkim: the domain's identity with Easy DKIM started (created if new).

        An identity that already signs with Easy DKIM (or DEED) keeps its tokens
        (and its DKIM verification starts again if it FAILED); one without DKIM,
        or with BYODKIM, starts Easy DKIM with fresh tokens.
        """
        identity = self.identities.get(name) or self.add_identity(name, "DOMAIN")
        if not identity.dkim_started or identity.signing_origin == EXTERNAL_ORIGIN:
            identity.rotate_keys(identity.next_key_length or DEFAULT_KEY_LENGTH)
            identity.signing_enabled = True
        else:
            identity.restart_failed_dkim_search()
        return identity

    def verify_email_identity(self, name: str) -> EmailIdentity:
        """SES v1 VerifyEmailIdentity / VerifyEmailAddress: the address's identity, created if new."""
        identity = self.identities.get(name)
        return identity if identity is not None else self.add_identity(name, "EMAIL_ADDRESS")

    def put_email_identity_dkim_signing_attributes(
        self, name: str, origin: str, signing: dict[str, Any] | None
    ) -> EmailIdentity:
        """Switch to Easy DKIM (AWS_SES) or BYODKIM (EXTERNAL), or change the next key length.

        AWS documents only AWS_SES and EXTERNAL for ``SigningAttributesOrigin``
        here, and no ``DomainSigningAttributesOrigin`` at all: a DEED replica is
        made with CreateEmailIdentity.
        """
        identity = self.get_email_identity(name)
        if identity.identity_type != "DOMAIN":
            raise BadRequestException("DKIM signing attributes apply to domain identities only.")
        signing = signing or {}
        if signing.get("DomainSigningAttributesOrigin"):
            raise BadRequestException(
                "SigningAttributes.DomainSigningAttributesOrigin is not allowed in"
                " PutEmailIdentityDkimSigningAttributes: use SigningAttributesOrigin."
            )
        if origin == EXTERNAL_ORIGIN:
            identity.bring_own_key(signing)
        elif origin != EASY_DKIM_ORIGIN:
            raise BadRequestException(
                f"Invalid SigningAttributesOrigin {origin}: PutEmailIdentityDkimSigningAttributes accepts"
                " AWS_SES or EXTERNAL; a DEED replica is created with CreateEmailIdentity."
            )
        elif signing.get("DomainSigningSelector") or signing.get("DomainSigningPrivateKey"):
            raise BadRequestException(
                "DomainSigningSelector and DomainSigningPrivateKey need SigningAttributesOrigin EXTERNAL."
            )
        elif not identity.dkim_started or identity.signing_origin != EASY_DKIM_ORIGIN:
            identity.rotate_keys(signing.get("NextSigningKeyLength") or DEFAULT_KEY_LENGTH)
        elif signing.get("NextSigningKeyLength"):
            identity.next_key_length = signing["NextSigningKeyLength"]
        return identity

    def put_email_identity_dkim_attributes(self, name: str, signing_enabled: bool) -> None:
        self.get_email_identity(name).signing_enabled = signing_enabled

    def put_email_identity_configuration_set_attributes(
        self, name: str, configuration_set_name: str | None
    ) -> None:
        """Attach a configuration set to the identity, or detach it (no name)."""
        identity = self.get_email_identity(name)
        if configuration_set_name:
            self.get_configuration_set(configuration_set_name)
        identity.configuration_set_name = configuration_set_name or None

    def put_email_identity_feedback_attributes(self, name: str, forwarding_enabled: bool) -> None:
        self.get_email_identity(name).feedback_forwarding = forwarding_enabled

    def put_email_identity_mail_from_attributes(
        self, name: str, mail_from_domain: str | None, behavior_on_mx_failure: str | None
    ) -> None:
        """Set the MAIL FROM domain (a subdomain of the identity's), or clear it (none)."""
        identity = self.get_email_identity(name)
        mail_from = (mail_from_domain or "").rstrip(".")
        if mail_from and not is_subdomain(mail_from, identity.domain):
            raise BadRequestException(
                f"MAIL FROM domain {mail_from} must be a subdomain of {identity.domain}."
            )
        identity.set_mail_from(mail_from, behavior_on_mx_failure or DEFAULT_BEHAVIOR_ON_MX_FAILURE)

    def create_email_identity_policy(self, name: str, policy_name: str, policy: str) -> None:
        policies = self.get_email_identity(name).policies
        if policy_name in policies:
            raise AlreadyExistsException(f"Policy {policy_name} already exists.")
        policies[policy_name] = policy

    def update_email_identity_policy(self, name: str, policy_name: str, policy: str) -> None:
        # Like an upsert: a policy that does not exist yet is created.
        self.get_email_identity(name).policies[policy_name] = policy

    def delete_email_identity_policy(self, name: str, policy_name: str) -> None:
        self.get_email_identity(name).policies.pop(policy_name, None)

    def get_email_identity_policies(self, name: str) -> dict[str, str]:
        return self.get_email_identity(name).policies

    # Configuration sets

    def create_configuration_set(
        self, name: str, options: dict[str, Any], tags: dict[str, str]
    ) -> None:
        if not CONFIGURATION_SET_NAME_RE.match(name):
            raise BadRequestException(
                f"Invalid configuration set name {name!r}: it can contain up to 64 characters,"
                " letters, numbers, hyphens (-) and underscores (_) only."
            )
        if name in self.configuration_sets:
            raise AlreadyExistsException(f"Configuration set {name} already exists.")
        self.configuration_sets[name] = ConfigurationSet(name, options, tags)

    def get_configuration_set(self, name: str) -> ConfigurationSet:
        return _find(self.configuration_sets, name, "Configuration set")

    def delete_configuration_set(self, name: str) -> None:
        _delete(self.configuration_sets, name, "Configuration set")

    @paginate(pagination_model=PAGINATION_MODEL)
    def list_configuration_sets(self) -> list[ConfigurationSet]:
        return list(self.configuration_sets.values())

    def put_configuration_set_options(self, name: str, key: str, block: dict[str, Any]) -> None:
        """Replace one option block (``DeliveryOptions``...), as the PutConfigurationSet*Options do."""
        self.get_configuration_set(name).options[key] = block

    def put_configuration_set_event_destination(
        self, set_name: str, name: str, definition: dict[str, Any], *, create: bool
    ) -> None:
        """Create (``create``) or replace an event destination, as the Create/Update operations do."""
        destinations = self.get_configuration_set(set_name).event_destinations
        if create and name in destinations:
            raise AlreadyExistsException(f"Event destination {name} already exists.")
        if not create:
            _find(destinations, name, "Event destination")
        if not definition.get("MatchingEventTypes"):
            raise BadRequestException("MatchingEventTypes must not be empty.")
        topic_arn = (definition.get("SnsDestination") or {}).get("TopicArn")
        if topic_arn is not None and not _sns_topic_exists(topic_arn):
            # SES answers InvalidSNSDestination "SNS topic <arn> not found." in v1; v2 models it as a bad request.
            raise BadRequestException(f"SNS topic <{topic_arn}> not found.")
        bus_arn = (definition.get("EventBridgeDestination") or {}).get("EventBusArn")
        if bus_arn is not None and not DEFAULT_EVENT_BUS_RE.match(bus_arn):
            raise BadRequestException(
                f"Invalid EventBusArn {bus_arn}: only the default event bus is supported."
            )
        destinations[name] = {"Name": name, "Enabled": False, **definition}

    def delete_configuration_set_event_destination(self, set_name: str, name: str) -> None:
        destinations = self.get_configuration_set(set_name).event_destinations
        _delete(destinations, name, "Event destination")

    def get_configuration_set_event_destinations(self, set_name: str) -> list[dict[str, Any]]:
        return list(self.get_configuration_set(set_name).event_destinations.values())

    # Tags

    def _tagged_resource(self, arn: str) -> EmailIdentity | ConfigurationSet:
        """The identity or configuration set an ARN names.

        Only the resource part is used: Terraform with
        ``skip_requesting_account_id`` sends ARNs with an empty account field.
        """
        resource = arn.split(":", 5)[-1]
        kind, _, name = resource.partition("/")
        if kind == "identity":
            return self.get_email_identity(name)
        if kind == "configuration-set":
            return self.get_configuration_set(name)
        raise NotFoundException(f"Resource {arn} does not exist.")

    def tag_resource(self, arn: str, tags: dict[str, str]) -> None:
        self._tagged_resource(arn).tags.update(tags)

    def untag_resource(self, arn: str, keys: list[str]) -> None:
        tags = self._tagged_resource(arn).tags
        for key in keys:
            tags.pop(key, None)

    def list_tags_for_resource(self, arn: str) -> dict[str, str]:
        return self._tagged_resource(arn).tags

    # Account

    def get_account(self) -> Account:
        return self.account

    def put_account_details(self, details: dict[str, Any]) -> None:
        """Record the details; asking for production access opens a review case."""
        check_website_url(details["WebsiteURL"])
        requested = details.pop("ProductionAccessEnabled", True)
        review: dict[str, Any] | None = (self.account.details or {}).get("ReviewDetails")
        if requested and not self.account.production_access:
            review = {"Status": "PENDING", "CaseId": str(mock_random.uuid4())}
        self.account.details = details | ({"ReviewDetails": review} if review else {})

    def put_account_suppression_attributes(self, reasons: list[str]) -> None:
        self.account.suppressed_reasons = list(dict.fromkeys(reasons))

    def put_account_sending_attributes(self, sending_enabled: bool) -> None:
        self.account.sending_enabled = sending_enabled

    def set_send_quota(self, quota: dict[str, Any]) -> Account:
        """Admin-only: the sending quotas AWS support granted (``Max24HourSend``, ``MaxSendRate``)."""
        for key, value in quota.items():
            if key not in QUOTA_KEYS:
                raise BadRequestException(f"unknown quota {key}: set {' or '.join(QUOTA_KEYS)}")
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < float("inf"):
                raise BadRequestException(f"{key} must be a positive number")
        self.account.quota_overrides |= {key: float(value) for key, value in quota.items()}
        return self.account

    def decide_production_access(self, decision: str) -> Account:
        """Admin-only: conclude the review as AWS support would."""
        if decision not in REVIEW_DECISIONS:
            raise BadRequestException(f"decision must be one of {REVIEW_DECISIONS}")
        details = self.account.details or {}
        review = details.get("ReviewDetails") or {"CaseId": str(mock_random.uuid4())}
        self.account.details = details | {"ReviewDetails": review | {"Status": decision}}
        self.account.production_access = decision == "GRANTED"
        return self.account

    # Sending

    def sending_identity(self, address: str) -> EmailIdentity | None:
        """The verified identity that lets ``address`` send: the address's own, else its domain's."""
        bare = outbound.bare_address(address).lower()
        candidates = [name for name in self.identities if name.lower() in (bare, bare.rpartition("@")[2])]
        candidates.sort(key=lambda name: "@" not in name)  # the address before its domain
        return next((self.identities[name] for name in candidates if self.is_verified(self.identities[name])), None)

    def send_email(
        self,
        draft: outbound.Draft,
        *,
        configuration_set_name: str | None,
        tags: dict[str, str],
        feedback_address: str | None,
        tenant: str | None,
        source_ip: str,
        caller_identity: str,
    ) -> outbound.Mail:
        """Accept a message as SES does, then publish what happens to it.

        In this order: the tenant and configuration set must exist; sending
        must be enabled for the account and the set; the sender (and the
        feedback address) must be verified identities, and in the sandbox
        every recipient too, or a mailbox simulator address ("Email address is
        not verified. The following identities failed the check in region
        EU-WEST-3: ..."); a MAIL FROM domain that is not verified refuses the
        message when its identity says REJECT_MESSAGE; then the daily quota
        (refused only once used up, "Daily message quota exceeded") and the
        maximum send rate ("Maximum sending rate exceeded"). Every recipient
        counts toward the rate; simulator recipients do not count toward the
        daily quota or ``SentLast24Hours`` (developer guide: "Emails that you
        send to the mailbox simulator are limited by your account's maximum
        sending rate, but they don't affect your daily sending quota").
        """
        if tenant:
            raise NotFoundException(f"Tenant {tenant} does not exist.")
        configuration_set = self.get_configuration_set(configuration_set_name) if configuration_set_name else None
        if not self.account.sending_enabled:
            raise SendingPausedException("Sending is paused for this account.")
        if configuration_set is not None and not configuration_set.sending_enabled:
            raise SendingPausedException(f"Sending is paused for configuration set {configuration_set.name}.")
        identity = self.sending_identity(draft.source)
        unverified = [] if identity is not None else [draft.source]
        if feedback_address and self.sending_identity(feedback_address) is None:
            unverified.append(feedback_address)
        if not self.account.production_access:
            unverified += [recipient for recipient in draft.recipients if outbound.simulator_outcome(recipient) is None
                           and self.sending_identity(recipient) is None]
        if unverified:
            names = ", ".join(dict.fromkeys(outbound.bare_address(address) for address in unverified))
            raise MessageRejected(
                "Email address is not verified. The following identities failed the check in region"
                f" {self.region_name.upper()}: {names}"
            )
        assert identity is not None
        if (identity.mail_from_domain and identity.behavior_on_mx_failure == "REJECT_MESSAGE"
                and identity.mail_from_status() != "SUCCESS"):
            raise MailFromDomainNotVerifiedException(
                f"The MAIL FROM domain {identity.mail_from_domain} of identity {identity.name} is not verified, and"
                " the identity's BehaviorOnMxFailure is REJECT_MESSAGE."
            )
        counted = sum(outbound.simulator_outcome(recipient) is None for recipient in draft.recipients)
        with self.sending_lock:
            now = self.now()
            quota = self.account.send_quota()
            if quota["SentLast24Hours"] >= quota["Max24HourSend"]:
                raise LimitExceededException("Daily message quota exceeded.")
            if not self.account.take_send_rate(len(draft.recipients), now):
                raise TooManyRequestsException("Maximum sending rate exceeded.")
            self.account.sent.append((now, counted))
        if configuration_set is None and identity.configuration_set_name:
            configuration_set = self.configuration_sets.get(identity.configuration_set_name)
        mail = outbound.Mail(
            message_id=outbound.ses_id(now),
            timestamp=now,
            draft=draft,
            region=self.region_name,
            account_id=self.account_id,
            source_arn=f"arn:{self.partition}:ses:{self.region_name}:{self.account_id}:identity/{identity.name}",
            source_ip=source_ip,
            caller_identity=caller_identity,
            configuration_set=configuration_set.name if configuration_set else None,
            tags=tags,
        )
        self._process(mail, configuration_set)
        return mail

    def suppressed_reasons_for(self, configuration_set: ConfigurationSet | None) -> list[str]:
        """The reasons that suppress and add to the list: the set's SuppressionOptions, else the account's."""
        own = configuration_set.suppressed_reasons if configuration_set is not None else None
        return own if own is not None else list(self.account.suppressed_reasons)

    def _process(self, mail: outbound.Mail, configuration_set: ConfigurationSet | None) -> None:
        """What happens to each recipient, and the event records SES publishes about it.

        With the suppression list in use (any suppressed reason, from the set
        or else the account), a recipient on it is not sent to: a Bounce,
        Permanent, OnAccountSuppressionList. The simulator's addresses do what
        ``outbound.SIMULATOR_OUTCOMES`` says; other addresses are delivered,
        or answered as ``/_emulator/ses/mailboxes`` set. A hard bounce or a
        complaint from a real address (not the simulator's: "The mailbox
        simulator email address isn't placed on the Amazon SES suppression
        list, which would normally happen when a hard bounce occurs") adds it to
        the list when the reasons in force include BOUNCE, or COMPLAINT.
        Records: Send, then one Delivery per delivered recipient, one Bounce
        per kind of bounce (the simulator "combines the bounce responses into a
        single response"), one Complaint per complaining recipient.
        """
        reasons = self.suppressed_reasons_for(configuration_set)
        kinds: dict[str, list[str]] = {"deliver": [], "General": [], "Suppressed": [],
                                       "OnAccountSuppressionList": [], "complaint": []}
        real_bounces: list[str] = []
        real_complaints: list[str] = []
        for recipient in mail.draft.recipients:
            if reasons and self._suppressed_entry(recipient) is not None:
                kinds["OnAccountSuppressionList"].append(recipient)
                continue
            simulated = outbound.simulator_outcome(recipient)
            outcome = simulated or self.mailboxes.get(outbound.bare_address(recipient).lower(), "deliver")
            if outcome == "bounce":
                kinds["General"].append(recipient)
                if simulated is None:
                    real_bounces.append(recipient)
            elif outcome == "suppressed":
                kinds["Suppressed"].append(recipient)
            else:
                kinds["deliver"].append(recipient)
                if outcome == "complaint":
                    kinds["complaint"].append(recipient)
                    if simulated is None:
                        real_complaints.append(recipient)
        records = [outbound.send_record(mail)]
        records += [outbound.delivery_record(mail, recipient, self.now()) for recipient in kinds["deliver"]]
        for sub_type in ("General", "Suppressed", "OnAccountSuppressionList"):
            if kinds[sub_type]:
                records.append(outbound.bounce_record(mail, kinds[sub_type], sub_type, self.now()))
                if sub_type == "General" and "BOUNCE" in reasons:
                    for recipient in real_bounces:
                        self._suppress(recipient, "BOUNCE", mail.message_id, records[-1]["bounce"]["feedbackId"])
        for recipient in kinds["complaint"]:
            records.append(outbound.complaint_record(mail, recipient, self.now()))
            if recipient in real_complaints and "COMPLAINT" in reasons:
                self._suppress(recipient, "COMPLAINT", mail.message_id, records[-1]["complaint"]["feedbackId"])
        for record in records:
            self._publish(mail, configuration_set, record)

    def _publish(self, mail: outbound.Mail, configuration_set: ConfigurationSet | None, record: dict[str, Any]) -> None:
        """Publish ``record`` to each enabled destination of the set that matches its type.

        Only SNS destinations are emulated, and only standard topics ("SES does
        not support FIFO type topics"). SES publishes as the service
        principal ``ses.amazonaws.com`` for the account, with the set's ARN as
        ``aws:SourceArn`` (the topic policy the developer guide gives for
        event publishing), so the topic's access policy must allow that; when it
        does not, or the topic is gone, AWS drops the event without a word.
        Here the event is kept with the reason (``undelivered``).
        """
        if configuration_set is None:
            return
        event_type = EVENT_TYPES[record["eventType"]]
        set_arn = (f"arn:{self.partition}:ses:{self.region_name}:{self.account_id}"
                   f":configuration-set/{configuration_set.name}")
        for name, destination in configuration_set.event_destinations.items():
            if not destination.get("Enabled") or event_type not in destination.get("MatchingEventTypes", []):
                continue
            topic_arn = (destination.get("SnsDestination") or {}).get("TopicArn")
            if topic_arn is None:
                kind = next((key for key in destination if key.endswith("Destination")), "destination")
                self._undelivered(mail, record, configuration_set.name, name, kind,
                                  "the emulator publishes events to SNS destinations only")
                continue
            topic = _topic_of(topic_arn)
            if topic is None:
                self._undelivered(mail, record, configuration_set.name, name, topic_arn,
                                  f"the SNS topic {topic_arn} does not exist")
                continue
            if topic.fifo_topic:
                self._undelivered(mail, record, configuration_set.name, name, topic_arn,
                                  "SES publishes to standard topics only, not FIFO topics")
                continue
            decision = policies.evaluate(topic.policy, policies.Request(
                service_principal=SES_PRINCIPAL, action="SNS:Publish", resource=topic_arn,
                context={"aws:SourceAccount": self.account_id, "aws:SourceArn": set_arn,
                         "aws:SourceOwner": self.account_id},
            ))
            if not decision.allowed:
                self._undelivered(mail, record, configuration_set.name, name, topic_arn,
                                  f"the topic policy does not let SES publish: {decision.reason}")
                continue
            try:
                topic.publish(json.dumps(record, separators=(",", ":")))
            except (ServiceException, ValueError) as error:  # what SNS refuses never fails the SendEmail
                self._undelivered(mail, record, configuration_set.name, name, topic_arn, f"SNS refused it: {error}")

    def _undelivered(self, mail: outbound.Mail, record: dict[str, Any], set_name: str, destination_name: str,
                     target: str, reason: str) -> None:
        self.undelivered.append({
            "time": outbound.iso_timestamp(self.now()),
            "messageId": mail.message_id,
            "eventType": record["eventType"],
            "configurationSet": set_name,
            "eventDestination": destination_name,
            "destination": target,
            "reason": reason,
        })

    def set_mailbox(self, address: object, behavior: object) -> str:
        """Admin-only: how the mail server of ``address`` answers (``deliver``, ``bounce``, ``complaint``)."""
        if not isinstance(address, str) or "@" not in address:
            raise BadRequestException("address must be an email address")
        if behavior not in MAILBOX_BEHAVIORS:
            raise BadRequestException(f"behavior must be one of {MAILBOX_BEHAVIORS}")
        if outbound.simulator_outcome(address) is not None:
            raise BadRequestException("the mailbox simulator's addresses answer as AWS documents them")
        self.mailboxes[address.lower()] = str(behavior)
        return str(behavior)

    # Suppression list

    def _suppressed_entry(self, address: str) -> SuppressedDestination | None:
        """The entry for ``address`` whatever its case: sending treats addresses case-insensitively."""
        bare = outbound.bare_address(address).lower()
        return next((entry for key, entry in self.suppressed.items() if key.lower() == bare), None)

    def _suppress(self, address: str, reason: str, message_id: str | None, feedback_id: str | None) -> None:
        existing = self._suppressed_entry(address)
        key = existing.email_address if existing is not None else outbound.bare_address(address)
        self.suppressed[key] = SuppressedDestination(key, reason, self.now(), message_id, feedback_id)

    @staticmethod
    def _no_tenant(tenant: str | None) -> None:
        if tenant:
            raise NotFoundException(f"Tenant {tenant} does not exist.")

    def put_suppressed_destination(self, address: str, reason: str, tenant: str | None) -> None:
        """Add ``address`` (or update its reason). SES keeps the address's case, and the API matches it exactly."""
        self._no_tenant(tenant)
        outbound.check_address(address, "EmailAddress")
        if outbound.bare_address(address) != address.strip():
            raise BadRequestException(f"Invalid EmailAddress {address}: give the address only, without a name.")
        self.suppressed[address] = SuppressedDestination(address, reason, self.now())

    def get_suppressed_destination(self, address: str, tenant: str | None) -> SuppressedDestination:
        self._no_tenant(tenant)
        if address not in self.suppressed:
            raise NotFoundException(f"Email address {address} does not exist on your suppression list.")
        return self.suppressed[address]

    def delete_suppressed_destination(self, address: str, tenant: str | None) -> None:
        self.get_suppressed_destination(address, tenant)
        del self.suppressed[address]

    def list_suppressed_destinations(
        self,
        *,
        reasons: list[str] | None,
        start: datetime | None,
        end: datetime | None,
        next_token: str | None,
        page_size: int | None,
        tenant: str | None,
    ) -> tuple[list[SuppressedDestination], str | None]:
        """Entries with one of ``reasons``, updated after ``start`` and before ``end``, most recent first.

        ``next_token`` is opaque to callers: the position in the filtered
        list, with the filter it was made for, so a token used with other
        filters is refused as invalid.
        """
        self._no_tenant(tenant)
        size = SUPPRESSION_PAGE_SIZE if page_size is None else page_size
        if not 1 <= size <= SUPPRESSION_PAGE_SIZE:
            raise BadRequestException(f"PageSize must be from 1 to {SUPPRESSION_PAGE_SIZE}.")
        entries = sorted(
            (entry for entry in self.suppressed.values()
             if (not reasons or entry.reason in reasons)
             and (start is None or entry.last_update_time >= start)
             and (end is None or entry.last_update_time <= end)),
            key=lambda entry: (entry.last_update_time, entry.email_address), reverse=True,
        )
        fingerprint = json.dumps([sorted(reasons or []), str(start), str(end)])
        offset = 0
        if next_token is not None:
            try:
                token = json.loads(base64.urlsafe_b64decode(next_token.encode()))
                offset = int(token["offset"])
                valid = token["filter"] == fingerprint and 0 <= offset <= len(entries)
            except (ValueError, TypeError, KeyError, binascii.Error):
                valid = False
            if not valid:
                raise InvalidNextTokenException("The NextToken is not valid for this request.")
        page = entries[offset:offset + size]
        if offset + size >= len(entries):
            return page, None
        token_text = json.dumps({"offset": offset + size, "filter": fingerprint})
        return page, base64.urlsafe_b64encode(token_text.encode()).decode()


sesv2_backends = BackendDict(SesV2Backend, "sesv2")
