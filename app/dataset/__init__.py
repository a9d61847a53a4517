"""Cymharu's data layer: pure Python and pandas, no Qt.

Files → :func:`load_dataset` → :class:`Dataset` → queries (:mod:`app.dataset.query`).
"""

from .dates import PartialDate, format_date, format_gap, parse_partial_date
from .loader import load_dataset
from .model import Dataset
from .problems import DatasetError, Problem
from .schema import ALL_COUNCILS

__all__ = [
    "ALL_COUNCILS",
    "Dataset",
    "DatasetError",
    "PartialDate",
    "Problem",
    "format_date",
    "format_gap",
    "load_dataset",
    "parse_partial_date",
]
