"""The main window: the filter panel beside four views (timeline, comparison, councils,
source text), menus, shortcuts and remembered layout."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.dataset import Dataset
from app.dataset.query import Filter
from app.paths import data_dir, is_bundled
from app.ui.comparison import ComparisonView
from app.ui.councils import CouncilsView
from app.ui.dataset_io import DatasetLoader, ProblemsDialog
from app.ui.filter_panel import FilterPanel
from app.ui.settings import Settings
from app.ui.source_view import SourceView
from app.ui.state import AppState
from app.ui.timeline import TimelineView

log = logging.getLogger(__name__)

VIEWS = ("timeline", "comparison", "councils", "source")


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self._loader: DatasetLoader | None = None
        self._previous_tab = 0
        self.setObjectName("mainWindow")

        self.filters = FilterPanel(state, self)
        self.filters.setObjectName("filterPanel")
        self.timeline = TimelineView(state, self)
        self.comparison = ComparisonView(state, self)
        self.councils = CouncilsView(state, self)
        self.source = SourceView(state, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.comparison, self.tr("Co&mparison"))
        self.tabs.addTab(self.councils, self.tr("C&ouncils"))
        self.tabs.addTab(self.source, self.tr("&Source text"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().averageCharWidth()
        self.filters.setMinimumWidth(em * 28)
        self.splitter.setSizes([em * 44, em * 150])
        self.setCentralWidget(self.splitter)

        self.dataset_label = QLabel(self)
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.dataset_label, 1)

        self._build_actions()
        self._build_menus()
        state.passageActivated.connect(self._show_source)
        state.datasetChanged.connect(self._dataset_changed)
        self._dataset_changed()
        self._default_size(em)

    def _default_size(self, em: int) -> None:
        """First start: most of the screen, within reason (later starts restore the last size)."""
        width, height = em * 190, self.fontMetrics().height() * 52
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(max(width, int(avail.width() * 0.8)), avail.width())
            height = min(max(height, int(avail.height() * 0.85)), avail.height())
        self.resize(width, height)

    # --- actions and menus -------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        Std = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open Dataset…"), self.open_dataset_dialog, Std.Open,
                                        self.tr("Open a folder of Cymharu CSV files"))
        self.print_action = self._action(self.tr("&Print…"), self.print_view, Std.Print,
                                         self.tr("Print the comparison or councils view, with the active filters"))
        self.pdf_action = self._action(self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E",
                                       self.tr("Save the comparison or councils view as an A4 PDF"))
        self.csv_action = self._action(self.tr("Export &CSV…"), self.export_csv, None,
                                       self.tr("Save the filtered comparison or councils table for a spreadsheet"))
        self.landscape_action = self._action(self.tr("&Landscape Pages"), lambda: None, None,
                                             self.tr("Print and export on landscape pages (A4 portrait otherwise)"))
        self.landscape_action.setCheckable(True)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.copy_action = self._action(self.tr("&Copy Citation"), self.copy_citation, [Std.Copy, "Ctrl+Shift+C"],
                                        self.tr("Copy the selected quote with speaker, document, date and source"))
        self.find_action = self._action(self.tr("&Find…"), self.filters.focus_search, Std.Find)
        self.clear_action = self._action(self.tr("C&lear Filters"), self.state.clear_filter, "Ctrl+Shift+X")

        self.view_actions = []
        for i, name in enumerate((self.tr("&Timeline"), self.tr("Co&mparison"), self.tr("C&ouncils"),
                                  self.tr("&Source Text"))):
            a = self._action(name, lambda _c=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            self.view_actions.append(a)
        self.back_action = self._action(self.tr("&Back"), self.go_back, Std.Back,
                                        self.tr("Return to the view you came from"))
        canvas = self.timeline.canvas
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self._zoom_in, Std.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self._zoom_out, Std.ZoomOut)
        self.fit_action = self._action(self.tr("&Fit Timeline"), lambda: (self._show_tab("timeline"), canvas.fit()),
                                       "Ctrl+0")

        self.about_action = self._action(self.tr("&About Cymharu"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.format_action = self._action(self.tr("Dataset &Format"), self.show_format_help)
        self.launcher_action = self._action(self.tr("Add to the &Applications Menu"), self.install_launcher, None,
                                            self.tr("Add Cymharu, with its icon, to this desktop's menu of applications"))
        self.launcher_action.setVisible(sys.platform.startswith("linux"))

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addAction(self.csv_action)
        file_menu.addAction(self.landscape_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit = mb.addMenu(self.tr("&Edit"))
        edit.addAction(self.copy_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addAction(self.clear_action)

        view = mb.addMenu(self.tr("&View"))
        for a in self.view_actions:
            view.addAction(a)
        view.addAction(self.back_action)
        view.addSeparator()
        view.addAction(self.zoom_in_action)
        view.addAction(self.zoom_out_action)
        view.addAction(self.fit_action)

        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self.format_action)
        help_menu.addAction(self.launcher_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    # --- views -------------------------------------------------------------------------------
    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def _show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def show_view(self, name: str) -> None:
        self._show_tab(name)

    def _tab_changed(self, index: int) -> None:
        self._previous_tab = getattr(self, "_current_tab", 0)
        self._current_tab = index
        what = self.tr("councils") if VIEWS[index] == "councils" else self.tr("comparison")
        for a, text in (
            (self.print_action, self.tr("&Print {0}…")),
            (self.pdf_action, self.tr("&Export {0} as PDF…")),
            (self.csv_action, self.tr("Export {0} as &CSV…")),
        ):
            a.setText(text.format(what))

    def go_back(self) -> None:
        self.tabs.setCurrentIndex(self._previous_tab)

    def _zoom_in(self) -> None:
        self._show_tab("timeline")
        self.timeline.canvas.zoom_in()

    def _zoom_out(self) -> None:
        self._show_tab("timeline")
        self.timeline.canvas.zoom_out()

    def _show_source(self, _evidence) -> None:
        if self.current_view() != "source":
            self._show_tab("source")

    def _dataset_changed(self) -> None:
        ds = self.state.dataset
        if ds is None:
            return
        where = ds.display_name
        self.dataset_label.setText(f"{where} — {ds.summary()}")
        self.setWindowTitle(f"{where} — {APP_NAME}" if not is_bundled(ds.folder) else APP_NAME)

    # --- edit --------------------------------------------------------------------------------
    def copy_citation(self) -> None:
        focus = QApplication.focusWidget()
        # Let text widgets copy their own selection.
        if focus is not None and hasattr(focus, "copy") and focus is not self.comparison.tree:
            has_sel = getattr(focus, "hasSelectedText", None)
            cursor = getattr(focus, "textCursor", None)
            if (has_sel and has_sel()) or (cursor and cursor().hasSelection()):
                focus.copy()
                return
        if self.comparison.copy_citation():
            self.statusBar().showMessage(self.tr("Citation copied to the clipboard."), 4000)
        else:
            self.statusBar().showMessage(self.tr("Select a quote in the comparison to copy its citation."), 4000)

    # --- printing and export (the printing code loads only when first used) ----------------------
    def _print_view(self) -> str:
        return "councils" if self.current_view() == "councils" else "comparison"

    def print_view(self) -> None:
        from app.ui.printing import print_with_preview

        print_with_preview(self, self._print_view(), self.state, self.landscape_action.isChecked())

    def export_pdf(self) -> None:
        from app.ui.printing import export_pdf_dialog

        export_pdf_dialog(self, self._print_view(), self.state, self.landscape_action.isChecked())

    def export_csv(self) -> None:
        from app.ui.printing import export_csv_dialog

        export_csv_dialog(self, self._print_view(), self.state)

    # --- datasets ----------------------------------------------------------------------------
    def open_dataset_dialog(self) -> None:
        start = str(self.state.dataset.folder) if self.state.dataset is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Dataset Folder"), start)
        if folder:
            self.open_dataset(Path(folder))

    def open_dataset(self, folder: Path) -> DatasetLoader:
        """Load *folder* in the background; switch to it only if it is valid in full."""
        if self._loader is not None and self._loader.is_running():
            self.statusBar().showMessage(self.tr("Already opening a dataset…"), 4000)
            return self._loader
        loader = DatasetLoader(folder, self)
        loader.loaded.connect(self._dataset_loaded)
        loader.failed.connect(lambda err, f=folder: self._dataset_failed(f, err))
        self._loader = loader
        self.statusBar().showMessage(self.tr("Opening {0}…").format(str(folder)))
        loader.start()
        return loader

    def _dataset_loaded(self, ds: Dataset) -> None:
        self.state.set_dataset(ds)
        self.statusBar().showMessage(self.tr("Opened {0}").format(str(ds.folder)), 5000)
        if self.settings is not None and not is_bundled(ds.folder):
            self.settings.add_recent(str(ds.folder))

    def _dataset_failed(self, folder: Path, error) -> None:
        self.statusBar().clearMessage()
        kept = None
        if self.state.dataset is not None:
            kept = self.tr("bundled dataset") if is_bundled(self.state.dataset.folder) else str(self.state.dataset.folder)
        self.problems_dialog = ProblemsDialog(folder, error, self, kept=kept)
        self.problems_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problems_dialog.open()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent() if self.settings is not None else []
        bundled = self.recent_menu.addAction(self.tr("Bundled dataset"))
        bundled.triggered.connect(lambda: self.open_dataset(data_dir()))
        if recent:
            self.recent_menu.addSeparator()
        for folder in recent:
            a = self.recent_menu.addAction(folder)
            a.triggered.connect(lambda _c=False, f=folder: self.open_dataset(Path(f)))

    # --- help --------------------------------------------------------------------------------
    def about_text(self) -> str:
        ds = self.state.dataset
        lines = [
            self.tr("Cymharu {0}").format(__version__),
            self.tr("Compare what Welsh public-policy documents say, when, and about which councils."),
            "",
            self.tr("Bundled sources:"),
            self.tr("• The Chief Inspector of Social Services for Wales, Graham Williams, on five years of "
                    "inspecting the 22 council social services departments — BBC News (Wales), c. January 2005."),
            self.tr("• The First Minister for Wales, Rhodri Morgan, speaking to the National Social Services "
                    "Conference — Welsh Assembly Government press release, 18 June 2009."),
        ]
        if ds is not None:
            lines += ["", self.tr("Open dataset: {0}").format(ds.summary())]
        return "\n".join(lines)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Cymharu"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    def install_launcher(self) -> None:
        from app.ui.desktop import install_launcher

        try:
            path = install_launcher()
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Could not add Cymharu to the menu: {0}").format(exc), 8000)
            return
        self.statusBar().showMessage(self.tr("Cymharu is now in the applications menu ({0}).").format(str(path)), 8000)

    def show_format_help(self) -> None:
        readme = data_dir() / "README.md"
        if readme.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(readme)))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Dataset format"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("A dataset is a folder of five CSV files (events, themes, statements, councils, mentions) "
                    "and a sources folder with the documents' texts. Every column is described in:\n{0}\n\n"
                    "Check a folder from the command line with: cymharu --check-data FOLDER").format(str(readme))
        )
        box.exec()

    # --- remembered state ----------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def restore_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        geometry = s.get_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.get_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for sp in self._splitters():
            data = s.get_bytes(f"splitters/{sp.objectName()}")
            if data is not None:
                sp.restoreState(data)
        self.landscape_action.setChecked(s.get_str("print/orientation") == "landscape")
        view = s.get_str("view/current", "timeline")
        if view in VIEWS:
            self._show_tab(view)
        ds = self.state.dataset
        if ds is not None:
            left, right = s.get_str("pair/left"), s.get_str("pair/right")
            if left in ds.event_row and right in ds.event_row:
                self.state.set_pair(left, right)
            self.state.set_filter(
                Filter(
                    councils=frozenset(c for c in s.get_list("filter/councils") if c in ds.council_row),
                    themes=frozenset(t for t in s.get_list("filter/themes") if t in ds.theme_row),
                    events=frozenset(e for e in s.get_list("filter/events") if e in ds.event_row),
                    text=s.get_str("filter/text"),
                )
            )

    def save_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        for sp in self._splitters():
            s.set(f"splitters/{sp.objectName()}", sp.saveState())
        s.set("view/current", self.current_view())
        s.set("print/orientation", "landscape" if self.landscape_action.isChecked() else "portrait")
        f = self.state.filter
        s.set("filter/councils", sorted(f.councils))
        s.set("filter/themes", sorted(f.themes))
        s.set("filter/events", sorted(f.events))
        s.set("filter/text", f.text)
        s.set("pair/left", self.state.left or "")
        s.set("pair/right", self.state.right or "")
        s.sync()

    def closeEvent(self, event) -> None:
        try:
            self.save_settings()
        except Exception:  # noqa: BLE001 - closing must always work
            log.exception("Could not save settings")
        super().closeEvent(event)


__all__ = ["MainWindow", "VIEWS"]
