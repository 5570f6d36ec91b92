"""The config contract: ``domains.toml`` read, validated and typed.

Knows nothing of cdktf. Bad input raises ``ConfigError`` with one message that
names the file, the domain and the key of every problem found.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
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
    model_validator,
)

from modules.dns_names import normalize_domain
from modules.values import DmarcPolicy, MailFrom, check_label

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

_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
_ZONE_ID = re.compile(r"^[A-Z0-9]{1,32}$")
Tags = dict[str, str]


def _check_bucket(name: str) -> str:
    if not _BUCKET.match(name) or ".." in name or _IPV4.match(name):
        raise ValueError(
            f"{name!r} is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)"
        )
    return name


def _check_zone_id(zone_id: str) -> str:
    zone_id = zone_id.removeprefix("/hostedzone/")
    if not _ZONE_ID.match(zone_id):
        raise ValueError(f"{zone_id!r} is not a Route 53 hosted zone id (like 'Z0123456789ABCDEFGHIJ')")
    return zone_id


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Model):
    """The ``[defaults]`` table."""

    region: AwsRegion
    """Main infrastructure region: the stacks' main provider, and the state bucket's by default."""
    ses_region: SesRegion | None = None
    """Default SES region; ``region`` when unset."""
    tags: Tags = Field(default_factory=dict)
    """Added to every taggable resource."""


class StateTable(_Model):
    """The ``[state]`` table, as written."""

    bucket: Annotated[str, AfterValidator(_check_bucket)]
    region: S3Region | None = None
    lock: Literal["lockfile", "dynamodb"] = "lockfile"
    dynamodb_table: str | None = Field(default=None, min_length=3, max_length=255, pattern=r"^[A-Za-z0-9_.-]+$")
    kms_key_id: str | None = None

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


def _dmarc_table(value: Any) -> Any:
    """``false`` disables the record (None); ``true`` is the default policy; a table is a policy."""
    if value is False:
        return None
    if value is True:
        return DmarcPolicy()
    if not isinstance(value, (dict, DmarcPolicy)):
        raise ValueError(f"must be a [domain.dmarc] table, or false to disable DMARC (got {value!r})")
    return value


class DomainTable(_Model):
    """One ``[[domain]]`` table, as written. Defaults as in README.md's config reference."""

    name: Annotated[str, AfterValidator(normalize_domain)]
    ses_region: SesRegion | None = None
    zone_id: Annotated[str, AfterValidator(_check_zone_id)] | None = None
    mail_from: Annotated[str | None, BeforeValidator(_mail_from_label)] = "mail"
    mail_from_on_mx_failure: Literal["USE_DEFAULT_VALUE", "REJECT_MESSAGE"] = "USE_DEFAULT_VALUE"
    dkim_key_length: Literal[1024, 2048] = 2048
    dmarc: Annotated[DmarcPolicy | None, BeforeValidator(_dmarc_table)] = DmarcPolicy()
    protect: bool = True
    dkim_ttl: int = Field(default=1800, ge=0, le=2147483647)
    record_ttl: int = Field(default=300, ge=0, le=2147483647)
    tags: Tags = Field(default_factory=dict)


class Domain(DomainTable):
    """One domain with ``[defaults]`` applied: what a domain stack is built from."""

    region: str
    ses_region: str
    tags: Tags

    @property
    def stack_name(self) -> str:
        return stack_name_for(self.name)

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


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the config file. Raises ConfigError; never writes anything."""
    file = config_path(path)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: config file not found (set {CONFIG_ENV} to use another file)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read: {error}") from None
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
    """Apply ``[defaults]``. Every value was validated already, so the resolved models are
    built from the validated fields as they are (``model_construct``)."""
    defaults = parsed.defaults
    domains: dict[str, Domain] = {}
    problems: list[str] = []
    for table in parsed.domain:
        domain = Domain.model_construct(
            **{
                **dict(table),
                "region": defaults.region,
                "ses_region": table.ses_region or defaults.ses_region or defaults.region,
                "tags": {**defaults.tags, **table.tags},
            }
        )
        first = domains.get(domain.stack_name)
        if first is not None:
            why = "is listed twice" if first.name == domain.name else \
                f"has the same stack name {domain.stack_name!r} as {first.name!r}"
            problems.append(f"{file}: domain {domain.name!r}: name: {why}")
            continue
        domains[domain.stack_name] = domain
    if problems:
        raise ConfigError("\n".join(problems))
    state = State.model_construct(
        **{**dict(parsed.state), "region": parsed.state.region or defaults.region, "tags": dict(defaults.tags)}
    )
    return Config(state=state, domains=tuple(domains.values()))


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


def _message(item: Mapping[str, Any]) -> str:
    kind = item["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown key"
    if kind == "missing":
        return "missing required key"
    message = item["msg"].removeprefix("Value error, ")
    if kind in ("literal_error", "int_parsing", "string_type", "bool_type", "int_type", "greater_than_equal",
                "less_than_equal", "too_short", "string_pattern_mismatch", "dict_type", "list_type"):
        message += f" (got {item['input']!r})"
    return message
