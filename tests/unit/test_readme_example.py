"""The README's example of reusing the constructs in another stack runs as written."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from helpers import ROOT


def readme_example() -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Reusing the constructs in another stack", 1)[1]
    example = re.search(r"```python\n(.*?)```", section, re.S)
    assert example, "no python block in the README's section on reusing the constructs"
    return example.group(1)


def test_reuse_example_synthesizes(tmp_path, tool_env):
    script = tmp_path / "example.py"
    script.write_text(readme_example())
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            env={**tool_env, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert result.returncode == 0, result.stderr
    stack = json.loads((tmp_path / "cdktf.out" / "stacks" / "mail" / "cdk.tf.json").read_text())
    identities = stack["resource"]["aws_sesv2_email_identity"].values()
    assert sorted(i["email_identity"] for i in identities) == ["example.com", "example.org", "news.example.net"]
    assert {i["provider"] for i in identities} == {"aws.ses"}
    records = stack["resource"]["aws_route53_record"].values()
    (dmarc,) = [r for r in records if r["name"] == "_dmarc.example.com"]
    assert dmarc["records"] == ["v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com;"]
    assert {r["name"] for r in records if r["type"] == "MX"} == {"bounce.example.com", "mail.news.example.net"}
    # The subdomain's records go in the adopted parent zone, fully qualified, taking over nothing there.
    news = [r for r in records if r["name"].endswith("news.example.net")]
    assert len(news) == 5 and all(r["zone_id"].startswith("${data.aws_route53_zone.") for r in news)
    assert [r.get("allow_overwrite") for r in news if r["type"] != "CNAME"] == [None, None]
    # The identity given no zone publishes no records: its DKIM records are for elsewhere, as outputs.
    assert not any(r["name"].endswith("example.org") for r in records)
    assert set(stack["output"]) == {"name_servers", "other_dkim"}
