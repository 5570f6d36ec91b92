"""The cdktf app: load the config, build the stacks, synth. See README.md."""

import os
import sys

# jsii prints a large end-of-life banner on every run under Node 20; this must be set before cdktf loads.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from stacks.app import build_app
from stacks.config import ConfigError, load_config
from stacks.local_endpoint import LocalEndpoint


def main() -> int:
    try:
        config = load_config()
        endpoint = LocalEndpoint.from_env()
    except (ConfigError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_app(config, endpoint=endpoint).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
