"""One domain's whole SES email setup: zone, identity with DKIM, DMARC, MAIL FROM."""

from __future__ import annotations

from typing import Mapping

from cdktf import TerraformOutput, TerraformProvider, TerraformStack
from constructs import Construct

from modules.dmarc import DmarcRecord
from modules.hosted_zone import HostedZone
from modules.mail_from import CustomMailFrom
from modules.ses_identity import DkimKeyLength, SesDomainIdentity
from modules.values import DmarcPolicy, MailFrom


class EmailDomain(Construct):
    """Composes the four constructs for ``domain`` and adds the outputs a user needs.

    ``dmarc=None`` or ``mail_from=None`` leaves that part out. ``zone_id`` adopts
    an existing zone (which may be a parent of ``domain``) instead of creating one.
    ``protect`` guards the zone and the identity against destroy. In a zone it
    creates, its records take over existing ones of the same name (so a re-run
    after an interrupted apply converges); in an adopted zone only the DKIM
    CNAMEs do, whose names hold the identity's own tokens.

    Outputs (prefixed by ``output_prefix``): ``name_servers`` (for the
    registrar), ``zone_id``, ``identity_arn``, ``dkim_records``, ``mail_from_domain``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: str,
        ses_region: str,
        ses_provider: TerraformProvider | None = None,
        zone_id: str | None = None,
        dkim_key_length: DkimKeyLength = 2048,
        dkim_target_domain: str | None = None,
        dmarc: DmarcPolicy | None = DmarcPolicy(),
        mail_from: MailFrom | None = MailFrom(),
        protect: bool = True,
        dkim_ttl: int = 1800,
        record_ttl: int = 300,
        tags: Mapping[str, str] | None = None,
        output_prefix: str = "",
    ) -> None:
        super().__init__(scope, id)
        self._stack = scope if isinstance(scope, TerraformStack) else TerraformStack.of(self)
        self.zone = HostedZone(self, "zone", domain=domain, zone_id=zone_id, protect=protect, tags=tags)
        self.identity = SesDomainIdentity(
            self,
            "identity",
            domain=domain,
            ses_region=ses_region,
            ses_provider=ses_provider,
            dkim_key_length=dkim_key_length,
            dkim_target_domain=dkim_target_domain,
            zone_id=self.zone.zone_id,
            ttl=dkim_ttl,
            protect=protect,
            tags=tags,
        )
        self.dmarc = (
            DmarcRecord(self, "dmarc", domain=domain, zone_id=self.zone.zone_id, policy=dmarc, ttl=record_ttl,
                        overwrite=not self.zone.adopted)
            if dmarc is not None
            else None
        )
        self.mail_from = (
            CustomMailFrom(
                self,
                "mail_from",
                identity=self.identity,
                ses_provider=ses_provider,
                setting=mail_from,
                zone_id=self.zone.zone_id,
                ttl=record_ttl,
                overwrite=not self.zone.adopted,
            )
            if mail_from is not None
            else None
        )
        self._output(output_prefix + "name_servers", self.zone.name_servers,
                     "Name servers to set at the registrar for " + domain)
        self._output(output_prefix + "zone_id", self.zone.zone_id, "Route 53 hosted zone id")
        self._output(output_prefix + "identity_arn", self.identity.arn, "SES identity ARN")
        self._output(
            output_prefix + "dkim_records",
            [{"name": r.name, "type": "CNAME", "value": r.value} for r in self.identity.dkim_records],
            "Easy DKIM CNAME records",
        )
        if self.mail_from is not None:
            self._output(output_prefix + "mail_from_domain", self.mail_from.domain, "Custom MAIL FROM domain")

    def _output(self, name: str, value: object, description: str) -> None:
        # Outputs live on the stack itself, so their names are exactly ``name`` (no path hash).
        TerraformOutput(self._stack, name, value=value, description=description)
