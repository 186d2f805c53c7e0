"""Customer lifetime value with the simple margin-retention-discount formula."""

from __future__ import annotations

import numpy as np

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import check_fraction, check_number, check_rate, out_of_range

__all__ = ["clv_simple"]


def _check_array(values: np.ndarray, *, name: str, low: float, high: float, include_high: bool) -> None:
    if not np.isfinite(values).all():
        check_number(float(values[~np.isfinite(values)][0]), name=name)  # raises "must be finite"
    too_high = values > high if include_high else values >= high
    bad = (values < low) | too_high
    if bad.any():
        raise out_of_range(float(values[bad][0]), name=name, low=low, high=high, include_high=include_high)


@learner_call
def clv_simple(margin, retention, discount):
    """Return the lifetime value of a customer: ``CLV = m * r / (1 + d - r)``.

    ``m`` is the margin the customer brings per period (INR), ``r`` the chance they stay for another
    period, ``d`` the discount rate per period. The formula is the sum of the margins of all future
    periods, each weighed by the chance the customer is still there and discounted to today's money:
    ``m*r/(1+d) + m*r**2/(1+d)**2 + ...``.

    Parameters
    ----------
    margin : float or array-like
        Margin per period in INR, at least 0.
    retention : float or array-like
        Retention per period, in [0, 1): 0.8 means 80 % of customers stay each period.
    discount : float or array-like
        Discount rate per period, from 0 to 1: 0.1 means 10 %.

    Returns
    -------
    float or numpy.ndarray
        A float for plain numbers (fast: slider callbacks use it), an array when any argument is one.

    Raises
    ------
    RelkitValueError
        A negative margin or discount, a discount above 1 or a retention outside [0, 1) (a percentage
        such as 80 written as 80 instead of 0.8 is the usual cause), or arrays of different lengths.

    Examples
    --------
    >>> round(clv_simple(1000, 0.8, 0.1), 2)  # 1000 * 0.8 / (1 + 0.1 - 0.8) = 800 / 0.3
    2666.67
    >>> clv_simple(1000, [0.5, 0.8], 0.0).round(2).tolist()
    [1000.0, 4000.0]
    """
    scalars = (margin, retention, discount)
    if all(isinstance(value, int | float) and not isinstance(value, bool) for value in scalars):
        m = check_fraction(margin, name="margin", high=np.inf)
        r = check_fraction(retention, name="retention", include_high=False)
        d = check_rate(discount, name="discount")
        return m * r / (1.0 + d - r)
    arrays = {}
    for name, value, high, include_high in (
        ("margin", margin, np.inf, True),
        ("retention", retention, 1.0, False),
        ("discount", discount, 1.0, True),
    ):
        if isinstance(value, bool) or not np.issubdtype(np.asarray(value).dtype, np.number):
            check_number(value, name=name)  # raises the "must be a number" message
        arrays[name] = np.asarray(value, dtype=float)
        _check_array(arrays[name], name=name, low=0.0, high=high, include_high=include_high)
    try:
        m, r, d = np.broadcast_arrays(arrays["margin"], arrays["retention"], arrays["discount"])
    except ValueError:
        lengths = ", ".join(str(np.size(value)) for value in arrays.values())
        raise RelkitValueError(
            "err.lengths_differ", names="`margin`, `retention`, `discount`", lengths=lengths
        ) from None
    return m * r / (1.0 + d - r)
