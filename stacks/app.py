"""The cdktf App: the ``state`` stack and one stack per domain."""

from __future__ import annotations

import os
from typing import Sequence

from cdktf import App

from stacks.config import Config, Domain
from stacks.domain_stack import DomainStack
from stacks.local_endpoint import LocalEndpoint
from stacks.state_stack import StateStack

LOCAL_STATE_DIR_ENV = "MAIL_LOCAL_STATE_DIR"


def build_app(
    config: Config,
    *,
    outdir: str | None = None,
    endpoint: LocalEndpoint | None = None,
    domains: Sequence[Domain] | None = None,
    state: bool = True,
) -> App:
    """Build the stacks: ``state`` (unless ``state=False``) and one per domain of ``domains``
    (default: all of the config's). Nothing is written until ``synth()``."""
    app = App(outdir=outdir) if outdir else App()
    # No cdktf stack dependency on `state`: cdktf initializes every stack it deploys before
    # applying any, so the bucket must exist first anyway (scripts/deploy does `state`, then
    # the domains), and a dependency would make `cdktf deploy <domain>` demand `state` too.
    if state:
        StateStack(app, config.state, endpoint=endpoint,
                   local_state_dir=os.environ.get(LOCAL_STATE_DIR_ENV, "."))
    for domain in config.domains if domains is None else domains:
        DomainStack(app, domain, state=config.state, endpoint=endpoint)
    return app
