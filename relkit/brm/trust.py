"""The trust index: what partners say in surveys about reliability, communication and fairness."""

from __future__ import annotations

import pandas as pd

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import (
    check_filled,
    check_frame,
    check_id_column,
    check_numeric,
    check_unique_key,
    show_value,
)

__all__ = ["trust_index"]

_NOT_ITEMS = frozenset({"survey_id", "partner_id", "date", "item"})


@learner_call
def trust_index(trust_surveys: pd.DataFrame) -> pd.Series:
    """Return each partner's trust index, 0-100: ``100 * (mean item score - 1) / 4``.

    Items are scored 1 (strongly disagree) to 5 (strongly agree); the mean of all a partner's item
    scores over all its surveys is rescaled so that 1 becomes 0 and 5 becomes 100.

    Two layouts are accepted:

    - long, as :func:`relkit.simulate` writes it: one row per survey and item, with the columns
      ``partner_id``, ``item`` and ``score``;
    - wide: one row per survey, ``partner_id`` and one numeric column per item (every column other
      than ``survey_id``, ``partner_id``, ``date``). A column of numbers stored as text (``"4"``) is
      refused rather than left out.

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
    check_id_column(frame, "partner_id", name="trust_surveys")
    if "score" in frame.columns:
        items = ["score"]
        check_unique_key(frame, ["survey_id", "item"], name="trust_surveys")
    else:
        check_unique_key(frame, "survey_id", name="trust_surveys")
        items = [c for c in frame.columns if c not in _NOT_ITEMS and pd.api.types.is_numeric_dtype(frame[c])]
        for column in frame.columns:  # an item stored as text ("4") would silently drop out
            if column not in _NOT_ITEMS and column not in items:
                numbers = pd.to_numeric(frame[column], errors="coerce")
                if numbers.notna().any():
                    check_numeric(frame, [column], name="trust_surveys")
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
            value=show_value(frame.loc[bad[column], column].iloc[0]),
            low=1,
            high=5,
        )
    long = frame[["partner_id", *items]].melt(id_vars="partner_id", value_vars=items)
    mean = long.groupby("partner_id")["value"].mean()
    return (100.0 * (mean - 1.0) / 4.0).rename("trust_index").rename_axis("partner_id").sort_index()
