"""A public Route 53 hosted zone, created, imported or adopted, and the one rule for writing records into it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports import DataAwsRoute53Zone, Route53Record, Route53Zone
from modules.values import Adoption


class HostedZone(Construct):
    """A public hosted zone for ``domain``: created, imported, or the existing zone ``zone_id`` adopted.

    Keyword arguments:

    - ``domain``: the zone's name when it is created.
    - ``zone_id``: adopt this existing zone instead of creating one; it may be a parent
      of ``domain``. An adopted zone is only read, never changed or destroyed.
      Default: ``None`` (create the zone).
    - ``adopt``: what exists already (``Adoption``): its ``zone_id`` is imported as this
      stack's zone (same name servers; comment ``zone_comment`` and ``delegation_set_id`` kept), and its ``records``
      are imported by ``record``. Default: ``None`` (nothing exists).
    - ``comment``: the created zone's comment. Default: ``"Email for <domain> (SES), managed by cdktf"``.
    - ``protect``: ``prevent_destroy`` on the created zone. Default: ``True``: its name
      servers are what the registrar points at, and a new zone gets new ones.
    - ``tags``: tags of the created zone. Default: none.

    Attributes: ``domain``, ``adopted``, ``imported``, ``zone_id``, ``name_servers`` (Terraform
    expressions), ``resource`` (the ``Route53Zone``, or the ``DataAwsRoute53Zone`` read
    when adopted).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: str,
        zone_id: str | None = None,
        adopt: Adoption | None = None,
        comment: str | None = None,
        protect: bool = True,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = domain
        self.adopt = adopt or Adoption()
        if zone_id is not None and self.adopt.zone_id is not None:
            raise ValueError(f"zone {zone_id} is adopted read-only and zone {self.adopt.zone_id} imported: give one")
        self.adopted = zone_id is not None
        self.imported = self.adopt.zone_id is not None
        # The zone's id as text, for import ids: known when the zone existed before this stack.
        self._existing_id = zone_id or self.adopt.zone_id
        self.resource: Route53Zone | DataAwsRoute53Zone
        if zone_id is not None:
            self.resource = DataAwsRoute53Zone(self, "existing", zone_id=zone_id)
        else:
            if self.imported:
                comment = self.adopt.zone_comment or ""
            self.resource = Route53Zone(
                self,
                "zone",
                name=domain,
                comment=comment if comment is not None else f"Email for {domain} (SES), managed by cdktf",
                force_destroy=False,
                delegation_set_id=self.adopt.delegation_set_id if self.imported else None,
                tags=dict(tags) if tags else None,
                lifecycle=TerraformResourceLifecycle(prevent_destroy=protect),
            )
            if self.adopt.zone_id is not None:
                self.resource.import_from(self.adopt.zone_id)
        self.zone_id: str = self.resource.zone_id
        self.name_servers: list[str] = self.resource.name_servers

    def record(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        type: str,
        ttl: int,
        values: Sequence[str],
        name_is_ours: bool = False,
        literal_name: str | None = None,
    ) -> Route53Record:
        """A record set in this zone, created in ``scope`` (its address is ``scope``'s path and ``id``).

        Whether it takes over a record set that already exists under that name and type
        (Route 53 UPSERT, ``allow_overwrite``) is decided here, for every record: yes in
        a zone this stack created (only an interrupted apply of this stack can have
        written it), no in an adopted or imported zone (it may be someone else's), unless
        ``name_is_ours``: the name holds something only this stack has (a DKIM token).

        A record set the ``adopt`` facts list as existing is imported instead (``literal_name``:
        its name as text, when ``name`` is a Terraform expression such as a DKIM token's).
        """
        known = literal_name or name
        existing = self._existing_id is not None and self.adopt.has_record(known, type)
        # An imported record set is in the state from the start: nothing to take over (and
        # ``allow_overwrite``, which an import leaves unset, would show as a change).
        take_over = not existing and (name_is_ours or not (self.adopted or self.imported))
        record = Route53Record(
            scope,
            id,
            zone_id=self.zone_id,
            name=name,
            type=type,
            ttl=ttl,
            records=list(values),
            allow_overwrite=True if take_over else None,
        )
        if existing:
            record.import_from(f"{self._existing_id}_{known.lower()}_{type}")
        return record
