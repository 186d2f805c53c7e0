"""Contract renewals: how many partners chose to continue once a contract ran out."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import (
    check_date_order,
    check_frame,
    check_id_column,
    check_unique_key,
    parse_date,
    parse_date_columns,
    show_value,
)

__all__ = ["contract_outcomes", "renewal_rate"]


def contract_outcomes(contracts: pd.DataFrame) -> pd.Series:
    """Return ``renewed`` as 1.0 (renewed), 0.0 (not renewed) or NaN (undecided: -1 or empty).

    Raises an error naming the first value that is none of True, False, 1, 0, -1.
    """
    values = contracts["renewed"]
    outcome = values.map(lambda v: {1: 1.0, 0: 0.0, -1: np.nan}.get(v, -2.0) if pd.notna(v) else np.nan)
    unknown = outcome == -2.0
    if unknown.any():
        raise RelkitValueError(
            "err.bad_values_in_column",
            name="contracts",
            column="'renewed'",
            value=show_value(values[unknown].iloc[0]),
            allowed="True, False, 1, 0, -1",
        )
    return outcome.astype(float)


@learner_call
def renewal_rate(
    contracts: pd.DataFrame, *, partners: pd.DataFrame | None = None, as_of: object = None
) -> float | pd.DataFrame:
    """Return the share of decided contracts that were renewed: ``renewed / (renewed + not renewed)``.

    Only contracts whose outcome is known count. ``renewed`` is True/1 (renewed), False/0 (ended without
    renewal), or -1 or empty while still undecided (the contract is running): undecided contracts are
    left out, since they could not have been renewed yet. With `as_of`, only contracts whose
    ``end_date`` is on or before that day count.

    Parameters
    ----------
    contracts : DataFrame
        Columns ``contract_id``, ``partner_id``, ``end_date``, ``renewed``.
    partners : DataFrame, optional
        Columns ``partner_id``, ``partner_type``. When given, the rate is broken down by partner type.
    as_of : date-like, optional
        Count only contracts that ended by this day.

    Returns
    -------
    float or DataFrame
        The overall rate; with `partners`, a table indexed by ``partner_type`` with columns ``ended``,
        ``renewed`` and ``renewal_rate``.

    Raises
    ------
    RelkitValueError
        When no contract has a known outcome, or ``renewed`` holds something other than the values
        above.

    Examples
    --------
    >>> import pandas as pd
    >>> contracts = pd.DataFrame({
    ...     "contract_id": [1, 2, 3, 4],
    ...     "partner_id": ["S1", "S2", "D1", "D1"],
    ...     "end_date": ["2023-12-31", "2023-06-30", "2023-12-31", "2025-12-31"],
    ...     "renewed": [1, 0, 1, -1],
    ... })
    >>> round(renewal_rate(contracts), 4)  # 2 renewed of the 3 decided contracts
    0.6667
    """
    columns = ["contract_id", "partner_id", "end_date", "renewed"]
    frame = check_frame(contracts, name="contracts", columns=columns)
    check_unique_key(frame, "contract_id", name="contracts")
    check_id_column(frame, "partner_id", name="contracts")
    if "start_date" in frame.columns:
        dated = parse_date_columns(
            frame[["start_date", "end_date"]], ["start_date", "end_date"], name="contracts"
        )
        check_date_order(dated, "start_date", "end_date", name="contracts")
    frame = parse_date_columns(frame[columns], ["end_date"], name="contracts")
    outcome = contract_outcomes(frame)
    decided = outcome.notna()
    if as_of is not None:
        decided &= frame["end_date"] <= parse_date(as_of, name="as_of")
    if not decided.any():
        raise RelkitValueError("err.no_ended_contracts")
    renewed = outcome[decided] == 1
    if partners is None:
        return float(renewed.mean())
    table = check_frame(partners, name="partners", columns=["partner_id", "partner_type"])
    check_unique_key(table, "partner_id", name="partners")
    kind = frame.loc[decided, "partner_id"].map(table.set_index("partner_id")["partner_type"])
    grouped = renewed.groupby(kind.rename("partner_type"))
    return pd.DataFrame({"ended": grouped.size(), "renewed": grouped.sum(), "renewal_rate": grouped.mean()})
