"""Checks and period arithmetic shared by the CRM metrics that read the `orders` table."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..validation import (
    check_choice,
    check_filled,
    check_frame,
    check_id_column,
    check_nonnegative,
    check_numeric,
    check_unique_key,
    parse_date,
    parse_date_columns,
)

__all__ = ["check_filled", "check_numeric", "period_codes", "prepare_orders"]

FREQS = ("D", "W", "M")


def prepare_orders(
    orders: object,
    *,
    columns: Sequence[str] = ("customer_id", "order_date", "amount_inr"),
    as_of: object = None,
) -> tuple[pd.DataFrame, pd.Timestamp]:
    """Validate `orders`, parse its dates, and cut it at `as_of` (default: the last order date).

    Returns the needed columns (a new frame) and the `as_of` timestamp. Orders after `as_of` are left
    out, as a model fitted "as of" a date cannot know them.
    """
    frame = check_frame(orders, name="orders", columns=columns)
    check_unique_key(frame, "order_id", name="orders")
    check_id_column(frame, "customer_id", name="orders")
    frame = parse_date_columns(frame[list(columns)], ["order_date"], name="orders")
    check_filled(frame, columns, name="orders")
    if "amount_inr" in columns:
        check_numeric(frame, ["amount_inr"], name="orders")
        check_nonnegative(frame, ["amount_inr"], name="orders")
    first = frame["order_date"].min()
    if as_of is None:
        cutoff = frame["order_date"].max()
    else:
        cutoff = parse_date(as_of, name="as_of")
        if cutoff < first.normalize():
            raise RelkitValueError(
                "err.as_of_before_first", as_of=cutoff.date().isoformat(), first=first.date().isoformat()
            )
        frame = frame[frame["order_date"] < cutoff.normalize() + pd.Timedelta(days=1)]
    return frame, cutoff


def period_codes(dates: pd.Series | pd.Timestamp, freq: str) -> np.ndarray:
    """Return an integer per date numbering its day, Monday-to-Sunday week, or calendar month.

    Consecutive periods get consecutive numbers, so differences count whole periods. The weeks are
    pandas' ``"W"`` (ending Sunday) periods, and the numbering matches ``Period.ordinal`` differences.
    """
    check_choice(freq, FREQS, name="freq")
    values = np.atleast_1d(np.asarray(dates, dtype="datetime64[ns]"))
    if freq == "M":
        return values.astype("datetime64[M]").astype(np.int64)
    days = values.astype("datetime64[D]").astype(np.int64)
    # 1970-01-01 was a Thursday: shifting by 3 days makes every week start on a Monday.
    return days if freq == "D" else (days + 3) // 7
