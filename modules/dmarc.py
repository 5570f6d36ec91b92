"""The DMARC record: ``_dmarc.<domain>`` TXT with a rendered ``DmarcPolicy``."""

from __future__ import annotations

from constructs import Construct

from imports import Route53Record
from modules.dns_names import txt_record_value
from modules.values import DmarcPolicy

__all__ = ["DmarcPolicy", "DmarcRecord"]


class DmarcRecord(Construct):
    """The ``_dmarc.<domain>`` TXT record for a policy.

    ``overwrite`` lets Terraform take over an existing record of that name (UPSERT):
    right in a zone this stack owns (an interrupted apply may have written it
    already), wrong in an adopted zone whose records may be someone else's.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: str,
        zone_id: str,
        policy: DmarcPolicy = DmarcPolicy(),
        ttl: int = 300,
        overwrite: bool = False,
    ) -> None:
        super().__init__(scope, id)
        self.name = DmarcPolicy.record_name(domain)
        self.value = policy.render()
        self.record = Route53Record(
            self,
            "record",
            zone_id=zone_id,
            name=self.name,
            type="TXT",
            ttl=ttl,
            records=[txt_record_value(self.value)],
            allow_overwrite=overwrite or None,
        )
