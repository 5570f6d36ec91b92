"""The cdktf App: the ``state`` stack and one stack per domain."""

from __future__ import annotations

import os

from cdktf import App

from stacks.config import Config
from stacks.domain_stack import DomainStack
from stacks.local_endpoint import LocalEndpoint
from stacks.state_stack import StateStack

LOCAL_STATE_DIR_ENV = "MAIL_LOCAL_STATE_DIR"


def build_app(config: Config, *, outdir: str | None = None, endpoint: LocalEndpoint | None = None) -> App:
    """Build every stack. Nothing is written until ``synth()``."""
    app = App(outdir=outdir) if outdir else App()
    state = StateStack(app, config.state, endpoint=endpoint, local_state_dir=os.environ.get(LOCAL_STATE_DIR_ENV, "."))
    for domain in config.domains:
        # The bucket holds this stack's state: `cdktf deploy '*'` creates it first.
        DomainStack(app, domain, state=config.state, endpoint=endpoint).add_dependency(state)
    return app
