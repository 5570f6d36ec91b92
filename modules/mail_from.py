"""Custom MAIL FROM: the identity's MAIL FROM domain and its MX and SPF records."""

from __future__ import annotations

from cdktf import TerraformProvider
from constructs import Construct

from imports import Route53Record, Sesv2EmailIdentityMailFromAttributes
from modules.ses_identity import SesDomainIdentity
from modules.values import SPF_RECORD, MailFrom

__all__ = ["CustomMailFrom", "MailFrom"]


class CustomMailFrom(Construct):
    """Sets ``identity``'s MAIL FROM domain and, given a zone, publishes its MX and SPF records.

    Uses ``ses_provider``, which must be the identity's (its SES region).
    ``overwrite`` as for ``DmarcRecord``: only in a zone this stack owns.

    The records go on the MAIL FROM name only, never on the apex, so the
    domain's own SPF and TXT records are left alone.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        identity: SesDomainIdentity,
        ses_provider: TerraformProvider | None = None,
        setting: MailFrom = MailFrom(),
        zone_id: str | None = None,
        ttl: int = 300,
        overwrite: bool = False,
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
            provider=ses_provider,
        )
        if zone_id is None:
            return
        for id, kind, value in (("mx", "MX", self.mx_value), ("spf", "TXT", self.spf_value)):
            Route53Record(self, id, zone_id=zone_id, name=self.domain, type=kind, ttl=ttl, records=[value],
                          allow_overwrite=overwrite or None)
