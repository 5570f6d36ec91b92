"""SES v2 HTTP layer that replaces moto's for identities, configuration sets and the account.

moto 5.2's own sesv2 answers some of these wrongly (a string timestamp the Go
SDK rejects, no DKIM tokens) and others not at all. This handler reuses moto's
machinery instead of its sesv2 module: ``BaseResponse`` extracts the account
(from the access key) and the region (from the SigV4 scope), its model-driven
parser reads the request, and ``ActionResult`` serializes the answer with the
botocore SES v2 model, so shapes, epoch-number timestamps, HTTP status codes
and error types all come from the model. Operations not implemented here
(contact lists, sending, dedicated IPs...) stay with moto.
"""

import re
from functools import cached_property
from typing import Any

from botocore.model import ListShape, Shape, StructureShape
from moto.core.request import Request
from moto.core.responses import ActionResult, BaseResponse, EmptyResult
from moto.core.routing import get_service_router
from moto.core.utils import camelcase_to_underscores, get_service_model
from werkzeug.exceptions import HTTPException

from emulator.credentials import credential_scope
from emulator.sesv2_models import (
    DOMAIN_RE,
    AlreadyExistsException,
    BadRequestException,
    ConfigurationSet,
    EmailIdentity,
    SesV2Backend,
    sesv2_backends,
)

SERVICE = "sesv2"
SIGNING_NAME = "ses"
PATH_PREFIXES = ("/v1/email/", "/v2/email/")
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


def signing_service(request: Request) -> str | None:
    """The service named in the SigV4 credential scope, if the request is signed."""
    scope = credential_scope(request.headers.get("Authorization", ""))
    return scope[3].lower() if len(scope) > 3 else None


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


def handles(request: Request) -> bool:
    """Whether the request is an SES v2 operation this module implements."""
    if not request.path.startswith(PATH_PREFIXES):
        return False
    if signing_service(request) != SIGNING_NAME:
        return False
    name, _ = operation_name(request)
    return name is not None and camelcase_to_underscores(name) in vars(SesV2Response)


def _validate(shape: Shape, value: Any, path: str) -> None:
    """Check required members, enums and length limits the way SES does.

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

    def _identity(self) -> EmailIdentity:
        return self.backend.get_email_identity(self.input["EmailIdentity"])

    def _configuration_set(self) -> ConfigurationSet:
        return self.backend.get_configuration_set(self.input["ConfigurationSetName"])

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
        identity = self._identity()
        verified = self.backend.is_verified(identity)
        return ActionResult(
            {
                "IdentityType": identity.identity_type,
                "FeedbackForwardingStatus": identity.feedback_forwarding,
                "VerifiedForSendingStatus": verified,
                "VerificationStatus": "SUCCESS" if verified else "PENDING",
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
            verified = self.backend.is_verified(identity)
            summaries.append(
                {
                    "IdentityType": identity.identity_type,
                    "IdentityName": identity.name,
                    "SendingEnabled": verified,
                    "VerificationStatus": "SUCCESS" if verified else "PENDING",
                }
            )
        return ActionResult({"EmailIdentities": summaries, "NextToken": next_token})

    def put_email_identity_dkim_signing_attributes(self) -> ActionResult:
        params = self.input
        identity = self.backend.put_dkim_signing_attributes(
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
        self._identity().signing_enabled = bool(self.input.get("SigningEnabled"))
        return EmptyResult()

    def put_email_identity_configuration_set_attributes(self) -> ActionResult:
        identity = self._identity()
        name = self.input.get("ConfigurationSetName")
        if name:
            self.backend.get_configuration_set(name)
        identity.configuration_set_name = name or None
        return EmptyResult()

    def put_email_identity_feedback_attributes(self) -> ActionResult:
        enabled = bool(self.input.get("EmailForwardingEnabled"))
        self._identity().feedback_forwarding = enabled
        return EmptyResult()

    def put_email_identity_mail_from_attributes(self) -> ActionResult:
        params = self.input
        identity = self._identity()
        mail_from = (params.get("MailFromDomain") or "").rstrip(".")
        behavior = params.get("BehaviorOnMxFailure") or "USE_DEFAULT_VALUE"
        if mail_from and not (
            DOMAIN_RE.match(mail_from) and mail_from.lower().endswith(f".{identity.domain.lower()}")
        ):
            raise BadRequestException(
                f"MAIL FROM domain {mail_from} must be a subdomain of {identity.domain}."
            )
        identity.mail_from_domain = mail_from
        identity.behavior_on_mx_failure = behavior
        return EmptyResult()

    def create_email_identity_policy(self) -> ActionResult:
        params = self.input
        identity = self._identity()
        if params["PolicyName"] in identity.policies:
            raise AlreadyExistsException(f"Policy {params['PolicyName']} already exists.")
        identity.policies[params["PolicyName"]] = params["Policy"]
        return EmptyResult()

    def update_email_identity_policy(self) -> ActionResult:
        params = self.input
        self._identity().policies[params["PolicyName"]] = params["Policy"]
        return EmptyResult()

    def delete_email_identity_policy(self) -> ActionResult:
        self._identity().policies.pop(self.input["PolicyName"], None)
        return EmptyResult()

    def get_email_identity_policies(self) -> ActionResult:
        return ActionResult({"Policies": self._identity().policies})

    # Tags

    def tag_resource(self) -> ActionResult:
        params = self.input
        self.backend.tagged_resource(params["ResourceArn"]).tags.update(_tags(params["Tags"]))
        return EmptyResult()

    def untag_resource(self) -> ActionResult:
        params = self.input
        tags = self.backend.tagged_resource(params["ResourceArn"]).tags
        for key in params["TagKeys"]:
            tags.pop(key, None)
        return EmptyResult()

    def list_tags_for_resource(self) -> ActionResult:
        resource = self.backend.tagged_resource(self.input["ResourceArn"])
        return ActionResult({"Tags": _tag_list(resource.tags)})

    # Account

    def get_account(self) -> ActionResult:
        return ActionResult(self.backend.account.describe())

    def put_account_details(self) -> ActionResult:
        self.backend.put_account_details(dict(self.input))
        return EmptyResult()

    def put_account_suppression_attributes(self) -> ActionResult:
        reasons = self.input.get("SuppressedReasons") or []
        self.backend.account.suppressed_reasons = list(dict.fromkeys(reasons))
        return EmptyResult()

    def put_account_sending_attributes(self) -> ActionResult:
        self.backend.account.sending_enabled = bool(self.input.get("SendingEnabled"))
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
        configuration_set = self._configuration_set()
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

    def _put_options(self, key: str) -> ActionResult:
        """Replace one option block; the request body is the block itself."""
        params = self.input
        configuration_set = self._configuration_set()
        block = {k: v for k, v in params.items() if k != "ConfigurationSetName"}
        configuration_set.options[key] = block
        return EmptyResult()

    def put_configuration_set_delivery_options(self) -> ActionResult:
        return self._put_options("DeliveryOptions")

    def put_configuration_set_reputation_options(self) -> ActionResult:
        return self._put_options("ReputationOptions")

    def put_configuration_set_sending_options(self) -> ActionResult:
        return self._put_options("SendingOptions")

    def put_configuration_set_suppression_options(self) -> ActionResult:
        return self._put_options("SuppressionOptions")

    def put_configuration_set_tracking_options(self) -> ActionResult:
        return self._put_options("TrackingOptions")

    def put_configuration_set_vdm_options(self) -> ActionResult:
        return self._put_options("VdmOptions")

    def put_configuration_set_archiving_options(self) -> ActionResult:
        return self._put_options("ArchivingOptions")

    def create_configuration_set_event_destination(self) -> ActionResult:
        params = self.input
        self.backend.put_event_destination(
            params["ConfigurationSetName"],
            params["EventDestinationName"],
            params["EventDestination"],
            create=True,
        )
        return EmptyResult()

    def update_configuration_set_event_destination(self) -> ActionResult:
        params = self.input
        self.backend.put_event_destination(
            params["ConfigurationSetName"],
            params["EventDestinationName"],
            params["EventDestination"],
            create=False,
        )
        return EmptyResult()

    def delete_configuration_set_event_destination(self) -> ActionResult:
        params = self.input
        self.backend.delete_event_destination(
            params["ConfigurationSetName"], params["EventDestinationName"]
        )
        return EmptyResult()

    def get_configuration_set_event_destinations(self) -> ActionResult:
        destinations = self._configuration_set().event_destinations
        return ActionResult({"EventDestinations": list(destinations.values())})
