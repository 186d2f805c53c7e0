"""Cross-selling: which product categories are bought together (market-basket pairs)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..signatures import learner_call
from ..validation import check_filled, check_fraction, check_frame, check_id_column, check_unique_key

__all__ = ["cross_sell"]


@learner_call
def cross_sell(
    orders: pd.DataFrame, *, min_support: float = 0.01, by: str = "customer_id", item: str = "category"
) -> pd.DataFrame:
    """Find pairs of items bought together and how much one predicts the other.

    A basket is everything one `by` value bought (by default: everything a customer ever bought; use
    ``by="order_id"`` for single orders). With ``N`` baskets, for items A and B::

        support(A -> B)    = baskets with both A and B / N
        confidence(A -> B) = support(A -> B) / (baskets with A / N)   "of those who buy A, share buying B"
        lift(A -> B)       = confidence(A -> B) / (baskets with B / N) "how many times likelier than chance"

    A lift above 1 means buying A makes B more likely: a cross-selling opportunity. Both directions of
    every pair are listed; pairs with support below `min_support` are dropped.

    Parameters
    ----------
    orders : DataFrame
        Columns `by` and `item`.
    min_support : float
        Smallest support kept, in [0, 1].
    by : str
        Column that defines a basket.
    item : str
        Column that names the item.

    Returns
    -------
    DataFrame
        Columns ``antecedent``, ``consequent``, ``baskets`` (with both), ``support``, ``confidence``,
        ``lift``; sorted by lift, then support (highest first), then names.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": [1, 1, 2, 2, 3, 4],
    ...     "category": ["tea", "biscuits", "tea", "biscuits", "tea", "soap"],
    ... })
    >>> cross_sell(orders, min_support=0.2)  # doctest: +NORMALIZE_WHITESPACE
      antecedent consequent  baskets  support  confidence      lift
    0   biscuits        tea        2      0.5    1.000000  1.333333
    1        tea   biscuits        2      0.5    0.666667  1.333333
    """
    min_support = check_fraction(min_support, name="min_support")
    frame = check_frame(orders, name="orders", columns=[by, item])
    check_filled(frame, [by, item], name="orders")
    if by != "order_id":  # with baskets of one order, an order may have one row per item
        check_unique_key(frame, "order_id", name="orders")
    check_id_column(frame, by, name="orders")
    baskets, basket_keys = pd.factorize(frame[by], sort=True)
    items, item_names = pd.factorize(frame[item], sort=True)
    matrix = np.zeros((len(basket_keys), len(item_names)), dtype=np.int64)
    matrix[baskets, items] = 1
    together = matrix.T @ matrix
    count = np.diag(together).astype(float)
    n = float(len(basket_keys))
    left, right = np.nonzero(together)
    keep = (left != right) & (together[left, right] / n >= min_support)
    left, right = left[keep], right[keep]
    both = together[left, right]
    support = both / n
    confidence = both / count[left]
    result = pd.DataFrame(
        {
            "antecedent": np.asarray(item_names)[left],
            "consequent": np.asarray(item_names)[right],
            "baskets": both,
            "support": support,
            "confidence": confidence,
            "lift": confidence / (count[right] / n),
        }
    )
    result = result.sort_values(
        ["lift", "support", "antecedent", "consequent"], ascending=[False, False, True, True], kind="stable"
    )
    return result.reset_index(drop=True)
