"""SES v1 identities read from and written to the one identity store both SES APIs share.

AWS keeps one set of identities per account and region, whichever API made
them: a domain verified with v1's ``VerifyDomainIdentity`` is listed by v2's
``ListEmailIdentities``, and one deleted with v2's ``DeleteEmailIdentity`` is
gone from v1's ``ListIdentities``. moto 5.2 keeps v1 identities in its own
``SESBackend.email_identities`` and reports every one verified with fixed
tokens (the same DKIM tokens for every domain). Here the identity operations of
moto's ``SESBackend`` use the ``SesV2Backend`` of the same account and region
(``emulator.sesv2.models``), where statuses follow the emulated DNS:

* domain verification: Success once ``_amazonses.<domain>`` has a TXT record
  with the identity's verification token (or once DKIM is verified, as AWS
  documents), else Pending;
* DKIM: NotStarted until ``VerifyDomainDkim`` (or v2 Easy DKIM), then Success
  once the three ``<token>._domainkey.<domain>`` CNAMEs point to
  ``<token>.dkim.amazonses.com``, else Pending;
* MAIL FROM: Success once the MAIL FROM domain has an MX record to
  ``feedback-smtp.<region>.amazonses.com``, else Pending.

An email address follows its domain's identity (there is no verification
mail to click). Sending from an address needs a verified identity for it or
for its domain. Notification topics and everything that is not an identity
(configuration sets, templates, receipt rules, sending) stay moto's.

``SesBackend`` holds the changed and added methods; ``install()`` puts them on
moto's ``SESBackend``, the class every SES v1 backend is made from.
"""

from __future__ import annotations

import json
import re
from email.utils import parseaddr
from typing import Any, Literal

from moto.ses.exceptions import InvalidParameterValue, ValidationError
from moto.ses.models import SESBackend

from emulator.ses.exceptions import InvalidPolicyException
from emulator.ses.graft import graft
from emulator.sesv2.models import (
    DOMAIN_RE,
    EMAIL_RE,
    EmailIdentity,
    SesV2Backend,
    is_subdomain,
    sesv2_backends,
)

# SES v1 spells the v2 enums in CamelCase.
V1_STATUS = {
    "PENDING": "Pending",
    "SUCCESS": "Success",
    "FAILED": "Failed",
    "TEMPORARY_FAILURE": "TemporaryFailure",
    "NOT_STARTED": "NotStarted",
}
V1_BEHAVIOR = {"USE_DEFAULT_VALUE": "UseDefaultValue", "REJECT_MESSAGE": "RejectMessage"}
V2_BEHAVIOR = {v1: v2 for v2, v1 in V1_BEHAVIOR.items()}
V1_IDENTITY_TYPE = {"Domain": "DOMAIN", "EmailAddress": "EMAIL_ADDRESS"}
NOTIFICATION_TYPES = ("Bounce", "Complaint", "Delivery")
# PutIdentityPolicy: "The policy name cannot exceed 64 characters and can only
# include alphanumeric characters, dashes, and underscores."
POLICY_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _invalid_identity(identity: str) -> InvalidParameterValue:
    """What SES v1 answers for an identity the account does not have."""
    return InvalidParameterValue(f"Identity {identity} is invalid. Must be a verified email address or domain.")


class SesBackend(SESBackend):
    """The methods moto's ``SESBackend`` gets from ``install()`` (they never call ``super()``)."""

    @property
    def identity_store(self) -> SesV2Backend:
        """The identities of this account and region, shared with SES v2."""
        return sesv2_backends[self.account_id][self.region_name]

    def _identity(self, name: str) -> EmailIdentity:
        """The identity an operation names, by name or by ARN (``arn:aws:ses:...:identity/<name>``)."""
        stored_name = name.partition(":identity/")[2] if name.startswith("arn:") else name
        identity = self.identity_store.identities.get(stored_name)
        if identity is None:
            raise _invalid_identity(name)
        return identity

    def _verified(self, identity: EmailIdentity) -> bool:
        return self.identity_store.is_verified(identity)

    # Creating and listing

    def verify_domain_identity(self, domain: str) -> str:
        """VerifyDomainIdentity: the domain's verification token (the same on every call)."""
        name = domain.lower()
        if not DOMAIN_RE.match(name):
            raise InvalidParameterValue(f"Invalid domain name <{domain}>.")
        return self.identity_store.verify_domain_identity(name).verification_token

    def verify_domain_dkim(self, domain: str) -> list[str]:
        """VerifyDomainDkim: the domain's Easy DKIM tokens, Easy DKIM being started if it was not."""
        name = domain.lower()
        if not DOMAIN_RE.match(name):
            raise InvalidParameterValue(f"Invalid domain name <{domain}>.")
        return list(self.identity_store.verify_domain_dkim(name).tokens)

    def verify_domain(self, domain: str) -> None:
        self.verify_domain_identity(domain)

    def verify_email_identity(self, address: str) -> None:
        _, parsed = parseaddr(address)
        if not EMAIL_RE.match(parsed) or not DOMAIN_RE.match(parsed.rpartition("@")[2]):
            raise InvalidParameterValue(f"Invalid email address<{address}>.")
        self.identity_store.verify_email_identity(parsed)

    def verify_email_address(self, address: str) -> None:
        self.verify_email_identity(address)

    def list_identities(  # type: ignore[override]
        self,
        identity_type: Literal["EmailAddress", "Domain"] | None,
        next_token: str | None = None,
        max_items: int | None = None,
    ) -> tuple[list[str], str | None]:
        """ListIdentities, one page of names."""
        identities, token = self.identity_store.list_identities(
            identity_type=V1_IDENTITY_TYPE.get(identity_type or ""),
            next_token=next_token,
            page_size=max_items,
        )
        return [identity.name for identity in identities], token

    def list_verified_email_addresses(self) -> list[str]:
        return [
            identity.name
            for identity in self.identity_store.identities.values()
            if identity.identity_type == "EMAIL_ADDRESS" and self._verified(identity)
        ]

    def delete_identity(self, identity: str) -> None:
        """DeleteIdentity: gone from both APIs; deleting an unknown identity succeeds, as in AWS."""
        self.identity_store.identities.pop(identity, None)
        self.sns_topics.pop(identity, None)

    def delete_verified_email_address(self, address: str) -> None:
        stored = self.identity_store.identities.get(address)
        if stored is not None and stored.identity_type == "EMAIL_ADDRESS":
            self.delete_identity(address)

    def _is_verified_address(self, source: str) -> bool:
        """Whether mail may be sent from ``source``: its identity or its domain's is verified."""
        _, address = parseaddr(source)
        identities = self.identity_store.identities
        return any(
            (identity := identities.get(name)) is not None and self._verified(identity)
            for name in (address, address.rpartition("@")[2])
        )

    # Attributes

    def get_identity_verification_attributes(
        self, identities: list[str] | None = None
    ) -> dict[str, dict[str, str]]:
        """Status (and, for a domain, token) of each identity the account has; others are left out."""
        result: dict[str, dict[str, str]] = {}
        for name in identities or []:
            identity = self.identity_store.identities.get(name)
            if identity is None:
                continue
            attributes = {"VerificationStatus": V1_STATUS[self.identity_store.verification_status(identity)]}
            if identity.identity_type == "DOMAIN":
                attributes["VerificationToken"] = identity.verification_token
            result[name] = attributes
        return result

    def get_identity_dkim_attributes(self, identities: list[str]) -> dict[str, dict[str, Any]]:
        """DKIM of each identity the account has; an address reports its domain's DKIM."""
        store = self.identity_store.identities
        result: dict[str, dict[str, Any]] = {}
        for name in identities:
            identity = store.get(name)
            if identity is None:
                continue
            domain = identity if identity.identity_type == "DOMAIN" else store.get(identity.domain)
            started = domain is not None and domain.dkim_started
            attributes: dict[str, Any] = {
                "DkimEnabled": started and identity.signing_enabled,
                "DkimVerificationStatus": V1_STATUS[domain.dkim_status()] if domain and started else "NotStarted",
            }
            if domain is not None and started:
                attributes["DkimTokens"] = list(domain.tokens)
            result[name] = attributes
        return result

    def set_identity_dkim_enabled(self, identity: str, enabled: bool) -> None:
        """SetIdentityDkimEnabled; an address can sign only once its domain has Easy DKIM, as AWS documents."""
        stored = self._identity(identity)
        domain = self.identity_store.identities.get(stored.domain)
        if enabled and stored.identity_type == "EMAIL_ADDRESS" and not (domain and domain.dkim_started):
            raise InvalidParameterValue(
                f"Domain {stored.domain} must be set up for Easy DKIM before DKIM signing can be enabled"
                f" for {identity}."
            )
        stored.signing_enabled = enabled

    def set_identity_mail_from_domain(
        self,
        identity: str,
        mail_from_domain: str | None = None,
        behavior_on_mx_failure: str | None = None,
    ) -> None:
        """SetIdentityMailFromDomain; no MailFromDomain turns the custom MAIL FROM off."""
        stored = self._identity(identity)
        if behavior_on_mx_failure is not None and behavior_on_mx_failure not in V2_BEHAVIOR:
            raise ValidationError(
                "1 validation error detected: "
                f"Value '{behavior_on_mx_failure}' at 'behaviorOnMXFailure' "
                "failed to satisfy constraint: Member must satisfy enum value set: "
                "[RejectMessage, UseDefaultValue]"
            )
        mail_from = (mail_from_domain or "").rstrip(".")
        if mail_from and not is_subdomain(mail_from, stored.domain):
            raise InvalidParameterValue(
                f"Provided MAIL-FROM domain '{mail_from}' is not subdomain of "
                f"the domain of the identity '{stored.domain}'."
            )
        stored.set_mail_from(mail_from, V2_BEHAVIOR.get(behavior_on_mx_failure or "", "USE_DEFAULT_VALUE"))

    def get_identity_mail_from_domain_attributes(
        self, identities: list[str] | None = None
    ) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        for name in identities or []:
            identity = self.identity_store.identities.get(name)
            if identity is None:
                continue
            attributes = {"BehaviorOnMXFailure": V1_BEHAVIOR[identity.behavior_on_mx_failure]}
            status = identity.mail_from_status()
            if status is not None:
                attributes["MailFromDomain"] = identity.mail_from_domain
                attributes["MailFromDomainStatus"] = V1_STATUS[status]
            result[name] = attributes
        return result

    def set_identity_feedback_forwarding_enabled(self, identity: str, enabled: bool) -> None:
        self._identity(identity).feedback_forwarding = enabled

    def set_identity_notification_topic(
        self, identity: str, notification_type: str, sns_topic: str | None
    ) -> None:
        topics = self.sns_topics.setdefault(self._identity(identity).name, {})
        if sns_topic is None:
            topics.pop(notification_type, None)
        else:
            topics[notification_type] = sns_topic

    def get_identity_notification_attributes(self, identities: list[str]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for name in identities:
            identity = self.identity_store.identities.get(name)
            if identity is None:
                continue
            topics = self.sns_topics.get(name, {})
            attributes: dict[str, Any] = {
                "ForwardingEnabled": identity.feedback_forwarding,
                "HeadersInBounceNotificationsEnabled": False,
                "HeadersInComplaintNotificationsEnabled": False,
                "HeadersInDeliveryNotificationsEnabled": False,
            }
            for kind in NOTIFICATION_TYPES:
                if topics.get(kind):
                    attributes[f"{kind}Topic"] = topics[kind]
            result[name] = attributes
        return result

    # Sending authorization policies (the identity's, as v2's Get/Create/Update/DeleteEmailIdentityPolicy)

    def put_identity_policy(self, identity: str, policy_name: str, policy: str) -> None:
        stored = self._identity(identity)
        if not POLICY_NAME_RE.match(policy_name):
            raise InvalidParameterValue(
                f"Invalid policy name <{policy_name}>: up to 64 alphanumeric characters, dashes and underscores."
            )
        try:
            json.loads(policy)
        except ValueError as error:
            raise InvalidPolicyException("Policy is not valid JSON.") from error
        stored.policies[policy_name] = policy

    def get_identity_policies(self, identity: str, policy_names: list[str]) -> dict[str, str]:
        policies = self._identity(identity).policies
        return {name: policies[name] for name in policy_names if name in policies}

    def list_identity_policies(self, identity: str) -> list[str]:
        return list(self._identity(identity).policies)

    def delete_identity_policy(self, identity: str, policy_name: str) -> None:
        self._identity(identity).policies.pop(policy_name, None)


def install() -> None:
    """Give moto's ``SESBackend`` the methods of ``SesBackend``."""
    graft(SesBackend, SESBackend)
