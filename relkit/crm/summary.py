"""The buy-till-you-die customer summary: frequency, recency, age and average repeat spend."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..signatures import learner_call
from ._orders import period_codes, prepare_orders

__all__ = ["customer_summary"]


@learner_call
def customer_summary(orders: pd.DataFrame, *, as_of: object = None, freq: str = "D") -> pd.DataFrame:
    """Summarise each customer's orders the way BG/NBD and other buy-till-you-die models need them.

    Orders are first grouped into calendar periods (days, weeks or months); several orders in one
    period count as one purchase whose value is their sum. For each customer, with periods numbered
    consecutively:

    - ``frequency`` = number of distinct purchase periods - 1 (the repeat purchases),
    - ``recency`` = last purchase period - first purchase period,
    - ``T`` = period of `as_of` - first purchase period (how long the customer has been watched),
    - ``monetary_value`` = mean value of the repeat periods (the first period left out), 0 when none.

    These are the definitions of lifetimes' ``summary_data_from_transaction_data`` for ``freq="D"``
    and ``freq="W"``; for ``freq="M"`` relkit counts whole calendar months, where lifetimes divides
    days by an average month length.

    Parameters
    ----------
    orders : DataFrame
        Columns ``customer_id``, ``order_date``, ``amount_inr``. Date strings are parsed.
    as_of : date-like, optional
        End of the observation window; orders after it are left out. Default: the last order date.
    freq : {"D", "W", "M"}
        The period: day, week (Monday to Sunday) or calendar month.

    Returns
    -------
    DataFrame
        Index ``customer_id`` (sorted); float columns ``frequency``, ``recency``, ``T``,
        ``monetary_value``.

    Raises
    ------
    MissingColumnError, RelkitValueError
        A missing column, an empty table, unparseable or empty dates, negative amounts, or an
        `as_of` before the first order.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": ["A", "A", "A", "B"],
    ...     "order_date": ["2024-01-01", "2024-01-01", "2024-01-11", "2024-01-05"],
    ...     "amount_inr": [100.0, 50.0, 300.0, 80.0],
    ... })
    >>> customer_summary(orders, as_of="2024-01-31")  # doctest: +NORMALIZE_WHITESPACE
                 frequency  recency     T  monetary_value
    customer_id
    A                  1.0     10.0  30.0           300.0
    B                  0.0      0.0  26.0             0.0
    """
    frame, cutoff = prepare_orders(orders, as_of=as_of)
    codes = period_codes(frame["order_date"], freq)
    end = int(period_codes(cutoff, freq)[0])
    customer, customers = pd.factorize(frame["customer_id"], sort=True)
    low = int(codes.min())
    span = end - low + 1
    # One integer per (customer, period). Sorting on it lines each customer's periods up in time order;
    # the orders of one period are then summed into one purchase.
    key = customer.astype(np.int64) * span + (codes - low)
    order = np.argsort(key, kind="stable")
    key = key[order]
    first_of_key = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    values = np.add.reduceat(frame["amount_inr"].to_numpy(dtype=float)[order], first_of_key)
    keys = key[first_of_key]
    owner = keys // span
    period = keys % span
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    ends = np.r_[starts[1:], len(owner)]
    repeats = (ends - starts - 1).astype(float)
    repeat_value = np.add.reduceat(values, starts) - values[starts]
    result = pd.DataFrame(
        {
            "frequency": repeats,
            "recency": (period[ends - 1] - period[starts]).astype(float),
            "T": (end - low - period[starts]).astype(float),
            "monetary_value": np.divide(
                repeat_value, repeats, out=np.zeros_like(repeat_value), where=repeats > 0
            ),
        },
        index=pd.Index(customers[owner[starts]], name="customer_id"),
    )
    return result
