"""Route 53 requests whose answers the emulator changes; moto's ``Route53`` answers the others.

Each operation that changes a zone answers a ``ChangeInfo`` the backend
recorded, so the ``GetChange`` that clients (the Terraform provider among
them) poll afterwards finds it; moto answered fixed ids and INSYNC for any.
"""

from typing import Any, cast

from moto.core.responses import ActionResult
from moto.route53.exceptions import InvalidChangeBatch as RecordLimitExceeded
from moto.route53.responses import Route53

from emulator.route53.models import Route53Backend, route53_backends

# Route 53 counts the records of a request, an UPSERT's twice, and refuses more than this.
MAX_RECORDS_PER_REQUEST = 1000


def _record_count(changes: list[dict[str, Any]]) -> int:
    return sum(
        len(change["ResourceRecordSet"].get("ResourceRecords") or []) * (2 if change.get("Action") == "UPSERT" else 1)
        for change in changes
    )


class Route53Response(Route53):
    """Handlers named after the Route 53 operations they answer, as moto's."""

    @property
    def backend(self) -> Route53Backend:
        return cast(Route53Backend, route53_backends[self.current_account][self.partition])

    def create_hosted_zone(self) -> ActionResult:
        private_zone = self._get_bool_param("HostedZoneConfig.PrivateZone", False)
        zone = self.backend.create_hosted_zone(
            self._get_param("Name") or "",
            private_zone=private_zone,
            caller_reference=self._get_param("CallerReference"),
            vpcid=self._get_param("VPC.VPCId") if private_zone else None,
            vpcregion=self._get_param("VPC.VPCRegion") if private_zone else None,
            comment=self._get_param("HostedZoneConfig.Comment"),
            delegation_set_id=self._get_param("DelegationSetId"),
        )
        vpc = zone.vpcs[0] if zone.private_zone and zone.vpcs else None
        return ActionResult({
            "HostedZone": zone,
            "ChangeInfo": self.backend.new_change().describe(),
            "DelegationSet": None if zone.private_zone else zone.delegation_set,
            "VPC": {"VPCRegion": vpc.get("vpc_region"), "VPCId": vpc.get("vpc_id")} if vpc else None,
            "Location": f"https://route53.amazonaws.com/2013-04-01/hostedzone/{zone.resource_id}",
        })

    def delete_hosted_zone(self) -> ActionResult:
        self.backend.delete_hosted_zone(self._get_param("Id"))
        return ActionResult({"ChangeInfo": self.backend.new_change().describe()})

    def change_resource_record_sets(self) -> ActionResult:
        changes = self._get_param("ChangeBatch.Changes") or []
        if _record_count(changes) > MAX_RECORDS_PER_REQUEST:
            raise RecordLimitExceeded()
        self.backend.change_resource_record_sets(self._get_param("HostedZoneId"), changes)
        change = self.backend.new_change(self._get_param("ChangeBatch.Comment"))
        return ActionResult({"ChangeInfo": change.describe()})

    def get_change(self) -> ActionResult:
        return ActionResult({"ChangeInfo": self.backend.get_change(self._get_param("Id")).describe()})

    def associate_vpc_with_hosted_zone(self) -> ActionResult:
        self.backend.associate_vpc_with_hosted_zone(
            self._get_param("HostedZoneId"), self._get_param("VPC.VPCId"), self._get_param("VPC.VPCRegion")
        )
        return ActionResult({"ChangeInfo": self.backend.new_change(self._get_param("Comment")).describe()})

    def disassociate_vpc_from_hosted_zone(self) -> ActionResult:
        self.backend.disassociate_vpc_from_hosted_zone(self._get_param("HostedZoneId"), self._get_param("VPC.VPCId"))
        return ActionResult({"ChangeInfo": self.backend.new_change(self._get_param("Comment")).describe()})
