"""Route 53 throttling (``python -m emulator --route53-throttling``), as the Route 53 developer guide describes it.

Token buckets per account (all actions combined, each action, record changes), a refusal that
is HTTP 400 ``Throttling`` "Rate exceeded" and changes nothing, ``PriorRequestNotComplete`` for a
zone still processing a change, and the real Terraform AWS provider retrying through both.
The buckets are tested with a clock of their own; everything else against a real emulator.
"""

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from emulator.route53.exceptions import PriorRequestNotComplete, Throttling
from emulator.route53.throttling import (
    BucketSize,
    Settings,
    Throttle,
    TokenBucket,
    change_tokens,
    floor,
    parse_bucket,
)
from toolchain.bindings import PROVIDER_VERSION

NO_RETRIES = Config(retries={"total_max_attempts": 1})
RATE_EXCEEDED = ("Throttling", "Rate exceeded")
PRIOR_REQUEST = ("PriorRequestNotComplete",
                 "The request was rejected because Route 53 was still processing a prior request.")
ERROR_BODY = re.compile(
    rb'<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type>'
    rb"<Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>[^<]+</RequestId></ErrorResponse>"
)
ACCOUNT = "123456789012"
OTHER = "210987654321"
TERRAFORM = shutil.which("terraform")


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def sized(**buckets: str) -> Settings:
    return Settings({name: BucketSize(*map(float, size.split("/"))) for name, size in buckets.items()})


def admitted(throttle: Throttle, action: str, changes=None, account: str = ACCOUNT) -> bool:
    try:
        throttle.admit(account, action, changes)
    except Throttling:
        return False
    return True


def upsert(name: str) -> dict:
    return {"Action": "UPSERT", "ResourceRecordSet": {"Name": name}}


# The buckets, with an injected clock


def test_a_bucket_allows_its_burst_then_refills_at_its_rate():
    clock = Clock()
    bucket = TokenBucket(BucketSize(3, 2), clock())
    for _ in range(3):
        assert bucket.holds(1, clock())
        bucket.take(1, clock())
    assert not bucket.holds(1, clock())
    clock.advance(0.25)
    assert not bucket.holds(1, clock())  # half a token
    clock.advance(0.25)
    assert bucket.holds(1, clock())
    clock.advance(60)
    assert bucket.level(clock()) == 3  # refill tokens beyond the capacity are discarded


def test_the_guides_sizes_are_the_defaults():
    settings = Settings()
    assert settings.size("account") == BucketSize(50, 10)
    assert settings.size("GetChange") == BucketSize(50, 10)  # an action the guide does not list
    assert settings.size("CreateHostedZone") == BucketSize(40, 2)
    assert settings.size("CreateHealthCheck") == BucketSize(50, 0.5)
    assert settings.size("changes") == BucketSize(1500, 100)
    changed = sized(default="5/1", CreateHostedZone="3/1")
    assert changed.size("GetChange") == BucketSize(5, 1)
    assert changed.size("CreateHostedZone") == BucketSize(3, 1)
    assert changed.size("DeleteHostedZone") == BucketSize(40, 5)


def test_a_request_needs_a_token_from_its_action_and_from_the_account():
    clock = Clock()
    throttle = Throttle(sized(account="4/1", CreateHostedZone="2/0.5"), clock)
    assert admitted(throttle, "CreateHostedZone")
    assert admitted(throttle, "CreateHostedZone")
    assert not admitted(throttle, "CreateHostedZone")  # its action's bucket is empty
    assert admitted(throttle, "GetChange")  # the account's had 2 left: the refusal took none
    assert admitted(throttle, "ListHostedZones")
    assert not admitted(throttle, "GetChange")  # the account's bucket is empty
    assert admitted(throttle, "ListHostedZones", account="210987654321")  # another account has its own
    clock.advance(1)
    assert admitted(throttle, "GetChange")
    assert not admitted(throttle, "CreateHostedZone")  # half a token
    clock.advance(1)
    assert admitted(throttle, "CreateHostedZone")
    assert throttle.throttled == {("Throttling", "CreateHostedZone"): 2, ("Throttling", "GetChange"): 1}


def test_record_changes_draw_on_the_change_throughput_bucket():
    assert change_tokens("ChangeResourceRecordSets", [upsert("a"), {"Action": "CREATE"}, {"Action": "DELETE"}]) == 4
    assert change_tokens("CreateHostedZone") == change_tokens("DeleteHostedZone") == 2
    assert change_tokens("AssociateVPCWithHostedZone") == change_tokens("DisassociateVPCFromHostedZone") == 2
    assert change_tokens("ListResourceRecordSets") == 0
    clock = Clock()
    throttle = Throttle(sized(changes="5/1"), clock)
    assert admitted(throttle, "CreateHostedZone")  # 2 changes: 3 left
    assert not admitted(throttle, "ChangeResourceRecordSets", [upsert("a"), upsert("b")])  # 4
    assert admitted(throttle, "ChangeResourceRecordSets", [upsert("a"), {"Action": "DELETE"}])  # 3
    assert admitted(throttle, "GetChange")  # no changes: request rate only
    assert not admitted(throttle, "DeleteHostedZone")
    clock.advance(2)
    assert admitted(throttle, "DeleteHostedZone")


def test_a_zone_processing_a_change_refuses_the_next_one():
    clock = Clock()
    throttle = Throttle(Settings(change_processing=2), clock)
    with throttle.processing(ACCOUNT, "/hostedzone/Z1"):
        with pytest.raises(PriorRequestNotComplete), throttle.processing(ACCOUNT, "Z1"):
            pass  # concurrent with the first
        with throttle.processing(ACCOUNT, "Z2"):
            pass  # another zone
    clock.advance(1.5)
    with pytest.raises(PriorRequestNotComplete), throttle.processing(ACCOUNT, "Z1"):
        pass
    clock.advance(0.5)
    with pytest.raises(ValueError), throttle.processing(ACCOUNT, "Z1"):
        raise ValueError("a refused batch")
    with throttle.processing(ACCOUNT, "Z1") as processing:  # the refused batch left no processing time
        processing.accepted = False  # refused as the handler answered
    with throttle.processing(ACCOUNT, "Z1"):  # and neither did this one
        pass
    assert throttle.throttled == {("PriorRequestNotComplete", "ChangeResourceRecordSets"): 2}


def test_the_floor_is_the_slowest_buckets_tokens_beyond_its_burst_over_its_rate():
    settings = sized(account="4/1", changes="10/5")
    assert floor({}, settings) == 0
    assert floor({"account": 4, "changes": 10}, settings) == 0  # within both bursts
    assert floor({"account": 6, "changes": 10}, settings) == 2  # 2 tokens past the burst at 1 a second
    assert floor({"account": 6, "changes": 30}, settings) == 4  # the change bucket is the slower
    assert floor({"CreateHostedZone": 50}, Settings()) == 5  # the guide's 40, then 2 a second


def test_usage_counts_the_tokens_admitted_requests_took_and_the_floor_they_set():
    clock = Clock()
    throttle = Throttle(sized(account="2/1", CreateHostedZone="2/0.5"), clock)
    assert admitted(throttle, "CreateHostedZone")
    assert admitted(throttle, "CreateHostedZone")
    assert not admitted(throttle, "GetChange")  # refused: takes nothing
    clock.advance(1)
    assert admitted(throttle, "GetChange")
    assert throttle.usage() == {
        "accounts": {ACCOUNT: {
            "buckets": {
                "account": {"capacity": 2, "refill_rate": 1, "taken": 3},
                "changes": {"capacity": 1500, "refill_rate": 100, "taken": 4},
                "CreateHostedZone": {"capacity": 2, "refill_rate": 0.5, "taken": 2},
                "GetChange": {"capacity": 50, "refill_rate": 10, "taken": 1},
            },
            "floor_seconds": 1.0,  # the account's third token came after one second
        }},
        "throttled": {"Throttling GetChange": 1},
    }


@pytest.mark.parametrize("text, parsed", [
    ("CreateHostedZone=40/2", ("CreateHostedZone", BucketSize(40, 2))),
    ("account = 5/0.5", ("account", BucketSize(5, 0.5))),
    ("changes=1500/100", ("changes", BucketSize(1500, 100))),
])
def test_bucket_settings_are_name_burst_and_rate(text, parsed):
    assert parse_bucket(text) == parsed


@pytest.mark.parametrize("text", ["CreateHostedZone=40", "CreateZone=1/1", "GetChange=0/1", "GetChange=1/0", "x"])
def test_bad_bucket_settings_are_refused(text):
    with pytest.raises(ValueError):
        parse_bucket(text)


# Over HTTP, with boto3's retries off


def refusal(call, **kwargs) -> tuple[int, str, str]:
    with pytest.raises(ClientError) as refused:
        call(**kwargs)
    response = refused.value.response
    return response["ResponseMetadata"]["HTTPStatusCode"], response["Error"]["Code"], response["Error"]["Message"]


def change(zone_id: str, action: str, name: str, value: str) -> dict:
    return {
        "HostedZoneId": zone_id,
        "ChangeBatch": {"Changes": [{"Action": action, "ResourceRecordSet": {
            "Name": name, "Type": "TXT", "TTL": 300, "ResourceRecords": [{"Value": f'"{value}"'}]}}]},
    }


def txt_records(r53, zone_id: str) -> dict[str, list[str]]:
    record_sets = r53.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
    return {rrset["Name"]: [record["Value"] for record in rrset["ResourceRecords"]]
            for rrset in record_sets if rrset["Type"] == "TXT"}


def log_lines(emulator, code: str) -> list[str]:
    return [line for line in emulator.log_path.read_text().splitlines() if f"400 {code}: Route 53" in line]


def test_throttling_is_off_by_default(aws, emulator):
    r53 = aws("route53", config=NO_RETRIES)
    for _ in range(60):  # over the guide's burst of 50 at 10 a second
        r53.list_hosted_zones()
    assert emulator.get("/_emulator/route53/throttling") == (200, {"enabled": False})


def test_an_action_over_its_bucket_is_400_throttling_rate_exceeded_until_it_refills(spawn_emulator):
    with spawn_emulator("--route53-throttling", "--route53-bucket", "CreateHostedZone=2/1") as emulator:
        r53 = emulator.client("route53", config=NO_RETRIES)
        bodies: list[bytes] = []
        r53.meta.events.register("after-call.route-53.CreateHostedZone",
                                 lambda http_response, **_: bodies.append(http_response.content))
        r53.create_hosted_zone(Name="one.example.net", CallerReference="one")
        r53.create_hosted_zone(Name="two.example.net", CallerReference="two")
        assert refusal(r53.create_hosted_zone, Name="three.example.net", CallerReference="three") == (
            400, *RATE_EXCEEDED)
        assert ERROR_BODY.fullmatch(bodies[-1].split(b"\n", 1)[1]), bodies[-1]
        # Nothing of it was done: no zone, and its CallerReference is still free.
        assert [zone["Name"] for zone in r53.list_hosted_zones()["HostedZones"]] == [
            "one.example.net.", "two.example.net."]
        r53.list_hosted_zones_by_name()  # other actions have their own buckets
        time.sleep(1.1)  # one token back
        r53.create_hosted_zone(Name="three.example.net", CallerReference="three")
        assert len(log_lines(emulator, "Throttling")) == 1
        status, usage = emulator.get("/_emulator/route53/throttling")
        assert status == 200 and usage["enabled"] is True
        assert usage["throttled"] == {"Throttling CreateHostedZone": 1}
        (account,) = usage["accounts"].values()
        assert account["buckets"]["CreateHostedZone"] == {"capacity": 2, "refill_rate": 1, "taken": 3}
        assert account["buckets"]["changes"]["taken"] == 6  # 2 for each zone
        assert account["floor_seconds"] == 1  # the third zone's token came after a second


def test_all_actions_of_an_account_share_its_bucket(spawn_emulator):
    with spawn_emulator("--route53-throttling", "--route53-bucket", "account=3/0.5") as emulator:
        r53 = emulator.client("route53", config=NO_RETRIES)
        r53.list_hosted_zones()
        r53.list_hosted_zones_by_name()
        r53.list_health_checks()
        assert refusal(r53.list_hosted_zones) == (400, *RATE_EXCEEDED)
        other_account = emulator.client("route53", config=NO_RETRIES)
        other_account.meta.events.register(  # moto's header naming the account of a request
            "before-send.route-53", lambda request, **_: request.headers.__setitem__("x-moto-account-id", OTHER))
        other_account.list_hosted_zones()  # another account has a bucket of its own
        assert [line.split(" of account ")[1][:12] for line in log_lines(emulator, "Throttling")] == [ACCOUNT]


def test_a_throttled_change_batch_changes_nothing(spawn_emulator, tmp_path):
    # The zone takes 2 change tokens, the first batch 2 (an UPSERT): 1 left, short of the next UPSERT's 2.
    with spawn_emulator("--route53-throttling", "--route53-bucket", "changes=5/0.5") as emulator:
        r53 = emulator.client("route53", config=NO_RETRIES)
        zone_id = r53.create_hosted_zone(Name="changes.example.net", CallerReference="c")["HostedZone"]["Id"]
        r53.change_resource_record_sets(**change(zone_id, "UPSERT", "a.changes.example.net", "first"))
        assert refusal(r53.change_resource_record_sets,
                       **change(zone_id, "UPSERT", "a.changes.example.net", "second")) == (400, *RATE_EXCEEDED)
        assert txt_records(r53, zone_id) == {"a.changes.example.net.": ['"first"']}
        r53.change_resource_record_sets(**change(zone_id, "CREATE", "b.changes.example.net", "one"))  # 1 token
        assert txt_records(r53, zone_id) == {"a.changes.example.net.": ['"first"'], "b.changes.example.net.": ['"one"']}
        time.sleep(2.1)  # one change token back: enough for a CREATE, not an UPSERT
        assert refusal(r53.change_resource_record_sets,
                       **change(zone_id, "UPSERT", "a.changes.example.net", "second"))[1] == "Throttling"
        r53.change_resource_record_sets(**change(zone_id, "DELETE", "b.changes.example.net", "one"))
        assert txt_records(r53, zone_id) == {"a.changes.example.net.": ['"first"']}
        assert len(log_lines(emulator, "Throttling")) == 2


def test_a_zone_still_processing_a_change_answers_prior_request_not_complete(spawn_emulator):
    with spawn_emulator("--route53-throttling", "--route53-change-processing", "1") as emulator:
        r53 = emulator.client("route53", config=NO_RETRIES)
        bodies: list[bytes] = []
        r53.meta.events.register("after-call.route-53.ChangeResourceRecordSets",
                                 lambda http_response, **_: bodies.append(http_response.content))
        zone_id = r53.create_hosted_zone(Name="busy.example.net", CallerReference="b")["HostedZone"]["Id"]
        other_id = r53.create_hosted_zone(Name="idle.example.net", CallerReference="i")["HostedZone"]["Id"]
        r53.change_resource_record_sets(**change(zone_id, "CREATE", "a.busy.example.net", "a"))
        assert refusal(r53.change_resource_record_sets,
                       **change(zone_id, "CREATE", "b.busy.example.net", "b")) == (400, *PRIOR_REQUEST)
        assert b"<Code>PriorRequestNotComplete</Code><Message>The request was rejected" in bodies[-1]
        assert txt_records(r53, zone_id) == {"a.busy.example.net.": ['"a"']}
        r53.change_resource_record_sets(**change(other_id, "CREATE", "a.idle.example.net", "a"))  # another zone
        time.sleep(1.1)
        r53.change_resource_record_sets(**change(zone_id, "CREATE", "b.busy.example.net", "b"))
        assert txt_records(r53, zone_id) == {"a.busy.example.net.": ['"a"'], "b.busy.example.net.": ['"b"']}
        assert len(log_lines(emulator, "PriorRequestNotComplete")) == 1


# Terraform: the AWS provider (AWS SDK for Go v2) retries Throttling with backoff

DOMAIN = "throttled.example.net"
RECORDS = {f"r{index}": f"value {index}" for index in range(5)}


def throttled_stack(endpoint: str) -> dict:
    return {
        "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": PROVIDER_VERSION}}},
        "provider": {"aws": {
            "region": "eu-west-3", "access_key": "test", "secret_key": "test",
            "skip_credentials_validation": True, "skip_requesting_account_id": True,
            "skip_metadata_api_check": True,
            # The stacks' local endpoint allows 3 attempts (stacks/local_endpoint.py): enough for a dead
            # endpoint, not for buckets this tight. 10 attempts, backoff doubling from up to 2 s.
            "max_retries": 10, "retry_mode": "standard",
            "endpoints": [{"route53": endpoint, "sts": endpoint}],
        }},
        "resource": {
            "aws_route53_zone": {"main": {"name": DOMAIN}},
            "aws_route53_record": {
                name: {"zone_id": "${aws_route53_zone.main.zone_id}", "name": f"{name}.{DOMAIN}", "type": "TXT",
                       "ttl": 300, "records": [value]}
                for name, value in RECORDS.items()
            },
        },
    }


@pytest.mark.skipif(TERRAFORM is None, reason="needs terraform")
@pytest.mark.timeout(600)
def test_terraform_applies_through_throttling(spawn_emulator, tool_env, tmp_path: Path):
    # One ChangeResourceRecordSets at once, then one a second: the records, created in parallel, are throttled.
    with spawn_emulator("--route53-throttling", "--route53-bucket", "ChangeResourceRecordSets=1/1") as emulator:
        workdir = tmp_path / "stack"
        workdir.mkdir()
        (workdir / "main.tf.json").write_text(json.dumps(throttled_stack(emulator.url), indent=2))
        env = {key: value for key, value in tool_env.items() if not key.startswith("AWS_")}
        env |= {"AWS_CA_BUNDLE": str(emulator.ca_bundle), "TF_INPUT": "0"}
        for command in (["init"], ["apply", "-auto-approve"], ["plan", "-detailed-exitcode"]):
            assert TERRAFORM is not None
            result = subprocess.run([TERRAFORM, *command, "-no-color"], cwd=workdir, env=env, capture_output=True,
                                    text=True, timeout=300)
            assert result.returncode == 0, f"terraform {command[0]}:\n{result.stdout}\n{result.stderr}"

        r53 = emulator.client("route53")
        (zone,) = r53.list_hosted_zones()["HostedZones"]
        assert txt_records(r53, zone["Id"]) == {f"{name}.{DOMAIN}.": [f'"{value}"'] for name, value in RECORDS.items()}
        throttled = log_lines(emulator, "Throttling")
        assert throttled, emulator.log_path.read_text()
        assert all("ChangeResourceRecordSets" in line for line in throttled)
        print(f"{len(throttled)} ChangeResourceRecordSets throttled and retried by the provider")
