"""The BG/NBD model (Fader, Hardie & Lee 2005): who is still a customer, and how much will they buy.

SciPy is imported inside the functions, so ``import relkit`` stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import pandas as pd

from ..errors import MissingColumnError, RelkitValueError
from ..signatures import learner_call
from ..validation import check_fraction, check_frame, check_nonnegative, show_value
from ._orders import check_filled, check_numeric

__all__ = ["BGNBDModel", "fit_bgnbd"]

_COLUMNS = ("frequency", "recency", "T")


def _summary_arrays(summary: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if (
        isinstance(summary, pd.DataFrame)
        and "order_date" in summary.columns
        and not set(_COLUMNS) <= set(summary.columns)
    ):  # the orders themselves, one step too early
        raise MissingColumnError(
            "err.summary_from_orders", present=", ".join(repr(c) for c in summary.columns[:8])
        )
    frame = check_frame(summary, name="summary", columns=_COLUMNS)
    check_filled(frame, _COLUMNS, name="summary")
    check_numeric(frame, _COLUMNS, name="summary")
    check_nonnegative(frame, _COLUMNS, name="summary")
    x, t_x, t = (frame[column].to_numpy(dtype=float) for column in _COLUMNS)
    bad = (t_x > t) | ((x == 0) & (t_x != 0))
    if bad.any():
        row = frame.index[np.flatnonzero(bad)[0]]
        raise RelkitValueError("err.summary_inconsistent", row=show_value(row))
    return x, t_x, t


def _log_likelihood(
    r: float, alpha: float, a: float, b: float, x: np.ndarray, t_x: np.ndarray, t: np.ndarray
) -> np.ndarray:
    """Per-customer log-likelihood of BG/NBD (Fader, Hardie & Lee 2005, eq. 6)."""
    from scipy.special import betaln, gammaln

    repeat = x > 0
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + betaln(a, b + x) - betaln(a, b)
    still_alive = -(r + x) * np.log(alpha + t)
    # The "dropped out right after the last purchase" term exists only for x > 0; B(a+1, b+x-1) / B(a, b+x)
    # = a / (b+x-1), so it is written with logs and added with logaddexp (no overflow, no 0 * inf).
    with np.errstate(divide="ignore", invalid="ignore"):
        dropped = np.where(
            repeat,
            np.log(a) - np.log(np.where(repeat, b + x - 1, 1.0)) - (r + x) * np.log(alpha + t_x),
            -np.inf,
        )
    return common + np.logaddexp(still_alive, dropped)


@dataclass(frozen=True)
class BGNBDModel:
    """A fitted BG/NBD model. Build it with :func:`fit_bgnbd`.

    Attributes
    ----------
    params : Mapping[str, float]
        ``r``, ``alpha`` (purchase rate: gamma shape and scale), ``a``, ``b`` (drop-out: beta).
    log_likelihood : float
        Total log-likelihood of the data it was fitted on.
    n_customers : int
        How many customers it was fitted on.
    """

    params: MappingProxyType
    log_likelihood: float
    n_customers: int

    def _arrays(self, frequency, recency, T):  # noqa: N803 - T is the model's own name
        if isinstance(frequency, pd.DataFrame):
            return (*_summary_arrays(frequency), frequency.index)
        values = [np.asarray(value, dtype=float) for value in (frequency, recency, T)]
        frame = (
            pd.DataFrame(dict(zip(_COLUMNS, np.broadcast_arrays(*values), strict=True)))
            if values[0].ndim
            else None
        )
        if frame is None:
            frame = pd.DataFrame(
                {column: [float(value)] for column, value in zip(_COLUMNS, values, strict=True)}
            )
        return (*_summary_arrays(frame), None)

    def _wrap(self, values: np.ndarray, index, scalar: bool, name: str):
        if index is not None:
            return pd.Series(values, index=index, name=name)
        return float(values[0]) if scalar else values

    def p_alive(self, frequency, recency=None, T=None):  # noqa: N803
        """Return the probability that a customer is still active, given their history.

        ::

            P(alive | x, t_x, T) = 1 / (1 + [x > 0] * a / (b + x - 1)
                                            * ((alpha + T) / (alpha + t_x)) ** (r + x))

        A customer with no repeat purchase (``x = 0``) is alive for sure: BG/NBD customers can only drop
        out right after a purchase.

        Parameters
        ----------
        frequency : DataFrame or float or array-like
            A summary table (from :func:`customer_summary`), or the repeat purchases ``x``.
        recency, T : float or array-like, optional
            ``t_x`` and ``T`` when `frequency` is not a table.

        Returns
        -------
        Series, float or numpy.ndarray
            A Series indexed like the summary table, or numbers shaped like the inputs.
        """
        x, t_x, t, index = self._arrays(frequency, recency, T)
        p = self.params
        ratio = np.where(
            x > 0,
            p["a"]
            / np.where(x > 0, p["b"] + x - 1, 1.0)
            * np.exp((p["r"] + x) * (np.log(p["alpha"] + t) - np.log(p["alpha"] + t_x))),
            0.0,
        )
        return self._wrap(1.0 / (1.0 + ratio), index, np.ndim(frequency) == 0, "p_alive")

    def expected_purchases(self, horizon: float, frequency, recency=None, T=None):  # noqa: N803
        """Return each customer's expected number of purchases in the next `horizon` periods.

        Fader, Hardie & Lee (2005), eq. 10, with ``h = horizon``::

            E[Y(h) | x, t_x, T] = (a + b + x - 1) / (a - 1)
                                  * (1 - ((alpha + T) / (alpha + T + h)) ** (r + x)
                                         * 2F1(r + x, b + x; a + b + x - 1; h / (alpha + T + h)))
                                  * P(alive | x, t_x, T)

        Parameters
        ----------
        horizon : float
            Periods ahead, in the unit of the summary (days, weeks or months).
        frequency, recency, T
            As for :meth:`p_alive`.
        """
        from scipy.special import hyp2f1

        h = check_fraction(horizon, name="horizon", high=np.inf)
        x, t_x, t, index = self._arrays(frequency, recency, T)
        p = self.params
        r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
        hyper = hyp2f1(r + x, b + x, a + b + x - 1, h / (alpha + t + h))
        bracket = 1 - ((alpha + t) / (alpha + t + h)) ** (r + x) * hyper
        alive = self.p_alive(x, t_x, t)
        expected = (a + b + x - 1) / (a - 1) * bracket * alive
        return self._wrap(expected, index, np.ndim(frequency) == 0, "expected_purchases")


@learner_call
def fit_bgnbd(summary: pd.DataFrame, *, penalizer: float = 0.0) -> BGNBDModel:
    """Fit the BG/NBD model by maximum likelihood and return it.

    The model (Fader, Hardie & Lee 2005): while alive, a customer buys at a rate ``lambda`` (gamma
    distributed across customers with shape ``r`` and scale ``alpha``); after each purchase they drop
    out with probability ``p`` (beta distributed with ``a`` and ``b``). With ``x`` repeat purchases, the
    last at ``t_x``, watched for ``T`` periods, one customer's likelihood is::

        L = Γ(r+x) alpha^r / (Γ(r) (alpha+T)^(r+x)) * B(a, b+x) / B(a, b)
            + [x > 0] * Γ(r+x) alpha^r / (Γ(r) (alpha+t_x)^(r+x)) * B(a+1, b+x-1) / B(a, b)

    The sum of ``log L`` over customers is maximised over ``log r, log alpha, log a, log b`` (so all
    four stay positive) with ``scipy.optimize.minimize`` (Nelder-Mead, tight tolerances). `penalizer`
    adds ``penalizer * (r² + alpha² + a² + b²)`` to the loss, which helps on tiny data sets.

    Parameters
    ----------
    summary : DataFrame
        Columns ``frequency``, ``recency``, ``T`` (from :func:`customer_summary`).
    penalizer : float
        L2 penalty, at least 0.

    Returns
    -------
    BGNBDModel

    Raises
    ------
    RelkitValueError
        Bad summary values, no repeat purchases at all (the drop-out part cannot be learnt), or an
        optimisation that did not converge.

    Examples
    --------
    >>> import pandas as pd
    >>> summary = pd.DataFrame({
    ...     "frequency": [0, 1, 2, 0, 3, 1, 0, 5],
    ...     "recency": [0, 10, 20, 0, 30, 5, 0, 36],
    ...     "T": [40, 38, 39, 20, 40, 30, 35, 38],
    ... })
    >>> model = fit_bgnbd(summary, penalizer=0.01)
    >>> sorted(model.params)
    ['a', 'alpha', 'b', 'r']
    >>> model.p_alive(0, 0, 40)  # no repeat purchase yet: alive for sure
    1.0
    """
    from scipy.optimize import minimize

    x, t_x, t = _summary_arrays(summary)
    penalty = check_fraction(penalizer, name="penalizer", high=np.inf)
    if not (x > 0).any():
        raise RelkitValueError("err.no_repeat_purchases")
    scale = 10.0 / t.max() if t.max() > 0 else 1.0  # fit on a rescaled clock; alpha scales back exactly

    def loss(log_params: np.ndarray) -> float:
        r, alpha, a, b = np.exp(log_params)
        total = _log_likelihood(r, alpha, a, b, x, t_x * scale, t * scale).sum()
        return -total / len(x) + penalty * float(np.sum(np.exp(log_params) ** 2))

    result = minimize(
        loss,
        x0=np.zeros(4),
        method="Nelder-Mead",
        options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000, "maxfev": 40000},
    )
    if not result.success or not np.all(np.isfinite(result.x)):
        raise RelkitValueError("err.fit_failed", reason=str(result.message))
    r, alpha, a, b = np.exp(result.x)
    alpha /= scale
    log_likelihood = float(_log_likelihood(r, alpha, a, b, x, t_x, t).sum())
    params = MappingProxyType({"r": float(r), "alpha": float(alpha), "a": float(a), "b": float(b)})
    return BGNBDModel(params=params, log_likelihood=log_likelihood, n_customers=len(x))
