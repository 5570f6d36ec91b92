"""The errors SES v2 answers with.

moto's ``ActionResult`` serializer gives each its HTTP status and error type
from the botocore SES v2 model (404 for NotFoundException, 400 for the others).
"""

from moto.core.exceptions import ServiceException


class NotFoundException(ServiceException):
    code = "NotFoundException"


class AlreadyExistsException(ServiceException):
    code = "AlreadyExistsException"


class BadRequestException(ServiceException):
    code = "BadRequestException"


class MessageRejected(ServiceException):
    code = "MessageRejected"


class SendingPausedException(ServiceException):
    code = "SendingPausedException"


class MailFromDomainNotVerifiedException(ServiceException):
    code = "MailFromDomainNotVerifiedException"


class LimitExceededException(ServiceException):
    code = "LimitExceededException"


class TooManyRequestsException(ServiceException):
    code = "TooManyRequestsException"


class InvalidNextTokenException(ServiceException):
    code = "InvalidNextTokenException"
