"""The end of ``scripts/demo``: what was deployed, what passed, and what to run next for a real account.

``python -m ops demo-summary --checks FILE`` reads the checks the demo recorded, one per line,
``<domain or stack>\\t<check>\\t<result>`` (the result as the check printed it), and for each
domain of the config asks the endpoint for its zone's name servers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ops.aws import OpsError

NEXT_STEPS = """\
Next, for a real AWS account (README, "Deploying to your AWS account"):
  1. list your domains in domains.toml (README, "Config reference"); in your shell:
       source .venv/bin/activate
  2. with credentials for the account, and without AWS_ENDPOINT_URL:
       python -m ops check-existing {stacks}
           finds a zone or SES identity already made by hand (then: python -m ops adopt DOMAIN --write)
       scripts/plan --all  review what Terraform will do to every stack
       scripts/deploy      the state bucket first, then each domain
  3. give each domain's name servers (python -m ops zone DOMAIN) to its registrar, then:
       python -m ops check-dns DOMAIN
  4. leave the SES sandbox: python -m ops request-production-access (README, "Operations")"""


@dataclass
class Checks:
    """What the demo recorded: results by (domain or stack, check)."""

    results: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Checks:
        try:
            text = path.read_text()
        except OSError as error:
            raise OpsError(f"cannot read the checks file {path}: {error.strerror or error}") from None
        results = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not all(part.strip() for part in parts):
                raise OpsError(f"{path}, line {number}: expected <domain or stack>, <check> and <result> "
                               f"separated by tabs, got {line!r}")
            results[(parts[0], parts[1])] = parts[2]
        return cls(results)

    def get(self, subject: str, check: str) -> str:
        return self.results.get((subject, check), "not run")


def render(domains: list[tuple[str, str, str, list[str]]], checks: Checks, endpoint: str) -> str:
    """``domains``: (domain, stack, SES region, name servers) in config order."""
    stacks = "1 domain stack" if len(domains) == 1 else f"{len(domains)} domain stacks"
    lines = [f"Deployed to {endpoint}: the state stack and {stacks}; "
             f"the state stack's second plan: {checks.get('state', 'plan')}.", ""]
    for domain, stack, region, name_servers in domains:
        lines.append(f"{domain}  (stack {stack}, SES {region})")
        lines.append("  name servers for the registrar: " + (", ".join(name_servers) or "none found"))
        lines.append(f"  DNS checks: {checks.get(domain, 'dns')}")
        lines.append(f"  bounce and complaint events: {checks.get(domain, 'events')}")
        lines.append(f"  second plan: {checks.get(stack, 'plan')}")
        lines.append("")
    lines.append(NEXT_STEPS.format(stacks=" ".join(dict.fromkeys(stack for _, stack, _, _ in domains))))
    return "\n".join(lines)


def demo_summary(checks_file: Path, endpoint: str) -> str:
    from ops.zone import zone_report
    from stacks.config import ConfigError, load_config

    checks = Checks.read(checks_file)
    try:
        config = load_config()
    except ConfigError as error:
        raise OpsError(str(error)) from None
    domains = [(domain.name, domain.stack_name, domain.ses_region, zone_report(domain.name).name_servers)
               for domain in config.domains]
    return render(domains, checks, endpoint)
