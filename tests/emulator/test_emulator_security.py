"""TLS, bucket policies that depend on it, and refusing unknown access keys, as AWS does."""

from __future__ import annotations

import json
from typing import Any

import boto3
import botocore.exceptions
import pytest

TLS_ONLY = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": ["arn:aws:s3:::tls-only", "arn:aws:s3:::tls-only/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }],
}


def error_code(call: Any, **kwargs: Any) -> str:
    with pytest.raises(botocore.exceptions.ClientError) as error:
        call(**kwargs)
    return error.value.response["Error"]["Code"]


def test_served_over_https_with_its_own_ca(emulator: Any) -> None:
    assert emulator.url.startswith("https://")
    unverified = boto3.client("sts", endpoint_url=emulator.url, region_name="us-east-1",
                              aws_access_key_id="test", aws_secret_access_key="test")
    with pytest.raises(botocore.exceptions.SSLError):
        unverified.get_caller_identity()  # the system CAs alone do not trust it
    assert emulator.client("sts").get_caller_identity()["Account"] == "123456789012"


def test_tls_only_bucket_policy_lets_tls_requests_through(aws: Any) -> None:
    s3 = aws("s3", region="eu-south-2")
    s3.create_bucket(Bucket="tls-only", CreateBucketConfiguration={"LocationConstraint": "eu-south-2"})
    s3.put_bucket_policy(Bucket="tls-only", Policy=json.dumps(TLS_ONLY))
    s3.put_object(Bucket="tls-only", Key="state", Body=b"{}")
    assert s3.get_object(Bucket="tls-only", Key="state")["Body"].read() == b"{}"


def test_a_deny_whose_condition_holds_still_denies(aws: Any) -> None:
    s3 = aws("s3", region="eu-south-2")
    s3.create_bucket(Bucket="tls-only", CreateBucketConfiguration={"LocationConstraint": "eu-south-2"})
    policy = json.loads(json.dumps(TLS_ONLY))
    policy["Statement"][0]["Condition"] = {"Bool": {"aws:SecureTransport": "true"}}  # deny TLS requests
    s3.put_bucket_policy(Bucket="tls-only", Policy=json.dumps(policy))
    with pytest.raises(botocore.exceptions.ClientError) as error:
        s3.put_object(Bucket="tls-only", Key="state", Body=b"{}")
    assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403  # moto sends no error body


@pytest.fixture(scope="module")
def strict(tmp_path_factory) -> Any:
    from emulator.process import EmulatorProcess

    emulator = EmulatorProcess.start(tmp_path_factory.mktemp("strict") / "emulator.log", "--access-key", "AKIAGOOD")
    yield emulator
    assert emulator.stop() == 0


@pytest.mark.parametrize(
    "service, call, kwargs, code",
    [
        ("s3", "list_buckets", {}, "InvalidAccessKeyId"),
        ("sts", "get_caller_identity", {}, "InvalidClientTokenId"),
        ("route53", "list_hosted_zones", {}, "InvalidClientTokenId"),
        ("sesv2", "get_account", {}, "UnrecognizedClientException"),
        ("dynamodb", "list_tables", {}, "UnrecognizedClientException"),
    ],
)
def test_unknown_access_key_is_refused_in_each_protocol(strict: Any, service: str, call: str,
                                                         kwargs: dict, code: str) -> None:
    client = strict.client(service, region="eu-west-3", aws_access_key_id="AKIAWRONG")
    assert error_code(getattr(client, call), **kwargs) == code


def test_known_access_key_is_served(strict: Any) -> None:
    assert "Buckets" in strict.client("s3", aws_access_key_id="AKIAGOOD").list_buckets()
