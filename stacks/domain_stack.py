"""A stack per domain (or one shared by several): each domain's whole SES email setup, state in S3."""

from __future__ import annotations

from typing import Any

from cdktf import TerraformOutput, TerraformResource, TerraformStack
from constructs import Construct

from imports import AwsProvider, AwsProviderDefaultTags
from modules import EmailDomain, s3_backend
from stacks.config import Domain, State
from stacks.local_endpoint import LocalEndpoint

MANAGED_BY_TAG = {"managed-by": "cdktf-ses-domain"}
SES_PROVIDER_ALIAS = "ses"


def aws_provider(
    scope: Construct, id: str, *, region: str, tags: dict[str, str], endpoint: LocalEndpoint | None,
    alias: str | None = None, marker: bool = True,
) -> AwsProvider:
    """An AWS provider tagging what it creates with ``tags`` and, with ``marker``, ``MANAGED_BY_TAG``."""
    return AwsProvider(
        scope,
        id,
        region=region,
        alias=alias,
        default_tags=[AwsProviderDefaultTags(tags={**(MANAGED_BY_TAG if marker else {}), **tags})],
        **(endpoint.provider_settings() if endpoint else {}),
    )


def domain_providers(stack: TerraformStack, domain: Domain, *, tags: dict[str, str], endpoint: LocalEndpoint | None,
                     marker: bool = True) -> AwsProvider:
    """The main provider (``aws``, the domain's region) and the SES one (alias ``ses``), which it returns."""
    aws_provider(stack, "aws", region=domain.region, tags=tags, endpoint=endpoint, marker=marker)
    return aws_provider(stack, "aws_ses", region=domain.ses_region, tags=tags, endpoint=endpoint,
                        alias=SES_PROVIDER_ALIAS, marker=marker)


def state_backend(stack: TerraformStack, name: str, state: State, endpoint: LocalEndpoint | None) -> None:
    """The stack's state in the bucket, at the key of ``name``."""
    s3_backend(
        stack,
        stack_name=name,
        bucket=state.bucket,
        region=state.region,
        lock=state.lock,
        dynamodb_table=state.dynamodb_table,
        extra=endpoint.backend_settings() if endpoint else None,
    )


class DomainStack(TerraformStack):
    """Hosted zone, SES identity with Easy DKIM, DMARC, MAIL FROM, events and sending policy for one domain.

    Route 53 and IAM calls go through the main provider; SES, SNS and SQS through the ``ses``
    provider in the domain's SES region. Outputs: ``name_servers`` (for the registrar),
    ``zone_id``, ``identity_arn``, ``dkim_records``, and as configured ``mail_from_domain``,
    ``events_topic_arn``, ``events_queue_url`` and ``sending_policy_arn``.
    """

    def __init__(self, scope: Construct, domain: Domain, *, state: State, endpoint: LocalEndpoint | None) -> None:
        super().__init__(scope, domain.stack_name)
        # A stack taking over a setup made by hand (``adopt``) adds no tags of its own, so its first
        # plan imports and changes only what the config says differently from what is live.
        marker = domain.adopt is None
        tags = {**({"email-domain": domain.name} if marker else {}), **domain.tags}
        ses = domain_providers(self, domain, tags=tags, endpoint=endpoint, marker=marker)
        state_backend(self, domain.stack_name, state, endpoint)
        self.email = email_domain(self, domain, ses)
        domain_outputs(self, domain, self.email)


class SharedDomainStack(TerraformStack):
    """Several domains in one stack (``stack = "<name>"`` in their config): one Terraform and one pair of
    providers plan and deploy them all, instead of one per domain.

    Each domain's resources sit under a construct named by its ``key`` (addresses ``<key>_email_...``), and
    its outputs are named ``<key>_<output>`` (the outputs of ``DomainStack``). The providers tag with
    ``managed-by`` only; each domain's other tags (``email-domain`` and its ``tags``) are set on its own
    resources. The config ensures the domains share one SES region and adopt nothing.
    """

    def __init__(self, scope: Construct, name: str, domains: list[Domain], *, state: State,
                 endpoint: LocalEndpoint | None) -> None:
        super().__init__(scope, name)
        ses = domain_providers(self, domains[0], tags={}, endpoint=endpoint)
        state_backend(self, name, state, endpoint)
        self.emails: dict[str, EmailDomain] = {}
        for domain in domains:
            holder = Construct(self, domain.key)
            email = self.emails[domain.name] = email_domain(holder, domain, ses)
            tag_resources(holder, {"email-domain": domain.name, **domain.tags})
            domain_outputs(self, domain, email, prefix=domain.key + "_")


def tag_resources(scope: Construct, tags: dict[str, str]) -> None:
    """Set ``tags`` on every taggable resource under ``scope`` (over tags a resource sets itself)."""
    for node in scope.node.find_all():
        if isinstance(node, TerraformResource) and isinstance(getattr(type(node), "tags", None), property):
            node.tags = {**tags, **(node.tags_input or {})}  # type: ignore[attr-defined]


def email_domain(scope: Construct, domain: Domain, ses: AwsProvider) -> EmailDomain:
    """The domain's ``EmailDomain`` construct (id ``email``) as its config says."""
    return EmailDomain(
        scope,
        "email",
        domain=domain.name,
        ses_region=domain.ses_region,
        ses_provider=ses,
        zone_id=domain.zone_id,
        adopt=domain.adopt,
        dkim_key_length=domain.dkim_key_length,
        dmarc=domain.dmarc,
        mail_from=domain.mail_from_setting,
        protect=domain.protect,
        dkim_ttl=domain.dkim_ttl,
        record_ttl=domain.record_ttl,
        events=domain.events,
        sending_policy=domain.sending_policy,
        names=domain.names,
        partition=domain.partition,
    )


def domain_outputs(stack: TerraformStack, domain: Domain, email: EmailDomain, *, prefix: str = "") -> None:
    """The domain's outputs, named ``prefix`` + ``name_servers``, ``zone_id``, ... (see ``DomainStack``)."""
    def output(name: str, value: Any, description: str) -> None:
        TerraformOutput(stack, prefix + name, value=value, description=description)

    output("name_servers", email.name_servers, "Name servers to set at the registrar for " + domain.name)
    output("zone_id", email.zone_id, "Route 53 hosted zone id")
    output("identity_arn", email.identity_arn, "SES identity ARN")
    output("dkim_records", [{"name": r.name, "type": "CNAME", "value": r.value} for r in email.dkim_records],
           "Easy DKIM CNAME records")
    if email.mail_from_domain is not None:
        output("mail_from_domain", email.mail_from_domain, "Custom MAIL FROM domain")
    if email.events_topic_arn is not None and domain.events is not None:
        output("events_topic_arn", email.events_topic_arn,
               "SNS topic of the domain's SES events (" + ", ".join(domain.events.types) + ")")
    if email.events_queue_url is not None:
        output("events_queue_url", email.events_queue_url,
               "SQS queue of the domain's SES events (SNS envelope, SES event JSON inside)")
    if email.sending_policy_arn is not None:
        output("sending_policy_arn", email.sending_policy_arn,
               "IAM policy to attach to the application that sends as *@" + domain.name)
