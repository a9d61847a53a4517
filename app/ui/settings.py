"""Remembered state (QSettings): window layout, current view, last filters, compared pair,
recent datasets. Settings that are corrupt or written by a newer version are ignored with a
warning in the log, never a crash."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
MAX_RECENT = 8


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings()
        self.usable = self._check_version()

    def _check_version(self) -> bool:
        raw = self.q.value("settings/version")
        if raw is None:
            return True
        try:
            version = int(raw)
        except (TypeError, ValueError):
            log.warning("Ignoring settings: unreadable version %r in %s", raw, self.q.fileName())
            return False
        if version > SETTINGS_VERSION:
            log.warning(
                "Ignoring settings written by a newer version (%s > %s) in %s",
                version, SETTINGS_VERSION, self.q.fileName(),
            )
            return False
        return True

    # --- typed reads that never raise ------------------------------------------------------
    def _get(self, key: str, kind, default):
        if not self.usable:
            return default
        try:
            value = self.q.value(key)
        except Exception:  # noqa: BLE001 - a corrupt value must never stop the app
            log.warning("Ignoring unreadable setting %s", key)
            return default
        if value is None:
            return default
        if kind is list:
            if isinstance(value, str):
                value = [value] if value else []
            if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value)
        elif kind is bytes:
            if isinstance(value, QByteArray):
                return value
        elif kind is int:
            number = _as_int(value)
            if number is not None:
                return number
        elif kind is str:
            if isinstance(value, str):
                return value
        log.warning("Ignoring setting %s: unexpected value %r", key, value)
        return default

    def get_str(self, key: str, default: str = "") -> str:
        return self._get(key, str, default)

    def get_int(self, key: str, default: int = 0) -> int:
        return self._get(key, int, default)

    def get_list(self, key: str) -> list[str]:
        return self._get(key, list, [])

    def get_bytes(self, key: str) -> QByteArray | None:
        return self._get(key, bytes, None)

    def set(self, key: str, value) -> None:
        if not self.usable:
            return  # never overwrite a newer version's settings
        self.q.setValue("settings/version", SETTINGS_VERSION)
        self.q.setValue(key, value)

    def sync(self) -> None:
        if self.usable:
            self.q.sync()

    # --- recent datasets ---------------------------------------------------------------------
    def recent(self) -> list[str]:
        return self.get_list("data/recent")

    def add_recent(self, folder: str) -> None:
        items = [folder] + [f for f in self.recent() if f != folder]
        self.set("data/recent", items[:MAX_RECENT])
