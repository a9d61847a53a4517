"""The whole source document, its coded passages highlighted: statements in their theme's
colour, council mentions underlined, search matches marked, the chosen passage selected
and scrolled into view. The text is set as plain text; nothing in it is interpreted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.dataset.cite import role_text, source_reference
from app.dataset.query import Evidence
from app.ui.deferred import RefreshWhenVisible
from app.ui.event_list import EventListModel
from app.ui.palette import highlight_colour, is_dark
from app.ui.state import AppState
from app.ui.textmap import PositionMap


class SourceText(QPlainTextEdit):
    """Read-only text with hover tool tips naming the passages under the mouse."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self.describe = None  # callable(python_index) -> str

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self.describe is None:
            return
        cursor = self.cursorForPosition(event.position().toPoint())
        text = self.describe(cursor.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()


class SourceView(RefreshWhenVisible, QWidget):
    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.events_model = EventListModel(self, sources_only=True)
        self.event_combo = QComboBox(self)
        self.event_combo.setModel(self.events_model)
        # Size from a typical length, not by measuring every document's title.
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(40)
        self.event_combo.setAccessibleName(self.tr("Document"))
        self.event_combo.currentIndexChanged.connect(self._combo_changed)
        label = QLabel(self.tr("&Document:"), self)
        label.setBuddy(self.event_combo)
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)

        self.text = SourceText(self)
        self.text.setObjectName("sourceText")
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.describe = self._describe_position

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.event_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.legend)

        self.event_id: str | None = None
        self._map = PositionMap("")
        self._statements: list[Evidence] = []
        self._mentions: list[Evidence] = []
        self._filling = False

        state.datasetChanged.connect(self._fill_combo)
        state.filterChanged.connect(self.request_refresh)
        state.eventSelected.connect(self._event_selected)
        state.passageActivated.connect(self.show_passage)
        if state.dataset is not None:
            self._fill_combo()

    # --- which document ------------------------------------------------------------------
    def _fill_combo(self) -> None:
        ds = self.state.dataset
        self._filling = True
        self.events_model.set_dataset(ds)
        self._filling = False
        self.event_id = None
        target = self.state.selected_event if self.state.selected_event in ds.source_event_ids else None
        self.set_event(target or (ds.source_event_ids[0] if ds.source_event_ids else None))

    def _combo_changed(self) -> None:
        if not self._filling:
            self.set_event(self.event_combo.currentData())

    def _event_selected(self, event_id: str) -> None:
        ds = self.state.dataset
        if event_id and ds is not None and event_id in ds.source_event_ids:
            self.set_event(event_id)

    def set_event(self, event_id: str | None) -> None:
        if event_id == self.event_id:
            return
        self.event_id = event_id
        ds = self.state.dataset
        self._filling = True
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))
        self._filling = False
        if event_id is None:
            self.text.setPlainText(self.tr("This dataset has no source texts."))
            self._map = PositionMap("")
            self.info.setText("")
            return
        text = ds.text_of(event_id) or ""
        self._map = PositionMap(text)
        self.text.setPlainText(text)
        row = ds.event(event_id)
        who = ", ".join(p for p in (row["speaker"], row["speaker_role"]) if p)
        bits = [ds.event_date_text(event_id)]
        if who:
            bits.append(who)
        bits.append(row["source_file"])
        self.info.setText(" · ".join(bits))
        self._rehighlight()

    # --- highlighting --------------------------------------------------------------------
    def refresh_view(self) -> None:
        self._rehighlight()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        c = QTextCursor(self.text.document())
        c.setPosition(self._map.to_qt(start))
        c.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return c

    def _rehighlight(self) -> None:
        ds, q = self.state.dataset, self.state.query
        if ds is None or self.event_id is None:
            return
        self._statements, self._mentions = q.passages(self.state.filter, self.event_id)
        theme_index = ds.theme_row
        selections = []
        dark = is_dark(self.palette())
        for ev in self._statements:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(ev.start, ev.end)
            fmt = QTextCharFormat()
            fmt.setBackground(highlight_colour(theme_index.get(ev.theme_id, -1), 110 if dark else 80))
            sel.format = fmt
            selections.append(sel)
        for ev in self._mentions:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(ev.start, ev.end)
            fmt = QTextCharFormat()
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DashUnderline
                if ev.is_collective
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.Text))
            if not ev.is_collective:
                fmt.setFontWeight(QFont.Weight.DemiBold)
            sel.format = fmt
            selections.append(sel)
        for start, end in q.text_matches(self.state.filter, self.event_id):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(start, end)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#FFD54F"))
            fmt.setForeground(QColor("#000000"))
            sel.format = fmt
            selections.append(sel)
        passage = self.state.passage
        if passage is not None and passage.event_id == self.event_id:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(passage.start, passage.end)
            fmt = QTextCharFormat()
            fmt.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
            fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)
        self._update_legend()

    def _update_legend(self) -> None:
        ds = self.state.dataset
        themes = []
        seen = set()
        for ev in self._statements:
            if ev.theme_id not in seen:
                seen.add(ev.theme_id)
                themes.append(ds.theme_label(ev.theme_id))
        parts = [
            self.tr("{0} coded passages, {1} council mentions (underlined; dashed = all councils).").format(
                len(self._statements), len(self._mentions)
            )
        ]
        if self.state.filter.needle:
            parts.append(self.tr("Search matches are marked in yellow."))
        parts.append(self.tr("Hover over a highlighted passage to see its theme."))
        self.legend.setText(" ".join(parts))

    def _describe_position(self, qt_position: int) -> str:
        ds = self.state.dataset
        if ds is None:
            return ""
        i = self._map.to_python(qt_position)
        lines = []
        for ev in self._statements:
            if ev.start <= i < ev.end:
                lines.append(f"{ds.theme_label(ev.theme_id)}: {ev.text}")
        for ev in self._mentions:
            if ev.start <= i < ev.end:
                note = f" — {ev.text}" if ev.text else ""
                lines.append(f"{role_text(ds, ev)}{note}")
        return "\n".join(lines)

    # --- one passage ---------------------------------------------------------------------
    def show_passage(self, ev: Evidence) -> None:
        """Show *ev*'s document with exactly its span selected and centred."""
        self.set_event(ev.event_id)
        self._rehighlight()
        cursor = self._cursor(ev.start, ev.end)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        ds = self.state.dataset
        colour_hint = ds.theme_label(ev.theme_id) if ev.theme_id in ds.theme_row else ""
        label = ev.text if ev.kind == "statement" else (role_text(ds, ev) + (f" — {ev.text}" if ev.text else ""))
        bits = [b for b in (colour_hint, label, source_reference(ds, ev)) if b]
        self.info.setText(" · ".join(bits))
        QTimer.singleShot(0, self.text.centerCursor)

    def selected_span(self) -> tuple[int, int]:
        """The current selection as Python offsets into the source text."""
        c = self.text.textCursor()
        return self._map.to_python(c.selectionStart()), self._map.to_python(c.selectionEnd())
