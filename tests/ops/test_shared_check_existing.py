"""`check-existing` and `adopt` for domains in a shared stack, against the emulator.

One state holds every domain of a shared stack, so what a domain's stack "manages" is only what its
own construct holds in it: another domain's zone in the same state must not hide this domain's
hand-made zone. A domain adopts only in a stack of its own; both commands say so and write nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from local_aws import config

BUCKET = "shared-check"
STACK_KEYS = 'stack = "fleet"\n'


@pytest.fixture
def config_file(tmp_path) -> Path:
    path = tmp_path / "domains.toml"
    path.write_text(config("alpha.example", "beta.example", bucket=BUCKET, extra_domain_keys=STACK_KEYS))
    return path


def put_fleet_state(emulator, resources: list[tuple[str, str, str]]) -> None:
    """The shared stack's state: (type, name, id) per resource, names as cdktf gives them there."""
    s3 = emulator.client("s3", "eu-south-2")
    if BUCKET not in {bucket["Name"] for bucket in s3.list_buckets()["Buckets"]}:
        s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-south-2"})
    state = {"version": 4, "resources": [
        {"mode": "managed", "type": kind, "name": name, "instances": [{"attributes": {"id": id}}]}
        for kind, name, id in resources]}
    s3.put_object(Bucket=BUCKET, Key="fleet/terraform.tfstate", Body=json.dumps(state).encode())


def zone(emulator, name: str) -> str:
    made = emulator.client("route53").create_hosted_zone(Name=name, CallerReference=f"console-{name}")
    return made["HostedZone"]["Id"].rsplit("/", 1)[-1]


def test_another_domains_zone_in_the_state_does_not_hide_a_hand_made_zone(fresh, ops, config_file):
    alpha = zone(fresh, "alpha.example")
    beta = zone(fresh, "beta.example")
    put_fleet_state(fresh, [("aws_route53_zone", "alpha-example_email_zone_3B6482F6", alpha)])
    result = ops("check-existing", "fleet", MAIL_DOMAINS_FILE=str(config_file))
    assert result.returncode == 1, result.stderr
    assert "stack fleet (domain beta.example): these exist in AWS but not in its state" in result.stderr
    assert f"hosted zone {beta} (beta.example)" in result.stderr
    assert "domain alpha.example" not in result.stderr  # its zone is in the state, under its own construct
    assert "a domain in a shared stack cannot adopt" in result.stderr and "ops adopt" not in result.stderr

    put_fleet_state(fresh, [("aws_route53_zone", "alpha-example_email_zone_3B6482F6", alpha),
                            ("aws_route53_zone", "beta-example_email_zone_0A1B2C3D", beta)])
    assert ops("check-existing", "fleet", MAIL_DOMAINS_FILE=str(config_file)).returncode == 0


def test_adopting_in_a_shared_stack_is_refused_and_nothing_is_written(fresh, ops, config_file):
    zone(fresh, "beta.example")
    before = config_file.read_bytes()
    checked = ops("check-existing", "fleet", "--adopt", MAIL_DOMAINS_FILE=str(config_file))
    assert checked.returncode == 1
    assert "nothing adopted: beta.example (stack fleet): a domain in a shared stack cannot adopt" in checked.stderr
    adopted = ops("adopt", "beta.example", "--write", MAIL_DOMAINS_FILE=str(config_file))
    assert adopted.returncode == 1
    assert "beta.example is in the shared stack 'fleet': a domain in a shared stack cannot adopt" in adopted.stderr
    assert config_file.read_bytes() == before


@pytest.mark.parametrize(("stray", "named"), [
    ("gamma-example_email_zone_5C0FFEE1", "gamma-example"),  # a domain taken out of the stack
    ("email_zone_3B6482F6", "email_zone_3B6482F6"),  # a retired stack of one domain whose name the stack took
])
def test_a_shared_state_holding_what_no_member_owns_stops_before_a_plan_destroys_it(fresh, ops, config_file, stray,
                                                                                     named):
    """``prevent_destroy`` leaves with the configuration: the plan would delete that zone and identity."""
    put_fleet_state(fresh, [("aws_route53_zone", "alpha-example_email_zone_3B6482F6", "Z1"),
                            ("aws_route53_zone", stray, "Z2")])
    before = config_file.read_bytes()
    for extra in ((), ("--adopt",)):
        result = ops("check-existing", "fleet", *extra, MAIL_DOMAINS_FILE=str(config_file))
        assert result.returncode == 1, result.stderr
        assert f"stack fleet: its state holds resources of no domain of this stack in the config ({named}); " \
               "a plan would destroy them" in result.stderr
        assert "state list | grep '\\.<key>_' | xargs terraform -chdir=<cdktf.out>/stacks/fleet state rm" \
            in result.stderr
    assert config_file.read_bytes() == before
