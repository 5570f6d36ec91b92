"""SES v2 requests parsed and answers rendered; every handler calls one ``SesV2Backend`` method.

moto 5.2's own sesv2 answers some operations wrongly (a string timestamp the
Go SDK rejects, no DKIM tokens) and others not at all. This layer reuses
moto's machinery instead of its sesv2 module: ``BaseResponse`` extracts the
account (from the access key) and the region (from the SigV4 scope), its
model-driven parser reads the request, and ``ActionResult`` serializes the
answer with the botocore SES v2 model, so shapes, epoch-number timestamps,
HTTP status codes and error types all come from the model.

Requests are checked here against that model (required members, enums,
lengths, patterns), since only some SDKs check them client-side; each
operation's own rules (those the API reference and the developer guide state
in prose: configuration set names, BYODKIM keys, website URLs, event
destinations...) are in ``models``.
"""

import re
from functools import cache, cached_property
from typing import Any

from botocore.model import ListShape, Shape, StructureShape
from moto.core.request import Request
from moto.core.responses import ActionResult, BaseResponse, EmptyResult
from moto.core.routing import get_service_router
from moto.core.utils import get_service_model
from werkzeug.exceptions import HTTPException

from emulator.sesv2 import outbound
from emulator.sesv2.exceptions import BadRequestException
from emulator.sesv2.models import SesV2Backend, sesv2_backends

SERVICE = "sesv2"
# Routes of the model the Go SDK in provider 5.100.0 (and other older SDKs)
# was built from, which the current botocore model has since moved.
LEGACY_ROUTES = [
    ("GET", re.compile(r"/v2/email/identities/?"), "ListEmailIdentities"),
    ("GET", re.compile(r"/v2/email/configuration-sets/?"), "ListConfigurationSets"),
    (
        "PUT",
        re.compile(r"/v1/email/identities/(?P<EmailIdentity>[^/]+)/dkim/signing"),
        "PutEmailIdentityDkimSigningAttributes",
    ),
]
CONFIGURATION_SET_OPTIONS = (
    "TrackingOptions",
    "DeliveryOptions",
    "ReputationOptions",
    "SendingOptions",
    "SuppressionOptions",
    "VdmOptions",
    "ArchivingOptions",
    "MessageSecurityOptions",
)


def _legacy_operation(request: Request) -> tuple[str | None, dict[str, Any]]:
    """Match a legacy route; its list operations took paging in the query string."""
    for method, pattern, name in LEGACY_ROUTES:
        match = pattern.fullmatch(request.path)
        if request.method == method and match:
            params: dict[str, Any] = match.groupdict()
            if "NextToken" in request.args:
                params["NextToken"] = request.args["NextToken"]
            if request.args.get("PageSize", "").isdigit():
                params["PageSize"] = int(request.args["PageSize"])
            return name, params
    return None, {}


def operation_name(request: Request) -> tuple[str | None, dict[str, Any]]:
    """The SES v2 operation a request targets, with its URI parameters."""
    try:
        operation, uri_params = get_service_router(SERVICE).match(request)
        return str(operation.name), uri_params
    except HTTPException:
        return _legacy_operation(request)


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """A model pattern; Smithy patterns are searched (anchored only by their own ``^`` and ``$``)."""
    return re.compile(pattern)


def _validate(shape: Shape, value: Any, path: str) -> None:
    """Check required members, enums, length limits and patterns the way SES does.

    botocore validates client-side, but other SDKs and raw requests do not,
    and SES answers BadRequestException for these.
    """
    metadata = shape.metadata
    if "enum" in metadata and value not in metadata["enum"]:
        raise BadRequestException(
            f"Invalid value {value!r} for {path}; expected one of {metadata['enum']}."
        )
    if isinstance(value, (str, list)) and not (
        metadata.get("min", 0) <= len(value) <= metadata.get("max", len(value))
    ):
        raise BadRequestException(f"Invalid length for {path}.")
    if isinstance(value, str) and "pattern" in metadata and not _pattern(metadata["pattern"]).search(value):
        raise BadRequestException(f"Invalid value for {path}: it must match {metadata['pattern']}.")
    if isinstance(shape, StructureShape) and isinstance(value, dict):
        for member in shape.required_members:
            if value.get(member) in (None, ""):
                raise BadRequestException(f"{path}.{member} is required.")
        for key, member_value in value.items():
            if key in shape.members and member_value is not None:
                _validate(shape.members[key], member_value, f"{path}.{key}")
    elif isinstance(shape, ListShape) and isinstance(value, list):
        for index, item in enumerate(value):
            _validate(shape.member, item, f"{path}[{index}]")


def _tags(tag_list: list[dict[str, str]] | None) -> dict[str, str]:
    return {tag["Key"]: tag["Value"] for tag in tag_list or []}


def _tag_list(tags: dict[str, str]) -> list[dict[str, str]]:
    return [{"Key": key, "Value": value} for key, value in tags.items()]


class SesV2Response(BaseResponse):
    """Handlers named after the SES v2 operations they implement."""

    def __init__(self) -> None:
        super().__init__(service_name=SERVICE)
        self.automated_parameter_parsing = True

    def setup_class(self, request: Request, full_url: str | None = None, headers: Any = None,
                    use_raw_body: bool | None = None) -> None:
        # The client's address: SES reports it as the message's source IP (``ses:source-ip``).
        self.remote_addr = str(getattr(request, "remote_addr", None) or "127.0.0.1")
        super().setup_class(request, full_url, headers, use_raw_body)

    def _get_action_from_method_and_request_uri(self, request: Request) -> str:
        name, self.uri_match = operation_name(request)
        return name or ""

    @property
    def backend(self) -> SesV2Backend:
        return sesv2_backends[self.current_account][self.region]

    @cached_property
    def input(self) -> dict[str, Any]:
        """The validated request parameters, URI parameters included."""
        params = {**self.params, **self.uri_match}
        operation = get_service_model(SERVICE).operation_model(self._get_action())
        if operation.input_shape is not None:
            _validate(operation.input_shape, params, operation.name)
        return params

    # Identities

    def create_email_identity(self) -> ActionResult:
        params = self.input
        identity = self.backend.create_email_identity(
            name=params["EmailIdentity"],
            tags=_tags(params.get("Tags")),
            signing=params.get("DkimSigningAttributes"),
            configuration_set_name=params.get("ConfigurationSetName"),
        )
        return ActionResult(
            {
                "IdentityType": identity.identity_type,
                "VerifiedForSendingStatus": self.backend.is_verified(identity),
                "DkimAttributes": identity.dkim_attributes(),
            }
        )

    def get_email_identity(self) -> ActionResult:
        identity = self.backend.get_email_identity(self.input["EmailIdentity"])
        status = self.backend.verification_status(identity)
        return ActionResult(
            {
                "IdentityType": identity.identity_type,
                "FeedbackForwardingStatus": identity.feedback_forwarding,
                "VerifiedForSendingStatus": status == "SUCCESS",
                "VerificationStatus": status,
                "DkimAttributes": identity.dkim_attributes(),
                "MailFromAttributes": identity.mail_from_attributes(),
                "Policies": identity.policies,
                "Tags": _tag_list(identity.tags),
                "ConfigurationSetName": identity.configuration_set_name,
            }
        )

    def delete_email_identity(self) -> ActionResult:
        self.backend.delete_email_identity(self.input["EmailIdentity"])
        return EmptyResult()

    def list_email_identities(self) -> ActionResult:
        params = self.input
        identities, next_token = self.backend.list_email_identities(
            next_token=params.get("NextToken"), page_size=params.get("PageSize")
        )
        summaries = []
        for identity in identities:
            status = self.backend.verification_status(identity)
            summaries.append(
                {
                    "IdentityType": identity.identity_type,
                    "IdentityName": identity.name,
                    "SendingEnabled": status == "SUCCESS",
                    "VerificationStatus": status,
                }
            )
        return ActionResult({"EmailIdentities": summaries, "NextToken": next_token})

    def put_email_identity_dkim_signing_attributes(self) -> ActionResult:
        params = self.input
        identity = self.backend.put_email_identity_dkim_signing_attributes(
            params["EmailIdentity"],
            params["SigningAttributesOrigin"],
            params.get("SigningAttributes"),
        )
        attributes = identity.dkim_attributes()
        return ActionResult(
            {
                "DkimStatus": attributes["Status"],
                "DkimTokens": attributes["Tokens"],
                "SigningHostedZone": attributes.get("SigningHostedZone"),
            }
        )

    def put_email_identity_dkim_attributes(self) -> ActionResult:
        params = self.input
        self.backend.put_email_identity_dkim_attributes(
            params["EmailIdentity"], bool(params.get("SigningEnabled"))
        )
        return EmptyResult()

    def put_email_identity_configuration_set_attributes(self) -> ActionResult:
        params = self.input
        self.backend.put_email_identity_configuration_set_attributes(
            params["EmailIdentity"], params.get("ConfigurationSetName")
        )
        return EmptyResult()

    def put_email_identity_feedback_attributes(self) -> ActionResult:
        params = self.input
        self.backend.put_email_identity_feedback_attributes(
            params["EmailIdentity"], bool(params.get("EmailForwardingEnabled"))
        )
        return EmptyResult()

    def put_email_identity_mail_from_attributes(self) -> ActionResult:
        params = self.input
        self.backend.put_email_identity_mail_from_attributes(
            params["EmailIdentity"], params.get("MailFromDomain"), params.get("BehaviorOnMxFailure")
        )
        return EmptyResult()

    def create_email_identity_policy(self) -> ActionResult:
        params = self.input
        self.backend.create_email_identity_policy(
            params["EmailIdentity"], params["PolicyName"], params["Policy"]
        )
        return EmptyResult()

    def update_email_identity_policy(self) -> ActionResult:
        params = self.input
        self.backend.update_email_identity_policy(
            params["EmailIdentity"], params["PolicyName"], params["Policy"]
        )
        return EmptyResult()

    def delete_email_identity_policy(self) -> ActionResult:
        params = self.input
        self.backend.delete_email_identity_policy(params["EmailIdentity"], params["PolicyName"])
        return EmptyResult()

    def get_email_identity_policies(self) -> ActionResult:
        policies = self.backend.get_email_identity_policies(self.input["EmailIdentity"])
        return ActionResult({"Policies": policies})

    # Tags

    def tag_resource(self) -> ActionResult:
        params = self.input
        self.backend.tag_resource(params["ResourceArn"], _tags(params["Tags"]))
        return EmptyResult()

    def untag_resource(self) -> ActionResult:
        params = self.input
        self.backend.untag_resource(params["ResourceArn"], params["TagKeys"])
        return EmptyResult()

    def list_tags_for_resource(self) -> ActionResult:
        tags = self.backend.list_tags_for_resource(self.input["ResourceArn"])
        return ActionResult({"Tags": _tag_list(tags)})

    # Account

    def get_account(self) -> ActionResult:
        return ActionResult(self.backend.get_account().describe())

    def put_account_details(self) -> ActionResult:
        self.backend.put_account_details(dict(self.input))
        return EmptyResult()

    def put_account_suppression_attributes(self) -> ActionResult:
        self.backend.put_account_suppression_attributes(self.input.get("SuppressedReasons") or [])
        return EmptyResult()

    def put_account_sending_attributes(self) -> ActionResult:
        self.backend.put_account_sending_attributes(bool(self.input.get("SendingEnabled")))
        return EmptyResult()

    # Configuration sets

    def create_configuration_set(self) -> ActionResult:
        params = self.input
        options = {key: params[key] for key in CONFIGURATION_SET_OPTIONS if key in params}
        self.backend.create_configuration_set(
            params["ConfigurationSetName"], options, _tags(params.get("Tags"))
        )
        return EmptyResult()

    def get_configuration_set(self) -> ActionResult:
        configuration_set = self.backend.get_configuration_set(self.input["ConfigurationSetName"])
        return ActionResult(
            configuration_set.describe() | {"Tags": _tag_list(configuration_set.tags)}
        )

    def delete_configuration_set(self) -> ActionResult:
        self.backend.delete_configuration_set(self.input["ConfigurationSetName"])
        return EmptyResult()

    def list_configuration_sets(self) -> ActionResult:
        params = self.input
        sets, next_token = self.backend.list_configuration_sets(
            next_token=params.get("NextToken"), page_size=params.get("PageSize")
        )
        return ActionResult({"ConfigurationSets": [s.name for s in sets], "NextToken": next_token})

    def _put_options(self) -> ActionResult:
        """Replace the option block the operation names; the request body is the block itself."""
        params = self.input
        key = self._get_action().removeprefix("PutConfigurationSet")  # e.g. "DeliveryOptions"
        block = {k: v for k, v in params.items() if k != "ConfigurationSetName"}
        self.backend.put_configuration_set_options(params["ConfigurationSetName"], key, block)
        return EmptyResult()

    put_configuration_set_archiving_options = _put_options
    put_configuration_set_delivery_options = _put_options
    put_configuration_set_reputation_options = _put_options
    put_configuration_set_sending_options = _put_options
    put_configuration_set_suppression_options = _put_options
    put_configuration_set_tracking_options = _put_options
    put_configuration_set_vdm_options = _put_options

    def _put_event_destination(self, *, create: bool) -> ActionResult:
        params = self.input
        self.backend.put_configuration_set_event_destination(
            params["ConfigurationSetName"],
            params["EventDestinationName"],
            params["EventDestination"],
            create=create,
        )
        return EmptyResult()

    def create_configuration_set_event_destination(self) -> ActionResult:
        return self._put_event_destination(create=True)

    def update_configuration_set_event_destination(self) -> ActionResult:
        return self._put_event_destination(create=False)

    def delete_configuration_set_event_destination(self) -> ActionResult:
        params = self.input
        self.backend.delete_configuration_set_event_destination(
            params["ConfigurationSetName"], params["EventDestinationName"]
        )
        return EmptyResult()

    def get_configuration_set_event_destinations(self) -> ActionResult:
        destinations = self.backend.get_configuration_set_event_destinations(
            self.input["ConfigurationSetName"]
        )
        return ActionResult({"EventDestinations": destinations})

    # Sending

    def send_email(self) -> ActionResult:
        params = self.input
        draft = outbound.compose(params)
        feedback = params.get("FeedbackForwardingEmailAddress")
        if feedback:
            outbound.check_address(feedback, "FeedbackForwardingEmailAddress")
        mail = self.backend.send_email(
            draft,
            configuration_set_name=params.get("ConfigurationSetName"),
            tags={tag["Name"]: tag["Value"] for tag in params.get("EmailTags") or []},
            feedback_address=feedback,
            tenant=params.get("TenantName"),
            source_ip=self.remote_addr,
            caller_identity=self._caller_identity(),
        )
        return ActionResult({"MessageId": mail.message_id})

    def _caller_identity(self) -> str:
        """The IAM identity that signed the request, as ``ses:caller-identity`` names it (a user or session name)."""
        from moto.sts.models import sts_backends

        backend = sts_backends[self.current_account][self.partition]
        _, arn, _ = backend.get_caller_identity(self.get_access_key(), self.region)
        return str(arn).rsplit("/", 1)[-1]

    # Suppression list

    def put_suppressed_destination(self) -> ActionResult:
        params = self.input
        self.backend.put_suppressed_destination(params["EmailAddress"], params["Reason"], params.get("TenantName"))
        return EmptyResult()

    def get_suppressed_destination(self) -> ActionResult:
        params = self.input
        entry = self.backend.get_suppressed_destination(params["EmailAddress"], params.get("TenantName"))
        return ActionResult({"SuppressedDestination": entry.describe()})

    def delete_suppressed_destination(self) -> ActionResult:
        params = self.input
        self.backend.delete_suppressed_destination(params["EmailAddress"], params.get("TenantName"))
        return EmptyResult()

    def list_suppressed_destinations(self) -> ActionResult:
        params = self.input
        entries, next_token = self.backend.list_suppressed_destinations(
            reasons=params.get("Reasons"),
            start=params.get("StartDate"),
            end=params.get("EndDate"),
            next_token=params.get("NextToken"),
            page_size=params.get("PageSize"),
            tenant=params.get("TenantName"),
        )
        return ActionResult({
            "SuppressedDestinationSummaries": [entry.summary() for entry in entries],
            "NextToken": next_token,
        })
