"""provider_trouble: what a failed Terraform run's provider debug log shows went wrong (test_fidelity's report)."""

from __future__ import annotations

from helpers import provider_trouble

# Entries in provider 5.100.0's format (fields shortened, the plugin's name too): a request; its
# response, whose body is a block of "  | " lines between its call and its status; the SDK's
# retry; the same call sent again; a read answered 404 (the provider reads to find what exists).
SENT = "HTTP Request Sent: rpc.method=CreateReceiptRule http.request.header.amz_sdk_request"
LOG = f"""\
2026-11-29T12:45:09.757Z [DEBUG] provider: {SENT}="attempt=1; max=3"
2026-11-29T12:45:09.801Z [DEBUG] provider: HTTP Response Received: rpc.method=CreateReceiptRule
  http.response.body=
  | <?xml version="1.0" encoding="utf-8"?>
  | <ErrorResponse><Error><Code>InternalFailure</Code></Error></ErrorResponse>
   http.status_code=500 timestamp=2026-11-29T12:45:09.801Z
2026-11-29T12:45:09.802Z [DEBUG] provider: request failed with retryable error https response error StatusCode: 500
2026-11-29T12:45:11.802Z [DEBUG] provider: {SENT}="attempt=2; max=3"
2026-11-29T12:45:11.900Z [DEBUG] provider: HTTP Response Received: rpc.method=GetBucketPolicy
  http.response.body=
  | <Error><Code>NoSuchBucketPolicy</Code></Error>
   http.status_code=404
2026-11-29T12:45:11.901Z [DEBUG] provider: request failed with unretryable error https response error StatusCode: 404
2026-11-29T12:45:12.000Z [WARN]  provider: read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer
2026-11-29T12:45:12.100Z [WARN]  provider: a warning about something else
"""


def test_it_names_the_calls_sent_again_and_the_writes_answered_with_errors(tmp_path):
    log = tmp_path / "terraform-apply.log"
    log.write_text(LOG)
    assert provider_trouble(log).splitlines() == [
        "CreateReceiptRule: HTTP 500",  # its call and its status on either side of the body
        "2026-11-29T12:45:09.802Z [DEBUG] provider: request failed with retryable error https response error "
        "StatusCode: 500",
        "CreateReceiptRule: sent again, attempt 2",
        "2026-11-29T12:45:12.000Z [WARN]  provider: read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer",
    ]


def test_a_clean_or_missing_log_says_so(tmp_path):
    log = tmp_path / "terraform-plan.log"
    log.write_text(LOG.splitlines()[0] + "\n")
    assert provider_trouble(log) == "(no call was sent again or answered with an error)"
    assert provider_trouble(tmp_path / "none.log") == "(no call was sent again or answered with an error)"
