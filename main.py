"""The cdktf app: load the config, build the stacks, synth. See README.md."""

import os
import sys

from stacks.config import ConfigError, load_config
from stacks.local_endpoint import LocalEndpoint

# jsii prints a large end-of-life banner on every run under Node 20.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


def main() -> int:
    try:
        config = load_config()
        endpoint = LocalEndpoint.from_env()
    except (ConfigError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from stacks.synth import WORKERS_ENV, SynthError, prepare_node, synth, worker_count

    try:
        workers = worker_count(len(config.domains), os.environ.get(WORKERS_ENV))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    prepare_node()
    try:  # cdktf and the provider bindings load only now, for valid input
        synth(config, endpoint=endpoint, workers=workers)
    except SynthError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
