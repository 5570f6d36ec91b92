"""SES v1 identity operations moto answers with fixed values, or does not implement.

moto's ``EmailResponse`` returns the same verification token and DKIM tokens
for every domain, pages nothing in ``ListIdentities``, and has no
``SetIdentityDkimEnabled``, ``DeleteVerifiedEmailAddress`` or identity
policy operations. ``SesResponse`` holds those handlers; ``install()`` puts
them on ``EmailResponse``, the class moto's SES routes dispatch to. Each
calls one method of ``emulator.ses.models.SesBackend``.
"""

from typing import cast

from moto.core.responses import ActionResult, EmptyResult
from moto.ses.exceptions import ValidationError
from moto.ses.responses import EmailResponse

from emulator.ses.graft import graft
from emulator.ses.models import SesBackend

IDENTITY_TYPES = (None, "EmailAddress", "Domain")


class SesResponse(EmailResponse):
    """Handlers named after the SES v1 operations they implement."""

    @property
    def identity_backend(self) -> SesBackend:
        return cast(SesBackend, self.backend)

    def verify_domain_identity(self) -> ActionResult:
        token = self.identity_backend.verify_domain_identity(self._get_param("Domain"))
        return ActionResult({"VerificationToken": token})

    def verify_domain_dkim(self) -> ActionResult:
        tokens = self.identity_backend.verify_domain_dkim(self._get_param("Domain"))
        return ActionResult({"DkimTokens": tokens})

    def list_identities(self) -> ActionResult:
        identity_type = self._get_param("IdentityType")
        if identity_type not in IDENTITY_TYPES:
            raise ValidationError(
                f"Value '{identity_type}' at 'identityType' failed to satisfy constraint:"
                " Member must satisfy enum value set: [Domain, EmailAddress]"
            )
        max_items = self._get_param("MaxItems")
        identities, next_token = self.identity_backend.list_identities(
            identity_type,
            next_token=self._get_param("NextToken"),
            max_items=int(max_items) if max_items is not None else None,
        )
        return ActionResult({"Identities": identities, "NextToken": next_token})

    def delete_verified_email_address(self) -> ActionResult:
        self.identity_backend.delete_verified_email_address(self._get_param("EmailAddress"))
        return EmptyResult()

    def set_identity_dkim_enabled(self) -> ActionResult:
        self.identity_backend.set_identity_dkim_enabled(
            self._get_param("Identity"), self._get_bool_param("DkimEnabled", False)
        )
        return EmptyResult()

    def put_identity_policy(self) -> ActionResult:
        self.identity_backend.put_identity_policy(
            self._get_param("Identity"), self._get_param("PolicyName"), self._get_param("Policy")
        )
        return EmptyResult()

    def get_identity_policies(self) -> ActionResult:
        policies = self.identity_backend.get_identity_policies(
            self._get_param("Identity"), self._get_param("PolicyNames", [])
        )
        return ActionResult({"Policies": policies})

    def list_identity_policies(self) -> ActionResult:
        names = self.identity_backend.list_identity_policies(self._get_param("Identity"))
        return ActionResult({"PolicyNames": names})

    def delete_identity_policy(self) -> ActionResult:
        self.identity_backend.delete_identity_policy(
            self._get_param("Identity"), self._get_param("PolicyName")
        )
        return EmptyResult()


def install() -> None:
    """Give moto's ``EmailResponse`` the handlers of ``SesResponse``."""
    graft(SesResponse, EmailResponse)
