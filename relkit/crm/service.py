"""Service quality: response and resolution times, CSAT, SLA compliance, and the Net Promoter Score."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import (
    check_date_order,
    check_filled,
    check_fraction,
    check_frame,
    check_numeric,
    check_unique_key,
    parse_date_columns,
    show_value,
)

__all__ = ["nps", "service_levels"]


def _check_scale(values: pd.Series, *, name: str, column: str, low: int, high: int) -> None:
    bad = values.notna() & ((values < low) | (values > high) | (values != values.round()))
    if bad.any():
        raise RelkitValueError(
            "err.score_out_of_scale",
            name=name,
            column=repr(column),
            value=show_value(values[bad].iloc[0]),
            low=low,
            high=high,
        )


@learner_call
def service_levels(tickets: pd.DataFrame, *, sla_hours: float | None = None) -> pd.Series:
    """Summarise a support desk in one Series: speed, satisfaction and promises kept.

    - ``first_response_median_h``, ``first_response_p90_h``: median and 90th percentile of
      ``first_response_at - opened_at``, in hours (tickets still awaiting a response left out),
    - ``resolution_median_h``, ``resolution_p90_h``: the same for ``resolved_at - opened_at``
      (resolved tickets only),
    - ``csat``: share of rated tickets with ``csat >= 4`` on the 1-5 scale (unrated tickets left out),
    - ``sla_compliance``: share of resolved tickets resolved within the SLA, ``resolution time <=
      sla_hours``; the ticket's own ``sla_hours`` column is used unless `sla_hours` is given,
    - ``tickets``, ``open_tickets``: how many tickets, and how many are not resolved yet.

    A Series (rather than a one-row table) lets a lesson write ``levels["csat"]``. Shares are between
    0 and 1; a share with nothing to count (no rated ticket, say) is NaN.

    Parameters
    ----------
    tickets : DataFrame
        Columns ``opened_at``, ``first_response_at``, ``resolved_at``, ``csat``, and ``sla_hours``
        unless `sla_hours` is given.
    sla_hours : float, optional
        One resolution target for every ticket, in hours.

    Examples
    --------
    >>> import pandas as pd
    >>> tickets = pd.DataFrame({
    ...     "opened_at": ["2024-01-01 09:00", "2024-01-01 10:00", "2024-01-02 09:00"],
    ...     "first_response_at": ["2024-01-01 10:00", "2024-01-01 13:00", "2024-01-02 11:00"],
    ...     "resolved_at": ["2024-01-01 21:00", "2024-01-03 10:00", None],
    ...     "csat": [5, 2, None],
    ...     "sla_hours": [24, 24, 24],
    ... })
    >>> levels = service_levels(tickets)
    >>> levels[["first_response_median_h", "resolution_median_h", "csat", "sla_compliance"]]
    first_response_median_h     2.0
    resolution_median_h        30.0
    csat                        0.5
    sla_compliance              0.5
    dtype: float64
    """
    times = ["opened_at", "first_response_at", "resolved_at"]
    needed = [*times, "csat"] if sla_hours is not None else [*times, "csat", "sla_hours"]
    if sla_hours is None and isinstance(tickets, pd.DataFrame) and "sla_hours" not in tickets.columns:
        raise RelkitValueError("err.no_sla")
    frame = check_frame(tickets, name="tickets", columns=needed)
    check_unique_key(frame, "ticket_id", name="tickets")
    frame = parse_date_columns(frame[needed], times, name="tickets")
    check_filled(frame, ["opened_at"], name="tickets")
    check_date_order(frame, "opened_at", "first_response_at", name="tickets")
    check_date_order(frame, "opened_at", "resolved_at", name="tickets")
    check_numeric(frame, ["csat"], name="tickets")
    _check_scale(frame["csat"], name="tickets", column="csat", low=1, high=5)
    hour = pd.Timedelta(hours=1)
    response = ((frame["first_response_at"] - frame["opened_at"]) / hour).dropna()
    resolution = (frame["resolved_at"] - frame["opened_at"]) / hour
    if sla_hours is not None:
        target = pd.Series(check_fraction(sla_hours, name="sla_hours", high=np.inf), index=frame.index)
    else:
        check_numeric(frame, ["sla_hours"], name="tickets")
        target = frame["sla_hours"]
    resolved = resolution.notna()
    rated = frame["csat"].dropna()
    return pd.Series(
        {
            "first_response_median_h": response.median(),
            "first_response_p90_h": response.quantile(0.9),
            "resolution_median_h": resolution[resolved].median(),
            "resolution_p90_h": resolution[resolved].quantile(0.9),
            "csat": (rated >= 4).mean() if len(rated) else np.nan,
            "sla_compliance": (resolution[resolved] <= target[resolved]).mean() if resolved.any() else np.nan,
            "tickets": float(len(frame)),
            "open_tickets": float((~resolved).sum()),
        },
        dtype=float,
    )


@learner_call
def nps(responses: pd.DataFrame) -> float:
    """Return the Net Promoter Score: ``NPS = % promoters - % detractors``, between -100 and 100.

    Promoters answer 9 or 10 to "how likely are you to recommend us?" (0-10), detractors 0 to 6;
    passives (7-8) count in the total but on neither side.

    Parameters
    ----------
    responses : DataFrame
        Column ``score``, whole numbers 0-10.

    Examples
    --------
    >>> import pandas as pd
    >>> # 2 promoters, 1 passive, 1 detractor of 4: 100 * (2 - 1) / 4 = 25
    >>> nps(pd.DataFrame({"score": [10, 9, 7, 3]}))
    25.0
    """
    frame = check_frame(responses, name="responses", columns=["score"])
    check_unique_key(frame, "response_id", name="responses")
    check_filled(frame, ["score"], name="responses")
    check_numeric(frame, ["score"], name="responses")
    scores = frame["score"]
    _check_scale(scores, name="responses", column="score", low=0, high=10)
    return float(100.0 * ((scores >= 9).mean() - (scores <= 6).mean()))
