"""No silent death: uncaught exceptions are logged and shown with a Copy button."""

import logging
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication

from app.ui.errors import ErrorDialog, ExceptionHandler, setup_logging


def _raise():
    raise ValueError("the <b>data</b> was odd")


def test_handler_logs_and_shows_a_dialog(qtbot, tmp_path):
    log_path = setup_logging()
    handler = ExceptionHandler(log_path)
    try:
        _raise()
    except ValueError:
        handler(*sys.exc_info())
    assert len(handler.dialogs) == 1
    dialog = handler.dialogs[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "ValueError: the <b>data</b> was odd" in dialog.message.text()  # shown literally
    assert str(log_path) in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText() and "_raise" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "ValueError" in QApplication.clipboard().text()
    for h in logging.getLogger().handlers:
        h.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "Uncaught exception" in logged and "ValueError: the <b>data</b> was odd" in logged


def test_exception_in_a_slot_reaches_the_dialog_and_the_app_carries_on(tmp_path):
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["XDG_DATA_HOME"] = sys.argv[1]
        from PySide6.QtCore import QTimer
        from app.ui.application import create_application
        from app.ui.errors import install_exception_handler, setup_logging
        app = create_application()
        handler = install_exception_handler(setup_logging())
        def broken():
            raise RuntimeError("slot failed")
        def check():
            ok = len(handler.dialogs) == 1 and "slot failed" in handler.dialogs[0].details.toPlainText()
            print("dialog" if ok else "no dialog", flush=True)
            QTimer.singleShot(0, lambda: print("still running", flush=True))
            QTimer.singleShot(10, app.quit)
        QTimer.singleShot(0, broken)
        QTimer.singleShot(100, check)
        sys.exit(app.exec())
        """
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["dialog", "still", "running"]
    logs = list(tmp_path.rglob("cymharu.log"))
    assert logs and "slot failed" in logs[0].read_text(encoding="utf-8")
