"""The sample v3-style table (tests/tables/v3_sample.toml), registered as API version
``v3-sample`` so that ``sentdm.Client(api="v3-sample")`` speaks it."""

from pathlib import Path

import sentdm
from sentdm.service import register_api
from tests.support.faults import API_KEY

SAMPLE = "v3-sample"
SAMPLE_TABLE = Path(__file__).resolve().parent.parent / "tables" / "v3_sample.toml"

register_api(SAMPLE, SAMPLE_TABLE)


def sample_client(server, **options) -> sentdm.Client:
    """A client of the sample API at ``server`` with quick backoff."""
    options.setdefault("backoff_factor", 0.01)
    return sentdm.Client(api_key=API_KEY, api=SAMPLE, base_url=server.url, **options)
