"""One domain's whole SES email setup: zone, identity with DKIM, DMARC, MAIL FROM, events, sending policy."""

from __future__ import annotations

from collections.abc import Mapping

from cdktf import TerraformProvider
from constructs import Construct

from modules.dmarc import DmarcRecord
from modules.events import EmailEvents, account_id_of
from modules.hosted_zone import HostedZone
from modules.mail_from import CustomMailFrom
from modules.sending_policy import SendingPolicy
from modules.ses_identity import DkimKeyLength, DkimRecord, SesDomainIdentity
from modules.values import Adoption, DmarcPolicy, EventHandling, MailFrom, ResourceNames, resource_names


class EmailDomain(Construct):
    """The constructs for ``domain``, composed: what the seed built by hand in the console, and the
    bounce and complaint handling and sending policy AWS expects before production access.

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
    - ``events``: the ``EventHandling`` (``EmailEvents``: a configuration set, made the
      identity's default, publishing to an SNS topic), or ``None`` for none. Default:
      ``EventHandling()`` (bounces and complaints, to the topic).
    - ``sending_policy``: an IAM policy for the application that sends (``SendingPolicy``).
      Default: ``True``.
    - ``names``: the names of the configuration set, topic, queues and policy. Default:
      ``resource_names`` of the domain with dots as dashes.
    - ``partition``: the AWS partition of ``ses_region``. Default: ``aws``.
    - ``account_id``: the AWS account, for policies. Default: read from the credentials.

    Attributes: ``zone``, ``identity``, ``dmarc``, ``mail_from``, ``events`` and ``sending``
    (the constructs, ``None`` when left out), and the values a stack outputs: ``name_servers``,
    ``zone_id``, ``identity_arn``, ``dkim_records``, ``mail_from_domain``, ``events_topic_arn``,
    ``events_queue_url``, ``sending_policy_arn``.
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
        events: EventHandling | None = EventHandling(),
        sending_policy: bool = True,
        names: ResourceNames | None = None,
        partition: str = "aws",
        account_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        names = names or resource_names(domain.replace(".", "-"))
        if events is not None and adopt is not None and adopt.configuration_set not in (None, names.configuration_set):
            raise ValueError(f"the identity {domain} has the configuration set {adopt.configuration_set!r}; "
                             "events would replace it: pass events=None to keep it")
        if events is not None or sending_policy:
            account_id = account_id_of(self, account_id)
        self.events = (
            EmailEvents(self, "events", names=names, ses_region=ses_region, ses_provider=ses_provider,
                        handling=events, partition=partition, account_id=account_id, adopt=adopt)
            if events is not None
            else None
        )
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
            configuration_set_name=self.events.configuration_set_name if self.events is not None else None,
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
        self.sending = (
            SendingPolicy(self, "sending", name=names.sending_policy, domain=domain, ses_region=ses_region,
                          configuration_set=names.configuration_set if events is not None else None,
                          partition=partition, account_id=account_id,
                          import_arn=adopt.sending_policy if adopt is not None else None)
            if sending_policy
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

    @property
    def events_topic_arn(self) -> str | None:
        return self.events.topic_arn if self.events is not None else None

    @property
    def events_queue_url(self) -> str | None:
        return self.events.queue_url if self.events is not None else None

    @property
    def sending_policy_arn(self) -> str | None:
        return self.sending.arn if self.sending is not None else None
