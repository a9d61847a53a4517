"""The application style: Fusion's scroll bars drawn from a cache must look like Fusion's own
(bit for bit over black, within rounding over other colours), be reused when nothing has
changed, stay bounded, and leave everything else (other controls, scaled or translucent
painters, other styles) to Fusion."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QScrollBar,
    QSlider,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QStyleOptionSlider,
)

from app.ui.style import CachedScrollBarStyle, install_style

CC_SCROLLBAR = QStyle.ComplexControl.CC_ScrollBar
BACKGROUND = QColor(200, 30, 90)  # opaque and unlike any Fusion colour, so gaps would show
WINDOW_GREY = QColor(0xEF, 0xEF, 0xEF)  # Fusion's own window colour, what a bar is drawn over
VERTICAL, HORIZONTAL = Qt.Orientation.Vertical, Qt.Orientation.Horizontal


class Bar(QScrollBar):
    """A scroll bar whose (protected) style option can be read from a test."""

    def option(self) -> QStyleOptionSlider:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        return opt


def scroll_bar(orientation=VERTICAL, length=200, thickness=16, minimum=0, maximum=100, page=10, value=0) -> Bar:
    bar = Bar(orientation)
    if orientation == VERTICAL:
        bar.resize(thickness, length)
    else:
        bar.resize(length, thickness)
    bar.setRange(minimum, maximum)
    bar.setPageStep(page)
    bar.setValue(value)
    return bar


def bar_option(bar: Bar, *, hovered=False, pressed=False) -> QStyleOptionSlider:
    """The option QScrollBar's own paint event draws with, hovered or pressed if asked. (Fusion
    lays out the arrows and slider from (0, 0) whatever the rect, as a widget always paints
    itself there: move the painter, not the rect, to draw a bar elsewhere and compare.)"""
    opt = bar.option()
    opt.rect = QRect(0, 0, bar.width(), bar.height())
    opt.subControls = QStyle.SubControl.SC_All  # as QScrollBar's own paint event sets it
    if hovered:
        opt.state |= QStyle.StateFlag.State_MouseOver
        opt.activeSubControls = QStyle.SubControl.SC_ScrollBarSlider
    if pressed:
        opt.state |= QStyle.StateFlag.State_Sunken
        opt.activeSubControls = QStyle.SubControl.SC_ScrollBarAddLine
    return opt


def render(style, opt, widget, size, *, dpr=1.0, control=CC_SCROLLBAR, setup=None, background=BACKGROUND,
           clip=False) -> QImage:
    """*opt* drawn by *style* on an opaque *background* of *size* (device-independent pixels),
    the painter first set up by *setup* and, with *clip*, clipped to the option's rect (as Qt
    clips a widget's painter to the widget: Fusion draws the slider's outline one pixel past
    the rect, which no window ever shows)."""
    image = blank(size, dpr, background)
    painter = QPainter(image)
    if setup is not None:
        setup(painter)
    if clip:
        painter.setClipRect(opt.rect)
    style.drawComplexControl(control, opt, painter, widget)
    painter.end()
    return image


def blank(size, dpr=1.0, background=BACKGROUND) -> QImage:
    image = QImage(round(size[0] * dpr), round(size[1] * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(background)
    return image


def channels(image: QImage) -> np.ndarray:
    """The image's pixels as an array of (height, width, 4) bytes."""
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4).astype(int)


def largest_difference(a: QImage, b: QImage) -> int:
    assert (a.width(), a.height()) == (b.width(), b.height())
    return int(np.abs(channels(a) - channels(b)).max())


@pytest.fixture
def styles(qapp):
    """A fresh cached style and a plain Fusion to compare it with (kept alive together)."""
    return CachedScrollBarStyle(), QStyleFactory.create("Fusion")


def counters(style) -> tuple[int, int]:
    return style.hits, style.misses


# --- looks like Fusion ------------------------------------------------------------------------
VARIANTS = [(False, False, 1.0), (True, False, 1.0), (False, True, 1.0), (True, False, 2.0)]  # hovered, pressed, dpr


@pytest.mark.parametrize("orientation", [VERTICAL, HORIZONTAL], ids=["vertical", "horizontal"])
@pytest.mark.parametrize("length,thickness", [(57, 14), (240, 16), (700, 20)])
@pytest.mark.parametrize("maximum,value,page", [(100, 0, 10), (100, 37, 10), (1000, 1000, 300), (0, 0, 1)])
def test_cached_bars_are_pixel_identical_to_fusion_on_black(styles, orientation, length, thickness, maximum,
                                                            value, page):
    """Over black, compositing the cached pixmap is exact: every pixel must match Fusion's."""
    cached, plain = styles
    bar = scroll_bar(orientation, length, thickness, maximum=maximum, page=page, value=value)
    size = (bar.width() + 9, bar.height() + 11)
    black = QColor(0, 0, 0)

    def at(p):  # the bar drawn away from the image's corner, as in a window
        p.translate(4, 6)

    for hovered, pressed, dpr in VARIANTS:
        opt = bar_option(bar, hovered=hovered, pressed=pressed)
        expected = render(plain, opt, bar, size, dpr=dpr, setup=at, clip=True, background=black)
        assert expected != blank(size, dpr, black)  # Fusion did draw something
        for _ in range(2):  # first drawn into the cache (a miss), then copied from it (a hit)
            got = render(cached, opt, bar, size, dpr=dpr, setup=at, clip=True, background=black)
            assert got == expected, (hovered, pressed, dpr)
    assert cached.hits == cached.misses == len(VARIANTS)


@pytest.mark.parametrize("background", [BACKGROUND, WINDOW_GREY], ids=["pink", "window-grey"])
@pytest.mark.parametrize("orientation", [VERTICAL, HORIZONTAL], ids=["vertical", "horizontal"])
@pytest.mark.parametrize("maximum,value,page", [(100, 0, 10), (100, 37, 10), (0, 0, 1)])
def test_cached_bars_match_fusion_within_rounding_on_other_backgrounds(styles, background, orientation, maximum,
                                                                       value, page):
    """Fusion's groove is translucent: drawn into a transparent pixmap first and composited
    afterwards, its colours may round differently, by a level or two, never more."""
    cached, plain = styles
    bar = scroll_bar(orientation, 240, 16, maximum=maximum, page=page, value=value)
    size = (bar.width(), bar.height())
    for hovered, pressed, dpr in VARIANTS:
        opt = bar_option(bar, hovered=hovered, pressed=pressed)
        expected = render(plain, opt, bar, size, dpr=dpr, clip=True, background=background)
        got = render(cached, opt, bar, size, dpr=dpr, clip=True, background=background)
        assert largest_difference(got, expected) <= 2, (hovered, pressed, dpr)
        # ... while any real difference (here: the slider elsewhere) is far larger.
        assert largest_difference(expected, render(plain, bar_option(scroll_bar(
            orientation, 240, 16, maximum=100, page=10, value=(value + 50) % 100)), bar, size, dpr=dpr,
            clip=True, background=background)) > 20


def test_hover_and_palette_are_drawn_not_served_stale(styles):
    """The key must tell apart options that Fusion draws differently."""
    cached, plain = styles
    bar = scroll_bar(VERTICAL, 180, value=40)
    size = (bar.width(), bar.height())
    still = bar_option(bar)
    hovered = bar_option(bar, hovered=True)
    navy = bar_option(bar)
    navy.palette = QPalette(QColor("navy"))
    black = QColor(0, 0, 0)
    images = [render(cached, o, bar, size, clip=True, background=black) for o in (still, hovered, navy)]
    assert images == [render(plain, o, bar, size, clip=True, background=black) for o in (still, hovered, navy)]
    assert images[0] != images[1] and images[0] != images[2]  # the cases really differ
    assert counters(cached) == (0, 3)


def test_same_option_is_a_hit_and_any_change_a_miss(styles):
    cached, _ = styles
    bar = scroll_bar(VERTICAL, 200, value=20)
    size = (60, 260)
    opt = bar_option(bar)
    render(cached, opt, bar, size)
    assert counters(cached) == (0, 1)
    render(cached, opt, bar, size)
    assert counters(cached) == (1, 1)
    render(cached, opt, bar, size, setup=lambda p: p.translate(30, 40))  # elsewhere: same pixmap
    assert counters(cached) == (2, 1)

    bar.setValue(21)
    render(cached, bar_option(bar), bar, size)
    assert counters(cached) == (2, 2)
    bar.resize(16, 201)
    render(cached, bar_option(bar), bar, size)
    assert counters(cached) == (2, 3)
    render(cached, bar_option(bar, hovered=True), bar, size)
    assert counters(cached) == (2, 4)
    bar.setRange(0, 500)
    render(cached, bar_option(bar), bar, size)
    assert counters(cached) == (2, 5)

    render(cached, opt, bar, size)  # the first one is still kept
    assert counters(cached) == (3, 5)
    cached.clear_cache()
    render(cached, opt, bar, size)
    assert counters(cached) == (3, 6)


def test_cache_is_bounded_and_drops_the_least_recently_used(styles):
    cached, _ = styles
    limit = CachedScrollBarStyle.LIMIT
    bar = scroll_bar(VERTICAL, 40, 12, maximum=limit + 20, page=1)
    size = (12, 40)

    def option(value):
        bar.setValue(value)
        return bar_option(bar)

    for v in range(limit + 10):
        render(cached, option(v), bar, size)
        assert len(cached._cache) <= limit
    assert counters(cached) == (0, limit + 10)
    assert len(cached._cache) == limit
    render(cached, option(limit + 9), bar, size)  # the latest is kept
    assert counters(cached) == (1, limit + 10)
    render(cached, option(0), bar, size)  # the oldest was dropped
    assert counters(cached) == (1, limit + 11)

    # Using an entry keeps it: the next to go is the one least recently drawn.
    cached.clear_cache()
    for v in range(limit):
        render(cached, option(v), bar, size)
    render(cached, option(0), bar, size)  # used again: now the most recent
    render(cached, option(limit), bar, size)  # one more: drops 1, not 0
    hits, misses = counters(cached)
    render(cached, option(0), bar, size)
    assert counters(cached) == (hits + 1, misses)
    render(cached, option(1), bar, size)
    assert counters(cached) == (hits + 1, misses + 1)


@pytest.mark.parametrize("setup", [
    lambda p: p.scale(2, 2),
    lambda p: (p.translate(150, 20), p.rotate(90)),
    lambda p: p.setOpacity(0.5),
    lambda p: p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply),
], ids=["scaled", "rotated", "translucent", "multiply"])
def test_transformed_or_translucent_painters_bypass_the_cache(styles, setup):
    cached, plain = styles
    bar = scroll_bar(VERTICAL, 120, value=30)
    opt = bar_option(bar)
    size = (300, 300)
    image = render(cached, opt, bar, size, setup=setup)
    assert counters(cached) == (0, 0) and not cached._cache
    assert image == render(plain, opt, bar, size, setup=setup)
    assert image != blank(size)  # still drawn


def test_translated_painter_uses_the_cache_and_draws_in_place(styles):
    cached, plain = styles
    bar = scroll_bar(HORIZONTAL, 150, value=60)
    opt = bar_option(bar)
    size = (200, 60)
    black = QColor(0, 0, 0)
    for _ in range(2):
        image = render(cached, opt, bar, size, setup=lambda p: p.translate(17, 9), clip=True, background=black)
        assert image == render(plain, opt, bar, size, setup=lambda p: p.translate(17, 9), clip=True,
                               background=black)
        assert image.pixelColor(5, 5) == black and image.pixelColor(17 + 75, 9 + 8) != black  # moved
    assert counters(cached) == (1, 1)


def test_other_complex_controls_pass_straight_through(styles):
    cached, plain = styles
    combo = QComboBox()
    combo.addItems(["Cardiff", "Torfaen"])
    combo.resize(160, 28)
    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    opt.rect = QRect(0, 0, 160, 28)
    opt.currentText = "Cardiff"
    control = QStyle.ComplexControl.CC_ComboBox
    image = render(cached, opt, combo, (170, 40), control=control)
    assert image == render(plain, opt, combo, (170, 40), control=control)
    assert image != blank((170, 40))

    slider = QSlider(HORIZONTAL)  # a QStyleOptionSlider, but not a scroll bar
    slider.resize(150, 24)
    sopt = QStyleOptionSlider()
    sopt.initFrom(slider)
    sopt.orientation, sopt.minimum, sopt.maximum = HORIZONTAL, 0, 10
    sopt.sliderPosition = sopt.sliderValue = 4
    sopt.subControls = QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderHandle
    control = QStyle.ComplexControl.CC_Slider
    image = render(cached, sopt, slider, (160, 30), control=control)
    assert image == render(plain, sopt, slider, (160, 30), control=control)
    assert image != blank((160, 30))
    assert counters(cached) == (0, 0) and not cached._cache


# --- installing it --------------------------------------------------------------------------
@pytest.fixture
def restore_style(qapp):
    """install_style changes the application's style: put plain Fusion back afterwards (the
    style the offscreen platform starts with, and what the rest of the suite expects)."""
    before = qapp.style().name()
    yield qapp
    qapp.setStyle(QStyleFactory.create(before))


def test_install_style_wraps_fusion_once_and_keeps_the_palette(restore_style):
    app = restore_style
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette(app.palette())
    install_style(app)
    style = app.style()
    assert isinstance(style, CachedScrollBarStyle)
    assert style.baseStyle().name().lower() == "fusion"
    assert not isinstance(style.baseStyle(), CachedScrollBarStyle)
    install_style(app)  # again: left as it is, not wrapped twice
    assert app.style() is style
    assert not isinstance(app.style().baseStyle(), CachedScrollBarStyle)
    assert app.palette() == palette

    # Widgets now paint their scroll bars through the cache.
    bar = scroll_bar(VERTICAL, 120, value=10)
    assert (style.hits, style.misses) == (0, 0)
    first = bar.grab().toImage()
    assert (style.hits, style.misses) == (0, 1)
    assert bar.grab().toImage() == first
    assert (style.hits, style.misses) == (1, 1)


def test_install_style_leaves_other_styles_alone(restore_style):
    app = restore_style
    if "Windows" not in QStyleFactory.keys():
        pytest.skip("no second built-in style to try")
    app.setStyle(QStyleFactory.create("Windows"))
    install_style(app)
    assert not isinstance(app.style(), CachedScrollBarStyle)
    assert app.style().name().lower() == "windows"


def test_drawn_options_cover_every_state_combination_once(styles):
    """Every distinct option gets its own entry: nothing collides in the key."""
    cached, _ = styles
    bar = scroll_bar(VERTICAL, 90, value=5)
    combos = list(itertools.product([False, True], [False, True], [0, 5, 50]))
    for hovered, pressed, value in combos:
        bar.setValue(value)
        render(cached, bar_option(bar, hovered=hovered, pressed=pressed), bar, (20, 100))
    assert counters(cached) == (0, len(combos)) and len(cached._cache) == len(combos)
