"""Reusable constructs for email on Amazon SES with DNS in Route 53. One concept a file.

Names are loaded on first use, so ``from modules.values import DmarcPolicy``
does not load cdktf or the provider bindings.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # What editors and type checkers see (`X as X` marks a re-export). At run time nothing here is imported:
    # __getattr__ below loads each name on first use. tests/unit/test_static_checks.py keeps this list in step.
    from modules.dmarc import DmarcRecord as DmarcRecord
    from modules.email_domain import EmailDomain as EmailDomain
    from modules.events import EmailEvents as EmailEvents
    from modules.hosted_zone import HostedZone as HostedZone
    from modules.mail_from import CustomMailFrom as CustomMailFrom
    from modules.sending_policy import SendingPolicy as SendingPolicy
    from modules.ses_identity import DkimRecord as DkimRecord, SesDomainIdentity as SesDomainIdentity
    from modules.state import StateBucket as StateBucket, s3_backend as s3_backend, state_key as state_key
    from modules.suppression import AccountSuppressionList as AccountSuppressionList
    from modules.values import (
        DmarcPolicy as DmarcPolicy,
        EventHandling as EventHandling,
        MailFrom as MailFrom,
        dkim_target_for_region as dkim_target_for_region,
        resource_names as resource_names,
    )

_HOME = {
    "AccountSuppressionList": "modules.suppression",
    "CustomMailFrom": "modules.mail_from",
    "DkimRecord": "modules.ses_identity",
    "DmarcPolicy": "modules.values",
    "DmarcRecord": "modules.dmarc",
    "EmailDomain": "modules.email_domain",
    "EmailEvents": "modules.events",
    "EventHandling": "modules.values",
    "HostedZone": "modules.hosted_zone",
    "MailFrom": "modules.values",
    "SendingPolicy": "modules.sending_policy",
    "SesDomainIdentity": "modules.ses_identity",
    "StateBucket": "modules.state",
    "dkim_target_for_region": "modules.values",
    "resource_names": "modules.values",
    "s3_backend": "modules.state",
    "state_key": "modules.state",
}
__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'modules' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
