"""Translation hook for the Qt-free dataset layer.

Messages from this package (validation problems, date wording) are user-visible, so
they go through :func:`translate` with a context, exactly like
``QCoreApplication.translate``. The GUI installs Qt's translator with
:func:`install_translator`; without it (command line, tests) the English source text
is returned. ``pyside6-lupdate`` picks up the ``translate("Context", "text")`` calls.
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None
generation = 0  # bumped whenever the translator changes, so callers can cache translations


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through *func* (e.g. ``QCoreApplication.translate``)."""
    global _translator, generation
    _translator = func
    generation += 1


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)
