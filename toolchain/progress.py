"""Progress for the long steps: one short line per thing done, the full output kept in a log.

    some-long-command 2>&1 | python3 -m toolchain.progress --log .work/demo/deploy.log [--watch .venv]

Reads the command's output (cdktf, Terraform, pipenv, pip, npm or the project's own scripts) from
standard input, writes every byte of it to the log, and prints, each with the time since the start:

- the scripts' own ``==>`` headings and ``error:`` lines, as they are;
- per stack (cdktf prefixes each line with the stack's name) and resource, each resource as it
  completes (``created``, ``updated``, ``destroyed``, ``imported``, ``read``), Terraform's
  ``Plan:``, ``Apply complete!``, ``Destroy complete!`` and ``No changes.`` lines, and when a stack
  starts ``terraform init``;
- pip's ``Collecting``/``Installing collected packages``/``Successfully installed`` lines and npm's
  ``added N packages`` summary;
- every Terraform error as it appears: the stack, the resource and the AWS error.

When nothing was printed for ``--quiet-after`` seconds (default 8) it prints what is still going on:
the resources Terraform is working on and for how long, else the last phase seen; for an install
(``--watch DIR``), how big the folder it fills has grown. So the screen is never silent for long.

At the end, when any error was seen, it prints them together, the failing resource and the AWS
error first, and the log's path. It exits 0: the pipeline's own status (``set -o pipefail``) is the
command's. Standard library only: it runs before the project's virtual environment exists.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r")
BOX = re.compile(r"^[│╷╵]\s?")
# cdktf prefixes a stack's lines with the stack name and two spaces; lines that continue the same
# update are indented to line up with it.
STACK_LINE = re.compile(r"^(?P<stack>[A-Za-z0-9][A-Za-z0-9_-]*)  (?P<text>\S.*)$")
CONTINUATION = re.compile(r"^ {4,}(?P<text>\S.*)$")
SPINNER = re.compile(r"^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\s+(?P<text>.*)$")
RESOURCE = re.compile(
    r"^(?P<address>(?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)(?: \((?P<path>[^)]+)\))?: "
    r"(?P<event>.+?)(?:\.\.\.)?(?: \[(?P<detail>[^\]]*)\])?$")
DONE = {
    "Creation complete": "created",
    "Modifications complete": "updated",
    "Destruction complete": "destroyed",
    "Import complete": "imported",
    "Read complete": "read",
}
STARTED = ("Creating", "Modifying", "Destroying", "Importing", "Reading")
STILL = re.compile(r"^Still (creating|modifying|destroying|reading)")
SUMMARY = re.compile(r"^(Plan: \d+ to import, .*|Plan: \d+ to add.*|Apply complete!.*|Destroy complete!.*|"
                     r"No changes\..*)$")
PIP = re.compile(r"^(Collecting \S+|Installing collected packages: .*|Successfully installed .*|"
                 r"Installing dependencies from Pipfile\.lock.*|added \d+ packages.*)$")
ERROR = re.compile(r"^Error: (?P<message>.+)$")
# The AWS provider's errors: "creating IAM Policy (x): operation error IAM: CreatePolicy, https response
# error StatusCode: 409, RequestID: ..., EntityAlreadyExists: A policy called x already exists."
AWS_ERROR = re.compile(r"^(?P<what>.*?): operation error (?P<service>[^:]+): (?P<operation>\w+), "
                       r"(?:(?:https response error )?StatusCode: (?P<status>\d+), )?(?:RequestID: [^,]*, )?"
                       r"(?P<error>.+)$")
WITH = re.compile(r"^with (?P<address>[^\s,]+)(?: \((?P<path>[^)]+)\))?,")


def elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:2d}:{secs:02d}"


def folder_megabytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):  # a file the install just moved away
                total += os.lstat(os.path.join(root, name)).st_size
    return total // 1_000_000


@dataclass
class Failure:
    """One Terraform error: where (stack, resource) and what, the AWS error first."""

    stack: str
    message: str
    address: str = ""
    path: str = ""
    detail: list[str] = field(default_factory=list)

    def headline(self) -> str:
        resource = f"{self.path} ({self.address.rsplit('.', 1)[0]})" if self.path else self.address
        where = "  ".join(part for part in (self.stack, resource) if part)
        aws = AWS_ERROR.match(self.message)
        what = aws.group("error") if aws else self.message
        return f"{where}: {what}" if where else what

    def lines(self) -> list[str]:
        """What follows the headline: the call that failed, then Terraform's own explanation."""
        aws = AWS_ERROR.match(self.message)
        call = []
        if aws:
            status = f", HTTP {aws.group('status')}" if aws.group("status") else ""
            call = [f"{aws.group('what')} ({aws.group('service')} {aws.group('operation')}{status})"]
        return call + self.detail[:6]


@dataclass
class Progress:
    """Turns lines of output into the short lines to print; time is passed in, so tests can drive it."""

    start: float
    out: IO[str]
    last_print: float = 0.0
    stack: str = ""
    phase: tuple[str, str, float] = ("", "", 0.0)   # the latest (stack, what it is doing, since)
    # (stack, address) -> (verb, display name, since): what Terraform has started and not finished
    working: dict[tuple[str, str], tuple[str, str, float]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    _error: Failure | None = None
    last_text: str = ""

    def __post_init__(self) -> None:
        self.last_print = self.start

    def emit(self, now: float, text: str) -> None:
        self.out.write(f"[{elapsed(now - self.start)}] {text}\n")
        self.out.flush()
        self.last_print = now

    def feed(self, now: float, raw: str) -> None:
        line = ANSI.sub("", raw).rstrip()
        if not line.strip():
            return
        spinner = SPINNER.match(line)
        if spinner:
            if self.phase[1] != spinner.group("text"):
                self.phase = ("", spinner.group("text"), now)
            return
        if line.startswith("==> ") or line.startswith("error: "):
            self._end_error(now)
            self.emit(now, line)
            self.phase = ("", line.removeprefix("==> "), now)
            return
        stack = ""
        match = STACK_LINE.match(line)
        continuation = CONTINUATION.match(line)
        if match and not RESOURCE.match(line):
            stack, text = match.group("stack"), match.group("text")
            self.stack = stack
        elif continuation and self.stack:
            stack, text = self.stack, continuation.group("text")
        else:
            text = line.strip()
        self.last_text = text
        self._line(now, stack, text)

    def _line(self, now: float, stack: str, text: str) -> None:
        boxed = BOX.match(text)
        body = BOX.sub("", text).strip() if boxed else text
        if text.startswith("╵"):
            self._end_error(now)
            return
        error = ERROR.match(body)
        if error:
            self._end_error(now)
            self._error = Failure(stack=stack, message=error.group("message"))
            return
        if self._error is not None:
            if self._in_error(stack, body, boxed=bool(boxed)):
                if body:
                    self._error_line(body)
                return
            self._end_error(now)  # a line of something else: the error's block is over
        prefix = f"{stack}  " if stack else ""
        resource = RESOURCE.match(body)
        if resource:
            self._resource(now, stack, resource)
            return
        if SUMMARY.match(body):
            for key in [key for key in self.working if key[0] == stack]:
                del self.working[key]
            self.phase = (stack, body, now)
            self.emit(now, prefix + body)
        elif body.startswith("Initializing the backend"):
            self.phase = (stack, "terraform init", now)
            self.emit(now, prefix + "terraform init")
        elif body.startswith(("Terraform used the selected providers", "Terraform will perform")):
            self.phase = (stack, "planning", now)
        elif PIP.match(body):
            self.emit(now, body if len(body) <= 160 else body[:157] + "...")

    def _resource(self, now: float, stack: str, match: re.Match[str]) -> None:
        address, path, event = match.group("address"), match.group("path"), match.group("event")
        key = (stack, address)
        # The construct path (email/zone/zone) reads better than the address's hashed name.
        kind = address.rsplit(".", 1)[0]
        name = f"{path} ({kind})" if path else address
        prefix = f"{stack}  " if stack else ""
        still = STILL.match(event)
        if still:
            self.working.setdefault(key, (still.group(1), name, now))
            return
        if event.startswith(STARTED) and not event.startswith(tuple(DONE)):
            self.working[key] = (event.split()[0].lower(), name, now)
            return
        for done, verb in DONE.items():
            if event.startswith(done):
                self.working.pop(key, None)
                took = re.search(r"after (\S+)", event)
                self.emit(now, f"{prefix}{verb} {name}" + (f" in {took.group(1)}" if took else ""))
                return
        if event.startswith("Refreshing state") and self.phase[:2] != (stack, "refreshing state"):
            self.phase = (stack, "refreshing state", now)

    def _in_error(self, stack: str, body: str, *, boxed: bool) -> bool:
        """Whether a line continues the open error: its own stack's lines (cdktf), its box (Terraform
        with colour), or for Terraform's own output (no stack) everything up to the next thing it reports."""
        assert self._error is not None
        if stack != self._error.stack and not (boxed and not stack):
            return False
        if stack or boxed:
            return True
        return not (RESOURCE.match(body) or SUMMARY.match(body) or body.startswith("Initializing"))

    def _error_line(self, body: str) -> None:
        assert self._error is not None
        where = WITH.match(body)
        if where:
            self._error.address, self._error.path = where.group("address"), where.group("path") or ""
        elif body and not body.startswith("on ") and not re.match(r"^\d+:", body):
            self._error.detail.append(body)

    def _end_error(self, now: float) -> None:
        if self._error is None:
            return
        failure, self._error = self._error, None
        self.failures.append(failure)
        self.working.pop((failure.stack, failure.address), None)  # Terraform gave up on it
        self.emit(now, "ERROR " + failure.headline())
        for line in failure.lines():
            self.out.write(f"        {line}\n")
        self.out.flush()

    def quiet(self, now: float, watch: Path | None) -> str:
        """What is still going on, for the line printed after a quiet spell."""
        if watch is not None:  # an install: how far it got says more than its last line
            return f"... {watch.name}: {folder_megabytes(watch) if watch.exists() else 0} MB so far"
        if self.working:
            by_stack: dict[str, list[str]] = {}
            for (stack, _address), (verb, name, since) in sorted(self.working.items(), key=lambda kv: kv[1][2]):
                by_stack.setdefault(stack, []).append(f"{verb} {name} {int(now - since)}s")
            parts = []
            for stack, items in by_stack.items():
                shown = ", ".join(items[:3]) + (f" and {len(items) - 3} more" if len(items) > 3 else "")
                parts.append(f"{stack + ': ' if stack else ''}{shown}")
            text = "; ".join(parts)
        elif self.phase[1]:
            stack, phase, since = self.phase
            text = f"{stack + ': ' if stack else ''}{phase} ({int(now - since)}s)"
        elif self.last_text:
            text = self.last_text if len(self.last_text) <= 100 else self.last_text[:97] + "..."
        else:
            text = "working"
        return "... " + text

    def finish(self, now: float, log: Path) -> None:
        self._end_error(now)
        if self.failures:
            self.out.write(f"\n{len(self.failures)} error(s):\n")
            for failure in self.failures:
                self.out.write(f"  {failure.headline()}\n")
                for line in failure.lines():
                    self.out.write(f"      {line}\n")
            self.out.write(f"full log: {log}\n")
            self.out.flush()


def run(source: IO[bytes], log: Path, out: IO[str], quiet_after: float, watch: Path | None) -> Progress:
    progress = Progress(start=time.monotonic(), out=out)
    lock = threading.Lock()
    done = threading.Event()

    def beat() -> None:
        while not done.wait(1.0):
            with lock:
                now = time.monotonic()
                if now - progress.last_print >= quiet_after:
                    progress.emit(now, progress.quiet(now, watch))

    ticker = threading.Thread(target=beat, daemon=True)
    ticker.start()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        for raw in iter(source.readline, b""):
            sink.write(raw)
            sink.flush()
            with lock:
                progress.feed(time.monotonic(), raw.decode("utf-8", "replace"))
    done.set()
    ticker.join()
    with lock:
        progress.finish(time.monotonic(), log)
    return progress


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m toolchain.progress", description=__doc__.split("\n\n")[0])
    parser.add_argument("--log", type=Path, required=True, help="where the full output goes")
    parser.add_argument("--watch", type=Path, help="a folder whose size the quiet-spell lines show")
    parser.add_argument("--quiet-after", type=float, default=8.0,
                        help="seconds without a printed line before saying what is still going on")
    args = parser.parse_args(argv)
    if args.quiet_after <= 0:
        parser.error("--quiet-after must be more than 0 seconds")
    # Ctrl-C is for the command: it stops Terraform gracefully, whose last words still come through here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    run(sys.stdin.buffer, args.log, sys.stdout, args.quiet_after, args.watch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
