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
    check_numeric,
    check_unique_key,
    parse_date,
    parse_date_columns,
    show_value,
)

__all__ = ["contract_outcomes", "ended_contracts", "renewal_rate"]


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


@learner_call
def ended_contracts(
    contracts: pd.DataFrame,
    *,
    disputes: pd.DataFrame | None = None,
    trust_surveys: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one row per contract whose outcome is known, with what happened while it ran.

    A contract counts when ``renewed`` is known (True/1 or False/0); running contracts (-1 or empty)
    are left out, as in :func:`renewal_rate`. For each contract:

    - ``renewed``: True or False;
    - ``disputes`` (with `disputes`): how many of the partner's disputes were opened from
      ``start_date`` to ``end_date``, both days included;
    - ``last_trust`` (with `trust_surveys`): the mean item score, 1-5, of the partner's last survey on
      or before ``end_date`` (NaN when the partner had no survey by then).

    ``ended["renewed"].mean()`` is then the renewal rate, and grouping by ``disputes`` or ``last_trust``
    compares the renewal rate of contracts with and without disputes, or with low and high trust.

    Parameters
    ----------
    contracts : DataFrame
        Columns ``contract_id``, ``partner_id``, ``start_date``, ``end_date``, ``renewed``.
    disputes : DataFrame, optional
        Columns ``partner_id``, ``opened_date`` (one row per dispute).
    trust_surveys : DataFrame, optional
        Long layout, one row per survey and item: ``survey_id``, ``partner_id``, ``date``, ``score``.

    Returns
    -------
    DataFrame
        ``contract_id``, ``partner_id``, ``start_date``, ``end_date``, ``renewed``, and ``disputes`` and
        ``last_trust`` when their tables are given; in the order of `contracts`.

    Raises
    ------
    RelkitValueError
        When no contract has a known outcome.

    Examples
    --------
    >>> import pandas as pd
    >>> contracts = pd.DataFrame({
    ...     "contract_id": [1, 2, 3],
    ...     "partner_id": [7, 7, 8],
    ...     "start_date": ["2023-01-01", "2024-01-01", "2023-03-01"],
    ...     "end_date": ["2024-01-01", "2025-01-01", "2024-03-01"],
    ...     "renewed": [True, None, False],
    ... })
    >>> disputes = pd.DataFrame({"partner_id": [8, 8, 7], "opened_date": ["2023-05-02", "2023-09-30", "2024-06-01"]})
    >>> surveys = pd.DataFrame({
    ...     "survey_id": [1, 1, 2, 2],
    ...     "partner_id": [7, 7, 8, 8],
    ...     "date": ["2023-10-01", "2023-10-01", "2024-02-01", "2024-02-01"],
    ...     "score": [4, 5, 2, 3],
    ... })
    >>> ended_contracts(contracts, disputes=disputes, trust_surveys=surveys)  # contract 2 is still running
       contract_id  partner_id start_date   end_date  renewed  disputes  last_trust
    0            1           7 2023-01-01 2024-01-01     True         0         4.5
    2            3           8 2023-03-01 2024-03-01    False         2         2.5
    """  # noqa: E501
    columns = ["contract_id", "partner_id", "start_date", "end_date", "renewed"]
    frame = check_frame(contracts, name="contracts", columns=columns)
    check_unique_key(frame, "contract_id", name="contracts")
    check_id_column(frame, "partner_id", name="contracts")
    frame = parse_date_columns(frame[columns], ["start_date", "end_date"], name="contracts")
    check_date_order(frame, "start_date", "end_date", name="contracts")
    outcome = contract_outcomes(frame)
    if not outcome.notna().any():
        raise RelkitValueError("err.no_ended_contracts")
    ended = frame[outcome.notna()].copy()
    ended["renewed"] = outcome[outcome.notna()] == 1
    if disputes is not None:
        table = check_frame(
            disputes, name="disputes", columns=["partner_id", "opened_date"], allow_empty=True
        )
        table = parse_date_columns(table[["partner_id", "opened_date"]], ["opened_date"], name="disputes")
        pairs = ended[["contract_id", "partner_id", "start_date", "end_date"]].merge(table, on="partner_id")
        inside = (pairs["opened_date"] >= pairs["start_date"]) & (pairs["opened_date"] <= pairs["end_date"])
        counts = pairs[inside].groupby("contract_id").size()
        ended["disputes"] = ended["contract_id"].map(counts).fillna(0).astype(int)
    if trust_surveys is not None:
        needed = ["survey_id", "partner_id", "date", "score"]
        table = check_frame(trust_surveys, name="trust_surveys", columns=needed)
        check_numeric(table, ["score"], name="trust_surveys")
        table = parse_date_columns(table[needed], ["date"], name="trust_surveys")
        means = table.groupby(["partner_id", "survey_id", "date"], as_index=False)["score"].mean()
        means = means.sort_values("date")
        order = ended[["contract_id", "partner_id", "end_date"]].sort_values("end_date")
        last = pd.merge_asof(
            order, means, left_on="end_date", right_on="date", by="partner_id", direction="backward"
        )
        ended["last_trust"] = ended["contract_id"].map(last.set_index("contract_id")["score"]).astype(float)
    return ended
