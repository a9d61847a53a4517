"""Start the GUI: the QApplication, logging and the exception dialog, the first dataset,
the main window with its remembered layout."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from app import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None):
    """The QApplication with Cymharu's names, icon and translations (idempotent)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from app.dataset.i18n import install_translator
    from app.paths import resource_path
    from app.ui.style import install_style

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        QGuiApplication.setApplicationDisplayName(APP_NAME)
        QGuiApplication.setDesktopFileName("cymharu")
    icon = resource_path("icons", "cymharu.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Translations: resources/translations/cymharu_<locale>.qm when present (Welsh to follow).
    translator = QTranslator(app)
    if translator.load(QLocale(), "cymharu", "_", str(resource_path("translations"))):
        app.installTranslator(translator)
    install_translator(QCoreApplication.translate)
    install_style(app)
    _route_qt_messages()
    return app


def _route_qt_messages() -> None:
    """Qt's own warnings go to the log file, not the console; serious ones to both."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    if not qt_log.handlers:
        qt_log.addHandler(logging.NullHandler())  # without a log file (command line): stay quiet

    def handler(kind, context, message):
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            qt_log.error("%s", message)
            print(message, file=sys.stderr)
        elif kind == QtMsgType.QtWarningMsg:
            qt_log.warning("%s", message)
        else:
            qt_log.debug("%s", message)

    qInstallMessageHandler(handler)


def _probe_first_paint(app, window) -> None:
    """For the start-up benchmark: report the first paint of the window, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, lambda: (print("first-paint", flush=True), app.quit()))
            return False

    window._startup_probe = Probe(window)
    window.installEventFilter(window._startup_probe)


def run_gui(args) -> int:
    from app.dataset import DatasetError, load_dataset
    from app.paths import data_dir
    from app.ui.dataset_io import ProblemsDialog
    from app.ui.errors import install_exception_handler, setup_logging
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.state import AppState

    app = create_application()
    log_path = setup_logging()
    install_exception_handler(log_path)
    log.info("Cymharu %s starting", __version__)

    settings = Settings()
    requested = Path(args.data) if getattr(args, "data", None) else None
    state = AppState()
    try:
        # The bundled data is small and loads in milliseconds; other folders load the same way
        # here so the window opens with data, and through the background loader afterwards.
        ds = load_dataset(data_dir())
    except DatasetError as exc:
        dialog = ProblemsDialog(data_dir(), exc)
        dialog.exec()
        return 1
    state.set_dataset(ds)
    window = MainWindow(state, settings)
    window.restore_settings()
    if os.environ.get("CYMHARU_STARTUP_PROBE"):
        _probe_first_paint(app, window)
    window.show()
    if requested is not None:
        window.open_dataset(requested)
    return app.exec()
