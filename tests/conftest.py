"""Test set-up shared by the whole suite: offscreen Qt, isolated settings."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

DATA = ROOT / "data"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own settings and app-data folders, never the user's."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the dataset tests need no Qt
        yield home
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    yield home


@pytest.fixture(scope="session")
def bundled_dataset():
    from app.dataset import load_dataset

    return load_dataset(DATA)


@pytest.fixture
def app_state(qtbot, bundled_dataset):
    """An AppState holding the bundled dataset."""
    from app.ui.state import AppState

    state = AppState()
    state.set_dataset(bundled_dataset)
    return state
