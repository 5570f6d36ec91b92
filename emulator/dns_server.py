"""Authoritative DNS server (UDP and TCP) for the emulated Route 53 public zones.

It answers from moto's live Route 53 state on every query, so a record created
through the API resolves at once. Behaviour follows an authoritative server:

* AA set on answers from a served zone; REFUSED for names outside every zone.
* The apex SOA and NS are the zone's record sets, as ``emulator.route53``
  creates them: Route 53's SOA text and the zone's own four name servers
  (what ``GetHostedZone`` lists as its delegation set).
* A CNAME answers queries for other types at its name, and is followed while
  the target stays inside a served zone.
* NXDOMAIN, or NOERROR with no answer (NODATA), carry the zone's SOA in the
  authority section with the negative-caching TTL of RFC 2308.
* Names that only own descendants (empty non-terminals) are NODATA, and
  wildcard records (``*.example.com``) are expanded as in RFC 4592.
* UDP answers larger than the client's buffer are sent truncated (TC).

Alias records have no values in moto and are not served; neither are
delegations to child zones (NS below the apex is returned like any record).
"""

import logging
import socket
import socketserver
from collections import defaultdict

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.query
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
from moto.route53.models import FakeZone, RecordSet

from emulator import zones

log = logging.getLogger(__name__)

MAX_CNAME_CHAIN = 8
UDP_DEFAULT_PAYLOAD = 512
TCP_IDLE_TIMEOUT = 10.0
DEFAULT_TTL = 300

Node = dict[str, list[RecordSet]]


def _node(zone: FakeZone, name: str) -> Node:
    """Record sets owned by ``name``, grouped by type."""
    node: Node = defaultdict(list)
    for rrset in zones.record_sets(zone, name):
        if rrset.type and zones.record_values(rrset):
            node[rrset.type].append(rrset)
    return node


def _exists(zone: FakeZone, name: str) -> bool:
    """Whether ``name`` owns records or has descendants (an empty non-terminal)."""
    return any(
        owner == name or owner.endswith(f".{name}")
        for owner in (zones.normalize(rrset.name) for rrset in list(zone.rrsets))
    )


def _wildcard(zone: FakeZone, name: str) -> Node:
    """The wildcard node at the closest encloser of a name that does not exist."""
    apex = zones.zone_name(zone)
    ancestor = name
    while ancestor != apex:
        ancestor = ancestor.partition(".")[2]
        if _exists(zone, ancestor):
            return _node(zone, f"*.{ancestor}")
    return {}


def _rrset(owner: dns.name.Name, rtype: str, rrsets: list[RecordSet]) -> dns.rrset.RRset:
    """One DNS RRset from the moto record sets (several if weighted, latency...)."""
    values = list(dict.fromkeys(value for rrset in rrsets for value in zones.record_values(rrset)))
    ttl = int(rrsets[0].ttl or DEFAULT_TTL)
    return dns.rrset.from_text_list(
        owner,
        ttl,
        dns.rdataclass.IN,
        rtype,
        values,
        origin=dns.name.root,
        relativize=False,
    )


def _rrsets(owner: dns.name.Name, node: Node) -> list[dns.rrset.RRset]:
    """DNS RRsets for a node, skipping (and logging) values dnspython cannot parse."""
    result = []
    for rtype, rrsets in node.items():
        try:
            result.append(_rrset(owner, rtype, rrsets))
        except (dns.exception.DNSException, ValueError) as error:
            log.warning("skipping unparsable %s %s record: %s", owner, rtype, error)
    return result


def _negative(response: dns.message.Message, zone: FakeZone, rcode: dns.rcode.Rcode) -> None:
    """NXDOMAIN or NODATA: the SOA goes in the authority section."""
    response.set_rcode(rcode)
    soa_rrsets = _node(zone, zone.name).get("SOA")
    if not soa_rrsets:
        return
    soa = _rrset(dns.name.from_text(zones.zone_name(zone)), "SOA", soa_rrsets)
    soa.update_ttl(min(soa.ttl, soa[0].minimum))
    response.authority.append(soa)


def _answer(
    response: dns.message.Message,
    zone: FakeZone,
    qname: dns.name.Name,
    qtype: dns.rdatatype.RdataType,
    depth: int = 0,
) -> None:
    name = zones.normalize(qname.to_text())
    node = _node(zone, name)
    if not node and not _exists(zone, name):
        node = _wildcard(zone, name)
        if not node:
            _negative(response, zone, dns.rcode.NXDOMAIN)
            return
    type_name = dns.rdatatype.to_text(qtype)
    if qtype == dns.rdatatype.ANY:
        response.answer.extend(_rrsets(qname, node))
    elif type_name in node:
        response.answer.extend(_rrsets(qname, {type_name: node[type_name]}))
    elif "CNAME" in node:
        cname = _rrsets(qname, {"CNAME": node["CNAME"]})
        response.answer.extend(cname)
        if not cname or depth >= MAX_CNAME_CHAIN:
            return
        target = cname[0][0].target
        target_zone = zones.find_zone(target.to_text())
        if target_zone is not None:
            _answer(response, target_zone, target, qtype, depth + 1)
    else:
        _negative(response, zone, dns.rcode.NOERROR)


def resolve(query: dns.message.Message) -> dns.message.Message:
    """The authoritative response to one query."""
    response = dns.message.make_response(query)
    if query.opcode() != dns.opcode.QUERY:
        response.set_rcode(dns.rcode.NOTIMP)
        return response
    if len(query.question) != 1:
        response.set_rcode(dns.rcode.FORMERR)
        return response
    question = query.question[0]
    zone = zones.find_zone(question.name.to_text())
    if zone is None or question.rdclass not in (dns.rdataclass.IN, dns.rdataclass.ANY):
        response.set_rcode(dns.rcode.REFUSED)
        return response
    response.flags |= dns.flags.AA
    _answer(response, zone, question.name, question.rdtype)
    return response


def _udp_reply(data: bytes) -> bytes | None:
    """Wire answer fitting the client's UDP buffer; None for unparsable queries."""
    try:
        query = dns.message.from_wire(data)
    except dns.exception.DNSException:
        return None
    response = resolve(query)
    limit = max(query.payload, UDP_DEFAULT_PAYLOAD) if query.edns >= 0 else UDP_DEFAULT_PAYLOAD
    try:
        return response.to_wire(max_size=limit)
    except dns.exception.TooBig:
        truncated = dns.message.make_response(query)
        truncated.flags |= dns.flags.TC | (response.flags & dns.flags.AA)
        truncated.set_rcode(response.rcode())
        return truncated.to_wire()


class _UDPHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        data, sock = self.request
        reply = _udp_reply(data)
        if reply is not None:
            sock.sendto(reply, self.client_address)


class _TCPHandler(socketserver.BaseRequestHandler):
    """Serves length-prefixed queries until the client closes or idles out."""

    def handle(self) -> None:
        self.request.settimeout(TCP_IDLE_TIMEOUT)
        while True:
            try:
                query, _ = dns.query.receive_tcp(self.request)
                dns.query.send_tcp(self.request, resolve(query))
            except (EOFError, OSError, dns.exception.DNSException):
                return


class _UDPServer(socketserver.ThreadingUDPServer):
    daemon_threads = True
    allow_reuse_address = True


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class DnsServer:
    """UDP and TCP listeners bound to the same port; ``emulator.server`` serves each in a thread."""

    def __init__(self, host: str, port: int):
        family = {"address_family": socket.AF_INET6 if ":" in host else socket.AF_INET}
        self.udp = type("UDPServer", (_UDPServer,), family)((host, port), _UDPHandler)
        self.port = self.udp.server_address[1]
        self.tcp = type("TCPServer", (_TCPServer,), family)((host, self.port), _TCPHandler)
