"""``python -m toolchain env``: print ``export`` lines for the shell scripts."""

import shlex
import sys

from toolchain import terraform_env

if __name__ == "__main__":
    if sys.argv[1:] != ["env"]:
        sys.exit("usage: python -m toolchain env")
    for name, value in terraform_env().items():
        print(f"export {name}={shlex.quote(value)}")
