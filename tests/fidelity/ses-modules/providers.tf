# The SES, SES v2 and Route 53 resource types the public SES Terraform modules use, in one
# configuration: tests/integration/test_fidelity.py applies it to the emulator, plans again (the
# plan must be empty) and destroys it. The provider reaches the emulator as the project's stacks do
# (stacks/local_endpoint.py): endpoints from TF_VAR_endpoint, its CA from AWS_CA_BUNDLE, test
# credentials, path-style S3, no account or credential checks, at most 3 attempts per call.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

variable "endpoint" {
  description = "The emulator's URL, e.g. https://127.0.0.1:4566."
  type        = string
}

variable "region" {
  type    = string
  default = "eu-west-3"
}

variable "domain" {
  type    = string
  default = "fidelity.example"
}

provider "aws" {
  region     = var.region
  access_key = "test"
  secret_key = "test"

  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  s3_use_path_style           = true
  max_retries                 = 3
  retry_mode                  = "standard"

  endpoints {
    iam     = var.endpoint
    route53 = var.endpoint
    s3      = var.endpoint
    ses     = var.endpoint
    sesv2   = var.endpoint
    sns     = var.endpoint
    sts     = var.endpoint
  }
}

data "aws_caller_identity" "current" {}
