"""An operation the emulator does not serve fails at once: HTTP 501 ``NotImplemented``, no retry.

Before, moto answered such an operation HTTP 500 (retried by every SDK) or an HTML 404, and the AWS
provider retried it until Terraform was killed. Each client here may make 5 attempts (standard
retry mode), so a retried answer would show in ``RetryAttempts`` and in the time taken. The
operations are ones neither moto nor the emulator's own services are about to implement.
"""

import ssl
import time
import urllib.error
import urllib.request
from typing import Any

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from emulator.process import EmulatorProcess as Emulator

ClientFactory = Any
REGION = "eu-west-3"  # the emulator fixtures' region

RETRYING = Config(retries={"mode": "standard", "max_attempts": 5})
DEADLINE = 1.0  # seconds; the first retry alone would wait up to 1 s, the SDK's timeouts far longer

# (service, client method, its arguments, the message's "<service> <operation>", the protocol)
UNSERVED = [
    ("ses", "list_custom_verification_email_templates", {}, "SES ListCustomVerificationEmailTemplates"),
    ("sesv2", "get_deliverability_dashboard_options", {}, "SESv2 GetDeliverabilityDashboardOptions"),
    ("route53", "list_traffic_policies", {}, "Route 53 ListTrafficPolicies"),
    ("dynamodb", "describe_contributor_insights", {"TableName": "t"}, "DynamoDB DescribeContributorInsights"),
    ("cloudwatch", "describe_alarm_history", {}, "CloudWatch DescribeAlarmHistory"),  # RPCv2 CBOR
    ("kendra", "list_indices", {}, "kendra ListIndices"),  # a service moto has no backend for
]


def refusal(call: Any) -> tuple[ClientError, float]:
    started = time.monotonic()
    with pytest.raises(ClientError) as raised:
        call()
    return raised.value, time.monotonic() - started


@pytest.mark.parametrize(("service", "method", "arguments", "label"), UNSERVED,
                         ids=[case[3] for case in UNSERVED])
def test_an_unserved_operation_fails_at_once_without_retries(aws: ClientFactory, service: str, method: str,
                                                             arguments: dict[str, Any], label: str) -> None:
    client = aws(service, config=RETRYING)
    refusal(lambda: getattr(client, method)(**arguments))  # the first call to a service sets moto's app up

    error, seconds = refusal(lambda: getattr(client, method)(**arguments))

    response = error.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 501
    assert response["ResponseMetadata"]["RetryAttempts"] == 0
    assert response["Error"]["Code"] == "NotImplemented"
    assert response["Error"]["Message"] == f"The emulator does not implement {label}"
    assert seconds < DEADLINE


def test_rest_json_errors_carry_the_error_type_header(aws: ClientFactory) -> None:
    error, _ = refusal(lambda: aws("sesv2", config=RETRYING).list_recommendations())

    headers = error.response["ResponseMetadata"]["HTTPHeaders"]
    assert headers["x-amzn-errortype"] == "NotImplemented"
    assert headers["content-type"] == "application/json"


def test_query_errors_are_the_xml_error_response(emulator: Emulator) -> None:
    status, headers, body = signed_request(emulator, "POST", "/", "ses",
                                           body=b"Action=ListCustomVerificationEmailTemplates&Version=2010-12-01",
                                           content_type="application/x-www-form-urlencoded; charset=utf-8")

    assert status == 501
    assert headers["Content-Type"].startswith("text/xml")
    assert '<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">' in body
    assert "<Code>NotImplemented</Code>" in body
    assert "<Type>Sender</Type>" in body


@pytest.mark.parametrize("path", ["/v2/email/no-such-resource", "/v1/email/identities"])
def test_a_path_no_ses_v2_operation_has_fails_at_once_naming_it(emulator: Emulator, path: str) -> None:
    status, headers, body = signed_request(emulator, "GET", path, "ses")

    assert status == 501
    assert headers["x-amzn-ErrorType"] == "NotImplemented"
    assert f"The emulator does not implement SESv2 request GET {path}" in body


def test_served_operations_still_answer(aws: ClientFactory) -> None:
    client = aws("ses", config=RETRYING)
    client.verify_email_identity(EmailAddress="someone@served.example")

    assert client.list_identities()["Identities"] == ["someone@served.example"]


def test_the_emulator_logs_each_refusal(aws: ClientFactory, emulator: Emulator) -> None:
    refusal(lambda: aws("route53", config=RETRYING).get_traffic_policy(Id="logged", Version=1))

    assert "501 NotImplemented: The emulator does not implement Route 53 GetTrafficPolicy" in (
        emulator.log_path.read_text())


def signed_request(emulator: Emulator, method: str, path: str, service: str, body: bytes = b"",
                   content_type: str | None = None) -> tuple[int, dict[str, str], str]:
    """A SigV4-signed request as an SDK would send it; the status, headers and body of the answer."""
    headers = {"Content-Type": content_type} if content_type else {}
    request = AWSRequest(method=method, url=f"{emulator.url}{path}", data=body, headers=headers)
    SigV4Auth(Credentials("test", "test"), service, REGION).add_auth(request)
    prepared = urllib.request.Request(request.url, data=body or None, headers=dict(request.headers.items()),
                                      method=method)
    context = ssl.create_default_context(cafile=str(emulator.ca_bundle))
    try:
        with urllib.request.urlopen(prepared, timeout=10, context=context) as response:
            return response.status, dict(response.headers.items()), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read().decode()
