"""Text laid out once and drawn many times.

``QPainter.drawText`` shapes its text afresh on every call; a view that repaints the same
labels (event titles on the timeline, council names on the map) pays for it on every
paint. :func:`static_text` keeps a :class:`QStaticText` per text, font and width, laid out
on first use, for ``QPainter.drawStaticText``. For the screen only: on paper text is drawn
the ordinary way, at the printer's resolution.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStaticText, QTextOption, QTransform

_CACHE: dict[tuple, QStaticText] = {}
LIMIT = 5000  # texts kept; emptied when full (labels on screen are far fewer)


def static_text(text: str, font: QFont, width: float | None = None, centred: bool = False) -> QStaticText:
    """*text* as plain text in *font*, on one line, or word-wrapped to *width* (centred if
    asked). Draw at the top left of where it goes (not at its baseline)."""
    key = (text, font.key(), None if width is None else round(width, 1), centred)
    static = _CACHE.get(key)
    if static is None:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if width is not None:
            static.setTextWidth(width)
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            static.setTextOption(option)
        static.prepare(QTransform(), font)
        if len(_CACHE) >= LIMIT:
            _CACHE.clear()
        _CACHE[key] = static
    return static


def clear() -> None:
    _CACHE.clear()
