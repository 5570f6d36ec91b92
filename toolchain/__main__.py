"""``python -m toolchain env``: ``export`` lines for the shell scripts.
``python -m toolchain bindings``: regenerate ``imports/aws`` (see toolchain.bindings).
"""

import shlex
import sys

from toolchain import terraform_env

if __name__ == "__main__":
    command = sys.argv[1:]
    if command == ["env"]:
        for name, value in terraform_env().items():
            print(f"export {name}={shlex.quote(value)}")
    elif command == ["bindings"]:
        from toolchain.bindings import DEFAULT_OUT, generate

        generate()
        print(f"generated {DEFAULT_OUT}")
    else:
        sys.exit("usage: python -m toolchain env | bindings")
