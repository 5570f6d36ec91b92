"""SES v1 over real HTTP with boto3: one identity store with SES v2, statuses following the emulated DNS."""

import re
from typing import Any

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

TOKEN_RE = re.compile(r"^[a-z0-9]{32}$")
VERIFICATION_TOKEN_RE = re.compile(r"^[A-Za-z0-9+/]{43}=$")
MX_EU_WEST_3 = "10 feedback-smtp.eu-west-3.amazonses.com"


def error_of(call: Any, **kwargs: Any) -> tuple[str, int]:
    """The error code and HTTP status an SES call fails with."""
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    response = caught.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def dkim_records(domain: str, tokens: list[str]) -> list[tuple[str, str, list[str]]]:
    return [
        (f"{token}._domainkey.{domain}", "CNAME", [f"{token}.dkim.amazonses.com"])
        for token in tokens
    ]


def verification_record(domain: str, token: str) -> tuple[str, str, list[str]]:
    return (f"_amazonses.{domain}", "TXT", [f'"{token}"'])


def verification(ses: Any, identity: str) -> dict[str, str]:
    attributes = ses.get_identity_verification_attributes(Identities=[identity])["VerificationAttributes"]
    return attributes[identity]


def dkim(ses: Any, identity: str) -> dict[str, Any]:
    return ses.get_identity_dkim_attributes(Identities=[identity])["DkimAttributes"][identity]


def mail_from(ses: Any, identity: str) -> dict[str, str]:
    attributes = ses.get_identity_mail_from_domain_attributes(Identities=[identity])
    return attributes["MailFromDomainAttributes"][identity]


def test_domain_verification_follows_the_amazonses_txt_record(aws: Any, route53: Any) -> None:
    ses = aws("ses")
    token = ses.verify_domain_identity(Domain="example.com")["VerificationToken"]
    assert VERIFICATION_TOKEN_RE.match(token)
    assert verification(ses, "example.com") == {"VerificationStatus": "Pending", "VerificationToken": token}

    zone_id = route53.create_zone("example.com", [("example.com", "TXT", [f'"{token}"'])])
    assert verification(ses, "example.com")["VerificationStatus"] == "Pending"  # not at _amazonses
    route53.change(zone_id, "CREATE", [verification_record("example.com", "not-the-token")])
    assert verification(ses, "example.com")["VerificationStatus"] == "Pending"

    route53.change(zone_id, "UPSERT", [verification_record("example.com", token)])
    assert verification(ses, "example.com") == {"VerificationStatus": "Success", "VerificationToken": token}
    # The same token on every call, verified or not.
    assert ses.verify_domain_identity(Domain="example.com")["VerificationToken"] == token

    route53.change(zone_id, "DELETE", [verification_record("example.com", token)])
    assert verification(ses, "example.com")["VerificationStatus"] == "Pending"


def test_tokens_are_distinct_per_identity(aws: Any) -> None:
    ses = aws("ses")
    domains = ["one.example", "two.example", "three.example"]
    verification_tokens = [ses.verify_domain_identity(Domain=domain)["VerificationToken"] for domain in domains]
    assert len(set(verification_tokens)) == 3
    dkim_tokens = [ses.verify_domain_dkim(Domain=domain)["DkimTokens"] for domain in domains]
    assert all(len(tokens) == 3 and all(TOKEN_RE.match(token) for token in tokens) for tokens in dkim_tokens)
    assert len({token for tokens in dkim_tokens for token in tokens}) == 9
    # Both calls are idempotent: the identity keeps its tokens.
    assert ses.verify_domain_dkim(Domain="one.example")["DkimTokens"] == dkim_tokens[0]
    assert ses.verify_domain_identity(Domain="one.example")["VerificationToken"] == verification_tokens[0]
    assert [verification(ses, domain)["VerificationToken"] for domain in domains] == verification_tokens
    assert [dkim(ses, domain)["DkimTokens"] for domain in domains] == dkim_tokens


def test_dkim_not_started_then_follows_the_three_cnames(aws: Any, route53: Any) -> None:
    ses = aws("ses")
    ses.verify_domain_identity(Domain="example.com")
    assert dkim(ses, "example.com") == {"DkimEnabled": False, "DkimVerificationStatus": "NotStarted"}

    tokens = ses.verify_domain_dkim(Domain="example.com")["DkimTokens"]
    assert dkim(ses, "example.com") == {
        "DkimEnabled": True,
        "DkimVerificationStatus": "Pending",
        "DkimTokens": tokens,
    }
    zone_id = route53.create_zone("example.com")
    records = dkim_records("example.com", tokens)
    route53.change(zone_id, "CREATE", records[:2])
    assert dkim(ses, "example.com")["DkimVerificationStatus"] == "Pending"
    assert verification(ses, "example.com")["VerificationStatus"] == "Pending"

    route53.change(zone_id, "CREATE", records[2:])
    assert dkim(ses, "example.com")["DkimVerificationStatus"] == "Success"
    # "The domain's verification status also changes to Success when it is DKIM verified."
    assert verification(ses, "example.com")["VerificationStatus"] == "Success"

    route53.change(zone_id, "DELETE", records[:1])
    assert dkim(ses, "example.com")["DkimVerificationStatus"] == "Pending"

    ses.set_identity_dkim_enabled(Identity="example.com", DkimEnabled=False)
    assert dkim(ses, "example.com")["DkimEnabled"] is False


def test_dkim_domain_created_by_verify_domain_dkim_alone(aws: Any) -> None:
    ses = aws("ses")
    tokens = ses.verify_domain_dkim(Domain="dkim.example")["DkimTokens"]
    assert ses.list_identities()["Identities"] == ["dkim.example"]
    assert dkim(ses, "dkim.example")["DkimTokens"] == tokens
    assert verification(ses, "dkim.example")["VerificationStatus"] == "Pending"


def test_mail_from_follows_the_mx_record(aws: Any, route53: Any) -> None:
    ses = aws("ses")
    ses.verify_domain_identity(Domain="example.com")
    assert mail_from(ses, "example.com") == {"BehaviorOnMXFailure": "UseDefaultValue"}
    zone_id = route53.create_zone("example.com")
    ses.set_identity_mail_from_domain(
        Identity="example.com", MailFromDomain="bounce.example.com", BehaviorOnMXFailure="RejectMessage"
    )
    assert mail_from(ses, "example.com") == {
        "MailFromDomain": "bounce.example.com",
        "MailFromDomainStatus": "Pending",
        "BehaviorOnMXFailure": "RejectMessage",
    }
    route53.change(
        zone_id, "CREATE", [("bounce.example.com", "MX", ["10 feedback-smtp.eu-central-1.amazonses.com"])]
    )
    assert mail_from(ses, "example.com")["MailFromDomainStatus"] == "Pending"  # another region's host
    route53.change(zone_id, "UPSERT", [("bounce.example.com", "MX", [MX_EU_WEST_3])])
    assert mail_from(ses, "example.com")["MailFromDomainStatus"] == "Success"
    route53.change(zone_id, "DELETE", [("bounce.example.com", "MX", [MX_EU_WEST_3])])
    assert mail_from(ses, "example.com")["MailFromDomainStatus"] == "Pending"

    ses.set_identity_mail_from_domain(Identity="example.com")
    assert mail_from(ses, "example.com") == {"BehaviorOnMXFailure": "UseDefaultValue"}


def test_identity_created_in_v1_is_seen_and_changed_by_v2(aws: Any, route53: Any) -> None:
    ses, sesv2 = aws("ses"), aws("sesv2")
    token = ses.verify_domain_identity(Domain="example.com")["VerificationToken"]
    ses.verify_email_identity(EmailAddress="alice@example.com")
    listed = sesv2.list_email_identities()["EmailIdentities"]
    assert [(i["IdentityName"], i["IdentityType"], i["VerificationStatus"]) for i in listed] == [
        ("example.com", "DOMAIN", "PENDING"),
        ("alice@example.com", "EMAIL_ADDRESS", "PENDING"),
    ]
    identity = sesv2.get_email_identity(EmailIdentity="example.com")
    assert identity["DkimAttributes"]["Status"] == "NOT_STARTED"
    assert identity["DkimAttributes"]["Tokens"] == []
    assert error_of(sesv2.create_email_identity, EmailIdentity="example.com") == ("AlreadyExistsException", 400)

    # Verified through the v1 TXT record: v2 sees it (and the address on it) verified.
    route53.create_zone("example.com", [verification_record("example.com", token)])
    identity = sesv2.get_email_identity(EmailIdentity="example.com")
    assert (identity["VerificationStatus"], identity["VerifiedForSendingStatus"]) == ("SUCCESS", True)
    assert sesv2.get_email_identity(EmailIdentity="alice@example.com")["VerificationStatus"] == "SUCCESS"

    # DKIM started in v1 is v2's Easy DKIM, with the same tokens.
    tokens = ses.verify_domain_dkim(Domain="example.com")["DkimTokens"]
    v2_dkim = sesv2.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]
    assert (v2_dkim["Tokens"], v2_dkim["Status"], v2_dkim["SigningAttributesOrigin"]) == (
        tokens,
        "PENDING",
        "AWS_SES",
    )
    ses.set_identity_mail_from_domain(
        Identity="example.com", MailFromDomain="bounce.example.com", BehaviorOnMXFailure="RejectMessage"
    )
    ses.set_identity_dkim_enabled(Identity="example.com", DkimEnabled=False)
    ses.set_identity_feedback_forwarding_enabled(Identity="example.com", ForwardingEnabled=False)
    ses.put_identity_policy(Identity="example.com", PolicyName="p1", Policy='{"Version": "2012-10-17"}')
    identity = sesv2.get_email_identity(EmailIdentity="example.com")
    assert identity["MailFromAttributes"] == {
        "MailFromDomain": "bounce.example.com",
        "MailFromDomainStatus": "PENDING",
        "BehaviorOnMxFailure": "REJECT_MESSAGE",
    }
    assert identity["DkimAttributes"]["SigningEnabled"] is False
    assert identity["FeedbackForwardingStatus"] is False
    assert identity["Policies"] == {"p1": '{"Version": "2012-10-17"}'}

    # Deleted through v1: gone from v2.
    ses.delete_identity(Identity="example.com")
    assert error_of(sesv2.get_email_identity, EmailIdentity="example.com") == ("NotFoundException", 404)
    assert [i["IdentityName"] for i in sesv2.list_email_identities()["EmailIdentities"]] == ["alice@example.com"]


def test_identity_created_in_v2_is_seen_and_changed_by_v1(aws: Any, route53: Any) -> None:
    ses, sesv2 = aws("ses"), aws("sesv2")
    tokens = sesv2.create_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    sesv2.create_email_identity(EmailIdentity="bob@example.com")
    assert ses.list_identities()["Identities"] == ["example.com", "bob@example.com"]
    assert ses.list_identities(IdentityType="Domain")["Identities"] == ["example.com"]
    assert ses.list_identities(IdentityType="EmailAddress")["Identities"] == ["bob@example.com"]
    assert dkim(ses, "example.com") == {"DkimEnabled": True, "DkimVerificationStatus": "Pending", "DkimTokens": tokens}
    # A v2 domain has a v1 verification token too, and VerifyDomainIdentity returns it.
    token = verification(ses, "example.com")["VerificationToken"]
    assert VERIFICATION_TOKEN_RE.match(token)
    assert ses.verify_domain_identity(Domain="example.com")["VerificationToken"] == token
    assert ses.verify_domain_dkim(Domain="example.com")["DkimTokens"] == tokens

    # An address reports its domain's DKIM; its verification follows the domain.
    assert dkim(ses, "bob@example.com") == {
        "DkimEnabled": True,
        "DkimVerificationStatus": "Pending",
        "DkimTokens": tokens,
    }
    route53.create_zone("example.com", dkim_records("example.com", tokens))
    assert dkim(ses, "example.com")["DkimVerificationStatus"] == "Success"
    assert verification(ses, "example.com") == {"VerificationStatus": "Success", "VerificationToken": token}
    assert verification(ses, "bob@example.com") == {"VerificationStatus": "Success"}
    assert ses.list_verified_email_addresses()["VerifiedEmailAddresses"] == ["bob@example.com"]

    sesv2.put_email_identity_feedback_attributes(EmailIdentity="example.com", EmailForwardingEnabled=False)
    sesv2.put_email_identity_mail_from_attributes(EmailIdentity="example.com", MailFromDomain="mail.example.com")
    notifications = ses.get_identity_notification_attributes(Identities=["example.com"])["NotificationAttributes"]
    assert notifications["example.com"]["ForwardingEnabled"] is False
    assert mail_from(ses, "example.com") == {
        "MailFromDomain": "mail.example.com",
        "MailFromDomainStatus": "Pending",
        "BehaviorOnMXFailure": "UseDefaultValue",
    }

    # Deleted through v2: gone from v1.
    sesv2.delete_email_identity(EmailIdentity="example.com")
    assert ses.list_identities()["Identities"] == ["bob@example.com"]
    assert ses.get_identity_verification_attributes(Identities=["example.com"])["VerificationAttributes"] == {}
    assert ses.get_identity_dkim_attributes(Identities=["example.com"])["DkimAttributes"] == {}


def test_list_identities_pages_and_delete_is_idempotent(aws: Any) -> None:
    ses = aws("ses")
    names = [f"d{index}.example" for index in range(5)]
    for name in names:
        ses.verify_domain_identity(Domain=name)
    first = ses.list_identities(MaxItems=2)
    assert first["Identities"] == names[:2] and first["NextToken"]
    second = ses.list_identities(MaxItems=2, NextToken=first["NextToken"])
    assert second["Identities"] == names[2:4]
    third = ses.list_identities(MaxItems=2, NextToken=second["NextToken"])
    assert third["Identities"] == names[4:] and "NextToken" not in third
    paginated = ses.get_paginator("list_identities").paginate(PaginationConfig={"PageSize": 2})
    assert [name for page in paginated for name in page["Identities"]] == names

    ses.delete_identity(Identity="missing.example")
    ses.verify_email_address(EmailAddress="carol@d0.example")
    ses.delete_verified_email_address(EmailAddress="carol@d0.example")
    ses.delete_identity(Identity="d0.example")
    assert ses.list_identities()["Identities"] == names[1:]


def test_v1_errors(aws: Any) -> None:
    ses = aws("ses")
    unchecked = aws("ses", config=Config(parameter_validation=False))
    ses.verify_domain_identity(Domain="example.com")
    ses.verify_email_identity(EmailAddress="alice@example.com")
    invalid = ("InvalidParameterValue", 400)
    assert error_of(ses.verify_domain_identity, Domain="not a domain") == invalid
    assert error_of(ses.verify_domain_dkim, Domain="-bad-.example") == invalid
    assert error_of(ses.verify_email_identity, EmailAddress="not-an-address") == invalid
    assert error_of(ses.verify_email_address, EmailAddress="a@b@c") == invalid
    # Operations on an identity the account does not have.
    assert error_of(ses.set_identity_dkim_enabled, Identity="missing.example", DkimEnabled=True) == invalid
    assert error_of(ses.set_identity_mail_from_domain, Identity="missing.example") == invalid
    assert error_of(
        ses.set_identity_feedback_forwarding_enabled, Identity="missing.example", ForwardingEnabled=True
    ) == invalid
    assert error_of(
        ses.set_identity_notification_topic, Identity="missing.example", NotificationType="Bounce"
    ) == invalid
    assert error_of(
        ses.put_identity_policy, Identity="missing.example", PolicyName="p", Policy="{}"
    ) == invalid
    # MAIL FROM: a subdomain of the identity's domain, and a known behaviour.
    for domain in ("mail.other.example", "example.com", "notexample.com"):
        assert error_of(ses.set_identity_mail_from_domain, Identity="example.com", MailFromDomain=domain) == invalid
    assert error_of(
        unchecked.set_identity_mail_from_domain,
        Identity="example.com",
        MailFromDomain="mail.example.com",
        BehaviorOnMXFailure="BounceIt",
    ) == ("ValidationError", 400)
    assert error_of(unchecked.list_identities, IdentityType="Everything") == ("ValidationError", 400)
    # An address signs with DKIM only once its domain has Easy DKIM.
    assert error_of(ses.set_identity_dkim_enabled, Identity="alice@example.com", DkimEnabled=True) == invalid
    ses.verify_domain_dkim(Domain="example.com")
    ses.set_identity_dkim_enabled(Identity="alice@example.com", DkimEnabled=True)
    # Policies: a valid name and JSON.
    assert error_of(ses.put_identity_policy, Identity="example.com", PolicyName="bad name", Policy="{}") == invalid
    assert error_of(ses.put_identity_policy, Identity="example.com", PolicyName="p", Policy="{not json") == (
        "InvalidPolicy",
        400,
    )


def test_identity_policies(aws: Any) -> None:
    ses, sesv2 = aws("ses"), aws("sesv2")
    sesv2.create_email_identity(EmailIdentity="example.com")
    ses.put_identity_policy(Identity="example.com", PolicyName="p1", Policy="{}")
    sesv2.create_email_identity_policy(EmailIdentity="example.com", PolicyName="p2", Policy='{"a": 1}')
    assert ses.list_identity_policies(Identity="example.com")["PolicyNames"] == ["p1", "p2"]
    policies = ses.get_identity_policies(Identity="example.com", PolicyNames=["p2", "missing"])
    assert policies["Policies"] == {"p2": '{"a": 1}'}
    ses.delete_identity_policy(Identity="example.com", PolicyName="p1")
    assert sesv2.get_email_identity_policies(EmailIdentity="example.com")["Policies"] == {"p2": '{"a": 1}'}
    # "You can specify an identity by using its name or by using its Amazon Resource Name (ARN)."
    arn = "arn:aws:ses:eu-west-3:123456789012:identity/example.com"
    ses.put_identity_policy(Identity=arn, PolicyName="p3", Policy="{}")
    assert ses.list_identity_policies(Identity=arn)["PolicyNames"] == ["p2", "p3"]


def test_notification_topics_and_forwarding(aws: Any) -> None:
    ses = aws("ses")
    ses.verify_domain_identity(Domain="example.com")
    topic = aws("sns").create_topic(Name="bounces")["TopicArn"]
    ses.set_identity_notification_topic(Identity="example.com", NotificationType="Bounce", SnsTopic=topic)
    ses.set_identity_feedback_forwarding_enabled(Identity="example.com", ForwardingEnabled=False)
    attributes = ses.get_identity_notification_attributes(Identities=["example.com", "missing.example"])
    assert attributes["NotificationAttributes"] == {
        "example.com": {
            "BounceTopic": topic,
            "ForwardingEnabled": False,
            "HeadersInBounceNotificationsEnabled": False,
            "HeadersInComplaintNotificationsEnabled": False,
            "HeadersInDeliveryNotificationsEnabled": False,
        }
    }
    ses.set_identity_notification_topic(Identity="example.com", NotificationType="Bounce")
    attributes = ses.get_identity_notification_attributes(Identities=["example.com"])
    assert "BounceTopic" not in attributes["NotificationAttributes"]["example.com"]


def test_sending_needs_a_verified_identity(aws: Any, route53: Any) -> None:
    ses = aws("ses")
    message = {
        "Source": "alice@example.com",
        "Destination": {"ToAddresses": ["bob@example.org"]},
        "Message": {"Subject": {"Data": "hi"}, "Body": {"Text": {"Data": "hello"}}},
    }
    assert error_of(ses.send_email, **message) == ("MessageRejected", 400)
    token = ses.verify_domain_identity(Domain="example.com")["VerificationToken"]
    assert error_of(ses.send_email, **message) == ("MessageRejected", 400)
    route53.create_zone("example.com", [verification_record("example.com", token)])
    assert ses.send_email(**message)["MessageId"]


def test_regions_and_accounts_keep_their_own_identities(aws: Any, route53: Any) -> None:
    paris, frankfurt = aws("ses"), aws("ses", region="eu-central-1")
    paris_token = paris.verify_domain_identity(Domain="example.com")["VerificationToken"]
    assert frankfurt.list_identities()["Identities"] == []
    assert aws("sesv2", region="eu-central-1").list_email_identities()["EmailIdentities"] == []
    frankfurt_token = frankfurt.verify_domain_identity(Domain="example.com")["VerificationToken"]
    assert frankfurt_token != paris_token

    role = "arn:aws:iam::111111111111:role/deployer"
    credentials = aws("sts").assume_role(RoleArn=role, RoleSessionName="test")["Credentials"]
    keys = {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials["SessionToken"],
    }
    other = aws("ses", **keys)
    assert other.list_identities()["Identities"] == []
    other_token = other.verify_domain_identity(Domain="example.com")["VerificationToken"]
    # The default account's zone does not verify another account's identity.
    route53.create_zone("example.com", [verification_record("example.com", other_token)])
    assert verification(other, "example.com")["VerificationStatus"] == "Pending"
    type(route53)(aws("route53", **keys)).create_zone(
        "example.com", [verification_record("example.com", other_token)]
    )
    assert verification(other, "example.com")["VerificationStatus"] == "Success"
    assert verification(paris, "example.com")["VerificationStatus"] == "Pending"
