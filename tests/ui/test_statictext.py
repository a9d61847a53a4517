"""Static text laid out once: one object per text, font, width and alignment, always plain
text, and a bounded cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption

from app.ui import statictext
from app.ui.statictext import static_text


@pytest.fixture(autouse=True)
def empty_cache(qapp):
    statictext.clear()
    yield
    statictext.clear()


def font(size=10, bold=False, family="Sans Serif") -> QFont:
    f = QFont(family, size)
    f.setBold(bold)
    return f


def test_same_arguments_give_the_same_object():
    a = static_text("Cardiff", font())
    assert static_text("Cardiff", font()) is a  # an equal font, not the same object
    assert a.text() == "Cardiff"
    wrapped = static_text("Rhondda Cynon Taf", font(), 80.0, centred=True)
    assert static_text("Rhondda Cynon Taf", font(), 80.0, centred=True) is wrapped
    assert static_text("Rhondda Cynon Taf", font(), 80.04, centred=True) is wrapped  # to a tenth of a pixel


@pytest.mark.parametrize("other", [
    lambda: static_text("Cardiff ", font()),
    lambda: static_text("Cardiff", font(11)),
    lambda: static_text("Cardiff", font(bold=True)),
    lambda: static_text("Cardiff", font(family="Serif")),
    lambda: static_text("Cardiff", font(), 80.0),
    lambda: static_text("Cardiff", font(), 80.0, centred=True),
], ids=["text", "size", "weight", "family", "width", "centred"])
def test_different_text_font_width_or_alignment_give_another_object(other):
    base = static_text("Cardiff", font())
    assert other() is not base
    assert static_text("Cardiff", font(), 80.0) is not static_text("Cardiff", font(), 120.0)


def test_layout_follows_width_and_alignment():
    one_line = static_text("Merthyr Tydfil", font())
    assert one_line.textWidth() < 0  # not wrapped
    wrapped = static_text("Merthyr Tydfil", font(), 40.0, centred=True)
    assert wrapped.textWidth() == pytest.approx(40.0)
    option = wrapped.textOption()
    assert option.wrapMode() == QTextOption.WrapMode.WordWrap
    assert option.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert static_text("Merthyr Tydfil", font(), 40.0).textOption().alignment() & Qt.AlignmentFlag.AlignLeft
    assert wrapped.size().height() > one_line.size().height()  # two lines in 40 pixels


def test_text_is_plain_never_html():
    static = static_text("<b>Powys</b> &amp; Ceredigion", font(), 300.0)
    assert static.textFormat() == Qt.TextFormat.PlainText
    assert static.text() == "<b>Powys</b> &amp; Ceredigion"
    # Unwrapped, the tags take room of their own: they are shown, not read as markup.
    assert static_text("<b>Powys</b>", font()).size().width() > static_text("Powys", font()).size().width() * 1.5
    assert static_text("<i>x</i>", font()).textFormat() == Qt.TextFormat.PlainText


def test_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(statictext, "LIMIT", 10)
    f = font()
    for i in range(35):
        static_text(f"label {i}", f)
        assert len(statictext._CACHE) <= 10
    latest = static_text("label 34", f)
    assert static_text("label 34", f) is latest  # what was just made is kept


def test_cache_is_bounded_at_the_real_limit():
    f = font()
    for i in range(statictext.LIMIT + 5):
        static_text(str(i), f)
    assert 0 < len(statictext._CACHE) <= statictext.LIMIT


def test_clear_empties_the_cache():
    a = static_text("Conwy", font())
    statictext.clear()
    assert not statictext._CACHE
    b = static_text("Conwy", font())
    assert b is not a and b.text() == a.text()
