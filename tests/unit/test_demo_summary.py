"""The end of scripts/demo (ops/demo_summary.py): the recorded checks file and the summary it renders."""

from __future__ import annotations

import pytest

from ops.aws import OpsError
from ops.demo_summary import Checks, render


def test_the_summary_names_each_domain_its_name_servers_each_check_and_the_next_commands(tmp_path):
    checks_file = tmp_path / "checks.tsv"
    checks_file.write_text("polplana.work\tdns\t7 of 7 checks pass\n"
                           "polplana.work\tevents\tboth events arrived\n"
                           "polplana-work\tplan\tno changes\nstate\tplan\tno changes\n"
                           "second.example\tdns\t6 of 7 checks pass; 1 fail\n")
    text = render([("polplana.work", "polplana-work", "eu-west-3", ["ns-1.example", "ns-2.example"]),
                   ("second.example", "second-example", "eu-west-1", [])],
                  Checks.read(checks_file), "the local AWS endpoint https://127.0.0.1:1")
    lines = text.splitlines()
    assert lines[0] == ("Deployed to the local AWS endpoint https://127.0.0.1:1: the state stack and 2 domain "
                        "stacks; the state stack's second plan: no changes.")
    first = lines.index("polplana.work  (stack polplana-work, SES eu-west-3)")
    assert lines[first + 1:first + 5] == [
        "  name servers for the registrar: ns-1.example, ns-2.example",
        "  DNS checks: 7 of 7 checks pass",
        "  bounce and complaint events: both events arrived",
        "  second plan: no changes",
    ]
    second = lines.index("second.example  (stack second-example, SES eu-west-1)")
    # What was not recorded is said to be not run, never passed.
    assert lines[second + 1:second + 5] == [
        "  name servers for the registrar: none found",
        "  DNS checks: 6 of 7 checks pass; 1 fail",
        "  bounce and complaint events: not run",
        "  second plan: not run",
    ]
    assert "python -m ops check-existing polplana-work second-example" in text
    assert "scripts/deploy" in text and "request-production-access" in text


@pytest.mark.parametrize("content", ["polplana.work\tdns\n", "polplana.work\tdns\t \n", "a\tb\tc\td\n"])
def test_a_malformed_checks_line_is_named(tmp_path, content):
    checks_file = tmp_path / "checks.tsv"
    checks_file.write_text("state\tplan\tno changes\n" + content)
    with pytest.raises(OpsError, match=r"checks.tsv, line 2: expected <domain or stack>, <check> and <result>"):
        Checks.read(checks_file)


def test_a_missing_checks_file_is_named(tmp_path):
    with pytest.raises(OpsError, match=r"cannot read the checks file .*nowhere\.tsv"):
        Checks.read(tmp_path / "nowhere.tsv")
