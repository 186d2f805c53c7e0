"""Checks that turn a learner's mistake into a message naming what was wrong and what was expected.

Every public relkit function validates its input with these helpers before any pandas work starts, so a
learner meets a relkit error in their language, never a traceback from deep inside pandas and never a
silently wrong number.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .errors import MissingColumnError, RelkitTypeError, RelkitValueError

__all__ = [
    "check_choice",
    "check_count",
    "check_fraction",
    "check_frame",
    "check_nonnegative",
    "check_number",
    "parse_date",
    "parse_date_columns",
]


def _listing(values: Iterable[object]) -> str:
    return ", ".join(repr(value) for value in values)


def check_frame(
    frame: object, *, name: str, columns: Sequence[str] = (), allow_empty: bool = False
) -> pd.DataFrame:
    """Make sure `frame` is a DataFrame with the given columns (and rows), and return it.

    Parameters
    ----------
    frame : object
        What the learner passed.
    name : str
        The argument's name, used in the message (``"orders"``).
    columns : sequence of str
        Columns the calculation needs.
    allow_empty : bool
        Accept a frame with no rows.

    Raises
    ------
    RelkitTypeError
        When `frame` is not a DataFrame.
    MissingColumnError
        When columns are missing; the message lists those present.
    RelkitValueError
        When the frame has no rows.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({"customer_id": [1], "amount": [10.0]})
    >>> check_frame(orders, name="orders", columns=["customer_id", "order_date"])
    Traceback (most recent call last):
    ...
    relkit.errors.MissingColumnError: `orders` has no column 'order_date'. It needs: 'customer_id', 'order_date'. Columns it has: 'customer_id', 'amount'.
    """  # noqa: E501
    if not isinstance(frame, pd.DataFrame):
        raise RelkitTypeError("err.not_a_frame", name=name, kind=type(frame).__name__)
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise MissingColumnError(
            "err.missing_columns" if len(missing) > 1 else "err.missing_column",
            name=name,
            missing=_listing(missing),
            needed=_listing(columns),
            present=_listing(frame.columns) or "—",
        )
    if not allow_empty and frame.empty:
        raise RelkitValueError("err.empty_frame", name=name)
    return frame


def parse_date_columns(frame: pd.DataFrame, columns: Iterable[str], *, name: str) -> pd.DataFrame:
    """Return a copy of `frame` whose `columns` are datetimes, parsing strings such as ``"2024-03-05"``.

    Missing values stay missing (``NaT``). A value that is not a date raises an error naming the column,
    the first offending value, and the fix.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({"order_date": ["2024-01-05", "2024-02-10"]})
    >>> parse_date_columns(orders, ["order_date"], name="orders")["order_date"].dt.month.tolist()
    [1, 2]
    >>> parse_date_columns(pd.DataFrame({"order_date": ["5th Jan"]}), ["order_date"], name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: Column 'order_date' of `orders` holds '5th Jan', which is not a date. Write dates as YYYY-MM-DD, or convert the column with pd.to_datetime(orders['order_date'], format=...).
    """  # noqa: E501
    result = frame.copy()
    for column in columns:
        values = result[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            continue
        parsed = pd.to_datetime(values, errors="coerce", format="ISO8601")
        bad = parsed.isna() & values.notna()
        if bad.any():
            raise RelkitValueError(
                "err.not_a_date", name=name, column=repr(column), value=repr(values[bad].iloc[0])
            )
        result[column] = parsed
    return result


def parse_date(value: object, *, name: str) -> pd.Timestamp:
    """Return `value` as a Timestamp, or raise an error naming the argument.

    Examples
    --------
    >>> parse_date("2024-03-31", name="as_of")
    Timestamp('2024-03-31 00:00:00')
    """
    stamp = pd.NaT
    try:
        if isinstance(value, str):  # ISO only: a lenient parser would turn "1st of Jan" into this year
            stamp = pd.to_datetime(value.strip(), format="ISO8601")
        elif isinstance(value, datetime.date | np.datetime64):  # a bare number is not a date
            stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        stamp = pd.NaT
    if pd.isna(stamp):
        raise RelkitValueError("err.bad_date_argument", name=name, value=repr(value))
    return stamp


def check_choice(value: object, allowed: Sequence[object], *, name: str) -> object:
    """Return `value` when it is one of `allowed`, else raise an error listing the choices.

    Examples
    --------
    >>> check_choice("csv", ["csv", "parquet", "sqlite"], name="format")
    'csv'
    >>> check_choice("xlsx", ["csv", "parquet", "sqlite"], name="format")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `format` cannot be 'xlsx'. Choose one of 'csv', 'parquet', 'sqlite'.
    """
    if value not in allowed:
        raise RelkitValueError("err.bad_choice", name=name, value=repr(value), allowed=_listing(allowed))
    return value


def check_count(value: object, *, name: str, minimum: int = 1) -> int:
    """Return `value` as an int when it is a whole number of at least `minimum`.

    Examples
    --------
    >>> check_count(60, name="partners")
    60
    >>> check_count(0, name="customers")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `customers` must be a whole number of at least 1, but 0 was given.
    """
    whole = isinstance(value, int | np.integer) and not isinstance(value, bool)
    if not whole or value < minimum:  # type: ignore[operator]
        raise RelkitValueError("err.bad_count", name=name, value=repr(value), minimum=minimum)
    return int(value)  # type: ignore[arg-type]


def check_number(value: object, *, name: str) -> float:
    """Return `value` as a float when it is a real, finite number.

    Examples
    --------
    >>> check_number("12", name="margin")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitTypeError: `margin` must be a number, but '12' (str) was given.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise RelkitTypeError("err.not_a_number", name=name, value=repr(value), kind=type(value).__name__)
    if not np.isfinite(value):
        raise RelkitValueError("err.not_finite", name=name, value=repr(value))
    return float(value)


def check_fraction(
    value: object, *, name: str, low: float = 0.0, high: float = 1.0, include_high: bool = True
) -> float:
    """Return `value` as a float when it lies in ``[low, high]`` (or ``[low, high)``).

    Examples
    --------
    >>> check_fraction(0.8, name="retention", include_high=False)
    0.8
    >>> check_fraction(1.0, name="retention", include_high=False)
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `retention` must lie in [0, 1), but 1.0 was given. Write a percentage such as 80% as 0.8.
    """  # noqa: E501
    number = check_number(value, name=name)
    too_high = number > high or (not include_high and number == high)
    if number < low or too_high:
        interval = f"[{low:g}, {high:g}{']' if include_high else ')'}"
        raise RelkitValueError("err.out_of_range", name=name, value=repr(value), interval=interval)
    return number


def check_nonnegative(frame: pd.DataFrame, columns: Iterable[str], *, name: str) -> pd.DataFrame:
    """Make sure the numeric `columns` of `frame` hold no negative values; return `frame`.

    Examples
    --------
    >>> import pandas as pd
    >>> check_nonnegative(pd.DataFrame({"amount_inr": [10.0, -5.0]}), ["amount_inr"], name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: Column 'amount_inr' of `orders` has 1 negative value(s), such as -5.0. Amounts and counts cannot be negative: remove or correct those rows (refunds belong in a separate table).
    """  # noqa: E501
    for column in columns:
        values = pd.to_numeric(frame[column], errors="coerce")
        negative = values < 0
        if negative.any():
            raise RelkitValueError(
                "err.negative_values",
                name=name,
                column=repr(column),
                count=int(negative.sum()),
                example=repr(float(values[negative].iloc[0])),
            )
    return frame
