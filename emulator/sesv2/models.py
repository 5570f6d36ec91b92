"""State and rules of the emulated SES v2 API: identities, configuration sets and the account.

One ``SesV2Backend`` exists per account and region, held in a moto
``BackendDict`` so that ``/moto-api/reset`` clears it with everything else.
Its public methods are named after the operations they implement, and hold
each operation's own checks (existence, identity kinds, DKIM and MAIL FROM
rules); the checks every operation shares (required members, enums, lengths)
are made on the request in ``responses``.

Verification is never stored: DKIM and MAIL FROM statuses are computed on
every read from the emulated Route 53 zones of the same account, so they track
the DNS records as they are created and deleted.
"""

import re
import string
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from moto.core.base_backend import BackendDict, BaseBackend
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random
from moto.utilities.paginator import paginate

from emulator import zones
from emulator.sesv2.exceptions import (
    AlreadyExistsException,
    BadRequestException,
    NotFoundException,
)

DKIM_HOSTED_ZONE = "dkim.amazonses.com"
DKIM_TOKEN_COUNT = 3
DKIM_TOKEN_LENGTH = 32
DEFAULT_KEY_LENGTH = "RSA_2048_BIT"
EXTERNAL_ORIGIN = "EXTERNAL"
DEFAULT_BEHAVIOR_ON_MX_FAILURE = "USE_DEFAULT_VALUE"
SANDBOX_QUOTA = {"Max24HourSend": 200.0, "MaxSendRate": 1.0, "SentLast24Hours": 0.0}
PRODUCTION_QUOTA = {
    "Max24HourSend": 50000.0,
    "MaxSendRate": 14.0,
    "SentLast24Hours": 0.0,
}
REVIEW_DECISIONS = ("GRANTED", "DENIED")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
DOMAIN_RE = re.compile(rf"^(?:{_LABEL}\.)+{_LABEL}\.?$")
EMAIL_RE = re.compile(r"^[^@\s]+@(?P<domain>[^@\s]+)$")
PAGINATION_MODEL = {
    name: {
        "input_token": "next_token",
        "limit_key": "page_size",
        "limit_default": 1000,
        "unique_attribute": "name",
    }
    for name in ("list_email_identities", "list_configuration_sets")
}

T = TypeVar("T")


def verification_status(verified: bool) -> str:
    return "SUCCESS" if verified else "PENDING"


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


@dataclass
class EmailIdentity:
    """A domain or email-address identity with Easy DKIM (or BYODKIM) settings."""

    name: str
    identity_type: str
    account_id: str
    region: str
    tokens: list[str] = field(default_factory=list)
    signing_origin: str = "AWS_SES"
    signing_enabled: bool = True
    next_key_length: str = DEFAULT_KEY_LENGTH
    current_key_length: str = DEFAULT_KEY_LENGTH
    key_generated_at: datetime = field(default_factory=utcnow)
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

    def rotate_keys(self, key_length: str) -> None:
        """Start Easy DKIM with fresh tokens, as SES does on create or origin change."""
        self.signing_origin = "AWS_SES"
        self.tokens = [_new_token() for _ in range(DKIM_TOKEN_COUNT)]
        self.next_key_length = self.current_key_length = key_length
        self.key_generated_at = utcnow()

    def apply_signing(self, signing: dict[str, Any]) -> None:
        """Switch between Easy DKIM and BYODKIM, or change the next key length."""
        origin = signing.get("Origin") or signing.get("DomainSigningAttributesOrigin")
        selector = signing.get("DomainSigningSelector")
        private_key = signing.get("DomainSigningPrivateKey")
        key_length = signing.get("NextSigningKeyLength")
        if origin == EXTERNAL_ORIGIN or selector or private_key:
            if not (selector and private_key) or key_length:
                raise BadRequestException(
                    "BYODKIM needs DomainSigningSelector and DomainSigningPrivateKey"
                    " and no NextSigningKeyLength."
                )
            self.signing_origin = EXTERNAL_ORIGIN
            self.tokens = [selector]
        elif self.signing_origin == EXTERNAL_ORIGIN:
            self.rotate_keys(key_length or DEFAULT_KEY_LENGTH)
        elif key_length:
            self.next_key_length = key_length

    def dkim_verified(self) -> bool:
        """Whether the DKIM records are published in the account's public zones."""
        if self.identity_type != "DOMAIN":
            return False
        if self.signing_origin == EXTERNAL_ORIGIN:
            selector = self.tokens[0]
            records = zones.lookup(f"{selector}._domainkey.{self.domain}", "TXT", self.account_id)
            return any("p=" in record for record in records)
        return all(
            f"{token}.{DKIM_HOSTED_ZONE}"
            in map(
                zones.normalize,
                zones.lookup(f"{token}._domainkey.{self.domain}", "CNAME", self.account_id),
            )
            for token in self.tokens
        )

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
        attributes: dict[str, Any] = {
            "SigningEnabled": self.signing_enabled,
            "Status": verification_status(self.dkim_verified()),
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
            attributes["MailFromDomainStatus"] = verification_status(self.mail_from_verified())
        return attributes


@dataclass
class ConfigurationSet:
    """A configuration set; option blocks are kept exactly as the caller sent them."""

    name: str
    options: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    event_destinations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        # SES reports sending and reputation options even when never set.
        defaults = {
            "SendingOptions": {"SendingEnabled": True},
            "ReputationOptions": {"ReputationMetricsEnabled": False},
        }
        return {"ConfigurationSetName": self.name, **defaults, **self.options}


@dataclass
class Account:
    """Account-level settings; a new account starts in the sandbox."""

    production_access: bool = False
    sending_enabled: bool = True
    dedicated_ip_auto_warmup: bool = False
    suppressed_reasons: list[str] = field(default_factory=list)
    details: dict[str, Any] | None = None

    def describe(self) -> dict[str, Any]:
        description: dict[str, Any] = {
            "DedicatedIpAutoWarmupEnabled": self.dedicated_ip_auto_warmup,
            "EnforcementStatus": "HEALTHY",
            "ProductionAccessEnabled": self.production_access,
            "SendQuota": dict(PRODUCTION_QUOTA if self.production_access else SANDBOX_QUOTA),
            "SendingEnabled": self.sending_enabled,
            "SuppressionAttributes": {"SuppressedReasons": self.suppressed_reasons},
        }
        if self.details is not None:
            description["Details"] = self.details
        return description


class SesV2Backend(BaseBackend):
    """SES v2 state of one account in one region."""

    def __init__(self, region_name: str, account_id: str):
        super().__init__(region_name, account_id)
        self.identities: dict[str, EmailIdentity] = {}
        self.configuration_sets: dict[str, ConfigurationSet] = {}
        self.account = Account()

    # Identities

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
        if EMAIL_RE.match(name):
            identity_type = "EMAIL_ADDRESS"
        elif DOMAIN_RE.match(name):
            identity_type = "DOMAIN"
        else:
            raise BadRequestException(f"Invalid email identity: {name}")
        identity = EmailIdentity(
            name=name,
            identity_type=identity_type,
            account_id=self.account_id,
            region=self.region_name,
            configuration_set_name=configuration_set_name,
            tags=tags,
        )
        if identity_type == "DOMAIN":
            signing = signing or {}
            identity.rotate_keys(signing.get("NextSigningKeyLength") or DEFAULT_KEY_LENGTH)
            identity.apply_signing(signing)
        elif signing:
            raise BadRequestException("DKIM signing attributes apply to domain identities only.")
        self.identities[name] = identity
        return identity

    def get_email_identity(self, name: str) -> EmailIdentity:
        return _find(self.identities, name, "Email identity")

    def delete_email_identity(self, name: str) -> None:
        _delete(self.identities, name, "Email identity")

    @paginate(pagination_model=PAGINATION_MODEL)
    def list_email_identities(self) -> list[EmailIdentity]:
        return list(self.identities.values())

    def is_verified(self, identity: EmailIdentity) -> bool:
        """Domains verify through DKIM; addresses through their domain's identity."""
        if identity.identity_type == "DOMAIN":
            return identity.dkim_verified()
        domain_identity = self.identities.get(identity.domain)
        return bool(domain_identity and domain_identity.dkim_verified())

    def put_email_identity_dkim_signing_attributes(
        self, name: str, origin: str, signing: dict[str, Any] | None
    ) -> EmailIdentity:
        identity = self.get_email_identity(name)
        if identity.identity_type != "DOMAIN":
            raise BadRequestException("DKIM signing attributes apply to domain identities only.")
        identity.apply_signing({**(signing or {}), "Origin": origin})
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
        if mail_from and not (
            DOMAIN_RE.match(mail_from) and mail_from.lower().endswith(f".{identity.domain.lower()}")
        ):
            raise BadRequestException(
                f"MAIL FROM domain {mail_from} must be a subdomain of {identity.domain}."
            )
        identity.mail_from_domain = mail_from
        identity.behavior_on_mx_failure = behavior_on_mx_failure or DEFAULT_BEHAVIOR_ON_MX_FAILURE

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
        requested = details.pop("ProductionAccessEnabled", True)
        review: dict[str, Any] | None = (self.account.details or {}).get("ReviewDetails")
        if requested and not self.account.production_access:
            review = {"Status": "PENDING", "CaseId": str(mock_random.uuid4())}
        self.account.details = details | ({"ReviewDetails": review} if review else {})

    def put_account_suppression_attributes(self, reasons: list[str]) -> None:
        self.account.suppressed_reasons = list(dict.fromkeys(reasons))

    def put_account_sending_attributes(self, sending_enabled: bool) -> None:
        self.account.sending_enabled = sending_enabled

    def decide_production_access(self, decision: str) -> Account:
        """Admin-only: conclude the review as AWS support would."""
        if decision not in REVIEW_DECISIONS:
            raise BadRequestException(f"decision must be one of {REVIEW_DECISIONS}")
        details = self.account.details or {}
        review = details.get("ReviewDetails") or {"CaseId": str(mock_random.uuid4())}
        self.account.details = details | {"ReviewDetails": review | {"Status": decision}}
        self.account.production_access = decision == "GRANTED"
        return self.account


sesv2_backends = BackendDict(SesV2Backend, "sesv2")
