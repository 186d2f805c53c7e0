"""Acquisition economics: what a customer costs to win, and how long until they pay it back."""

from __future__ import annotations

import math

import pandas as pd

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import (
    check_filled,
    check_fraction,
    check_frame,
    check_nonnegative,
    check_number,
    check_numeric,
    check_rate,
    check_unique_key,
    show_value,
)

__all__ = ["cac_by_channel", "ltv_cac", "payback_months"]


@learner_call
def cac_by_channel(customers: pd.DataFrame) -> pd.DataFrame:
    """Return the customer acquisition cost (CAC) of each channel and how many customers it brought.

    ``cac_inr`` = total ``acquisition_cost_inr`` of the channel's customers / number of those customers
    (the mean cost per customer).

    Parameters
    ----------
    customers : DataFrame
        Columns ``acquisition_channel`` and ``acquisition_cost_inr``.

    Returns
    -------
    DataFrame
        Index ``acquisition_channel`` (sorted by CAC, cheapest first); columns ``customers`` and
        ``cac_inr``.

    Examples
    --------
    >>> import pandas as pd
    >>> customers = pd.DataFrame({
    ...     "acquisition_channel": ["referral", "ads", "ads", "referral", "ads"],
    ...     "acquisition_cost_inr": [100.0, 600.0, 400.0, 300.0, 500.0],
    ... })
    >>> cac_by_channel(customers)  # doctest: +NORMALIZE_WHITESPACE
                         customers  cac_inr
    acquisition_channel
    referral                     2    200.0
    ads                          3    500.0
    """
    columns = ["acquisition_channel", "acquisition_cost_inr"]
    frame = check_frame(customers, name="customers", columns=columns)
    check_unique_key(frame, "customer_id", name="customers")
    check_filled(frame, columns, name="customers")
    check_numeric(frame, ["acquisition_cost_inr"], name="customers")
    check_nonnegative(frame, ["acquisition_cost_inr"], name="customers")
    grouped = frame.groupby("acquisition_channel")["acquisition_cost_inr"]
    result = pd.DataFrame({"customers": grouped.size(), "cac_inr": grouped.mean().astype(float)})
    return result.sort_values(["cac_inr", "customers"], ascending=[True, False], kind="stable")


def _positive(value: object, *, name: str) -> float:
    number = check_number(value, name=name)
    if number <= 0:
        raise RelkitValueError("err.not_positive", name=name, value=show_value(value))
    return number


@learner_call
def ltv_cac(ltv: float, cac: float) -> float:
    """Return ``LTV / CAC``: how many rupees of lifetime margin each rupee spent winning a customer brings.

    A ratio above about 3 is usually called healthy; below 1 the business loses money on every customer.

    Examples
    --------
    >>> ltv_cac(4500, 1500)
    3.0
    """
    value = check_fraction(ltv, name="ltv", high=math.inf)
    return value / _positive(cac, name="cac")


@learner_call
def payback_months(
    cac: float, monthly_margin: float, *, retention: float | None = None, discount: float = 0.0
) -> float:
    """Return the number of months until a customer's margin has paid back what winning them cost.

    The months are counted as :func:`relkit.clv_simple` counts them, so the two always agree: the
    expected margin of month ``k`` is ``m * q**k`` with ``q = r / (1 + d)`` (still there after ``k``
    months, in today's money). After ``n`` months the customer has brought ``m * q * (1 - q**n) / (1 - q)``;
    setting that equal to CAC gives::

        n = log(1 - cac * (1 - q) / (m * q)) / log(q)

    As ``n`` grows the sum approaches ``m * q / (1 - q)``, which is exactly the CLV ``m*r/(1+d-r)``. So the
    customer pays back (a finite answer) exactly when CLV is larger than CAC, that is when LTV:CAC > 1;
    otherwise the answer is ``inf``. Without `retention` the customer surely stays (``r = 1``); with no
    discount either, that is simply ``n = cac / m``. Months are treated as continuous: 4.3 means during
    the fifth month.

    Parameters
    ----------
    cac : float
        Acquisition cost per customer, INR, at least 0.
    monthly_margin : float
        Margin per customer per month, INR, at least 0.
    retention : float, optional
        Monthly retention in [0, 1]; the customer surely stays when omitted.
    discount : float
        Monthly discount rate, from 0 to 1 (0.01 is 1 %); 0 (no discounting) by default.

    Returns
    -------
    float
        Months (fractional), or ``math.inf`` when the margin never covers CAC.

    Examples
    --------
    >>> payback_months(1200, 300)  # 1200 / 300
    4.0
    >>> round(payback_months(1200, 300, retention=0.9), 3)  # log(1 - 1200*0.1/(300*0.9)) / log(0.9)
    5.579
    >>> payback_months(1200, 100, retention=0.9)  # CLV = 100 * 0.9 / 0.1 = 900 < 1200
    inf
    """
    cost = check_fraction(cac, name="cac", high=math.inf)
    margin = check_fraction(monthly_margin, name="monthly_margin", high=math.inf)
    r = 1.0 if retention is None else check_fraction(retention, name="retention")
    d = check_rate(discount, name="discount")
    if cost == 0:
        return 0.0
    q = r / (1.0 + d)
    if margin * q == 0:  # no margin, or gone before the first month's (also when the product underflows)
        return math.inf
    if q == 1:
        return cost / margin
    left = 1 - cost * (1 - q) / (margin * q)
    return math.log(left) / math.log(q) if left > 0 else math.inf
