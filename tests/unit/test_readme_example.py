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
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_reuse_example_synthesizes(tmp_path, tool_env):
    script = tmp_path / "example.py"
    script.write_text(readme_example())
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            env={**tool_env, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert result.returncode == 0, result.stderr
    stack = json.loads((tmp_path / "cdktf.out" / "stacks" / "mail" / "cdk.tf.json").read_text())
    identities = stack["resource"]["aws_sesv2_email_identity"].values()
    assert sorted(i["email_identity"] for i in identities) == ["example.com", "example.net"]
    assert {i["provider"] for i in identities} == {"aws.ses"}
    records = stack["resource"]["aws_route53_record"].values()
    (dmarc,) = [r for r in records if r["name"] == "_dmarc.example.com"]
    assert dmarc["records"] == ["v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com;"]
    assert {r["name"] for r in records if r["type"] == "MX"} == {"bounce.example.com"}
    # The identity given no zone publishes no records: its DKIM records are for elsewhere.
    assert not any(r["name"].endswith("example.net") for r in records)
