"""Cohort retention: of the customers who first bought in a month, how many came back later."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..signatures import learner_call
from ..validation import check_choice
from ._orders import prepare_orders

__all__ = ["cohort_retention"]

_PERIODS = ("W", "M", "Q")


@learner_call
def cohort_retention(orders: pd.DataFrame, *, period: str = "M") -> pd.DataFrame:
    """Return the cohort retention table: the share of each cohort that ordered 0, 1, 2, ... periods later.

    A customer's cohort is the period (month by default) of their first order. For cohort ``c`` and
    ``k`` periods after it::

        retention[c, k] = customers of c who ordered in period c + k / customers in c

    so column 0 is always 1.0. Periods a cohort has not lived through yet are NaN (the table is a
    triangle); a period it lived through with no orders is 0.0.

    Parameters
    ----------
    orders : DataFrame
        Columns ``customer_id`` and ``order_date``.
    period : {"M", "W", "Q"}
        Month, week or quarter.

    Returns
    -------
    DataFrame
        Index ``cohort`` (pandas Periods, ascending), columns 0, 1, 2, ... (periods since the first
        order). ``result.attrs["cohort_size"]`` holds the number of customers per cohort, a plain dict
        ``{cohort: customers}`` (so that ``pd.concat`` of two tables works).

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": [1, 1, 2, 3, 3],
    ...     "order_date": ["2024-01-05", "2024-02-10", "2024-01-20", "2024-02-03", "2024-02-28"],
    ... })
    >>> table = cohort_retention(orders)
    >>> table  # doctest: +NORMALIZE_WHITESPACE
               0    1
    cohort
    2024-01  1.0  0.5
    2024-02  1.0  NaN
    >>> list(table.attrs["cohort_size"].values())
    [2, 1]
    """
    check_choice(period, _PERIODS, name="period")
    frame, _ = prepare_orders(orders, columns=("customer_id", "order_date"))
    periods = frame["order_date"].dt.to_period(period)
    ordinal = periods.array.asi8
    first = pd.Series(ordinal).groupby(frame["customer_id"].to_numpy()).transform("min").to_numpy()
    active = pd.DataFrame(
        {"cohort": first, "age": ordinal - first, "customer_id": frame["customer_id"].to_numpy()}
    ).drop_duplicates()
    counts = active.pivot_table(
        index="cohort", columns="age", values="customer_id", aggfunc="size", fill_value=0
    )
    counts = counts.reindex(columns=range(int(counts.columns.max()) + 1), fill_value=0)
    size = counts[0]
    table = counts.div(size, axis=0).astype(float)
    # Periods after the last order date have not happened yet for that cohort: leave them empty.
    lived = int(ordinal.max()) - counts.index.to_numpy()
    table = table.where(np.arange(table.shape[1])[None, :] <= lived[:, None])
    index = pd.PeriodIndex.from_ordinals(counts.index.to_numpy(), freq=periods.dt.freq).rename("cohort")
    table.index = index
    table.columns = pd.Index(table.columns.to_numpy(dtype=int))
    table.columns.name = None
    table.attrs["cohort_size"] = dict(zip(index, size.to_numpy().tolist(), strict=True))
    return table
