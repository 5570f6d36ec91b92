"""The ``state`` stack: the bucket (and lock table) every stack keeps its state in, its own included,
and the account-level SES settings of each SES region the domains use (the suppression list).

Account-level settings have one Terraform owner per account and region: this stack, which
exists once per account, so two domain stacks in one region never undo each other's setting.

Its state lives in the bucket it manages, at ``state/terraform.tfstate``, like every
domain stack's. The bucket does not exist before the first deploy, so that deploy is a
bootstrap (``python -m ops deploy-state``, run by ``scripts/deploy``): apply with a local
state file outside every output folder, then let Terraform move that state into the bucket.
"""

from __future__ import annotations

from collections.abc import Iterable

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct

from modules import AccountSuppressionList, StateBucket
from stacks.config import STATE_STACK, State
from stacks.domain_stack import aws_provider, state_backend
from stacks.local_endpoint import LocalEndpoint


class StateStack(TerraformStack):
    def __init__(
        self, scope: Construct, state: State, *, ses_regions: Iterable[str] = (), endpoint: LocalEndpoint | None
    ) -> None:
        super().__init__(scope, STATE_STACK)
        aws_provider(self, "aws", region=state.region, tags=state.tags, endpoint=endpoint)
        state_backend(self, STATE_STACK, state, endpoint)
        self.bucket = StateBucket(
            self,
            "state",
            bucket=state.bucket,
            lock_table=state.dynamodb_table if state.lock == "dynamodb" else None,
            kms_key_id=state.kms_key_id,
        )
        TerraformOutput(self, "bucket", value=self.bucket.bucket.bucket)
        # The suppression list's Terraform delete does nothing in AWS: a region whose last domain
        # leaves the config keeps its setting, and no longer has an owner.
        for region in sorted(set(ses_regions)):
            name = "ses_" + region.replace("-", "_")
            provider = aws_provider(self, f"aws_{name}", region=region, tags=state.tags, endpoint=endpoint, alias=name)
            AccountSuppressionList(self, f"suppression_{region.replace('-', '_')}", provider=provider)
