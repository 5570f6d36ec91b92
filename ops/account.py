"""The SES account in a region: sandbox or production, quotas, and the production-access request.

``account`` reads SES v2 ``GetAccount``. ``request-production-access`` builds a
``PutAccountDetails`` request, prints it, and sends it only when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from ops.aws import OpsError, client

TEMPLATE = Path(__file__).parent / "templates" / "use-case.md"


@dataclass(frozen=True)
class AccountStatus:
    region: str
    production: bool
    sending_enabled: bool
    max_24_hour_send: float
    max_send_rate: float
    sent_last_24_hours: float
    enforcement: str
    review_status: str | None
    case_id: str | None
    mail_type: str | None
    website_url: str | None

    @classmethod
    def from_api(cls, region: str, account: dict[str, Any]) -> AccountStatus:
        quota = account.get("SendQuota", {})
        details = account.get("Details", {})
        review = details.get("ReviewDetails", {})
        return cls(
            region=region,
            production=bool(account.get("ProductionAccessEnabled")),
            sending_enabled=bool(account.get("SendingEnabled")),
            max_24_hour_send=quota.get("Max24HourSend", 0),
            max_send_rate=quota.get("MaxSendRate", 0),
            sent_last_24_hours=quota.get("SentLast24Hours", 0),
            enforcement=account.get("EnforcementStatus", "UNKNOWN"),
            review_status=review.get("Status"),
            case_id=review.get("CaseId"),
            mail_type=details.get("MailType"),
            website_url=details.get("WebsiteURL"),
        )

    def render(self) -> str:
        rows = [
            ("Region", self.region),
            ("Access", "production" if self.production else "sandbox (verified recipients only)"),
            ("Sending enabled", "yes" if self.sending_enabled else "no"),
            ("Quota, 24 hours", f"{self.max_24_hour_send:,.0f} messages ({self.sent_last_24_hours:,.0f} sent)"),
            ("Quota, rate", f"{self.max_send_rate:g} messages/second"),
            ("Enforcement", self.enforcement),
            ("Production request", _request_line(self)),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"{name.ljust(width)}  {value}" for name, value in rows)


def _request_line(status: AccountStatus) -> str:
    if status.review_status is None:
        return "none"
    case = f", case {status.case_id}" if status.case_id else ""
    return f"{status.review_status}{case} ({status.mail_type}, {status.website_url})"


def account_status(region: str) -> AccountStatus:
    return AccountStatus.from_api(region, client("sesv2", region).get_account())


class ProductionAccessRequest(BaseModel):
    """What ``PutAccountDetails`` takes, checked against the SES v2 API model's limits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mail_type: Literal["TRANSACTIONAL", "MARKETING"] = "TRANSACTIONAL"
    website_url: HttpUrl
    use_case_description: str = Field(min_length=1, max_length=5000)
    contacts: tuple[str, ...] = Field(default=(), max_length=4)
    language: Literal["EN", "JA"] = "EN"

    @field_validator("contacts")
    @classmethod
    def _emails(cls, contacts: tuple[str, ...]) -> tuple[str, ...]:
        for address in contacts:
            local, at, domain = address.partition("@")
            if not (at and local and "." in domain and 6 <= len(address) <= 254):
                raise ValueError(f"{address!r} is not an email address")
        return contacts

    def to_api(self) -> dict[str, Any]:
        request: dict[str, Any] = {
            "MailType": self.mail_type,
            "WebsiteURL": str(self.website_url),
            "ContactLanguage": self.language,
            "UseCaseDescription": self.use_case_description,
            "ProductionAccessEnabled": True,
        }
        if self.contacts:
            request["AdditionalContactEmailAddresses"] = list(self.contacts)
        return request

    def render(self, region: str) -> str:
        lines = [
            f"Region:       {region}",
            f"Mail type:    {self.mail_type}",
            f"Website:      {self.website_url}",
            f"Language:     {self.language}",
            f"Contacts:     {', '.join(self.contacts) or '(the account contact only)'}",
            "Use case:",
            *(f"  {line}" for line in self.use_case_description.splitlines()),
        ]
        return "\n".join(lines)


def build_request(
    *, website_url: str, use_case_file: Path, contacts: list[str], mail_type: str, language: str
) -> ProductionAccessRequest:
    try:
        text = use_case_file.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise OpsError(f"cannot read the use-case file {use_case_file}: {error.strerror}") from None
    if "TODO" in text:
        raise OpsError(f"{use_case_file} still has TODO placeholders: answer them before sending")
    try:
        return ProductionAccessRequest.model_validate({
            "mail_type": mail_type,
            "website_url": website_url,
            "use_case_description": text,
            "contacts": tuple(contacts),
            "language": language,
        })
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in error.errors(include_url=False)
        )
        raise OpsError(f"invalid request: {problems}") from None


def request_production_access(region: str, request: ProductionAccessRequest, *, submit: bool) -> str:
    """Send ``request`` unless the account is already in production or a request is pending or refused.

    Returns what happened, for the user.
    """
    sesv2 = client("sesv2", region)
    status = AccountStatus.from_api(region, sesv2.get_account())
    if status.production:
        return f"{region}: the account already has production access; nothing to do"
    case = f" (case {status.case_id})" if status.case_id else ""
    if status.review_status == "PENDING":
        raise OpsError(f"{region}: a production-access request is already pending{case}; wait for AWS's answer")
    if status.review_status in ("DENIED", "FAILED"):
        raise OpsError(
            f"{region}: the last production-access request was {status.review_status.lower()}{case}; "
            "answer AWS Support in that case rather than sending a new request"
        )
    if not submit:
        return "not sent: this was a dry run; add --submit to send it"
    sesv2.put_account_details(**request.to_api())
    after = AccountStatus.from_api(region, sesv2.get_account())
    return f"{region}: request sent; review status {_request_line(after)}"
