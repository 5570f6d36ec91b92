"""Reusable constructs for email on Amazon SES with DNS in Route 53. One concept a file.

Names are loaded on first use, so ``from modules.values import DmarcPolicy``
does not load cdktf or the provider bindings.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOME = {
    "CustomMailFrom": "modules.mail_from",
    "DkimRecord": "modules.ses_identity",
    "DmarcPolicy": "modules.values",
    "DmarcRecord": "modules.dmarc",
    "EmailDomain": "modules.email_domain",
    "HostedZone": "modules.hosted_zone",
    "MailFrom": "modules.values",
    "SesDomainIdentity": "modules.ses_identity",
    "StateBucket": "modules.state",
    "dkim_target_for_region": "modules.values",
    "s3_backend": "modules.state",
    "state_key": "modules.state",
}
__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'modules' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
