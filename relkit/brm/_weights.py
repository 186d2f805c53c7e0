"""Weighted mixes of 0-1 components, shared by the partner scorecard and relationship health."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..errors import RelkitTypeError, RelkitValueError
from ..validation import check_number, show_value

__all__ = ["check_weights", "weighted_mix"]


def check_weights(
    weights: object, defaults: Mapping[str, float], *, name: str = "weights"
) -> dict[str, float]:
    """Return `weights` merged over `defaults`: known keys only, numbers at least 0, not all 0."""
    if weights is None:
        return dict(defaults)
    if not isinstance(weights, Mapping):
        raise RelkitTypeError("err.weights_not_dict", name=name, kind=type(weights).__name__)
    allowed = ", ".join(repr(key) for key in defaults)
    merged = dict(defaults)
    for key, value in weights.items():
        if key not in defaults:
            raise RelkitValueError("err.unknown_weight", name=name, key=show_value(key), allowed=allowed)
        number = check_number(value, name=f"{name}[{key!r}]")
        if number < 0:
            raise RelkitValueError(
                "err.negative_weight", name=name, key=show_value(key), value=show_value(value)
            )
        merged[key] = number
    if sum(merged.values()) == 0:
        raise RelkitValueError("err.zero_weights", name=name)
    return merged


def weighted_mix(components: pd.DataFrame, weights: Mapping[str, float]) -> pd.Series:
    """Return ``100 * sum(w_k * c_k) / sum(w_k)`` per row, summing only over the components present.

    A component that is NaN for a row (no data) drops out and the other weights are renormalised;
    a row with no component at all gets NaN.
    """
    keys = [key for key in weights if key in components.columns and weights[key] > 0]
    values = components[keys].to_numpy(dtype=float)
    w = np.array([weights[key] for key in keys], dtype=float)
    present = ~np.isnan(values)
    total = (np.where(present, values, 0.0) * w).sum(axis=1)
    weight = (present * w).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(weight > 0, 100.0 * total / weight, np.nan)
    return pd.Series(score, index=components.index)
