"""Map between Python string indices (the CSV offsets) and QTextDocument positions.

A QTextDocument counts UTF-16 code units and turns each line break — ``\\n``, ``\\r``
or ``\\r\\n`` — into one paragraph separator. Python counts code points and keeps
``\\r\\n`` as two. For plain BMP text with ``\\n`` line ends the two agree; otherwise this
map translates exactly.
"""

from __future__ import annotations

import bisect


class PositionMap:
    def __init__(self, text: str) -> None:
        self._shifts: list[tuple[int, int]] = []  # (python index, cumulative delta after it)
        delta = 0
        if text.isascii() and "\r" not in text:
            return
        for i, ch in enumerate(text):
            if ord(ch) > 0xFFFF:
                delta += 1  # a surrogate pair: two positions in Qt
                self._shifts.append((i + 1, delta))
            elif ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
                delta -= 1  # \r\n becomes one separator
                self._shifts.append((i + 1, delta))
        self._keys = [k for k, _ in self._shifts]

    def to_qt(self, index: int) -> int:
        if not self._shifts:
            return index
        k = bisect.bisect_right(self._keys, index) - 1
        return index + (self._shifts[k][1] if k >= 0 else 0)

    def to_python(self, position: int) -> int:
        if not self._shifts:
            return position
        lo, hi = 0, position + len(self._shifts) + 1
        while lo < hi:  # smallest index whose Qt position is >= position
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo
