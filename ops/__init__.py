"""Operations outside Terraform: zone report, SES account and production access, DNS checks.

Every command talks to real AWS, or to a local endpoint when ``AWS_ENDPOINT_URL``
is set (boto3 reads it), with the same code.
"""
