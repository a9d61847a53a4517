"""File › Print…, Export PDF… and Export CSV… from the window (without the file dialogs)."""

from PySide6.QtPrintSupport import QPrinter

import app.ui.printing as printing
from app.dataset.query import Filter
from app.ui.main_window import MainWindow


def make_window(qtbot, state):
    w = MainWindow(state)
    qtbot.addWidget(w)
    return w


def test_save_pdf_and_csv_from_the_window(qtbot, app_state, tmp_path):
    w = make_window(qtbot, app_state)
    app_state.set_filter(Filter(themes=frozenset({"workforce"})))
    pdf = printing.save_pdf(w, tmp_path / "c.pdf", "comparison", app_state)
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF-")
    assert "Saved" in w.statusBar().currentMessage() and "pages" in w.statusBar().currentMessage()
    csv_path = printing.save_csv(w, tmp_path / "c.csv", "councils", app_state)
    assert csv_path is not None and csv_path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_failed_export_says_why_and_writes_nothing(qtbot, app_state, tmp_path, monkeypatch):
    w = make_window(qtbot, app_state)
    warnings = []
    monkeypatch.setattr(printing, "_warn", lambda parent, title, message: warnings.append((title, message)))
    target = tmp_path / "missing-folder" / "c.pdf"
    assert printing.save_pdf(w, target, "comparison", app_state) is None
    assert warnings and warnings[0][0] == "PDF not saved" and "does not exist" in warnings[0][1]
    assert not target.exists()


def test_print_preview_renders_pages_on_the_printer(qtbot, app_state, tmp_path):
    w = make_window(qtbot, app_state)
    dialog = printing.print_with_preview(w, "councils", app_state)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)  # what the preview and the Print button do
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.close()


def test_menu_names_follow_the_view(qtbot, app_state):
    w = make_window(qtbot, app_state)
    w.show_view("councils")
    assert "councils" in w.print_action.text()
    w.show_view("comparison")
    assert "comparison" in w.pdf_action.text()
