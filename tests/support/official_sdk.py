"""The vendor's official v3 SDK (distribution ``sentdm`` 0.46.0, import name ``sent_dm``), the
v3 tests' oracle. It lives in ``.official-sdk/`` (installed by the README's test command with
``pip install --target``, since its distribution name is ours too)."""

import importlib
import sys
from pathlib import Path
from typing import Any

OFFICIAL_SDK_DIR = Path(__file__).resolve().parents[2] / ".official-sdk"
INSTALL_HINT = ("the official v3 SDK is missing from .official-sdk/: run the README's test command "
                "(it runs pip install --target .official-sdk --no-deps sentdm==0.46.0)")


def import_official_sdk() -> Any:
    """``sent_dm``, imported from .official-sdk/ (on sys.path only for the import)."""
    if not (OFFICIAL_SDK_DIR / "sent_dm" / "__init__.py").is_file():
        raise RuntimeError(INSTALL_HINT)
    sys.path.insert(0, str(OFFICIAL_SDK_DIR))
    try:
        return importlib.import_module("sent_dm")
    finally:
        sys.path.remove(str(OFFICIAL_SDK_DIR))
