"""``adopt DOMAIN [--write]``: take over a setup made by hand (in the console) without touching it.

Finds, through the AWS APIs, what of a configured domain's stack already exists: the public
hosted zone of that name (or a parent zone holding the domain), the SES v2 identity in the
domain's SES region with its DKIM keys, its MAIL FROM attributes, and the record sets the
stack manages, each read by its own name and type (no other record of the zone is read).
Prints what the first plan will do with each; ``--write`` records the facts in the config
file as ``[domain.adopt]`` (comments and layout kept), so the synth imports them. Nothing is
ever written to AWS. What cannot be taken over as the config stands is refused, with nothing
written, saying how to make the config match.

``existing_unmanaged`` is the same discovery against a stack's state: what exists in AWS that
the state does not hold and the config does not adopt (a killed first apply leaves that), so
``scripts/deploy`` and ``scripts/plan`` stop before Terraform creates a second zone.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modules.values import DKIM_TOKEN_COUNT, EVENT_DESTINATION_NAME, Adoption
from ops.aws import OpsError, client
from ops.zone import is_private, public_zones_named, table, zone_id_of, zones_named
from stacks.config import (
    Config,
    ConfigError,
    Domain,
    ancestors,
    config_path,
    load_config,
    managed_records,
    stacks_of,
)

ROUTE53_REGION = "us-east-1"  # Route 53 is global; its API lives here
EASY_DKIM_ORIGIN = "AWS_SES"
"""SigningAttributesOrigin of Easy DKIM. ``EXTERNAL`` is BYODKIM; ``AWS_SES_<REGION>`` is Deterministic
Easy DKIM (DEED): the identity signs with the keys of a parent identity in that region."""


@dataclass(frozen=True)
class Finding:
    """One resource the stack manages: what it is, its live value (None: not found), what the first plan does."""

    what: str
    name: str
    live: str | None
    plan: str


@dataclass
class Discovery:
    """What exists for a domain, and the ``Adoption`` facts that describe it."""

    domain: Domain
    facts: Adoption
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parent_zone_id: str | None = None
    """A parent zone holding the domain, to set as the domain's ``zone_id`` (adopted read-only)."""

    @property
    def imports(self) -> int:
        return sum(1 for finding in self.findings if finding.plan.startswith("import"))


def _name_servers(route53: Any, zone_id: str) -> str:
    return ", ".join(route53.get_hosted_zone(Id=zone_id).get("DelegationSet", {}).get("NameServers", []))


def _choose_zone(route53: Any, domain: Domain, zone_id: str | None) -> tuple[str | None, str | None]:
    """(the domain's own public zone to import, a parent public zone that holds it); both None: create."""
    zones = zones_named(route53, domain.name)
    public = public_zones_named(route53, domain.name)
    if zone_id is not None:
        if zone_id not in {zone_id_of(zone) for zone in public}:
            listed = ", ".join(zone_id_of(zone) for zone in public) or "none"
            raise OpsError(f"--zone-id {zone_id} is not a public hosted zone named {domain.name} "
                           f"(those are: {listed}); nothing written")
        return zone_id, None
    if len(public) > 1:
        servers = "; ".join(f"{zone_id_of(zone)} ({_name_servers(route53, zone_id_of(zone))})" for zone in public)
        raise OpsError(
            f"{len(public)} public hosted zones are named {domain.name}: {servers}. The registrar delegates to "
            f"the one whose name servers it lists (`dig NS {domain.name}` shows them): run again with "
            "--zone-id <that one>; nothing written"
        )
    if public:
        return zone_id_of(public[0]), None
    if zones:
        ids = ", ".join(zone_id_of(zone) for zone in zones)
        raise OpsError(
            f"the only hosted zone named {domain.name} is private ({ids}): it answers inside its VPCs only, and "
            "public mail needs a public zone. Nothing to take over: deploy to create a public zone, or create "
            "one in the console and run adopt again; nothing written"
        )
    for name in ancestors(domain.name):
        parents = public_zones_named(route53, name)
        if len(parents) > 1:
            ids = ", ".join(zone_id_of(zone) for zone in parents)
            raise OpsError(f"{len(parents)} public hosted zones are named {name}, the parent of {domain.name}: "
                           f"{ids}. Set zone_id = \"<the one the registrar uses>\" for {domain.name} in the "
                           "config, then run adopt again; nothing written")
        if parents:
            return None, zone_id_of(parents[0])
    return None, None


def _record_set(route53: Any, zone_id: str, name: str, type: str) -> dict[str, Any] | None:
    """The record set ``name``/``type`` of the zone, read alone (StartRecordName, MaxItems 1), or None."""
    page = route53.list_resource_record_sets(HostedZoneId=zone_id, StartRecordName=name, StartRecordType=type,
                                             MaxItems="1")
    for rrset in page.get("ResourceRecordSets", []):
        live_name = rrset["Name"].rstrip(".").lower().replace("\\052", "*")
        if live_name == name.lower() and rrset["Type"] == type:
            return dict(rrset)
    return None


_TXT_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


_TXT_ESCAPE = re.compile(r"\\([0-7]{3}|.)")


def _txt_text(value: str) -> str:
    """A TXT record's text from Route 53's quoted form: ``"a" "b"`` -> ``ab``; ``\\"`` -> ``"``, and
    octal escapes (``\\073``) -> the character."""
    strings = _TXT_STRING.findall(value)
    if not strings:
        return value.strip()

    def unescape(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code, 8)) if len(code) == 3 else code

    return "".join(_TXT_ESCAPE.sub(unescape, string) for string in strings)


def _live_value(rrset: dict[str, Any]) -> str:
    values = [record["Value"] for record in rrset.get("ResourceRecords", [])]
    if rrset.get("AliasTarget"):
        values = [f"alias to {rrset['AliasTarget'].get('DNSName', '?')}"]
    if rrset["Type"] == "TXT":
        values = [_txt_text(value) for value in values]
    return " | ".join(values)


def _record_plan(rrset: dict[str, Any], want_value: str, want_ttl: int) -> str:
    changes = []
    if rrset.get("SetIdentifier") or rrset.get("AliasTarget"):
        kind = "an alias" if rrset.get("AliasTarget") else f"a routing policy (set {rrset['SetIdentifier']!r})"
        raise OpsError(f"{rrset['Name']} {rrset['Type']} is {kind}; this project manages simple record sets "
                       "only: change it to a simple record in the console first; nothing written")
    if _live_value(rrset) != want_value:
        changes.append(f"value to {want_value!r}")
    if rrset.get("TTL") != want_ttl:
        changes.append(f"TTL {rrset.get('TTL')} to {want_ttl}")
    return "import, then update " + " and ".join(changes) if changes else "import"


def _tags_plan(kept: str, live: dict[str, str], domain: Domain) -> str:
    """``kept`` closed, and the tag update when the live tags are not the config's (a stack that adopts
    adds no tags of its own, so the config's are the domain's ``tags`` and ``[defaults]``'s)."""
    if live == domain.tags:
        return kept + ")"
    wanted = ", ".join(f"{key}={value}" for key, value in sorted(domain.tags.items())) or "none"
    return f"{kept}), then update tags to {wanted}"


def _key_length(bits: int) -> str:
    return f"RSA_{bits}_BIT"


def _identity(sesv2: Any, domain: Domain) -> dict[str, Any] | None:
    try:
        return dict(sesv2.get_email_identity(EmailIdentity=domain.name))
    except sesv2.exceptions.NotFoundException:
        return None


def _configuration_set(sesv2: Any, name: str) -> dict[str, Any] | None:
    try:
        return dict(sesv2.get_configuration_set(ConfigurationSetName=name))
    except sesv2.exceptions.NotFoundException:
        return None


def _has_destination(sesv2: Any, configuration_set: str) -> bool:
    destinations = sesv2.get_configuration_set_event_destinations(ConfigurationSetName=configuration_set)
    return any(d.get("Name") == EVENT_DESTINATION_NAME for d in destinations.get("EventDestinations", []))


def _sending_policy_arn(domain: Domain) -> str | None:
    """The ARN of the domain's sending policy (``domain.names.sending_policy``) where it exists, else None."""
    account = client("sts", domain.ses_region).get_caller_identity()["Account"]
    arn = f"arn:{domain.partition}:iam::{account}:policy/{domain.names.sending_policy}"
    iam = client("iam", domain.region)
    try:
        iam.get_policy(PolicyArn=arn)
    except iam.exceptions.NoSuchEntityException:
        return None
    return arn


def _events_topic_and_queues(domain: Domain) -> tuple[str | None, tuple[str, ...]]:
    """The stack's events topic (ARN) and queues (URLs) that exist, left by a killed apply.

    Created again, SNS and SQS return what exists only where the settings and tags are the same
    (SNS refuses a topic "already exists with different tags"); imported, they converge.
    """
    if domain.events is None:
        return None, ()
    names = domain.names
    account = client("sts", domain.ses_region).get_caller_identity()["Account"]
    arn: str | None = f"arn:{domain.partition}:sns:{domain.ses_region}:{account}:{names.topic}"
    sns = client("sns", domain.ses_region)
    try:
        sns.get_topic_attributes(TopicArn=arn)
    except sns.exceptions.NotFoundException:
        arn = None
    queues: list[str] = []
    if domain.events.queue:
        from botocore.exceptions import ClientError

        sqs = client("sqs", domain.ses_region)
        for name in (names.dead_letter_queue, names.queue):
            try:
                queues.append(str(sqs.get_queue_url(QueueName=name)["QueueUrl"]))
            except ClientError as error:  # the code depends on the protocol (query or JSON)
                if error.response.get("Error", {}).get("Code") not in (
                        "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue"):
                    raise
    return arn, tuple(queues)


def _check_identity(identity: dict[str, Any], domain: Domain) -> None:
    """Refuse what the stack cannot take over as configured: BYODKIM, another key length, no DKIM."""
    if identity.get("IdentityType") != "DOMAIN":
        raise OpsError(f"the SES identity {domain.name} in {domain.ses_region} is of type "
                       f"{identity.get('IdentityType')}, not DOMAIN; nothing written")
    dkim = identity.get("DkimAttributes") or {}
    origin = dkim.get("SigningAttributesOrigin", EASY_DKIM_ORIGIN)
    if origin.startswith(EASY_DKIM_ORIGIN + "_"):
        raise OpsError(
            f"the SES identity {domain.name} in {domain.ses_region} signs with the Easy DKIM keys of a parent "
            f"identity in another region (Deterministic Easy DKIM, SigningAttributesOrigin {origin}); its DKIM "
            "CNAMEs belong to that parent, and this project manages an identity's own Easy DKIM keys only. "
            "Take over the parent identity's domain instead, or switch this identity to its own Easy DKIM keys "
            "in the SES console first; nothing written"
        )
    if origin != EASY_DKIM_ORIGIN:
        raise OpsError(
            f"the SES identity {domain.name} in {domain.ses_region} signs with its own key (BYODKIM, "
            f"SigningAttributesOrigin {origin}); this project manages Easy DKIM only, and taking it over would "
            "replace the key and its DNS record. Switch the identity to Easy DKIM in the SES console "
            "(DKIM > Edit > Easy DKIM) and publish its CNAMEs, then run adopt again; nothing written"
        )
    want = _key_length(domain.dkim_key_length)
    live = dkim.get("NextSigningKeyLength") or dkim.get("CurrentSigningKeyLength")
    if live is not None and live != want:
        bits = live.removeprefix("RSA_").removesuffix("_BIT")
        raise OpsError(
            f"the SES identity {domain.name} in {domain.ses_region} uses Easy DKIM {live}, but the config says "
            f"dkim_key_length = {domain.dkim_key_length} ({want}): set dkim_key_length = {bits} for "
            f"{domain.name} in the config to take it over as it is (change the length later, with a plan to "
            "review); nothing written"
        )
    tokens = dkim.get("Tokens") or []
    if len(tokens) != DKIM_TOKEN_COUNT:
        raise OpsError(f"the SES identity {domain.name} in {domain.ses_region} has {len(tokens)} DKIM tokens, "
                       f"not {DKIM_TOKEN_COUNT}; nothing written")


def discover(domain: Domain, *, zone_id: str | None = None) -> Discovery:
    """What exists in AWS for ``domain``'s stack. Reads only; raises OpsError for what cannot be taken over."""
    route53 = client("route53", ROUTE53_REGION)
    sesv2 = client("sesv2", domain.ses_region)
    notes: list[str] = []
    findings: list[Finding] = []

    # The zone.
    own_zone, parent = (None, None) if domain.zone_id else _choose_zone(route53, domain, zone_id)
    comment: str | None = None
    delegation_set: str | None = None
    if domain.zone_id is not None:
        zone = route53.get_hosted_zone(Id=domain.zone_id)["HostedZone"]
        findings.append(Finding("hosted zone", zone["Name"].rstrip("."), domain.zone_id,
                                "read only (zone_id in the config)"))
        if is_private(zone):
            raise OpsError(f"zone_id {domain.zone_id} is a private hosted zone: public mail needs a public one; "
                           "nothing written")
    elif own_zone is not None:
        answer = route53.get_hosted_zone(Id=own_zone)
        comment = answer["HostedZone"].get("Config", {}).get("Comment", "")
        delegation = answer.get("DelegationSet", {})
        servers = ", ".join(delegation.get("NameServers", []))
        if delegation.get("Id"):
            delegation_set = str(delegation["Id"]).rsplit("/", 1)[-1]
            notes.append(f"the zone uses the reusable delegation set {delegation_set}: kept (delegation_set_id)")
        tags = route53.list_tags_for_resource(ResourceType="hostedzone", ResourceId=own_zone)
        live_tags = {tag["Key"]: tag["Value"] for tag in tags.get("ResourceTagSet", {}).get("Tags", [])}
        findings.append(Finding("hosted zone", domain.name, f"{own_zone} ({servers})",
                                _tags_plan("import (same name servers; comment kept", live_tags, domain)))
    elif parent is not None:
        findings.append(Finding("hosted zone", domain.name, f"parent zone {parent}",
                                f"read only: records go in the parent zone (zone_id = \"{parent}\")"))
        notes.append(f"no zone is named {domain.name}, but the public zone {parent} above it holds its names: "
                     f"--write sets zone_id = \"{parent}\", so the stack writes its records there and creates "
                     "no zone")
    else:
        findings.append(Finding("hosted zone", domain.name, None, "create (new name servers: set them at the "
                                                                   "registrar)"))
    records_zone = domain.zone_id or own_zone or parent

    # The identity and its MAIL FROM.
    identity = _identity(sesv2, domain)
    tokens: tuple[str, ...] = ()
    configuration_set: str | None = None
    mail_from_found = False
    if identity is None:
        findings.append(Finding(f"SES identity ({domain.ses_region})", domain.name, None,
                                f"create (Easy DKIM {_key_length(domain.dkim_key_length)}, new tokens)"))
    else:
        _check_identity(identity, domain)
        dkim = identity.get("DkimAttributes") or {}
        tokens = tuple(dkim["Tokens"])
        status = identity.get("VerificationStatus", dkim.get("Status", "?"))
        configuration_set = identity.get("ConfigurationSetName")
        live = f"Easy DKIM {dkim.get('CurrentSigningKeyLength') or dkim.get('NextSigningKeyLength')}, {status}"
        plan = _tags_plan("import (DKIM keys and tokens kept" + (
            f", configuration set {configuration_set} kept" if configuration_set else ""),
            {tag["Key"]: tag["Value"] for tag in identity.get("Tags", [])}, domain)
        findings.append(Finding(f"SES identity ({domain.ses_region})", domain.name, live, plan))
        if status not in ("SUCCESS",):
            notes.append(f"the SES identity is {status}: adopted as it is. SES looks for its DKIM CNAMEs for "
                         "72 hours (PENDING), then gives up (FAILED); the stack publishes the CNAMEs, "
                         f"`python -m ops check-dns {domain.name}` shows whether they resolve, and a FAILED "
                         "identity's verification is restarted from the SES console")
        if not dkim.get("SigningEnabled", True):
            notes.append("DKIM signing is disabled on the identity: adopted as it is; the stack does not turn "
                         "it on")
        mail_from = (identity.get("MailFromAttributes") or {})
        live_domain = mail_from.get("MailFromDomain")
        setting = domain.mail_from_setting
        if setting is None:
            if live_domain:
                notes.append(f"the identity's MAIL FROM is {live_domain}, and the config has mail_from = false: "
                             "left as it is, not managed")
        elif live_domain:
            want = setting.domain(domain.name)
            if live_domain.rstrip(".").lower() != want:
                label = live_domain.rstrip(".").lower().removesuffix("." + domain.name)
                how = (f'set mail_from = "{label}" for {domain.name} in the config' if "." not in label
                       and label != live_domain.rstrip(".").lower()
                       else "change it in the SES console to a subdomain of the domain")
                raise OpsError(f"the identity's MAIL FROM domain is {live_domain}, but the config says {want}: "
                               f"{how} to take it over as it is; nothing written")
            behavior = mail_from.get("BehaviorOnMxFailure", "USE_DEFAULT_VALUE")
            plan = "import" if behavior == setting.behavior_on_mx_failure else \
                f"import, then update on-MX-failure to {setting.behavior_on_mx_failure}"
            findings.append(Finding("MAIL FROM", want, f"{live_domain}, {behavior}, "
                                    f"{mail_from.get('MailFromDomainStatus', '?')}", plan))
            mail_from_found = True
        else:
            findings.append(Finding("MAIL FROM", setting.domain(domain.name), None, "create"))

    # The record sets the stack manages, each read alone by name and type.
    found_records: list[str] = []
    for entry, wanted in managed_records(domain, tokens).items():
        name, _, type = entry.rpartition(" ")
        rrset = _record_set(route53, records_zone, name, type) if records_zone else None
        if rrset is None:
            findings.append(Finding(wanted.purpose, entry, None, "create"))
            continue
        findings.append(Finding(wanted.purpose, entry, _live_value(rrset), _record_plan(rrset, wanted.value,
                                                                                          wanted.ttl)))
        found_records.append(entry)
    if not tokens:
        notes.append("the DKIM CNAMEs are named by tokens SES issues when it creates the identity: created then")

    # What the stack adds beside the seed's setup, named for the stack: found where an apply of this stack
    # made it and was killed before it saved it (or where something of that name was made by hand).
    # Subscriptions and policies need no import: setting them again is the same.
    events_set = events_destination = False
    if domain.events is not None:
        name = domain.names.configuration_set
        events_set = _configuration_set(sesv2, name) is not None
        events_destination = events_set and _has_destination(sesv2, name)
        live = ("exists" + (f", with its event destination {EVENT_DESTINATION_NAME}" if events_destination else ""))
        findings.append(Finding(f"configuration set ({domain.ses_region})", name, live if events_set else None,
                                "import, then set as the config says" if events_set else "create"))
    topic_arn, queues = _events_topic_and_queues(domain)
    if topic_arn is not None:
        findings.append(Finding(f"events topic ({domain.ses_region})", domain.names.topic, topic_arn,
                                "import, then set as the config says"))
    for url in queues:
        findings.append(Finding(f"events queue ({domain.ses_region})", url.rsplit("/", 1)[-1], url,
                                "import, then set as the config says"))
    policy_arn = _sending_policy_arn(domain) if domain.sending_policy else None
    if domain.sending_policy:
        findings.append(Finding("IAM sending policy", domain.names.sending_policy, policy_arn,
                                "import, then set as the config says" if policy_arn else "create"))

    facts = Adoption(
        zone_id=own_zone,
        zone_comment=comment if own_zone else None,
        delegation_set_id=delegation_set,
        identity=identity is not None,
        dkim_tokens=tokens,
        # The stack's own set is the stack's to set (or, with events off, to unset): not a live choice to keep.
        configuration_set=configuration_set if configuration_set != domain.names.configuration_set else None,
        mail_from=mail_from_found,
        records=tuple(found_records),
        events_configuration_set=events_set,
        events_destination=events_destination,
        sending_policy=policy_arn,
        events_topic=topic_arn,
        events_queues=queues,
    )
    return Discovery(domain=domain, facts=facts, findings=findings, notes=notes, parent_zone_id=parent)


def render(discovery: Discovery) -> str:
    domain = discovery.domain
    rows = [(f.what, f.name, f.live if f.live is not None else "not found", f.plan) for f in discovery.findings]
    lines = [f"{domain.name} (stack {domain.stack_name}): what already exists in AWS", "",
             *table(("Resource", "Name", "Live", "First plan"), rows)]
    if discovery.notes:
        lines += ["", *[f"- {note}" for note in discovery.notes]]
    return "\n".join(lines) + "\n"


def adopt_table(discovery: Discovery) -> dict[str, Any]:
    """The ``[domain.adopt]`` table for ``discovery.facts``: only what was found."""
    facts = discovery.facts
    table: dict[str, Any] = {}
    if facts.zone_id is not None:
        table["zone_id"] = facts.zone_id
        table["zone_comment"] = facts.zone_comment or ""
        if facts.delegation_set_id:
            table["delegation_set_id"] = facts.delegation_set_id
    if facts.identity:
        table["identity"] = True
        table["dkim_tokens"] = list(facts.dkim_tokens)
        if facts.configuration_set:
            table["configuration_set"] = facts.configuration_set
        if facts.mail_from:
            table["mail_from"] = True
    if facts.records:
        table["records"] = list(facts.records)
    if facts.events_configuration_set:
        table["events_configuration_set"] = True
        if facts.events_destination:
            table["events_destination"] = True
    if facts.sending_policy:
        table["sending_policy"] = facts.sending_policy
    if facts.events_topic:
        table["events_topic"] = facts.events_topic
    if facts.events_queues:
        table["events_queues"] = list(facts.events_queues)
    return table


def write_adoption(discovery: Discovery, path: Path, *, today: datetime.date | None = None) -> str:
    """Record the facts in the config file at ``path`` (comments and layout kept); the new text.

    The new file is checked with the config loader before it replaces the old one (atomically), so a
    failure leaves the file as it was.
    """
    import tomlkit

    domain = discovery.domain
    path = path.resolve()  # a symlinked config: write the file it points at, keep the link
    text = path.read_text(encoding="utf-8")
    document = tomlkit.parse(text)
    entries = document.get("domain", [])
    entry = next((item for item in entries if str(item.get("name", "")).rstrip(".").lower() == domain.name), None)
    if entry is None:
        raise OpsError(f"{path}: no [[domain]] named {domain.name}; nothing written")
    if not isinstance(entry, tomlkit.items.Table):
        raise OpsError(f"{path}: the domain {domain.name} is an inline table; write it as a [[domain]] table "
                       "so [domain.adopt] can go below it; nothing written")
    if discovery.parent_zone_id is not None:
        entry["zone_id"] = discovery.parent_zone_id
    facts = adopt_table(discovery)
    if "adopt" in entry:
        del entry["adopt"]
    if facts:
        table = tomlkit.table()
        when = (today or datetime.date.today()).isoformat()
        table.comment(f"found in AWS by `python -m ops adopt {domain.name}` on {when}: imported, not created")
        for key, value in facts.items():
            if isinstance(value, list) and len(value) > 1:
                array = tomlkit.array()
                array.extend(value)
                array.multiline(True)
                table[key] = array
            else:
                table[key] = value
        entry["adopt"] = table
    new_text = tomlkit.dumps(document)
    _check_config_text(new_text, path)
    _replace(path, new_text)
    return new_text


def _check_config_text(text: str, path: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".toml", dir=path.parent, delete=False, encoding="utf-8") as file:
        file.write(text)
    try:
        load_config(file.name)
    except ConfigError as error:
        raise OpsError(f"the adopted config would not load, so {path} is left as it was: {error}") from None
    finally:
        os.unlink(file.name)


def _replace(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8",
                                     prefix=f".{path.name}.") as file:
        file.write(text)
    os.chmod(file.name, path.stat().st_mode & 0o777)
    os.replace(file.name, path)


def configured_domain(config: Config, name: str) -> Domain:
    for domain in config.domains:
        if domain.name == name:
            return domain
    listed = ", ".join(domain.name for domain in config.domains)
    raise OpsError(f"{name} is not in {config_path()} (listed: {listed}): add a [[domain]] for it first; "
                   "nothing written")


def _load() -> Config:
    try:
        return load_config()
    except ConfigError as error:
        raise OpsError(str(error)) from None


def _written(discovery: Discovery) -> str:
    """What ``write_adoption`` records for ``discovery``, in words."""
    what = ["[domain.adopt]"] if adopt_table(discovery) else []
    if discovery.parent_zone_id:
        what.append(f'zone_id = "{discovery.parent_zone_id}"')
    return " and ".join(what)


def adopt(name: str, *, write: bool, zone_id: str | None = None) -> str:
    """The ``adopt`` command: discover, print, and with ``write`` record the facts in the config file."""
    domain = configured_domain(_load(), name)
    if domain.stack is not None:
        raise OpsError(f"{domain.name} is in the shared stack {domain.stack!r}: {SHARED_CANNOT_ADOPT}")
    discovery = discover(domain, zone_id=zone_id)
    report = render(discovery)
    path = config_path()
    facts = adopt_table(discovery)
    if not write:
        return report + (f"\nNothing written. Run again with --write to record this as {_written(discovery)} in "
                         f"{path}.\n"
                         if facts or discovery.parent_zone_id else
                         "\nNothing exists yet: nothing to adopt; a deploy creates it all.\n")
    if not facts and discovery.parent_zone_id is None:
        return report + "\nNothing exists yet: nothing to adopt, nothing written.\n"
    write_adoption(discovery, path)
    return report + (f"\nWrote {_written(discovery)} to {path}. Review the plan: scripts/plan {domain.stack_name} "
                     f"(expect {discovery.imports} to import), then scripts/deploy {domain.stack_name}.\n")


# --- Against a stack's state: what exists but is neither in the state nor adopted. ---


def _state_ids(config: Config, domain: Domain, states: dict[str, list[Any]] | None = None) -> dict[str, set[str]]:
    """Resource type -> the ids of ``domain``'s resources in its stack's state in the bucket (empty when
    there is no state yet). In a shared stack, only the resources under the domain's construct.
    ``states``: each stack's resources as read before, so that a shared state is read once."""
    return _ids_of(_state_resources(config, domain.stack_name, {} if states is None else states), domain)


def _state_resources(config: Config, stack: str, states: dict[str, list[Any]]) -> list[Any]:
    """The resources of the stack's state in the bucket (none when there is no state yet), read once
    into ``states``."""
    if stack in states:
        return states[stack]
    from modules.state import state_key

    s3 = client("s3", config.state.region)
    try:
        body = s3.get_object(Bucket=config.state.bucket, Key=state_key(stack))["Body"].read()
    except (s3.exceptions.NoSuchKey, s3.exceptions.NoSuchBucket):
        states[stack] = []
        return []
    try:
        resources: list[Any] = json.loads(body).get("resources", [])
    except (ValueError, AttributeError):
        raise OpsError(f"s3://{config.state.bucket}/{state_key(stack)} is not a Terraform state file") from None
    states[stack] = resources
    return resources


def _ids_of(resources: list[Any], domain: Domain) -> dict[str, set[str]]:
    # A shared stack names each domain's resources "<key>_email_...": keys have no "_", so no prefix is another's.
    prefix = f"{domain.key}_" if domain.stack is not None else ""
    ids: dict[str, set[str]] = {}
    for resource in resources:
        if resource.get("mode") != "managed" or not resource.get("name", "").startswith(prefix):
            continue
        for instance in resource.get("instances", []):
            ids.setdefault(resource["type"], set()).add(str(instance.get("attributes", {}).get("id", "")))
    return ids


def existing_unmanaged(config: Config, domain: Domain, states: dict[str, list[Any]] | None = None) -> list[str]:
    """What exists in AWS for ``domain`` that its stack would try to create, and fail on or duplicate.

    Only what is neither in the stack's state nor in ``[domain.adopt]`` is looked up: a public
    zone of the domain's name when the stack would create one (a second zone gets other name
    servers), the SES identity (``AlreadyExistsException``), in a zone the stack did not
    create the DMARC, MX and SPF record sets (not overwritten there; the DKIM CNAMEs are), and
    the stack's configuration set, its event destination, topic, queues and sending policy.
    What the stack already manages is not checked, so a config change to it is never blocked.
    """
    state = _state_ids(config, domain, states)
    adopted = domain.adopt or Adoption()
    problems = []
    route53 = client("route53", ROUTE53_REGION)
    zone_in_state = bool(state.get("aws_route53_zone"))
    if domain.zone_id is None and adopted.zone_id is None and not zone_in_state:
        found = [zone_id_of(zone) for zone in public_zones_named(route53, domain.name)]
        if found:
            problems.append(f"hosted zone {', '.join(found)} ({domain.name})")
    identity_known = domain.name in state.get("aws_sesv2_email_identity", set()) or adopted.identity
    if not identity_known and _identity(client("sesv2", domain.ses_region), domain) is not None:
        problems.append(f"SES identity {domain.name} in {domain.ses_region}")
    zone = domain.zone_id or adopted.zone_id
    if zone is not None:  # a zone others' records may be in: the stack does not overwrite them
        for entry in managed_records(domain):
            name, _, type = entry.rpartition(" ")
            if adopted.has_record(name, type) or f"{zone}_{name}_{type}" in state.get("aws_route53_record", set()):
                continue
            if _record_set(route53, zone, name, type) is not None:
                problems.append(f"record {entry}")
    # What an apply of this stack made and was killed before saving: created again, it fails (AlreadyExists,
    # or, for the topic, "already exists with different tags").
    if domain.events is not None:
        name, sesv2 = domain.names.configuration_set, client("sesv2", domain.ses_region)
        set_known = adopted.events_configuration_set or name in state.get("aws_sesv2_configuration_set", set())
        if not set_known and _configuration_set(sesv2, name) is not None:
            problems.append(f"SES configuration set {name} in {domain.ses_region}")
        elif set_known and not adopted.events_destination and f"{name}|{EVENT_DESTINATION_NAME}" not in \
                state.get("aws_sesv2_configuration_set_event_destination", set()) and _has_destination(sesv2, name):
            problems.append(f"event destination {EVENT_DESTINATION_NAME} of the configuration set {name}")
        topic_known = adopted.events_topic is not None or bool(state.get("aws_sns_topic"))
        known_queues = set(adopted.events_queues) | state.get("aws_sqs_queue", set())
        # Looked up only when the stack lacks one: no AWS call for a stack that manages them all.
        if not topic_known or (domain.events.queue and len(known_queues) < 2):
            topic, queues = _events_topic_and_queues(domain)
            if topic is not None and not topic_known:
                problems.append(f"SNS topic {domain.names.topic} in {domain.ses_region}")
            problems += [f"SQS queue {url}" for url in queues if url not in known_queues]
    if domain.sending_policy and adopted.sending_policy is None and not state.get("aws_iam_policy") \
            and _sending_policy_arn(domain) is not None:
        problems.append(f"IAM policy {domain.names.sending_policy}")
    return problems


def check_existing(stacks: list[str], *, adopt_them: bool) -> tuple[int, str]:
    """``check-existing``: (exit status, report) for the given domain stacks.

    With ``adopt_them``, every stack is discovered before any config is written, so a refusal
    for one leaves the config as it was for all.
    """
    config = _load()
    by_stack = stacks_of(config.domains)
    states: dict[str, list[Any]] = {}
    strays = [line for stack in stacks if stack in by_stack and by_stack[stack][0].stack is not None
              if (line := _strays(config, stack, by_stack[stack], states))]
    if strays:
        return 1, "\n".join(strays)
    # `state`, or a name cdktf will refuse itself, has nothing to check.
    found = {(stack, domain.name): (domain, problems) for stack in stacks for domain in by_stack.get(stack, [])
             if (problems := existing_unmanaged(config, domain, states))}
    if adopt_them:
        shared = [f"{domain.name} (stack {domain.stack})" for domain, _ in found.values() if domain.stack is not None]
        if shared:
            return 1, f"nothing adopted: {', '.join(shared)}: {SHARED_CANNOT_ADOPT}"
        discoveries = [discover(domain) for domain, _ in found.values()]
        for discovery in discoveries:
            write_adoption(discovery, config_path())
        return 0, "\n".join(f"{render(discovery)}Adopted: wrote {_written(discovery)} to {config_path()}; "
                            f"the deploy imports them." for discovery in discoveries)
    lines = []
    for (stack, _), (domain, problems) in found.items():
        zone = any(problem.startswith("hosted zone") for problem in problems)
        consequence = "a second zone of that name, with other name servers" if zone else \
            "an apply that fails on them (already exists)"
        which = "" if domain.key == stack else f" (domain {domain.name})"
        take_over = SHARED_CANNOT_ADOPT if domain.stack else (
            f"Take them over: python -m ops adopt {domain.name} --write   (then review the plan and deploy again; "
            "or deploy with --adopt)")
        lines.append(
            f"stack {stack}{which}: these exist in AWS but not in its state, and the config does not adopt them: "
            f"{'; '.join(problems)}. Deploying now would make {consequence}. {take_over}"
        )
    return (1 if lines else 0), "\n".join(lines)


SHARED_CANNOT_ADOPT = (
    "a domain in a shared stack cannot adopt ([domain.adopt] needs a stack of its own, and moving a domain "
    "out of a shared stack whose state holds it would destroy it there): import each into the stack's state "
    "(terraform -chdir=<cdktf.out>/stacks/<stack> import <address> <id>, addresses <domain key>_email_...), or, "
    "if a killed apply made them and nothing uses them yet, delete them in AWS; README, \"Several domains in one "
    "stack\""
)


def _strays(config: Config, stack: str, members: list[Domain], states: dict[str, list[Any]]) -> str | None:
    """What a shared stack's state holds that belongs to none of its domains: a plan would destroy it.

    ``prevent_destroy`` leaves with a resource's configuration, so a domain removed from a shared stack (or a
    retired stack's state the shared stack's name took over) would lose its zone and identity. None when none.
    """
    prefixes = tuple(f"{domain.key}_" for domain in members)
    names = [str(resource.get("name", "")) for resource in _state_resources(config, stack, states)]
    # "<key>_email_..." in a shared stack: name the domain's key; any other name (a retired stack's) as it is.
    strays = sorted({name.split("_email_")[0] if "_email_" in name else name
                     for name in names if not name.startswith(prefixes)})
    if not strays:
        return None
    shown = ", ".join(strays[:5]) + (f" and {len(strays) - 5} more" if len(strays) > 5 else "")
    return (
        f"stack {stack}: its state holds resources of no domain of this stack in the config ({shown}); a plan "
        f"would destroy them (zone and identity too: prevent_destroy leaves with the config). "
        f"Put the domain back in the stack, or take its resources out of this state "
        f"first, AWS untouched: terraform -chdir=<cdktf.out>/stacks/{stack} state list | grep '\\.<key>_' | xargs "
        f"terraform -chdir=<cdktf.out>/stacks/{stack} state rm   (README, \"Several domains in one stack\")"
    )
