"""The documentation builds without a warning, and its API reference comes from the table."""

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sentdm

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-E", "-b", "html",
         str(ROOT / "docs"), str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    return out


def test_the_site_has_the_guides_and_the_reference(site):
    for page in ("index", "getting-started", "cli-pagination-bulk-async", "inspection",
                 "table-format", "typing", "openapi", "reference"):
        assert (site / f"{page}.html").exists(), page


def test_the_reference_documents_every_operation_and_model_from_the_table(site):
    page = (site / "reference.html").read_text(encoding="utf-8")
    reference = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    for key in sentdm.meta.operation_names:
        info = sentdm.meta.describe(key)
        assert f"{info.resource}.{info.name}" in reference
        assert f"{info.method} {info.uri}" in reference
        assert info.summary in reference
        for param in info.parameters:
            assert " ".join(param.description.split()) in reference
    for name in sentdm.meta.schema_names:
        assert f'id="model-{name.lower()}"' in page
    assert "result = client.customers.get_all_customers( page=1, page_size=1, )" in reference
