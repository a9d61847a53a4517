"""Draw Cymharu's icon at every size the platforms ask for (run: python resources/make_icons.py).

Two overlapping documents — Welsh green and red — side by side: comparing what was said.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.scale(s, s)
    # Background tile.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#F4F1E8"))
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12)
    # Two documents.
    for x, y, colour in ((9, 10, "#00843D"), (27, 18, "#C8102E")):
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, y, 28, 36), 4, 4)
        if size >= 24:
            pen = QPen(QColor("#FFFFFF"))
            pen.setWidthF(2.6)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            for i, w in enumerate((18, 14, 18, 10)):
                yy = y + 8 + i * 6.5
                p.drawLine(x + 5, yy, x + 5 + w, yy)
            p.setPen(Qt.PenStyle.NoPen)
    p.end()
    return img


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    HERE.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(HERE / f"cymharu-{size}.png"))
    draw(256).save(str(HERE / "cymharu.png"))
    draw(256).save(str(HERE / "cymharu.ico"))
    print(f"Wrote icons to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
