"""The errors Route 53 answers with that moto's own ``route53.exceptions`` lacks or words differently.

moto's ``ActionResult`` serializer renders each as Route 53 does, a REST-XML
``<ErrorResponse>`` with ``<Type>Sender</Type>``, its code and message, and
takes the HTTP status from the botocore Route 53 model: 409 for
HostedZoneAlreadyExists, 404 for NoSuchChange, 400 for the others.
"""

from moto.core.exceptions import ServiceException


class InvalidChangeBatch(ServiceException):
    """A change batch Route 53 refuses as a whole; nothing of it is applied.

    Route 53 reports every refused change of the batch at once, as a bracketed
    list: ``[first problem, second problem]``. A name it cannot parse is
    reported alone and without brackets (``FATAL problem: ...``).
    """

    code = "InvalidChangeBatch"

    def __init__(self, messages: list[str] | str):
        super().__init__(messages if isinstance(messages, str) else "[" + ", ".join(messages) + "]")


class InvalidInput(ServiceException):
    code = "InvalidInput"


class InvalidDomainName(ServiceException):
    code = "InvalidDomainName"


class HostedZoneAlreadyExists(ServiceException):
    code = "HostedZoneAlreadyExists"
    message = "A hosted zone has already been created with the specified caller reference."

    def __init__(self) -> None:
        super().__init__(self.message)


class NoSuchChange(ServiceException):
    code = "NoSuchChange"

    def __init__(self, change_id: str):
        super().__init__(f"Could not find resource with ID: {change_id}")



class Throttling(ServiceException):
    """A request over one of Route 53's token buckets (``emulator.route53.throttling``).

    "Amazon Route 53 returns an HTTP 400 error (Bad request). The response header also
    includes a Code element with a value of Throttling and a Message element with a value of
    Rate exceeded" (Route 53 developer guide, Throttling for Amazon Route 53 API requests).
    The botocore model's ``ThrottlingException`` shape is not what Route 53 sends.
    """

    code = "Throttling"
    message = "Rate exceeded"

    def __init__(self) -> None:
        super().__init__(self.message)


class PriorRequestNotComplete(ServiceException):
    """A change of a hosted zone that is still processing an earlier one (HTTP 400).

    The message is the one the Route 53 developer guide quotes (Quotas, ChangeResourceRecordSets requests).
    """

    code = "PriorRequestNotComplete"
    message = "The request was rejected because Route 53 was still processing a prior request."

    def __init__(self) -> None:
        super().__init__(self.message)
