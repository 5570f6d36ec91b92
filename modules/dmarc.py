"""The DMARC record: ``_dmarc.<domain>`` TXT with a rendered ``DmarcPolicy``."""

from __future__ import annotations

from constructs import Construct

from modules.dns_names import txt_record_value
from modules.hosted_zone import HostedZone
from modules.values import DmarcPolicy

__all__ = ["DmarcPolicy", "DmarcRecord"]


class DmarcRecord(Construct):
    """The ``_dmarc.<domain>`` TXT record for a policy, in ``zone``.

    Keyword arguments:

    - ``zone``: the ``HostedZone`` the record goes in (may be a parent zone of ``domain``).
    - ``domain``: the mail domain the policy is for.
    - ``policy``: the ``DmarcPolicy``. Default: ``DmarcPolicy()``, which renders
      ``v=DMARC1; p=none;`` (monitor only, as in the seed).
    - ``ttl``: seconds. Default: 300.

    Attributes: ``name``, ``value`` (the record's text), ``record`` (the ``Route53Record``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone: HostedZone,
        domain: str,
        policy: DmarcPolicy = DmarcPolicy(),
        ttl: int = 300,
    ) -> None:
        super().__init__(scope, id)
        self.name = DmarcPolicy.record_name(domain)
        self.value = policy.render()
        self.record = zone.record(self, "record", name=self.name, type="TXT", ttl=ttl,
                                  values=[txt_record_value(self.value)])
