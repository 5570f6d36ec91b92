"""An SES (v2) domain identity with Easy DKIM, and its three DKIM CNAMEs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from cdktf import TerraformProvider, TerraformResourceLifecycle
from constructs import Construct

from imports import Sesv2EmailIdentity, Sesv2EmailIdentityDkimSigningAttributes
from modules.hosted_zone import HostedZone
from modules.values import (
    DKIM_TOKEN_COUNT,
    Adoption,
    dkim_record_name,
    dkim_record_value,
    dkim_target_for_region,
)

DkimKeyLength = Literal[1024, 2048]


def signing_key_length(bits: int) -> str:
    """The SES v2 ``NextSigningKeyLength`` value for a key size in bits."""
    if bits not in (1024, 2048):
        raise ValueError(f"DKIM key length must be 1024 or 2048, not {bits!r}")
    return f"RSA_{bits}_BIT"


@dataclass(frozen=True)
class DkimRecord:
    """A DKIM CNAME as name/value, fully qualified (tokens resolve at apply time)."""

    name: str
    value: str


class SesDomainIdentity(Construct):
    """An SES domain identity signed with Easy DKIM, and its DKIM CNAMEs when given a zone.

    Keyword arguments:

    - ``domain``: the domain to send from.
    - ``ses_region``: the SES region (it picks the DKIM target domain and, for MAIL
      FROM, the feedback MX); the identity lives there through ``ses_provider``.
    - ``ses_provider``: the ``AwsProvider`` for ``ses_region``. Default: the stack's
      default provider (right only when that is in ``ses_region``).
    - ``dkim_key_length``: 2048 or 1024 bits. Default: 2048.
    - ``dkim_target_domain``: where the CNAMEs point. Default: the SES region's
      (``dkim_target_for_region``).
    - ``zone``: publish ``<token>._domainkey.<domain>`` CNAMEs in this ``HostedZone``,
      fully qualified, so they are right also when ``domain`` is below the zone apex.
      Default: ``None`` (publish nothing; ``dkim_records`` says what to publish elsewhere).
    - ``ttl``: TTL of the CNAMEs. Default: 1800.
    - ``protect``: ``prevent_destroy``. Default: ``True``: a new identity gets new DKIM
      keys, and mail goes unsigned until DNS catches up.
    - ``configuration_set_name``: the identity's default configuration set. Default: none
      (with ``adopt``, the live identity's, kept).
    - ``adopt``: what exists already (``Adoption``): with ``identity``, the live identity is
      imported (its DKIM keys and tokens kept), and its CNAMEs, named by ``dkim_tokens``, are
      imported where ``zone``'s ``adopt.records`` list them. Default: ``None`` (create it).
    - ``tags``: the identity's tags. Default: none.

    Attributes: ``domain``, ``ses_region``, ``provider``, ``identity`` (the resource),
    ``arn``, ``dkim_tokens``, ``dkim_records``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: str,
        ses_region: str,
        ses_provider: TerraformProvider | None = None,
        dkim_key_length: DkimKeyLength = 2048,
        dkim_target_domain: str | None = None,
        zone: HostedZone | None = None,
        ttl: int = 1800,
        protect: bool = True,
        configuration_set_name: str | None = None,
        adopt: Adoption | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = domain
        self.ses_region = ses_region
        self.provider = ses_provider
        target = dkim_target_domain or dkim_target_for_region(ses_region)
        adopt = adopt or Adoption()
        if adopt.identity and configuration_set_name is None:
            configuration_set_name = adopt.configuration_set
        self.identity = Sesv2EmailIdentity(
            self,
            "identity",
            email_identity=domain,
            dkim_signing_attributes=Sesv2EmailIdentityDkimSigningAttributes(
                next_signing_key_length=signing_key_length(dkim_key_length)
            ),
            configuration_set_name=configuration_set_name,
            tags=dict(tags) if tags else None,
            provider=ses_provider,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=protect),
        )
        if adopt.identity:
            self.identity.import_from(domain, ses_provider)
        self.arn = self.identity.arn
        # The Terraform expression for each token, written out: it renders exactly as
        # Token.as_string(Fn.element(tokens, i)) does, without two jsii round trips per token.
        tokens = f"{self.identity.fqn}.dkim_signing_attributes[0].tokens"
        self.dkim_records = [
            DkimRecord(
                name=dkim_record_name(f"${{element({tokens}, {index})}}", domain),
                value=dkim_record_value(f"${{element({tokens}, {index})}}", target),
            )
            for index in range(DKIM_TOKEN_COUNT)
        ]
        if zone is None:
            return
        live_names: list[str | None] = [*adopt.dkim_names(domain)] or [None] * DKIM_TOKEN_COUNT
        for index, (record, live_name) in enumerate(zip(self.dkim_records, live_names, strict=True)):
            # The name holds this identity's own token, so nobody else's record can be there.
            zone.record(self, f"dkim_{index}", name=record.name, type="CNAME", ttl=ttl, values=[record.value],
                        name_is_ours=True, literal_name=live_name)

    @property
    def dkim_tokens(self) -> list[str]:
        """The three Easy DKIM tokens (a Terraform list, known after apply)."""
        return self.identity.dkim_signing_attributes.tokens
