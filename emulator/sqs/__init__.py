"""The emulator's changes to moto's SQS: queue attributes written as SQS writes them (``models``)."""
