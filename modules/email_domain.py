"""One domain's whole SES email setup: zone, identity with DKIM, DMARC, MAIL FROM."""

from __future__ import annotations

from collections.abc import Mapping

from cdktf import TerraformProvider
from constructs import Construct

from modules.dmarc import DmarcRecord
from modules.hosted_zone import HostedZone
from modules.mail_from import CustomMailFrom
from modules.ses_identity import DkimKeyLength, DkimRecord, SesDomainIdentity
from modules.values import Adoption, DmarcPolicy, MailFrom


class EmailDomain(Construct):
    """The four constructs for ``domain``, composed: what the seed built by hand in the console.

    Keyword arguments:

    - ``domain``, ``ses_region``: the mail domain and its SES region.
    - ``ses_provider``: the ``AwsProvider`` for ``ses_region``. Default: the stack's default provider.
    - ``zone_id``: adopt this existing zone (may be a parent of ``domain``) instead of
      creating one. Default: ``None`` (create).
    - ``adopt``: what already exists in AWS (``Adoption``, from ``ops adopt``): imported into
      the stack instead of created. Default: ``None`` (nothing exists).
    - ``zone_comment``: the created zone's comment. Default: see ``HostedZone``.
    - ``dkim_key_length``: 2048 or 1024. Default: 2048.
    - ``dkim_target_domain``: where the DKIM CNAMEs point. Default: the SES region's.
    - ``dmarc``: the ``DmarcPolicy``, or ``None`` for no DMARC record. Default: ``DmarcPolicy()`` (``p=none``).
    - ``mail_from``: the ``MailFrom``, or ``None`` for no custom MAIL FROM. Default: ``MailFrom()`` (``mail.``).
    - ``protect``: ``prevent_destroy`` on the zone and the identity. Default: ``True``.
    - ``dkim_ttl``: TTL of the DKIM CNAMEs. Default: 1800.
    - ``record_ttl``: TTL of the DMARC, MX and SPF records. Default: 300.
    - ``tags``: tags of the zone and the identity. Default: none.

    Attributes: ``zone``, ``identity``, ``dmarc`` and ``mail_from`` (the constructs, the
    last two ``None`` when left out), and the values a stack outputs: ``name_servers``,
    ``zone_id``, ``identity_arn``, ``dkim_records``, ``mail_from_domain``.
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
        adopt: Adoption | None = None,
        zone_comment: str | None = None,
        dkim_key_length: DkimKeyLength = 2048,
        dkim_target_domain: str | None = None,
        dmarc: DmarcPolicy | None = DmarcPolicy(),
        mail_from: MailFrom | None = MailFrom(),
        protect: bool = True,
        dkim_ttl: int = 1800,
        record_ttl: int = 300,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.zone = HostedZone(self, "zone", domain=domain, zone_id=zone_id, adopt=adopt, comment=zone_comment,
                               protect=protect, tags=tags)
        self.identity = SesDomainIdentity(
            self,
            "identity",
            domain=domain,
            ses_region=ses_region,
            ses_provider=ses_provider,
            dkim_key_length=dkim_key_length,
            dkim_target_domain=dkim_target_domain,
            zone=self.zone,
            ttl=dkim_ttl,
            protect=protect,
            adopt=adopt,
            tags=tags,
        )
        self.dmarc = (
            DmarcRecord(self, "dmarc", zone=self.zone, domain=domain, policy=dmarc, ttl=record_ttl)
            if dmarc is not None
            else None
        )
        self.mail_from = (
            CustomMailFrom(self, "mail_from", identity=self.identity, setting=mail_from, zone=self.zone,
                           ttl=record_ttl, adopt=adopt)
            if mail_from is not None
            else None
        )

    @property
    def name_servers(self) -> list[str]:
        """Name servers to set at the registrar (a Terraform list)."""
        return self.zone.name_servers

    @property
    def zone_id(self) -> str:
        return self.zone.zone_id

    @property
    def identity_arn(self) -> str:
        return self.identity.arn

    @property
    def dkim_records(self) -> list[DkimRecord]:
        return self.identity.dkim_records

    @property
    def mail_from_domain(self) -> str | None:
        return self.mail_from.domain if self.mail_from is not None else None
