"""Add Cymharu to the desktop's application menu (Linux and other freedesktop systems):
a launcher in ~/.local/share/applications and the icon in the icon theme, for this user."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.paths import is_frozen, resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _quote(arg: str) -> str:
    """An Exec argument quoted as the Desktop Entry spec asks (double quotes; then the
    backslashes doubled again, as in any string value of the file)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + inner + '"').replace("\\", "\\\\")


def launch_command() -> str:
    """The Exec line that starts this installation: the packaged program, or Python with -m app."""
    if is_frozen():
        return _quote(sys.executable)
    return f"{_quote(sys.executable)} -m app"


def install_launcher() -> Path:
    """Write the launcher and icons; return the launcher's path. Raises OSError."""
    apps = data_home() / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        icon = resource_path("icons", f"cymharu-{size}.png")
        if icon.exists():
            target = data_home() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "cymharu.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(icon.read_bytes())
    entry = resource_path("cymharu.desktop").read_text(encoding="utf-8")
    lines = []
    for line in entry.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + launch_command()
        lines.append(line)
    if not is_frozen():
        lines.append("Path=" + str(Path(__file__).resolve().parents[2]))
    launcher = apps / "cymharu.desktop"
    launcher.write_text("\n".join(lines) + "\n", encoding="utf-8")
    launcher.chmod(0o755)
    return launcher


def is_installed() -> bool:
    launcher = data_home() / "applications" / "cymharu.desktop"
    try:
        return ("Exec=" + launch_command()) in launcher.read_text(encoding="utf-8")
    except OSError:
        return False
