"""Which requests the emulator's SES v2 answers; any other goes on to moto.

SES v1 and v2 share the signing name ``ses``; v2 paths start with a version
and ``/email/``. Operations ``SesV2Response`` does not implement (contact
lists, sending, dedicated IPs...) stay with moto's own sesv2.
"""

from moto.core.request import Request
from moto.core.utils import camelcase_to_underscores

from emulator.credentials import signing_service
from emulator.sesv2.responses import SesV2Response, operation_name

PATH_PREFIXES = ("/v1/email/", "/v2/email/")
SIGNING_NAME = "ses"

dispatch = SesV2Response.dispatch


def handles(request: Request) -> bool:
    """Whether the request is an SES v2 operation ``SesV2Response`` implements.

    Routing reads only the path, method and headers, so the body is still
    unread if the request is handed on to moto.
    """
    if not request.path.startswith(PATH_PREFIXES):
        return False
    if signing_service(request.headers.get("Authorization", "")).lower() != SIGNING_NAME:
        return False
    name, _ = operation_name(request)
    return name is not None and camelcase_to_underscores(name) in vars(SesV2Response)
