"""A public Route 53 hosted zone, created or adopted."""

from __future__ import annotations

from typing import Mapping

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports import DataAwsRoute53Zone, Route53Zone


class HostedZone(Construct):
    """Creates a public hosted zone for ``domain``, or adopts the existing zone ``zone_id``.

    A created zone is protected from destroy by default (``protect=True``): its
    name servers are what the registrar points at, and a new zone gets new ones.
    An adopted zone is only read, never changed or destroyed.

    Attributes: ``zone_id``, ``name_servers``, ``adopted``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: str,
        zone_id: str | None = None,
        comment: str | None = None,
        protect: bool = True,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = domain
        self.adopted = zone_id is not None
        if zone_id is not None:
            existing = DataAwsRoute53Zone(self, "existing", zone_id=zone_id)
            self.zone_id: str = existing.zone_id
            self.name_servers: list[str] = existing.name_servers
            return
        zone = Route53Zone(
            self,
            "zone",
            name=domain,
            comment=comment if comment is not None else f"Email for {domain} (SES), managed by cdktf",
            force_destroy=False,
            tags=dict(tags) if tags else None,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=protect),
        )
        self.zone = zone
        self.zone_id = zone.zone_id
        self.name_servers = zone.name_servers
