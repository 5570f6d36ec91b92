"""``bootstrap-state``: make sure the ``state`` stack's own state is in the bucket it manages.

The state bucket cannot hold the state of the stack that creates it before it exists. So the
first deploy is a bootstrap, the usual pattern for Terraform state buckets:

1. synthesize the app into ``<local dir>/bootstrap/cdktf.out`` (``<local dir>``: ``$MAIL_LOCAL_STATE_DIR``,
   else ``.work``, never an output folder of cdktf);
2. apply the ``state`` stack with a local state file, ``<local dir>/bootstrap/terraform.tfstate``
   (a Terraform override file replaces the S3 backend for this one run);
3. drop the override and let Terraform move that state into the bucket
   (``terraform init -migrate-state``), then rename the local file ``*.moved-to-bucket``.

Where the bucket exists but its state is not in it yet, a local state file is looked for (an
interrupted bootstrap, or a release before this one, which kept it in
``<local dir>/terraform.state.tfstate`` or ``cdktf.out/stacks/state/terraform.state.tfstate``;
``--from FILE`` names another) and moved into the bucket the same way, nothing applied.

Prints on stdout ``in-bucket`` (nothing was done: deploy the ``state`` stack as usual), ``moved``
(a local state moved, nothing applied: deploy the ``state`` stack as usual, as it may be behind
the config) or ``bootstrapped`` (applied and moved: nothing left to deploy); everything else
goes to stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import botocore.exceptions

from modules.state import state_key
from ops.aws import OpsError, client
from stacks.config import STATE_STACK, Config

ROOT = Path(__file__).resolve().parent.parent
LOCAL_STATE_DIR_ENV = "MAIL_LOCAL_STATE_DIR"
BOOTSTRAP_STATE = "terraform.tfstate"
LEGACY_STATE = "terraform.state.tfstate"  # releases up to 8eefea2 kept the state stack's state here
OVERRIDE = "bootstrap_override.tf.json"
MOVED_SUFFIX = ".moved-to-bucket"


def local_dir(environ: os._Environ[str] | dict[str, str] = os.environ) -> Path:
    """Where local state may live: ``$MAIL_LOCAL_STATE_DIR``, else ``.work`` in the project."""
    return Path(environ.get(LOCAL_STATE_DIR_ENV) or ROOT / ".work").resolve()


def bootstrap_dir(environ: os._Environ[str] | dict[str, str] = os.environ) -> Path:
    return local_dir(environ) / "bootstrap"


def local_candidates(environ: os._Environ[str] | dict[str, str] = os.environ) -> list[Path]:
    """Local state files of the ``state`` stack this or an earlier release may have left.
    ``cdktf.out`` (real AWS's output folder) only when no ``$MAIL_LOCAL_STATE_DIR`` is set: a
    local endpoint's files never mix with real ones."""
    found = [bootstrap_dir(environ) / BOOTSTRAP_STATE, local_dir(environ) / LEGACY_STATE]
    if not environ.get(LOCAL_STATE_DIR_ENV):
        found.append(ROOT / "cdktf.out" / "stacks" / STATE_STACK / LEGACY_STATE)
    return found


def resource_count(path: Path) -> int:
    """Resources in a Terraform state file; an OpsError naming it when it is not one."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise OpsError(f"{path}: not a readable Terraform state file ({error})") from None
    if not isinstance(state, dict) or not isinstance(state.get("resources", []), list):
        raise OpsError(f"{path}: not a Terraform state file")
    return len(state.get("resources", []))


@dataclass(frozen=True)
class Location:
    bucket_exists: bool
    in_bucket: bool
    local: Path | None  # a local state file to use or move


def locate(config: Config, *, explicit: Path | None = None,
           environ: os._Environ[str] | dict[str, str] = os.environ) -> Location:
    s3 = client("s3", config.state.region)
    bucket, key = config.state.bucket, state_key(STATE_STACK)
    try:  # one call: a missing bucket is NoSuchBucket, and the key is listed when it is there
        listed = s3.list_objects_v2(Bucket=bucket, Prefix=key, MaxKeys=1)
    except botocore.exceptions.ClientError as error:
        if error.response.get("Error", {}).get("Code") != "NoSuchBucket":
            raise
        return Location(bucket_exists=False, in_bucket=False, local=_pick_local(explicit, environ))
    in_bucket = any(item["Key"] == key for item in listed.get("Contents", []))
    return Location(bucket_exists=True, in_bucket=in_bucket,
                    local=None if in_bucket else _pick_local(explicit, environ))


def _pick_local(explicit: Path | None, environ: os._Environ[str] | dict[str, str]) -> Path | None:
    if explicit is not None:
        if not explicit.is_file():
            raise OpsError(f"--from {explicit}: no such file")
        resource_count(explicit)
        return explicit.resolve()
    found = [path for path in local_candidates(environ) if path.is_file() and resource_count(path) > 0]
    if len(found) > 1:
        listed = ", ".join(str(path) for path in found)
        raise OpsError(f"several local state files of the state stack: {listed}; "
                       "pick the right one with --from FILE")
    return found[0] if found else None


def _run(command: list[str], *, env: dict[str, str], what: str, interactive: bool = False) -> None:
    """Run a tool with its output on stderr (stdout carries this command's one-word result)."""
    print(f"==> {what}", file=sys.stderr, flush=True)
    process = subprocess.Popen(command, env=env, stdout=sys.stderr, stdin=None if interactive else subprocess.DEVNULL)
    try:
        code = process.wait()
    except KeyboardInterrupt:
        # Terraform got the same Ctrl-C and is stopping gracefully (saving its state): wait for it,
        # never kill it (subprocess.run would, 0.25 s later).
        code = process.wait()
        raise OpsError(f"{what}: interrupted ({command[0]} exited {code}); run the deploy again") from None
    if code != 0:
        raise OpsError(f"{what}: {command[0]} exited {code}")


def forget_local_backend(out: Path) -> Path | None:
    """In the output folder ``out``, the state stack's working directory may still record the local
    backend of an earlier release (``.terraform/terraform.tfstate``: backend settings, no resources);
    ``terraform init`` would then stop at "Backend configuration changed". Once the state is in the
    bucket that record is set aside (renamed ``*.local-backend``). Returns the new name, if any."""
    record = out / "stacks" / STATE_STACK / ".terraform" / "terraform.tfstate"
    try:
        backend = json.loads(record.read_text(encoding="utf-8")).get("backend", {})
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(backend, dict) or backend.get("type") != "local":
        return None
    kept = record.with_name(record.name + ".local-backend")
    record.replace(kept)
    return kept


def bootstrap_state(config: Config, *, auto_approve: bool, explicit: Path | None = None,
                    out: Path | None = None, environ: os._Environ[str] | dict[str, str] = os.environ) -> str:
    """Create the bucket if it does not exist and move the state stack's state into it.

    Returns ``"in-bucket"`` when the state was there already (nothing done), ``"moved"`` when a
    local state was moved with nothing applied, ``"bootstrapped"`` when the stack was applied too.
    ``out``: the cdktf output folder the stacks are deployed from, whose record of an earlier
    local backend is set aside.
    """
    result = _bootstrap(config, auto_approve=auto_approve, explicit=explicit, environ=environ)
    if out is not None and (kept := forget_local_backend(out)) is not None:
        print(f"state stack: {out} recorded the earlier local backend; set aside as {kept}", file=sys.stderr)
    return result


def _bootstrap(config: Config, *, auto_approve: bool, explicit: Path | None,
               environ: os._Environ[str] | dict[str, str]) -> str:
    where = locate(config, explicit=explicit, environ=environ)
    bucket, key = config.state.bucket, state_key(STATE_STACK)
    if where.in_bucket:
        print(f"state stack: state in s3://{bucket}/{key}", file=sys.stderr)
        return "in-bucket"
    if where.bucket_exists and where.local is None:
        raise OpsError(
            f"the bucket {bucket} exists but holds no state of the state stack ({key}), and no local "
            f"state file was found ({', '.join(str(p) for p in local_candidates(environ))}): "
            "name one with --from FILE, or, if that state is lost, import the bucket's resources into "
            "the state stack (terraform import)"
        )
    work = bootstrap_dir(environ)
    work.mkdir(parents=True, exist_ok=True)
    state_file = where.local or work / BOOTSTRAP_STATE
    env = dict(environ)
    out = work / "cdktf.out"
    _run([sys.executable, str(ROOT / "main.py")], env={**env, "CDKTF_OUTDIR": str(out)},
         what="synth (bootstrap)")
    stack_dir = out / "stacks" / STATE_STACK
    override = stack_dir / OVERRIDE
    override.write_text(json.dumps({"terraform": {"backend": {"local": {"path": str(state_file)}}}}, indent=2))
    terraform = ["terraform", f"-chdir={stack_dir}"]
    try:
        _run([*terraform, "init", "-input=false", "-reconfigure"], env=env,
             what=f"init the state stack with local state {state_file}")
        if not where.bucket_exists:
            # -input=false would also refuse the approval prompt: only with -auto-approve.
            approval = ["-input=false", "-auto-approve"] if auto_approve else []
            _run([*terraform, "apply", *approval], env=env, what=f"create the state bucket {bucket}",
                 interactive=not auto_approve)
    finally:
        override.unlink()
    _run([*terraform, "init", "-input=false", "-migrate-state", "-force-copy"], env=env,
         what=f"move the state stack's state into s3://{bucket}/{key}")
    if not locate(config, environ=environ).in_bucket:
        raise OpsError(f"after the move, s3://{bucket}/{key} is still missing; the state is in {state_file}")
    moved = state_file.with_name(state_file.name + MOVED_SUFFIX)
    state_file.replace(moved)
    print(f"state stack: state moved into s3://{bucket}/{key}; the local copy is kept as {moved}",
          file=sys.stderr)
    return "moved" if where.bucket_exists else "bootstrapped"

