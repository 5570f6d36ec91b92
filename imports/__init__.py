"""The one door to provider classes.

The prebuilt ``cdktf-cdktf-provider-aws`` package's ``__init__`` imports all of
its 2,139 resource submodules: importing one class the ordinary way costs about
23 s and 1.5 GB here. This module registers the package in ``sys.modules``
without running that ``__init__`` and loads only the submodules the project
uses. The classes are the package's own; the synthesized JSON is the same.

Everything else in the project takes provider classes from here.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


PROVIDER_PACKAGE = "cdktf_cdktf_provider_aws"

# The classes this project uses, by the submodule that holds them; nothing else is loaded.
CLASSES_BY_SUBMODULE: dict[str, tuple[str, ...]] = {
    "provider": ("AwsProvider", "AwsProviderDefaultTags", "AwsProviderEndpoints"),
    "route53_zone": ("Route53Zone",),
    "route53_record": ("Route53Record",),
    "data_aws_route53_zone": ("DataAwsRoute53Zone",),
    "sesv2_email_identity": (
        "Sesv2EmailIdentity",
        "Sesv2EmailIdentityDkimSigningAttributes",
    ),
    "sesv2_email_identity_mail_from_attributes": ("Sesv2EmailIdentityMailFromAttributes",),
    "s3_bucket": ("S3Bucket",),
    "s3_bucket_versioning": (
        "S3BucketVersioningA",
        "S3BucketVersioningVersioningConfiguration",
    ),
    "s3_bucket_server_side_encryption_configuration": (
        "S3BucketServerSideEncryptionConfigurationA",
        "S3BucketServerSideEncryptionConfigurationRuleA",
        "S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA",
    ),
    "s3_bucket_public_access_block": ("S3BucketPublicAccessBlock",),
    "s3_bucket_policy": ("S3BucketPolicy",),
    "dynamodb_table": ("DynamodbTable", "DynamodbTableAttribute"),
}


def _register_package_shell() -> None:
    """Put a module for the package in ``sys.modules`` whose ``__init__`` never runs.

    Its submodules only need the package to exist (with a ``__path__``) and its
    ``_jsii`` submodule, which loads the jsii assembly.
    """
    if PROVIDER_PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(PROVIDER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(
            f"{PROVIDER_PACKAGE} is not installed; run `pipenv sync --dev` first"
        )
    shell = types.ModuleType(PROVIDER_PACKAGE)
    shell.__path__ = list(spec.submodule_search_locations)
    shell.__file__ = spec.origin
    shell.__spec__ = spec
    shell.__package__ = PROVIDER_PACKAGE
    sys.modules[PROVIDER_PACKAGE] = shell


def _load_classes() -> dict[str, type]:
    _register_package_shell()
    importlib.import_module(f"{PROVIDER_PACKAGE}._jsii")  # loads the jsii assembly
    classes: dict[str, type] = {}
    for submodule, names in CLASSES_BY_SUBMODULE.items():
        module = importlib.import_module(f"{PROVIDER_PACKAGE}.{submodule}")
        classes.update({name: getattr(module, name) for name in names})
    return classes


globals().update(_load_classes())
__all__ = sorted(name for names in CLASSES_BY_SUBMODULE.values() for name in names)
