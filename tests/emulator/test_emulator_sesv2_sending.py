"""SES v2 sending over real HTTP with boto3: rules, the mailbox simulator, event publishing, suppression, quotas.

Events travel as in AWS: SES publishes to the configuration set's SNS topic (if the topic policy lets
``ses.amazonaws.com`` publish), SNS delivers to the subscribed SQS queue (if the queue policy lets the
topic send) in its envelope, and the tests read the queue.
"""

import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

REGION = "eu-west-3"
DOMAIN = "example.com"
SENDER = f"Sender <app@{DOMAIN}>"
ACCOUNT = "123456789012"
SIMPLE = {"Simple": {"Subject": {"Data": "Hello"}, "Body": {"Text": {"Data": "Hi there"}}}}
ALL_TYPES = ["SEND", "DELIVERY", "BOUNCE", "COMPLAINT"]
SIMULATOR = "simulator.amazonses.com"
ENVELOPE_KEYS = {"Type", "MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion", "Signature",
                 "SigningCertURL", "UnsubscribeURL"}
TIMESTAMP = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"


@pytest.fixture(scope="module")
def clients(emulator: Any) -> dict[tuple[str, str], Any]:
    return {}


@pytest.fixture
def aws(emulator: Any, clients: dict[tuple[str, str], Any]) -> Callable[..., Any]:
    """The conftest's ``aws``, with each client made once for the module (making one takes a tenth of a second)."""

    def client(service: str, region: str = REGION, **kwargs: Any) -> Any:
        if kwargs:
            return emulator.client(service, region, **kwargs)
        if (service, region) not in clients:
            clients[service, region] = emulator.client(service, region)
        return clients[service, region]

    return client


def error_of(call: Callable[..., Any], **kwargs: Any) -> tuple[str, int, str]:
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    response = caught.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"], response["Error"]["Message"]


def verify(aws: Any, route53: Any, domain: str = DOMAIN) -> None:
    """A domain identity whose DKIM records are published: SES verifies it and it may send."""
    tokens = aws("sesv2").create_email_identity(EmailIdentity=domain)["DkimAttributes"]["Tokens"]
    route53.create_zone(domain, [(f"{token}._domainkey.{domain}", "CNAME", [f"{token}.dkim.amazonses.com"])
                                 for token in tokens])


def policy(*statements: dict[str, Any]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def ses_may_publish(topic_arn: str, set_name: str) -> str:
    """The topic policy the SES developer guide gives for event publishing."""
    return policy({
        "Effect": "Allow",
        "Principal": {"Service": "ses.amazonaws.com"},
        "Action": "SNS:Publish",
        "Resource": topic_arn,
        "Condition": {"StringEquals": {
            "AWS:SourceAccount": ACCOUNT,
            "AWS:SourceArn": f"arn:aws:ses:{REGION}:{ACCOUNT}:configuration-set/{set_name}",
        }},
    })


class Events:
    """A configuration set publishing to a topic, the topic's queue, and the events read from it."""

    def __init__(self, aws: Any, name: str, types: list[str] | None = None, *, topic_policy: str | None = None,
                 queue_policy: bool = True):
        self.sesv2, self.sns, self.sqs = aws("sesv2"), aws("sns"), aws("sqs")
        self.name = name
        self.topic_arn = self.sns.create_topic(Name=f"{name}-events")["TopicArn"]
        self.sns.set_topic_attributes(TopicArn=self.topic_arn, AttributeName="Policy",
                                      AttributeValue=topic_policy or ses_may_publish(self.topic_arn, name))
        self.queue_url = self.sqs.create_queue(QueueName=f"{name}-events")["QueueUrl"]
        self.queue_arn = self.sqs.get_queue_attributes(QueueUrl=self.queue_url, AttributeNames=["QueueArn"])[
            "Attributes"]["QueueArn"]
        if queue_policy:
            self.sqs.set_queue_attributes(QueueUrl=self.queue_url, Attributes={"Policy": policy({
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": self.queue_arn,
                "Condition": {"ArnEquals": {"aws:SourceArn": self.topic_arn}},
            })})
        self.subscription_arn = self.sns.subscribe(TopicArn=self.topic_arn, Protocol="sqs", Endpoint=self.queue_arn,
                                                   ReturnSubscriptionArn=True)["SubscriptionArn"]
        self.sesv2.create_configuration_set(ConfigurationSetName=name)
        self.sesv2.create_configuration_set_event_destination(
            ConfigurationSetName=name, EventDestinationName="sns",
            EventDestination={"Enabled": True, "MatchingEventTypes": types or ALL_TYPES,
                              "SnsDestination": {"TopicArn": self.topic_arn}},
        )

    def envelopes(self) -> list[dict[str, Any]]:
        """Every SNS envelope in the queue (deleted once read)."""
        found: list[dict[str, Any]] = []
        while True:
            messages = self.sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=10).get("Messages", [])
            if not messages:
                return found
            for message in messages:
                found.append(json.loads(message["Body"]))
                self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(envelope["Message"]) for envelope in self.envelopes()]

    def types(self) -> list[str]:
        return [record["eventType"] for record in self.records()]


@pytest.fixture
def ses(aws: Any, route53: Any, admin: Any) -> Any:
    """SES v2 with example.com verified and a send rate that lets tests send without waiting."""
    verify(aws, route53)
    status, _ = admin("/_emulator/ses/send-quota", {"region": REGION, "MaxSendRate": 100})
    assert status == 200
    return aws("sesv2")


def send(ses: Any, *to: str, **kwargs: Any) -> str:
    kwargs.setdefault("FromEmailAddress", SENDER)
    kwargs.setdefault("Content", SIMPLE)
    return str(ses.send_email(Destination={"ToAddresses": list(to)}, **kwargs)["MessageId"])


def undelivered(emulator: Any, path: str = "/_emulator/ses/undelivered-events") -> list[dict[str, Any]]:
    status, body = emulator.get(path, region=REGION)
    assert status == 200
    return list(body["undelivered"])


# Identities and the sandbox


def test_the_sandbox_refuses_unverified_recipients_naming_them(ses: Any) -> None:
    code, status, message = error_of(
        ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE,
        Destination={"ToAddresses": ["friend@gmail.example", f"success@{SIMULATOR}"], "BccAddresses": [
            f"ops@{DOMAIN}"]},
    )
    assert (code, status) == ("MessageRejected", 400)
    assert message == ("Email address is not verified. The following identities failed the check in region "
                       "EU-WEST-3: friend@gmail.example")
    # Verified recipients (any address at a verified domain) and the simulator are fine.
    assert send(ses, f"ops@{DOMAIN}", f"bounce+label@{SIMULATOR}")


def test_an_unverified_sender_is_refused(ses: Any, aws: Any) -> None:
    aws("sesv2").create_email_identity(EmailIdentity="pending.example")  # no DNS records: never verified
    for sender in ("app@pending.example", "someone@elsewhere.example"):
        code, _, message = error_of(ses.send_email, FromEmailAddress=sender, Content=SIMPLE,
                                    Destination={"ToAddresses": [f"success@{SIMULATOR}"]})
        assert code == "MessageRejected"
        assert message.endswith(f"failed the check in region EU-WEST-3: {sender}")


def test_production_access_lifts_the_recipient_rule_only(ses: Any, admin: Any) -> None:
    admin("/_emulator/ses/production-access", {"region": REGION, "decision": "GRANTED"})
    admin("/_emulator/ses/send-quota", {"region": REGION, "MaxSendRate": 100})
    assert send(ses, "friend@gmail.example")
    assert error_of(ses.send_email, FromEmailAddress="x@elsewhere.example", Content=SIMPLE,
                    Destination={"ToAddresses": ["friend@gmail.example"]})[0] == "MessageRejected"


def test_malformed_requests_are_bad_requests(ses: Any) -> None:
    destination = {"ToAddresses": [f"success@{SIMULATOR}"]}
    template = {"Template": {"TemplateName": "welcome", "TemplateData": "{}"}}
    code, status, message = error_of(ses.send_email, FromEmailAddress=SENDER, Destination=destination,
                                     Content=template)
    assert (code, status) == ("BadRequestException", 400) and "not supported by the emulator" in message
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE, Destination={})[0] == (
        "BadRequestException")
    assert error_of(ses.send_email, FromEmailAddress="nobody", Content=SIMPLE, Destination=destination)[0] == (
        "BadRequestException")
    too_many = {"ToAddresses": [f"success+{index}@{SIMULATOR}" for index in range(51)]}
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE, Destination=too_many)[0] == (
        "MessageRejected")


# Events


def test_simulator_events_reach_the_queue_in_the_sns_envelope(ses: Any, aws: Any) -> None:
    events = Events(aws, "main")
    message_id = send(
        ses, f"success@{SIMULATOR}", f"bounce+one@{SIMULATOR}", f"complaint@{SIMULATOR}",
        ConfigurationSetName="main", ReplyToAddresses=[f"help@{DOMAIN}"],
        EmailTags=[{"Name": "campaign", "Value": "welcome"}],
    )
    assert message_id.endswith("-000000") and len(message_id) == 60

    envelopes = events.envelopes()
    for envelope in envelopes:
        assert set(envelope) == ENVELOPE_KEYS
        assert envelope["Type"] == "Notification"
        assert envelope["TopicArn"] == events.topic_arn
        assert envelope["UnsubscribeURL"] == (f"https://sns.{REGION}.amazonaws.com/?Action=Unsubscribe"
                                              f"&SubscriptionArn={events.subscription_arn}")
    kinds = [json.loads(envelope["Message"])["eventType"] for envelope in envelopes]
    # Send; a delivery to success@ and to complaint@ (delivered, then complained about); one bounce; one complaint.
    assert kinds == ["Send", "Delivery", "Delivery", "Bounce", "Complaint"]
    send_record, delivery, _, bounce, complaint = (json.loads(envelope["Message"]) for envelope in envelopes)

    mail = send_record["mail"]
    assert set(send_record) == {"eventType", "mail", "send"} and send_record["send"] == {}
    assert mail["messageId"] == message_id
    assert mail["source"] == SENDER
    assert mail["sourceArn"] == f"arn:aws:ses:{REGION}:{ACCOUNT}:identity/{DOMAIN}"
    assert mail["sendingAccountId"] == ACCOUNT
    assert mail["destination"] == [f"success@{SIMULATOR}", f"bounce+one@{SIMULATOR}", f"complaint@{SIMULATOR}"]
    assert mail["headersTruncated"] is False
    assert mail["headers"][:3] == [
        {"name": "From", "value": SENDER},
        {"name": "Reply-To", "value": f"help@{DOMAIN}"},
        {"name": "To", "value": f"success@{SIMULATOR}, bounce+one@{SIMULATOR}, complaint@{SIMULATOR}"},
    ]
    assert mail["commonHeaders"] == {
        "from": [SENDER], "replyTo": [f"help@{DOMAIN}"],
        "to": [f"success@{SIMULATOR}", f"bounce+one@{SIMULATOR}", f"complaint@{SIMULATOR}"],
        "messageId": message_id, "subject": "Hello",
    }
    assert mail["tags"] == {"ses:configuration-set": ["main"], "ses:source-ip": ["127.0.0.1"],
                            "ses:from-domain": [DOMAIN], "ses:caller-identity": ["moto"], "campaign": ["welcome"]}
    assert re.match(TIMESTAMP, mail["timestamp"])

    assert delivery["delivery"]["recipients"] == [f"success@{SIMULATOR}"]
    assert delivery["delivery"]["smtpResponse"] == "250 2.6.0 Message received"
    assert set(delivery["delivery"]) == {"timestamp", "processingTimeMillis", "recipients", "smtpResponse",
                                         "reportingMTA"}
    assert delivery["mail"]["tags"]["ses:outgoing-ip"]

    assert bounce["bounce"]["bounceType"] == "Permanent"
    assert bounce["bounce"]["bounceSubType"] == "General"
    assert bounce["bounce"]["bouncedRecipients"] == [{
        "emailAddress": f"bounce+one@{SIMULATOR}", "action": "failed", "status": "5.1.1",
        "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]
    assert set(bounce["bounce"]) == {"bounceType", "bounceSubType", "bouncedRecipients", "timestamp", "feedbackId",
                                     "reportingMTA"}

    assert complaint["complaint"]["complainedRecipients"] == [{"emailAddress": f"complaint@{SIMULATOR}"}]
    assert complaint["complaint"]["complaintFeedbackType"] == "abuse"
    assert set(complaint["complaint"]) == {"complainedRecipients", "timestamp", "feedbackId", "complaintSubType",
                                           "userAgent", "complaintFeedbackType", "arrivalDate"}
    assert all(record["mail"]["messageId"] == message_id for record in (delivery, bounce, complaint))
    # The simulator's addresses never go on the suppression list.
    assert ses.list_suppressed_destinations()["SuppressedDestinationSummaries"] == []


def test_ooto_is_delivered_and_suppressionlist_bounces_as_globally_suppressed(ses: Any, aws: Any) -> None:
    events = Events(aws, "main")
    send(ses, f"ooto@{SIMULATOR}", f"suppressionlist@{SIMULATOR}", ConfigurationSetName="main")
    send_record, delivery, bounce = events.records()
    assert (send_record["eventType"], delivery["eventType"], bounce["eventType"]) == ("Send", "Delivery", "Bounce")
    assert delivery["delivery"]["recipients"] == [f"ooto@{SIMULATOR}"]
    assert (bounce["bounce"]["bounceType"], bounce["bounce"]["bounceSubType"]) == ("Permanent", "Suppressed")
    assert [item["emailAddress"] for item in bounce["bounce"]["bouncedRecipients"]] == [f"suppressionlist@{SIMULATOR}"]


def test_raw_content_takes_sender_recipients_and_headers_from_the_message(ses: Any, aws: Any) -> None:
    events = Events(aws, "main", ["SEND"])
    raw = (f"From: \"App\" <app@{DOMAIN}>\r\nTo: success@{SIMULATOR}\r\nSubject: Raw one\r\n"
           "Message-ID: <custom-1@example.com>\r\nDate: Mon, 08 Oct 2018 14:05:45 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n\r\nHello.\r\n").encode()
    message_id = ses.send_email(Content={"Raw": {"Data": raw}}, ConfigurationSetName="main")["MessageId"]
    (record,) = events.records()
    mail = record["mail"]
    assert mail["messageId"] == message_id
    assert mail["source"] == f"App <app@{DOMAIN}>"
    assert mail["destination"] == [f"success@{SIMULATOR}"]
    assert [header["name"] for header in mail["headers"]] == [
        "From", "To", "Subject", "Message-ID", "Date", "MIME-Version", "Content-Type"]
    assert mail["commonHeaders"] == {"from": [f"App <app@{DOMAIN}>"], "date": "Mon, 08 Oct 2018 14:05:45 +0000",
                                     "to": [f"success@{SIMULATOR}"], "messageId": "<custom-1@example.com>",
                                     "subject": "Raw one"}


def test_the_named_configuration_set_overrides_the_identity_default(ses: Any, aws: Any) -> None:
    default, named = Events(aws, "default", ["SEND"]), Events(aws, "named", ["SEND"])
    ses.put_email_identity_configuration_set_attributes(EmailIdentity=DOMAIN, ConfigurationSetName="default")

    without = send(ses, f"success@{SIMULATOR}")
    with_set = send(ses, f"success@{SIMULATOR}", ConfigurationSetName="named")

    assert [record["mail"]["messageId"] for record in default.records()] == [without]
    (record,) = named.records()
    assert record["mail"]["messageId"] == with_set
    assert record["mail"]["tags"]["ses:configuration-set"] == ["named"]


def test_no_configuration_set_publishes_nothing(ses: Any, aws: Any, emulator: Any) -> None:
    events = Events(aws, "main")
    send(ses, f"bounce@{SIMULATOR}")
    assert events.records() == []
    assert undelivered(emulator) == []


def test_disabled_destinations_and_other_types_publish_nothing(ses: Any, aws: Any) -> None:
    events = Events(aws, "main", ["DELIVERY", "COMPLAINT"])
    send(ses, f"bounce@{SIMULATOR}", ConfigurationSetName="main")
    assert events.records() == []  # a Send and a Bounce: neither type matches

    ses.update_configuration_set_event_destination(
        ConfigurationSetName="main", EventDestinationName="sns",
        EventDestination={"Enabled": False, "MatchingEventTypes": ALL_TYPES,
                          "SnsDestination": {"TopicArn": events.topic_arn}},
    )
    send(ses, f"bounce@{SIMULATOR}", ConfigurationSetName="main")
    assert events.records() == []


def test_a_topic_policy_that_does_not_let_ses_publish_drops_events(ses: Any, aws: Any, emulator: Any) -> None:
    # The policy lets SES publish for another configuration set only.
    topic_policy = policy({
        "Effect": "Allow", "Principal": {"Service": "ses.amazonaws.com"}, "Action": "SNS:Publish", "Resource": "*",
        "Condition": {"StringEquals": {
            "AWS:SourceArn": f"arn:aws:ses:{REGION}:{ACCOUNT}:configuration-set/other"}},
    })
    events = Events(aws, "main", ["BOUNCE"], topic_policy=topic_policy)
    message_id = send(ses, f"bounce@{SIMULATOR}", ConfigurationSetName="main")

    assert events.records() == []
    (entry,) = undelivered(emulator)
    assert entry["messageId"] == message_id
    assert (entry["eventType"], entry["configurationSet"], entry["eventDestination"], entry["destination"]) == (
        "Bounce", "main", "sns", events.topic_arn)
    assert "the topic policy does not let SES publish" in entry["reason"]
    assert "configuration-set/main" in entry["reason"]

    # An explicit Deny wins over the Allow the developer guide's statement gives.
    denied = json.loads(ses_may_publish(events.topic_arn, "main"))
    denied["Statement"].append({"Effect": "Deny", "Principal": "*", "Action": "sns:*", "Resource": "*"})
    aws("sns").set_topic_attributes(TopicArn=events.topic_arn, AttributeName="Policy",
                                    AttributeValue=json.dumps(denied))
    send(ses, f"bounce@{SIMULATOR}", ConfigurationSetName="main")
    assert events.records() == []
    assert "denies" in undelivered(emulator)[-1]["reason"]


def test_sns_needs_the_queue_policy_to_deliver(ses: Any, aws: Any, emulator: Any) -> None:
    events = Events(aws, "main", ["SEND"], queue_policy=False)
    send(ses, f"success@{SIMULATOR}", ConfigurationSetName="main")
    assert events.records() == []
    (entry,) = undelivered(emulator, "/_emulator/sns/undelivered-messages")
    assert (entry["topicArn"], entry["endpoint"], entry["protocol"]) == (events.topic_arn, events.queue_arn, "sqs")
    assert "the queue policy does not let SNS send" in entry["reason"]
    assert undelivered(emulator) == []  # SES published: the topic took the event


# Suppression list


def test_suppression_list_operations(ses: Any) -> None:
    ses.put_suppressed_destination(EmailAddress="Gone@Example.org", Reason="BOUNCE")
    ses.put_suppressed_destination(EmailAddress="angry@example.org", Reason="COMPLAINT")
    entry = ses.get_suppressed_destination(EmailAddress="Gone@Example.org")["SuppressedDestination"]
    assert (entry["EmailAddress"], entry["Reason"]) == ("Gone@Example.org", "BOUNCE")
    assert "Attributes" not in entry
    # The API matches the address exactly, case included.
    assert error_of(ses.get_suppressed_destination, EmailAddress="gone@example.org")[:2] == ("NotFoundException", 404)

    listed = ses.list_suppressed_destinations()["SuppressedDestinationSummaries"]
    assert {item["EmailAddress"] for item in listed} == {"Gone@Example.org", "angry@example.org"}
    complaints = ses.list_suppressed_destinations(Reasons=["COMPLAINT"])["SuppressedDestinationSummaries"]
    assert [item["EmailAddress"] for item in complaints] == ["angry@example.org"]
    later = entry["LastUpdateTime"]
    assert ses.list_suppressed_destinations(StartDate=later.timestamp() + 3600)[
        "SuppressedDestinationSummaries"] == []
    assert len(ses.list_suppressed_destinations(EndDate=later.timestamp() + 3600)[
        "SuppressedDestinationSummaries"]) == 2

    ses.put_suppressed_destination(EmailAddress="Gone@Example.org", Reason="COMPLAINT")  # updates the reason
    assert ses.get_suppressed_destination(EmailAddress="Gone@Example.org")["SuppressedDestination"][
        "Reason"] == "COMPLAINT"
    ses.delete_suppressed_destination(EmailAddress="Gone@Example.org")
    assert error_of(ses.delete_suppressed_destination, EmailAddress="Gone@Example.org")[:2] == (
        "NotFoundException", 404)
    assert error_of(ses.put_suppressed_destination, EmailAddress="x@example.org", Reason="SPAM")[0] == (
        "BadRequestException")
    assert error_of(ses.put_suppressed_destination, EmailAddress="not-an-address", Reason="BOUNCE")[0] == (
        "BadRequestException")


def test_suppression_list_pages(ses: Any) -> None:
    addresses = {f"user{index}@example.org" for index in range(5)}
    for address in sorted(addresses):
        ses.put_suppressed_destination(EmailAddress=address, Reason="BOUNCE")
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        page = ses.list_suppressed_destinations(PageSize=2, **({"NextToken": token} if token else {}))
        seen += [item["EmailAddress"] for item in page["SuppressedDestinationSummaries"]]
        pages += 1
        token = page.get("NextToken")
        if not token:
            break
    assert (pages, sorted(seen)) == (3, sorted(addresses))
    first = ses.list_suppressed_destinations(PageSize=2)["NextToken"]
    assert error_of(ses.list_suppressed_destinations, NextToken="garbage")[0] == "InvalidNextTokenException"
    # A token is good for the filter it was made with only.
    assert error_of(ses.list_suppressed_destinations, NextToken=first, Reasons=["COMPLAINT"])[0] == (
        "InvalidNextTokenException")
    assert error_of(ses.list_suppressed_destinations, PageSize=0)[0] == "BadRequestException"


def test_a_suppressed_address_bounces_on_the_account_suppression_list(ses: Any, aws: Any) -> None:
    events = Events(aws, "main", ["SEND", "DELIVERY", "BOUNCE"])
    ses.put_suppressed_destination(EmailAddress="Gone@Example.com", Reason="BOUNCE")
    message_id = send(ses, f"gone@{DOMAIN}", f"ops@{DOMAIN}", ConfigurationSetName="main")

    send_record, delivery, bounce = events.records()
    assert send_record["eventType"] == "Send"
    assert delivery["delivery"]["recipients"] == [f"ops@{DOMAIN}"]
    assert bounce["mail"]["messageId"] == message_id
    assert (bounce["bounce"]["bounceType"], bounce["bounce"]["bounceSubType"]) == (
        "Permanent", "OnAccountSuppressionList")
    (recipient,) = bounce["bounce"]["bouncedRecipients"]
    assert recipient["emailAddress"] == f"gone@{DOMAIN}"
    assert "suppression list for your account" in recipient["diagnosticCode"]

    # A configuration set that overrides the account's suppression with none sends to it.
    ses.put_configuration_set_suppression_options(ConfigurationSetName="main", SuppressedReasons=[])
    send(ses, f"gone@{DOMAIN}", ConfigurationSetName="main")
    assert [record["eventType"] for record in events.records()] == ["Send", "Delivery"]


def test_real_bounces_and_complaints_fill_the_list_as_the_reasons_say(ses: Any, aws: Any, admin: Any) -> None:
    for address, behavior in ((f"gone@{DOMAIN}", "bounce"), (f"angry@{DOMAIN}", "complaint")):
        status, _ = admin("/_emulator/ses/mailboxes", {"region": REGION, "address": address, "behavior": behavior})
        assert status == 200
    events = Events(aws, "main", ["BOUNCE", "COMPLAINT"])
    ses.put_configuration_set_suppression_options(ConfigurationSetName="main", SuppressedReasons=["COMPLAINT"])

    message_id = send(ses, f"gone@{DOMAIN}", f"angry@{DOMAIN}", ConfigurationSetName="main")
    bounce, complaint = events.records()
    assert (bounce["bounce"]["bounceSubType"], complaint["complaint"]["complaintFeedbackType"]) == ("General", "abuse")
    # The set's reasons override the account's BOUNCE and COMPLAINT: only the complaint is added.
    (entry,) = ses.list_suppressed_destinations()["SuppressedDestinationSummaries"]
    assert (entry["EmailAddress"], entry["Reason"]) == (f"angry@{DOMAIN}", "COMPLAINT")
    attributes = ses.get_suppressed_destination(EmailAddress=f"angry@{DOMAIN}")["SuppressedDestination"]["Attributes"]
    assert attributes == {"MessageId": message_id, "FeedbackId": complaint["complaint"]["feedbackId"]}

    # Without the set, the account's reasons apply: the bounce is added too.
    send(ses, f"gone@{DOMAIN}")
    assert ses.get_suppressed_destination(EmailAddress=f"gone@{DOMAIN}")["SuppressedDestination"]["Reason"] == (
        "BOUNCE")


# Sending limits


def test_sending_paused_for_the_account_or_the_set_and_unknown_sets(ses: Any) -> None:
    destination = {"ToAddresses": [f"success@{SIMULATOR}"]}
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE, Destination=destination,
                    ConfigurationSetName="missing")[:2] == ("NotFoundException", 404)
    ses.create_configuration_set(ConfigurationSetName="paused", SendingOptions={"SendingEnabled": False})
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE, Destination=destination,
                    ConfigurationSetName="paused")[:2] == ("SendingPausedException", 400)
    ses.put_account_sending_attributes(SendingEnabled=False)
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE, Destination=destination)[:2] == (
        "SendingPausedException", 400)
    ses.put_account_sending_attributes(SendingEnabled=True)
    assert send(ses, f"success@{SIMULATOR}")


def test_an_unverified_mail_from_domain_refuses_when_the_identity_says_reject(ses: Any) -> None:
    ses.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=f"mail.{DOMAIN}",
                                                BehaviorOnMxFailure="REJECT_MESSAGE")
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE,
                    Destination={"ToAddresses": [f"success@{SIMULATOR}"]})[0] == "MailFromDomainNotVerifiedException"
    ses.put_email_identity_mail_from_attributes(EmailIdentity=DOMAIN, MailFromDomain=f"mail.{DOMAIN}",
                                                BehaviorOnMxFailure="USE_DEFAULT_VALUE")
    assert send(ses, f"success@{SIMULATOR}")


def test_the_daily_quota_counts_real_recipients_only(ses: Any, aws: Any, admin: Any) -> None:
    status, account = admin("/_emulator/ses/send-quota", {"region": REGION, "Max24HourSend": 3})
    assert (status, account["SendQuota"]["Max24HourSend"]) == (200, 3.0)
    for _ in range(4):  # the simulator does not count toward the quota
        send(ses, f"success@{SIMULATOR}")
    assert ses.get_account()["SendQuota"]["SentLast24Hours"] == 0.0
    send(ses, f"a@{DOMAIN}", f"b@{DOMAIN}")
    assert ses.get_account()["SendQuota"]["SentLast24Hours"] == 2.0
    send(ses, f"c@{DOMAIN}", f"d@{DOMAIN}")  # quota left: the whole message goes
    assert ses.get_account()["SendQuota"]["SentLast24Hours"] == 4.0

    no_retries = aws("sesv2", config=Config(retries={"total_max_attempts": 1}))  # botocore retries this code
    code, status, message = error_of(no_retries.send_email, FromEmailAddress=SENDER, Content=SIMPLE,
                                     Destination={"ToAddresses": [f"success@{SIMULATOR}"]})
    assert (code, status, message) == ("LimitExceededException", 400, "Daily message quota exceeded.")

    status, _ = admin("/_emulator/ses/advance-time", {"region": REGION, "hours": 24})
    assert status == 200
    assert ses.get_account()["SendQuota"]["SentLast24Hours"] == 0.0
    assert send(ses, f"a@{DOMAIN}")


def test_the_maximum_send_rate(aws: Any, route53: Any) -> None:
    verify(aws, route53)
    ses = aws("sesv2", config=Config(retries={"total_max_attempts": 1}))
    rate = ses.get_account()["SendQuota"]["MaxSendRate"]
    assert rate == 1.0  # the sandbox's

    send(ses, f"success@{SIMULATOR}")
    code, status, message = error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE,
                                     Destination={"ToAddresses": [f"success@{SIMULATOR}"]})
    assert (code, status, message) == ("TooManyRequestsException", 429, "Maximum sending rate exceeded.")
    time.sleep(1 / rate)
    send(ses, f"success@{SIMULATOR}")  # one interval later: always within the rate
    # A message to three recipients takes three intervals of the rate.
    time.sleep(1 / rate)
    send(ses, f"success@{SIMULATOR}", f"bounce@{SIMULATOR}", f"ooto@{SIMULATOR}")
    time.sleep(1 / rate)
    assert error_of(ses.send_email, FromEmailAddress=SENDER, Content=SIMPLE,
                    Destination={"ToAddresses": [f"success@{SIMULATOR}"]})[0] == "TooManyRequestsException"
