"""provider_trouble: what a failed Terraform run's provider debug log shows went wrong (test_fidelity's report)."""

from __future__ import annotations

from helpers import provider_trouble

# Entries as provider 5.100.0 writes them (shortened, the plugin's name too): a request, its response with
# a multi-line body and the status after it, the same call sent again by the AWS SDK, a read answered 404.
SENT = "HTTP Request Sent: rpc.method=CreateReceiptRule http.request.header.amz_sdk_request"
LOG = f"""\
2026-11-29T12:45:09.757Z [DEBUG] provider: {SENT}="attempt=1; max=3"
2026-11-29T12:45:09.801Z [DEBUG] provider: HTTP Response Received: http.response.body="<ErrorResponse>
  <Error><Code>InvalidS3Configuration</Code></Error>
</ErrorResponse>" rpc.method=CreateReceiptRule http.status_code=400
2026-11-29T12:45:11.802Z [DEBUG] provider: {SENT}="attempt=2; max=3"
2026-11-29T12:45:11.900Z [DEBUG] provider: HTTP Response Received: rpc.method=GetBucketPolicy http.status_code=404
2026-11-29T12:45:12.000Z [WARN]  provider: read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer
2026-11-29T12:45:12.100Z [WARN]  provider: a warning about something else
"""


def test_it_names_the_calls_sent_again_and_the_writes_answered_with_errors(tmp_path):
    log = tmp_path / "terraform-apply.log"
    log.write_text(LOG)
    assert provider_trouble(log).splitlines() == [
        "CreateReceiptRule: HTTP 400",  # its status follows the multi-line body
        "CreateReceiptRule: sent again, attempt 2",
        # not the 404 of a read (the provider reads to find out what exists)
        "2026-11-29T12:45:12.000Z [WARN]  provider: read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer",
    ]


def test_a_clean_or_missing_log_says_so(tmp_path):
    log = tmp_path / "terraform-plan.log"
    log.write_text(LOG.splitlines()[0] + "\n")
    assert provider_trouble(log) == "(no call was sent again or answered with an error)"
    assert provider_trouble(tmp_path / "none.log") == "(no call was sent again or answered with an error)"
