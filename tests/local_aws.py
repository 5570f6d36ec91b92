"""The emulator as a subprocess on free ports, and a project deployed to it with the real cdktf CLI."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

ROOT = Path(__file__).resolve().parent.parent
NPX_CDKTF = [str(ROOT / "node_modules" / ".bin" / "cdktf")]


def free_port(udp_too: bool = False) -> int:
    while True:
        with socket.socket() as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = tcp.getsockname()[1]
            if not udp_too:
                return port
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                    udp.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue


class EmulatorProcess:
    """``python -m emulator`` on free ports; ``stop()`` sends SIGTERM and returns the exit code."""

    def __init__(self, log: Path, *extra_args: str) -> None:
        self.port = free_port()
        self.dns_port = free_port(udp_too=True)
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._log_file = open(log, "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "emulator", "--port", str(self.port), "--dns-port", str(self.dns_port),
             *extra_args],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=self._log_file, text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("emulator ready"):
            self.process.kill()
            raise RuntimeError(f"emulator did not start: {line!r}; log: {log.read_text()[-2000:]}")
        self.ready_line = line.strip()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()
        return self.process.returncode

    def client(self, service: str, region: str = "us-east-1", **credentials: str) -> Any:
        return boto3.client(
            service, region_name=region, endpoint_url=self.url,
            aws_access_key_id=credentials.get("key", "test"),
            aws_secret_access_key=credentials.get("secret", "test"),
        )


@dataclass
class Project:
    """A config deployed from its own work folder (own cdktf.out, own bootstrap state) to an emulator."""

    emulator: EmulatorProcess
    work: Path
    tool_env: dict[str, str]
    config_text: str
    logs: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        self.out = self.work / "cdktf.out"
        self.write_config(self.config_text)

    def write_config(self, text: str) -> None:
        self.config_text = text
        (self.work / "domains.toml").write_text(text)

    @property
    def env(self) -> dict[str, str]:
        return {
            **self.tool_env,
            "AWS_ENDPOINT_URL": self.emulator.url,
            "MAIL_DOMAINS_FILE": str(self.work / "domains.toml"),
            "MAIL_LOCAL_STATE_DIR": str(self.work),
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "CI": "1",
        }

    def cdktf(self, *args: str, timeout: int = 900, **popen: Any) -> subprocess.CompletedProcess[str]:
        log = self.work / f"cdktf-{len(self.logs)}-{args[0]}.log"
        self.logs.append(log)
        command = [*NPX_CDKTF, *args, "--no-color", "--skip-provider-lock", "-o", str(self.out),
                   "-a", f"{sys.executable} {ROOT / 'main.py'}"]
        result = subprocess.run(command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout)
        log.write_text(result.stdout + result.stderr)
        return result

    def deploy(self, *stacks: str) -> subprocess.CompletedProcess[str]:
        return self.cdktf("deploy", *(stacks or ("*",)), "--auto-approve")

    def terraform(self, stack: str, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["terraform", f"-chdir={self.out / 'stacks' / stack}", *args, "-no-color", "-input=false"],
            env=self.env, capture_output=True, text=True, timeout=timeout,
        )

    def plan_exit_code(self, stack: str) -> int:
        """0: no changes, 2: changes (``-detailed-exitcode``); anything else fails the test."""
        result = self.terraform(stack, "plan", "-detailed-exitcode", "-lock-timeout=60s")
        assert result.returncode in (0, 2), result.stdout + result.stderr
        return result.returncode

    def output(self, stack: str) -> dict[str, Any]:
        import json

        result = self.terraform(stack, "output", "-json")
        assert result.returncode == 0, result.stderr
        return {name: value["value"] for name, value in json.loads(result.stdout).items()}


def wait_for(predicate, timeout: float = 60, interval: float = 0.5, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def process_group_kill(process: subprocess.Popen, sig: int) -> None:
    os.killpg(os.getpgid(process.pid), sig)


def config(*domains: str, bucket: str, extra_domain_keys: str = "") -> str:
    """A config with the seed's defaults, its own state bucket, and one [[domain]] per name."""
    text = f'[defaults]\nregion = "eu-south-2"\nses_region = "eu-west-3"\n\n[state]\nbucket = "{bucket}"\n'
    for domain in domains:
        text += f'\n[[domain]]\nname = "{domain}"\n{extra_domain_keys}'
    return text
