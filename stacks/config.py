"""The config contract: ``domains.toml`` read, validated and typed.

Knows nothing of cdktf. Bad input raises ``ConfigError`` with one message that
names the file, the domain and the key of every problem found.

What passes here must also pass AWS and Terraform: input that would fail mid-apply
(a name too long for DNS, a reserved bucket name, a tag AWS refuses, a KMS key in another
region, regions in two partitions, a subdomain in a zone nothing delegates to) is refused
here, and types are strict (``protect = "no"`` is an error, not ``False``).
"""

from __future__ import annotations

import codecs
import datetime
import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from modules.dns_names import MAX_NAME_LENGTH, normalize_domain
from modules.values import (
    DKIM_TOKEN_LENGTH,
    SPF_RECORD,
    Adoption,
    DmarcPolicy,
    EmailAddress,
    EventHandling,
    MailFrom,
    ResourceNames,
    SesEventType,
    check_label,
    check_zone_id,
    dkim_record_name,
    dkim_record_name_length,
    dkim_record_value,
    dkim_target_for_region,
    resource_names,
)

CONFIG_ENV = "MAIL_DOMAINS_FILE"
DEFAULT_CONFIG = "domains.toml"
STATE_STACK = "state"


class ConfigError(Exception):
    """Invalid configuration. ``str()`` is the whole message for the user."""


# Endpoint prefixes in botocore's endpoints.json (SES v2 shares SES's `email` endpoints).
ENDPOINT_PREFIX = {"ec2": "ec2", "s3": "s3", "sesv2": "email"}


@cache
def _endpoint_resolver() -> Any:
    # The loader and resolver alone: a botocore Session would also load service models (slow).
    from botocore.loaders import create_loader
    from botocore.regions import EndpointResolver

    return EndpointResolver(create_loader().load_data("endpoints"))


@cache
def regions_for(service: str) -> frozenset[str]:
    """Regions where botocore's endpoint data says ``service`` runs, in every partition."""
    resolver = _endpoint_resolver()
    return frozenset(
        region
        for partition in resolver.get_available_partitions()
        for region in resolver.get_available_endpoints(ENDPOINT_PREFIX[service], partition)
    )


def _region_check(service: str, what: str) -> AfterValidator:
    def check(region: str) -> str:
        if region not in regions_for(service):
            raise ValueError(f"{region!r} is not a region where {what} runs (from botocore's endpoint data)")
        return region

    return AfterValidator(check)


AwsRegion = Annotated[str, _region_check("ec2", "AWS")]
SesRegion = Annotated[str, _region_check("sesv2", "SES")]
S3Region = Annotated[str, _region_check("s3", "S3")]


def partition_of(region: str) -> str | None:
    """The AWS partition (``aws``, ``aws-cn``, ``aws-us-gov``, ...) of a region, from botocore's endpoint data."""
    from botocore.exceptions import UnknownRegionError

    try:
        partition: str = _endpoint_resolver().get_partition_for_region(region)
    except UnknownRegionError:
        return None
    return partition


_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
# S3's general purpose bucket naming rules reserve these (AmazonS3/latest/userguide/bucketnamingrules.html).
BUCKET_RESERVED_PREFIXES = ("xn--", "sthree-", "amzn-s3-demo-")
BUCKET_RESERVED_SUFFIXES = {
    "-s3alias": "access point aliases",
    "--ol-s3": "Object Lambda Access Point aliases",
    ".mrap": "Multi-Region Access Points",
    "--x-s3": "directory buckets",
    "--table-s3": "table buckets",
}


def _check_bucket(name: str) -> str:
    if not _BUCKET.match(name) or ".." in name or _IPV4.match(name):
        raise ValueError(
            f"{name!r} is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)"
        )
    prefix = next((prefix for prefix in BUCKET_RESERVED_PREFIXES if name.startswith(prefix)), None)
    if prefix:
        raise ValueError(f"{name!r} starts with {prefix!r}, a prefix S3 reserves: choose another bucket name")
    suffix = next((suffix for suffix in BUCKET_RESERVED_SUFFIXES if name.endswith(suffix)), None)
    if suffix:
        raise ValueError(
            f"{name!r} ends with {suffix!r}, a suffix S3 reserves for {BUCKET_RESERVED_SUFFIXES[suffix]}: "
            "choose another bucket name"
        )
    return name


# KMS key references the S3 backend (hashicorp/terraform internal/backend/remote-state/s3, validateKMSKey)
# and S3 default encryption (KMSMasterKeyID) accept. Key ids: any 8-4-4-4-12 lowercase hex id, not only
# the UUID versions Terraform's backend pattern names (AWS's own documented example id is not one).
_KMS_KEY_ID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}"
_KMS_ALIAS = r"alias/[A-Za-z0-9/_-]{1,250}"
_KMS_KEY = re.compile(rf"^(?:{_KMS_KEY_ID}|{_KMS_ALIAS})$")
_KMS_ARN = re.compile(
    rf"^arn:(?P<partition>[a-z-]+):kms:(?P<region>[a-z0-9-]+):\d{{12}}:(?:key/(?:{_KMS_KEY_ID})|{_KMS_ALIAS})$"
)


def _check_kms_key(key: str) -> str:
    if not (_KMS_KEY.match(key) or _KMS_ARN.match(key)):
        raise ValueError(
            f"{key!r} is not a KMS key id, key ARN, alias name or alias ARN (like "
            "'1234abcd-12ab-34cd-56ef-1234567890ab', 'mrk-<32 hex digits>', 'alias/<name>', "
            "'arn:aws:kms:<region>:<account>:key/<key id>' or 'arn:aws:kms:<region>:<account>:alias/<name>')"
        )
    return key


# Tags. The strictest rules of what the stacks tag: the Route 53 hosted zone (10 tags:
# Route53/latest/APIReference/API_ChangeTagsForResource.html, AddTags, which the provider
# sends whole when it creates the zone), the SES v2 email identity (50 tags; keys 1-128, values
# 0-256 characters of Unicode letters, digits, white space and _ . : / = + -, no "aws:" prefix
# on keys or values: ses/latest/APIReference-V2/API_Tag.html), the S3 bucket and the DynamoDB
# table (50 tags each).
TAG_KEY_MAX = 128
TAG_VALUE_MAX = 256
TAG_SYMBOLS = "_.:/=+-"
HOSTED_ZONE_TAG_LIMIT = 10
RESOURCE_TAG_LIMIT = 50
STACK_TAG_KEYS = ("managed-by", "email-domain")
"""The tags every domain stack adds to each of its resources (``stacks/domain_stack.py``): they count too."""


def _tag_characters_ok(text: str) -> bool:
    return all(unicodedata.category(char)[0] in "LNZ" or char in TAG_SYMBOLS for char in text)


def _tag_problems(key: str, value: str) -> list[str]:
    problems = []
    if not 1 <= len(key) <= TAG_KEY_MAX:
        problems.append(f"key is {len(key)} characters; keys are 1-{TAG_KEY_MAX}")
    if len(value) > TAG_VALUE_MAX:
        problems.append(f"value is {len(value)} characters; values are 0-{TAG_VALUE_MAX}")
    for what, text in (("key", key), ("value", value)):
        if text.lower().startswith("aws:"):
            problems.append(f"{what} starts with 'aws:', which AWS reserves for its own tags")
        if not _tag_characters_ok(text):
            bad = "".join(dict.fromkeys(char for char in text if not _tag_characters_ok(char)))
            problems.append(
                f"{what} has {bad!r}: tags take letters, digits, spaces and {' '.join(TAG_SYMBOLS)} only"
            )
    return problems


def _check_tags(tags: dict[str, str]) -> dict[str, str]:
    problems = [f"tag {key!r}: {problem}" for key, value in tags.items() for problem in _tag_problems(key, value)]
    if problems:
        raise ValueError("; ".join(problems))
    return tags


Tags = Annotated[dict[str, str], AfterValidator(_check_tags)]


class _Model(BaseModel):
    # Strict: TOML has types, and a value of the wrong one is a mistake to report, not to convert
    # (``protect = "no"`` would be True-ish nonsense, ``dkim_ttl = "300"`` a typo for 300).
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _events_table(value: Any) -> Any:
    """``events = false`` / ``true`` is ``[domain.events] enabled = false`` / ``true``."""
    if isinstance(value, bool):
        return {"enabled": value}
    return value


class EventsTable(_Model):
    """An ``[defaults.events]`` or ``[domain.events]`` table: what is set there, key by key."""

    enabled: bool | None = None
    """Default true: a configuration set, the identity's default, publishing to an SNS topic."""
    types: list[SesEventType] | None = None
    """SES event types published. Default ``["BOUNCE", "COMPLAINT"]``."""
    email: list[EmailAddress] | None = None
    """Addresses subscribed to the topic. Default none."""
    queue: bool | None = None
    """An SQS queue (with a dead-letter queue) subscribed to the topic. Default false."""

    @model_validator(mode="after")
    def _lists(self) -> EventsTable:
        if self.types is not None:
            if not self.types:
                raise ValueError("types is empty: list at least one SES event type, or set enabled = false")
            twice = sorted({str(kind) for kind in self.types if self.types.count(kind) > 1})
            if twice:
                raise ValueError(f"types lists {', '.join(map(repr, twice))} twice")
        if self.email is not None:
            lowered = [address.lower() for address in self.email]
            repeated = sorted({address for address in lowered if lowered.count(address) > 1})
            if repeated:
                raise ValueError(f"email lists {', '.join(map(repr, repeated))} twice")
        return self

    def over(self, base: EventsTable) -> EventsTable:
        """This table's keys, and ``base``'s where this one leaves them out. A table that sets any key
        but not ``enabled`` is enabled: a domain saying how its events are handled wants them, also
        under ``[defaults.events] enabled = false``."""
        own = self.model_dump(exclude_none=True)
        if own and "enabled" not in own:
            own["enabled"] = True
        return EventsTable.model_construct(**{**base.model_dump(exclude_none=True), **own})

    def handling(self) -> EventHandling | None:
        """What these keys deploy: ``None`` when disabled."""
        if self.enabled is False:
            return None
        return EventHandling(**self.model_dump(exclude_none=True, exclude={"enabled"}))


EventsKey = Annotated[EventsTable, BeforeValidator(_events_table)]


class Defaults(_Model):
    """The ``[defaults]`` table."""

    region: AwsRegion
    """Main infrastructure region: the stacks' main provider, and the state bucket's by default."""
    ses_region: SesRegion | None = None
    """Default SES region; ``region`` when unset."""
    tags: Tags = Field(default_factory=dict)
    """Added to every taggable resource."""
    events: EventsKey = Field(default_factory=EventsTable)
    """Defaults for every domain's ``[domain.events]``, key by key."""


class StateTable(_Model):
    """The ``[state]`` table, as written."""

    bucket: Annotated[str, AfterValidator(_check_bucket)]
    region: S3Region | None = None
    lock: Literal["lockfile", "dynamodb"] = "lockfile"
    dynamodb_table: str | None = Field(default=None, min_length=3, max_length=255, pattern=r"^[A-Za-z0-9_.-]+$")
    kms_key_id: Annotated[str, AfterValidator(_check_kms_key)] | None = None
    """Checked against the bucket's region once it is known, in ``_resolve``."""

    @model_validator(mode="after")
    def _lock_table(self) -> StateTable:
        if self.lock == "dynamodb" and not self.dynamodb_table:
            raise ValueError("lock = \"dynamodb\" needs dynamodb_table = \"<table name>\"")
        if self.lock == "lockfile" and self.dynamodb_table:
            raise ValueError("dynamodb_table is set but lock is \"lockfile\"; set lock = \"dynamodb\" to use it")
        return self


class State(StateTable):
    """The state settings with ``[defaults]`` applied."""

    region: str
    tags: Tags


def _mail_from_label(value: Any) -> Any:
    """``false`` disables MAIL FROM (None); otherwise the value must be one DNS label."""
    if value is False:
        return None
    if not isinstance(value, str):
        raise ValueError(f"must be a label such as \"mail\", or false to disable MAIL FROM (got {value!r})")
    return check_label(value)


def _check_name_length(name: str) -> str:
    """The longest names a domain's records get must fit DNS: the Easy DKIM CNAMEs, always there.

    ``_dmarc.<name>`` is shorter, so it fits whenever they do; the labels added (the token,
    ``_domainkey``, ``_dmarc``) are well under 63 characters. MAIL FROM is checked with its label.
    """
    dkim = dkim_record_name_length(name)
    if dkim > MAX_NAME_LENGTH:
        raise ValueError(
            f"is {len(name)} characters; its DKIM records `<{DKIM_TOKEN_LENGTH}-character token>._domainkey.<name>` "
            f"would be {dkim}, over DNS's {MAX_NAME_LENGTH} (the longest name that fits is "
            f"{len(name) - dkim + MAX_NAME_LENGTH} characters)"
        )
    return name


def _check_mail_from_length(label: str | None, info: ValidationInfo) -> str | None:
    name = info.data.get("name")  # absent when the name itself was refused
    if label is not None and name is not None:
        length = len(MailFrom(label=label).domain(name))
        if length > MAX_NAME_LENGTH:
            raise ValueError(
                f"the MAIL FROM domain `{label}.<name>` would be {length} characters, over DNS's "
                f"{MAX_NAME_LENGTH} (name is {len(name)}): use a label of at most "
                f"{MAX_NAME_LENGTH - len(name) - 1} characters"
            )
    return label


def _dmarc_table(value: Any) -> Any:
    """``false`` disables the record (None); ``true`` is the default policy; a table is a policy."""
    if value is False:
        return None
    if value is True:
        return DmarcPolicy()
    if not isinstance(value, (dict, DmarcPolicy)):
        raise ValueError(f"must be a [domain.dmarc] table, or false to disable DMARC (got {value!r})")
    return value


def _integer_choice(value: Any) -> Any:
    """Strict mode still lets ``1024.0`` match ``Literal[1024, 2048]`` (they are equal): refuse it too."""
    if isinstance(value, float):
        raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": "1024 or 2048"})
    return value


_STACK_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def _check_stack_name(name: str) -> str:
    if not _STACK_NAME.match(name):
        raise PydanticCustomError(
            "stack_name", "{name} is not a stack name: 1 to 63 lower-case letters, digits and dashes, "
            "starting and ending with a letter or digit", {"name": repr(name)})
    if name == STATE_STACK:
        raise PydanticCustomError("stack_name", "'state' is the state bucket's stack; choose another name", {})
    return name


class DomainTable(_Model):
    """One ``[[domain]]`` table, as written. Defaults as in README.md's config reference."""

    name: Annotated[str, AfterValidator(normalize_domain), AfterValidator(_check_name_length)]
    ses_region: SesRegion | None = None
    zone_id: Annotated[str, AfterValidator(check_zone_id)] | None = None
    mail_from: Annotated[
        str | None, BeforeValidator(_mail_from_label), AfterValidator(_check_mail_from_length)
    ] = "mail"
    mail_from_on_mx_failure: Literal["USE_DEFAULT_VALUE", "REJECT_MESSAGE"] = "USE_DEFAULT_VALUE"
    dkim_key_length: Annotated[Literal[1024, 2048], BeforeValidator(_integer_choice)] = 2048
    dmarc: Annotated[DmarcPolicy | None, BeforeValidator(_dmarc_table)] = DmarcPolicy()
    protect: bool = True
    dkim_ttl: int = Field(default=1800, ge=0, le=2147483647)
    record_ttl: int = Field(default=300, ge=0, le=2147483647)
    tags: Tags = Field(default_factory=dict)
    adopt: Adoption | None = None
    """What already exists in AWS, imported instead of created (``[domain.adopt]``, from ``ops adopt``)."""
    events: EventsKey = Field(default_factory=EventsTable)
    """Bounce and complaint handling (``[domain.events]``), over ``[defaults.events]``."""
    sending_policy: bool = True
    """A least-privilege IAM policy for the application that sends."""
    stack: Annotated[str, AfterValidator(_check_stack_name)] | None = None
    """A stack shared with other domains (README, "Several domains in one stack"). Default: its own."""


class Domain(DomainTable):
    """One domain with ``[defaults]`` applied: what a domain stack is built from."""

    region: str
    ses_region: str
    tags: Tags
    events: EventHandling | None  # type: ignore[assignment]  # resolved: None when disabled

    @property
    def partition(self) -> str:
        return partition_of(self.ses_region) or "aws"

    @property
    def names(self) -> ResourceNames:
        """The names of the domain's configuration set, topic, queues and sending policy (from ``key``)."""
        return resource_names(self.key)

    @property
    def key(self) -> str:
        """The domain's own name in stacks: its stack's name, or in a shared stack the id of its construct."""
        return stack_name_for(self.name)

    @property
    def stack_name(self) -> str:
        """The stack the domain is in: ``stack`` when shared, else its own (``key``)."""
        return self.stack or self.key

    @property
    def mail_from_setting(self) -> MailFrom | None:
        """The MAIL FROM value object, or None when ``mail_from = false``."""
        if self.mail_from is None:
            return None
        return MailFrom(label=self.mail_from, behavior_on_mx_failure=self.mail_from_on_mx_failure)


class _File(_Model):
    defaults: Defaults
    state: StateTable
    domain: list[DomainTable] = Field(default_factory=list)

    @model_validator(mode="after")
    def _some_domain(self) -> _File:
        if not self.domain:
            raise ValueError("no domains: add at least one [[domain]] table")
        return self


class Config(BaseModel):
    """The whole config with ``[defaults]`` applied."""

    model_config = ConfigDict(frozen=True)

    state: State
    domains: tuple[Domain, ...]


def stack_name_for(domain: str) -> str:
    """Stack name for a domain: dots become dashes (``polplana.work`` -> ``polplana-work``)."""
    return domain.replace(".", "-")


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file: ``explicit``, else ``$MAIL_DOMAINS_FILE``, else ``domains.toml``."""
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "a UTF-8"),
    (codecs.BOM_UTF32_LE, "a UTF-32"),
    (codecs.BOM_UTF32_BE, "a UTF-32"),
    (codecs.BOM_UTF16_LE, "a UTF-16"),
    (codecs.BOM_UTF16_BE, "a UTF-16"),
)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the config file. Raises ConfigError; never writes anything."""
    file = config_path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{file}: config file not found (set {CONFIG_ENV} to use another file)") from None
    except OSError as error:
        raise ConfigError(f"{file}: cannot read: {error}") from None
    mark = next((name for bom, name in _BYTE_ORDER_MARKS if data.startswith(bom)), None)
    if mark:
        # TOML files are UTF-8 without a byte-order mark; tomllib would only say "Invalid statement".
        raise ConfigError(
            f"{file}: starts with {mark} byte-order mark (BOM), which TOML does not allow: "
            "save the file as UTF-8 without a BOM"
        )
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{file}: cannot read: not UTF-8 ({error}); save the file as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: invalid TOML: {error}") from None
    return parse_config(raw, file)


def parse_config(raw: dict[str, Any], file: Path) -> Config:
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as error:
        raise ConfigError(_describe(error, raw, file)) from None
    return _resolve(parsed, file)


def _resolve(parsed: _File, file: Path) -> Config:
    """Apply ``[defaults]``, then check what involves more than one value: regions against each
    other, the KMS key against the bucket's region, domains against each other, merged tags.
    Every value was validated already, so the resolved models are built from the validated
    fields as they are (``model_construct``)."""
    defaults = parsed.defaults
    state = State.model_construct(
        **{**dict(parsed.state), "region": parsed.state.region or defaults.region, "tags": dict(defaults.tags)}
    )
    problems = [f"{file}: {line}" for line in _state_problems(parsed, state)]
    domains: dict[str, tuple[DomainTable, Domain]] = {}
    for table in parsed.domain:
        domain = Domain.model_construct(
            **{
                **dict(table),
                "region": defaults.region,
                "ses_region": table.ses_region or defaults.ses_region or defaults.region,
                "tags": {**defaults.tags, **table.tags},
                "events": table.events.over(defaults.events).handling(),
            }
        )
        first = domains.get(domain.key)
        if first is not None:
            why = "is listed twice" if first[1].name == domain.name else \
                f"has the same stack name {domain.key!r} as {first[1].name!r}"
            problems.append(f"{file}: domain {domain.name!r}: name: {why}")
            continue
        domains[domain.key] = (table, domain)
    listed = {domain.name: domain for _, domain in domains.values()}
    for table, domain in domains.values():
        problems += [
            f"{file}: domain {domain.name!r}: {line}" for line in _domain_problems(table, domain, defaults, listed)
        ]
    problems += [f"{file}: {line}" for line in _shared_stack_problems([domain for _, domain in domains.values()])]
    if problems:
        raise ConfigError("\n".join(problems))
    return Config(state=state, domains=tuple(domain for _, domain in domains.values()))


def stacks_of(domains: tuple[Domain, ...] | list[Domain]) -> dict[str, list[Domain]]:
    """Stack name -> its domains, in the order the config lists them (a stack where its first domain is)."""
    stacks: dict[str, list[Domain]] = {}
    for domain in domains:
        stacks.setdefault(domain.stack_name, []).append(domain)
    return stacks


def _shared_stack_problems(domains: list[Domain]) -> list[str]:
    """A shared stack has one AWS provider per region, and its name is no domain's own stack."""
    keys = {domain.key: domain for domain in domains}
    problems = []
    for name, members in stacks_of(domains).items():
        if all(domain.stack is None for domain in members):
            continue
        where = f"stack {name!r} (domains {', '.join(repr(domain.name) for domain in members)})"
        if name in keys:
            problems.append(
                f"{where}: {name!r} is the stack name of domain {keys[name].name!r}; a shared stack needs a name of "
                "its own, so that no domain's stack changes its resource addresses when it joins")
        regions = sorted({domain.ses_region for domain in members})
        if len(regions) > 1:
            problems.append(f"{where}: ses_region differs ({', '.join(regions)}): the domains of one stack share "
                            "its SES provider, so one SES region; put the others in another stack")
        adopting = [domain.name for domain in members if domain.adopt is not None]
        if adopting:
            problems.append(f"{where}: {', '.join(map(repr, adopting))} adopt(s) a setup made by hand "
                            "([domain.adopt]); take it over in a stack of its own (no stack key)")
    return problems


def _partition_problem(key: str, region: str, defaults: Defaults) -> str | None:
    """Every region in one partition: the same credentials deploy every stack and read the state bucket."""
    partition, main = partition_of(region), partition_of(defaults.region)
    if partition == main:
        return None
    return (
        f"{key}: {region!r} is in the AWS partition {partition!r}, but defaults.region {defaults.region!r} is in "
        f"{main!r}: every region must be in one partition (the same credentials deploy every stack)"
    )


def _state_problems(parsed: _File, state: State) -> list[str]:
    defaults = parsed.defaults
    checks = [("defaults.ses_region", defaults.ses_region), ("state.region", parsed.state.region)]
    problems = [
        problem for key, region in checks if region
        if (problem := _partition_problem(key, region, defaults)) is not None
    ]
    arn = _KMS_ARN.match(state.kms_key_id or "")
    if arn:
        wrong = []
        if arn["region"] != state.region:
            wrong.append(f"the key is in {arn['region']!r}, but S3 encrypts with a key in the bucket's "
                         f"region, {state.region!r}")
        if arn["partition"] != partition_of(state.region):
            wrong.append(f"the ARN's partition {arn['partition']!r} is not {partition_of(state.region)!r}, "
                         f"the partition of {state.region!r}")
        if wrong:
            problems.append(f"state.kms_key_id: {'; '.join(wrong)}")
    return problems


def _domain_problems(table: DomainTable, domain: Domain, defaults: Defaults, listed: Mapping[str, Domain]) -> list[str]:
    problems = []
    if table.ses_region and (problem := _partition_problem("ses_region", table.ses_region, defaults)):
        problems.append(problem)
    owner = next((other for other in listed.values() if other.mail_from_setting is not None
                  and other.mail_from_setting.domain(other.name) == domain.name), None)
    if owner is not None:
        # SES: a MAIL FROM domain "can't be used to receive email" nor, as a feedback destination, in a From address.
        problems.append(
            f'name: is the MAIL FROM domain of {owner.name!r} (mail_from = "{owner.mail_from}"), whose MX and SPF '
            "records send its mail to SES's bounce handling; a MAIL FROM domain cannot be a sending domain "
            f"too: give {owner.name!r} another mail_from (or mail_from = false), or use another name"
        )
    parent = next((listed[name] for name in ancestors(domain.name) if name in listed), None)
    if parent is not None and domain.zone_id is None:
        output = f"{parent.key}_zone_id" if parent.stack else "zone_id"
        where = f'zone_id = "{parent.zone_id}"' if parent.zone_id else \
            f"zone_id = the id of its hosted zone (the {output} output of stack {parent.stack_name!r})"
        problems.append(
            f"zone_id: is a subdomain of {parent.name!r}, also listed, so a hosted zone of its own would get "
            f"no delegation (no NS records for it in the zone of {parent.name!r}) and its records would not "
            f"resolve: put them in the zone of {parent.name!r} instead, with {where}"
        )
    problems += _tag_count_problems(table, domain, defaults)
    problems += _events_problems(domain)
    if domain.adopt is not None:
        problems += [f"adopt: {problem}" for problem in _adoption_problems(domain, domain.adopt)]
    return problems


def _events_problems(domain: Domain) -> list[str]:
    adopt = domain.adopt
    if adopt is None:
        return []
    problems = []
    names = domain.names
    given = [key for key, value in (("events_configuration_set", adopt.events_configuration_set),
                                    ("events_destination", adopt.events_destination),
                                    ("events_topic", adopt.events_topic), ("events_queues", adopt.events_queues),
                                    ("configuration_set", adopt.configuration_set == names.configuration_set))
             if value]
    if given and domain.events is None:
        problems.append(f"adopt: {', '.join(given)}: given, but events are off, so the stack does not manage "
                        f"the configuration set {names.configuration_set!r}, its topic or queues (and removes "
                        "them): remove these keys, or turn events on")
    if adopt.events_queues and domain.events is not None and not domain.events.queue:
        problems.append("adopt: events_queues: given, but [domain.events] queue is false: remove them, or set "
                        "queue = true")
    topic = adopt.events_topic
    if topic is not None and not (f":sns:{domain.ses_region}:" in topic and topic.rsplit(":", 1)[-1] == names.topic):
        problems.append(f"adopt: events_topic: {adopt.events_topic!r} is not the stack's topic {names.topic!r} "
                        f"in {domain.ses_region}")
    strangers = [url for url in adopt.events_queues
                 if url.rstrip("/").rsplit("/", 1)[-1] not in (names.queue, names.dead_letter_queue)]
    if strangers:
        problems.append(f"adopt: events_queues: {', '.join(strangers)} not the stack's queues "
                        f"({names.queue!r}, {names.dead_letter_queue!r})")
    if adopt.sending_policy is not None and not adopt.sending_policy.endswith(f":policy/{names.sending_policy}"):
        problems.append(f"adopt: sending_policy: {adopt.sending_policy!r} is not the stack's policy "
                        f"{names.sending_policy!r}")
    if adopt.sending_policy is not None and not domain.sending_policy:
        problems.append("adopt: sending_policy: given, but sending_policy = false, so the stack does not manage "
                        "it: remove it, or set sending_policy = true")
    if domain.events is not None and adopt.configuration_set not in (None, domain.names.configuration_set):
        problems.append(
            f"events: the live identity's default configuration set is {adopt.configuration_set!r}, and this "
            f"stack's events would replace it with {domain.names.configuration_set!r} (whose event destination "
            "publishes to the stack's topic): keep the live one with [domain.events] enabled = false, or take the "
            "stack's with adopt.configuration_set removed (the plan then shows the identity's change)"
        )
    return problems


@dataclass(frozen=True)
class ManagedRecord:
    """A record set a domain's stack writes: what it is for, its value (TXT unquoted), its TTL."""

    purpose: str
    value: str
    ttl: int


def managed_records(domain: Domain, dkim_tokens: tuple[str, ...] = ()) -> dict[str, ManagedRecord]:
    """The record sets the stack of ``domain`` writes, by ``"<name> <TYPE>"``.

    The DKIM CNAMEs are named by their tokens, so they are listed only when ``dkim_tokens`` are given.
    """
    target = dkim_target_for_region(domain.ses_region)
    records = {
        f"{dkim_record_name(token, domain.name)} CNAME":
            ManagedRecord(f"DKIM key {index + 1}", dkim_record_value(token, target), domain.dkim_ttl)
        for index, token in enumerate(dkim_tokens)
    }
    if domain.dmarc is not None:
        records[f"{DmarcPolicy.record_name(domain.name)} TXT"] = \
            ManagedRecord("DMARC", domain.dmarc.render(), domain.record_ttl)
    if domain.mail_from_setting is not None:
        mail_from = domain.mail_from_setting.domain(domain.name)
        records[f"{mail_from} MX"] = \
            ManagedRecord("MAIL FROM MX", domain.mail_from_setting.mx_value(domain.ses_region), domain.record_ttl)
        records[f"{mail_from} TXT"] = ManagedRecord("MAIL FROM SPF", SPF_RECORD, domain.record_ttl)
    return records


def _adoption_problems(domain: Domain, adopt: Adoption) -> list[str]:
    """The ``[domain.adopt]`` facts against the rest of the domain's config."""
    problems = []
    if adopt.zone_id is not None and domain.zone_id is not None:
        problems.append(f"zone_id: the zone {adopt.zone_id} is imported, but zone_id = \"{domain.zone_id}\" "
                        "adopts another one read-only: keep one")
    if adopt.records and adopt.zone_id is None and domain.zone_id is None:
        problems.append("records: listed, but no zone they are in (adopt.zone_id or zone_id): a zone this stack "
                        "creates holds none yet")
    if adopt.mail_from and domain.mail_from is None:
        problems.append("mail_from: true, but this domain has mail_from = false, so its stack does not manage "
                        "MAIL FROM: remove adopt.mail_from, or set mail_from")
    managed = managed_records(domain, adopt.dkim_tokens)
    strangers = [entry for entry in adopt.records if entry not in managed]
    if strangers:
        problems.append(
            f"records: {', '.join(map(repr, strangers))} not managed by this domain's stack (it manages "
            f"{', '.join(map(repr, managed))}): remove them; records the stack does not manage are never imported"
        )
    return problems


def ancestors(name: str) -> list[str]:
    """The names above ``name`` that can be domains (two labels or more), nearest first."""
    labels = name.split(".")
    return [".".join(labels[index:]) for index in range(1, len(labels) - 1)]


def _tag_count_problems(table: DomainTable, domain: Domain, defaults: Defaults) -> list[str]:
    """Tags per resource once merged: a domain's own, ``[defaults]``'s and the stack's own (``STACK_TAG_KEYS``).

    The state stack's bucket and table get fewer (``[defaults]``'s and ``managed-by``), within the
    SES identity's limit checked here for every domain.
    """
    own, inherited = set(table.tags), set(defaults.tags) - set(table.tags)
    # A stack taking over a setup (``adopt``) adds none of its own (``stacks/domain_stack.py``).
    added = set() if domain.adopt is not None else set(STACK_TAG_KEYS) - own - inherited
    count = len(own) + len(inherited) + len(added)
    if domain.zone_id is None:
        resource, limit = "its hosted zone", HOSTED_ZONE_TAG_LIMIT
        allows = f"the {limit} Route 53 allows on a hosted zone"
    else:
        resource, limit = "its SES identity", RESOURCE_TAG_LIMIT
        allows = f"the {limit} SES allows on an identity"
    if count <= limit:
        return []
    return [
        f"tags: {resource} would get {count} tags ({len(own)} of its own, {len(inherited)} from [defaults] tags, "
        f"{len(added)} every domain stack adds: {', '.join(STACK_TAG_KEYS)}), over {allows}: use fewer tags"
    ]


def _describe(error: ValidationError, raw: dict[str, Any], file: Path) -> str:
    """One line per problem: file, domain (by name when it has one), key, and what is wrong."""
    lines = []
    for item in error.errors(include_url=False):
        location = list(item["loc"])
        where = f"{file}:"
        if location[:1] == ["domain"] and len(location) > 1 and isinstance(location[1], int):
            where += f" domain {_domain_label(raw, location[1])}:"
            location = location[2:]
        key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location).lstrip(".")
        lines.append(f"{where} {key + ': ' if key else ''}{_message(item)}")
    return "\n".join(dict.fromkeys(lines))


def _domain_label(raw: dict[str, Any], index: int) -> str:
    entries = raw.get("domain")
    name = entries[index].get("name") if isinstance(entries, list) and isinstance(entries[index], dict) else None
    return repr(name) if isinstance(name, str) else f"#{index + 1}"


_TOML_TYPES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "a boolean"),  # before int: bool is an int in Python
    (int, "an integer"),
    (float, "a float"),
    (str, "a string"),
    (dict, "a table"),
    (list, "an array"),
    ((datetime.date, datetime.time), "a date or time"),
)
_TYPE_ERRORS = {
    "int_type": "an integer",
    "bool_type": "a boolean (true or false)",
    "string_type": "a string",
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "dataclass_type": "a table",
    "list_type": "an array",
    "tuple_type": "an array",
}


def _toml_type(value: Any) -> str:
    return next((name for kind, name in _TOML_TYPES if isinstance(value, kind)), type(value).__name__)


def _toml_value(text: str) -> Any:
    """``text`` read as a TOML value (``"300"`` -> 300), or None when it is not one."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return None


def _hint(kind: str, given: Any, expected: str = "") -> str:
    """How to write ``given`` as the type wanted, when that is clear. ``expected``: a literal's choices."""
    wanted = {"int_type": int, "bool_type": bool, "string_type": str}.get(kind)

    def fits(value: Any) -> bool:
        if kind == "literal_error":  # one of the choices, which pydantic lists as reprs
            return re.search(rf"(?<![\w']){re.escape(repr(value))}(?![\w'])", expected) is not None
        return type(value) is wanted

    if isinstance(given, str) and kind in ("int_type", "bool_type", "literal_error"):
        value = _toml_value(given)
        if value is not None and not isinstance(value, str) and fits(value):
            return f"; write {given.strip()}, without quotes"
        if kind == "bool_type":
            return "; write true or false, without quotes"
    if isinstance(given, float) and given.is_integer() and kind in ("int_type", "literal_error") \
            and fits(int(given)):
        return f"; write {int(given)}, without the decimal point"
    if wanted is str and isinstance(given, (bool, int, float)):
        text = str(given).lower() if isinstance(given, bool) else str(given)
        return f'; write "{text}", in quotes'
    return ""


def _message(item: Mapping[str, Any]) -> str:
    kind = item["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown key"
    if kind == "missing":
        return "missing required key"
    given = item["input"]
    if kind in _TYPE_ERRORS:
        hint = _hint(kind, given)
        if tuple(item["loc"]) == ("domain",) and isinstance(given, dict):
            hint = "; write [[domain]], with double brackets, for each domain"
        return f"Input should be {_TYPE_ERRORS[kind]} (got {given!r}, {_toml_type(given)}{hint})"
    message = item["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        return f"{message} (got {given!r}{_hint(kind, given, str(item.get('ctx', {}).get('expected', '')))})"
    if kind in ("greater_than_equal", "less_than_equal", "too_short", "too_long", "string_pattern_mismatch"):
        message += f" (got {given!r})"
    return message
