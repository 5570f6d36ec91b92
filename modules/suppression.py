"""The account-level suppression list of one SES region: which reasons put an address on it."""

from __future__ import annotations

from collections.abc import Sequence

from cdktf import TerraformProvider
from constructs import Construct

from imports import Sesv2AccountSuppressionAttributes

DEFAULT_SUPPRESSED_REASONS = ("BOUNCE", "COMPLAINT")


class AccountSuppressionList(Construct):
    """SES's account-level suppression list in one region: addresses that hard-bounced or complained
    are not sent to again (a send to one makes a bounce, not a delivery attempt).

    An account setting, one per account and region: exactly one stack may own it (here the
    ``state`` stack, once per SES region in use), or stacks would undo each other's setting.

    Keyword arguments:

    - ``provider``: the ``AwsProvider`` for the SES region.
    - ``reasons``: ``BOUNCE`` and/or ``COMPLAINT``. Default: both.

    Attribute: ``attributes`` (the resource).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: TerraformProvider | None = None,
        reasons: Sequence[str] = DEFAULT_SUPPRESSED_REASONS,
    ) -> None:
        super().__init__(scope, id)
        unknown = sorted(set(reasons) - set(DEFAULT_SUPPRESSED_REASONS))
        if unknown:
            raise ValueError(f"suppression reasons are BOUNCE and COMPLAINT, not {', '.join(unknown)}")
        self.attributes = Sesv2AccountSuppressionAttributes(
            self, "attributes", suppressed_reasons=list(dict.fromkeys(reasons)), provider=provider
        )
