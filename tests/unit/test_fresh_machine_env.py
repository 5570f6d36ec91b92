"""The environment the fresh-copy tests and the install benchmark run in: as on a machine with nothing installed."""

from __future__ import annotations

import os

from toolchain import PROJECT_ROOT, fresh_machine_env


def test_a_fresh_machine_has_none_of_this_checkouts_tools_or_settings():
    base = {
        "PATH": os.pathsep.join([f"{PROJECT_ROOT}/.venv/bin", "/usr/local/bin", f"{PROJECT_ROOT}/node_modules/.bin",
                                 "/usr/bin", f"{PROJECT_ROOT}2/bin"]),
        "VIRTUAL_ENV": f"{PROJECT_ROOT}/.venv", "PIPENV_ACTIVE": "1", "TF_CLI_CONFIG_FILE": "/x/terraformrc",
        "AWS_ENDPOINT_URL": "https://127.0.0.1:4566", "AWS_PROFILE": "prod", "MAIL_DOMAINS_FILE": "/x/domains.toml",
        "HOME": "/root", "LANG": "C.UTF-8",
    }
    assert fresh_machine_env(base) == {"PATH": os.pathsep.join(["/usr/local/bin", "/usr/bin", f"{PROJECT_ROOT}2/bin"]),
                                       "HOME": "/root",
                                       "LANG": "C.UTF-8"}
    assert base["VIRTUAL_ENV"]  # the caller's environment is left as it was
