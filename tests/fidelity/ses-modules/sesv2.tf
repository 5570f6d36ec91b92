# SES v2: a second identity (a subdomain: SES keeps one identity per name for v1 and v2) with a
# sending policy and feedback attributes, and a configuration set with an event destination.

resource "aws_sesv2_configuration_set" "main" {
  configuration_set_name = "fidelity-v2"

  reputation_options {
    reputation_metrics_enabled = true
  }

  sending_options {
    sending_enabled = true
  }

  suppression_options {
    suppressed_reasons = ["BOUNCE", "COMPLAINT"]
  }
}

resource "aws_sesv2_configuration_set_event_destination" "feedback" {
  configuration_set_name = aws_sesv2_configuration_set.main.configuration_set_name
  event_destination_name = "feedback"

  event_destination {
    enabled              = true
    matching_event_types = ["BOUNCE", "COMPLAINT"]

    sns_destination {
      topic_arn = aws_sns_topic.feedback.arn
    }
  }
}

resource "aws_sesv2_email_identity" "news" {
  email_identity         = "news.${var.domain}"
  configuration_set_name = aws_sesv2_configuration_set.main.configuration_set_name
}

resource "aws_sesv2_email_identity_policy" "news" {
  email_identity = aws_sesv2_email_identity.news.email_identity
  policy_name    = "account-may-send"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountMaySend"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = aws_sesv2_email_identity.news.arn
    }]
  })
}

resource "aws_sesv2_email_identity_feedback_attributes" "news" {
  email_identity           = aws_sesv2_email_identity.news.email_identity
  email_forwarding_enabled = false
}
