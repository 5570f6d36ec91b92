# SES (v1): the domain identity with verification, DKIM and MAIL FROM, bounce notifications with
# the original headers, a configuration set with an event destination.

resource "aws_ses_domain_identity" "main" {
  domain = var.domain
}

resource "aws_ses_domain_identity_verification" "main" {
  domain     = aws_ses_domain_identity.main.id
  depends_on = [aws_route53_record.verification]
}

resource "aws_ses_domain_dkim" "main" {
  domain = aws_ses_domain_identity.main.domain
}

resource "aws_ses_domain_mail_from" "main" {
  domain                 = aws_ses_domain_identity.main.domain
  mail_from_domain       = "bounce.${var.domain}"
  behavior_on_mx_failure = "UseDefaultValue"
}

resource "aws_sns_topic" "feedback" {
  name = "fidelity-feedback"
}

resource "aws_ses_identity_notification_topic" "bounce" {
  identity                 = aws_ses_domain_identity_verification.main.domain
  notification_type        = "Bounce"
  topic_arn                = aws_sns_topic.feedback.arn
  include_original_headers = true
}

resource "aws_ses_identity_notification_topic" "complaint" {
  identity                 = aws_ses_domain_identity_verification.main.domain
  notification_type        = "Complaint"
  topic_arn                = aws_sns_topic.feedback.arn
  include_original_headers = false
}

resource "aws_ses_configuration_set" "main" {
  name                       = "fidelity-v1"
  reputation_metrics_enabled = true
  sending_enabled            = true

  delivery_options {
    tls_policy = "Require"
  }
}

resource "aws_ses_event_destination" "feedback" {
  name                   = "feedback"
  configuration_set_name = aws_ses_configuration_set.main.name
  enabled                = true
  matching_types         = ["bounce", "complaint"]

  sns_destination {
    topic_arn = aws_sns_topic.feedback.arn
  }
}
