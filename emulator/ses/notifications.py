"""SES v1 notifications: original headers in identity notifications, and configuration sets.

Where SES reports what happens to mail, and what moto 5.2 answers wrongly or
not at all:

* ``SetIdentityHeadersInNotificationsEnabled`` is missing (the AWS provider
  calls it for every ``aws_ses_identity_notification_topic``, and retried it
  until Terraform was killed), and ``GetIdentityNotificationAttributes``
  reports the headers always off. The setting is kept per identity and
  notification type next to the identity's topics (``SESBackend.sns_topics``),
  so it goes when the identity is deleted.
* Configuration sets. AWS keeps one set of configuration sets per account and
  region for both APIs, as it does identities: a set made with SES v1 is the
  SES v2 set of the same name, and its v1 delivery, reputation, sending and
  tracking options and event destinations are the v2 ones, spelled the v1 way
  (``Require`` for ``REQUIRE``, ``bounce`` for ``BOUNCE``, ``SNSDestination``
  for ``SnsDestination``). moto kept v1 sets apart, with one event destination
  per set, destination names unique across sets, no options in
  ``DescribeConfigurationSet`` and no ``DeleteConfigurationSetEventDestination``,
  ``PutConfigurationSetDeliveryOptions``, ``UpdateConfigurationSetSendingEnabled``
  or tracking options. Here every v1 configuration set operation reads and
  writes the sets of ``emulator.sesv2.models.SesV2Backend``.

References: the SES API reference (v1) for each operation, and the SES v2
reference for the shared sets.

``NotificationBackend`` and ``NotificationResponse`` hold the methods and
handlers; ``install()`` puts them on moto's ``SESBackend`` and
``EmailResponse``, and wraps the ``GetIdentityNotificationAttributes`` of
whichever backend method is installed (``emulator.ses``'s own) so that it
reports the headers settings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from moto.core.exceptions import ServiceException
from moto.core.responses import ActionResult, EmptyResult
from moto.ses.exceptions import (
    ConfigurationSetAlreadyExists,
    ConfigurationSetDoesNotExist,
    EventDestinationAlreadyExists,
    InvalidParameterValue,
    SesError,
    ValidationError,
)
from moto.ses.models import SESBackend
from moto.ses.responses import EmailResponse
from moto.sns.models import sns_backends

from emulator.ses.graft import graft
from emulator.sesv2.models import ConfigurationSet, SesV2Backend, sesv2_backends

NOTIFICATION_TYPES = ("Bounce", "Complaint", "Delivery")
HEADERS_KEY = "HeadersInNotificationsEnabled"  # in SESBackend.sns_topics[identity]
# CreateConfigurationSet: "Contain only letters (a-z, A-Z), numbers (0-9), underscores (_), or dashes (-).
# Contain 64 characters or fewer." The same rule for event destination names.
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# SES v1 spells the v2 enums its own way.
V1_EVENT_TYPES = {
    "send": "SEND",
    "reject": "REJECT",
    "bounce": "BOUNCE",
    "complaint": "COMPLAINT",
    "delivery": "DELIVERY",
    "open": "OPEN",
    "click": "CLICK",
    "renderingFailure": "RENDERING_FAILURE",
    "deliveryDelay": "DELIVERY_DELAY",
    "subscription": "SUBSCRIPTION",
}
V1_DIMENSION_SOURCES = {"messageTag": "MESSAGE_TAG", "emailHeader": "EMAIL_HEADER", "linkTag": "LINK_TAG"}
V1_TLS_POLICIES = {"Require": "REQUIRE", "Optional": "OPTIONAL"}
ATTRIBUTE_NAMES = ("eventDestinations", "trackingOptions", "deliveryOptions", "reputationOptions")
DIMENSION_RE = re.compile(r"^[A-Za-z0-9_:-]{1,256}$")


def _v1(mapping: dict[str, str]) -> dict[str, str]:
    return {v2: v1 for v1, v2 in mapping.items()}


class EventDestinationDoesNotExist(SesError):
    code = "EventDestinationDoesNotExist"


class InvalidConfigurationSet(SesError):
    code = "InvalidConfigurationSet"


class InvalidSNSDestination(SesError):
    code = "InvalidSNSDestination"


class InvalidCloudWatchDestination(SesError):
    code = "InvalidCloudWatchDestination"


class InvalidFirehoseDestination(SesError):
    code = "InvalidFirehoseDestination"


class InvalidDeliveryOptions(SesError):
    code = "InvalidDeliveryOptions"


class InvalidTrackingOptions(SesError):
    code = "InvalidTrackingOptions"


class TrackingOptionsAlreadyExists(SesError):
    code = "TrackingOptionsAlreadyExistsException"


class TrackingOptionsDoesNotExist(SesError):
    code = "TrackingOptionsDoesNotExistException"


def _sns_topic_exists(arn: str) -> bool:
    parts = arn.split(":")
    if len(parts) != 6 or parts[2] != "sns":
        return False
    region, account = parts[3], parts[4]
    try:
        return arn in sns_backends[account][region].topics
    except KeyError:
        return False


def _destination_to_v2(destination: dict[str, Any]) -> dict[str, Any]:
    """A v1 ``EventDestination`` as SES v2 keeps it (without its name), after v1's checks."""
    name = destination.get("Name") or ""
    if not NAME_RE.match(name):
        raise InvalidParameterValue(
            f"Invalid event destination name <{name}>: up to 64 letters, numbers, underscores and dashes."
        )
    types = destination.get("MatchingEventTypes") or []
    if not types:
        raise ValidationError("EventDestination.MatchingEventTypes must name at least one event type.")
    unknown = [kind for kind in types if kind not in V1_EVENT_TYPES]
    if unknown:
        raise ValidationError(
            f"Value {unknown} at 'eventDestination.matchingEventTypes' failed to satisfy constraint: Member must"
            f" satisfy enum value set: [{', '.join(V1_EVENT_TYPES)}]"
        )
    converted: dict[str, Any] = {
        "Enabled": bool(destination.get("Enabled", False)),
        "MatchingEventTypes": [V1_EVENT_TYPES[kind] for kind in types],
    }
    sns = destination.get("SNSDestination")
    cloudwatch = destination.get("CloudWatchDestination")
    firehose = destination.get("KinesisFirehoseDestination")
    if sum(part is not None for part in (sns, cloudwatch, firehose)) != 1:
        raise InvalidParameterValue(
            "An event destination has exactly one of CloudWatchDestination, KinesisFirehoseDestination and"
            " SNSDestination."
        )
    if sns is not None:
        topic = sns.get("TopicARN", "")
        if not _sns_topic_exists(topic):
            raise InvalidSNSDestination(f"SNS topic <{topic}> not found.")
        converted["SnsDestination"] = {"TopicArn": topic}
    if cloudwatch is not None:
        dimensions = []
        for dimension in cloudwatch.get("DimensionConfigurations") or []:
            dimension_name = dimension.get("DimensionName", "")
            source = dimension.get("DimensionValueSource")
            if not DIMENSION_RE.match(dimension_name) or source not in V1_DIMENSION_SOURCES:
                raise InvalidCloudWatchDestination(
                    f"Invalid CloudWatch dimension {dimension_name!r} with value source {source!r}."
                )
            dimensions.append({
                "DimensionName": dimension_name,
                "DimensionValueSource": V1_DIMENSION_SOURCES[source],
                "DefaultDimensionValue": dimension.get("DefaultDimensionValue", ""),
            })
        if not dimensions:
            raise InvalidCloudWatchDestination("A CloudWatch destination needs at least one dimension.")
        converted["CloudWatchDestination"] = {"DimensionConfigurations": dimensions}
    if firehose is not None:
        role, stream = firehose.get("IAMRoleARN", ""), firehose.get("DeliveryStreamARN", "")
        if not (role.startswith("arn:") and stream.startswith("arn:")):
            raise InvalidFirehoseDestination("IAMRoleARN and DeliveryStreamARN must be ARNs.")
        converted["KinesisFirehoseDestination"] = {"IamRoleArn": role, "DeliveryStreamArn": stream}
    return converted


def _destination_to_v1(destination: dict[str, Any]) -> dict[str, Any]:
    """A v2 event destination as SES v1 describes it (v2-only kinds, EventBridge..., show no target)."""
    event_types, sources = _v1(V1_EVENT_TYPES), _v1(V1_DIMENSION_SOURCES)
    described: dict[str, Any] = {
        "Name": destination["Name"],
        "Enabled": bool(destination.get("Enabled", False)),
        "MatchingEventTypes": [event_types[kind] for kind in destination.get("MatchingEventTypes", [])
                               if kind in event_types],
    }
    if sns := destination.get("SnsDestination"):
        described["SNSDestination"] = {"TopicARN": sns["TopicArn"]}
    if cloudwatch := destination.get("CloudWatchDestination"):
        described["CloudWatchDestination"] = {"DimensionConfigurations": [
            {
                "DimensionName": dimension["DimensionName"],
                "DimensionValueSource": sources.get(dimension["DimensionValueSource"], "messageTag"),
                "DefaultDimensionValue": dimension.get("DefaultDimensionValue", ""),
            }
            for dimension in cloudwatch.get("DimensionConfigurations", [])
        ]}
    if firehose := destination.get("KinesisFirehoseDestination"):
        described["KinesisFirehoseDestination"] = {
            "IAMRoleARN": firehose["IamRoleArn"],
            "DeliveryStreamARN": firehose["DeliveryStreamArn"],
        }
    return described


@contextmanager
def _v1_errors(set_name: str) -> Iterator[None]:
    """SES v2's errors about a configuration set, answered with SES v1's codes."""
    try:
        yield
    except SesError:
        raise
    except ServiceException as error:
        if error.code == "NotFoundException":
            raise ConfigurationSetDoesNotExist(f"Configuration set <{set_name}> does not exist.") from error
        if error.code == "AlreadyExistsException":
            raise ConfigurationSetAlreadyExists(f"Configuration set <{set_name}> already exists.") from error
        raise InvalidParameterValue(error.message) from error


class NotificationBackend(SESBackend):
    """The methods moto's ``SESBackend`` gets from ``install()``."""

    # Original headers in identity notifications

    def set_identity_headers_in_notifications_enabled(self, identity: str, notification_type: str,
                                                      enabled: bool) -> None:
        if notification_type not in NOTIFICATION_TYPES:
            raise ValidationError(
                f"Value '{notification_type}' at 'notificationType' failed to satisfy constraint: Member must"
                f" satisfy enum value set: [{', '.join(NOTIFICATION_TYPES)}]"
            )
        if identity not in self.get_identity_notification_attributes([identity]):
            raise InvalidParameterValue(
                f"Identity {identity} is invalid. Must be a verified email address or domain."
            )
        settings = self.sns_topics.setdefault(identity, {}).setdefault(HEADERS_KEY, {})
        settings[notification_type] = enabled

    def headers_in_notifications(self, identity: str) -> dict[str, bool]:
        settings: dict[str, bool] = self.sns_topics.get(identity, {}).get(HEADERS_KEY, {})
        return {kind: bool(settings.get(kind)) for kind in NOTIFICATION_TYPES}

    # Configuration sets, shared with SES v2

    @property
    def configuration_sets_store(self) -> SesV2Backend:
        """The configuration sets of this account and region, shared with SES v2."""
        return sesv2_backends[self.account_id][self.region_name]

    def _configuration_set(self, name: str) -> ConfigurationSet:
        configuration_set = self.configuration_sets_store.configuration_sets.get(name or "")
        if configuration_set is None:
            raise ConfigurationSetDoesNotExist(f"Configuration set <{name}> does not exist.")
        return configuration_set

    def create_configuration_set(self, configuration_set_name: str) -> None:
        if not NAME_RE.match(configuration_set_name or ""):
            raise InvalidConfigurationSet(
                f"Invalid configuration set name <{configuration_set_name}>: up to 64 letters, numbers,"
                " underscores and dashes."
            )
        with _v1_errors(configuration_set_name):
            self.configuration_sets_store.create_configuration_set(configuration_set_name, {}, {})

    def describe_configuration_set_v1(self, name: str, attribute_names: list[str]) -> dict[str, Any]:
        """DescribeConfigurationSet: the name, and the attributes asked for that the set has."""
        configuration_set = self._configuration_set(name)
        options = configuration_set.options
        described: dict[str, Any] = {"ConfigurationSet": {"Name": configuration_set.name}}
        if "eventDestinations" in attribute_names:
            described["EventDestinations"] = [
                _destination_to_v1(destination) for destination in configuration_set.event_destinations.values()
            ]
        tracking = options.get("TrackingOptions") or {}
        if "trackingOptions" in attribute_names and tracking.get("CustomRedirectDomain"):
            described["TrackingOptions"] = {"CustomRedirectDomain": tracking["CustomRedirectDomain"]}
        delivery = options.get("DeliveryOptions") or {}
        if "deliveryOptions" in attribute_names and delivery.get("TlsPolicy"):
            described["DeliveryOptions"] = {"TlsPolicy": _v1(V1_TLS_POLICIES).get(delivery["TlsPolicy"])}
        if "reputationOptions" in attribute_names:
            reputation = options.get("ReputationOptions") or {}
            described["ReputationOptions"] = {
                "SendingEnabled": (options.get("SendingOptions") or {}).get("SendingEnabled", True),
                "ReputationMetricsEnabled": reputation.get("ReputationMetricsEnabled", False),
            }
            if reputation.get("LastFreshStart"):
                described["ReputationOptions"]["LastFreshStart"] = reputation["LastFreshStart"]
        return described

    def delete_configuration_set(self, configuration_set_name: str) -> None:
        self._configuration_set(configuration_set_name)
        with _v1_errors(configuration_set_name):
            self.configuration_sets_store.delete_configuration_set(configuration_set_name)

    def list_configuration_sets_v1(self, next_token: str | None, max_items: int | None) -> dict[str, Any]:
        names = list(self.configuration_sets_store.configuration_sets)
        start = int(next_token) if next_token and next_token.isdigit() else 0
        size = max_items if max_items and max_items > 0 else 1000
        page: dict[str, Any] = {"ConfigurationSets": [{"Name": name} for name in names[start:start + size]]}
        if start + size < len(names):
            page["NextToken"] = str(start + size)
        return page

    def _merge_option(self, name: str, key: str, values: dict[str, Any]) -> None:
        options = self._configuration_set(name).options
        options[key] = {**(options.get(key) or {}), **values}

    def update_configuration_set_reputation_metrics_enabled(self, configuration_set_name: str,
                                                            enabled: bool) -> None:
        self._merge_option(configuration_set_name, "ReputationOptions", {"ReputationMetricsEnabled": enabled})

    def update_configuration_set_sending_enabled(self, name: str, enabled: bool) -> None:
        self._merge_option(name, "SendingOptions", {"SendingEnabled": enabled})

    def put_configuration_set_delivery_options(self, name: str, delivery_options: dict[str, Any] | None) -> None:
        """PutConfigurationSetDeliveryOptions: without a TLS policy the set goes back to Optional."""
        self._configuration_set(name)
        policy = (delivery_options or {}).get("TlsPolicy") or "Optional"
        if policy not in V1_TLS_POLICIES:
            raise InvalidDeliveryOptions(f"Invalid TlsPolicy <{policy}>: Require or Optional.")
        self._merge_option(name, "DeliveryOptions", {"TlsPolicy": V1_TLS_POLICIES[policy]})

    def put_configuration_set_tracking_options(self, name: str, tracking_options: dict[str, Any] | None, *,
                                               create: bool) -> None:
        """Create (``create``: none yet) or Update (one already) ConfigurationSetTrackingOptions."""
        existing = (self._configuration_set(name).options.get("TrackingOptions") or {}).get("CustomRedirectDomain")
        if create and existing:
            raise TrackingOptionsAlreadyExists(f"Tracking options already exist for configuration set <{name}>.")
        if not create and not existing:
            raise TrackingOptionsDoesNotExist(f"Tracking options do not exist for configuration set <{name}>.")
        domain = (tracking_options or {}).get("CustomRedirectDomain") or ""
        if not domain or domain.endswith(".") or " " in domain:
            raise InvalidTrackingOptions(f"Invalid CustomRedirectDomain <{domain}>.")
        self._merge_option(name, "TrackingOptions", {"CustomRedirectDomain": domain})

    def delete_configuration_set_tracking_options(self, name: str) -> None:
        options = self._configuration_set(name).options
        if not (options.get("TrackingOptions") or {}).get("CustomRedirectDomain"):
            raise TrackingOptionsDoesNotExist(f"Tracking options do not exist for configuration set <{name}>.")
        del options["TrackingOptions"]

    def put_configuration_set_event_destination_v1(self, set_name: str, destination: dict[str, Any], *,
                                                   create: bool) -> None:
        """Create (``create``) or Update ConfigurationSetEventDestination."""
        destinations = self._configuration_set(set_name).event_destinations
        converted = _destination_to_v2(destination)
        name = destination["Name"]
        if create and name in destinations:
            raise EventDestinationAlreadyExists(f"Event destination {name} already exists in <{set_name}>.")
        if not create and name not in destinations:
            raise EventDestinationDoesNotExist(f"Event destination {name} does not exist in <{set_name}>.")
        with _v1_errors(set_name):
            self.configuration_sets_store.put_configuration_set_event_destination(
                set_name, name, converted, create=create
            )

    def delete_configuration_set_event_destination(self, set_name: str, name: str) -> None:
        destinations = self._configuration_set(set_name).event_destinations
        if name not in destinations:
            raise EventDestinationDoesNotExist(f"Event destination {name} does not exist in <{set_name}>.")
        del destinations[name]


class NotificationResponse(EmailResponse):
    """Handlers named after the SES v1 operations they implement."""

    @property
    def notification_backend(self) -> NotificationBackend:
        backend: NotificationBackend = self.backend  # type: ignore[assignment]
        return backend

    def set_identity_headers_in_notifications_enabled(self) -> ActionResult:
        self.notification_backend.set_identity_headers_in_notifications_enabled(
            self._get_param("Identity"), self._get_param("NotificationType"), self._get_bool_param("Enabled", False)
        )
        return EmptyResult()

    def create_configuration_set(self) -> ActionResult:
        self.notification_backend.create_configuration_set(self._get_param("ConfigurationSet", {}).get("Name", ""))
        return EmptyResult()

    def describe_configuration_set(self) -> ActionResult:
        names = self._get_param("ConfigurationSetAttributeNames", [])
        unknown = [name for name in names if name not in ATTRIBUTE_NAMES]
        if unknown:
            raise ValidationError(
                f"Value {unknown} at 'configurationSetAttributeNames' failed to satisfy constraint: Member must"
                f" satisfy enum value set: [{', '.join(ATTRIBUTE_NAMES)}]"
            )
        return ActionResult(self.notification_backend.describe_configuration_set_v1(
            self._get_param("ConfigurationSetName"), names
        ))

    def delete_configuration_set(self) -> ActionResult:
        self.notification_backend.delete_configuration_set(self._get_param("ConfigurationSetName"))
        return EmptyResult()

    def list_configuration_sets(self) -> ActionResult:
        max_items = self._get_param("MaxItems")
        return ActionResult(self.notification_backend.list_configuration_sets_v1(
            self._get_param("NextToken"), int(max_items) if max_items is not None else None
        ))

    def update_configuration_set_reputation_metrics_enabled(self) -> ActionResult:
        self.notification_backend.update_configuration_set_reputation_metrics_enabled(
            self._get_param("ConfigurationSetName"), self._get_bool_param("Enabled", False)
        )
        return EmptyResult()

    def update_configuration_set_sending_enabled(self) -> ActionResult:
        self.notification_backend.update_configuration_set_sending_enabled(
            self._get_param("ConfigurationSetName"), self._get_bool_param("Enabled", False)
        )
        return EmptyResult()

    def put_configuration_set_delivery_options(self) -> ActionResult:
        self.notification_backend.put_configuration_set_delivery_options(
            self._get_param("ConfigurationSetName"), self._get_param("DeliveryOptions")
        )
        return EmptyResult()

    def create_configuration_set_tracking_options(self) -> ActionResult:
        self.notification_backend.put_configuration_set_tracking_options(
            self._get_param("ConfigurationSetName"), self._get_param("TrackingOptions"), create=True
        )
        return EmptyResult()

    def update_configuration_set_tracking_options(self) -> ActionResult:
        self.notification_backend.put_configuration_set_tracking_options(
            self._get_param("ConfigurationSetName"), self._get_param("TrackingOptions"), create=False
        )
        return EmptyResult()

    def delete_configuration_set_tracking_options(self) -> ActionResult:
        self.notification_backend.delete_configuration_set_tracking_options(self._get_param("ConfigurationSetName"))
        return EmptyResult()

    def create_configuration_set_event_destination(self) -> ActionResult:
        self.notification_backend.put_configuration_set_event_destination_v1(
            self._get_param("ConfigurationSetName"), self._get_param("EventDestination", {}), create=True
        )
        return EmptyResult()

    def update_configuration_set_event_destination(self) -> ActionResult:
        self.notification_backend.put_configuration_set_event_destination_v1(
            self._get_param("ConfigurationSetName"), self._get_param("EventDestination", {}), create=False
        )
        return EmptyResult()

    def delete_configuration_set_event_destination(self) -> ActionResult:
        self.notification_backend.delete_configuration_set_event_destination(
            self._get_param("ConfigurationSetName"), self._get_param("EventDestinationName")
        )
        return EmptyResult()


def _with_headers(
    get_attributes: Callable[[Any, list[str]], dict[str, dict[str, Any]]],
) -> Callable[[Any, list[str]], dict[str, dict[str, Any]]]:
    """``GetIdentityNotificationAttributes`` of ``get_attributes``, with the headers settings kept here."""

    def get_identity_notification_attributes(self: Any, identities: list[str]) -> dict[str, dict[str, Any]]:
        result = get_attributes(self, identities)
        for name, attributes in result.items():
            for kind, enabled in NotificationBackend.headers_in_notifications(self, name).items():
                attributes[f"HeadersIn{kind}NotificationsEnabled"] = enabled
        return result

    get_identity_notification_attributes.wrapped = get_attributes  # type: ignore[attr-defined]
    return get_identity_notification_attributes


def install() -> None:
    """Give moto's ``SESBackend`` and ``EmailResponse`` these methods and handlers (once)."""
    graft(NotificationBackend, SESBackend)
    graft(NotificationResponse, EmailResponse)
    current = SESBackend.get_identity_notification_attributes
    if not hasattr(current, "wrapped"):
        SESBackend.get_identity_notification_attributes = _with_headers(current)  # type: ignore[method-assign,assignment]
