"""The trust index: what partners say in surveys about reliability, communication and fairness."""

from __future__ import annotations

import pandas as pd

from ..crm._orders import check_filled, check_numeric
from ..errors import RelkitValueError
from ..validation import check_frame

__all__ = ["trust_index"]

_NOT_ITEMS = frozenset({"survey_id", "partner_id", "date", "item"})


def trust_index(trust_surveys: pd.DataFrame) -> pd.Series:
    """Return each partner's trust index, 0-100: ``100 * (mean item score - 1) / 4``.

    Items are scored 1 (strongly disagree) to 5 (strongly agree); the mean of all a partner's item
    scores over all its surveys is rescaled so that 1 becomes 0 and 5 becomes 100.

    Two layouts are accepted:

    - long, as :func:`relkit.simulate` writes it: one row per survey and item, with the columns
      ``partner_id``, ``item`` and ``score``;
    - wide: one row per survey, ``partner_id`` and one numeric column per item (every column other
      than ``survey_id``, ``partner_id``, ``date``).

    Parameters
    ----------
    trust_surveys : DataFrame

    Returns
    -------
    Series
        Indexed by ``partner_id`` (sorted), named ``trust_index``.

    Examples
    --------
    >>> import pandas as pd
    >>> wide = pd.DataFrame(
    ...     {"partner_id": ["S1", "S1", "S2"], "reliability": [5, 4, 2], "fairness": [3, 4, 1]}
    ... )
    >>> trust_index(wide)  # S1: mean 4 -> 75; S2: mean 1.5 -> 12.5
    partner_id
    S1    75.0
    S2    12.5
    Name: trust_index, dtype: float64
    """
    frame = check_frame(trust_surveys, name="trust_surveys", columns=["partner_id"])
    if "score" in frame.columns:
        items = ["score"]
    else:
        items = [c for c in frame.columns if c not in _NOT_ITEMS and pd.api.types.is_numeric_dtype(frame[c])]
        if not items:
            raise RelkitValueError("err.no_trust_items", present=", ".join(map(repr, frame.columns)))
    check_filled(frame, ["partner_id"], name="trust_surveys")
    check_numeric(frame, items, name="trust_surveys")
    values = frame[items]
    bad = values.notna() & ((values < 1) | (values > 5))
    if bad.to_numpy().any():
        column = bad.any().idxmax()
        raise RelkitValueError(
            "err.score_out_of_scale",
            name="trust_surveys",
            column=repr(column),
            value=repr(frame.loc[bad[column], column].iloc[0]),
            low=1,
            high=5,
        )
    long = frame[["partner_id", *items]].melt(id_vars="partner_id", value_vars=items)
    mean = long.groupby("partner_id")["value"].mean()
    return (100.0 * (mean - 1.0) / 4.0).rename("trust_index").rename_axis("partner_id").sort_index()
