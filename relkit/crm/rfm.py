"""RFM analysis: score customers on Recency, Frequency and Monetary value, and name their segment."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..i18n import translate
from ..signatures import learner_call
from ..validation import check_count
from ._orders import prepare_orders

__all__ = ["SEGMENTS", "rfm", "segment_for"]

SEGMENTS: tuple[str, ...] = (
    "champions",
    "loyal",
    "new",
    "potential_loyalist",
    "cant_lose_them",
    "at_risk",
    "hibernating",
    "lost",
)
"""Stable keys of the RFM segments; ``translate("seg.<key>")`` gives the label."""


def segment_for(r: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Return the segment key for recency and frequency scores on the 1-5 scale (first matching rule).

    ============================  ======================
    rule                          segment
    ============================  ======================
    R >= 4 and F >= 4             champions
    R >= 3 and F >= 3             loyal
    R >= 4 and F == 1             new
    R >= 3 and F <= 2             potential_loyalist
    R <= 2 and F == 5             cant_lose_them
    R <= 2 and F >= 3             at_risk
    R == 2 and F <= 2             hibernating
    R == 1 and F <= 2             lost
    ============================  ======================

    Every (R, F) pair falls in exactly one segment.

    Examples
    --------
    >>> segment_for(np.array([5, 1, 2]), np.array([5, 5, 1])).tolist()
    ['champions', 'cant_lose_them', 'hibernating']
    """
    r = np.asarray(r)
    f = np.asarray(f)
    conditions = [
        (r >= 4) & (f >= 4),
        (r >= 3) & (f >= 3),
        (r >= 4) & (f == 1),
        (r >= 3) & (f <= 2),
        (r <= 2) & (f == 5),
        (r <= 2) & (f >= 3),
        r == 2,
        r <= 1,
    ]
    return np.select(conditions, list(SEGMENTS), default="lost")


def _scores(values: np.ndarray, bins: int, *, higher_is_better: bool) -> np.ndarray:
    """Equal-size quantile scores 1..bins; ties broken by position (customers sorted by id)."""
    order = np.argsort(values if higher_is_better else -values, kind="stable")
    rank = np.empty(len(values), dtype=np.int64)
    rank[order] = np.arange(len(values))
    return rank * bins // len(values) + 1


@learner_call
def rfm(orders: pd.DataFrame, *, as_of: object = None, bins: int = 5) -> pd.DataFrame:
    """Score every customer on Recency, Frequency and Monetary value and name their segment.

    - ``recency_days`` = `as_of` - date of the last order, in whole days,
    - ``frequency`` = number of orders, ``monetary_inr`` = total spend,
    - ``R``, ``F``, ``M`` = quantile scores 1..`bins`: customers are ranked (fewest days since the last
      order, most orders, most spend rank highest) and cut into `bins` groups of equal size, so each
      score is ``floor(rank * bins / n) + 1`` with ranks 0..n-1. Equal values are ranked by customer id
      ("rank first"), so every score group has the same size even when many customers tie.
    - ``segment_id`` = a stable English key from the R and F scores (rule in :func:`segment_for`; with
      `bins` other than 5 the scores are first mapped onto 1..5 by
      ``round(1 + (score - 1) * 4 / (bins - 1))``), and ``segment`` = its label in the current language.

    Parameters
    ----------
    orders : DataFrame
        Columns ``customer_id``, ``order_date``, ``amount_inr``.
    as_of : date-like, optional
        The day the analysis is made; orders after it are left out. Default: the last order date.
    bins : int
        Number of score groups, at least 2.

    Returns
    -------
    DataFrame
        Index ``customer_id`` (sorted); columns ``recency_days``, ``frequency``, ``monetary_inr``, ``R``,
        ``F``, ``M``, ``segment_id``, ``segment``.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": ["A", "A", "A", "B", "B", "C"],
    ...     "order_date": [
    ...         "2024-03-01", "2024-03-20", "2024-03-30", "2023-12-10", "2024-01-02", "2024-03-25"
    ...     ],
    ...     "amount_inr": [500.0, 700.0, 300.0, 150.0, 200.0, 900.0],
    ... })
    >>> table = rfm(orders, as_of="2024-03-31", bins=3)
    >>> table[["recency_days", "frequency", "R", "F", "segment_id"]]  # doctest: +NORMALIZE_WHITESPACE
                 recency_days  frequency  R  F          segment_id
    customer_id
    A                       1          3  3  3           champions
    B                      89          2  1  2             at_risk
    C                       6          1  2  1  potential_loyalist
    """
    bins = check_count(bins, name="bins", minimum=2)
    frame, cutoff = prepare_orders(orders, as_of=as_of)
    customer, customers = pd.factorize(frame["customer_id"], sort=True)
    days = frame["order_date"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
    last = pd.Series(days).groupby(customer, sort=True).max().to_numpy()
    frequency = np.bincount(customer)
    monetary = np.bincount(customer, weights=frame["amount_inr"].to_numpy(dtype=float))
    recency = np.datetime64(cutoff.normalize(), "D").astype(np.int64) - last
    r = _scores(recency, bins, higher_is_better=False)
    f = _scores(frequency, bins, higher_is_better=True)
    m = _scores(monetary, bins, higher_is_better=True)
    to_five = (lambda s: s) if bins == 5 else (lambda s: np.rint(1 + (s - 1) * 4 / (bins - 1)))
    segment_id = segment_for(to_five(r), to_five(f))
    labels = {key: translate(f"seg.{key}") for key in SEGMENTS}
    return pd.DataFrame(
        {
            "recency_days": recency,
            "frequency": frequency,
            "monetary_inr": monetary,
            "R": r,
            "F": f,
            "M": m,
            "segment_id": segment_id,
            "segment": pd.Series(segment_id).map(labels).to_numpy(),
        },
        index=pd.Index(customers, name="customer_id"),
    )
