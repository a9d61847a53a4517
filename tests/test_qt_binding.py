"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call returning
nothing; a long session then aborted with 'deallocating None'. The pin in pyproject.toml
keeps it out; this test fails if such a build comes back.
"""

import subprocess
import sys

CODE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range(30000):
    app.processEvents()
print("ok")
"""


def test_many_void_calls_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
