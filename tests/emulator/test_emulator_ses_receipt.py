"""SES v1 receipt rules and IP filters (``emulator.ses.receipt``): the operations moto lacks, rule
names unique in a set, and SES's check that it may write to a rule's bucket."""

import json
from typing import Any

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "123456789012"  # moto's account for the test keys
REGION = "eu-west-3"  # the emulator fixtures' region
RULE_SET = "inbound"
BUCKET = "inbound-mail"


def error_code(call: Any) -> str:
    with pytest.raises(ClientError) as raised:
        call()
    return str(raised.value.response["Error"]["Code"])


@pytest.fixture
def ses(aws: Any) -> Any:
    client = aws("ses")
    client.create_receipt_rule_set(RuleSetName=RULE_SET)
    return client


def rule_names(ses: Any) -> list[str]:
    return [rule["Name"] for rule in ses.describe_receipt_rule_set(RuleSetName=RULE_SET)["Rules"]]


def add_rules(ses: Any, *names: str) -> None:
    after = None
    for name in names:
        ses.create_receipt_rule(RuleSetName=RULE_SET, Rule={"Name": name}, **({"After": after} if after else {}))
        after = name


def ses_write_policy(**condition: dict[str, str]) -> str:
    statement = {
        "Sid": "AllowSESPuts",
        "Effect": "Allow",
        "Principal": {"Service": "ses.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{BUCKET}/*",
    }
    if condition:
        statement["Condition"] = condition
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def s3_rule(name: str = "store", prefix: str = "mail/") -> dict[str, Any]:
    return {"Name": name, "Enabled": True, "Actions": [{"S3Action": {"BucketName": BUCKET, "ObjectKeyPrefix": prefix}}]}


@pytest.fixture
def bucket(aws: Any) -> Any:
    s3 = aws("s3")
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    return s3


def test_delete_receipt_rule_removes_only_that_rule(ses: Any) -> None:
    add_rules(ses, "first", "second", "third")

    ses.delete_receipt_rule(RuleSetName=RULE_SET, RuleName="second")
    ses.delete_receipt_rule(RuleSetName=RULE_SET, RuleName="never-there")  # no error, as in SES

    assert rule_names(ses) == ["first", "third"]
    assert error_code(lambda: ses.delete_receipt_rule(RuleSetName="missing", RuleName="first")) == (
        "RuleSetDoesNotExist")


def test_rules_move_with_set_receipt_rule_position_and_reorder(ses: Any) -> None:
    add_rules(ses, "a", "b", "c")

    ses.set_receipt_rule_position(RuleSetName=RULE_SET, RuleName="a", After="c")
    assert rule_names(ses) == ["b", "c", "a"]
    ses.set_receipt_rule_position(RuleSetName=RULE_SET, RuleName="a")
    assert rule_names(ses) == ["a", "b", "c"]
    ses.reorder_receipt_rule_set(RuleSetName=RULE_SET, RuleNames=["c", "a", "b"])
    assert rule_names(ses) == ["c", "a", "b"]

    assert error_code(lambda: ses.set_receipt_rule_position(RuleSetName=RULE_SET, RuleName="a", After="zz")) == (
        "RuleDoesNotExist")
    assert rule_names(ses) == ["c", "a", "b"]
    assert error_code(lambda: ses.reorder_receipt_rule_set(RuleSetName=RULE_SET, RuleNames=["a", "b"])) == (
        "InvalidParameterValue")


def test_a_rule_name_is_unique_in_its_set(ses: Any) -> None:
    ses.create_receipt_rule(RuleSetName=RULE_SET, Rule={"Name": "only", "Enabled": True})

    assert error_code(lambda: ses.create_receipt_rule(RuleSetName=RULE_SET, Rule={"Name": "only"})) == "AlreadyExists"


def test_an_s3_action_needs_a_bucket_policy_that_lets_ses_write(ses: Any, bucket: Any) -> None:
    refused = error_code(lambda: ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule()))
    assert refused == "InvalidS3Configuration"

    bucket.put_bucket_policy(Bucket=BUCKET, Policy=ses_write_policy(StringEquals={"aws:SourceAccount": ACCOUNT}))
    ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule())

    assert ses.describe_receipt_rule(RuleSetName=RULE_SET, RuleName="store")["Rule"]["Actions"] == [
        {"S3Action": {"BucketName": BUCKET, "ObjectKeyPrefix": "mail/"}}
    ]


def test_the_bucket_policy_conditions_are_those_of_ses_write(ses: Any, bucket: Any) -> None:
    rule_arn = f"arn:aws:ses:{REGION}:{ACCOUNT}:receipt-rule-set/{RULE_SET}:receipt-rule/store"
    bucket.put_bucket_policy(Bucket=BUCKET, Policy=ses_write_policy(
        StringEquals={"aws:SourceAccount": "999999999999"}))
    assert error_code(lambda: ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule())) == (
        "InvalidS3Configuration")

    bucket.put_bucket_policy(Bucket=BUCKET, Policy=ses_write_policy(ArnLike={"aws:SourceArn": rule_arn}))
    ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule())
    # The same policy does not let another rule write.
    assert error_code(lambda: ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule("other"))) == (
        "InvalidS3Configuration")


def test_update_receipt_rule_checks_the_bucket_too(ses: Any, bucket: Any) -> None:
    bucket.put_bucket_policy(Bucket=BUCKET, Policy=ses_write_policy())
    ses.create_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule(prefix="mail/"))
    bucket.delete_bucket_policy(Bucket=BUCKET)

    assert error_code(lambda: ses.update_receipt_rule(RuleSetName=RULE_SET, Rule=s3_rule(prefix="other/"))) == (
        "InvalidS3Configuration")


def test_receipt_filters_are_created_listed_and_deleted(aws: Any) -> None:
    ses = aws("ses")
    ses.create_receipt_filter(Filter={"Name": "block-spammer", "IpFilter": {"Policy": "Block", "Cidr": "10.0.0.0/24"}})

    assert ses.list_receipt_filters()["Filters"] == [
        {"Name": "block-spammer", "IpFilter": {"Policy": "Block", "Cidr": "10.0.0.0/24"}}
    ]
    duplicate = {"Name": "block-spammer", "IpFilter": {"Policy": "Allow", "Cidr": "10.0.1.1"}}
    assert error_code(lambda: ses.create_receipt_filter(Filter=duplicate)) == "AlreadyExists"
    bad_cidr = {"Name": "bad", "IpFilter": {"Policy": "Allow", "Cidr": "10.0.0.300"}}
    assert error_code(lambda: ses.create_receipt_filter(Filter=bad_cidr)) == "InvalidParameterValue"

    ses.delete_receipt_filter(FilterName="block-spammer")
    assert ses.list_receipt_filters()["Filters"] == []
