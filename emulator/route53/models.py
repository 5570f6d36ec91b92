"""Hosted zones and record changes with the rules Route 53 applies; ``install()`` puts them in moto.

moto 5.2's Route 53 accepts nearly any change: a CREATE of a name and type
that exists adds a second record set, a DELETE ignores the values it names,
TXT values need no quotes and A values need not be addresses, a CNAME may sit
at the apex or beside other records, a batch is applied up to its first
failure, a CallerReference can be reused, every zone gets the same four name
servers, the SOA value is the text of a Python dict and GetChange answers
INSYNC for any id. Real Route 53 refuses all of these, so a change that
passed locally could fail on its first real deploy.

``Route53Backend`` keeps moto's models (``FakeZone``, ``RecordSet``) and its
other operations, and replaces those:

* ``change_resource_record_sets`` checks each change against the zone as the
  earlier changes of the batch leave it, collects every refusal, and applies
  the batch only if there is none (it is transactional on Route 53);
* ``create_hosted_zone`` refuses a used CallerReference and invalid names,
  gives the zone its own four name servers and a real SOA;
* changes are recorded, so ``get_change`` knows theirs and only theirs;
* a zone given a VPC is private (whatever ``PrivateZone`` says, as Route 53
  decides) and has the placeholder name servers of every private zone;
* ``ListResourceRecordSets`` and ``ListHostedZonesByName`` list in Route 53's
  order (names with their labels reversed and a trailing dot, compared as
  ASCII, so ``a-b`` comes before ``a``), start where the caller says and
  page with Route 53's ``Next...`` values; ``ListHostedZones`` pages with
  zone ids as markers.

Names are stored as Route 53 stores and lists them: lower case, with the
trailing dot, and every character other than a-z, 0-9, ``-`` and ``_`` as a
``\\ooo`` octal escape code (``*.example.com`` is ``\\052.example.com.``).
Error codes, HTTP statuses and messages are Route 53's own, as real deploys
quote them; the few found nowhere (noted at ``value_problem``) follow the
pattern of the others.
"""

from __future__ import annotations

import ipaddress
import re
import string
import threading
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any, TypeVar, cast

import dns.exception
import dns.name
import dns.rdata
import dns.rdataclass
import dns.tokenizer
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random
from moto.route53 import urls as moto_urls
from moto.route53.exceptions import ConflictingDomainExists, InvalidActionValue
from moto.route53.models import (
    DelegationSet,
    FakeZone,
    HostedZoneIdentifier,
    RecordSet,
    Route53Backend as MotoRoute53Backend,
    create_route53_caller_reference,
    route53_backends,
)
from moto.route53.utils import validate_domain_name

from emulator import zones
from emulator.route53.exceptions import (
    HostedZoneAlreadyExists,
    InvalidChangeBatch,
    InvalidDomainName,
    InvalidInput,
    NoSuchChange,
)

NS_TTL = 172800
SOA_TTL = 900
# The SOA Route 53 writes in every zone: its first name server, its hostmaster, serial 1 and these timers.
SOA_HOSTMASTER = "awsdns-hostmaster.amazon.com."
SOA_TIMERS = "1 7200 900 1209600 86400"
NAME_SERVER_TLDS = ("com", "net", "org", "co.uk")
# The first set is the Route 53 documentation's sample (ns-2048.awsdns-64.com to ns-2051.awsdns-67.co.uk);
# each later set counts on from it, so no two zones of an account share a name server.
FIRST_NAME_SERVER = 2048
# "When you create a private hosted zone, the following name servers are used" (Route 53 developer
# guide, Working with private hosted zones): the same four for every private zone; the last is its SOA's.
PRIVATE_NAME_SERVERS = ["ns-0.awsdns-00.com", "ns-512.awsdns-00.net", "ns-1024.awsdns-00.org",
                        "ns-1536.awsdns-00.co.uk"]
PRIVATE_SOA_NAME_SERVER = PRIVATE_NAME_SERVERS[-1]
# Page sizes: "ListResourceRecordSets returns up to 300 resource record sets at a time", the hosted
# zone lists "up to 100 items in each response"; a larger MaxItems gets these.
MAX_RECORD_SETS_PER_PAGE = 300
MAX_ZONES_PER_PAGE = 100
# The characters Route 53 lists as themselves in a name; it lists any other as an escape code.
_PLAIN_NAME_CHARACTERS = frozenset(string.ascii_lowercase + string.digits + "-_")
MAX_TTL = 2_147_483_647
MAX_CHARACTER_STRING = 255
ACTIONS = ("CREATE", "DELETE", "UPSERT")
CHANGE_ID_ALPHABET = string.ascii_uppercase + string.digits
CHANGE_ID_LENGTH = 20
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")
_ANY_ESCAPE = re.compile(r"\\(?:[0-9]{3}|.)", re.DOTALL)
# One write at a time: a batch is checked against the zone it then replaces, a CallerReference
# is checked before it is taken.
_write_lock = threading.RLock()
T = TypeVar("T")


def name_servers(index: int) -> list[str]:
    """The ``index``-th set of four name servers: one per TLD, awsdns style, the documentation's sample first."""
    first = 4 * index
    return [
        f"ns-{FIRST_NAME_SERVER + first + k}.awsdns-{64 + (first + k) % 36:02d}.{tld}"
        for k, tld in enumerate(NAME_SERVER_TLDS)
    ]


def soa_value(primary_name_server: str) -> str:
    return f"{primary_name_server.rstrip('.')}. {SOA_HOSTMASTER} {SOA_TIMERS}"


def canonical_name(text: str) -> str:
    """A name as Route 53 stores it: lower case (escape codes too), with the trailing dot."""
    return text.lower() if text.endswith(".") else f"{text.lower()}."


def _unescaped(text: str) -> str:
    """Route 53's escape codes (``\\052`` for ``*``) decoded; they are octal, not RFC 1035's decimal."""
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match[1], 8)), text)


def name_key(text: str) -> str:
    """A name for comparisons: escape codes decoded, lower case, trailing dot."""
    return canonical_name(_unescaped(text))


def _escaped_label(label: str) -> str:
    octets = bytearray()
    for character in _unescaped(label).lower():
        octets += bytes([ord(character)]) if ord(character) < 256 else character.encode()
    return "".join(chr(octet) if chr(octet) in _PLAIN_NAME_CHARACTERS else f"\\{octet:03o}" for octet in octets)


def stored_name(text: str) -> str:
    """A name as Route 53 stores and lists it: escape codes for every character but a-z 0-9 - _, trailing dot.

    "If the domain name includes any characters other than a to z, 0 to 9, - (hyphen), or _
    (underscore), Route 53 API actions return the characters as escape codes in the format
    \\three-digit octal code" (Route 53 developer guide, DNS domain name format), whether they
    were given as characters or as escape codes; letters are stored lower case. Labels are
    split at the dots of ``text``: a dot inside a label is given as ``\\056``.
    """
    relative = text[:-1] if text.endswith(".") else text
    return "".join(f"{_escaped_label(label)}." for label in relative.split(".")) if relative else "."


def list_order(name: str) -> str:
    """The key Route 53 lists names by: the stored name with its labels reversed and a trailing dot.

    "com.example.www." — the trailing dot puts ``a-b.example.com`` (``com.example.a-b.``) before
    ``a.example.com`` (``com.example.a.``), as ``-`` sorts before ``.`` in ASCII.
    """
    labels = stored_name(name).split(".")[:-1]
    return "".join(f"{label}." for label in reversed(labels))


class BadName(Exception):
    """A name Route 53 cannot parse; ``str()`` is its ``FATAL problem: ...`` message."""

    def __init__(self, problem: str, text: str):
        super().__init__(f"FATAL problem: {problem} encountered with '{text}'")


def check_name(text: str) -> None:
    """Label and name lengths and empty labels, as Route 53 checks them (dnspython counts)."""
    relative = text[:-1] if text.endswith(".") else text
    labels = relative.split(".") if relative else []
    octets = [_unescaped(label).encode() for label in labels]
    try:
        dns.name.Name([*octets, b""])
    except dns.name.EmptyLabel:
        raise BadName("DomainLabelEmpty (Domain label is empty)", text) from None
    except dns.name.LabelTooLong:
        long_label = next(label for label, data in zip(labels, octets, strict=True) if len(data) > 63)
        raise BadName("DomainLabelTooLong (Domain label is too long)", long_label) from None
    except dns.name.NameTooLong:
        raise BadName("DomainNameTooLong (Domain name is too long)", text) from None


# Record values


def _fatal(problem: str, value: str) -> str:
    return f"Invalid Resource Record: 'FATAL problem: {problem} encountered with '{value}''"


def _character_strings_problem(value: str) -> str | None:
    """TXT and SPF: one or more quoted strings, each at most 255 characters once unescaped."""
    tokenizer = dns.tokenizer.Tokenizer(value)
    strings = 0
    try:
        while not (token := tokenizer.get()).is_eol_or_eof():
            if not token.is_quoted_string():
                return _fatal("InvalidCharacterString (Value should be enclosed in quotation marks)", value)
            if len(_ANY_ESCAPE.sub("x", token.value)) > MAX_CHARACTER_STRING:
                return _fatal("CharacterStringTooLong (Value is too long)", value)
            strings += 1
    except dns.exception.DNSException:  # an unterminated quote
        strings = 0
    if not strings:
        return _fatal("InvalidCharacterString (Value should be enclosed in quotation marks)", value)
    return None


def _domain_name_problem(value: str) -> str | None:
    if len(value.split()) != 1:
        return _fatal("RRDATANotSingleField (Value contains spaces)", value)
    try:
        check_name(value)
    except BadName as error:
        return f"Invalid Resource Record: '{error}'"
    return None


def value_problem(rtype: str, value: str) -> str | None:
    """Why Route 53 would refuse ``value`` for a record of type ``rtype``; None when it is fine.

    The A, TXT/SPF (quotes, length), MX (two fields) and name wordings are Route 53's own; those
    for AAAA, an MX priority, a name value with spaces and the other types follow their pattern.
    """
    if rtype == "A":
        try:
            ipaddress.IPv4Address(value)
        except ValueError:
            return _fatal("ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)", value)
        return None
    if rtype == "AAAA":
        try:
            ipaddress.IPv6Address(value)
        except ValueError:
            return _fatal("AAAARRDATAIllegalIPv6Address (Value is not a valid IPv6 address)", value)
        return None
    if rtype in ("TXT", "SPF"):
        return _character_strings_problem(value)
    if rtype == "MX":
        fields = value.split()
        if len(fields) != 2:
            return _fatal("MXRRDATANotTwoFields (MX record doesn't have 2 fields)", value)
        if not (fields[0].isdigit() and int(fields[0]) <= 65535):
            return _fatal("MXRRDATAIllegalPriority (Priority is not a number from 0 to 65535)", value)
        return _domain_name_problem(fields[1])
    if rtype in ("CNAME", "NS", "PTR"):
        return _domain_name_problem(value)
    try:
        dns.rdata.from_text(dns.rdataclass.IN, rtype, value, origin=dns.name.root)
    except (dns.exception.DNSException, ValueError) as error:
        return _fatal(f"{rtype}RRDATAIllegal ({error})", value)
    return None


def _value_keys(rtype: str, values: Iterable[str]) -> Counter[Hashable]:
    """Values compared as DNS data (so ``Mail.example.com`` is ``mail.example.com.``), in any order."""
    keys: Counter[Hashable] = Counter()
    for value in values:
        try:
            keys[dns.rdata.from_text(dns.rdataclass.IN, rtype, value, origin=dns.name.root)] += 1
        except (dns.exception.DNSException, ValueError):
            keys[value] += 1
    return keys


def _ttl(rrset: RecordSet) -> int | None:
    return None if rrset.ttl is None else int(rrset.ttl)


def _record_set(kwargs: dict[str, Any]) -> RecordSet:
    return RecordSet(kwargs)  # type: ignore[abstract]  # moto's models are instantiated so by moto itself


def _alias_key(alias: dict[str, Any] | None) -> tuple[str, str, bool] | None:
    if not alias:
        return None
    evaluate = str(alias.get("EvaluateTargetHealth", False)).lower() == "true"
    return str(alias.get("HostedZoneId", "")), name_key(str(alias.get("DNSName", ""))), evaluate


# Changes


@dataclass
class Change:
    """A change Route 53 accepted. The emulator's DNS server serves it at once: INSYNC from the start."""

    id: str
    comment: str | None = None
    submitted_at: datetime = field(default_factory=utcnow)

    def describe(self) -> dict[str, Any]:
        return {"Id": f"/change/{self.id}", "Status": "INSYNC", "SubmittedAt": self.submitted_at,
                "Comment": self.comment}


@dataclass
class ZoneDelegationSet:
    """A zone's own name servers; Route 53 answers them without an Id or CallerReference."""

    name_servers: list[str]
    id: str | None = None
    caller_reference: str | None = None


@dataclass
class _Proposed:
    """One change of a batch, its record set already normalized."""

    action: str
    rrset: RecordSet
    key: str
    described: str  # [name='...', type='...'] as Route 53 quotes it

    @classmethod
    def of(cls, change: dict[str, Any]) -> _Proposed:
        given = dict(change["ResourceRecordSet"])
        given["Name"] = stored_name(str(given.get("Name", "")))
        given["ResourceRecords"] = [record["Value"] for record in given.get("ResourceRecords") or []]
        rrset = _record_set(given)
        described = f"[name='{rrset.name}', type='{rrset.type}'"
        if rrset.set_identifier is not None:
            described += f", set-identifier='{rrset.set_identifier}'"
        return cls(change["Action"], rrset, name_key(rrset.name), described + "]")

    def same_set(self, other: RecordSet) -> bool:
        """Whether ``other`` is the record set this change names: name, type and set identifier."""
        return (name_key(other.name), other.type, other.set_identifier) == (
            self.key, self.rrset.type, self.rrset.set_identifier
        )

    def matches(self, current: RecordSet) -> bool:
        """Whether a DELETE names exactly the values of ``current``: TTL, values or alias target."""
        proposed = self.rrset
        return (
            _alias_key(proposed.alias_target) == _alias_key(current.alias_target)
            and _ttl(proposed) == _ttl(current)
            and _value_keys(str(proposed.type), zones.record_values(proposed))
            == _value_keys(str(current.type), zones.record_values(current))
        )


def _check_input(index: int, change: dict[str, Any]) -> None:
    """What Route 53 refuses as InvalidInput before looking at the zone: the request's own shape."""
    action = change.get("Action")
    if action not in ACTIONS:
        raise InvalidActionValue(str(action))
    rrset = change.get("ResourceRecordSet") or {}
    ttl = rrset.get("TTL")
    if ttl is not None and not 0 <= int(ttl) <= MAX_TTL:
        bound = "greater than or equal to 0" if int(ttl) < 0 else f"less than or equal to {MAX_TTL}"
        raise InvalidInput(
            f"1 validation error detected: Value '{ttl}' at 'changeBatch.changes.{index}.member."
            f"resourceRecordSet.tTL' failed to satisfy constraint: Member must have value {bound}"
        )
    if not ((ttl is not None and rrset.get("ResourceRecords"))
            or rrset.get("AliasTarget") or rrset.get("TrafficPolicyInstanceId")):
        raise InvalidInput(
            "Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], "
            f"or TrafficPolicyInstanceId], but found none in Change with [Action={action}, "
            f"Name={rrset.get('Name')}, Type={rrset.get('Type')}, SetIdentifier={rrset.get('SetIdentifier') or 'null'}]"
        )


def _check_record_name(change: dict[str, Any]) -> None:
    name = str(change["ResourceRecordSet"].get("Name", ""))
    validate_domain_name(name, code="InvalidChangeBatch")
    try:
        check_name(name)
    except BadName as error:
        raise InvalidChangeBatch(str(error)) from None


class _Batch:
    """A change batch checked against a working copy of the zone, as Route 53 validates it."""

    def __init__(self, zone: FakeZone):
        self.zone = zone
        self.apex = name_key(zone.name)
        self.rrsets = list(zone.rrsets)
        self.apex_types_before = self._apex_types()
        self.problems: list[str] = []

    def _apex_types(self) -> Counter[str]:
        return Counter(str(rrset.type) for rrset in self.rrsets if name_key(rrset.name) == self.apex)

    def apply(self, change: _Proposed) -> None:
        if change.key != self.apex and not change.key.endswith(f".{self.apex}"):
            self.problems.append(f"RRSet with DNS name {change.rrset.name} is not permitted in zone {self.zone.name}")
            return
        current = next((rrset for rrset in self.rrsets if change.same_set(rrset)), None)
        if change.action == "DELETE":
            self._delete(change, current)
            return
        rtype = str(change.rrset.type)
        problems = [p for value in zones.record_values(change.rrset) if (p := value_problem(rtype, value))]
        if problems:
            self.problems.extend(problems)
        elif change.action == "CREATE" and current is not None:
            self.problems.append(f"Tried to create resource record set {change.described} but it already exists")
        elif not self._cname_conflict(change, current):
            self.rrsets = [rrset for rrset in self.rrsets if rrset is not current] + [change.rrset]

    def _delete(self, change: _Proposed, current: RecordSet | None) -> None:
        if current is None:
            self.problems.append(f"Tried to delete resource record set {change.described} but it was not found")
        elif not change.matches(current):
            self.problems.append(
                f"Tried to delete resource record set {change.described} "
                "but the values provided do not match the current values"
            )
        else:
            self.rrsets = [rrset for rrset in self.rrsets if rrset is not current]

    def _cname_conflict(self, change: _Proposed, current: RecordSet | None) -> bool:
        """RFC 1034: a CNAME is alone at its name, so never at the apex (which has NS and SOA)."""
        rtype, name, zone = change.rrset.type, change.rrset.name, self.zone.name
        others = {rrset.type for rrset in self.rrsets if rrset is not current and name_key(rrset.name) == change.key}
        if rtype == "CNAME" and change.key == self.apex:
            self.problems.append(f"RRSet of type CNAME with DNS name {name} is not permitted at apex in zone {zone}")
        elif rtype == "CNAME" and others - {"CNAME"}:
            self.problems.append(
                f"RRSet of type CNAME with DNS name {name} is not permitted as it conflicts "
                f"with other records with the same DNS name in zone {zone}"
            )
        elif rtype != "CNAME" and "CNAME" in others:
            self.problems.append(
                f"RRSet of type {rtype} with DNS name {name} is not permitted because a conflicting "
                f"RRSet of type CNAME with the same DNS name already exists in zone {zone}"
            )
        else:
            return False
        return True

    def finish(self) -> None:
        """The zone keeps its own NS and SOA (a DELETE of them is allowed only with their replacement)."""
        before, after = self.apex_types_before, self._apex_types()
        if before["NS"] and not after["NS"]:
            self.problems.append("A HostedZone must contain at least one NS record for the zone itself.")
        if before["SOA"] and not after["SOA"]:
            self.problems.append("A HostedZone must contain exactly one SOA record.")
        if self.problems:
            raise InvalidChangeBatch(self.problems)
        self.zone.rrsets = self.rrsets  # one assignment: readers (the DNS server) see all of it or none


class Route53Backend(MotoRoute53Backend):
    """moto's Route 53 with Route 53's rules for zones and record changes; see the module docstring."""

    def __init__(self, region_name: str, account_id: str):
        super().__init__(region_name, account_id)
        self.changes: dict[str, Change] = {}
        # Route 53 never accepts a CallerReference twice, even once its zone is deleted.
        self.caller_references: set[str] = set()
        self.name_server_sets = 0

    @property
    def _url_module(self) -> Any:
        """moto's Route 53 routes, answered by ``Route53Response`` (moto would look for ``emulator.route53.urls``)."""
        from emulator.route53.responses import Route53Response

        return SimpleNamespace(
            url_bases=moto_urls.url_bases,
            url_paths=dict.fromkeys(moto_urls.url_paths, Route53Response.dispatch),
        )

    # Changes

    def new_change(self, comment: str | None = None) -> Change:
        change_id = "C" + "".join(mock_random.choice(CHANGE_ID_ALPHABET) for _ in range(CHANGE_ID_LENGTH))
        change = self.changes[change_id] = Change(change_id, comment)
        return change

    def get_change(self, change_id: str) -> Change:
        change = self.changes.get(change_id.removeprefix("/change/"))
        if change is None:
            raise NoSuchChange(change_id)
        return change

    # Hosted zones

    def _new_name_servers(self) -> list[str]:
        with _write_lock:
            servers = name_servers(self.name_server_sets)
            self.name_server_sets += 1
        return servers

    def create_hosted_zone(
        self,
        name: str,
        private_zone: bool,
        caller_reference: str | None = None,
        vpcid: str | None = None,
        vpcregion: str | None = None,
        comment: str | None = None,
        delegation_set_id: str | None = None,
    ) -> FakeZone:
        validate_domain_name(name, code="InvalidDomainName")
        try:
            check_name(name)
        except BadName as error:
            raise InvalidDomainName(str(error)) from None
        apex = stored_name(name)
        if apex.count(".") < 2:
            raise InvalidDomainName(f"{name.rstrip('.')} is reserved by AWS!")
        if self._has_prev_conflicting_domain(apex, delegation_set_id):
            raise ConflictingDomainExists(apex, delegation_set_id)
        # A zone created with a VPC is private (Route 53 decides by the VPC; the Terraform provider sends
        # no PrivateZone), and a private zone needs its first VPC (the wording of this refusal is ours).
        private_zone = private_zone or bool(vpcid or vpcregion)
        if private_zone and not (vpcid and vpcregion):
            raise InvalidInput(
                "When you're creating a private hosted zone (when you specify true for PrivateZone), "
                "you must also specify values for VPCId and VPCRegion."
            )
        reusable = self.get_reusable_delegation_set(delegation_set_id) if delegation_set_id else None
        caller_reference = caller_reference or create_route53_caller_reference()
        with _write_lock:  # taken only by a zone that is created: a failed request may be retried with it
            if caller_reference in self.caller_references:
                raise HostedZoneAlreadyExists()
            self.caller_references.add(caller_reference)
            delegation_set: DelegationSet | ZoneDelegationSet
            if private_zone:
                delegation_set = ZoneDelegationSet(list(PRIVATE_NAME_SERVERS))
            else:
                delegation_set = reusable or ZoneDelegationSet(self._new_name_servers())
        zone_id = HostedZoneIdentifier(self.account_id, apex, delegation_set_id).generate(
            existing_ids=list(self.zones)
        )
        zone = FakeZone(  # type: ignore[abstract]  # as moto instantiates it
            apex, zone_id, private_zone=private_zone, caller_reference=caller_reference, comment=comment,
            delegation_set=cast(DelegationSet, delegation_set),
        )
        servers = delegation_set.name_servers
        soa_server = PRIVATE_SOA_NAME_SERVER if private_zone else servers[0]
        # The two record sets Route 53 writes in every new zone.
        zone.rrsets = [
            _record_set({"Name": apex, "Type": "NS", "TTL": NS_TTL,
                       "ResourceRecords": [f"{server.rstrip('.')}." for server in servers]}),
            _record_set({"Name": apex, "Type": "SOA", "TTL": SOA_TTL, "ResourceRecords": [soa_value(soa_server)]}),
        ]
        zone.add_vpc(vpcid, vpcregion)
        self.zones[zone_id] = zone
        return zone

    def create_reusable_delegation_set(
        self,
        caller_reference: str,
        delegation_set_id: str | None = None,
        hosted_zone_id: str | None = None,
    ) -> DelegationSet:
        """A set of its own name servers, or the zone's when ``hosted_zone_id`` is given (as Route 53)."""
        if hosted_zone_id:
            zone_set = self.get_hosted_zone(hosted_zone_id).delegation_set
            servers = list(zone_set.name_servers) if zone_set else self._new_name_servers()
        else:
            servers = self._new_name_servers()
        delegation_set = DelegationSet(caller_reference, servers, delegation_set_id)
        self.delegation_sets[delegation_set.id] = delegation_set
        return delegation_set

    def list_hosted_zones_page(
        self,
        marker: str | None,
        max_items: int,
        private_only: bool = False,
        delegation_set_id: str | None = None,
    ) -> tuple[list[FakeZone], FakeZone | None]:
        """ListHostedZones: one page of zones from the zone ``marker`` names, and the next zone.

        Route 53 documents no order for this list; here it is the order of creation.

        ``private_only`` is ``HostedZoneType=PrivateHostedZone``; ``delegation_set_id`` keeps the
        zones of that reusable delegation set.
        """
        listed = [
            zone for zone in list(self.zones.values())
            if (zone.private_zone or not private_only)
            and (delegation_set_id is None or getattr(zone.delegation_set, "id", None) == delegation_set_id)
        ]
        if marker:
            ids = [zone.resource_id for zone in listed]
            wanted = marker.removeprefix("/hostedzone/")
            if wanted not in ids:
                raise InvalidInput(f"Invalid marker: no hosted zone with ID {marker}")
            listed = listed[ids.index(wanted):]
        return _page(listed, max_items, MAX_ZONES_PER_PAGE)

    def list_hosted_zones_by_name_page(
        self, dns_name: str | None, hosted_zone_id: str | None, max_items: int
    ) -> tuple[list[FakeZone], FakeZone | None]:
        """ListHostedZonesByName: one page of zones in name order, from ``dns_name`` (and ``hosted_zone_id``).

        Zones sort by name with the labels reversed ("com.example.www."), then, for zones of the
        same name, by id, the pair the ``NextDNSName`` and ``NextHostedZoneId`` of a page name.
        """
        if hosted_zone_id and not dns_name:
            raise InvalidInput("The input is not valid: HostedZoneId requires DNSName.")
        ordered = sorted(self.zones.values(), key=lambda zone: (list_order(zone.name), zone.resource_id))
        if dns_name:
            try:
                check_name(dns_name)
            except BadName as error:
                raise InvalidDomainName(str(error)) from None
            start = (list_order(dns_name), (hosted_zone_id or "").removeprefix("/hostedzone/"))
            ordered = [zone for zone in ordered if (list_order(zone.name), zone.resource_id) >= start]
        return _page(ordered, max_items, MAX_ZONES_PER_PAGE)

    # Record sets

    def list_resource_record_sets_page(
        self,
        zone_id: str,
        start_name: str | None,
        start_type: str | None,
        start_identifier: str | None,
        max_items: int,
    ) -> tuple[list[RecordSet], RecordSet | None]:
        """ListResourceRecordSets: one page of the zone's record sets in Route 53's order, and the next one.

        Record sets sort by name (``list_order``), then type, then set identifier. With
        ``start_name`` the page begins at the first one whose name is greater than or equal
        to it and, for that name, whose type is greater than or equal to ``start_type``:
        asked for one name and type, the first record set listed is that one if it exists.
        """
        if start_type and not start_name:
            raise InvalidInput("The input is not valid")
        zone = self.get_hosted_zone(zone_id)
        ordered = sorted(zone.rrsets, key=_record_order)
        if start_name:
            start = (list_order(start_name), start_type or "", start_identifier or "")
            ordered = [rrset for rrset in ordered if _record_order(rrset) >= start]
        return _page(ordered, max_items, MAX_RECORD_SETS_PER_PAGE)

    def change_resource_record_sets(self, zoneid: str, change_list: list[dict[str, Any]]) -> None:
        """Apply the whole batch or, with the reasons Route 53 gives, none of it."""
        zone = self.get_hosted_zone(zoneid)
        for index, change in enumerate(change_list, start=1):
            _check_input(index, change)
        for change in change_list:
            _check_record_name(change)
        with _write_lock:
            batch = _Batch(zone)
            for change in change_list:
                batch.apply(_Proposed.of(change))
            batch.finish()


def _record_order(rrset: RecordSet) -> tuple[str, str, str]:
    return list_order(rrset.name), str(rrset.type), rrset.set_identifier or ""


def _page(items: list[T], max_items: int, most: int) -> tuple[list[T], T | None]:
    """The first ``max_items`` (at most ``most``) of ``items``, and the item after them, if any."""
    size = min(max_items, most)
    return items[:size], (items[size] if len(items) > size else None)


def install() -> None:
    """Have moto create this backend for every account from now on.

    The ``BackendDict`` stays moto's own, so ``/moto-api/reset``, moto's
    routing and ``emulator.zones`` all see the emulator's backends.
    """
    route53_backends.backend = Route53Backend
