"""Colours shared by the views and printing: one colour per theme, a sequential scale for
counts. Chosen to stay distinguishable for common colour-vision deficiencies and to work
on light and dark backgrounds (text drawn over them picks black or white by contrast)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# A qualitative palette (Okabe–Ito colours first, then softer companions).
_THEME_COLOURS = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#999999", "#8DD3C7", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69",
    "#FCCDE5", "#BC80BD", "#CCEBC5", "#FFED6F",
)

# Sequential scale for counts (0 is drawn separately as 'not named').
_COUNT_SCALE = ("#C6DBEF", "#6BAED6", "#2171B5", "#08306B")


def theme_colour(index: int) -> QColor:
    """The colour of the theme in row *index* of the themes table."""
    if index < 0:
        return QColor("#777777")
    return QColor(_THEME_COLOURS[index % len(_THEME_COLOURS)])


def highlight_colour(index: int, alpha: int = 90) -> QColor:
    c = theme_colour(index)
    c.setAlpha(alpha)
    return c


def count_classes(max_count: int) -> list[tuple[int, int]]:
    """Inclusive (low, high) bounds of up to four classes covering 1..max_count."""
    if max_count <= 0:
        return []
    if max_count <= 4:
        return [(i, i) for i in range(1, max_count + 1)]
    edges = [1]
    for k in range(1, 4):
        edges.append(max(edges[-1] + 1, round(1 + (max_count - 1) * k / 4)))
    bounds = []
    for k in range(4):
        lo = edges[k]
        hi = edges[k + 1] - 1 if k < 3 else max_count
        bounds.append((lo, hi))
    return bounds


def count_colour(count: int, classes: list[tuple[int, int]]) -> QColor | None:
    """The fill for *count* under *classes*; None for zero (drawn as 'not named')."""
    if count <= 0 or not classes:
        return None
    scale = _COUNT_SCALE[-len(classes):] if len(classes) < len(_COUNT_SCALE) else _COUNT_SCALE
    for (lo, hi), colour in zip(classes, scale):
        if lo <= count <= hi:
            return QColor(colour)
    return QColor(scale[-1])


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on *background*."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.5 else QColor("#FFFFFF")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
