"""The emulator's SES v2, laid out as a moto service.

``models`` holds the state and each operation's rules (its identities are
also SES v1's, through ``emulator.ses``), ``responses`` parses requests and
renders answers, ``exceptions`` the SES errors, and ``urls`` which requests
come here instead of going to moto.
"""

from emulator.sesv2.models import sesv2_backends  # noqa: F401
