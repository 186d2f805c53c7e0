"""Retention and churn over a period: who kept buying, and who stopped."""

from __future__ import annotations

import warnings

import pandas as pd

from ..errors import RelkitValueError, RelkitWarning
from ..signatures import learner_call
from ..validation import parse_date
from ._orders import prepare_orders

__all__ = ["churn_rate", "retention_rate"]


@learner_call
def retention_rate(orders: pd.DataFrame, *, period_start: object, period_end: object) -> float:
    """Return the share of last period's active customers who ordered again in this period.

    The period runs from `period_start` to `period_end`, both days included; call its length ``n``
    days. The previous period is the ``n`` days just before `period_start`. Then::

        retention = |active in previous period  and  active in this period| / |active in previous period|

    where "active" means "placed at least one order". New customers who first bought in this period do
    not raise the rate: only customers we already had can be retained. Comparing two periods of the
    same length keeps the rate fair for a shop whose customers buy every few weeks.

    Parameters
    ----------
    orders : DataFrame
        Columns ``customer_id`` and ``order_date``.
    period_start, period_end : date-like
        First and last day of the period, such as ``"2024-04-01"`` and ``"2024-06-30"``. A month such
        as ``"2024-03"`` means its first day as `period_start` and its last day as `period_end`.

    Returns
    -------
    float
        A share between 0 and 1.

    Raises
    ------
    RelkitValueError
        When `period_end` is before `period_start`, the period starts after the last order, or no
        customer ordered in the previous period.

    Warns
    -----
    RelkitWarning
        When the period ends after the last order: customers not seen since then count as lost, so
        the rate comes out too low.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": ["A", "B", "C", "A", "D", "E"],
    ...     "order_date": [
    ...         "2024-01-10", "2024-01-15", "2024-01-20", "2024-02-05", "2024-02-07", "2024-02-29"
    ...     ],
    ... })
    >>> retention_rate(orders, period_start="2024-02-01", period_end="2024-02-29")
    0.3333333333333333
    """
    start = parse_date(period_start, name="period_start", month="start").normalize()
    end = parse_date(period_end, name="period_end", month="end").normalize()
    if end < start:
        raise RelkitValueError(
            "err.period_reversed", start=start.date().isoformat(), end=end.date().isoformat()
        )
    frame, _ = prepare_orders(orders, columns=("customer_id", "order_date"))
    length = end - start + pd.Timedelta(days=1)
    day = frame["order_date"].dt.normalize()
    last = day.max()
    dates = {"end": end.date().isoformat(), "last": last.date().isoformat()}
    if start > last:  # nothing of the period was watched: every customer would count as lost
        raise RelkitValueError("err.period_after_data", **dates)
    if end > last:  # partly watched: customers not seen since the last order count as lost
        warnings.warn(RelkitWarning("warn.period_after_data", **dates), stacklevel=3)
    current = set(frame.loc[(day >= start) & (day <= end), "customer_id"])
    previous = set(frame.loc[(day >= start - length) & (day < start), "customer_id"])
    if not previous:
        raise RelkitValueError(
            "err.no_previous_customers",
            start=(start - length).date().isoformat(),
            end=(start - pd.Timedelta(days=1)).date().isoformat(),
        )
    return len(previous & current) / len(previous)


@learner_call
def churn_rate(orders: pd.DataFrame, *, period_start: object, period_end: object) -> float:
    """Return the share of last period's active customers who did not order in this period.

    ``churn = 1 - retention``, with retention as defined in :func:`retention_rate` (same periods, same
    customers), so the two always add up to 1.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": ["A", "B", "C", "A", "D", "E"],
    ...     "order_date": [
    ...         "2024-01-10", "2024-01-15", "2024-01-20", "2024-02-05", "2024-02-07", "2024-02-29"
    ...     ],
    ... })
    >>> round(churn_rate(orders, period_start="2024-02-01", period_end="2024-02-29"), 4)
    0.6667
    """
    return 1.0 - retention_rate(orders, period_start=period_start, period_end=period_end)
