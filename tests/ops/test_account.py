"""`account` and `request-production-access`, the seed's phase 4, against the emulator's SES v2."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import domains

REGION = "eu-west-3"
USE_CASE = "Transactional mail for StudyFlow: sign-up confirmations and password resets. Bounces ..."


@pytest.fixture
def use_case(tmp_path) -> Path:
    path = tmp_path / "use-case.md"
    path.write_text(USE_CASE)
    return path


def request(ops, use_case, *extra: str, **env: str):
    return ops("request-production-access", "--region", REGION, "--website-url", "https://polplana.work",
               "--use-case-file", str(use_case), "--contact", "ops@polplana.work", *extra, **env)


def test_new_account_is_in_the_sandbox(fresh, ops):
    result = ops("account", "--region", REGION)
    assert result.returncode == 0, result.stderr
    assert "sandbox" in result.stdout
    assert "200 messages (0 sent)" in result.stdout
    assert "1 messages/second" in result.stdout
    assert "Production request  none" in result.stdout


def test_dry_run_prints_the_request_and_sends_nothing(fresh, ops, use_case):
    result = request(ops, use_case)
    assert result.returncode == 0, result.stderr
    assert "Mail type:    TRANSACTIONAL" in result.stdout and "https://polplana.work" in result.stdout
    assert USE_CASE in result.stdout
    assert "not sent" in result.stdout
    assert "Production request  none" in ops("account", "--region", REGION).stdout


def test_submit_then_pending_then_granted(fresh, ops, use_case):
    sent = request(ops, use_case, "--submit")
    assert sent.returncode == 0, sent.stderr
    assert "request sent; review status PENDING" in sent.stdout
    account = fresh.client("sesv2", REGION).get_account()
    assert account["Details"]["MailType"] == "TRANSACTIONAL"
    assert account["Details"]["AdditionalContactEmailAddresses"] == ["ops@polplana.work"]

    again = request(ops, use_case, "--submit")
    assert again.returncode == 1
    assert "already pending" in again.stderr

    assert fresh.post("/_emulator/ses/production-access", {"region": REGION, "decision": "GRANTED"})[0] == 200
    status = ops("account", "--region", REGION).stdout
    assert "production" in status and "50,000 messages" in status and "14 messages/second" in status
    done = request(ops, use_case, "--submit")
    assert done.returncode == 0
    assert "already has production access; nothing to do" in done.stdout


def test_a_denied_request_is_a_clear_error(fresh, ops, use_case):
    assert request(ops, use_case, "--submit").returncode == 0
    fresh.post("/_emulator/ses/production-access", {"region": REGION, "decision": "DENIED"})
    result = request(ops, use_case, "--submit")
    assert result.returncode == 1
    assert "was denied" in result.stderr


def test_regions_are_separate(fresh, ops, use_case):
    assert request(ops, use_case, "--submit").returncode == 0
    assert "Production request  none" in ops("account", "--region", "eu-central-1").stdout


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["--website-url", "not a url"], 1, "--website-url 'not a url': Input should be a valid URL"),
        (["--contact", "nobody"], 2, "argument --contact: 'nobody' is not an email address"),
        (["--contact", "a1@polplana.work,a2@polplana.work,a3@polplana.work", "--contact",
          "a4@polplana.work,a5@polplana.work"], 1, "5 --contact addresses given; AWS takes at most 4"),
    ],
)
def test_bad_requests_are_refused_before_any_call(fresh, ops, use_case, args, status, message):
    result = ops("request-production-access", "--region", REGION, "--website-url", "https://polplana.work",
                 "--use-case-file", str(use_case), *args, "--submit")
    assert result.returncode == status
    assert message in result.stderr and "Traceback" not in result.stderr
    assert "Production request  none" in ops("account", "--region", REGION).stdout


def test_contacts_as_a_list_and_repeated_reach_aws(fresh, ops, use_case):
    sent = request(ops, use_case, "--contact", "dev@polplana.work, boss@example.org", "--submit")
    assert sent.returncode == 0, sent.stderr
    details = fresh.client("sesv2", REGION).get_account()["Details"]
    assert details["AdditionalContactEmailAddresses"] == ["ops@polplana.work", "dev@polplana.work",
                                                          "boss@example.org"]


def test_the_shipped_template_must_be_filled_in(fresh, ops):
    template = Path(__file__).resolve().parents[2] / "ops" / "templates" / "use-case.md"
    result = ops("request-production-access", "--region", REGION, "--website-url", "https://polplana.work",
                 "--use-case-file", str(template))
    assert result.returncode == 1
    assert "TODO placeholders" in result.stderr


def test_unreachable_endpoint_is_one_clear_line(ops):
    result = ops("account", "--region", REGION, AWS_ENDPOINT_URL="https://127.0.0.1:9")
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot reach the AWS endpoint")
    assert len(result.stderr.strip().splitlines()) == 1


SEED_ANSWER = (
    "Sending domains in eu-west-3 (from our infrastructure as code, deployed as described):\n"
    "- polplana.work: Easy DKIM (RSA 2048-bit), SPF through the custom MAIL FROM domain mail.polplana.work, "
    "DMARC p=none.\n"
    "\n"
    "How bounces and complaints reach us:\n"
    "- polplana.work: every message uses the configuration set polplana-work (the identity's default), which "
    "publishes BOUNCE, COMPLAINT events to the SNS topic polplana-work-ses-events, and on to the SQS queue "
    "polplana-work-ses-events, which our application consumes (messages it fails to process five times go to the "
    "dead-letter queue polplana-work-ses-events-dlq). Its reputation metrics "
    "(bounce and complaint rates) go to CloudWatch.\n"
    "- The account-level suppression list in eu-west-3 is enabled for BOUNCE and COMPLAINT: SES does not send "
    "again to an address that hard-bounced or complained."
)


def test_the_request_answers_with_what_the_config_deploys(fresh, ops, use_case):
    """The seed's config (domains.toml): the use case AWS receives is the file's text, then the facts."""
    sent = request(ops, use_case, "--submit")
    assert sent.returncode == 0, sent.stderr
    details = fresh.client("sesv2", REGION).get_account()["Details"]
    assert details["UseCaseDescription"] == f"{USE_CASE}\n\n{SEED_ANSWER}"


def test_queue_and_email_subscribers_are_named(fresh, ops, use_case, write_config):
    config = write_config(domains("""
        [[domain]]
        name = "polplana.work"
        [domain.events]
        email = ["ops@polplana.work"]
        queue = true
        """))
    result = request(ops, use_case, MAIL_DOMAINS_FILE=str(config))
    assert result.returncode == 0, result.stderr
    assert ("to the SNS topic polplana-work-ses-events, and on to the SQS queue polplana-work-ses-events, which "
            "our application consumes (messages it fails to process five times go to the dead-letter queue "
            "polplana-work-ses-events-dlq) and by email to ops@polplana.work.") \
        in " ".join(line.strip() for line in result.stdout.splitlines())


def test_email_subscribers_alone_are_named(fresh, ops, use_case, write_config):
    config = write_config(domains('[[domain]]\nname = "polplana.work"\n'
                                  '[domain.events]\nemail = ["ops@polplana.work"]\n'))
    result = request(ops, use_case, MAIL_DOMAINS_FILE=str(config))
    assert result.returncode == 0, result.stderr
    assert ("to the SNS topic polplana-work-ses-events, and on by email to ops@polplana.work.") \
        in " ".join(line.strip() for line in result.stdout.splitlines())


@pytest.mark.parametrize("text, region, message", [
    ('[[domain]]\nname = "polplana.work"\nevents = false\n', REGION,
     "polplana.work publish no BOUNCE and COMPLAINT events (see [domain.events])"),
    ('[[domain]]\nname = "polplana.work"\n[domain.events]\ntypes = ["BOUNCE"]\n', REGION,
     "polplana.work publish no BOUNCE and COMPLAINT events"),
    ('[[domain]]\nname = "polplana.work"\n', REGION,
     "the bounce and complaint events of polplana.work go to an SNS topic nobody subscribes to"),
    ('[[domain]]\nname = "polplana.work"\n', "us-east-1", "no domain in the config sends through SES in us-east-1"),
])
def test_without_bounce_and_complaint_handling_nothing_is_asked(fresh, ops, use_case, write_config, text, region,
                                                                message):
    config = write_config(domains(text))
    result = ops("request-production-access", "--region", region, "--website-url", "https://polplana.work",
                 "--use-case-file", str(use_case), "--submit", MAIL_DOMAINS_FILE=str(config))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Details" not in fresh.client("sesv2", region).get_account()
