"""A least-privilege IAM policy for the application that sends a domain's mail."""

from __future__ import annotations

from cdktf import TerraformProvider
from constructs import Construct

from imports import IamPolicy
from modules.events import account_id_of, policy_document, ses_arn

SEND_ACTIONS = ("ses:SendEmail", "ses:SendRawEmail")


class SendingPolicy(Construct):
    """An IAM policy allowing only ``ses:SendEmail``/``ses:SendRawEmail`` as ``*@<domain>`` through its identity.

    SES authorizes a send against the sending identity and, when the message uses one, the
    configuration set: both are listed. While the account is in the sandbox, SES also
    authorizes it against each recipient's identity (sending to a verified test address
    otherwise fails with "not authorized to perform ses:SendEmail on resource
    ...:identity/<recipient>"), so a second statement allows the identities of the region as
    recipients. ``ses:FromAddress`` must be an address of the domain (``StringLike``: the
    domain as written here, lowercase) in both, so the policy sends as nobody else. Attach it
    to the application's role or user.

    Keyword arguments:

    - ``name``: the policy's name (unique in the account).
    - ``domain``: the identity's domain; senders must use ``<anything>@<domain>``.
    - ``ses_region``: the identity's region.
    - ``configuration_set``: the name of the identity's configuration set, allowed too.
      Default: ``None`` (no configuration set).
    - ``partition``: the AWS partition. Default: ``aws``.
    - ``account_id``: the account of the identity. Default: read from the credentials.
    - ``provider``: an ``AwsProvider`` (IAM is global: any region). Default: the stack's.
    - ``import_arn``: the ARN of this policy where it exists already (left by a killed apply):
      imported. Default: ``None``.

    Attributes: ``arn``, ``policy`` (the resource), ``document`` (its JSON text).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        domain: str,
        ses_region: str,
        configuration_set: str | None = None,
        partition: str = "aws",
        account_id: str | None = None,
        provider: TerraformProvider | None = None,
        import_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        account = account_id_of(self, account_id)
        resources = [ses_arn(partition=partition, region=ses_region, account_id=account, resource=f"identity/{domain}")]
        if configuration_set is not None:
            resources.append(ses_arn(partition=partition, region=ses_region, account_id=account,
                                     resource=f"configuration-set/{configuration_set}"))
        from_the_domain = {"StringLike": {"ses:FromAddress": f"*@{domain}"}}
        self.document = policy_document({
            "Sid": "SendAsTheDomain",
            "Effect": "Allow",
            "Action": list(SEND_ACTIONS),
            "Resource": resources,
            "Condition": from_the_domain,
        }, {
            "Sid": "SandboxRecipientIdentities",
            "Effect": "Allow",
            "Action": list(SEND_ACTIONS),
            "Resource": ses_arn(partition=partition, region=ses_region, account_id=account, resource="identity/*"),
            "Condition": from_the_domain,
        })
        self.policy = IamPolicy(
            self,
            "policy",
            name=name,
            description=f"Send email as *@{domain} through SES in {ses_region}",
            policy=self.document,
            provider=provider,
        )
        if import_arn is not None:
            self.policy.import_from(import_arn, provider)
        self.arn = self.policy.arn
