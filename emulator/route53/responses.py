"""Route 53 requests whose answers the emulator changes; moto's ``Route53`` answers the others.

Each operation that changes a zone answers a ``ChangeInfo`` the backend
recorded, so the ``GetChange`` that clients (the Terraform provider among
them) poll afterwards finds it; moto answered fixed ids and INSYNC for any.
The list operations answer every member the Route 53 model has for them
(``IsTruncated``, ``MaxItems``, the ``Next...`` values of the next page and
the echo of the request's own), where moto left some out.

With throttling installed (``emulator.route53.throttling``, ``python -m
emulator --route53-throttling``) every request first takes its tokens, the
action named by moto's routing (the botocore model's method and path), or is
answered ``Throttling`` before any handler runs; a ``ChangeResourceRecordSets``
of a zone still processing another is answered ``PriorRequestNotComplete``.
"""

from typing import Any, cast

from moto.core.common_types import TYPE_RESPONSE
from moto.core.responses import ActionResult
from moto.core.utils import get_service_model
from moto.route53.exceptions import InvalidChangeBatch as RecordLimitExceeded
from moto.route53.responses import Route53

from emulator.route53 import throttling
from emulator.route53.exceptions import InvalidInput, PriorRequestNotComplete, Throttling
from emulator.route53.models import (
    MAX_RECORD_SETS_PER_PAGE,
    MAX_ZONES_PER_PAGE,
    Route53Backend,
    route53_backends,
)
from emulator.unserved import render_error

# Route 53 counts the records of a request, an UPSERT's twice, and refuses more than this.
MAX_RECORDS_PER_REQUEST = 1000
# Throttling and PriorRequestNotComplete: "an HTTP 400 error (Bad request)".
THROTTLED_STATUS = 400


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

    def call_action(self) -> TYPE_RESPONSE:
        """moto's dispatch to the handler, once the installed throttle (if any) has admitted the request.

        A ``ChangeResourceRecordSets`` is then handled as its zone's processing
        (``Throttle.processing``), which an accepted batch (a 200) extends.
        """
        throttle = throttling.installed()
        action = self._get_action()
        if throttle is None or not action:
            return super().call_action()
        changes = self._get_param("ChangeBatch.Changes") if action == "ChangeResourceRecordSets" else None
        try:
            if action != "ChangeResourceRecordSets":
                throttle.admit(self.current_account, action, changes)
                return super().call_action()
            # A zone still processing refuses the batch before it takes any token.
            with throttle.processing(self.current_account, self._get_param("HostedZoneId") or "") as processing:
                throttle.admit(self.current_account, action, changes)
                status, headers, body = super().call_action()
                processing.accepted = status < 300
            return status, headers, body
        except (Throttling, PriorRequestNotComplete) as error:
            status, headers, body = self._refusal(error)
            headers, body = self._enrich_response(headers, body)
            return status, headers, body

    @staticmethod
    def _refusal(error: Throttling | PriorRequestNotComplete) -> TYPE_RESPONSE:
        """Route 53's error body, ``<ErrorResponse xmlns=...><Error><Type>Sender</Type><Code>...``, HTTP 400.

        Written by ``unserved.render_error``: moto's serializer finds no ``Throttling`` shape in
        the model (the model's is ``ThrottlingException``) and would add the model's lower-case
        ``<message>`` member of ``PriorRequestNotComplete`` beside ``<Message>``. moto's
        ``_enrich_response`` sets the request id.
        """
        response = render_error(get_service_model("route53"), "rest-xml", THROTTLED_STATUS, error.code, error.message)
        headers = {"Content-Type": response.content_type or "application/xml", "status": str(THROTTLED_STATUS)}
        return THROTTLED_STATUS, headers, response.get_data(as_text=True)

    def _max_items(self, default: int) -> tuple[int, str]:
        """The request's MaxItems as a number and as the text the answer echoes."""
        text = self._get_param("MaxItems") or str(default)
        if not text.isdigit() or int(text) < 1:
            raise InvalidInput(f"1 validation error detected: Value '{text}' at 'maxItems' failed to satisfy "
                               "constraint: Member must be a positive number")
        return int(text), text

    def create_hosted_zone(self) -> ActionResult:
        zone = self.backend.create_hosted_zone(
            self._get_param("Name") or "",
            private_zone=self._get_bool_param("HostedZoneConfig.PrivateZone", False),
            caller_reference=self._get_param("CallerReference"),
            vpcid=self._get_param("VPC.VPCId"),
            vpcregion=self._get_param("VPC.VPCRegion"),
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

    def list_hosted_zones(self) -> ActionResult:
        max_items, max_items_text = self._max_items(MAX_ZONES_PER_PAGE)
        marker = self._get_param("Marker")
        zone_type = self._get_param("HostedZoneType")
        if zone_type not in (None, "PrivateHostedZone"):
            raise InvalidInput(f"Invalid HostedZoneType {zone_type}")
        zones, following = self.backend.list_hosted_zones_page(
            marker, max_items, private_only=zone_type == "PrivateHostedZone",
            delegation_set_id=self._get_param("DelegationSetId"),
        )
        return ActionResult({
            "HostedZones": zones,
            "Marker": marker,
            "IsTruncated": following is not None,
            "NextMarker": following.resource_id if following else None,
            "MaxItems": max_items_text,
        })

    def list_hosted_zones_by_name(self) -> ActionResult:
        max_items, max_items_text = self._max_items(MAX_ZONES_PER_PAGE)
        dns_name = self._get_param("DNSName")
        hosted_zone_id = self._get_param("HostedZoneId")
        zones, following = self.backend.list_hosted_zones_by_name_page(dns_name, hosted_zone_id, max_items)
        return ActionResult({
            "HostedZones": zones,
            "DNSName": dns_name,
            "HostedZoneId": hosted_zone_id,
            "IsTruncated": following is not None,
            "NextDNSName": following.name if following else None,
            "NextHostedZoneId": following.resource_id if following else None,
            "MaxItems": max_items_text,
        })

    def list_resource_record_sets(self) -> ActionResult:
        max_items, max_items_text = self._max_items(MAX_RECORD_SETS_PER_PAGE)
        record_sets, following = self.backend.list_resource_record_sets_page(
            self._get_param("HostedZoneId"),
            start_name=self._get_param("StartRecordName"),
            start_type=self._get_param("StartRecordType"),
            start_identifier=self._get_param("StartRecordIdentifier"),
            max_items=max_items,
        )
        return ActionResult({
            "ResourceRecordSets": record_sets,
            "IsTruncated": following is not None,
            "NextRecordName": following.name if following else None,
            "NextRecordType": following.type if following else None,
            "NextRecordIdentifier": following.set_identifier if following else None,
            "MaxItems": max_items_text,
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
