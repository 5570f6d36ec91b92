# Shared by the scripts: project root, quiet tools, and the one-time install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PIPENV_VENV_IN_PROJECT=1 PIPENV_NOSPIN=1 PIPENV_YES=1 PIPENV_VERBOSITY=-1
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
PIPENV_VERSION=2026.10.3
CDKTF_NEEDS_NODE=20.9

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

version_at_least() {  # version_at_least HAVE NEED
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

check_prerequisites() {
  command -v python3 >/dev/null || die "python3 (3.11) is needed"
  command -v node >/dev/null || die "Node.js >= $CDKTF_NEEDS_NODE is needed for the cdktf CLI"
  version_at_least "$(node --version | tr -d v)" "$CDKTF_NEEDS_NODE" \
    || die "Node.js >= $CDKTF_NEEDS_NODE is needed (found $(node --version))"
  command -v terraform >/dev/null || die "Terraform >= 1.10 is needed (S3-native state locking)"
  local tf
  tf="$(terraform version -json | python3 -c 'import json,sys; print(json.load(sys.stdin)["terraform_version"])')"
  version_at_least "$tf" 1.10 || die "Terraform >= 1.10 is needed (found $tf)"
}

# Install what the lock files pin; quick when nothing changed.
setup() {
  check_prerequisites
  if ! python3 -m pipenv --version >/dev/null 2>&1; then
    say "installing pipenv $PIPENV_VERSION"
    python3 -m pip install --quiet "pipenv==$PIPENV_VERSION"
  fi
  local stamp=".venv/.synced-$(sha256sum Pipfile.lock | cut -c1-16)"
  if [ ! -e "$stamp" ]; then
    say "installing Python packages from Pipfile.lock"
    python3 -m pipenv sync --dev
    touch "$stamp"
  fi
  local npm_stamp="node_modules/.synced-$(sha256sum package-lock.json | cut -c1-16)"
  if [ ! -e "$npm_stamp" ]; then
    say "installing the cdktf CLI from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    touch "$npm_stamp"
  fi
  eval "$(.venv/bin/python -m toolchain env)"
  export PATH="$ROOT/.venv/bin:$ROOT/node_modules/.bin:$PATH"
}
