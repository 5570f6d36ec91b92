"""An SES (v2) domain identity with Easy DKIM, and its three DKIM CNAMEs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping

from cdktf import TerraformProvider, TerraformResourceLifecycle
from constructs import Construct

from imports import Route53Record, Sesv2EmailIdentity, Sesv2EmailIdentityDkimSigningAttributes
from modules.values import dkim_target_for_region

DkimKeyLength = Literal[1024, 2048]
DKIM_TOKEN_COUNT = 3  # Easy DKIM always publishes three keys


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
    """An SES domain identity signed with Easy DKIM.

    Lives on ``ses_provider`` (the SES region may differ from the main one).
    Given ``zone_id``, publishes ``<token>._domainkey.<domain>`` CNAMEs to
    ``<token>.<dkim target domain>``, fully qualified, so they are right also
    when ``domain`` is below the zone apex. Protected from destroy by default:
    a new identity gets new DKIM keys, and mail goes unsigned until DNS catches up.

    Attributes: ``identity`` (the resource), ``arn``, ``dkim_tokens``, ``dkim_records``.
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
        zone_id: str | None = None,
        ttl: int = 1800,
        protect: bool = True,
        configuration_set_name: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = domain
        self.ses_region = ses_region
        target = dkim_target_domain or dkim_target_for_region(ses_region)
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
        self.arn = self.identity.arn
        # The Terraform expression for each token, written out: it renders exactly as
        # Token.as_string(Fn.element(tokens, i)) does, without two jsii round trips per token
        # (with hundreds of domains, jsii calls are most of the synth time).
        tokens = f"{self.identity.fqn}.dkim_signing_attributes[0].tokens"
        self.dkim_records = [
            DkimRecord(
                name=f"${{element({tokens}, {index})}}._domainkey.{domain}",
                value=f"${{element({tokens}, {index})}}.{target}",
            )
            for index in range(DKIM_TOKEN_COUNT)
        ]
        if zone_id is None:
            return
        for index, record in enumerate(self.dkim_records):
            Route53Record(
                self,
                f"dkim_{index}",
                zone_id=zone_id,
                name=record.name,
                type="CNAME",
                ttl=ttl,
                records=[record.value],
                # The name holds this identity's own token: nobody else's record can be there,
                # but an interrupted apply may have written it without recording it in state.
                allow_overwrite=True,
            )

    @property
    def dkim_tokens(self) -> list[str]:
        """The three Easy DKIM tokens (a Terraform list, known after apply)."""
        return self.identity.dkim_signing_attributes.tokens
