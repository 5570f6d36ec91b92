"""Remote state: the S3 backend for a stack, and the bucket (and lock table) that hold it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from cdktf import S3Backend, TerraformResourceLifecycle, TerraformStack
from constructs import Construct

from imports import (
    DynamodbTable,
    DynamodbTableAttribute,
    S3Bucket,
    S3BucketPolicy,
    S3BucketPublicAccessBlock,
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
    S3BucketVersioningA,
    S3BucketVersioningVersioningConfiguration,
)

LockMode = Literal["lockfile", "dynamodb"]


def state_key(stack_name: str) -> str:
    return f"{stack_name}/terraform.tfstate"


def s3_backend(
    stack: TerraformStack,
    *,
    stack_name: str,
    bucket: str,
    region: str,
    lock: LockMode = "lockfile",
    dynamodb_table: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> S3Backend:
    """Point ``stack`` at its state in ``bucket``: key ``<stack_name>/terraform.tfstate``, encrypted, locked.

    Keyword arguments: ``stack_name`` (names the key), ``bucket``, ``region`` (the bucket's);
    ``lock``: ``"lockfile"`` (default), S3-native locking (Terraform >= 1.10; cdktf 0.21 does
    not know ``use_lockfile``, so it is set by an override), or ``"dynamodb"``, which locks in
    ``dynamodb_table`` (default ``None``; required then); ``extra``: more backend settings
    (a local endpoint's), default none.
    """
    if lock == "dynamodb" and not dynamodb_table:
        raise ValueError("lock 'dynamodb' needs a dynamodb_table")
    if lock not in ("lockfile", "dynamodb"):
        raise ValueError(f"lock must be 'lockfile' or 'dynamodb', not {lock!r}")
    backend = S3Backend(
        stack,
        bucket=bucket,
        key=state_key(stack_name),
        region=region,
        encrypt=True,
        dynamodb_table=dynamodb_table if lock == "dynamodb" else None,
        **dict(extra or {}),
    )
    if lock == "lockfile":
        stack.add_override("terraform.backend.s3.use_lockfile", True)
    return backend


class StateBucket(Construct):
    """The S3 bucket for Terraform state: versioned, encrypted, private, TLS only.

    Keyword arguments:

    - ``bucket``: the bucket's name.
    - ``lock_table``: also create this DynamoDB table for DynamoDB locking. Default: ``None`` (none).
    - ``kms_key_id``: encrypt with this KMS key (and an S3 bucket key). Default: ``None`` (SSE-S3, AES256).
    - ``protect``: ``prevent_destroy`` on the bucket and the table. Default: ``True``: the bucket
      holds every stack's state history.
    - ``tags``: tags of the bucket and the table. Default: none.

    Attributes: ``bucket`` (the ``S3Bucket``), ``lock_table`` (the ``DynamodbTable``, or ``None``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: str,
        lock_table: str | None = None,
        kms_key_id: str | None = None,
        protect: bool = True,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        lifecycle = TerraformResourceLifecycle(prevent_destroy=protect)
        self.bucket = S3Bucket(self, "bucket", bucket=bucket, tags=dict(tags) if tags else None, lifecycle=lifecycle)
        S3BucketVersioningA(
            self,
            "versioning",
            bucket=self.bucket.id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(status="Enabled"),
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "encryption",
            bucket=self.bucket.id,
            rule=[
                S3BucketServerSideEncryptionConfigurationRuleA(
                    apply_server_side_encryption_by_default=(
                        S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                            sse_algorithm="aws:kms" if kms_key_id else "AES256",
                            kms_master_key_id=kms_key_id,
                        )
                    ),
                    bucket_key_enabled=True if kms_key_id else None,
                )
            ],
        )
        public_access = S3BucketPublicAccessBlock(
            self,
            "public_access",
            bucket=self.bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        S3BucketPolicy(
            self,
            "tls_only",
            bucket=self.bucket.id,
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "DenyInsecureTransport",
                            "Effect": "Deny",
                            "Principal": "*",
                            "Action": "s3:*",
                            "Resource": [self.bucket.arn, f"{self.bucket.arn}/*"],
                            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                        }
                    ],
                }
            ),
            # S3 rejects a policy while the public access block is being applied.
            depends_on=[public_access],
        )
        self.lock_table = (
            DynamodbTable(
                self,
                "lock_table",
                name=lock_table,
                billing_mode="PAY_PER_REQUEST",
                hash_key="LockID",
                attribute=[DynamodbTableAttribute(name="LockID", type="S")],
                tags=dict(tags) if tags else None,
                lifecycle=lifecycle,
            )
            if lock_table
            else None
        )
