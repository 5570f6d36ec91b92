"""StateBucket and s3_backend alone: where state lives, how it is kept safe and locked."""

from __future__ import annotations

import json
from typing import Any

import pytest

from alone import MAIN_REGION, Synthesized, new_stack, synth
from modules.state import StateBucket, s3_backend, state_key

ENCRYPTION = "aws_s3_bucket_server_side_encryption_configuration"


def backend_of(**options: Any) -> dict[str, Any]:
    """The ``terraform.backend`` block of an empty stack given ``s3_backend(**options)``."""
    stack, _ = new_stack()
    s3_backend(stack, **{"stack_name": "example-com", "bucket": "state", "region": MAIN_REGION, **options})
    return synth(stack).doc["terraform"]["backend"]


def tls_statement(out: Synthesized) -> dict[str, Any]:
    (statement,) = json.loads(out.one("aws_s3_bucket_policy")["policy"])["Statement"]
    return statement


@pytest.fixture(scope="module")
def default() -> tuple[StateBucket, Synthesized]:
    stack, _ = new_stack()
    bucket = StateBucket(stack, "state", bucket="team-terraform-state")
    return bucket, synth(stack)


@pytest.fixture(scope="module")
def customized() -> tuple[StateBucket, Synthesized]:
    stack, _ = new_stack()
    bucket = StateBucket(stack, "state", bucket="team-terraform-state", lock_table="team-locks",
                         kms_key_id="arn:aws:kms:eu-south-2:111122223333:key/abc", protect=False,
                         tags={"team": "mail"})
    return bucket, synth(stack)


# The bucket


def test_bucket_name(default):
    _, out = default
    assert out.one("aws_s3_bucket")["bucket"] == "team-terraform-state"


def test_bucket_is_versioned(default):
    _, out = default
    versioning = out.one("aws_s3_bucket_versioning")
    assert versioning["bucket"] == out.expr("aws_s3_bucket", "id")
    assert versioning["versioning_configuration"] == {"status": "Enabled"}


def test_aes256_by_default(default):
    _, out = default
    encryption = out.one(ENCRYPTION)
    assert encryption["bucket"] == out.expr("aws_s3_bucket", "id")
    assert encryption["rule"] == [{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]


def test_kms_key_with_bucket_key(customized):
    # The bucket key saves a KMS request per object.
    _, out = customized
    assert out.one(ENCRYPTION)["rule"] == [
        {
            "apply_server_side_encryption_by_default": {
                "sse_algorithm": "aws:kms",
                "kms_master_key_id": "arn:aws:kms:eu-south-2:111122223333:key/abc",
            },
            "bucket_key_enabled": True,
        }
    ]


def test_public_access_blocked(default):
    _, out = default
    assert out.has_resource("aws_s3_bucket_public_access_block", {
        "bucket": out.expr("aws_s3_bucket", "id"),
        "block_public_acls": True,
        "block_public_policy": True,
        "ignore_public_acls": True,
        "restrict_public_buckets": True,
    })


def test_policy_denies_access_without_tls(default):
    _, out = default
    statement = tls_statement(out)
    assert (statement["Effect"], statement["Principal"], statement["Action"]) == ("Deny", "*", "s3:*")
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_tls_policy_covers_bucket_and_objects(default):
    _, out = default
    arn = out.expr("aws_s3_bucket", "arn")
    assert out.one("aws_s3_bucket_policy")["bucket"] == out.expr("aws_s3_bucket", "id")
    assert tls_statement(out)["Resource"] == [arn, f"{arn}/*"]


def test_policy_waits_for_the_public_access_block(default):
    # S3 rejects a bucket policy while the public access block is being applied.
    _, out = default
    assert out.one("aws_s3_bucket_policy")["depends_on"] == [out.ref("aws_s3_bucket_public_access_block")]


def test_bucket_protected_by_default(default):
    # It holds every stack's state history.
    _, out = default
    assert out.one("aws_s3_bucket")["lifecycle"] == {"prevent_destroy": True}


def test_protect_false(customized):
    _, out = customized
    assert out.one("aws_s3_bucket")["lifecycle"] == {"prevent_destroy": False}
    assert out.one("aws_dynamodb_table")["lifecycle"] == {"prevent_destroy": False}


def test_no_tags_by_default(default):
    _, out = default
    assert "tags" not in out.one("aws_s3_bucket")


def test_tags_on_bucket_and_table(customized):
    _, out = customized
    assert out.one("aws_s3_bucket")["tags"] == {"team": "mail"}
    assert out.one("aws_dynamodb_table")["tags"] == {"team": "mail"}


# The lock table


def test_no_lock_table_by_default(default):
    bucket, out = default
    assert bucket.lock_table is None
    assert out.resources("aws_dynamodb_table") == {}


def test_lock_table_for_dynamodb_locking(customized):
    bucket, out = customized
    assert bucket.lock_table is not None
    table = out.one("aws_dynamodb_table")
    # Terraform's S3 backend locks on a string hash key named LockID.
    assert (table["name"], table["hash_key"], table["attribute"]) == (
        "team-locks", "LockID", [{"name": "LockID", "type": "S"}])
    assert table["billing_mode"] == "PAY_PER_REQUEST"


def test_lock_table_protected_by_default():
    stack, _ = new_stack()
    StateBucket(stack, "state", bucket="team-terraform-state", lock_table="team-locks")
    assert synth(stack).one("aws_dynamodb_table")["lifecycle"] == {"prevent_destroy": True}


# s3_backend


def test_state_key_per_stack():
    assert state_key("example-com") == "example-com/terraform.tfstate"


def test_backend_lockfile_by_default():
    assert backend_of() == {
        "s3": {
            "bucket": "state",
            "key": "example-com/terraform.tfstate",
            "region": MAIN_REGION,
            "encrypt": True,
            "use_lockfile": True,
        }
    }


def test_backend_dynamodb_locking():
    backend = backend_of(lock="dynamodb", dynamodb_table="team-locks")["s3"]
    assert backend["dynamodb_table"] == "team-locks"
    assert "use_lockfile" not in backend
    assert backend["encrypt"] is True


def test_backend_lockfile_ignores_a_table():
    backend = backend_of(lock="lockfile", dynamodb_table="team-locks")["s3"]
    assert (backend["use_lockfile"], "dynamodb_table" in backend) == (True, False)


def test_backend_extra_settings():
    backend = backend_of(extra={"use_path_style": True, "skip_credentials_validation": True})["s3"]
    assert (backend["use_path_style"], backend["skip_credentials_validation"]) == (True, True)
    assert backend["key"] == "example-com/terraform.tfstate"


def test_backend_dynamodb_without_table_refused():
    with pytest.raises(ValueError, match="dynamodb_table"):
        backend_of(lock="dynamodb")


@pytest.mark.parametrize("lock", ["none", "DynamoDB", ""])
def test_backend_unknown_lock_mode_refused(lock):
    with pytest.raises(ValueError, match="lock must be"):
        backend_of(lock=lock)
