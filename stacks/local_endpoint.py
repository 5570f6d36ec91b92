"""What a local AWS endpoint (the emulator) needs in the provider and backend, and nothing else.

Read at synth time from ``AWS_ENDPOINT_URL``. Without it the stacks target real AWS.
``MAIL_LOCAL_MAX_RETRIES`` (default 3) sets the attempts per call against it: more for an emulator
that throttles as Route 53 does (``python -m emulator --route53-throttling``, the fleet benchmark).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

ENDPOINT_ENV = "AWS_ENDPOINT_URL"
MAX_RETRIES_ENV = "MAIL_LOCAL_MAX_RETRIES"
# Services the stacks and their backend call.
PROVIDER_SERVICES = ("dynamodb", "iam", "route53", "s3", "ses", "sesv2", "sns", "sqs", "sts")
TEST_CREDENTIALS = {"access_key": "test", "secret_key": "test"}
# A dead local endpoint must fail an apply within a minute, not after the AWS SDK's patience for a
# distant, throttling AWS: the provider's default 25 attempts, backoff up to 300 s each (at most 9
# attempts when the connection is refused), and the backend's 5 for each state save during the apply.
# ``max_retries`` counts attempts (the first included); 3 means two retries, with at most 2 s + 4 s
# of backoff. ``retry_mode`` is pinned so that AWS_RETRY_MODE or a profile's ``retry_mode`` cannot
# change that. (With the backend at its default, the apply still took 120 s after the kill.)
LOCAL_MAX_RETRIES = 3
LOCAL_RETRY_MODE = "standard"


@dataclass(frozen=True)
class LocalEndpoint:
    url: str
    max_retries: int = LOCAL_MAX_RETRIES

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> LocalEndpoint | None:
        url = environ.get(ENDPOINT_ENV, "").strip()
        if not url:
            return None
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"{ENDPOINT_ENV}={url!r} is not an http(s) URL")
        retries = environ.get(MAX_RETRIES_ENV, "").strip() or str(LOCAL_MAX_RETRIES)
        if not (retries.isascii() and retries.isdigit()) or not 1 <= int(retries) <= 100:
            raise ValueError(f"{MAX_RETRIES_ENV}={retries!r} is not a number of attempts from 1 to 100")
        return cls(url=url.rstrip("/"), max_retries=int(retries))

    def provider_settings(self) -> dict[str, Any]:
        """Keyword arguments added to every ``AwsProvider``: endpoints, test credentials, few retries."""
        return {
            **TEST_CREDENTIALS,
            "endpoints": [{service: self.url for service in PROVIDER_SERVICES}],
            "s3_use_path_style": True,
            "skip_credentials_validation": True,
            "skip_metadata_api_check": "true",
            # The provider asks the emulator's STS for the account, as it asks AWS: without an account
            # id, aws_sesv2_account_suppression_attributes gets no id and its updates fail (provider 5.100.0).
            "max_retries": self.max_retries,
            "retry_mode": LOCAL_RETRY_MODE,
        }

    def backend_settings(self) -> dict[str, Any]:
        """Keyword arguments added to the ``S3Backend``: endpoints, test credentials, few retries."""
        return {
            **TEST_CREDENTIALS,
            "endpoints": {"s3": self.url, "dynamodb": self.url, "sts": self.url, "iam": self.url},
            "use_path_style": True,
            "skip_credentials_validation": True,
            "skip_metadata_api_check": True,
            "skip_requesting_account_id": True,
            "max_retries": self.max_retries,
            "retry_mode": LOCAL_RETRY_MODE,
        }
