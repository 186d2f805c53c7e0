"""How long disputes with partners take to settle."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..signatures import learner_call
from ..validation import check_date_order, check_filled, check_frame, check_unique_key, parse_date_columns

__all__ = ["dispute_resolution_time"]


@learner_call
def dispute_resolution_time(disputes: pd.DataFrame) -> pd.Series:
    """Return how long resolved disputes took (median and 90th percentile, days) and how many are open.

    ``days = resolved_date - opened_date`` for each resolved dispute. Open disputes (no
    ``resolved_date`` yet) cannot have a resolution time: they are counted in ``open`` instead, so a
    desk that leaves its hardest cases open does not look faster than it is.

    Parameters
    ----------
    disputes : DataFrame
        Columns ``opened_date`` and ``resolved_date`` (NaT while open).

    Returns
    -------
    Series
        ``resolved``, ``open``, ``median_days``, ``p90_days`` (NaN when nothing is resolved).

    Examples
    --------
    >>> import pandas as pd
    >>> disputes = pd.DataFrame({
    ...     "opened_date": ["2024-01-01", "2024-01-10", "2024-02-01", "2024-03-01"],
    ...     "resolved_date": ["2024-01-05", "2024-01-30", "2024-02-11", None],
    ... })
    >>> dispute_resolution_time(disputes)  # days 4, 20, 10: median 10
    resolved        3.0
    open            1.0
    median_days    10.0
    p90_days       18.0
    dtype: float64
    """
    columns = ["opened_date", "resolved_date"]
    frame = check_frame(disputes, name="disputes", columns=columns)
    check_unique_key(frame, "dispute_id", name="disputes")
    frame = parse_date_columns(frame[columns], columns, name="disputes")
    check_filled(frame, ["opened_date"], name="disputes")
    check_date_order(frame, "opened_date", "resolved_date", name="disputes")
    days = ((frame["resolved_date"] - frame["opened_date"]) / pd.Timedelta(days=1)).dropna()
    return pd.Series(
        {
            "resolved": float(len(days)),
            "open": float(frame["resolved_date"].isna().sum()),
            "median_days": days.median() if len(days) else np.nan,
            "p90_days": days.quantile(0.9) if len(days) else np.nan,
        },
        dtype=float,
    )
