"""Text columns built in bulk: words picked from small pools by code, pieces joined, numbers written out.

A million names, e-mails and phone numbers are never built one Python string at a time. When pandas
keeps text in Arrow (pyarrow installed), the columns are built as Arrow arrays by ``pyarrow.compute``
and pandas takes them over without a copy; otherwise they are numpy ``StringDType`` arrays built with
``numpy.strings``. Both give exactly the same text (a test builds a world each way and compares the
files), so a world's CSV files do not depend on whether pyarrow is installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from types import ModuleType

import numpy as np
import pandas as pd

__all__ = ["backend", "decimal", "join", "pick", "pool", "to_list"]

_NUMPY_TEXT = np.dtypes.StringDType(na_object=np.nan)


def _arrow() -> ModuleType | None:
    """Return ``pyarrow`` (with ``pyarrow.compute`` loaded) when pandas keeps ``str`` in Arrow, else None."""
    if getattr(pd.api.types.pandas_dtype("str"), "storage", None) != "pyarrow":
        return None
    try:
        import pyarrow
        import pyarrow.compute
    except ImportError:
        return None
    return pyarrow


def backend() -> str:
    """Return ``"arrow"`` or ``"numpy"``: what text columns are built with (cache keys of built pools)."""
    return "numpy" if _arrow() is None else "arrow"


def pool(words: Sequence[str]):
    """Return `words` ready for :func:`pick` (kept once per list of words)."""
    return _pool(tuple(words), _arrow() is not None)


@cache
def _pool(words: tuple[str, ...], arrow: bool):
    if not arrow:
        return np.array(words, dtype=_NUMPY_TEXT)
    pyarrow = _arrow()
    return pyarrow.array(words, type=pyarrow.large_string())  # the type pandas keeps "str" in


def pick(words, codes: np.ndarray, *, missing: np.ndarray | None = None):
    """Return ``words[codes]`` as a text column, missing where `missing` is True.

    Examples
    --------
    >>> to_list(pick(pool(["Patna", "Pune"]), np.array([1, 0, 1]), missing=np.array([0, 0, 1], bool)))
    ['Pune', 'Patna', None]
    """
    pyarrow = _arrow()
    if pyarrow is None:
        picked = words[codes]
        if missing is not None:
            picked[missing] = np.nan
        return picked
    return words.take(pyarrow.array(codes, mask=missing))


def join(*pieces, sep: str = ""):
    """Join text columns and plain strings row by row, `sep` between them; missing stays missing.

    Examples
    --------
    >>> to_list(join("+91", decimal(np.array([9876543210, 6000000001]))))
    ['+919876543210', '+916000000001']
    >>> to_list(join(pick(pool(["Ravi", "Mou"]), np.array([1, 0])), "Das", sep=" "))
    ['Mou Das', 'Ravi Das']
    """
    pyarrow = _arrow()
    if pyarrow is None:
        joined = np.asarray(pieces[0], dtype=_NUMPY_TEXT)
        for piece in pieces[1:]:
            joined = np.strings.add(np.strings.add(joined, sep) if sep else joined, piece)
        return joined
    large = pyarrow.large_string()
    pieces = [pyarrow.scalar(piece, large) if isinstance(piece, str) else piece for piece in pieces]
    return pyarrow.compute.binary_join_element_wise(*pieces, pyarrow.scalar(sep, large))


def decimal(numbers: np.ndarray):
    """Write whole numbers as decimal text (``str(number)`` for each), as a text column."""
    pyarrow = _arrow()
    if pyarrow is None:
        return numbers.astype(_NUMPY_TEXT)
    return pyarrow.compute.cast(pyarrow.array(numbers), pyarrow.large_string())


def to_list(column, rows: np.ndarray | None = None) -> list[str | None]:
    """Return the text of `column` (only `rows`, in that order, if given) as strings, None if missing."""
    if _arrow() is None:
        values = column if rows is None else column[rows]
        return [value if isinstance(value, str) else None for value in values.tolist()]
    return (column if rows is None else column.take(rows)).to_pylist()
