"""Search folding: case and typographic variants compare equal, one character for one."""

from __future__ import annotations

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)


def fold(text: str) -> str:
    """Lower-case *text* and straighten quotes, dashes and special spaces.

    Length is kept whenever ``str.lower`` keeps it, so positions found in the folded
    text are positions in the original.
    """
    return text.translate(_TYPOGRAPHY).lower()
