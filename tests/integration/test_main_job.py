"""The README's first command, scripts/demo, end to end: deploy, zone table, DNS checks, bounce and complaint
events through the simulator, empty second plan."""

from __future__ import annotations

import re
import subprocess

from helpers import ROOT


def test_demo_deploys_shows_the_zone_and_a_second_plan_has_no_changes(tool_env):
    env = {key: value for key, value in tool_env.items()
           if not key.startswith(("AWS_ENDPOINT_URL", "MAIL_"))}
    result = subprocess.run(["bash", str(ROOT / "scripts" / "demo")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=1200)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "Hosted zone polplana.work (" in output
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in output.splitlines()
            if line.startswith("| ")]
    assert ["TXT", "_dmarc.polplana.work", '"v=DMARC1; p=none;"', "300"] in rows
    assert ["MX", "mail.polplana.work", "10 feedback-smtp.eu-west-3.amazonses.com", "300"] in rows
    assert ["TXT", "mail.polplana.work", '"v=spf1 include:amazonses.com ~all"', "300"] in rows
    assert len([row for row in rows if row[0] == "CNAME" and "._domainkey.polplana.work" in row[1]]) == 3
    assert "Name servers to set at the registrar for polplana.work:" in output
    assert "7 of 7 checks pass" in output
    # The bounce and complaint handling, proven through the mailbox simulator to the queue.
    assert "SES events of polplana.work (SES eu-west-3, queue polplana-work-ses-events):" in output
    assert re.search(r"Bounce\s+Permanent/General\s+message \S+\s+arrived after", output)
    assert re.search(r"Complaint\s+feedback type abuse\s+message \S+\s+arrived after", output)
    assert "both events arrived" in output
    assert "state: no changes" in output and "polplana-work: no changes" in output
