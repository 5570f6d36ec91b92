"""One stack per domain: the domain's whole SES email setup, state in S3."""

from __future__ import annotations

from cdktf import TerraformOutput, TerraformStack
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
        aws_provider(self, "aws", region=domain.region, tags=tags, endpoint=endpoint, marker=marker)
        ses = aws_provider(self, "aws_ses", region=domain.ses_region, tags=tags, endpoint=endpoint,
                           alias=SES_PROVIDER_ALIAS, marker=marker)
        s3_backend(
            self,
            stack_name=domain.stack_name,
            bucket=state.bucket,
            region=state.region,
            lock=state.lock,
            dynamodb_table=state.dynamodb_table,
            extra=endpoint.backend_settings() if endpoint else None,
        )
        self.email = email = EmailDomain(
            self,
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
        TerraformOutput(self, "name_servers", value=email.name_servers,
                        description="Name servers to set at the registrar for " + domain.name)
        TerraformOutput(self, "zone_id", value=email.zone_id, description="Route 53 hosted zone id")
        TerraformOutput(self, "identity_arn", value=email.identity_arn, description="SES identity ARN")
        TerraformOutput(self, "dkim_records", description="Easy DKIM CNAME records",
                        value=[{"name": r.name, "type": "CNAME", "value": r.value} for r in email.dkim_records])
        if email.mail_from_domain is not None:
            TerraformOutput(self, "mail_from_domain", value=email.mail_from_domain,
                            description="Custom MAIL FROM domain")
        if email.events_topic_arn is not None and domain.events is not None:
            TerraformOutput(self, "events_topic_arn", value=email.events_topic_arn,
                            description="SNS topic of the domain's SES events (" + ", ".join(domain.events.types) + ")")
        if email.events_queue_url is not None:
            TerraformOutput(self, "events_queue_url", value=email.events_queue_url,
                            description="SQS queue of the domain's SES events (SNS envelope, SES event JSON inside)")
        if email.sending_policy_arn is not None:
            TerraformOutput(self, "sending_policy_arn", value=email.sending_policy_arn,
                            description="IAM policy to attach to the application that sends as *@" + domain.name)
