"""boto3 clients, and AWS errors turned into one clear line."""

from __future__ import annotations

from typing import Any

import boto3
import botocore.config
import botocore.exceptions

CLIENT_CONFIG = botocore.config.Config(connect_timeout=5, read_timeout=30, retries={"max_attempts": 2})


class OpsError(Exception):
    """A failure to report to the user as one line, exit status 1."""


def client(service: str, region: str | None = None) -> Any:
    """A client for ``service``; the endpoint comes from ``AWS_ENDPOINT_URL`` when set."""
    try:
        return boto3.session.Session().client(service, region_name=region, config=CLIENT_CONFIG)
    except botocore.exceptions.NoRegionError:
        raise OpsError("no AWS region: pass --region or set AWS_REGION") from None


def describe(error: Exception) -> str:
    if isinstance(error, botocore.exceptions.ClientError):
        details = error.response.get("Error", {})
        return f"{details.get('Code', 'Error')}: {details.get('Message', str(error))}"
    if isinstance(error, botocore.exceptions.EndpointConnectionError):
        return f"cannot reach the AWS endpoint ({error.kwargs.get('endpoint_url', '')}): is it running?"
    if isinstance(error, botocore.exceptions.NoCredentialsError):
        return "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
    return str(error)


AWS_ERRORS = (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError)
