"""The emulator's changes to moto's S3, laid out as a moto service.

Only ``models`` is needed: S3 requests are still parsed and answered by moto.
"""
