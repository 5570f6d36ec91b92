"""Route 53's API throttling, as its developer guide describes it; off unless ``--route53-throttling``.

"Throttling for Amazon Route 53 API requests" (Route 53 developer guide):
Route 53 throttles per account with token buckets, each described by its
maximum capacity (the burst) and its refill rate (tokens per second, "you
can use refill tokens as they are added"). Two independent limits:

* **Request rate**, at two levels: every request takes a token from the
  account's bucket (all actions combined: 50, refilled at 10 a second) and one
  from its action's own bucket (50 and 10 for an action the guide does not
  list; ``CreateHostedZone`` 40 and 2, and the others of ``GUIDE_ACTION_BUCKETS``),
  "and is throttled if either bucket is empty".
* **Change throughput**: the actions that modify DNS data also take tokens
  from one bucket per account (1,500, refilled at 100 a second), by the
  changes they make: ``ChangeResourceRecordSets`` 1 per CREATE, 1 per DELETE,
  2 per UPSERT; ``CreateHostedZone``, ``DeleteHostedZone``,
  ``AssociateVPCWithHostedZone`` and ``DisassociateVPCFromHostedZone`` 2.

A request throttled by either limit is answered HTTP 400 with the code
``Throttling`` and the message ``Rate exceeded`` (the guide's words) and
takes no token from any bucket: it never reaches the backend, so it changes
nothing. Buckets start full and refill continuously.

``PriorRequestNotComplete``: "If Route 53 can't process a request before
the next request arrives, it will reject subsequent requests for the same
hosted zone" (Route 53 API reference, ChangeResourceRecordSets errors; HTTP
400 in the botocore model), with the message "The request was rejected
because Route 53 was still processing a prior request." (developer guide,
quotas). The emulator processes a change batch in well under a millisecond
and its changes are INSYNC at once, so a zone is "still processing" only
while another ``ChangeResourceRecordSets`` of the same zone is being applied
(two concurrent requests: the second is refused instead of waiting) or, with
``change_processing`` seconds (``--route53-change-processing``), for that long
after a batch is accepted: a stand-in for Route 53's own processing time,
which AWS does not document. A status of PENDING alone does not refuse a
change on Route 53 (clients such as the Terraform provider change one zone
from many requests while earlier changes are PENDING), so the emulator does
not tie the refusal to ``GetChange``'s status.

The AWS SDKs retry both codes with backoff: botocore and the AWS SDK for Go
v2 (the Terraform AWS provider's) count ``Throttling`` and
``PriorRequestNotComplete`` among their throttling errors.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from moto.core.utils import get_service_model

from emulator.route53.exceptions import PriorRequestNotComplete, Throttling

# Bucket names beside the action names: all actions of an account combined, the per-action default
# for the actions the guide does not list, and the change-throughput bucket.
ACCOUNT = "account"
DEFAULT = "default"
CHANGES = "changes"
KEYWORDS = (ACCOUNT, DEFAULT, CHANGES)
_BUCKET_SPEC = re.compile(r"^\s*([A-Za-z]+)\s*=\s*([0-9.]+)\s*/\s*([0-9.]+)\s*$")
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BucketSize:
    """A token bucket's maximum capacity (the burst) and refill rate (tokens per second)."""

    capacity: float
    refill_rate: float

    def __str__(self) -> str:
        return f"{self.capacity:g}/{self.refill_rate:g}"


# The guide's tables, "Request rate limits per API action" and the change-throughput bucket.
GUIDE_BUCKETS: dict[str, BucketSize] = {
    ACCOUNT: BucketSize(50, 10),
    DEFAULT: BucketSize(50, 10),
    CHANGES: BucketSize(1500, 100),
}
GUIDE_ACTION_BUCKETS: dict[str, BucketSize] = {
    "AssociateVPCWithHostedZone": BucketSize(20, 5),
    "ChangeCidrCollection": BucketSize(40, 5),
    "CreateCidrCollection": BucketSize(40, 5),
    "CreateHealthCheck": BucketSize(50, 0.5),
    "CreateHostedZone": BucketSize(40, 2),
    "CreateReusableDelegationSet": BucketSize(40, 2),
    "CreateTrafficPolicyInstance": BucketSize(1, 1),
    "DeleteCidrCollection": BucketSize(40, 5),
    "DeleteHealthCheck": BucketSize(15, 3),
    "DeleteHostedZone": BucketSize(40, 5),
    "DeleteReusableDelegationSet": BucketSize(40, 5),
    "DeleteTrafficPolicyInstance": BucketSize(1, 1),
    "DisassociateVPCFromHostedZone": BucketSize(10, 5),
    "GetHealthCheckLastFailureReason": BucketSize(4, 1),
    "GetHealthCheckStatus": BucketSize(4, 1),
    "UpdateHealthCheck": BucketSize(50, 5),
    "UpdateTrafficPolicyInstance": BucketSize(1, 1),
}
# "Tokens consumed per operation" of the change-throughput bucket; ChangeResourceRecordSets counts its changes.
CHANGE_TOKENS = {
    "AssociateVPCWithHostedZone": 2,
    "DisassociateVPCFromHostedZone": 2,
    "CreateHostedZone": 2,
    "DeleteHostedZone": 2,
}
CHANGE_ACTION_TOKENS = {"CREATE": 1, "DELETE": 1, "UPSERT": 2}


def route53_actions() -> frozenset[str]:
    """The Route 53 API actions, from the botocore model."""
    return frozenset(get_service_model("route53").operation_names)


def parse_bucket(text: str) -> tuple[str, BucketSize]:
    """``NAME=BURST/RATE`` (``CreateHostedZone=40/2``, ``account=50/10``) as a bucket name and size.

    NAME is a Route 53 action or one of ``account`` (all actions combined), ``default`` (each
    action the guide lists no bucket for) and ``changes`` (change throughput). BURST must be
    at least 1 and RATE above 0. Raises ValueError with the reason.
    """
    match = _BUCKET_SPEC.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not NAME=BURST/RATE (e.g. CreateHostedZone=40/2)")
    name, burst, rate = match[1], match[2], match[3]
    if name not in KEYWORDS and name not in route53_actions():
        raise ValueError(f"{name!r} is neither a Route 53 action nor one of {', '.join(KEYWORDS)}")
    try:
        size = BucketSize(float(burst), float(rate))
    except ValueError:
        raise ValueError(f"{text!r}: BURST and RATE must be numbers") from None
    if size.capacity < 1 or size.refill_rate <= 0:
        raise ValueError(f"{text!r}: BURST must be at least 1 and RATE above 0")
    return name, size


@dataclass(frozen=True)
class Settings:
    """Bucket sizes (the guide's, with ``buckets`` replacing any of them) and the change processing time."""

    buckets: Mapping[str, BucketSize] = field(default_factory=dict)
    change_processing: float = 0.0

    def size(self, name: str) -> BucketSize:
        """The size of bucket ``name``: an action's falls back on the guide's, then on ``default``."""
        if name in self.buckets:
            return self.buckets[name]
        if name in GUIDE_BUCKETS:
            return GUIDE_BUCKETS[name]
        return GUIDE_ACTION_BUCKETS.get(name) or self.size(DEFAULT)

    def describe(self) -> str:
        """The sizes that differ from the guide's, for the log."""
        changed = ", ".join(f"{name}={size}" for name, size in sorted(self.buckets.items()))
        return f"buckets {changed or 'as the guide'}, change processing {self.change_processing:g} s"


class TokenBucket:
    """A token bucket: starts full, refills continuously at ``refill_rate`` up to ``capacity``."""

    def __init__(self, size: BucketSize, now: float):
        self.size = size
        self.tokens = size.capacity
        self.updated = now

    def level(self, now: float) -> float:
        """The tokens in the bucket at ``now`` (refill tokens beyond the capacity are discarded)."""
        if now > self.updated:
            self.tokens = min(self.size.capacity, self.tokens + (now - self.updated) * self.size.refill_rate)
            self.updated = now
        return self.tokens

    def holds(self, cost: float, now: float) -> bool:
        return self.level(now) >= cost

    def take(self, cost: float, now: float) -> None:
        self.tokens = self.level(now) - cost


def change_tokens(action: str, changes: list[dict[str, Any]] | None = None) -> int:
    """The change-throughput tokens a request takes: by its changes for ChangeResourceRecordSets."""
    if action == "ChangeResourceRecordSets":
        return sum(CHANGE_ACTION_TOKENS.get(str(change.get("Action")), 1) for change in changes or [])
    return CHANGE_TOKENS.get(action, 0)


@dataclass
class Processing:
    """A change a zone is processing; ``accepted`` says whether it leaves processing time behind."""

    accepted: bool


def floor(taken: Mapping[str, float], settings: Settings) -> float:
    """The least time, in seconds, in which one account's requests could take ``taken`` tokens.

    ``taken`` is the tokens taken from each bucket (by name, as ``Throttle.usage`` gives them).
    A bucket that starts full holds at most its capacity plus its refill over the time passed, so
    taking ``n`` tokens from it takes at least ``(n - capacity) / refill_rate`` seconds; the
    slowest bucket sets the floor. Time the requests themselves need is not counted.
    """
    return max((max(0.0, (tokens - settings.size(name).capacity) / settings.size(name).refill_rate)
                for name, tokens in taken.items()), default=0.0)


class Throttle:
    """The buckets of every account, and the zones still processing a change; safe across threads.

    ``clock`` is monotonic seconds (``time.monotonic``; tests pass their own). ``throttled``
    counts the refusals by code and action; ``taken`` the tokens admitted requests took, by
    account and bucket (``usage``).
    """

    def __init__(self, settings: Settings | None = None, clock: Callable[[], float] = time.monotonic):
        self.settings = settings or Settings()
        self.clock = clock
        self.throttled: Counter[tuple[str, str]] = Counter()
        self.taken: defaultdict[tuple[str, str], float] = defaultdict(float)
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._processing_until: dict[tuple[str, str], float] = {}
        self._in_flight: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def _bucket(self, account: str, name: str, now: float) -> TokenBucket:
        key = (account, name)
        if key not in self._buckets:
            self._buckets[key] = TokenBucket(self.settings.size(name), now)
        return self._buckets[key]

    def admit(self, account: str, action: str, changes: list[dict[str, Any]] | None = None) -> None:
        """Take the request's tokens, or raise ``Throttling`` (taking none) if a bucket lacks them.

        A request takes one token from the account's bucket and one from its action's, and
        the action's change tokens (``change_tokens``) from the change-throughput bucket.
        """
        cost = {ACCOUNT: 1.0, action: 1.0}
        tokens = change_tokens(action, changes)
        if tokens:
            cost[CHANGES] = float(tokens)
        with self._lock:
            now = self.clock()
            buckets = {name: self._bucket(account, name, now) for name in cost}
            empty = [name for name, bucket in buckets.items() if not bucket.holds(cost[name], now)]
            if not empty:
                for name, bucket in buckets.items():
                    bucket.take(cost[name], now)
                    self.taken[(account, name)] += cost[name]
                return
            self.throttled[(Throttling.code, action)] += 1
        logger.warning("400 %s: Route 53 %s of account %s (bucket %s empty)", Throttling.code, action, account,
                       ", ".join(empty))
        raise Throttling()

    def usage(self) -> dict[str, Any]:
        """What the buckets gave and refused so far, for ``GET /_emulator/route53/throttling``.

        ``accounts``: per account, each bucket used with its size and the tokens taken, and
        ``floor_seconds`` (``floor``); ``throttled``: the refusals as ``"<code> <action>": count``.
        """
        with self._lock:
            taken, throttled = dict(self.taken), dict(self.throttled)
        accounts: dict[str, dict[str, Any]] = {}
        for (account, name), tokens in sorted(taken.items()):
            size = self.settings.size(name)
            entry = accounts.setdefault(account, {"buckets": {}})
            entry["buckets"][name] = {"capacity": size.capacity, "refill_rate": size.refill_rate, "taken": tokens}
        for entry in accounts.values():
            entry["floor_seconds"] = floor({name: bucket["taken"] for name, bucket in entry["buckets"].items()},
                                           self.settings)
        return {"accounts": accounts,
                "throttled": {f"{code} {action}": count for (code, action), count in sorted(throttled.items())}}

    @contextmanager
    def processing(self, account: str, zone_id: str) -> Iterator[Processing]:
        """Around a change of zone ``zone_id``: ``PriorRequestNotComplete`` while the zone processes another.

        The zone is processing while the body runs and, if the change was accepted, for
        ``change_processing`` seconds more. A body that raises, or sets ``accepted`` to False
        (a refused batch), leaves no processing time behind.
        """
        key = (account, zone_id.removeprefix("/hostedzone/"))
        with self._lock:
            busy = key in self._in_flight or self._processing_until.get(key, 0.0) > self.clock()
            if busy:
                self.throttled[(PriorRequestNotComplete.code, "ChangeResourceRecordSets")] += 1
            else:
                self._in_flight.add(key)
        if busy:
            logger.warning("400 %s: Route 53 ChangeResourceRecordSets of account %s for zone %s",
                           PriorRequestNotComplete.code, account, key[1])
            raise PriorRequestNotComplete()
        processing = Processing(accepted=True)
        try:
            yield processing
        except BaseException:
            processing.accepted = False
            raise
        finally:
            with self._lock:
                self._in_flight.discard(key)
                if processing.accepted and self.settings.change_processing > 0:
                    self._processing_until[key] = self.clock() + self.settings.change_processing


_installed: Throttle | None = None


def install(throttle: Throttle | None) -> None:
    """Enforce ``throttle`` on every Route 53 request from now on (None: no throttling, the default)."""
    global _installed
    _installed = throttle
    if throttle is not None:
        logger.info("Route 53 throttling on: %s", throttle.settings.describe())


def installed() -> Throttle | None:
    return _installed
