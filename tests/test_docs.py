"""The documentation builds without a warning, and its API reference comes from the table."""

import configparser
import html
import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sentdm
from sentdm.service import api_service

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


def test_the_distribution_has_its_own_name_and_its_license():
    """``sentdm`` on the package index is the vendor's SDK: ours is ``sentdm-table`` (imported as
    ``sentdm``), MIT licensed with the licence text shipped."""
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "setup.cfg")
    assert metadata["metadata"]["name"] == "sentdm-table"
    assert metadata["metadata"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert importlib.metadata.metadata("sentdm-table")["Name"] == "sentdm-table"
    wrong = re.compile(r"pip install ['\"]?sentdm(?![-\w])")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.rst"))]:
        assert not wrong.search(path.read_text()), f"{path.name} installs the vendor's sentdm"


def test_the_v3_reference_documents_every_v3_operation_from_its_table(site):
    page = (site / "reference-v3.html").read_text(encoding="utf-8")
    reference = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    meta = api_service("v3").meta
    assert len(meta.operation_names) == 60
    for key in meta.operation_names:
        info = meta.describe(key)
        assert f'id="v3-op-{key.replace(".", "-").replace("_", "-")}"' in page, key
        assert f"{info.method} {info.uri}" in reference
    assert "client.voice.calls.participants.add(" in reference
    assert "Python class: sentdm.apis.v3.Template." in reference
