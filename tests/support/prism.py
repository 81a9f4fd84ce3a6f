"""Run a Prism mock server (``@stoplight/prism-cli``) for contract tests.

Usage::

    from tests.support.prism import run_prism, vendor_spec_path

    with run_prism(vendor_spec_path()) as base_url:
        requests.get(base_url + "/customers", params={"page": 1, "pageSize": 20},
                     headers={"x-api-key": "test"})

Prism is installed from the repo's ``package.json`` / ``package-lock.json``
with ``npm ci``; this module only ever runs ``<repo root>/node_modules/.bin/prism``
and only binds 127.0.0.1.  See ``tests/support/prism_behaviour.md`` for what
Prism 5 answers for this spec.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator, Optional, Union

HOST = "127.0.0.1"
STARTUP_TIMEOUT = 60.0  # seconds; Prism normally answers within ~1-2 s
_POLL_INTERVAL = 0.1
_LOG_TAIL_CHARS = 4000

#: The repository root (the parent of ``tests/``).
REPO_ROOT = Path(__file__).resolve().parents[2]


def vendor_spec_path() -> Path:
    """Path of the vendor's OpenAPI spec, ``<repo root>/../shared/sentdm-api/openapi.yaml``.

    Resolved relative to the repo root (never an absolute /work path), because
    CI clones the repo into some folder with a copy of ``shared/`` beside it.
    """
    return REPO_ROOT.parent / "shared" / "sentdm-api" / "openapi.yaml"


#: Same as :func:`vendor_spec_path`, as a constant.
VENDOR_SPEC_PATH = vendor_spec_path()


def prism_executable() -> Path:
    """``<repo root>/node_modules/.bin/prism``; raise RuntimeError if not installed."""
    exe = REPO_ROOT / "node_modules" / ".bin" / "prism"
    if not exe.exists():
        raise RuntimeError(
            f"Prism is not installed ({exe} is missing). Run `npm ci` in {REPO_ROOT} "
            "to install the pinned @stoplight/prism-cli from package-lock.json."
        )
    return exe


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _log_tail(log_path: Path) -> str:
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:  # pragma: no cover - defensive
        return f"<could not read {log_path}: {exc}>"
    text = text[-_LOG_TAIL_CHARS:]
    return text if text.strip() else "<empty log>"


# Never route the readiness probe through an HTTP(S)_PROXY from the environment.
_NO_PROXY_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers(base_url: str) -> bool:
    """True once Prism answers HTTP at all (any status code counts)."""
    try:
        # "/" is not in the spec, so a running Prism answers 404 problem+json.
        with _NO_PROXY_OPENER.open(base_url + "/", timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
        return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    # Prism was started in its own process group: signal the whole group so
    # no node child outlives it, but only that group.
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait(timeout=10)


@contextlib.contextmanager
def run_prism(
    spec_path: Union[str, os.PathLike, None] = None,
    *,
    extra_args: Optional[list] = None,
    timeout: float = STARTUP_TIMEOUT,
) -> Iterator[str]:
    """Start ``prism mock`` on a free 127.0.0.1 port; yield its base URL.

    ``spec_path`` defaults to :func:`vendor_spec_path`.  ``extra_args`` are
    appended to the command line (e.g. ``["--dynamic", "--seed", "1"]``).
    Prism's output goes to ``prism.log`` in a temporary directory (removed on
    exit), or, if the environment variable ``SENTDM_PRISM_LOG_DIR`` is set, to
    ``prism-<port>.log`` in that directory (kept, for debugging); if Prism
    exits or does not answer within ``timeout`` seconds, RuntimeError is raised
    with the tail of that log.  Prism is terminated (and waited for) on exit.
    """
    spec = Path(spec_path) if spec_path is not None else vendor_spec_path()
    if not spec.is_file():
        raise RuntimeError(f"OpenAPI spec not found: {spec}")
    exe = prism_executable()
    port = _free_port()
    base_url = f"http://{HOST}:{port}"
    cmd = [str(exe), "mock", "-h", HOST, "-p", str(port), str(spec), *(extra_args or [])]

    keep_dir = os.environ.get("SENTDM_PRISM_LOG_DIR")
    if keep_dir:
        tmpdir = None
        Path(keep_dir).mkdir(parents=True, exist_ok=True)
        log_path = Path(keep_dir) / f"prism-{port}.log"
    else:
        tmpdir = Path(tempfile.mkdtemp(prefix="sentdm-prism-"))
        log_path = tmpdir / "prism.log"
    log_file = open(log_path, "wb")
    proc: Optional[subprocess.Popen] = None
    try:
        proc = subprocess.Popen(
            cmd,
            cwd=str(REPO_ROOT),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"Prism exited with code {proc.returncode} before answering on "
                    f"{base_url}.\nCommand: {' '.join(cmd)}\nLog tail ({log_path}):\n"
                    f"{_log_tail(log_path)}"
                )
            if _answers(base_url):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Prism did not answer on {base_url} within {timeout:.0f} s.\n"
                    f"Command: {' '.join(cmd)}\nLog tail ({log_path}):\n{_log_tail(log_path)}"
                )
            time.sleep(_POLL_INTERVAL)
        yield base_url
    finally:
        if proc is not None:
            _stop(proc)
        log_file.close()
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
