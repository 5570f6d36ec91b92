"""SES v2 over real HTTP with boto3: identities, DKIM and MAIL FROM status, account."""

import base64
import json
import re
from typing import Any

import pytest
from botocore import xform_name
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from botocore.httpsession import URLLib3Session
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

TOKEN_RE = re.compile(r"^[a-z0-9]{32}$")
MX_EU_WEST_3 = "10 feedback-smtp.eu-west-3.amazonses.com"
# cryptography no longer generates keys under 1024 bits: a 512-bit one made with openssl (PKCS #8, base64 DER).
RSA_512_BIT_KEY = (
    "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAv5KX43t574m70nraOVh3ZL5v6G36JI1Q+NtqxzbuARfyy9RVDf9U3y713U"
    "dRfrR8wcqoYyk4LkSzla1G3tCM/wIDAQABAkEAm49NGSKt/C3qv1qVE5XbtYnSU3nicoXyJ3H8vfHDyEwjSwa+yz24n6jnhuZeQTgKJBb2"
    "rACaz5N48esjEoVkCQIhAONiiDqamjJ//hrFlAAwNx2YwD2fNph/od2bOYcBy4+TAiEA165T4fw6H9IItOED6W+EZK/b64N8XkmXHqr1Vu"
    "F8eGUCIQDdXmDYBQmXnooJEE9s+4O8+ag2ldk2EBPKxkL0T+gYpwIhAJCCnnORM0S0zt6a0asr7BImfnzLiZ4HQrjqpR3EUUi9AiBvHDSf"
    "8RFTGVgN/4mfd2MtSKA6H9Hl4Eg0dGkP795CsA=="
)


def error_of(call: Any, **kwargs: Any) -> tuple[str, int]:
    """The error code and HTTP status an SES call fails with."""
    with pytest.raises(ClientError) as caught:
        call(**kwargs)
    response = caught.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def rsa_key(bits: int) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key_b64(key: Any, private_format: Any = serialization.PrivateFormat.TraditionalOpenSSL) -> str:
    """A private key as BYODKIM takes it: base64 DER (PEM without its header, footer and line breaks)."""
    der = key.private_bytes(serialization.Encoding.DER, private_format, serialization.NoEncryption())
    return base64.b64encode(der).decode()


def dkim_key_record(key: Any) -> str:
    """The DKIM TXT record publishing ``key``'s public half, as Route 53 takes it.

    A 2048-bit key is longer than one TXT string (255 characters): the record
    is split into several quoted strings, which DNS clients join.
    """
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    text = f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"
    return " ".join(f'"{text[start:start + 255]}"' for start in range(0, len(text), 255))


def dkim_records(domain: str, tokens: list[str]) -> list[tuple[str, str, list[str]]]:
    return [
        (f"{token}._domainkey.{domain}", "CNAME", [f"{token}.dkim.amazonses.com"])
        for token in tokens
    ]


def raw_body(client: Any, operation: str, **kwargs: Any) -> dict[str, Any]:
    """The JSON body exactly as the emulator sent it, before botocore parses it."""
    captured: dict[str, bytes] = {}

    def capture(response_dict: dict[str, Any], **_: Any) -> None:
        captured["body"] = response_dict["body"]

    client.meta.events.register(f"before-parse.sesv2.{operation}", capture)
    getattr(client, xform_name(operation))(**kwargs)
    return json.loads(captured["body"])


def test_tokens_are_three_distinct_per_identity_and_across_identities(aws: Any) -> None:
    ses = aws("sesv2")
    all_tokens = []
    for domain, key_length in [
        ("one.example", "RSA_2048_BIT"),
        ("two.example", "RSA_1024_BIT"),
        ("three.example", None),
    ]:
        kwargs: dict[str, Any] = {"EmailIdentity": domain}
        if key_length:
            kwargs["DkimSigningAttributes"] = {"NextSigningKeyLength": key_length}
        created = ses.create_email_identity(**kwargs)
        dkim = created["DkimAttributes"]
        assert created["IdentityType"] == "DOMAIN"
        assert created["VerifiedForSendingStatus"] is False
        assert dkim["Status"] == "PENDING"
        assert dkim["SigningAttributesOrigin"] == "AWS_SES"
        assert dkim["CurrentSigningKeyLength"] == (key_length or "RSA_2048_BIT")
        assert dkim["NextSigningKeyLength"] == (key_length or "RSA_2048_BIT")
        assert len(dkim["Tokens"]) == 3
        assert all(TOKEN_RE.match(token) for token in dkim["Tokens"])
        all_tokens += dkim["Tokens"]
    assert len(set(all_tokens)) == 9


def test_timestamps_are_epoch_numbers(aws: Any) -> None:
    ses = aws("sesv2")
    created = raw_body(ses, "CreateEmailIdentity", EmailIdentity="time.example")
    fetched = raw_body(ses, "GetEmailIdentity", EmailIdentity="time.example")
    for body in (created, fetched):
        timestamp = body["DkimAttributes"]["LastKeyGenerationTimestamp"]
        assert isinstance(timestamp, (int, float)) and not isinstance(timestamp, bool)
        assert timestamp > 1_600_000_000


def test_dkim_pending_until_all_three_cnames_exist(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    tokens = ses.create_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    zone_id = route53.create_zone("example.com")
    records = dkim_records("example.com", tokens)

    route53.change(zone_id, "CREATE", records[:2])
    identity = ses.get_email_identity(EmailIdentity="example.com")
    assert identity["DkimAttributes"]["Status"] == "PENDING"
    assert identity["VerificationStatus"] == "PENDING"
    assert identity["VerifiedForSendingStatus"] is False

    # Names compare case-insensitively and with or without the trailing dot
    # (moto only accepts upper case outside the zone's own name).
    upper_name = f"{tokens[2].upper()}._DOMAINKEY.example.com."
    route53.change(zone_id, "CREATE", [(upper_name, "CNAME", records[2][2])])
    identity = ses.get_email_identity(EmailIdentity="example.com")
    assert identity["DkimAttributes"]["Status"] == "SUCCESS"
    assert identity["VerificationStatus"] == "SUCCESS"
    assert identity["VerifiedForSendingStatus"] is True

    route53.change(zone_id, "DELETE", records[:1])
    status = ses.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Status"]
    assert status == "PENDING"


def test_dkim_uses_the_longest_matching_zone(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    domain = "mail.example.net"
    tokens = ses.create_email_identity(EmailIdentity=domain)["DkimAttributes"]["Tokens"]
    route53.create_zone("example.net", dkim_records(domain, tokens))
    sub_zone = route53.create_zone(domain)
    status = ses.get_email_identity(EmailIdentity=domain)["DkimAttributes"]["Status"]
    assert status == "PENDING"
    route53.change(sub_zone, "CREATE", dkim_records(domain, tokens))
    status = ses.get_email_identity(EmailIdentity=domain)["DkimAttributes"]["Status"]
    assert status == "SUCCESS"


def test_wrong_cname_target_stays_pending(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    tokens = ses.create_email_identity(EmailIdentity="wrong.example")["DkimAttributes"]["Tokens"]
    records = [
        (f"{token}._domainkey.wrong.example", "CNAME", ["elsewhere.example.org"])
        for token in tokens
    ]
    route53.create_zone("wrong.example", records)
    status = ses.get_email_identity(EmailIdentity="wrong.example")["DkimAttributes"]["Status"]
    assert status == "PENDING"


def test_mail_from_pending_until_mx_exists(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com")
    zone_id = route53.create_zone("example.com")
    ses.put_email_identity_mail_from_attributes(
        EmailIdentity="example.com",
        MailFromDomain="bounce.example.com",
        BehaviorOnMxFailure="REJECT_MESSAGE",
    )
    mail_from = ses.get_email_identity(EmailIdentity="example.com")["MailFromAttributes"]
    assert mail_from == {
        "MailFromDomain": "bounce.example.com",
        "MailFromDomainStatus": "PENDING",
        "BehaviorOnMxFailure": "REJECT_MESSAGE",
    }

    route53.change(
        zone_id,
        "CREATE",
        [("bounce.example.com", "MX", ["10 feedback-smtp.eu-central-1.amazonses.com"])],
    )
    mail_from = ses.get_email_identity(EmailIdentity="example.com")["MailFromAttributes"]
    assert mail_from["MailFromDomainStatus"] == "PENDING"

    route53.change(zone_id, "UPSERT", [("bounce.example.com", "MX", [MX_EU_WEST_3])])
    mail_from = ses.get_email_identity(EmailIdentity="example.com")["MailFromAttributes"]
    assert mail_from["MailFromDomainStatus"] == "SUCCESS"

    ses.put_email_identity_mail_from_attributes(EmailIdentity="example.com")
    mail_from = ses.get_email_identity(EmailIdentity="example.com")["MailFromAttributes"]
    assert mail_from == {"BehaviorOnMxFailure": "USE_DEFAULT_VALUE"}


def test_identity_errors(aws: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com")
    assert error_of(ses.create_email_identity, EmailIdentity="example.com") == (
        "AlreadyExistsException",
        400,
    )
    assert error_of(ses.get_email_identity, EmailIdentity="missing.example") == (
        "NotFoundException",
        404,
    )
    assert error_of(ses.delete_email_identity, EmailIdentity="missing.example") == (
        "NotFoundException",
        404,
    )
    assert error_of(
        ses.put_email_identity_mail_from_attributes,
        EmailIdentity="missing.example",
        MailFromDomain="mail.missing.example",
    ) == ("NotFoundException", 404)
    for mail_from in ("mail.other.example", "example.com", "notexample.com"):
        assert error_of(
            ses.put_email_identity_mail_from_attributes,
            EmailIdentity="example.com",
            MailFromDomain=mail_from,
        ) == ("BadRequestException", 400)
    assert error_of(
        ses.put_email_identity_mail_from_attributes,
        EmailIdentity="example.com",
        MailFromDomain="mail.example.com",
        BehaviorOnMxFailure="BOUNCE_IT",
    ) == ("BadRequestException", 400)
    assert error_of(ses.create_email_identity, EmailIdentity="not a domain") == (
        "BadRequestException",
        400,
    )
    assert error_of(
        ses.create_email_identity,
        EmailIdentity="keys.example",
        DkimSigningAttributes={"NextSigningKeyLength": "RSA_4096_BIT"},
    ) == ("BadRequestException", 400)


def test_get_list_delete_identity(aws: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com", Tags=[{"Key": "team", "Value": "mail"}])
    identity = ses.get_email_identity(EmailIdentity="example.com")
    assert identity["IdentityType"] == "DOMAIN"
    assert identity["FeedbackForwardingStatus"] is True
    assert identity["Policies"] == {}
    assert identity["Tags"] == [{"Key": "team", "Value": "mail"}]
    assert identity["MailFromAttributes"] == {"BehaviorOnMxFailure": "USE_DEFAULT_VALUE"}
    listed = ses.list_email_identities()["EmailIdentities"]
    assert listed == [
        {
            "IdentityType": "DOMAIN",
            "IdentityName": "example.com",
            "SendingEnabled": False,
            "VerificationStatus": "PENDING",
        }
    ]
    ses.delete_email_identity(EmailIdentity="example.com")
    assert ses.list_email_identities()["EmailIdentities"] == []


def test_email_address_identity_follows_its_domain(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    created = ses.create_email_identity(EmailIdentity="alice@example.com")
    assert created["IdentityType"] == "EMAIL_ADDRESS"
    assert created["DkimAttributes"]["Tokens"] == []
    tokens = ses.create_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    assert (
        ses.get_email_identity(EmailIdentity="alice@example.com")["VerificationStatus"] == "PENDING"
    )
    route53.create_zone("example.com", dkim_records("example.com", tokens))
    assert (
        ses.get_email_identity(EmailIdentity="alice@example.com")["VerificationStatus"] == "SUCCESS"
    )


def test_terraform_update_operations(aws: Any) -> None:
    """The calls the provider makes when updating identity-related resources."""
    ses = aws("sesv2")
    ses.create_configuration_set(ConfigurationSetName="main")
    tokens = ses.create_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    arn = "arn:aws:ses:eu-west-3::identity/example.com"  # skip_requesting_account_id
    ses.tag_resource(ResourceArn=arn, Tags=[{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}])
    ses.untag_resource(ResourceArn=arn, TagKeys=["a"])
    assert ses.list_tags_for_resource(ResourceArn=arn)["Tags"] == [{"Key": "b", "Value": "2"}]

    signing = ses.put_email_identity_dkim_signing_attributes(
        EmailIdentity="example.com",
        SigningAttributesOrigin="AWS_SES",
        SigningAttributes={"NextSigningKeyLength": "RSA_1024_BIT"},
    )
    assert signing["DkimTokens"] == tokens and signing["DkimStatus"] == "PENDING"
    ses.put_email_identity_configuration_set_attributes(
        EmailIdentity="example.com", ConfigurationSetName="main"
    )
    ses.put_email_identity_feedback_attributes(
        EmailIdentity="example.com", EmailForwardingEnabled=False
    )
    ses.put_email_identity_dkim_attributes(EmailIdentity="example.com", SigningEnabled=False)
    identity = ses.get_email_identity(EmailIdentity="example.com")
    assert identity["DkimAttributes"]["NextSigningKeyLength"] == "RSA_1024_BIT"
    assert identity["DkimAttributes"]["CurrentSigningKeyLength"] == "RSA_2048_BIT"
    assert identity["DkimAttributes"]["SigningEnabled"] is False
    assert identity["ConfigurationSetName"] == "main"
    assert identity["FeedbackForwardingStatus"] is False
    assert error_of(
        ses.put_email_identity_configuration_set_attributes,
        EmailIdentity="example.com",
        ConfigurationSetName="missing",
    ) == ("NotFoundException", 404)
    assert error_of(
        ses.list_tags_for_resource, ResourceArn="arn:aws:ses:eu-west-3::identity/missing.example"
    ) == ("NotFoundException", 404)


def test_byodkim_verifies_through_the_selector_txt(aws: Any, route53: Any) -> None:
    ses = aws("sesv2")
    key, other_key = rsa_key(2048), rsa_key(1024)
    ses.create_email_identity(EmailIdentity="byo.example")
    ses.put_email_identity_dkim_signing_attributes(
        EmailIdentity="byo.example",
        SigningAttributesOrigin="EXTERNAL",
        SigningAttributes={
            "DomainSigningSelector": "sel1",
            "DomainSigningPrivateKey": private_key_b64(key),
        },
    )
    dkim = ses.get_email_identity(EmailIdentity="byo.example")["DkimAttributes"]
    assert (dkim["SigningAttributesOrigin"], dkim["Tokens"], dkim["Status"]) == (
        "EXTERNAL",
        ["sel1"],
        "PENDING",
    )
    # A record with another key (or no key) does not verify it: SES looks for the paired public key.
    zone_id = route53.create_zone(
        "byo.example", [("sel1._domainkey.byo.example", "TXT", [dkim_key_record(other_key)])]
    )
    assert ses.get_email_identity(EmailIdentity="byo.example")["DkimAttributes"]["Status"] == "PENDING"
    route53.change(zone_id, "UPSERT", [("sel1._domainkey.byo.example", "TXT", ['"v=DKIM1; p=MIIB"'])])
    assert ses.get_email_identity(EmailIdentity="byo.example")["DkimAttributes"]["Status"] == "PENDING"
    route53.change(zone_id, "UPSERT", [("sel1._domainkey.byo.example", "TXT", [dkim_key_record(key)])])
    assert (
        ses.get_email_identity(EmailIdentity="byo.example")["DkimAttributes"]["Status"] == "SUCCESS"
    )


def test_byodkim_private_key_must_be_a_base64_rsa_key_of_1024_to_2048_bits(aws: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="byo.example")

    def put_key(private_key: str, selector: str = "sel1") -> Any:
        return ses.put_email_identity_dkim_signing_attributes(
            EmailIdentity="byo.example",
            SigningAttributesOrigin="EXTERNAL",
            SigningAttributes={"DomainSigningSelector": selector, "DomainSigningPrivateKey": private_key},
        )

    ec_key = ec.generate_private_key(ec.SECP256R1())
    refused = {
        "base64 but not a key": "QUJD",
        "not base64": "not-base64!",
        "PEM with its header": "-----BEGIN RSA PRIVATE KEY-----",
        "512-bit RSA": RSA_512_BIT_KEY,
        "3072-bit RSA": private_key_b64(rsa_key(3072)),
        "EC key": private_key_b64(ec_key, serialization.PrivateFormat.PKCS8),
    }
    for case, private_key in refused.items():
        assert error_of(put_key, private_key=private_key) == ("BadRequestException", 400), case
    # The selector follows the model's pattern (letters, digits, inner hyphens).
    valid = private_key_b64(rsa_key(1024))
    assert error_of(put_key, private_key=valid, selector="bad_selector") == ("BadRequestException", 400)
    assert ses.get_email_identity(EmailIdentity="byo.example")["DkimAttributes"]["SigningAttributesOrigin"] == (
        "AWS_SES"
    )
    # PKCS #1 and PKCS #8, 1024 and 2048 bits, are accepted; so is BYODKIM at creation.
    put_key(valid)
    put_key(private_key_b64(rsa_key(2048), serialization.PrivateFormat.PKCS8))
    created = ses.create_email_identity(
        EmailIdentity="byo2.example",
        DkimSigningAttributes={"DomainSigningSelector": "s2", "DomainSigningPrivateKey": valid},
    )
    assert created["DkimAttributes"]["Tokens"] == ["s2"]
    assert error_of(
        ses.create_email_identity,
        EmailIdentity="byo3.example",
        DkimSigningAttributes={"DomainSigningSelector": "s3", "DomainSigningPrivateKey": "QUJD"},
    ) == ("BadRequestException", 400)
    assert error_of(ses.get_email_identity, EmailIdentity="byo3.example") == ("NotFoundException", 404)


def test_deed_replica_takes_the_parent_tokens_and_follows_its_records(aws: Any, route53: Any) -> None:
    parent_ses, ses = aws("sesv2", region="eu-west-1"), aws("sesv2")
    tokens = parent_ses.create_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    created = ses.create_email_identity(
        EmailIdentity="example.com",
        DkimSigningAttributes={"DomainSigningAttributesOrigin": "AWS_SES_EU_WEST_1"},
    )
    dkim = created["DkimAttributes"]
    assert (dkim["SigningAttributesOrigin"], dkim["Tokens"], dkim["Status"]) == (
        "AWS_SES_EU_WEST_1",
        tokens,
        "PENDING",
    )
    # The parent's DNS records verify the replica: nothing more to publish.
    route53.create_zone("example.com", dkim_records("example.com", tokens))
    identity = ses.get_email_identity(EmailIdentity="example.com")
    assert identity["DkimAttributes"]["Status"] == "SUCCESS"
    assert identity["DkimAttributes"]["SigningAttributesOrigin"] == "AWS_SES_EU_WEST_1"
    assert identity["VerifiedForSendingStatus"] is True


def test_deed_origin_rules(aws: Any) -> None:
    parent_ses, ses = aws("sesv2", region="eu-west-1"), aws("sesv2")
    parent_ses.create_email_identity(EmailIdentity="example.com")
    parent_ses.create_email_identity(
        EmailIdentity="byo.example",
        DkimSigningAttributes={
            "DomainSigningSelector": "sel1",
            "DomainSigningPrivateKey": private_key_b64(rsa_key(1024)),
        },
    )
    cases = {
        # CreateEmailIdentity: "All values except AWS_SES and EXTERNAL".
        "AWS_SES": ("example.com", {"DomainSigningAttributesOrigin": "AWS_SES"}),
        "EXTERNAL": ("example.com", {"DomainSigningAttributesOrigin": "EXTERNAL"}),
        # The parent must exist in that region and have Easy DKIM.
        "no parent there": ("example.com", {"DomainSigningAttributesOrigin": "AWS_SES_US_EAST_1"}),
        "no parent of that name": ("other.example", {"DomainSigningAttributesOrigin": "AWS_SES_EU_WEST_1"}),
        "BYODKIM parent": ("byo.example", {"DomainSigningAttributesOrigin": "AWS_SES_EU_WEST_1"}),
        "own key length": (
            "example.com",
            {"DomainSigningAttributesOrigin": "AWS_SES_EU_WEST_1", "NextSigningKeyLength": "RSA_1024_BIT"},
        ),
        "not an origin": ("example.com", {"DomainSigningAttributesOrigin": "AWS_SES_MOON_1"}),
    }
    for case, (name, signing) in cases.items():
        assert error_of(ses.create_email_identity, EmailIdentity=name, DkimSigningAttributes=signing) == (
            "BadRequestException",
            400,
        ), case
    assert ses.list_email_identities()["EmailIdentities"] == []

    # PutEmailIdentityDkimSigningAttributes: AWS_SES or EXTERNAL only, no DomainSigningAttributesOrigin.
    ses.create_email_identity(EmailIdentity="example.com")
    assert error_of(
        ses.put_email_identity_dkim_signing_attributes,
        EmailIdentity="example.com",
        SigningAttributesOrigin="AWS_SES_EU_WEST_1",
    ) == ("BadRequestException", 400)
    assert error_of(
        ses.put_email_identity_dkim_signing_attributes,
        EmailIdentity="example.com",
        SigningAttributesOrigin="AWS_SES",
        SigningAttributes={"DomainSigningAttributesOrigin": "AWS_SES_EU_WEST_1"},
    ) == ("BadRequestException", 400)
    dkim = ses.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]
    assert dkim["SigningAttributesOrigin"] == "AWS_SES"


def test_identity_policies(aws: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com")
    policy = json.dumps({"Version": "2012-10-17", "Statement": []})
    ses.create_email_identity_policy(EmailIdentity="example.com", PolicyName="p", Policy=policy)
    assert ses.get_email_identity(EmailIdentity="example.com")["Policies"] == {"p": policy}
    assert error_of(
        ses.create_email_identity_policy, EmailIdentity="example.com", PolicyName="p", Policy=policy
    ) == ("AlreadyExistsException", 400)
    ses.delete_email_identity_policy(EmailIdentity="example.com", PolicyName="p")
    assert ses.get_email_identity_policies(EmailIdentity="example.com")["Policies"] == {}


def test_account_starts_in_sandbox_and_is_granted_production(aws: Any, admin: Any) -> None:
    ses = aws("sesv2")
    account = ses.get_account()
    assert account["ProductionAccessEnabled"] is False
    assert account["SendQuota"] == {
        "Max24HourSend": 200.0,
        "MaxSendRate": 1.0,
        "SentLast24Hours": 0.0,
    }
    assert account["SendingEnabled"] is True
    assert account["EnforcementStatus"] == "HEALTHY"
    assert account["DedicatedIpAutoWarmupEnabled"] is False
    assert "Details" not in account

    ses.put_account_details(
        MailType="TRANSACTIONAL",
        WebsiteURL="https://example.com",
        ContactLanguage="EN",
        UseCaseDescription="Password resets.",
        AdditionalContactEmailAddresses=["ops@example.com"],
        ProductionAccessEnabled=True,
    )
    account = ses.get_account()
    review = account["Details"]["ReviewDetails"]
    assert review["Status"] == "PENDING" and review["CaseId"]
    assert account["Details"]["MailType"] == "TRANSACTIONAL"
    assert account["Details"]["AdditionalContactEmailAddresses"] == ["ops@example.com"]
    assert account["ProductionAccessEnabled"] is False

    status, body = admin(
        "/_emulator/ses/production-access", {"region": "eu-west-3", "decision": "GRANTED"}
    )
    assert status == 200 and body["ProductionAccessEnabled"] is True
    account = ses.get_account()
    assert account["ProductionAccessEnabled"] is True
    assert account["SendQuota"]["Max24HourSend"] == 50000.0
    assert account["SendQuota"]["MaxSendRate"] == 14.0
    assert account["Details"]["ReviewDetails"] == {"Status": "GRANTED", "CaseId": review["CaseId"]}

    other_region = aws("sesv2", region="eu-central-1").get_account()
    assert other_region["ProductionAccessEnabled"] is False


def test_production_access_denied_and_admin_errors(aws: Any, admin: Any) -> None:
    path = "/_emulator/ses/production-access"
    status, body = admin(path, {"region": "eu-west-3", "decision": "DENIED"})
    assert status == 200 and body["ProductionAccessEnabled"] is False
    assert aws("sesv2").get_account()["Details"]["ReviewDetails"]["Status"] == "DENIED"
    assert admin(path, {"decision": "GRANTED"})[0] == 400
    assert admin(path, {"region": "eu-west-3", "decision": "MAYBE"})[0] == 400
    assert admin(path, {"region": "nowhere-1", "decision": "GRANTED"})[0] == 400
    assert admin("/_emulator/nothing", {})[0] == 404


def test_account_details_validation(aws: Any) -> None:
    # botocore checks neither enums nor maximum lengths, and with its
    # validation off, not required members either: the emulator must.
    ses = aws("sesv2", config=Config(parameter_validation=False))
    assert error_of(ses.put_account_details, MailType="MARKETING") == (
        "BadRequestException",
        400,
    )
    assert error_of(ses.put_account_details, MailType="SPAM", WebsiteURL="https://example.com") == (
        "BadRequestException",
        400,
    )
    assert error_of(
        ses.put_account_details,
        MailType="MARKETING",
        WebsiteURL="https://example.com",
        ContactLanguage="FR",
    ) == ("BadRequestException", 400)
    assert error_of(
        ses.put_account_details,
        MailType="MARKETING",
        WebsiteURL="https://example.com",
        AdditionalContactEmailAddresses=["a@example.com"] * 5,
    ) == ("BadRequestException", 400)


def test_website_url_must_be_an_http_url(aws: Any) -> None:
    ses = aws("sesv2")
    for url in ("not a url", "example.com", "ftp://example.com", "https://", "https://exa mple.com"):
        assert error_of(ses.put_account_details, MailType="TRANSACTIONAL", WebsiteURL=url) == (
            "BadRequestException",
            400,
        ), url
    assert "Details" not in ses.get_account()
    ses.put_account_details(MailType="TRANSACTIONAL", WebsiteURL="http://example.com/about?x=1")
    assert ses.get_account()["Details"]["WebsiteURL"] == "http://example.com/about?x=1"


def test_configuration_set_names(aws: Any) -> None:
    # "up to 64 alphanumeric characters, including letters, numbers, hyphens (-) and underscores (_) only"
    ses = aws("sesv2")
    for name in ("bad name!", "dots.are.not", "a" * 65, "caf\u00e9"):
        assert error_of(ses.create_configuration_set, ConfigurationSetName=name) == (
            "BadRequestException",
            400,
        ), name
    for name in ("ok_name-1", "A" * 64):
        ses.create_configuration_set(ConfigurationSetName=name)
    assert ses.list_configuration_sets()["ConfigurationSets"] == ["ok_name-1", "A" * 64]


def test_event_destinations_need_an_existing_topic_and_the_default_bus(aws: Any) -> None:
    ses, sns = aws("sesv2"), aws("sns")
    ses.create_configuration_set(ConfigurationSetName="main")
    missing = "arn:aws:sns:eu-west-3:123456789012:missing"

    def destination(**target: Any) -> dict[str, Any]:
        return {"Enabled": True, "MatchingEventTypes": ["BOUNCE"], **target}

    assert error_of(
        ses.create_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination(SnsDestination={"TopicArn": missing}),
    ) == ("BadRequestException", 400)
    # A topic of the same name in another region or account is another topic.
    other_region = aws("sns", region="eu-central-1").create_topic(Name="missing")["TopicArn"]
    assert other_region != missing
    assert error_of(
        ses.create_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination(SnsDestination={"TopicArn": missing}),
    ) == ("BadRequestException", 400)

    topic = sns.create_topic(Name="events")["TopicArn"]
    ses.create_configuration_set_event_destination(
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination(SnsDestination={"TopicArn": topic}),
    )
    assert error_of(
        ses.update_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination(SnsDestination={"TopicArn": missing}),
    ) == ("BadRequestException", 400)
    sns.delete_topic(TopicArn=topic)
    assert error_of(
        ses.update_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination(SnsDestination={"TopicArn": topic}),
    ) == ("BadRequestException", 400)

    # EventBridge: "Only the default bus is supported."
    custom_bus = "arn:aws:events:eu-west-3:123456789012:event-bus/custom"
    assert error_of(
        ses.create_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="bus",
        EventDestination=destination(EventBridgeDestination={"EventBusArn": custom_bus}),
    ) == ("BadRequestException", 400)
    ses.create_configuration_set_event_destination(
        ConfigurationSetName="main",
        EventDestinationName="bus",
        EventDestination=destination(
            EventBridgeDestination={"EventBusArn": "arn:aws:events:eu-west-3:123456789012:event-bus/default"}
        ),
    )


def test_suppression_attributes(aws: Any) -> None:
    ses = aws("sesv2")
    ses.put_account_suppression_attributes(SuppressedReasons=["BOUNCE", "COMPLAINT"])
    attributes = ses.get_account()["SuppressionAttributes"]
    assert attributes["SuppressedReasons"] == ["BOUNCE", "COMPLAINT"]
    ses.put_account_suppression_attributes(SuppressedReasons=[])
    assert ses.get_account()["SuppressionAttributes"]["SuppressedReasons"] == []
    assert error_of(ses.put_account_suppression_attributes, SuppressedReasons=["SPAM"]) == (
        "BadRequestException",
        400,
    )


def test_regions_are_isolated(aws: Any) -> None:
    paris, frankfurt = aws("sesv2"), aws("sesv2", region="eu-central-1")
    paris.create_email_identity(EmailIdentity="example.com")
    paris.put_account_suppression_attributes(SuppressedReasons=["BOUNCE"])
    assert frankfurt.list_email_identities()["EmailIdentities"] == []
    assert error_of(frankfurt.get_email_identity, EmailIdentity="example.com")[1] == 404
    # A new account's default (AWS's since November 25, 2019): both reasons.
    assert frankfurt.get_account()["SuppressionAttributes"]["SuppressedReasons"] == ["BOUNCE", "COMPLAINT"]
    frankfurt.create_email_identity(EmailIdentity="example.com")
    paris_tokens = paris.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Tokens"]
    frankfurt_tokens = frankfurt.get_email_identity(EmailIdentity="example.com")["DkimAttributes"][
        "Tokens"
    ]
    assert not set(paris_tokens) & set(frankfurt_tokens)


def test_accounts_are_isolated_and_verify_in_their_own_zones(
    aws: Any, route53: Any, dns_query: Any
) -> None:
    role = "arn:aws:iam::111111111111:role/deployer"
    credentials = aws("sts").assume_role(RoleArn=role, RoleSessionName="test")["Credentials"]
    keys = {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials["SessionToken"],
    }
    assert aws("sts", **keys).get_caller_identity()["Account"] == "111111111111"
    other_ses = aws("sesv2", **keys)
    tokens = other_ses.create_email_identity(EmailIdentity="example.com")["DkimAttributes"][
        "Tokens"
    ]
    assert aws("sesv2").list_email_identities()["EmailIdentities"] == []

    # The default account's zone does not verify another account's identity...
    route53.create_zone("example.com", dkim_records("example.com", tokens))
    status = other_ses.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Status"]
    assert status == "PENDING"
    # ...its own zone does, and DNS serves the zones of every account.
    other_route53 = type(route53)(aws("route53", **keys))
    other_route53.create_zone("other.example", [("other.example", "TXT", ['"other"'])])
    other_route53.create_zone("example.com", dkim_records("example.com", tokens))
    status = other_ses.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]["Status"]
    assert status == "SUCCESS"
    assert dns_query("other.example", "TXT").answer[0][0].strings == (b"other",)


def test_configuration_sets_and_event_destinations(aws: Any) -> None:
    ses = aws("sesv2")
    topic_arn = aws("sns").create_topic(Name="events")["TopicArn"]
    ses.create_configuration_set(
        ConfigurationSetName="main",
        DeliveryOptions={"TlsPolicy": "REQUIRE"},
        Tags=[{"Key": "k", "Value": "v"}],
    )
    assert error_of(ses.create_configuration_set, ConfigurationSetName="main") == (
        "AlreadyExistsException",
        400,
    )
    config = ses.get_configuration_set(ConfigurationSetName="main")
    assert config["DeliveryOptions"] == {"TlsPolicy": "REQUIRE"}
    assert config["SendingOptions"] == {"SendingEnabled": True}
    assert config["Tags"] == [{"Key": "k", "Value": "v"}]
    ses.put_configuration_set_suppression_options(
        ConfigurationSetName="main", SuppressedReasons=["BOUNCE"]
    )
    assert ses.get_configuration_set(ConfigurationSetName="main")["SuppressionOptions"] == {
        "SuppressedReasons": ["BOUNCE"]
    }
    assert ses.list_configuration_sets()["ConfigurationSets"] == ["main"]

    destination = {
        "Enabled": True,
        "MatchingEventTypes": ["SEND", "BOUNCE"],
        "SnsDestination": {"TopicArn": topic_arn},
    }
    ses.create_configuration_set_event_destination(
        ConfigurationSetName="main", EventDestinationName="sns", EventDestination=destination
    )
    assert error_of(
        ses.create_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination=destination,
    ) == ("AlreadyExistsException", 400)
    ses.update_configuration_set_event_destination(
        ConfigurationSetName="main",
        EventDestinationName="sns",
        EventDestination={**destination, "MatchingEventTypes": ["COMPLAINT"]},
    )
    destinations = ses.get_configuration_set_event_destinations(ConfigurationSetName="main")
    assert destinations["EventDestinations"] == [
        {"Name": "sns", **destination, "MatchingEventTypes": ["COMPLAINT"]}
    ]
    ses.delete_configuration_set_event_destination(
        ConfigurationSetName="main", EventDestinationName="sns"
    )
    assert error_of(
        ses.delete_configuration_set_event_destination,
        ConfigurationSetName="main",
        EventDestinationName="sns",
    ) == ("NotFoundException", 404)
    assert error_of(
        ses.get_configuration_set_event_destinations, ConfigurationSetName="missing"
    ) == ("NotFoundException", 404)
    ses.delete_configuration_set(ConfigurationSetName="main")
    assert error_of(ses.get_configuration_set, ConfigurationSetName="main")[1] == 404


def signed(emulator: Any, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    """A SigV4-signed request, for routes only older SDKs (like the provider's) send."""
    data = json.dumps(body).encode() if body is not None else None
    request = AWSRequest(
        method=method,
        url=f"{emulator.url}{path}",
        data=data,
        headers={"Content-Type": "application/json"} if data else {},
    )
    SigV4Auth(Credentials("test", "test"), "ses", "eu-west-3").add_auth(request)
    return URLLib3Session(verify=str(emulator.ca_bundle)).send(request.prepare())


def test_routes_of_older_sdks(aws: Any, emulator: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com")
    ses.create_configuration_set(ConfigurationSetName="main")

    listed = signed(emulator, "GET", "/v2/email/identities?PageSize=10")
    assert listed.status_code == 200
    assert [i["IdentityName"] for i in json.loads(listed.content)["EmailIdentities"]] == [
        "example.com"
    ]
    sets = signed(emulator, "GET", "/v2/email/configuration-sets")
    assert json.loads(sets.content)["ConfigurationSets"] == ["main"]

    response = signed(
        emulator,
        "PUT",
        "/v1/email/identities/example.com/dkim/signing",
        {
            "SigningAttributesOrigin": "AWS_SES",
            "SigningAttributes": {"NextSigningKeyLength": "RSA_1024_BIT"},
        },
    )
    assert response.status_code == 200
    assert json.loads(response.content)["DkimStatus"] == "PENDING"
    dkim = ses.get_email_identity(EmailIdentity="example.com")["DkimAttributes"]
    assert dkim["NextSigningKeyLength"] == "RSA_1024_BIT"


def test_reset_clears_sesv2_state(aws: Any, admin: Any) -> None:
    ses = aws("sesv2")
    ses.create_email_identity(EmailIdentity="example.com")
    assert admin("/moto-api/reset", {})[0] == 200
    assert ses.list_email_identities()["EmailIdentities"] == []


def test_other_services_are_moto(aws: Any) -> None:
    assert aws("sts").get_caller_identity()["Account"] == "123456789012"
    aws("s3").create_bucket(
        Bucket="state", CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
    )
    assert [b["Name"] for b in aws("s3").list_buckets()["Buckets"]] == ["state"]
    aws("dynamodb").create_table(
        TableName="locks",
        KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    assert aws("dynamodb").list_tables()["TableNames"] == ["locks"]
    ses_v1 = aws("ses")
    ses_v1.verify_domain_identity(Domain="v1.example")
    assert ses_v1.list_identities()["Identities"] == ["v1.example"]
