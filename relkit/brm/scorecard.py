"""The partner scorecard: delivery, quality and disputes of each supplier, as rates and one score."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..signatures import learner_call
from ..validation import (
    check_date_order,
    check_filled,
    check_frame,
    check_id_column,
    check_nonnegative,
    check_not_more,
    check_numeric,
    check_unique_key,
    parse_date_columns,
)
from ._weights import check_weights, weighted_mix

__all__ = ["COMPONENTS", "DEFAULT_WEIGHTS", "GRADES", "grade_for", "scorecard", "scorecard_components"]

DEFAULT_WEIGHTS: Mapping[str, float] = {
    "on_time": 0.325,
    "otif": 0.325,
    "quality": 0.25,
    "consistency": 0.0,
    "disputes": 0.10,
}
"""Default weights of the scorecard components (normalised to sum to 1 when used)."""

GRADES: tuple[tuple[float, str], ...] = ((85.0, "A"), (70.0, "B"), (55.0, "C"), (0.0, "D"))
"""Grade cut-offs: a score of at least 85 is A, at least 70 B, at least 55 C, else D."""

_ON_TIME_FLOOR = 0.30  # on time 30 % of the time or less scores 0, 100 % scores 1, linear between
_OTIF_FLOOR = 0.40  # on time and in full 40 % of the time or less scores 0
_PPM_ZERO = 50_000.0  # 5 % defective scores 0 for quality
_DISPUTES_ZERO = 0.20  # one dispute in every 5 purchase orders scores 0


COMPONENTS: tuple[str, ...] = tuple(DEFAULT_WEIGHTS)
"""The five scorecard components, each 0-1: on_time, otif, quality, consistency, disputes."""


def grade_for(score: pd.Series) -> pd.Series:
    """Return the grade (A-D, see :data:`GRADES`) of each score; missing where the score is missing."""
    return _grade(score)


def _grade(score: pd.Series) -> pd.Series:
    grades = np.select([score >= cut for cut, _ in GRADES], [grade for _, grade in GRADES], default="")
    return pd.Series(grades, index=score.index).where(score.notna())


@learner_call
def scorecard(
    purchase_orders: pd.DataFrame,
    *,
    disputes: pd.DataFrame | None = None,
    weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Score each partner's deliveries: on time, in full, defect-free, steady, and without disputes.

    Rates, per partner (purchase orders not delivered yet are left out of every delivery rate):

    - ``on_time_rate`` = delivered POs with ``delivered_date <= promised_date`` / delivered POs,
    - ``otif_rate`` = delivered POs on time *and* with ``qty_delivered == qty_ordered`` / delivered POs,
    - ``defect_ppm`` = total ``defects`` / total ``units_inspected`` * 1,000,000,
    - ``lead_time_mean_days`` and ``lead_time_cv`` = mean and coefficient of variation (population
      standard deviation / mean) of ``delivered_date - po_date`` in days,
    - ``dispute_rate`` = disputes / purchase orders (all of them), only when `disputes` is given.

    The ``score`` (0-100) is ``100 * sum(w_k * c_k) / sum(w_k)`` over five components, each 0-1:
    ``on_time`` = ``max(on_time_rate - 0.3, 0) / 0.7`` (on time 30 % of the time or less scores 0),
    ``otif`` = ``max(otif_rate - 0.4, 0) / 0.6``, ``quality`` = ``1 - min(defect_ppm, 50000) / 50000``
    (5 % defective or worse scores 0), ``consistency`` = ``1 - min(lead_time_cv, 1)``, and ``disputes``
    = ``1 - min(dispute_rate / 0.2, 1)`` (one dispute per 5 POs or more scores 0). Default weights:
    on_time 0.325, otif 0.325, quality 0.25, consistency 0, disputes 0.10. Without `disputes`, or for a
    partner where a component has no data, that component is left out and the others' weights are
    rescaled. ``grade``: A for a score of at least 85, B at least 70, C at least 55, D below.

    Why these numbers. Delivery (on time and OTIF) carries about two thirds of the weight because a late
    or short delivery is what a buyer feels first; quality a quarter; disputes the rest. Each delivery
    rate is scored from a floor, not from 0: a partner late seven times in ten is already a failed
    partner, and scoring from 0 would give it 30 points for nothing and squeeze every real partner into
    the top third of the scale. Quality reaches 0 at 5 % defective: for goods bought in cartons, lots of
    0.1-0.5 % defective are good and a few per cent is where buyers start rejecting lots. Lead-time
    consistency is reported (``lead_time_cv``) but weighs 0 by default: the lead time is mostly how far
    ahead the buyer asked for delivery, not how steady the partner is; give it a weight to use it. The
    grade cut-offs 85/70/55 are kept. A partner on time 95 % of the time, on time and in full 90 %, 0.3 %
    defective and with one dispute in 50 orders scores about 88, an A; one late a quarter of the time
    (OTIF 65 %), 1.5 % defective, one dispute in 20 about 60, a C.

    Calibration. On the simulated worlds (default world and seeds 1-20, 525 graded suppliers and
    packaging vendors) the grades come out A 23 %, B 35 %, C 25 %, D 18 % (docs/calibration.md asks for
    A 10-25, B 30-45, C 20-35, D 5-20); every world has every grade. One world grades only about 25
    partners, so its own spread moves by several points either way.

    Parameters
    ----------
    purchase_orders : DataFrame
        Columns ``partner_id``, ``po_id``, ``po_date``, ``promised_date``, ``delivered_date`` (NaT when
        not delivered), ``qty_ordered``, ``qty_delivered``, ``units_inspected``, ``defects``.
    disputes : DataFrame, optional
        Columns ``partner_id`` (one row per dispute).
    weights : dict, optional
        Some or all of ``on_time``, ``otif``, ``quality``, ``consistency``, ``disputes``, each at least
        0; keys not given keep their default.

    Returns
    -------
    DataFrame
        Index ``partner_id`` (sorted); the rates above, ``purchase_orders``, ``delivered``, ``score``,
        ``grade``.

    Examples
    --------
    >>> import pandas as pd
    >>> pos = pd.DataFrame({
    ...     "po_id": [1, 2, 3],
    ...     "partner_id": ["S1", "S1", "S2"],
    ...     "po_date": ["2024-01-01", "2024-01-10", "2024-01-01"],
    ...     "promised_date": ["2024-01-08", "2024-01-17", "2024-01-05"],
    ...     "delivered_date": ["2024-01-07", "2024-01-19", "2024-01-05"],
    ...     "qty_ordered": [100, 100, 50],
    ...     "qty_delivered": [100, 100, 40],
    ...     "units_inspected": [100, 100, 40],
    ...     "defects": [0, 1, 0],
    ... })
    >>> card = scorecard(pos)
    >>> card[["on_time_rate", "otif_rate", "defect_ppm", "grade"]]  # doctest: +NORMALIZE_WHITESPACE
                on_time_rate  otif_rate  defect_ppm grade
    partner_id
    S1                   0.5        0.5      5000.0     D
    S2                   1.0        0.0         0.0     C
    """
    mix = check_weights(weights, DEFAULT_WEIGHTS)
    result, components = _rates_and_components(purchase_orders, disputes)
    result["score"] = weighted_mix(components, mix)
    result["grade"] = _grade(result["score"])
    return result


def _rates_and_components(purchase_orders: pd.DataFrame, disputes: pd.DataFrame | None):
    """Return the per-partner rates table and the 0-1 components (see :func:`scorecard`)."""
    dates = ["po_date", "promised_date", "delivered_date"]
    counts = ["qty_ordered", "qty_delivered", "units_inspected", "defects"]
    columns = ["partner_id", "po_id", *dates, *counts]
    frame = check_frame(purchase_orders, name="purchase_orders", columns=columns)
    check_unique_key(frame, "po_id", name="purchase_orders")
    check_id_column(frame, "partner_id", name="purchase_orders")
    frame = parse_date_columns(frame[columns], dates, name="purchase_orders")
    check_filled(frame, ["partner_id", "po_date", "promised_date"], name="purchase_orders")
    check_date_order(frame, "po_date", "promised_date", name="purchase_orders")
    check_date_order(frame, "po_date", "delivered_date", name="purchase_orders")
    check_numeric(frame, counts, name="purchase_orders")
    check_nonnegative(frame, counts, name="purchase_orders")
    check_not_more(frame, "defects", "units_inspected", name="purchase_orders")
    delivered = frame[frame["delivered_date"].notna()].copy()
    delivered["on_time"] = delivered["delivered_date"] <= delivered["promised_date"]
    delivered["otif"] = delivered["on_time"] & (delivered["qty_delivered"] == delivered["qty_ordered"])
    delivered["lead_days"] = (delivered["delivered_date"] - delivered["po_date"]) / pd.Timedelta(days=1)
    group = delivered.groupby("partner_id")
    partners = pd.Index(sorted(frame["partner_id"].unique()), name="partner_id")
    lead_mean = group["lead_days"].mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        inspected = group["units_inspected"].sum()
        result = pd.DataFrame(
            {
                "purchase_orders": frame.groupby("partner_id").size(),
                "delivered": group.size(),
                "on_time_rate": group["on_time"].mean(),
                "otif_rate": group["otif"].mean(),
                "defect_ppm": (group["defects"].sum() / inspected.where(inspected > 0)) * 1e6,
                "lead_time_mean_days": lead_mean,
                "lead_time_cv": group["lead_days"].std(ddof=0) / lead_mean.where(lead_mean > 0),
            },
            index=partners,
        )
    result["delivered"] = result["delivered"].fillna(0).astype(int)
    components = pd.DataFrame(
        {
            "on_time": ((result["on_time_rate"] - _ON_TIME_FLOOR) / (1 - _ON_TIME_FLOOR)).clip(lower=0.0),
            "otif": ((result["otif_rate"] - _OTIF_FLOOR) / (1 - _OTIF_FLOOR)).clip(lower=0.0),
            "quality": 1 - result["defect_ppm"].clip(upper=_PPM_ZERO) / _PPM_ZERO,
            "consistency": 1 - result["lead_time_cv"].clip(upper=1.0),
        }
    )
    if disputes is not None:
        table = check_frame(disputes, name="disputes", columns=["partner_id"], allow_empty=True)
        check_unique_key(table, "dispute_id", name="disputes")
        per_partner = table.groupby("partner_id").size().reindex(partners, fill_value=0)
        result["dispute_rate"] = per_partner / result["purchase_orders"]
        components["disputes"] = 1 - (result["dispute_rate"] / _DISPUTES_ZERO).clip(upper=1.0)
    return result, components


@learner_call
def scorecard_components(
    purchase_orders: pd.DataFrame, *, disputes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Return each partner's five scorecard components, each 0-1, before they are weighted.

    The components are those :func:`scorecard` mixes (its docstring gives each formula); ``disputes``
    is present only when `disputes` is given. ``score = 100 * sum(w_k * c_k) / sum(w_k)`` over the
    components a partner has.

    Examples
    --------
    >>> import pandas as pd
    >>> pos = pd.DataFrame({
    ...     "po_id": [1, 2], "partner_id": ["S1", "S1"],
    ...     "po_date": ["2024-01-01", "2024-01-10"], "promised_date": ["2024-01-08", "2024-01-17"],
    ...     "delivered_date": ["2024-01-07", "2024-01-19"], "qty_ordered": [100, 100],
    ...     "qty_delivered": [100, 100], "units_inspected": [100, 100], "defects": [0, 1],
    ... })
    >>> scorecard_components(pos).round(3)  # doctest: +NORMALIZE_WHITESPACE
                on_time   otif  quality  consistency
    partner_id
    S1            0.286  0.167      0.9          0.8

    On time 1 of 2: (0.5 - 0.3) / 0.7 = 0.286; OTIF (0.5 - 0.4) / 0.6 = 0.167; 1 defect in 200 units is
    5,000 PPM: 1 - 5000 / 50000 = 0.9; lead times 6 and 9 days, CV 1.5 / 7.5 = 0.2: 1 - 0.2 = 0.8.
    """
    return _rates_and_components(purchase_orders, disputes)[1]
