"""The emulator's changes to moto's SNS: deliveries to SQS as AWS makes them (``models``)."""

from emulator.sns.models import sns_deliveries  # noqa: F401
