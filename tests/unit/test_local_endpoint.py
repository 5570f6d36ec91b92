"""AWS_ENDPOINT_URL adds what a local endpoint needs to provider and backend, and nothing else."""

from __future__ import annotations

import copy

import pytest

from helpers import TWO_DOMAINS_CONFIG
from stacks.local_endpoint import LocalEndpoint

URL = "https://127.0.0.1:4566"
RETRY_KEYS = {"max_retries", "retry_mode"}
PROVIDER_KEYS = {"access_key", "secret_key", "endpoints", "s3_use_path_style", "skip_credentials_validation",
                 "skip_metadata_api_check", "skip_requesting_account_id", *RETRY_KEYS}
BACKEND_KEYS = {"access_key", "secret_key", "endpoints", "use_path_style", "skip_credentials_validation",
                "skip_metadata_api_check", "skip_requesting_account_id", *RETRY_KEYS}


def strip_local(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    for provider in doc.get("provider", {}).get("aws", []):
        for key in PROVIDER_KEYS:
            provider.pop(key, None)
    backend = doc["terraform"]["backend"].get("s3")
    for key in BACKEND_KEYS if backend else ():
        backend.pop(key, None)
    return doc


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    from helpers import synth_config

    real = synth_config(TWO_DOMAINS_CONFIG, tmp_path_factory.mktemp("real"))
    local = synth_config(TWO_DOMAINS_CONFIG, tmp_path_factory.mktemp("local"), LocalEndpoint(URL))
    return real, local


def test_rest_of_the_json_is_identical(both):
    real, local = both
    assert sorted(real) == sorted(local)
    for name in real:
        assert strip_local(local[name].doc) == real[name].doc, name


def test_every_provider_points_at_the_endpoint(both):
    _, local = both
    for stack in local.values():
        for provider in stack.doc["provider"]["aws"]:
            (endpoints,) = provider["endpoints"]
            assert {endpoints[s] for s in ("route53", "sesv2", "s3", "sts", "dynamodb")} == {URL}
            assert provider["s3_use_path_style"] is True
            assert "skip_requesting_account_id" not in provider  # the account comes from STS, as in AWS
            assert (provider["access_key"], provider["secret_key"]) == ("test", "test")


def test_backend_points_at_the_endpoint(both):
    _, local = both
    backend = local["polplana-work"].doc["terraform"]["backend"]["s3"]
    assert backend["endpoints"]["s3"] == URL
    assert backend["use_path_style"] is True
    assert backend["use_lockfile"] is True and backend["encrypt"] is True


def test_a_dead_endpoint_fails_fast_with_few_retries(both):
    """Provider and backend give up after 3 attempts (2 retries, at most 6 s of backoff), in standard mode."""
    real, local = both
    for stack in local.values():
        for provider in stack.doc["provider"]["aws"]:
            assert (provider["max_retries"], provider["retry_mode"]) == (3, "standard")
        backend = stack.doc["terraform"]["backend"]["s3"]
        assert (backend["max_retries"], backend["retry_mode"]) == (3, "standard")
    # Real AWS keeps the provider's and backend's own defaults.
    for stack in real.values():
        for provider in stack.doc["provider"]["aws"]:
            assert not RETRY_KEYS & provider.keys()
        assert not RETRY_KEYS & stack.doc["terraform"]["backend"].get("s3", {}).keys()


@pytest.mark.parametrize("value", ["localhost:4566", "ftp://x", "http://"])
def test_bad_endpoint_url_is_refused(value):
    with pytest.raises(ValueError, match="AWS_ENDPOINT_URL"):
        LocalEndpoint.from_env({"AWS_ENDPOINT_URL": value})


def test_no_endpoint_without_the_variable():
    assert LocalEndpoint.from_env({}) is None
    assert LocalEndpoint.from_env({"AWS_ENDPOINT_URL": URL + "/"}) == LocalEndpoint(URL)


def test_the_attempts_per_call_can_be_raised_for_a_throttling_emulator():
    endpoint = LocalEndpoint.from_env({"AWS_ENDPOINT_URL": URL, "MAIL_LOCAL_MAX_RETRIES": "10"})
    assert endpoint == LocalEndpoint(URL, max_retries=10)
    assert endpoint.provider_settings()["max_retries"] == endpoint.backend_settings()["max_retries"] == 10
    assert LocalEndpoint.from_env({"AWS_ENDPOINT_URL": URL, "MAIL_LOCAL_MAX_RETRIES": ""}) == LocalEndpoint(URL)


@pytest.mark.parametrize("value", ["0", "-1", "ten", "2.5", "101", "\u00b2"])
def test_a_bad_number_of_attempts_is_refused(value):
    with pytest.raises(ValueError, match=f"MAIL_LOCAL_MAX_RETRIES={value!r}"):
        LocalEndpoint.from_env({"AWS_ENDPOINT_URL": URL, "MAIL_LOCAL_MAX_RETRIES": value})
