"""The SES account in a region: sandbox or production, quotas, and the production-access request.

``account`` reads SES v2 ``GetAccount``. ``request-production-access`` builds a
``PutAccountDetails`` request, prints it, and sends it only when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from modules.values import check_email
from ops.aws import OpsError, client
from stacks.config import Config, Domain

TEMPLATE = Path(__file__).parent / "templates" / "use-case.md"
TEMPLATE_NAME = "ops/templates/use-case.md"

# PutAccountDetails limits, from the SES v2 API reference (and botocore's model of it).
MAX_CONTACTS = 4  # AdditionalContactEmailAddresses: 1 to 4 items
MAX_USE_CASE = 5000  # UseCaseDescription, characters
MAX_WEBSITE_URL = 1000  # WebsiteURL, characters
_MAX_USE_CASE_BYTES = 64 * 1024  # read no more (a device or a wrong file); 5,000 characters fit many times over

def split_contacts(text: str) -> list[str]:
    """``a@b.c,d@e.f`` (one ``--contact`` value) as checked addresses; ValueError names a bad one."""
    addresses = [part.strip() for part in text.split(",")]
    if "" in addresses:
        raise ValueError(f"{text!r} has an empty address (a stray comma?)")
    return [check_email(address) for address in addresses]


def read_use_case(path: Path) -> str:
    """The use-case description in ``path``, stripped; OpsError naming the file when it cannot serve."""
    where = f"the use-case file {path}"
    try:
        with path.open("rb") as file:
            raw = file.read(_MAX_USE_CASE_BYTES + 1)
    except FileNotFoundError:
        raise OpsError(f"{where} does not exist (start from a copy of {TEMPLATE_NAME})") from None
    except IsADirectoryError:
        raise OpsError(f"{where} is a directory, not a file") from None
    except OSError as error:
        raise OpsError(f"cannot read {where}: {error.strerror or error}") from None
    if len(raw) > _MAX_USE_CASE_BYTES:
        raise OpsError(f"{where} is over {_MAX_USE_CASE_BYTES // 1024} KiB; AWS takes at most "
                       f"{MAX_USE_CASE:,} characters")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise OpsError(f"{where} is not UTF-8 text (byte {error.start} is {raw[error.start]:#04x})") from None
    if "\x00" in text:
        raise OpsError(f"{where} is not text (it holds NUL bytes)")
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise OpsError(f"{where} is empty: describe the mail you send (start from a copy of {TEMPLATE_NAME})")
    if "TODO" in text:
        raise OpsError(f"{where} still has TODO placeholders: answer them before sending")
    if len(text) > MAX_USE_CASE:
        raise OpsError(f"{where} has {len(text):,} characters; AWS takes at most {MAX_USE_CASE:,}: shorten it")
    return text


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
    use_case_description: str = Field(min_length=1, max_length=MAX_USE_CASE)
    contacts: tuple[str, ...] = Field(default=(), max_length=MAX_CONTACTS)
    language: Literal["EN", "JA"] = "EN"

    @field_validator("website_url")
    @classmethod
    def _url_length(cls, url: HttpUrl) -> HttpUrl:
        if len(str(url)) > MAX_WEBSITE_URL:
            raise ValueError(f"longer than {MAX_WEBSITE_URL} characters (AWS's limit)")
        return url

    @field_validator("contacts")
    @classmethod
    def _emails(cls, contacts: tuple[str, ...]) -> tuple[str, ...]:
        for address in contacts:
            check_email(address)
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


_FLAGS = {"website_url": "--website-url", "contacts": "--contact", "mail_type": "--mail-type",
          "language": "--language", "use_case_description": "the use-case file"}


def _domain_line(domain: Domain) -> str:
    parts = [f"Easy DKIM (RSA {domain.dkim_key_length}-bit)"]
    if domain.mail_from_setting is not None:
        parts.append(f"SPF through the custom MAIL FROM domain {domain.mail_from_setting.domain(domain.name)}")
    if domain.dmarc is not None:
        parts.append(f"DMARC p={domain.dmarc.policy}")
    return f"- {domain.name}: {', '.join(parts)}."


def _events_line(domain: Domain) -> str:
    events = domain.events
    if events is None:
        return ""
    names = domain.names
    destinations = []
    if events.queue:
        destinations.append(f"to the SQS queue {names.queue}, which our application consumes (messages it fails "
                            f"to process five times go to the dead-letter queue {names.dead_letter_queue})")
    if events.email:
        destinations.append("by email to " + ", ".join(events.email))
    return (f"- {domain.name}: every message uses the configuration set {names.configuration_set} (the identity's "
            f"default), which publishes {', '.join(events.types)} events to the SNS topic {names.topic}, and on "
            f"{' and '.join(destinations)}. Its reputation metrics (bounce and complaint rates) go to CloudWatch.")


def deployment_answer(config: Config, region: str) -> str:
    """What the config deploys in the SES ``region``, as the request's answer to AWS's questions on
    authentication and on bounce and complaint handling. OpsError when it cannot answer them."""
    domains = [domain for domain in config.domains if domain.ses_region == region]
    if not domains:
        raise OpsError(f"no domain in the config sends through SES in {region} "
                       f"(its domains use {', '.join(sorted({d.ses_region for d in config.domains}))})")
    unhandled = [domain.name for domain in domains
                 if domain.events is None or not {"BOUNCE", "COMPLAINT"} <= set(domain.events.types)]
    if unhandled:
        raise OpsError(
            f"{', '.join(unhandled)} publish no BOUNCE and COMPLAINT events (see [domain.events]), and AWS asks how "
            "bounces and complaints are handled before it grants production access: enable them, deploy, "
            f"and prove them with python -m ops test-events {unhandled[0]} (with queue = true)"
        )
    unheard = [domain.name for domain in domains if domain.events and not (domain.events.queue or domain.events.email)]
    if unheard:
        raise OpsError(
            f"the bounce and complaint events of {', '.join(unheard)} go to an SNS topic nobody subscribes to, so "
            "nobody receives them: set [domain.events] queue = true (for the application) or email = [...], "
            f"deploy, and prove them with python -m ops test-events {unheard[0]}"
        )
    lines = [f"Sending domains in {region} (from our infrastructure as code, deployed as described):",
             *map(_domain_line, domains),
             "",
             "How bounces and complaints reach us:",
             *map(_events_line, domains),
             f"- The account-level suppression list in {region} is enabled for BOUNCE and COMPLAINT: SES does "
             "not send again to an address that hard-bounced or complained."]
    return "\n".join(lines)


def build_request(
    *, website_url: str, use_case_file: Path, contacts: list[str], mail_type: str, language: str,
    deployment: str = "",
) -> ProductionAccessRequest:
    """The request; ``deployment`` (``deployment_answer``) follows the use-case file's text."""
    text = read_use_case(use_case_file)
    if deployment:
        text = f"{text}\n\n{deployment}"
        if len(text) > MAX_USE_CASE:
            raise OpsError(f"the use-case file and what the config deploys ({len(deployment):,} characters) make "
                           f"{len(text):,} characters; AWS takes at most {MAX_USE_CASE:,}: shorten the file")
    unique = list(dict.fromkeys(contacts))
    if len(unique) > MAX_CONTACTS:
        raise OpsError(f"{len(unique)} --contact addresses given; AWS takes at most {MAX_CONTACTS}")
    try:
        return ProductionAccessRequest.model_validate({
            "mail_type": mail_type,
            "website_url": website_url,
            "use_case_description": text,
            "contacts": tuple(unique),
            "language": language,
        })
    except ValidationError as error:
        problems = "; ".join(_problem(item, website_url) for item in error.errors(include_url=False))
        raise OpsError(f"invalid request: {problems}") from None


def _problem(item: Any, website_url: str) -> str:
    field = str(item["loc"][0]) if item["loc"] else ""
    message = str(item["msg"]).removeprefix("Value error, ")
    if field == "website_url":
        shown = website_url if len(website_url) <= 80 else website_url[:60] + "..."
        return f"--website-url {shown!r}: {message}"
    return f"{_FLAGS.get(field, field)}: {message}"


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
