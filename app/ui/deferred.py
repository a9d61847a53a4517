"""Refresh a view now if the user can see it, otherwise when it is next shown.

A filter change then costs only the visible view's work; the other tabs catch up when
the user switches to them. A widget that is not inside a shown window (a view built on
its own, as in tests or when printing) refreshes at once.

A mixin rather than a helper object, so a view holds no reference cycle through it and
is freed as soon as it is closed.
"""

from __future__ import annotations


class RefreshWhenVisible:
    """Mix into a QWidget subclass that defines ``refresh_view()``; connect signals to
    :meth:`request_refresh`."""

    _refresh_pending = False

    @property
    def refresh_pending(self) -> bool:
        return self._refresh_pending

    def request_refresh(self, *_args) -> None:
        if self.isVisible() or not self.window().isVisible():
            self._refresh_pending = False
            self.refresh_view()
        else:
            self._refresh_pending = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh_view()
        super().showEvent(event)
