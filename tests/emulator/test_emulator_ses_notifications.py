"""SES v1 notification headers and configuration sets (``emulator.ses.notifications``).

Configuration sets are one store for both SES APIs, as in AWS: what SES v1 creates and sets, SES v2
reads, and the other way round.
"""

from typing import Any

import pytest
from botocore.exceptions import ClientError

DOMAIN = "notify.example"
SET = "transactional"
ALL_ATTRIBUTES = ["eventDestinations", "trackingOptions", "deliveryOptions", "reputationOptions"]


def error_code(call: Any) -> str:
    with pytest.raises(ClientError) as raised:
        call()
    return str(raised.value.response["Error"]["Code"])


@pytest.fixture
def topic(aws: Any) -> str:
    return str(aws("sns").create_topic(Name="ses-feedback")["TopicArn"])


def test_original_headers_are_kept_per_notification_type(aws: Any, topic: str) -> None:
    ses = aws("ses")
    ses.verify_domain_identity(Domain=DOMAIN)
    ses.set_identity_notification_topic(Identity=DOMAIN, NotificationType="Bounce", SnsTopic=topic)

    ses.set_identity_headers_in_notifications_enabled(Identity=DOMAIN, NotificationType="Bounce", Enabled=True)
    ses.set_identity_headers_in_notifications_enabled(Identity=DOMAIN, NotificationType="Delivery", Enabled=False)

    attributes = ses.get_identity_notification_attributes(Identities=[DOMAIN])["NotificationAttributes"][DOMAIN]
    assert attributes["BounceTopic"] == topic
    assert attributes["HeadersInBounceNotificationsEnabled"] is True
    assert attributes["HeadersInComplaintNotificationsEnabled"] is False
    assert attributes["HeadersInDeliveryNotificationsEnabled"] is False


def test_the_headers_setting_goes_with_its_identity(aws: Any) -> None:
    ses = aws("ses")
    ses.verify_domain_identity(Domain=DOMAIN)
    ses.set_identity_headers_in_notifications_enabled(Identity=DOMAIN, NotificationType="Complaint", Enabled=True)
    ses.delete_identity(Identity=DOMAIN)
    ses.verify_domain_identity(Domain=DOMAIN)

    attributes = ses.get_identity_notification_attributes(Identities=[DOMAIN])["NotificationAttributes"][DOMAIN]
    assert attributes["HeadersInComplaintNotificationsEnabled"] is False


def test_headers_of_an_unknown_identity_are_refused(aws: Any) -> None:
    call = lambda: aws("ses").set_identity_headers_in_notifications_enabled(  # noqa: E731
        Identity="unknown.example", NotificationType="Bounce", Enabled=True)

    assert error_code(call) == "InvalidParameterValue"


def test_a_v1_configuration_set_reports_its_options_and_is_the_v2_set(aws: Any) -> None:
    ses, sesv2 = aws("ses"), aws("sesv2")
    ses.create_configuration_set(ConfigurationSet={"Name": SET})

    bare = ses.describe_configuration_set(ConfigurationSetName=SET, ConfigurationSetAttributeNames=ALL_ATTRIBUTES)
    assert bare["ReputationOptions"] == {"SendingEnabled": True, "ReputationMetricsEnabled": False}
    assert bare["EventDestinations"] == []
    assert "DeliveryOptions" not in bare and "TrackingOptions" not in bare

    ses.put_configuration_set_delivery_options(ConfigurationSetName=SET, DeliveryOptions={"TlsPolicy": "Require"})
    ses.update_configuration_set_reputation_metrics_enabled(ConfigurationSetName=SET, Enabled=True)
    ses.update_configuration_set_sending_enabled(ConfigurationSetName=SET, Enabled=False)
    ses.create_configuration_set_tracking_options(ConfigurationSetName=SET,
                                                  TrackingOptions={"CustomRedirectDomain": "click.notify.example"})

    described = ses.describe_configuration_set(ConfigurationSetName=SET, ConfigurationSetAttributeNames=ALL_ATTRIBUTES)
    assert described["DeliveryOptions"] == {"TlsPolicy": "Require"}
    assert described["ReputationOptions"] == {"SendingEnabled": False, "ReputationMetricsEnabled": True}
    assert described["TrackingOptions"] == {"CustomRedirectDomain": "click.notify.example"}
    v2 = sesv2.get_configuration_set(ConfigurationSetName=SET)
    assert v2["DeliveryOptions"]["TlsPolicy"] == "REQUIRE"
    assert v2["SendingOptions"] == {"SendingEnabled": False}
    assert v2["TrackingOptions"]["CustomRedirectDomain"] == "click.notify.example"

    assert error_code(lambda: sesv2.create_configuration_set(ConfigurationSetName=SET)) == "AlreadyExistsException"
    sesv2.create_configuration_set(ConfigurationSetName="made-with-v2")
    assert error_code(lambda: ses.create_configuration_set(ConfigurationSet={"Name": "made-with-v2"})) == (
        "ConfigurationSetAlreadyExists")
    assert sorted(item["Name"] for item in ses.list_configuration_sets()["ConfigurationSets"]) == [
        "made-with-v2", SET]


def test_event_destinations_are_created_updated_and_deleted(aws: Any, topic: str) -> None:
    ses, sesv2 = aws("ses"), aws("sesv2")
    ses.create_configuration_set(ConfigurationSet={"Name": SET})
    destination = {"Name": "feedback", "Enabled": True, "MatchingEventTypes": ["bounce", "complaint"],
                   "SNSDestination": {"TopicARN": topic}}
    metrics = {"Name": "metrics", "Enabled": True, "MatchingEventTypes": ["send"], "CloudWatchDestination": {
        "DimensionConfigurations": [{"DimensionName": "campaign", "DimensionValueSource": "messageTag",
                                     "DefaultDimensionValue": "none"}]}}

    ses.create_configuration_set_event_destination(ConfigurationSetName=SET, EventDestination=destination)
    ses.create_configuration_set_event_destination(ConfigurationSetName=SET, EventDestination=metrics)
    ses.update_configuration_set_event_destination(
        ConfigurationSetName=SET, EventDestination={**destination, "MatchingEventTypes": ["bounce"]})

    described = ses.describe_configuration_set(ConfigurationSetName=SET,
                                               ConfigurationSetAttributeNames=["eventDestinations"])
    assert described["EventDestinations"] == [{**destination, "MatchingEventTypes": ["bounce"]}, metrics]
    (v2_sns, _) = sesv2.get_configuration_set_event_destinations(ConfigurationSetName=SET)["EventDestinations"]
    assert v2_sns["SnsDestination"] == {"TopicArn": topic}
    assert v2_sns["MatchingEventTypes"] == ["BOUNCE"]

    duplicate = lambda: ses.create_configuration_set_event_destination(  # noqa: E731
        ConfigurationSetName=SET, EventDestination=destination)
    assert error_code(duplicate) == "EventDestinationAlreadyExists"
    missing_topic = {**destination, "Name": "other", "SNSDestination": {"TopicARN": topic + "-missing"}}
    assert error_code(lambda: ses.create_configuration_set_event_destination(
        ConfigurationSetName=SET, EventDestination=missing_topic)) == "InvalidSNSDestination"

    ses.delete_configuration_set_event_destination(ConfigurationSetName=SET, EventDestinationName="feedback")
    assert error_code(lambda: ses.delete_configuration_set_event_destination(
        ConfigurationSetName=SET, EventDestinationName="feedback")) == "EventDestinationDoesNotExist"
    remaining = ses.describe_configuration_set(ConfigurationSetName=SET,
                                               ConfigurationSetAttributeNames=["eventDestinations"])
    assert [item["Name"] for item in remaining["EventDestinations"]] == ["metrics"]


def test_a_missing_configuration_set_is_reported_as_v1_does(aws: Any) -> None:
    ses = aws("ses")

    assert error_code(lambda: ses.describe_configuration_set(ConfigurationSetName="nope")) == (
        "ConfigurationSetDoesNotExist")
    assert error_code(lambda: ses.delete_configuration_set(ConfigurationSetName="nope")) == (
        "ConfigurationSetDoesNotExist")
    assert error_code(lambda: ses.create_configuration_set(ConfigurationSet={"Name": "not valid!"})) == (
        "InvalidConfigurationSet")
