"""Settings round-trip; corrupt or newer settings are ignored, never fatal."""

from PySide6.QtCore import QSettings

from app.ui.settings import SETTINGS_VERSION, Settings


def test_round_trip(qtbot):
    s = Settings()
    s.set("filter/councils", ["W06000015", "W06000018"])
    s.set("view/current", "councils")
    s.sync()
    again = Settings()
    assert again.get_list("filter/councils") == ["W06000015", "W06000018"]
    assert again.get_str("view/current") == "councils"


def test_newer_version_is_ignored_and_not_overwritten(qtbot, caplog):
    q = QSettings()
    q.setValue("settings/version", SETTINGS_VERSION + 5)
    q.setValue("view/current", "councils")
    q.sync()
    s = Settings()
    assert not s.usable
    assert s.get_str("view/current", "timeline") == "timeline"
    s.set("view/current", "source")
    assert QSettings().value("view/current") == "councils"
    assert "newer version" in caplog.text


def test_corrupt_values_fall_back(qtbot, caplog):
    q = QSettings()
    q.setValue("settings/version", "not a number")
    q.sync()
    assert not Settings().usable
    q.setValue("settings/version", 1)
    q.setValue("filter/councils", 42)
    q.setValue("window/geometry", "garbage")
    q.sync()
    s = Settings()
    assert s.get_list("filter/councils") == []
    assert s.get_bytes("window/geometry") is None
    assert "Ignoring setting" in caplog.text


def test_recent_list_is_bounded_and_most_recent_first(qtbot):
    s = Settings()
    for i in range(12):
        s.add_recent(f"/data/{i}")
    s.add_recent("/data/3")
    recent = s.recent()
    assert recent[0] == "/data/3" and len(recent) == 8 and len(set(recent)) == 8
