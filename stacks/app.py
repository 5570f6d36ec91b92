"""The cdktf App: the ``state`` stack and the domain stacks (one per domain, or shared)."""

from __future__ import annotations

from cdktf import App

from stacks.config import Config, stacks_of
from stacks.domain_stack import DomainStack, SharedDomainStack
from stacks.local_endpoint import LocalEndpoint
from stacks.state_stack import StateStack


def build_app(config: Config, *, outdir: str | None = None, endpoint: LocalEndpoint | None = None) -> App:
    """The ``state`` stack, a stack per domain and one per shared ``stack`` name; nothing written until ``synth()``.

    ``outdir``: default ``$CDKTF_OUTDIR`` (set by the cdktf CLI), else ``cdktf.out``.
    ``endpoint``: a local AWS endpoint (the emulator) to point providers and backends at.
    """
    app = App(outdir=outdir) if outdir else App()
    # No cdktf stack dependency on `state`: cdktf initializes every stack it deploys before
    # applying any, so the bucket must exist first anyway (scripts/deploy does `state`, then
    # the domains), and a dependency would make `cdktf deploy <domain>` demand `state` too.
    StateStack(app, config.state, ses_regions=[domain.ses_region for domain in config.domains], endpoint=endpoint)
    for name, domains in stacks_of(config.domains).items():
        if domains[0].stack is None:
            DomainStack(app, domains[0], state=config.state, endpoint=endpoint)
        else:
            SharedDomainStack(app, name, domains, state=config.state, endpoint=endpoint)
    return app
