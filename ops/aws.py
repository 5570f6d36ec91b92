"""boto3 clients, and AWS errors turned into one clear line."""

from __future__ import annotations

import functools
import os
from typing import Any

import botocore.exceptions

CLIENT_SETTINGS: dict[str, Any] = {"connect_timeout": 5, "read_timeout": 30, "retries": {"max_attempts": 2}}


class OpsError(Exception):
    """A failure to report to the user as one line, exit status 1."""


def client(service: str, region: str | None = None) -> Any:
    """A client for ``service``; the endpoint comes from ``AWS_ENDPOINT_URL`` when set.

    One per service, region and ``AWS_*`` environment in a process: making a client takes about
    0.1 s of CPU, and a check of 100 domains asks for hundreds (clients are thread-safe). A change
    to ``~/.aws`` files within one process is not seen: commands are short-lived.
    """
    return _client(service, region, tuple(sorted(item for item in os.environ.items() if item[0].startswith("AWS_"))))


@functools.cache
def _client(service: str, region: str | None, environment: tuple[tuple[str, str], ...]) -> Any:
    # Imported here, not above: a command refused for its arguments does not wait for boto3 to load.
    import boto3
    import botocore.config

    try:
        return boto3.session.Session().client(service, region_name=region,
                                              config=botocore.config.Config(**CLIENT_SETTINGS))
    except botocore.exceptions.NoRegionError:
        raise OpsError("no AWS region: pass --region or set AWS_REGION") from None
    except botocore.exceptions.BotoCoreError:
        raise  # described by describe()
    except ValueError as error:  # e.g. "Invalid endpoint: ..." from a malformed AWS_ENDPOINT_URL
        raise OpsError(f"cannot make an AWS {service} client: {error} (check AWS_ENDPOINT_URL)") from None


def describe(error: Exception) -> str:
    if isinstance(error, botocore.exceptions.ClientError):
        details = error.response.get("Error", {})
        return f"{details.get('Code', 'Error')}: {details.get('Message', str(error))}"
    if isinstance(error, botocore.exceptions.EndpointConnectionError):
        return f"cannot reach the AWS endpoint ({error.kwargs.get('endpoint_url', '')}): is it running?"
    if isinstance(error, (botocore.exceptions.ConnectTimeoutError, botocore.exceptions.ReadTimeoutError)):
        return f"the AWS endpoint did not answer in time ({error.kwargs.get('endpoint_url', '')})"
    if isinstance(error, botocore.exceptions.NoCredentialsError):
        return "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
    return str(error)


AWS_ERRORS = (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError)
