"""Retired domains: stacks with state in the bucket that the config no longer lists.

A domain removed from ``domains.toml`` drops out of every plan and deploy, but its hosted zone,
SES identity and state stay. ``retired`` lists them with what is still live (from their state);
``forget STACK`` moves such a stack's state aside (``retired/<stack>/...`` in the same bucket)
and leaves AWS untouched. Destroying instead is done while the domain is still in the config
(README, "Retiring a domain").
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from typing import Any

from modules.state import state_key
from ops.aws import OpsError, client
from ops.deploy_check import held_lock
from stacks.config import STATE_STACK, Config

STATE_SUFFIX = "/terraform.tfstate"
RETIRED_PREFIX = "retired/"


@dataclass(frozen=True)
class Retired:
    stack: str
    key: str
    zones: list[str] = field(default_factory=list)       # "name (zone id)"
    identities: list[str] = field(default_factory=list)  # "name (ARN)"
    resources: int = 0

    def describe(self, bucket: str) -> str:
        live = "; ".join([*(f"zone {z}" for z in self.zones), *(f"SES identity {i}" for i in self.identities)])
        return f"{self.stack}: {self.resources} resources in s3://{bucket}/{self.key}" + (f" ({live})" if live else "")


def _live(state: dict[str, Any]) -> tuple[list[str], list[str], int]:
    zones, identities, count = [], [], 0
    for resource in state.get("resources", []):
        if resource.get("mode") != "managed":
            continue
        for instance in resource.get("instances", []):
            count += 1
            attributes = instance.get("attributes", {})
            if resource.get("type") == "aws_route53_zone":
                zones.append(f"{attributes.get('name')} ({attributes.get('zone_id')})")
            elif resource.get("type") == "aws_sesv2_email_identity":
                identities.append(f"{attributes.get('email_identity')} ({attributes.get('arn')})")
    return zones, identities, count


def retired_stacks(config: Config) -> list[Retired]:
    """Stacks with a non-empty state in the bucket that are neither ``state`` nor in the config."""
    s3 = client("s3", config.state.region)
    known = {STATE_STACK, *(domain.stack_name for domain in config.domains)}
    found = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=config.state.bucket):
        for item in page.get("Contents", []):
            key = item["Key"]
            stack = key.removesuffix(STATE_SUFFIX)
            if not key.endswith(STATE_SUFFIX) or "/" in stack or stack in known:
                continue
            body = s3.get_object(Bucket=config.state.bucket, Key=key)["Body"].read()
            try:
                state = json.loads(body)
            except ValueError:
                raise OpsError(f"s3://{config.state.bucket}/{key} is not a Terraform state file") from None
            zones, identities, count = _live(state)
            if count:
                found.append(Retired(stack, key, zones, identities, count))
    return found


def render(retired: list[Retired], bucket: str) -> str:
    if not retired:
        return f"no retired stacks: every stack with state in s3://{bucket} is in the config\n"
    lines = [f"{len(retired)} stack(s) have state in s3://{bucket} but are not in the config; "
             "their resources are live and no plan or deploy touches them:"]
    lines += [f"  {item.describe(bucket)}" for item in retired]
    lines.append("Put the domain back in the config, or retire it for good (README, \"Retiring a domain\").")
    return "\n".join(lines) + "\n"


def render_markdown(retired: list[Retired]) -> str:
    if not retired:
        return ""
    lines = ["### Retired stacks (state in the bucket, not in the config)", "",
             "| stack | live resources | hosted zone | SES identity |", "|---|---|---|---|"]
    for item in retired:
        lines.append(f"| `{item.stack}` | {item.resources} | {', '.join(item.zones) or '-'} | "
                     f"{', '.join(item.identities) or '-'} |")
    lines += ["", "No plan covers them. Put each back in the config, or retire it "
              "(README, \"Retiring a domain\").", ""]
    return "\n".join(lines)


def forget(config: Config, stack: str) -> str:
    """Move ``stack``'s state to ``retired/<stack>/terraform.tfstate.<UTC time>``; AWS is not touched."""
    if stack == STATE_STACK:
        raise OpsError("the state stack cannot be forgotten")
    if stack in {domain.stack_name for domain in config.domains}:
        raise OpsError(f"{stack} is in the config: remove its [[domain]] table first")
    s3 = client("s3", config.state.region)
    bucket, key = config.state.bucket, state_key(stack)
    try:
        s3.head_object(Bucket=bucket, Key=key)
    except s3.exceptions.ClientError:
        raise OpsError(f"no state for {stack} in s3://{bucket}/{key}") from None
    lock = held_lock(config, stack)
    if lock is not None:
        raise OpsError(f"{stack}'s state is locked (lock {lock.get('ID')}, {lock.get('Who')}): "
                       "a Terraform of it may be running")
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = f"{RETIRED_PREFIX}{key}.{stamp}"
    s3.copy_object(Bucket=bucket, Key=target, CopySource={"Bucket": bucket, "Key": key})
    s3.head_object(Bucket=bucket, Key=target)
    s3.delete_object(Bucket=bucket, Key=key)
    if config.state.lock == "dynamodb":
        # The S3 backend's digest of that state: left behind, it would fail the stack's next init.
        client("dynamodb", config.state.region).delete_item(
            TableName=config.state.dynamodb_table, Key={"LockID": {"S": f"{bucket}/{key}-md5"}})
    return (f"{stack}: state moved to s3://{bucket}/{target}; its AWS resources are untouched and now "
            "managed by nothing here")

