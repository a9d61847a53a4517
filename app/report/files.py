"""Writing a file so that a failure never leaves a half-written or clobbered one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

from app.dataset.i18n import translate


class ExportError(Exception):
    """An export that could not be written; the message says why, for the user."""


def check_target(path: str | os.PathLike) -> Path:
    """The target as a Path, or ExportError when its folder is missing or not a folder."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(translate("Report", "{0} is a folder, not a file").format(target))
    if not folder.exists():
        raise ExportError(
            translate("Report", "cannot write {0}: the folder {1} does not exist").format(target, folder)
        )
    if not folder.is_dir():
        raise ExportError(translate("Report", "cannot write {0}: {1} is not a folder").format(target, folder))
    return target


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success rename it over the target.

    On any exception the temporary file is removed and the target is left exactly as it was.
    """
    target = check_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(
            translate("Report", "cannot write {0}: {1}").format(target, exc.strerror or exc)
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _set_default_mode(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _set_default_mode(path: Path) -> None:
    """mkstemp makes the file private (0600); give it the mode a normal new file would have."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)
