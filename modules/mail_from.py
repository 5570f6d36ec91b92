"""Custom MAIL FROM: the identity's MAIL FROM domain and its MX and SPF records."""

from __future__ import annotations

from constructs import Construct

from imports import Sesv2EmailIdentityMailFromAttributes
from modules.hosted_zone import HostedZone
from modules.ses_identity import SesDomainIdentity
from modules.values import SPF_RECORD, Adoption, MailFrom

__all__ = ["CustomMailFrom", "MailFrom"]


class CustomMailFrom(Construct):
    """Sets ``identity``'s MAIL FROM domain and, given a zone, publishes its MX and SPF records.

    Keyword arguments:

    - ``identity``: the ``SesDomainIdentity``; its provider (SES region) is used, so the
      attributes can never land in another region than the identity.
    - ``setting``: the ``MailFrom`` (label, behaviour on MX failure, MX priority).
      Default: ``MailFrom()``: ``mail.<domain>``, ``USE_DEFAULT_VALUE``, priority 10.
    - ``zone``: publish the MX and SPF records in this ``HostedZone``. Default: ``None``
      (publish nothing; ``mx_value`` and ``spf_value`` say what to publish elsewhere).
    - ``ttl``: TTL of both records. Default: 300.
    - ``adopt``: what exists already (``Adoption``): with ``mail_from``, the live MAIL FROM
      attributes are imported (and updated where ``setting`` differs). Default: ``None``.

    The records go on the MAIL FROM name only, never on the apex, so the domain's own
    SPF and TXT records are left alone.

    Attributes: ``domain``, ``mx_value``, ``spf_value``, ``attributes`` (the resource).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        identity: SesDomainIdentity,
        setting: MailFrom = MailFrom(),
        zone: HostedZone | None = None,
        ttl: int = 300,
        adopt: Adoption | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = setting.domain(identity.domain)
        self.mx_value = setting.mx_value(identity.ses_region)
        self.spf_value = SPF_RECORD
        self.attributes = Sesv2EmailIdentityMailFromAttributes(
            self,
            "attributes",
            email_identity=identity.identity.email_identity,
            mail_from_domain=self.domain,
            behavior_on_mx_failure=setting.behavior_on_mx_failure,
            provider=identity.provider,
        )
        if adopt is not None and adopt.mail_from:
            self.attributes.import_from(identity.domain, identity.provider)
        if zone is None:
            return
        zone.record(self, "mx", name=self.domain, type="MX", ttl=ttl, values=[self.mx_value])
        zone.record(self, "spf", name=self.domain, type="TXT", ttl=ttl, values=[self.spf_value])
