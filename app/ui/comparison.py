"""The side-by-side comparison: themes as rows, the two compared events as columns, every
cell backed by its verbatim quotes, silences stated.

The model is a two-level tree: a theme row (spanning both columns) and under it one row
per pair of passages, left and right. Each cell holds one passage, so a click, Enter or
Ctrl+C acts on exactly one quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.dataset.cite import citation, context, role_text
from app.dataset.query import BOTH, LEFT, Comparison, ComparisonRow, Evidence
from app.ui.deferred import RefreshWhenVisible
from app.ui.event_list import EventListModel
from app.ui.palette import theme_colour
from app.ui.state import AppState

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "theme", "evidence" or "note"
THEME_INDEX_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class _Slot:
    """What one child cell shows: a passage, or a sentence about the silence."""

    evidence: Evidence | None
    note: str = ""


class ComparisonModel(QAbstractItemModel):
    """Read-only tree over a :class:`Comparison`. Top level: themes. Children: passages."""

    LEFT_COLUMN, RIGHT_COLUMN = 0, 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cmp: Comparison | None = None
        self._rows: list[ComparisonRow] = []
        self._children: list[list[tuple[_Slot, _Slot]]] = []
        self._headers = ("", "")
        self._theme_index: dict[str | None, int] = {}
        self._names = ("", "")
        self._council_phrase = ""

    # --- filling -----------------------------------------------------------------------
    def set_comparison(
        self,
        cmp: Comparison,
        headers: tuple[str, str],
        names: tuple[str, str],
        theme_index: dict[str | None, int],
        council_phrase: str = "",
    ) -> None:
        self.beginResetModel()
        self._cmp = cmp
        self._rows = list(cmp.rows)
        self._headers = headers
        self._names = names
        self._theme_index = theme_index
        self._council_phrase = council_phrase
        self._children = [self._pair_up(row) for row in self._rows]
        self.endResetModel()

    def comparison(self) -> Comparison | None:
        return self._cmp

    def _silence(self, cell, name: str) -> str:
        if cell.event_id is None:
            return QCoreApplication.translate("Comparison", "No event chosen for this column.")
        if cell.excluded:
            return QCoreApplication.translate("Comparison", "Left out by the event filter.")
        if cell.in_scope and not cell.items:
            return QCoreApplication.translate("Comparison", "No passages match the search ({0} hidden by the filters).").format(cell.in_scope)
        if self._council_phrase:
            if cell.addresses_theme:
                return QCoreApplication.translate("Comparison", "Says nothing about {0} on this theme, though it addresses the theme.").format(
                    self._council_phrase
                )
            return QCoreApplication.translate("Comparison", "Silent: {0} does not address this theme.").format(name)
        return QCoreApplication.translate("Comparison", "Silent: {0} does not address this theme.").format(name)

    def _pair_up(self, row: ComparisonRow) -> list[tuple[_Slot, _Slot]]:
        left = [_Slot(e) for e in row.left.items] or [_Slot(None, self._silence(row.left, self._names[0]))]
        right = [_Slot(e) for e in row.right.items] or [_Slot(None, self._silence(row.right, self._names[1]))]
        n = max(len(left), len(right))
        left += [_Slot(None)] * (n - len(left))
        right += [_Slot(None)] * (n - len(right))
        return list(zip(left, right))

    # --- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)  # internal id: theme row + 1

    def parent(self, index: QModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < 2:
            return self._headers[section]
        return None

    # --- content -----------------------------------------------------------------------
    def row_at(self, index: QModelIndex) -> ComparisonRow | None:
        if not index.isValid():
            return None
        theme_row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._rows[theme_row]

    def slot(self, index: QModelIndex) -> _Slot | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        pair = self._children[index.internalId() - 1][index.row()]
        return pair[index.column()]

    def cache_key(self, index: QModelIndex) -> tuple:
        """What a cell shows, as a hashable key: the same content lays out the same way, so
        the delegate can keep its layouts across filter changes."""
        if index.internalId() == 0:
            row = self.row_at(index)
            return ("theme", row.label, self.status_text(row))
        slot = self.slot(index)
        return ("evidence", slot.evidence) if slot.evidence is not None else ("note", slot.note)

    def status_text(self, row: ComparisonRow) -> str:
        if row.status == BOTH:
            return QCoreApplication.translate("Comparison", "in both")
        name = self._names[0] if row.status == LEFT else self._names[1]
        return QCoreApplication.translate("Comparison", "only in {0}").format(name)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index)
        if index.internalId() == 0:  # a theme row
            if role == KIND_ROLE:
                return "theme"
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{row.label} — {self.status_text(row)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.description or None
            if role == THEME_INDEX_ROLE:
                return self._theme_index.get(row.theme_id, -1)
            if role == STATUS_ROLE:
                return row.status
            return None
        slot = self.slot(index)
        if role == KIND_ROLE:
            return "evidence" if slot.evidence is not None else "note"
        if role == EVIDENCE_ROLE:
            return slot.evidence
        if role == THEME_INDEX_ROLE:
            return self._theme_index.get(row.theme_id, -1)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if slot.evidence is None:
                return slot.note
            return f"{slot.evidence.text}\n“{slot.evidence.quote}”"
        if role == Qt.ItemDataRole.ToolTipRole and slot.evidence is not None:
            return QCoreApplication.translate("Comparison", "Click or press Enter to open the source text at this passage.")
        return None


class EvidenceDelegate(QStyledItemDelegate):
    """Paints a theme row, a passage (position, then the quote) or a silence, as plain text
    laid out by QTextDocument — nothing from the data is ever read as markup."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self._cache: dict[tuple, QTextDocument] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def _document(self, index: QModelIndex, width: int, palette: QPalette, font: QFont) -> QTextDocument:
        model = index.model()
        key = (model.cache_key(index), width, palette.cacheKey(), font.key())
        doc = self._cache.get(key)
        if doc is not None:
            return doc
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setTextWidth(max(50, width))
        frame = doc.rootFrame().frameFormat()
        frame.setBorder(0)
        doc.rootFrame().setFrameFormat(frame)
        cursor = QTextCursor(doc)
        kind = model.data(index, KIND_ROLE)
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        if kind == "theme":
            row = model.row_at(index)
            f = QTextCharFormat()
            f.setFontWeight(QFont.Weight.Bold)
            f.setFontPointSize(font.pointSizeF() * 1.08 if font.pointSizeF() > 0 else 10)
            f.setForeground(text_colour)
            cursor.insertText(row.label, f)
            s = QTextCharFormat()
            s.setForeground(muted)
            cursor.insertText("   " + model.status_text(row), s)
        elif kind == "note":
            f = QTextCharFormat()
            f.setFontItalic(True)
            f.setForeground(muted)
            cursor.insertText(model.data(index, Qt.ItemDataRole.DisplayRole) or "", f)
        else:
            ev: Evidence = model.data(index, EVIDENCE_ROLE)
            ds = self._state.dataset
            if ev.kind == "mention":
                badge = QTextCharFormat()
                badge.setFontWeight(QFont.Weight.DemiBold)
                badge.setForeground(muted if ev.is_collective else text_colour)
                cursor.insertText(role_text(ds, ev), badge)
                cursor.insertBlock()
            body = QTextCharFormat()
            body.setForeground(text_colour)
            if ev.text:
                cursor.insertText(ev.text, body)
                block = QTextBlockFormat()
                block.setTopMargin(3)
                cursor.insertBlock(block)
            q = QTextCharFormat()
            q.setFontItalic(True)
            q.setForeground(text_colour)
            if ev.kind == "mention":
                # A mention's quote is the name itself; show it in its sentence, verbatim.
                before, span, after = context(ds.text_of(ev.event_id) or ev.quote, ev.start, ev.end)
                named = QTextCharFormat(q)
                named.setFontWeight(QFont.Weight.Bold)
                named.setFontUnderline(True)
                cursor.insertText("“" + " ".join(before.split()) + (" " if before[-1:].isspace() else ""), q)
                cursor.insertText(" ".join(span.split()), named)
                cursor.insertText((" " if after[:1].isspace() else "") + " ".join(after.split()) + "”", q)
            else:
                cursor.insertText("“" + " ".join(ev.quote.split()) + "”", q)
        if len(self._cache) > 4000:
            self._cache.clear()
        self._cache[key] = doc
        return doc

    def _text_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRectF:
        m = option.fontMetrics.height() // 2
        bar = 0 if index.model().data(index, KIND_ROLE) == "theme" else option.fontMetrics.height() // 3
        return QRectF(option.rect).adjusted(m + bar, m * 0.6, -m, -m * 0.6)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = option.rect.width()
        view = self.parent()
        if isinstance(view, QTreeView):
            width = view.columnWidth(index.column())
            if index.model().data(index, KIND_ROLE) == "theme":
                width = view.viewport().width()
            elif index.column() == 0:
                width -= view.indentation()
        m = option.fontMetrics.height() // 2
        bar = 0 if index.model().data(index, KIND_ROLE) == "theme" else option.fontMetrics.height() // 3
        doc = self._document(index, width - 2 * m - bar, option.palette, option.font)
        h = doc.size().height() + 1.2 * m
        if index.model().data(index, KIND_ROLE) == "theme":
            h += m * 0.8
        return QSize(width, int(h) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QGuiApplication.style()
        kind = index.model().data(index, KIND_ROLE)
        painter.save()
        if kind == "theme":
            band = QColor(opt.palette.color(QPalette.ColorRole.AlternateBase))
            painter.fillRect(opt.rect, band)
            colour = theme_colour(index.model().data(index, THEME_INDEX_ROLE))
            painter.fillRect(
                QRectF(opt.rect.left(), opt.rect.top(), opt.fontMetrics.height() // 3, opt.rect.height()), colour
            )
            if opt.state & QStyle.StateFlag.State_Selected:
                style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        else:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
            if kind == "evidence":
                colour = theme_colour(index.model().data(index, THEME_INDEX_ROLE))
                m = opt.fontMetrics.height() // 2
                painter.fillRect(
                    QRectF(opt.rect.left() + m * 0.4, opt.rect.top() + m * 0.5, max(3, m // 2), opt.rect.height() - m),
                    colour,
                )
        rect = self._text_rect(opt, index)
        palette = QPalette(opt.palette)
        if opt.state & QStyle.StateFlag.State_Selected:
            palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
            palette.setColor(QPalette.ColorRole.PlaceholderText, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc = self._document(index, int(rect.width()), palette, opt.font)
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette = palette
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            focus.rect = opt.rect.adjusted(1, 1, -1, -1)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, opt.widget)


class ComparisonTree(QTreeView):
    """The tree view; keeps variable row heights right when the columns change width."""

    passageRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(False)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.header().setSectionsMovable(False)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.clicked.connect(self._on_activated)
        self.activated.connect(self._on_activated)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._relayout.start()

    def _on_activated(self, index: QModelIndex) -> None:
        ev = index.data(EVIDENCE_ROLE)
        if ev is not None:
            self.passageRequested.emit(ev)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def changeEvent(self, e) -> None:  # noqa: N802 (Qt override)
        if e.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, EvidenceDelegate):
                delegate.clear_cache()
            self._relayout.start()
        super().changeEvent(e)


class ComparisonView(RefreshWhenVisible, QWidget):
    """The Comparison tab: pickers for the two events, the summary line, the tree."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ComparisonModel(self)
        self.tree = ComparisonTree(self)
        self.tree.setObjectName("comparisonTree")
        self.delegate = EvidenceDelegate(state, self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setModel(self.model)
        self.tree.passageRequested.connect(state.show_passage)
        self.tree.setAccessibleName(self.tr("Comparison of themes"))

        self.events_model = EventListModel(self)
        self.left_combo = QComboBox(self)
        self.right_combo = QComboBox(self)
        self.left_combo.setModel(self.events_model)
        self.right_combo.setModel(self.events_model)
        for combo, name in ((self.left_combo, self.tr("Left event")), (self.right_combo, self.tr("Right event"))):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._combo_changed)
        self.swap_button = QToolButton(self)
        self.swap_button.setText(self.tr("⇄ Swap"))
        self.swap_button.setToolTip(self.tr("Swap the two events"))
        self.swap_button.clicked.connect(self._swap)

        left_label = QLabel(self.tr("&Left:"), self)
        left_label.setBuddy(self.left_combo)
        right_label = QLabel(self.tr("&Right:"), self)
        right_label.setBuddy(self.right_combo)
        pickers = QHBoxLayout()
        pickers.addWidget(left_label)
        pickers.addWidget(self.left_combo, 1)
        pickers.addWidget(self.swap_button)
        pickers.addWidget(right_label)
        pickers.addWidget(self.right_combo, 1)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        f = self.summary.font()
        f.setBold(True)
        self.summary.setFont(f)
        self.scope = QLabel(self)
        self.scope.setTextFormat(Qt.TextFormat.PlainText)
        self.scope.setWordWrap(True)
        self.scope.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.scope)
        layout.addWidget(self.tree, 1)

        self._filling = False
        state.datasetChanged.connect(self.delegate.clear_cache)
        state.datasetChanged.connect(self._fill_combos)
        state.pairChanged.connect(self._sync_combos)
        state.pairChanged.connect(self.request_refresh)
        state.filterChanged.connect(self.request_refresh)
        if state.dataset is not None:
            self._fill_combos()
            self.refresh()

    # --- pickers -------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        self._filling = True
        self.events_model.set_dataset(self.state.dataset)
        self._filling = False
        self._sync_combos()

    def _sync_combos(self) -> None:
        self._filling = True
        for combo, eid in ((self.left_combo, self.state.left), (self.right_combo, self.state.right)):
            i = combo.findData(eid)
            combo.setCurrentIndex(i)
        self._filling = False

    def _combo_changed(self) -> None:
        if self._filling:
            return
        self.state.set_pair(self.left_combo.currentData(), self.right_combo.currentData())

    def _swap(self) -> None:
        self.state.set_pair(self.state.right, self.state.left)

    # --- content -------------------------------------------------------------------------
    def refresh_view(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        ds, q = state.dataset, state.query
        if ds is None:
            return
        f = state.filter
        cmp = q.compare(f, state.left, state.right)
        names = q.short_names(state.left, state.right)
        headers = tuple(
            self._header(eid, name) for eid, name in zip((state.left, state.right), names)
        )
        council_phrase = ""
        if f.councils:
            chosen = sorted(ds.council_name(c) for c in f.councils if c in ds.council_row)
            council_phrase = chosen[0] if len(chosen) == 1 else self.tr("the selected councils")
            self.scope.setText(
                self.tr(
                    "Showing what each document says about {0}, and the references to all councils "
                    "that apply to every council (marked “All councils”)."
                ).format(", ".join(chosen))
            )
            self.scope.show()
        else:
            self.scope.hide()
        theme_index = ds.theme_row
        self.model.set_comparison(cmp, headers, names, theme_index, council_phrase)
        for r in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(r, QModelIndex(), True)
        self.tree.expandAll()
        if cmp.rows:
            self.summary.setText(q.comparison_summary(cmp))
        elif state.left is None or state.right is None:
            self.summary.setText(self.tr("Choose two events to compare."))
        else:
            self.summary.setText(self.tr("Nothing matches the filters. Clear them to see every theme."))

    def _header(self, event_id: str | None, name: str) -> str:
        if event_id is None:
            return self.tr("(none)")
        ds = self.state.dataset
        return f"{name[:1].upper()}{name[1:]} · {ds.event_date_text(event_id)}"

    # --- actions -------------------------------------------------------------------------
    def current_evidence(self) -> Evidence | None:
        index = self.tree.currentIndex()
        return index.data(EVIDENCE_ROLE) if index.isValid() else None

    def copy_citation(self) -> bool:
        """Put the selected quote with its citation on the clipboard."""
        ev = self.current_evidence()
        if ev is None:
            return False
        QGuiApplication.clipboard().setText(citation(self.state.dataset, ev))
        return True

    def evidence_indexes(self) -> list[QPersistentModelIndex]:
        """Every cell holding a passage, in display order (for tests and keyboard users)."""
        out = []
        for r in range(self.model.rowCount()):
            parent = self.model.index(r, 0)
            for c in range(self.model.rowCount(parent)):
                for col in (0, 1):
                    idx = self.model.index(c, col, parent)
                    if idx.data(EVIDENCE_ROLE) is not None:
                        out.append(QPersistentModelIndex(idx))
        return out
