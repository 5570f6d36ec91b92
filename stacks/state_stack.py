"""The ``state`` bootstrap stack: the bucket (and lock table) every domain stack keeps its state in.

It keeps its own state locally, since the bucket does not exist before it.
"""

from __future__ import annotations

from cdktf import LocalBackend, TerraformOutput, TerraformStack
from constructs import Construct

from modules import StateBucket
from stacks.config import STATE_STACK, State
from stacks.domain_stack import aws_provider
from stacks.local_endpoint import LocalEndpoint

LOCAL_STATE_FILE = "terraform.state.tfstate"


class StateStack(TerraformStack):
    def __init__(
        self, scope: Construct, state: State, *, endpoint: LocalEndpoint | None, local_state_dir: str = "."
    ) -> None:
        super().__init__(scope, STATE_STACK)
        aws_provider(self, "aws", region=state.region, tags=state.tags, endpoint=endpoint)
        LocalBackend(self, path=f"{local_state_dir.rstrip('/')}/{LOCAL_STATE_FILE}")
        self.bucket = StateBucket(
            self,
            "state",
            bucket=state.bucket,
            lock_table=state.dynamodb_table if state.lock == "dynamodb" else None,
            kms_key_id=state.kms_key_id,
        )
        TerraformOutput(self, "bucket", value=self.bucket.bucket.bucket)
