"""An emulator that dies mid-apply fails Terraform within a minute or so, naming the connection failure.

Before the local endpoint bounded the provider's retries (``max_retries``), the same
apply went on for close to three minutes: up to 9 attempts per call on a refused connection (25 on
other errors), the backoff doubling up to 300 s. One Terraform apply: the state bucket is made
directly, not by deploying the ``state`` stack.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time

from emulator.process import EmulatorProcess
from local_aws import Project, config

# The kill comes while the records wait for Route 53 to report INSYNC (15 s before the first poll).
RECORDS_CREATING = re.compile(r"aws_route53_record\.\S+: Creating\.\.\.")
KILL_DELAY = 3.0
DEADLINE = 90.0


def test_apply_fails_fast_and_clearly_when_the_endpoint_dies(tmp_path, tool_env):
    domain, stack, bucket = "dead.example.net", "dead-example-net", "dead-endpoint-state"
    emulator = EmulatorProcess.start(tmp_path / "emulator.log")
    try:
        project = Project(emulator=emulator, work=tmp_path / "work", tool_env=tool_env,
                          config_text=config(domain, bucket=bucket))
        emulator.client("s3", "eu-south-2").create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-south-2"})
        synth = project.cdktf("synth")
        assert synth.returncode == 0, synth.stdout + synth.stderr
        init = project.terraform(stack, "init")
        assert init.returncode == 0, init.stdout + init.stderr
        output, seconds_after_kill = _apply_killing_the_emulator(project, stack, emulator)
    finally:
        emulator.stop()

    assert seconds_after_kill is not None, "the apply ended before the records were created:\n" + output
    print(f"Terraform exited {seconds_after_kill:.1f} s after the emulator died")
    assert seconds_after_kill < DEADLINE, f"{seconds_after_kill:.0f} s after the emulator died:\n{output[-4000:]}"
    assert "Error:" in output
    assert "connection refused" in output, output[-4000:]
    assert f"{emulator.host}:{emulator.port}" in output  # names the endpoint it could not reach


def _apply_killing_the_emulator(project: Project, stack: str,
                                emulator: EmulatorProcess) -> tuple[str, float | None]:
    """Run ``terraform apply``, SIGKILL the emulator KILL_DELAY s after the records start; the output, and
    how long after the kill Terraform exited (non-zero: asserted here), or ``None`` if it ended before."""
    apply = subprocess.Popen(
        ["terraform", f"-chdir={project.out / 'stacks' / stack}", "apply", "-auto-approve",
         "-no-color", "-input=false"],
        env=project.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,  # its own process group: a hung apply is killed with its provider plugins
    )
    assert apply.stdout is not None
    killed_at: list[float] = []

    def kill() -> None:
        time.sleep(KILL_DELAY)
        emulator.process.kill()
        emulator.process.wait()
        killed_at.append(time.monotonic())
        try:  # a hung apply fails the test at the deadline, not at pytest's timeout
            apply.wait(timeout=DEADLINE + 30)
        except subprocess.TimeoutExpired:
            os.killpg(apply.pid, signal.SIGKILL)

    killer = None
    seen = ""
    try:
        for line in apply.stdout:
            seen += line
            if killer is None and RECORDS_CREATING.search(line):
                killer = threading.Thread(target=kill)
                killer.start()
        code = apply.wait(timeout=60)
        ended = time.monotonic()
    finally:
        if apply.poll() is None:
            os.killpg(apply.pid, signal.SIGKILL)
            apply.wait()
        if killer is not None:
            killer.join()
    if not killed_at or killed_at[0] > ended:
        return seen, None
    assert code != 0, seen
    return seen, ended - killed_at[0]
