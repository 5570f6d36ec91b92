"""toolchain/progress.py: the short lines the long steps print, from real cdktf output.

The two logs in data/ are real: ``cdktf-deploy-demo.log`` is scripts/demo's deploy of the example
config to the emulator; ``cdktf-deploy-failed.log`` is ``cdktf deploy polplana-work`` run after the
stack's IAM policy name was taken out of band (EntityAlreadyExists).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

from helpers import ROOT
from toolchain.progress import Progress, run

DATA = Path(__file__).resolve().parent / "data"
ADDRESS = re.compile(r"(\S+)\.(\S+) \(([^)]+)\): Creation complete after")


def replay(name: str) -> tuple[Progress, list[str]]:
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    for number, raw in enumerate((DATA / name).read_bytes().splitlines(keepends=True)):
        progress.feed(float(number), raw.decode())
    progress.finish(10_000.0, Path("the/log"))
    return progress, out.getvalue().splitlines()


def test_each_created_resource_is_one_line_with_its_stack_construct_path_and_time():
    text = (DATA / "cdktf-deploy-demo.log").read_text()
    created = {(kind, path) for kind, _, path in ADDRESS.findall(re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text))}
    assert len(created) == 18  # the domain stack's resources; the state stack's have no construct path
    _, lines = replay("cdktf-deploy-demo.log")
    for kind, path in created:
        shown = [line for line in lines if f"polplana-work  created {path} ({kind}) in " in line]
        assert len(shown) == 1, (kind, path, lines)
    assert "polplana-work  Plan: 18 to add, 0 to change, 0 to destroy." in "\n".join(lines)
    assert lines[-1].endswith("polplana-work  Apply complete! Resources: 18 added, 0 changed, 0 destroyed.")
    # The bootstrap's Terraform (no cdktf, no stack prefix) and the scripts' headings come through too.
    assert any(line.endswith("] ==> create the state bucket studyflow-terraform-state") for line in lines)
    assert sum("created aws_s3_bucket" in line for line in lines) == 5
    # Neither the plan's attribute lines, the spinner, nor ANSI codes reach the screen.
    assert not any("Synthesizing" in line or "\x1b" in line or "known after apply" in line for line in lines)
    assert not any("ERROR" in line for line in lines)
    assert len(lines) < 60  # of the log's 930 lines


def test_a_failed_resource_shows_the_aws_error_first_then_the_call_then_the_log():
    progress, lines = replay("cdktf-deploy-failed.log")
    assert [failure.address for failure in progress.failures] == ["aws_iam_policy.email_sending_policy_C1BF555D"]
    error = next(i for i, line in enumerate(lines) if "ERROR" in line)
    assert lines[error].endswith(
        "ERROR polplana-work  email/sending/policy (aws_iam_policy): EntityAlreadyExists: A policy called "
        "polplana-work-ses-send already exists. Duplicate names are not allowed.")
    assert lines[error + 1].strip() == "creating IAM Policy (polplana-work-ses-send) (IAM CreatePolicy, HTTP 409)"
    # The end repeats every error, then says where the whole output is.
    tail = lines[lines.index("1 error(s):"):]
    assert tail[1].strip().startswith("polplana-work  email/sending/policy (aws_iam_policy): EntityAlreadyExists")
    assert tail[-1] == "full log: the/log"


def test_terraform_errors_in_its_own_boxes_are_read_too():
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    for line in ["╷", "│ Error: Reference to undeclared resource", "│ ",
                 "│   on main.tf line 3, in resource \"aws_route53_record\" \"x\":",
                 "│    3:   zone_id = aws_route53_zone.missing.zone_id", "│ ",
                 "│ A managed resource \"aws_route53_zone\" \"missing\" has not been declared.", "╵"]:
        progress.feed(1.0, line + "\n")
    assert [f.message for f in progress.failures] == ["Reference to undeclared resource"]
    assert progress.failures[0].detail == ['A managed resource "aws_route53_zone" "missing" has not been declared.']


def test_a_quiet_spell_names_what_terraform_is_still_working_on():
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    progress.feed(1.0, "polplana-work  aws_route53_zone.email_zone_1C133EA5 (email/zone/zone): Creating...\n")
    progress.feed(2.0, "polplana-work  aws_sqs_queue.email_events_queue_EE9085E9 (email/events/queue): Creating...\n")
    assert progress.quiet(12.0, None) == ("... polplana-work: creating email/zone/zone (aws_route53_zone) 11s, "
                                          "creating email/events/queue (aws_sqs_queue) 10s")
    progress.feed(16.0, "polplana-work  aws_route53_zone.email_zone_1C133EA5 (email/zone/zone): "
                        "Creation complete after 15s [id=Z1]\n")
    assert progress.quiet(20.0, None) == "... polplana-work: creating email/events/queue (aws_sqs_queue) 18s"


def test_the_filter_keeps_every_byte_in_the_log_and_speaks_up_when_the_command_is_quiet(tmp_path):
    command = "echo '==> step one'; sleep 3.5; printf 'plain line\\n\\x1b[1mbold\\x1b[0m\\n'; echo '==> step two'"
    log = tmp_path / "logs" / "step.log"
    producer = subprocess.Popen(["bash", "-c", command], stdout=subprocess.PIPE)
    result = subprocess.run([sys.executable, "-m", "toolchain.progress", "--log", str(log), "--quiet-after", "1"],
                            stdin=producer.stdout, cwd=ROOT, capture_output=True, text=True, timeout=60)
    producer.wait(timeout=10)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("] ==> step one")
    assert lines[-1].endswith("] ==> step two")
    quiet = [line for line in lines[1:-1] if "... step one (" in line]
    assert len(quiet) >= 2  # about once a second while nothing came
    assert log.read_bytes() == b"==> step one\nplain line\n\x1b[1mbold\x1b[0m\n==> step two\n"


def test_the_watched_folder_size_is_shown_while_an_install_is_quiet(tmp_path):
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "big").write_bytes(b"x" * 3_000_000)
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    progress.feed(0.0, "==> installing the main job's packages\n")
    assert progress.quiet(9.0, tmp_path / ".venv") == "... .venv: 3 MB so far"


def test_run_returns_after_the_input_ends(tmp_path):
    out = io.StringIO()
    progress = run(io.BytesIO(b"x  Error: boom\n"), tmp_path / "log", out, quiet_after=5, watch=None)
    assert [failure.message for failure in progress.failures] == ["boom"]
    assert out.getvalue().splitlines()[-1] == f"full log: {tmp_path / 'log'}"


def test_a_bad_quiet_after_is_refused():
    result = subprocess.run([sys.executable, "-m", "toolchain.progress", "--log", "x", "--quiet-after", "0"],
                            cwd=ROOT, capture_output=True, text=True, input="", timeout=30)
    assert result.returncode == 2
    assert "--quiet-after must be more than 0 seconds" in result.stderr


def test_terraform_s_own_error_without_a_stack_keeps_its_resource_and_detail():
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    for line in ["Error: reading Route 53 Hosted Zone (Z1): operation error Route 53: GetHostedZone, "
                 "https response error StatusCode: 403, RequestID: r1, AccessDenied: not allowed",
                 "", "  with aws_route53_zone.email_zone_1C133EA5 (email/zone/zone),",
                 "  on cdk.tf.json line 80, in resource \"aws_route53_zone\" \"email_zone_1C133EA5\":",
                 "  80:       },", "", "The role lacks route53:GetHostedZone.",
                 "aws_s3_bucket.state_bucket_803B4E61: Refreshing state... [id=b]"]:
        progress.feed(1.0, line + "\n")
    (failure,) = progress.failures
    assert (failure.stack, failure.address, failure.path) == ("", "aws_route53_zone.email_zone_1C133EA5",
                                                              "email/zone/zone")
    assert failure.headline() == "email/zone/zone (aws_route53_zone): AccessDenied: not allowed"
    assert failure.detail == ["The role lacks route53:GetHostedZone."]


def test_a_failed_resource_is_no_longer_reported_as_in_progress():
    progress, _ = replay("cdktf-deploy-failed.log")
    assert ("polplana-work", "aws_iam_policy.email_sending_policy_C1BF555D") not in progress.working
    assert "email/sending/policy" not in progress.quiet(10_000.0, None)


def test_an_error_stays_with_its_stack_when_another_stack_s_line_comes_between():
    out = io.StringIO()
    progress = Progress(start=0.0, out=out)
    progress.feed(1.0, "one  Error: creating SNS Topic (t): boom\n")
    progress.feed(2.0, "two  aws_route53_zone.z (zone/zone): Creation complete after 15s [id=Z]\n")
    progress.feed(3.0, "one    with aws_sns_topic.t (events/topic),\n")
    # The other stack's line ends the block (shown at once); its late `with` line joins nobody else's error.
    assert [(f.stack, f.address) for f in progress.failures] == [("one", "")]
    assert "two  created zone/zone (aws_route53_zone) in 15s" in out.getvalue()
