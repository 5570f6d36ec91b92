# Shared by the scripts: project root, quiet tools, and the one-time install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PIPENV_VENV_IN_PROJECT=1 PIPENV_NOSPIN=1 PIPENV_YES=1 PIPENV_VERBOSITY=-1
export PIP_DISABLE_PIP_VERSION_CHECK=1
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
  tf="$(TF_CLI_CONFIG_FILE=/dev/null terraform version -json | python3 -c 'import json,sys; print(json.load(sys.stdin)["terraform_version"])')"
  version_at_least "$tf" 1.10 || die "Terraform >= 1.10 is needed (found $tf)"
}

# progress LOG [--watch DIR]: reads a long step's output on stdin, keeps all of it in LOG and prints
# one short line per thing done, never staying silent for long (toolchain/progress.py).
progress() {
  local log="$1"
  shift
  python3 -m toolchain.progress --log "$log" "$@"
}

# install_step WHAT LOG [--watch DIR] -- COMMAND...: runs an install with progress; on failure shows
# the end of its log and stops.
install_step() {
  local what="$1" log="$2" watch=()
  shift 2
  if [ "$1" = --watch ]; then watch=(--watch "$2"); shift 2; fi
  [ "$1" = -- ] && shift
  say "installing $what (log: ${log#"$ROOT"/})"
  "$@" 2>&1 | progress "$log" "${watch[@]}" \
    || { tail -n 25 "$log" >&2; die "the install failed (full log: $log)"; }
}

# setup [--dev]: install what the lock files pin; quick when nothing changed. The main job needs
# Pipfile's [packages] only; --dev adds [dev-packages] (what the tests and the benchmarks use).
setup() {
  check_prerequisites
  local dev=0
  [ "${1:-}" = --dev ] && dev=1
  local logs="$ROOT/.work/setup"
  mkdir -p "$logs"
  if ! python3 -m pipenv --version >/dev/null 2>&1; then
    install_step "pipenv $PIPENV_VERSION" "$logs/pipenv.log" -- \
      python3 -m pip install --progress-bar off "pipenv==$PIPENV_VERSION"
  fi
  local lock
  lock="$(sha256sum Pipfile.lock | cut -c1-16)"
  if [ "$dev" = 1 ] && [ ! -e ".venv/.synced-dev-$lock" ]; then
    [ -e ".venv/.synced-$lock" ] || say "installing $(python3 -m toolchain.lockfile packages), and"
    install_step "$(python3 -m toolchain.lockfile dev-packages)" "$logs/python-dev.log" --watch .venv -- \
      python3 -m pipenv sync --dev  # both categories
    touch ".venv/.synced-$lock" ".venv/.synced-dev-$lock"
  elif [ ! -e ".venv/.synced-$lock" ]; then
    install_step "$(python3 -m toolchain.lockfile packages)" "$logs/python.log" --watch .venv -- \
      python3 -m pipenv sync
    touch ".venv/.synced-$lock"
  fi
  local npm_stamp="node_modules/.synced-$(sha256sum package-lock.json | cut -c1-16)"
  if [ ! -e "$npm_stamp" ]; then
    install_step "$(python3 -m toolchain.lockfile npm)" "$logs/npm.log" --watch node_modules -- \
      npm ci --no-audit --no-fund --loglevel=error
    touch "$npm_stamp"
  fi
  eval "$(.venv/bin/python -m toolchain env)"
  export PATH="$ROOT/.venv/bin:$ROOT/node_modules/.bin:$PATH"
}

# start_emulator LOGFILE: starts `python -m emulator` on free ports, waits for its ready line,
# exports AWS_ENDPOINT_URL, AWS_CA_BUNDLE, test credentials, EMULATOR_DNS_PORT and EMULATOR_PID.
# Stop it with stop_emulator.
start_emulator() {
  local log="$1" ports line
  ports="$(python -c 'from emulator.process import free_port; print(free_port(), free_port())')"
  python -m emulator --port "${ports% *}" --dns-port "${ports#* }" >"$log.ready" 2>"$log" &
  EMULATOR_PID=$!
  for _ in $(seq 1 120); do
    line="$(head -n1 "$log.ready")"
    if [ -n "$line" ]; then
      # emulator ready: https://HOST:PORT dns HOST:DNS_PORT ca-bundle PATH
      set -- $line
      export AWS_ENDPOINT_URL="$3" EMULATOR_DNS_PORT="${5##*:}" AWS_CA_BUNDLE="$7" EMULATOR_PID
      export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
      return 0
    fi
    kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$log" >&2; die "the emulator did not start"; }
    sleep 0.5
  done
  die "the emulator did not report ready within 60 s (log: $log)"
}

stop_emulator() {
  if [ -n "${EMULATOR_PID:-}" ] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
    kill -TERM "$EMULATOR_PID" && wait "$EMULATOR_PID" || true
  fi
}

# default_out: the cdktf output folder: $CDKTF_OUT, else with a local endpoint (AWS_ENDPOINT_URL)
# $MAIL_LOCAL_STATE_DIR/cdktf.out (default .work/local-endpoint/), else cdktf.out: an emulator's
# backend settings never reach the real stack folders.
default_out() {
  if [ -n "${CDKTF_OUT:-}" ]; then
    echo "$CDKTF_OUT"
  elif [ -n "${AWS_ENDPOINT_URL:-}" ]; then
    echo "${MAIL_LOCAL_STATE_DIR:-$ROOT/.work/local-endpoint}/cdktf.out"
  else
    echo "$ROOT/cdktf.out"
  fi
}

# deploy_in_order OUT [--adopt] [--jobs N] [STACK...] [-- CDKTF_FLAGS...]: the `state` stack first
# (bootstrapped into its own bucket when that does not exist yet: python -m ops bootstrap-state), then
# the domain stacks (default: all), at most N at once (--jobs, else $MAIL_DEPLOY_PARALLELISM, else
# python3 -m toolchain.jobs: the cores, at most one per 1.7 GB of memory available, as two stacks
# at once peaked at about 3.3 GB in all). Succeeds only when every stack's Terraform apply exited 0
# (python -m ops deploy-check): cdktf alone reports a stack whose Terraform was killed as deployed.
# Terraform's -parallelism in each domain stack: MAIL_TERRAFORM_PARALLELISM, else python -m ops
# terraform-parallelism (more for shared stacks), unless CDKTF_FLAGS give --terraform-parallelism.
deploy_in_order() {
  local out="$1" stacks=() flags=() approve=() adopt=() bootstrap status=0
  local parallelism="${MAIL_DEPLOY_PARALLELISM:-}"
  shift
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then shift; flags=("$@"); break; fi
    if [ "$1" = "--adopt" ]; then adopt=(--adopt); shift; continue; fi
    if [ "$1" = "--jobs" ]; then [ $# -ge 2 ] || die "--jobs needs a number"; parallelism="$2"; shift 2; continue; fi
    stacks+=("$1"); shift
  done
  local flag resource_flags=() callers_resources=0
  for flag in "${flags[@]}"; do
    case "$flag" in
      -o|--output|-o=*|--output=*) die "set the output folder with CDKTF_OUT, not $flag" ;;
      --auto-approve) approve=(--auto-approve) ;;
      --terraform-parallelism|--terraform-parallelism=*) callers_resources=1 ;;
    esac
  done
  if [ ${#stacks[@]} -eq 0 ]; then
    mapfile -t stacks < <(python -m ops stacks | cut -d' ' -f1 | uniq)  # a shared stack's domains are together
  fi
  # The one file Terraform writes in a stack folder that may be the only copy of something: the
  # state it could not save. cdktf's synth removes the folders of stacks that left the config.
  local errored=()
  mapfile -t errored < <(find "$out/stacks" -mindepth 2 -maxdepth 2 -name errored.tfstate 2>/dev/null)
  if [ ${#errored[@]} -gt 0 ]; then
    die "Terraform could not save a state and left ${errored[*]}: push it first (terraform -chdir=<its folder> state push errored.tfstate), then remove it; README, \"When a deploy fails\""
  fi
  [ -n "$parallelism" ] || parallelism="$(python3 -m toolchain.jobs)"
  [[ "$parallelism" =~ ^[1-9][0-9]*$ ]] || die "--jobs (or MAIL_DEPLOY_PARALLELISM) must be a positive integer, not '$parallelism'"
  # Only the domain stacks asked for (`scripts/deploy state` deploys the state stack alone).
  local domains=()
  for flag in "${stacks[@]}"; do [ "$flag" = state ] || domains+=("$flag"); done
  if [ ${#domains[@]} -gt 0 ] && [ "$callers_resources" = 0 ]; then
    # Resource operations in flight in each stack: MAIL_TERRAFORM_PARALLELISM, else 10 (Terraform's
    # default) a domain of the largest shared stack deployed, at most 30 (toolchain/jobs.py says why).
    local resources="${MAIL_TERRAFORM_PARALLELISM:-}"
    [ -n "$resources" ] || resources="$(python -m ops terraform-parallelism "${domains[@]}")" || die "nothing deployed (see above)"
    [[ "$resources" =~ ^[1-9][0-9]*$ ]] || die "MAIL_TERRAFORM_PARALLELISM must be a positive integer, not '$resources'"
    resource_flags=(--terraform-parallelism "$resources")
  fi
  MAIL_TERRAFORM="$(command -v terraform)"
  MAIL_TERRAFORM_RUNS="$(mktemp "${TMPDIR:-/tmp}/terraform-runs.XXXXXX")"
  export MAIL_TERRAFORM MAIL_TERRAFORM_RUNS TERRAFORM_BINARY_NAME="$ROOT/toolchain/terraform-guard"
  local common=(-o "$out" --skip-provider-lock --parallelism "$parallelism")

  # Before any apply: a zone, identity or record that exists in AWS but not in a domain stack's state
  # (made in the console, or left by a killed apply) would be created twice or fail the apply. Stop,
  # naming the `ops adopt` command, or with --adopt run it.
  if [ ${#domains[@]} -gt 0 ]; then
    python -m ops check-existing "${domains[@]}" "${adopt[@]}" || die "nothing deployed (see above)"
  fi
  bootstrap="$(python -m ops bootstrap-state --out "$out" "${approve[@]}")" || die "the state stack could not be bootstrapped (see above)"
  if [ "$bootstrap" != bootstrapped ]; then
    cdktf deploy state "${common[@]}" "${flags[@]}" || status=$?
    python -m ops deploy-check "$MAIL_TERRAFORM_RUNS" --out "$out" state || exit 1
    [ "$status" = 0 ] || die "cdktf deploy state exited $status"
  fi
  [ ${#domains[@]} -gt 0 ] || return 0
  cdktf deploy "${domains[@]}" "${common[@]}" "${resource_flags[@]}" "${flags[@]}" || status=$?
  python -m ops deploy-check "$MAIL_TERRAFORM_RUNS" --out "$out" "${domains[@]}" || exit 1
  [ "$status" = 0 ] || die "cdktf deploy exited $status"
  rm -f "$MAIL_TERRAFORM_RUNS"
}
