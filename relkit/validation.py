"""Checks that turn a learner's mistake into a message naming what was wrong and what was expected.

Every public relkit function validates its input with these helpers before any pandas work starts, so a
learner meets a relkit error in their language, never a traceback from deep inside pandas and never a
silently wrong number.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .errors import MissingColumnError, RelkitTypeError, RelkitValueError

__all__ = [
    "check_choice",
    "check_count",
    "check_date_order",
    "check_filled",
    "check_fraction",
    "check_frame",
    "check_id_column",
    "check_nonnegative",
    "check_not_more",
    "check_number",
    "check_numeric",
    "check_rate",
    "check_unique_key",
    "check_world",
    "latin_digits",
    "out_of_range",
    "parse_date",
    "parse_date_columns",
    "show_value",
]

_NATIVE_DIGITS = str.maketrans("०१२३४५६७८९০১২৩৪৫৬৭৮৯", "0123456789" * 2)
_MONTH_ONLY = re.compile(r"(\d{4})-(\d{1,2})")
_LONGEST_SHOWN = 60


def latin_digits(text: str) -> str:
    """Return `text` with Devanagari (०-९) and Bengali (০-৯) digits written as 0-9.

    Examples
    --------
    >>> latin_digits("२०२४-०३-०५"), latin_digits("০৫/০৩/২০২৪")
    ('2024-03-05', '05/03/2024')
    """
    return text.translate(_NATIVE_DIGITS)


def show_value(value: object) -> str:
    """Write `value` for a message as a learner would type it: ``8``, not ``np.int64(8)``.

    numpy scalars become plain Python numbers, timestamps their date, and long values are cut short.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> show_value(np.int64(8)), show_value(np.True_), show_value("17")
    ('8', 'True', "'17'")
    >>> show_value(pd.Timestamp("2024-03-01"))
    "'2024-03-01'"
    """
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, tuple):  # a key of several columns
        return f"({', '.join(show_value(item) for item in value)})"
    if isinstance(value, pd.Timestamp | datetime.datetime) and not pd.isna(value):
        stamp = pd.Timestamp(value)
        text = stamp.strftime("%Y-%m-%d" if stamp == stamp.normalize() else "%Y-%m-%d %H:%M")
        return repr(text)
    text = repr(value)
    return text if len(text) <= _LONGEST_SHOWN else text[: _LONGEST_SHOWN - 1] + "…"


def _listing(values: Iterable[object]) -> str:
    return ", ".join(show_value(value) for value in values)


_TABLE_OF_ARGUMENT = {"responses": "nps_responses", "truth": "record_truth", "data": "orders"}
"""The world's table an argument usually takes, where the two names differ."""


def _tables_of(value: object) -> Mapping[str, pd.DataFrame] | None:
    """Return the tables of a world, or of a dict holding only DataFrames; None for anything else."""
    tables = getattr(value, "tables", value)
    if isinstance(tables, Mapping) and tables and all(isinstance(t, pd.DataFrame) for t in tables.values()):
        return tables
    return None


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
        tables = _tables_of(frame)
        if tables:  # the whole world, or a dict of its tables, where one table belongs
            table = _TABLE_OF_ARGUMENT.get(name, name)
            table = table if table in tables else next(iter(tables))
            example = f"world.{table}" if hasattr(frame, "tables") else f"tables[{table!r}]"
            raise RelkitTypeError("err.world_not_frame", name=name, example=example)
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


def _naive(stamps: pd.Series) -> pd.Series:
    """Drop the time zone of aware datetimes, keeping the wall-clock time (relkit's tables are local)."""
    if isinstance(stamps.dtype, pd.DatetimeTZDtype):
        return stamps.dt.tz_localize(None)
    return stamps


def parse_date_columns(frame: pd.DataFrame, columns: Iterable[str], *, name: str) -> pd.DataFrame:
    """Return a copy of `frame` whose `columns` are datetimes, parsing strings such as ``"2024-03-05"``.

    Missing values stay missing (``NaT``). Dates with a time zone keep their wall-clock time and lose
    the zone, as relkit's tables are in local time; Devanagari and Bengali digits are read as 0-9. A
    value that is not a date raises an error naming the column, the first offending value, and the fix.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({"order_date": ["2024-01-05", "২০২৪-০২-১০"]})
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
            result[column] = _naive(values)
            continue
        text = values.map(lambda v: latin_digits(v.strip()) if isinstance(v, str) else v)
        text = text.map(lambda v: v.tz_localize(None) if isinstance(v, pd.Timestamp) and v.tz else v)
        try:
            parsed = pd.to_datetime(text, errors="coerce", format="ISO8601")
        except (TypeError, ValueError):  # aware and naive values mixed, or offsets that differ
            parsed = pd.to_datetime(text, errors="coerce", format="ISO8601", utc=True)
        parsed = _naive(parsed) if isinstance(parsed, pd.Series) else parsed
        bad = parsed.isna() & values.notna()
        if bad.any():
            raise RelkitValueError(
                "err.not_a_date", name=name, column=repr(column), value=show_value(values[bad].iloc[0])
            )
        result[column] = parsed
    return result


def parse_date(value: object, *, name: str, month: str | None = None) -> pd.Timestamp:
    """Return `value` as a Timestamp, or raise an error naming the argument.

    A time zone is dropped (the wall-clock time stays), and Devanagari and Bengali digits are read as
    0-9. A whole month such as ``"2024-03"`` is no day: with ``month="start"`` it means the month's first
    day, with ``month="end"`` its last day, and without `month` it is refused with both days suggested.

    Examples
    --------
    >>> parse_date("2024-03-31", name="as_of")
    Timestamp('2024-03-31 00:00:00')
    >>> parse_date("2024-02", name="period_end", month="end")
    Timestamp('2024-02-29 00:00:00')
    >>> parse_date("2024-03", name="as_of")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `as_of` is '2024-03', a whole month, but relkit needs a day here. Write '2024-03-01' for the first day of the month or '2024-03-31' for the last.
    """  # noqa: E501
    stamp = pd.NaT
    try:
        if isinstance(value, str):  # ISO only: a lenient parser would turn "1st of Jan" into this year
            text = latin_digits(value.strip())
            whole_month = _MONTH_ONLY.fullmatch(text)
            if whole_month:
                first = pd.Timestamp(year=int(whole_month[1]), month=int(whole_month[2]), day=1)
                last = first + pd.offsets.MonthEnd(0)
                if month is None:
                    raise RelkitValueError(
                        "err.month_not_day",
                        name=name,
                        value=show_value(value),
                        first=repr(first.strftime("%Y-%m-%d")),
                        last=repr(last.strftime("%Y-%m-%d")),
                    )
                return first if month == "start" else last
            stamp = pd.to_datetime(text, format="ISO8601")
        elif isinstance(value, datetime.date | np.datetime64):  # a bare number is not a date
            stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as error:
        if isinstance(error, RelkitValueError):
            raise
        stamp = pd.NaT
    if pd.isna(stamp):
        raise RelkitValueError("err.bad_date_argument", name=name, value=show_value(value))
    return stamp.tz_localize(None) if stamp.tz is not None else stamp


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
    try:
        known = value in allowed
    except TypeError:  # an unhashable value, such as a list
        known = False
    if not known:
        raise RelkitValueError(
            "err.bad_choice", name=name, value=show_value(value), allowed=_listing(allowed)
        )
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
        raise RelkitValueError("err.bad_count", name=name, value=show_value(value), minimum=minimum)
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
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | float | np.integer | np.floating):
        raise RelkitTypeError(
            "err.not_a_number", name=name, value=show_value(value), kind=type(value).__name__
        )
    if not np.isfinite(value):
        raise RelkitValueError("err.not_finite", name=name, value=show_value(value))
    return float(value)


def _interval(low: float, high: float, include_high: bool) -> str:
    upper = "∞" if np.isinf(high) else f"{high:g}"
    return f"[{low:g}, {upper}{']' if include_high else ')'}"


def out_of_range(value: float, *, name: str, low: float, high: float, include_high: bool = True):
    """Return the error for a number outside ``[low, high]``, with the fix that fits the mistake.

    A negative cost or count is told it cannot be negative; a share written as a percentage (80 where
    0.8 is meant) is asked "did you mean 0.8?"; anything else gets the allowed range.

    Examples
    --------
    >>> print(out_of_range(-5.0, name="cac", low=0, high=float("inf")))
    `cac` cannot be negative, but -5.0 was given. Write 0 or more.
    >>> print(out_of_range(80.0, name="retention", low=0, high=1, include_high=False))
    `retention` must lie in [0, 1), but 80.0 was given. It looks like a percentage: did you mean 0.8?
    """
    shown = show_value(float(value))
    if value < low and low == 0 and np.isinf(high):  # a cost, margin or count: no upper bound to give
        return RelkitValueError("err.negative_number", name=name, value=shown)
    if high <= 1 and 2 <= value <= 100 and low >= 0:  # 80 for 0.8; 1.5 is no clear percentage
        return RelkitValueError(
            "err.percent_not_share",
            name=name,
            value=shown,
            interval=_interval(low, high, include_high),
            suggestion=show_value(value / 100),
        )
    return RelkitValueError(
        "err.out_of_range_plain", name=name, value=shown, interval=_interval(low, high, include_high)
    )


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
    relkit.errors.RelkitValueError: `retention` must lie in [0, 1), but 1.0 was given.
    """
    number = check_number(value, name=name)
    too_high = number > high or (not include_high and number == high)
    if number < low or too_high:
        raise out_of_range(number, name=name, low=low, high=high, include_high=include_high)
    return number


def check_rate(value: object, *, name: str) -> float:
    """Return a rate per period (a discount rate, say) as a float: at least 0 and at most 1.

    Rates are fractions: 0.1 means 10 % per period. A value above 1 is almost surely a percentage, and
    the message asks whether the fraction was meant.

    Examples
    --------
    >>> check_rate(0.01, name="discount")
    0.01
    >>> check_rate(10, name="discount")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `discount` is 10, which would mean 1000% per period. Rates are written as decimals: did you mean 0.1 (10%)?
    """  # noqa: E501
    number = check_number(value, name=name)
    if number < 0:
        raise out_of_range(number, name=name, low=0.0, high=1.0)
    if number > 1:
        raise RelkitValueError(
            "err.rate_as_percent",
            name=name,
            value=f"{number:g}",
            percent=f"{100 * number:g}",
            suggestion=show_value(number / 100),
        )
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


def check_filled(frame: pd.DataFrame, columns: Sequence[str], *, name: str) -> None:
    """Raise a learner-facing error when a needed column has empty cells (NaN, NaT, None).

    Examples
    --------
    >>> import pandas as pd
    >>> check_filled(pd.DataFrame({"customer_id": [1, None]}), ["customer_id"], name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: Column 'customer_id' of `orders` has 1 empty cell(s). Fill them in or drop those rows, for example orders.dropna(subset=['customer_id']).
    """  # noqa: E501
    for column in columns:
        empty = frame[column].isna()
        if empty.any():
            raise RelkitValueError("err.empty_cells", name=name, column=repr(column), count=int(empty.sum()))


def check_numeric(frame: pd.DataFrame, columns: Sequence[str], *, name: str) -> None:
    """Raise a learner-facing error when a column that should hold numbers holds text (or True/False).

    Examples
    --------
    >>> import pandas as pd
    >>> check_numeric(pd.DataFrame({"amount_inr": ["1,200", "300"]}), ["amount_inr"], name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: Column 'amount_inr' of `orders` must hold numbers, but it holds '1,200'. Convert it with pd.to_numeric(orders['amount_inr']) after correcting such values.
    """  # noqa: E501
    for column in columns:
        values = frame[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            coerced = pd.to_numeric(values, errors="coerce")
            bad = coerced.isna() & values.notna()
            example = values[bad].iloc[0] if bad.any() else values.iloc[0]
            raise RelkitValueError(
                "err.not_numeric_column", name=name, column=repr(column), value=show_value(example)
            )


def check_unique_key(frame: pd.DataFrame, column: str | Sequence[str], *, name: str) -> pd.DataFrame:
    """Make sure each value of the key `column` names one row only (when `frame` has that column).

    A table joined to itself (``pd.concat([orders, orders])``) would double every count without a word;
    this check says so, and tells apart whole repeated rows from two different rows sharing a key. A
    key of several columns (``["survey_id", "item"]``) is given as a list.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({"order_id": [1, 2], "amount_inr": [10.0, 20.0]})
    >>> check_unique_key(pd.concat([orders, orders]), "order_id", name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `orders` holds 2 row(s) that repeat another row exactly, such as the one with 'order_id' 1, as when a table is added to itself with pd.concat. Every count would come out too large: remove them with orders.drop_duplicates().
    """  # noqa: E501
    columns = [column] if isinstance(column, str) else list(column)
    if not all(key in frame.columns for key in columns):
        return frame
    keys = frame[columns]
    repeated = keys.duplicated() & keys.notna().all(axis=1)
    if not repeated.any():
        return frame
    try:
        whole_rows = frame.duplicated()
    except TypeError:  # unhashable cells (lists): judge by the key alone
        whole_rows = pd.Series(False, index=frame.index)
    shown = ", ".join(repr(key) for key in columns)

    def example(rows: pd.Series) -> str:
        first = keys[rows].iloc[0]
        return show_value(first.iloc[0]) if len(columns) == 1 else show_value(tuple(first.tolist()))

    if whole_rows.any():
        raise RelkitValueError(
            "err.duplicate_rows",
            name=name,
            column=shown,
            count=int(whole_rows.sum()),
            example=example(whole_rows),
        )
    raise RelkitValueError(
        "err.duplicate_key",
        name=name,
        column=shown,
        count=int(keys[repeated].drop_duplicates().shape[0]),
        example=example(repeated),
    )


def check_id_column(frame: pd.DataFrame, column: str, *, name: str) -> pd.DataFrame:
    """Make sure an id `column` does not mix numbers and text, such as ``17`` and ``"17"``.

    pandas counts ``17`` and ``"17"`` as two different customers, so a mixed column silently gives
    more customers than exist.

    Examples
    --------
    >>> import pandas as pd
    >>> check_id_column(pd.DataFrame({"customer_id": [17, "17"]}), "customer_id", name="orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: Column 'customer_id' of `orders` mixes numbers and text, such as 17 and '17', so relkit would count them as different ids. Make them one kind first, for example orders['customer_id'] = orders['customer_id'].astype(str).
    """  # noqa: E501
    if column not in frame.columns or frame[column].dtype != object:
        return frame
    values = frame[column].dropna()
    is_text = values.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    if is_text.any() and not is_text.all():
        numbers, texts = values[~is_text], values[is_text]
        # Best shown with one id written both ways, 17 and "17", when the column has such a pair.
        spelt = {show_value(number).strip("'"): number for number in numbers}
        twin = next((text for text in texts if text.strip() in spelt), None)
        number, text = (spelt[twin.strip()], twin) if twin is not None else (numbers.iloc[0], texts.iloc[0])
        raise RelkitValueError(
            "err.mixed_id_types",
            name=name,
            column=repr(column),
            number=show_value(number),
            text=show_value(text),
        )
    return frame


def check_date_order(frame: pd.DataFrame, earlier: str, later: str, *, name: str) -> pd.DataFrame:
    """Make sure no row has its `later` date before its `earlier` date (rows missing either pass).

    Both columns must already be datetimes (see :func:`parse_date_columns`).

    Examples
    --------
    >>> import pandas as pd
    >>> tickets = pd.DataFrame({"opened_at": pd.to_datetime(["2024-01-05"]),
    ...                         "resolved_at": pd.to_datetime(["2024-01-02"])})
    >>> check_date_order(tickets, "opened_at", "resolved_at", name="tickets")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: In 1 row(s) of `tickets`, 'resolved_at' comes before 'opened_at', such as '2024-01-02' before '2024-01-05'. That cannot happen: correct or drop those rows (were the two columns swapped?).
    """  # noqa: E501
    if earlier not in frame.columns or later not in frame.columns:
        return frame
    reversed_ = frame[later] < frame[earlier]
    if reversed_.any():
        first = reversed_.to_numpy().nonzero()[0][0]
        raise RelkitValueError(
            "err.dates_reversed",
            name=name,
            earlier=repr(earlier),
            later=repr(later),
            count=int(reversed_.sum()),
            earlier_value=show_value(frame[earlier].iloc[first]),
            later_value=show_value(frame[later].iloc[first]),
        )
    return frame


def check_not_more(frame: pd.DataFrame, part: str, whole: str, *, name: str) -> pd.DataFrame:
    """Make sure no row has more `part` than `whole`, such as more defects than units inspected.

    Examples
    --------
    >>> import pandas as pd
    >>> pos = pd.DataFrame({"defects": [3, 12], "units_inspected": [100, 10]})
    >>> check_not_more(pos, "defects", "units_inspected", name="purchase_orders")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: In 1 row(s) of `purchase_orders`, 'defects' is larger than 'units_inspected', such as 12 against 10. A part cannot be more than the whole: correct those rows.
    """  # noqa: E501
    if part not in frame.columns or whole not in frame.columns:
        return frame
    larger = pd.to_numeric(frame[part], errors="coerce") > pd.to_numeric(frame[whole], errors="coerce")
    if larger.any():
        first = larger.to_numpy().nonzero()[0][0]
        raise RelkitValueError(
            "err.part_exceeds_whole",
            name=name,
            part=repr(part),
            whole=repr(whole),
            count=int(larger.sum()),
            part_value=show_value(frame[part].iloc[first]),
            whole_value=show_value(frame[whole].iloc[first]),
        )
    return frame


def check_world(world: object, tables: Iterable[str], *, name: str = "world") -> Mapping[str, object]:
    """Return ``{table name: table}`` from a world, or an error that says what was passed instead.

    A dict of tables (``world.tables``, or one built by hand) is accepted too.

    Examples
    --------
    >>> check_world(None, ["orders"])
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitTypeError: `world` must be a world of tables, such as relkit.load_world() returns, but a NoneType was given.
    """  # noqa: E501
    names = list(tables)
    if isinstance(world, pd.DataFrame):
        raise RelkitTypeError("err.frame_not_world", name=name, tables=_listing(names))
    found: dict[str, object] = {}
    for table in names:
        found[table] = world.get(table) if isinstance(world, Mapping) else getattr(world, table, None)
    if all(value is None for value in found.values()):
        raise RelkitTypeError("err.not_a_world", name=name, kind=type(world).__name__)
    return found
