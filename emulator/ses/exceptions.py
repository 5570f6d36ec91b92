"""SES v1 errors moto does not define; the others are moto's (``moto.ses.exceptions``)."""

from moto.ses.exceptions import SesError


class InvalidPolicyException(SesError):
    code = "InvalidPolicy"
