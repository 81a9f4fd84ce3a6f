"""Sphinx configuration: the docs of the checkout they sit in (its sentdm and its table)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE / "_ext")]

import sentdm  # noqa: E402  (the checkout's package, found through the path set above)

project = "sentdm"
author = "sentdm contributors"
release = version = sentdm.__version__
extensions = ["sentdm_reference"]
exclude_patterns = ["_build"]
html_theme = "alabaster"
html_title = f"sentdm {release}"
nitpicky = True
smartquotes = False  # descriptions and examples keep their quotes as the table has them
