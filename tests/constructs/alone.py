"""Build one construct alone in a cdktf test stack and read what it synthesizes.

As in cdktf's own tests: ``TerraformStack(Testing.app(), "test")``, then ``Testing.synth``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cdktf import TerraformOutput, TerraformStack, Testing

from helpers import Synth
from imports import AwsProvider

MAIN_REGION = "eu-south-2"
SES_REGION = "eu-west-3"


class Synthesized(Synth):
    """``Synth`` plus the raw text cdktf's ``Testing`` matchers read, data sources and outputs."""

    def __init__(self, text: str) -> None:
        super().__init__(json.loads(text))
        self.text = text

    def data(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.doc.get("data", {}).get(kind, {})

    def data_ref(self, kind: str) -> str:
        """``data.kind.<logical id>`` of the only data source of that kind."""
        found = self.data(kind)
        assert len(found) == 1, f"expected one data.{kind}, found {sorted(found)}"
        return f"data.{kind}.{next(iter(found))}"

    def expr(self, kind: str, attribute: str) -> str:
        """The Terraform expression for ``attribute`` of the only resource of that kind."""
        return f"${{{self.ref(kind)}.{attribute}}}"

    def output(self, name: str) -> Any:
        return self.doc["output"][name]["value"]

    def has_resource(self, kind: str, properties: Mapping[str, Any]) -> bool:
        return Testing.to_have_resource_with_properties(self.text, kind, properties)

    def has_data_source(self, kind: str, properties: Mapping[str, Any]) -> bool:
        return Testing.to_have_data_source_with_properties(self.text, kind, properties)


def new_stack() -> tuple[TerraformStack, AwsProvider]:
    """An empty test stack with the default provider (main region) and an ``ses`` alias (SES region)."""
    stack = TerraformStack(Testing.app(), "test")
    AwsProvider(stack, "aws", region=MAIN_REGION)
    ses = AwsProvider(stack, "ses", region=SES_REGION, alias="ses")
    return stack, ses


def expose(stack: TerraformStack, **values: Any) -> None:
    """Outputs the test adds to see what Terraform expression an attribute holds."""
    for name, value in values.items():
        TerraformOutput(stack, name, value=value)


def synth(stack: TerraformStack) -> Synthesized:
    return Synthesized(Testing.synth(stack))
