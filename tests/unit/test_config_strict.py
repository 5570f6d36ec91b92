"""Input that would pass the config but fail mid-apply, or be silently converted, is refused up front.

Each rule names its source in ``stacks/config.py``. Every refusal is a ``ConfigError`` whose
one line per problem names the file, the domain and the key; ``load_config`` writes nothing
(``test_config_errors.py`` runs the app on such configs and checks that no output appears).
"""

from __future__ import annotations

import codecs

import pytest
from pydantic import ValidationError

from helpers import HEAD, SEED_CONFIG, domains, refused
from modules.dns_names import MAX_NAME_LENGTH
from modules.values import DmarcPolicy, dkim_record_name_length
from stacks.config import STACK_TAG_KEYS, ConfigError, load_config, partition_of


def name_of_length(length: int) -> str:
    """A valid domain name exactly ``length`` characters long (labels of at most 63)."""
    labels, left = [], length - len(".com")
    while left > 0:
        size = min(63, left) if left != 64 else 62  # never leave a lone dot
        labels.append("a" * size)
        left -= size + 1
    name = ".".join(labels) + ".com"
    assert len(name) == length, (len(name), length)
    return name


# 1. Names derived from the domain name must fit DNS (253 characters).


def test_dkim_record_names_bound_the_domain_name(write_config):
    longest = name_of_length(MAX_NAME_LENGTH - len("._domainkey.") - 32)
    assert len(longest) == 209 and dkim_record_name_length(longest) == MAX_NAME_LENGTH
    load_config(write_config(domains(f'[[domain]]\nname = "{longest}"\n')))
    too_long = name_of_length(240)
    assert refused(write_config, domains(f'[[domain]]\nname = "{too_long}"\n')) == [
        f"domain {too_long!r}: name: is 240 characters; its DKIM records "
        "`<32-character token>._domainkey.<name>` would be 284, over DNS's 253 "
        "(the longest name that fits is 209 characters)"
    ]


def test_the_dmarc_record_name_fits_whenever_the_dkim_names_do():
    """Easy DKIM is always on, so its names bound the domain's; `_dmarc.<name>` is shorter."""
    longest = name_of_length(209)
    assert len(DmarcPolicy.record_name(longest)) < dkim_record_name_length(longest) <= MAX_NAME_LENGTH


def test_mail_from_domain_must_fit(write_config):
    name, label = name_of_length(200), "b" * 53
    load_config(write_config(domains(f'[[domain]]\nname = "{name}"\nmail_from = "{label[:52]}"\n')))
    assert refused(write_config, domains(f'[[domain]]\nname = "{name}"\nmail_from = "{label}"\n')) == [
        f"domain {name!r}: mail_from: the MAIL FROM domain `{label}.<name>` would be 254 characters, "
        "over DNS's 253 (name is 200): use a label of at most 52 characters"
    ]
    # Without MAIL FROM the same name is fine.
    load_config(write_config(domains(f'[[domain]]\nname = "{name}"\nmail_from = false\n')))


# 2. S3's reserved bucket name prefixes and suffixes.


@pytest.mark.parametrize(
    "bucket, expected",
    [
        ("xn--state", "starts with 'xn--', a prefix S3 reserves"),
        ("sthree-state", "starts with 'sthree-', a prefix S3 reserves"),
        ("sthree-configurator-state", "starts with 'sthree-', a prefix S3 reserves"),
        ("amzn-s3-demo-state", "starts with 'amzn-s3-demo-', a prefix S3 reserves"),
        ("state-s3alias", "ends with '-s3alias', a suffix S3 reserves for access point aliases"),
        ("state--ol-s3", "ends with '--ol-s3', a suffix S3 reserves for Object Lambda Access Point aliases"),
        ("state.mrap", "ends with '.mrap', a suffix S3 reserves for Multi-Region Access Points"),
        ("state--x-s3", "ends with '--x-s3', a suffix S3 reserves for directory buckets"),
        ("state--table-s3", "ends with '--table-s3', a suffix S3 reserves for table buckets"),
    ],
)
def test_reserved_bucket_names(bucket, expected, write_config):
    text = f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "{bucket}"\n[[domain]]\nname = "a.work"\n'
    assert refused(write_config, text) == [f"state.bucket: {bucket!r} {expected}: choose another bucket name"]


def test_bucket_names_near_the_reserved_ones_are_fine(write_config):
    for bucket in ("xn-state", "my-sthree-state", "state-s3alias-x", "state-mrap", "x--s3"):
        load_config(write_config(f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "{bucket}"\n'
                                 '[[domain]]\nname = "a.work"\n'))


# 3. Tags: what SES v2, Route 53, S3 and DynamoDB all take.


@pytest.mark.parametrize(
    "tags, expected",
    [
        ('{ "aws:team" = "x" }', "tag 'aws:team': key starts with 'aws:', which AWS reserves for its own tags"),
        ('{ "AWS:team" = "x" }', "tag 'AWS:team': key starts with 'aws:', which AWS reserves for its own tags"),
        ('{ team = "aws:x" }', "tag 'team': value starts with 'aws:', which AWS reserves for its own tags"),
        ('{ "" = "x" }', "tag '': key is 0 characters; keys are 1-128"),
        (f'{{ {"k" * 129} = "x" }}', f"tag {'k' * 129!r}: key is 129 characters; keys are 1-128"),
        (f'{{ team = "{"v" * 257}" }}', "tag 'team': value is 257 characters; values are 0-256"),
        ('{ owner = "ops@example.com" }',
         "tag 'owner': value has '@': tags take letters, digits, spaces and _ . : / = + - only"),
        ('{ "cost!center" = "x" }',
         "tag 'cost!center': key has '!': tags take letters, digits, spaces and _ . : / = + - only"),
        ('{ note = "a\\tb" }', "tag 'note': value has '\\t': tags take letters, digits, spaces and _ . : / = + - only"),
    ],
)
def test_tags_aws_refuses(tags, expected, write_config):
    assert refused(write_config, domains(f'[[domain]]\nname = "a.work"\ntags = {tags}\n')) == [
        f"domain 'a.work': tags: {expected}"
    ]
    head = HEAD.replace('ses_region = "eu-west-3"', f"ses_region = \"eu-west-3\"\ntags = {tags}")
    assert refused(write_config, domains('[[domain]]\nname = "a.work"\n', head)) == [f"defaults.tags: {expected}"]


def test_tags_aws_takes(write_config):
    tags = '{ "équipe" = "Études 2024", "cost-center" = "", "a_b.c:d/e=f+g" = "Ünïcödé 1/2" }'
    config = load_config(write_config(domains(f'[[domain]]\nname = "a.work"\ntags = {tags}\n')))
    assert config.domains[0].tags == {"équipe": "Études 2024", "cost-center": "", "a_b.c:d/e=f+g": "Ünïcödé 1/2"}


def tag_table(count: int, prefix: str = "t") -> str:
    return "{ " + ", ".join(f'{prefix}{index} = "x"' for index in range(count)) + " }"


def test_a_created_hosted_zone_takes_ten_tags_the_stack_adds_two(write_config):
    assert STACK_TAG_KEYS == ("managed-by", "email-domain")
    load_config(write_config(domains(f'[[domain]]\nname = "a.work"\ntags = {tag_table(8)}\n')))
    assert refused(write_config, domains(f'[[domain]]\nname = "a.work"\ntags = {tag_table(9)}\n')) == [
        "domain 'a.work': tags: its hosted zone would get 11 tags (9 of its own, 0 from [defaults] tags, "
        "2 every domain stack adds: managed-by, email-domain), over the 10 Route 53 allows on a hosted zone: "
        "use fewer tags"
    ]


def test_tags_are_counted_once_merged_with_the_defaults(write_config):
    head = HEAD.replace('ses_region = "eu-west-3"', f'ses_region = "eu-west-3"\ntags = {tag_table(5)}')
    # 7 of its own (3 shared with the defaults, 1 overriding a stack tag), 2 more from the defaults,
    # 1 from the stack: 10, the most a hosted zone takes.
    own = '{ t0 = "y", t1 = "y", t2 = "y", extra = "y", more = "y", most = "y", managed-by = "me" }'
    load_config(write_config(domains(f'[[domain]]\nname = "a.work"\ntags = {own}\n', head)))
    own = '{ t0 = "y", extra = "y", more = "y", most = "y", last = "y" }'
    assert refused(write_config, domains(f'[[domain]]\nname = "a.work"\ntags = {own}\n', head)) == [
        "domain 'a.work': tags: its hosted zone would get 11 tags (5 of its own, 4 from [defaults] tags, "
        "2 every domain stack adds: managed-by, email-domain), over the 10 Route 53 allows on a hosted zone: "
        "use fewer tags"
    ]


def test_in_an_adopted_zone_the_ses_identity_takes_fifty(write_config):
    domain = '[[domain]]\nname = "a.work"\nzone_id = "Z0123456789ABCDEFGHIJ"\n'
    load_config(write_config(domains(f"{domain}tags = {tag_table(48)}\n")))
    assert refused(write_config, domains(f"{domain}tags = {tag_table(49)}\n")) == [
        "domain 'a.work': tags: its SES identity would get 51 tags (49 of its own, 0 from [defaults] tags, "
        "2 every domain stack adds: managed-by, email-domain), over the 50 SES allows on an identity: use fewer tags"
    ]


def test_the_stack_adds_the_tags_the_config_counts(synth):
    """STACK_TAG_KEYS against what a domain stack really puts on its resources: 8 tags of its own make 10."""
    text = SEED_CONFIG.replace('name = "polplana.work"', f'name = "polplana.work"\ntags = {tag_table(8)}')
    stack = synth(text)["polplana-work"]
    for provider in stack.doc["provider"]["aws"]:
        (default_tags,) = provider["default_tags"]
        assert set(default_tags["tags"]) == set(STACK_TAG_KEYS) | {f"t{index}" for index in range(8)}


# 4. state.kms_key_id: a key the S3 backend and S3 default encryption take, in the bucket's region.

ARN = "arn:aws:kms:eu-south-2:123456789012:"


@pytest.mark.parametrize(
    "key",
    [
        "1234abcd-12ab-34cd-56ef-1234567890ab",
        "mrk-1234abcd12ab34cd56ef1234567890ab",
        "alias/terraform-state",
        "alias/team/state_key",
        ARN + "key/1234abcd-12ab-34cd-56ef-1234567890ab",
        ARN + "key/mrk-1234abcd12ab34cd56ef1234567890ab",
        ARN + "alias/terraform-state",
    ],
)
def test_kms_key_forms_taken(key, write_config):
    text = f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nkms_key_id = "{key}"\n'
    assert load_config(write_config(text + '[[domain]]\nname = "a.work"\n')).state.kms_key_id == key


@pytest.mark.parametrize(
    "key",
    [
        "my-key",
        "terraform-state",  # an alias needs its alias/ prefix
        "1234ABCD-12AB-34CD-56EF-1234567890AB",
        "mrk-1234",
        "alias/",
        "alias/with space",
        "arn:aws:kms:eu-south-2:123456789012:key/not-a-key-id",
        "arn:aws:kms:eu-south-2:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "arn:aws:s3:eu-south-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    ],
)
def test_kms_key_forms_refused(key, write_config):
    text = f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nkms_key_id = "{key}"\n'
    (line,) = refused(write_config, text + '[[domain]]\nname = "a.work"\n')
    assert line.startswith(f"state.kms_key_id: {key!r} is not a KMS key id, key ARN, alias name or alias ARN (like ")


def test_kms_key_arn_in_another_region_than_the_bucket(write_config):
    key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    text = f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nkms_key_id = "{key}"\n'
    assert refused(write_config, text + '[[domain]]\nname = "a.work"\n') == [
        "state.kms_key_id: the key is in 'eu-west-1', but S3 encrypts with a key in the bucket's region, "
        "'eu-south-2'"
    ]
    # The bucket's region is state.region when set.
    load_config(write_config(text + 'region = "eu-west-1"\n[[domain]]\nname = "a.work"\n'))


def test_kms_key_arn_in_another_partition(write_config):
    key = "arn:aws-us-gov:kms:eu-south-2:123456789012:alias/state"
    text = f'[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nkms_key_id = "{key}"\n'
    assert refused(write_config, text + '[[domain]]\nname = "a.work"\n') == [
        "state.kms_key_id: the ARN's partition 'aws-us-gov' is not 'aws', the partition of 'eu-south-2'"
    ]


# 5. One partition for every region.


def test_partitions_from_botocore():
    assert [partition_of(region) for region in ("eu-south-2", "cn-north-1", "us-gov-west-1", "xx-nowhere")] == [
        "aws", "aws-cn", "aws-us-gov", None,
    ]


@pytest.mark.parametrize(
    "head, domain, expected",
    [
        ('[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nregion = "cn-north-1"\n', "",
         "state.region: 'cn-north-1' is in the AWS partition 'aws-cn'"),
        ('[defaults]\nregion = "eu-south-2"\nses_region = "us-gov-west-1"\n[state]\nbucket = "b-1"\n', "",
         "defaults.ses_region: 'us-gov-west-1' is in the AWS partition 'aws-us-gov'"),
        ('[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\n', 'ses_region = "us-gov-west-1"\n',
         "domain 'a.work': ses_region: 'us-gov-west-1' is in the AWS partition 'aws-us-gov'"),
        ('[defaults]\nregion = "us-gov-west-1"\n[state]\nbucket = "b-1"\n', 'ses_region = "eu-west-3"\n',
         "domain 'a.work': ses_region: 'eu-west-3' is in the AWS partition 'aws'"),
    ],
)
def test_regions_in_two_partitions(head, domain, expected, write_config):
    (line,) = refused(write_config, head + '[[domain]]\nname = "a.work"\n' + domain)
    main = "'us-gov-west-1' is in 'aws-us-gov'" if "\nregion = \"us-gov" in head else "'eu-south-2' is in 'aws'"
    assert line == (f"{expected}, but defaults.region {main}: every region must be in one partition "
                    "(the same credentials deploy every stack)")


def test_one_partition_other_than_aws_is_fine(write_config):
    text = '[defaults]\nregion = "us-gov-west-1"\n[state]\nbucket = "b-1"\nregion = "us-gov-east-1"\n'
    config = load_config(write_config(text + '[[domain]]\nname = "a.work"\n'))
    assert (config.state.region, config.domains[0].ses_region) == ("us-gov-east-1", "us-gov-west-1")


# 6. Strict types: the wrong TOML type is an error that says what to write, never a conversion.


@pytest.mark.parametrize(
    "setting, expected",
    [
        ('protect = "no"', "protect: Input should be a boolean (true or false) (got 'no', a string; "
                           "write true or false, without quotes)"),
        ('protect = "false"', "protect: Input should be a boolean (true or false) (got 'false', a string; "
                              "write false, without quotes)"),
        ("protect = 0", "protect: Input should be a boolean (true or false) (got 0, an integer)"),
        ('dkim_ttl = "300"', "dkim_ttl: Input should be an integer (got '300', a string; write 300, without quotes)"),
        ("dkim_ttl = true", "dkim_ttl: Input should be an integer (got True, a boolean)"),
        ("record_ttl = 1.0", "record_ttl: Input should be an integer (got 1.0, a float; write 1, "
                             "without the decimal point)"),
        ("record_ttl = 1.5", "record_ttl: Input should be an integer (got 1.5, a float)"),
        ('dkim_key_length = "1024"', "dkim_key_length: Input should be 1024 or 2048 (got '1024'; write 1024, "
                                     "without quotes)"),
        ("dkim_key_length = 1024.0", "dkim_key_length: Input should be 1024 or 2048 (got 1024.0; write 1024, "
                                     "without the decimal point)"),
        ("dkim_key_length = true", "dkim_key_length: Input should be 1024 or 2048 (got True)"),
        ('tags = { team = 1 }', "tags.team: Input should be a string (got 1, an integer; write \"1\", in quotes)"),
        ('tags = { team = true }', "tags.team: Input should be a string (got True, a boolean; write \"true\", "
                                   "in quotes)"),
        ('tags = ["team"]', "tags: Input should be a table (got ['team'], an array)"),
        ("ses_region = 3", "ses_region: Input should be a string (got 3, an integer; write \"3\", in quotes)"),
        ("mail_from_on_mx_failure = 1", "mail_from_on_mx_failure: Input should be 'USE_DEFAULT_VALUE' or "
                                        "'REJECT_MESSAGE' (got 1)"),
        ('dmarc = { pct = "50" }', "dmarc.pct: Input should be an integer (got '50', a string; write 50, "
                                   "without quotes)"),
        ('dmarc = { ri = "3600" }', "dmarc.ri: Input should be an integer (got '3600', a string; write 3600, "
                                    "without quotes)"),
        ("dmarc = { pct = 50.0 }", "dmarc.pct: Input should be an integer (got 50.0, a float; write 50, "
                                   "without the decimal point)"),
        ("dmarc = { fo = 1 }", "dmarc.fo: Input should be a string (got 1, an integer; write \"1\", in quotes)"),
        ('dmarc = { rua = "mailto:d@a.work" }', "dmarc.rua: Input should be an array (got 'mailto:d@a.work', "
                                                "a string)"),
        ("dmarc = { rua = [1] }", "dmarc.rua[0]: Input should be a string (got 1, an integer; write \"1\", "
                                  "in quotes)"),
        ('dmarc = { policy = "true" }', "dmarc.policy: Input should be 'none', 'quarantine' or 'reject' "
                                        "(got 'true')"),
    ],
)
def test_no_coercion(setting, expected, write_config):
    assert refused(write_config, domains(f'[[domain]]\nname = "a.work"\n{setting}\n')) == [
        f"domain 'a.work': {expected}"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('[defaults]\nregion = 1\n[state]\nbucket = "b-1"\n',
         "defaults.region: Input should be a string (got 1, an integer; write \"1\", in quotes)"),
        ('[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\nlock = true\n',
         "state.lock: Input should be 'lockfile' or 'dynamodb' (got True)"),
        ('defaults = "eu-south-2"\n[state]\nbucket = "b-1"\n',
         "defaults: Input should be a table (got 'eu-south-2', a string)"),
        ('[defaults]\nregion = "eu-south-2"\n[state]\nbucket = "b-1"\n[domain]\nname = "a.work"\n',
         "domain: Input should be an array (got {'name': 'a.work'}, a table; write [[domain]], with double "
         "brackets, for each domain)"),
    ],
)
def test_no_coercion_outside_domains(text, expected, write_config):
    if "[domain]" not in text:
        text += '[[domain]]\nname = "a.work"\n'
    assert refused(write_config, text) == [expected]


def test_valid_types_still_load(write_config):
    config = load_config(write_config(domains(
        '[[domain]]\nname = "a.work"\nprotect = false\ndkim_ttl = 60\ndkim_key_length = 1024\n'
        'tags = { team = "mail" }\n[domain.dmarc]\npct = 50\nri = 3600\nrua = ["mailto:d@a.work"]\n'
    )))
    (domain,) = config.domains
    assert (domain.protect, domain.dkim_ttl, domain.dkim_key_length) == (False, 60, 1024)
    assert domain.dmarc == DmarcPolicy(pct=50, ri=3600, rua=("mailto:d@a.work",))


@pytest.mark.parametrize("kwargs", [{"pct": "50"}, {"pct": 50.0}, {"pct": True}, {"ri": "3600"}, {"fo": 1},
                                    {"rua": ("mailto:d@a.work", 1)}])
def test_dmarc_policy_is_strict_in_python_too(kwargs):
    with pytest.raises(ValidationError):
        DmarcPolicy(**kwargs)


def test_dmarc_policy_still_reads_numbers_from_record_text():
    assert DmarcPolicy.parse("v=DMARC1; p=none; pct=50; ri=3600") == DmarcPolicy(pct=50, ri=3600)
    assert DmarcPolicy(rua=["mailto:d@a.work"]).rua == ("mailto:d@a.work",)  # type: ignore[arg-type]


# 7. A byte-order mark: TOML is UTF-8 without one.


@pytest.mark.parametrize(
    "encoding, mark, kind",
    [
        ("utf-8", codecs.BOM_UTF8, "UTF-8"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
    ],
)
def test_byte_order_mark(encoding, mark, kind, tmp_path):
    path = tmp_path / "domains.toml"
    path.write_bytes(mark + SEED_CONFIG.encode(encoding))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f"{path}: starts with a {kind} byte-order mark (BOM), which TOML does not allow: "
        "save the file as UTF-8 without a BOM"
    )


def test_not_utf8(tmp_path):
    path = tmp_path / "domains.toml"
    path.write_bytes(SEED_CONFIG.replace("polplana.work", "polplaña.work").encode("latin-1"))
    with pytest.raises(ConfigError, match=f"^{path}: cannot read: not UTF-8 .*; save the file as UTF-8$"):
        load_config(path)


# 8. A subdomain in a zone of its own that nothing delegates to; a domain that is another's MAIL FROM.

NESTED = ("is a subdomain of 'example.com', also listed, so a hosted zone of its own would get no delegation "
          "(no NS records for it in the zone of 'example.com') and its records would not resolve: put them in "
          "the zone of 'example.com' instead, with zone_id = ")


@pytest.mark.parametrize(
    "first, second, child",
    [
        ("example.com", "news.example.com", "news.example.com"),
        ("news.example.com", "example.com", "news.example.com"),
        ("a.b.example.com", "example.com", "a.b.example.com"),
    ],
)
def test_subdomain_in_a_zone_of_its_own(first, second, child, write_config):
    text = domains(f'[[domain]]\nname = "{first}"\n[[domain]]\nname = "{second}"\n')
    assert refused(write_config, text) == [
        f"domain {child!r}: zone_id: {NESTED}the id of its hosted zone (the zone_id output of stack 'example-com')"
    ]


def test_subdomain_of_an_adopted_zone_is_told_its_id(write_config):
    text = domains('[[domain]]\nname = "example.com"\nzone_id = "Z0123456789ABCDEFGHIJ"\n'
                   '[[domain]]\nname = "news.example.com"\n')
    assert refused(write_config, text) == [f"domain 'news.example.com': zone_id: {NESTED}\"Z0123456789ABCDEFGHIJ\""]


def test_nearest_listed_parent_is_named(write_config):
    text = domains('[[domain]]\nname = "example.com"\n[[domain]]\nname = "b.example.com"\nzone_id = "ZB"\n'
                   '[[domain]]\nname = "a.b.example.com"\n')
    (line,) = refused(write_config, text)
    assert line.startswith("domain 'a.b.example.com': zone_id: is a subdomain of 'b.example.com', also listed")
    assert line.endswith('with zone_id = "ZB"')


def test_subdomain_in_the_parents_zone_is_fine(write_config):
    text = domains('[[domain]]\nname = "example.com"\n[[domain]]\nname = "news.example.com"\nzone_id = "ZPARENT"\n')
    assert [d.name for d in load_config(write_config(text)).domains] == ["example.com", "news.example.com"]
    # Unrelated names that only end alike are not nested.
    load_config(write_config(domains('[[domain]]\nname = "example.com"\n[[domain]]\nname = "myexample.com"\n')))


def test_a_domain_that_is_another_domains_mail_from(write_config):
    text = domains('[[domain]]\nname = "example.com"\n[[domain]]\nname = "mail.example.com"\nzone_id = "ZPARENT"\n')
    assert refused(write_config, text) == [
        "domain 'mail.example.com': name: is the MAIL FROM domain of 'example.com' (mail_from = \"mail\"), whose "
        "MX and SPF records send its mail to SES's bounce handling; a MAIL FROM domain cannot be a sending domain "
        "too: give 'example.com' another mail_from (or mail_from = false), or use another name"
    ]
    for change in ('mail_from = "bounce"', "mail_from = false"):
        fixed = text.replace('name = "example.com"\n', f'name = "example.com"\n{change}\n')
        load_config(write_config(fixed))


def test_every_cross_domain_problem_is_reported(write_config):
    text = domains('[[domain]]\nname = "example.com"\nmail_from = "bounce"\n'
                   f'[[domain]]\nname = "bounce.example.com"\ntags = {tag_table(9)}\n')
    assert [line.split(": ")[1] for line in refused(write_config, text)] == ["name", "zone_id", "tags"]
