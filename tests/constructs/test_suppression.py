"""AccountSuppressionList alone: the account-level suppression reasons of one SES region."""

from __future__ import annotations

import pytest

from alone import new_stack, synth
from modules.suppression import AccountSuppressionList


def test_bounces_and_complaints_by_default_through_the_given_provider():
    stack, ses = new_stack()
    AccountSuppressionList(stack, "suppression", provider=ses)
    attributes = synth(stack).one("aws_sesv2_account_suppression_attributes")
    assert attributes["suppressed_reasons"] == ["BOUNCE", "COMPLAINT"]
    assert attributes["provider"] == "aws.ses"


def test_one_reason():
    stack, ses = new_stack()
    AccountSuppressionList(stack, "suppression", provider=ses, reasons=["COMPLAINT"])
    assert synth(stack).one("aws_sesv2_account_suppression_attributes")["suppressed_reasons"] == ["COMPLAINT"]


def test_an_unknown_reason_is_refused():
    stack, ses = new_stack()
    with pytest.raises(ValueError, match="not DELIVERY"):
        AccountSuppressionList(stack, "suppression", provider=ses, reasons=["BOUNCE", "DELIVERY"])
