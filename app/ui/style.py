"""The application style: the platform's own, with Fusion's scroll bars drawn from a cache.

Fusion (the style on Linux desktops without a native theme) paints a scroll bar's gradients
afresh every time, and the cost grows with its length: about 2 ms for a bar the height of a
window on a modest machine, where a whole table of text takes less. Every view in Cymharu
has one or two, and each repaint of a view repaints them, so switching tabs or changing a
filter paid several milliseconds for bars that had not changed.

:class:`CachedScrollBarStyle` draws each scroll bar once into a pixmap, keyed by everything
in its style option that Fusion reads (size, orientation, range, position, page step, state,
the hovered or pressed part, the palette, the pixel ratio), and copies the pixmap on later
paints. Anything that is not a scroll bar, and any painter that is rotated, scaled or
translucent, goes straight to Fusion.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionSlider


class CachedScrollBarStyle(QProxyStyle):
    """Fusion with cached scroll bars; see the module docstring."""

    LIMIT = 48  # pixmaps kept (least recently used dropped); a window has about ten bars

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self._cache: OrderedDict[tuple, QPixmap] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def clear_cache(self) -> None:
        self._cache.clear()

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt override)
        if (control != QStyle.ComplexControl.CC_ScrollBar or not isinstance(option, QStyleOptionSlider)
                or not _plain_painter(painter)):
            super().drawComplexControl(control, option, painter, widget)
            return
        rect = option.rect
        if rect.width() <= 0 or rect.height() <= 0:
            return
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (
            rect.width(), rect.height(), option.orientation.value, option.minimum, option.maximum,
            option.sliderPosition, option.sliderValue, option.pageStep, option.singleStep,
            option.upsideDown, option.state.value, option.subControls.value, option.activeSubControls.value,
            option.direction.value, option.palette.cacheKey(), dpr,
        )
        pixmap = self._cache.get(key)
        if pixmap is None:
            self.misses += 1
            pixmap = QPixmap(round(rect.width() * dpr), round(rect.height() * dpr))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            local = QStyleOptionSlider(option)
            local.rect = rect.translated(-rect.topLeft())
            p = QPainter(pixmap)
            super().drawComplexControl(control, local, p, widget)
            p.end()
            self._cache[key] = pixmap
            if len(self._cache) > self.LIMIT:
                self._cache.popitem(last=False)
        else:
            self.hits += 1
            self._cache.move_to_end(key)
        painter.drawPixmap(QPoint(rect.x(), rect.y()), pixmap)


def _plain_painter(painter: QPainter) -> bool:
    """Whether a cached pixmap copied by *painter* looks like drawing through it (the same
    pixels, but for a level or two of rounding where Fusion's edges are translucent)."""
    return (painter.transform().type().value <= QTransform.TransformationType.TxTranslate.value
            and painter.opacity() >= 1.0
            and painter.compositionMode() == QPainter.CompositionMode.CompositionMode_SourceOver)


def install_style(app: QApplication) -> None:
    """Use :class:`CachedScrollBarStyle` when the application's style is Fusion (other styles,
    such as the native Windows and macOS ones, animate their scroll bars: left alone)."""
    current = app.style()
    if isinstance(current, CachedScrollBarStyle) or current.name().lower() != "fusion":
        return
    app.setStyle(CachedScrollBarStyle("Fusion"))
