"""Problems found in a dataset, each reported as ``FILE:LINE: message``."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import translate
from .schema import PROBLEM_CAP


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


def problem_lines(problems: list[Problem], dropped: int) -> list[str]:
    """Each problem as FILE:LINE: message, and a last line counting those left out."""
    out = [str(p) for p in problems]
    if dropped:
        out.append(translate("Dataset", "… and {0} more problems not shown").format(dropped))
    return out


class ProblemLog:
    """Collects problems up to a cap and counts the rest."""

    def __init__(self, cap: int = PROBLEM_CAP) -> None:
        self.cap = cap
        self.problems: list[Problem] = []
        self.dropped = 0

    def add(self, file: str, line: int | None, message: str) -> None:
        if len(self.problems) < self.cap:
            self.problems.append(Problem(file, line, message))
        else:
            self.dropped += 1

    def __bool__(self) -> bool:
        return bool(self.problems)

    def __len__(self) -> int:
        return len(self.problems) + self.dropped

    def lines(self) -> list[str]:
        return problem_lines(self.problems, self.dropped)


class DatasetError(Exception):
    """A dataset that cannot be loaded; ``problems`` says every reason found."""

    def __init__(self, problems: list[Problem], dropped: int = 0) -> None:
        self.problems = list(problems)
        self.dropped = dropped
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return problem_lines(self.problems, self.dropped)

    @property
    def count(self) -> int:
        return len(self.problems) + self.dropped
