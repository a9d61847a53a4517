"""The one place that knows where Cymharu's bundled files live.

From a source checkout the files sit beside the ``app`` package; in a PyInstaller
bundle they sit under ``sys._MEIPASS``. Everything else asks this module.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("icons", "cymharu.png")``."""
    return bundle_root().joinpath("resources", *parts)


def data_dir() -> Path:
    """The bundled dataset folder."""
    return bundle_root() / "data"


def is_bundled(folder: Path) -> bool:
    """True if *folder* is the bundled dataset."""
    try:
        return Path(folder).resolve() == data_dir().resolve()
    except OSError:
        return False
