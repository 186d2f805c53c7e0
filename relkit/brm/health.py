"""Relationship health: one 0-100 number per partner from delivery, trust, renewals and disputes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ..errors import RelkitTypeError, RelkitValueError
from ..signatures import learner_call
from ..validation import check_frame, check_unique_key
from ._weights import check_weights, weighted_mix
from .contracts import contract_outcomes
from .scorecard import scorecard
from .trust import trust_index

__all__ = ["HEALTH_WEIGHTS", "relationship_health"]

HEALTH_WEIGHTS: Mapping[str, float] = {"scorecard": 0.4, "trust": 0.3, "renewal": 0.2, "disputes": 0.1}
"""Default weights of the health components (normalised to sum to 1 when used)."""

_DISPUTES_ZERO = 0.2  # as in the scorecard: one dispute in every 5 purchase orders scores 0


_TABLES = ("purchase_orders", "disputes", "contracts", "trust_surveys")


def _table(world: object, given: object, name: str) -> pd.DataFrame | None:
    if given is not None:
        return given
    if world is None:
        return None
    if isinstance(world, pd.DataFrame):  # one table where the whole world belongs
        raise RelkitTypeError("err.frame_not_world", name="world", tables=", ".join(map(repr, _TABLES)))
    if isinstance(world, Mapping):  # world.tables, or a dict of tables built by hand
        return world.get(name)
    return getattr(world, name, None)


@learner_call
def relationship_health(
    world: object = None,
    *,
    purchase_orders: pd.DataFrame | None = None,
    disputes: pd.DataFrame | None = None,
    contracts: pd.DataFrame | None = None,
    trust_surveys: pd.DataFrame | None = None,
    weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Combine what is known about each partner into one health score, 0-100.

    ``health = sum(w_k * c_k) / sum(w_k)`` over four components, each on a 0-100 scale:

    - ``scorecard``: the delivery score of :func:`scorecard` *without* its dispute part,
    - ``trust``: the :func:`trust_index`,
    - ``renewal``: 100 * renewed / decided contracts of the partner (undecided ones left out),
    - ``disputes``: ``100 * (1 - min(disputes per purchase order / 0.2, 1))``.

    Default weights: scorecard 0.4, trust 0.3, renewal 0.2, disputes 0.1. A component whose table is
    not given, or that has no data for a partner, is left out and the other weights are rescaled.

    Parameters
    ----------
    world : object, optional
        Anything with the tables as attributes (a :func:`relkit.simulate` world), or a dict of tables
        such as ``world.tables``; tables passed by keyword take precedence.
    purchase_orders : DataFrame
        Needed (from `world` or by keyword): it defines the partners.
    disputes, contracts, trust_surveys : DataFrame, optional
    weights : dict, optional
        Some or all of ``scorecard``, ``trust``, ``renewal``, ``disputes``, each at least 0.

    Returns
    -------
    DataFrame
        Index ``partner_id``; columns ``scorecard``, ``trust``, ``renewal``, ``disputes`` (those
        available) and ``health``.

    Examples
    --------
    >>> import pandas as pd
    >>> pos = pd.DataFrame({
    ...     "po_id": [1, 2], "partner_id": ["S1", "S2"],
    ...     "po_date": ["2024-01-01", "2024-01-01"], "promised_date": ["2024-01-10", "2024-01-10"],
    ...     "delivered_date": ["2024-01-09", "2024-01-12"],
    ...     "qty_ordered": [10, 10], "qty_delivered": [10, 10],
    ...     "units_inspected": [10, 10], "defects": [0, 0],
    ... })
    >>> surveys = pd.DataFrame({"partner_id": ["S1", "S2"], "item": [0, 0], "score": [5, 3]})
    >>> # S2 was late: delivery score 100 * (0.25 + 0.10) / 0.85 = 41.18 (quality and consistency only);
    >>> # trust (3 - 1) / 4 = 50; health = (0.4 * 41.18 + 0.3 * 50) / 0.7 = 44.96
    >>> relationship_health(purchase_orders=pos, trust_surveys=surveys)["health"].round(1).tolist()
    [100.0, 45.0]
    """
    mix = check_weights(weights, HEALTH_WEIGHTS)
    orders = _table(world, purchase_orders, "purchase_orders")
    if orders is None:
        raise RelkitValueError("err.health_needs_orders")
    delivery_weights = {"disputes": 0.0}
    card = scorecard(orders, weights=delivery_weights)
    partners = card.index
    components = pd.DataFrame({"scorecard": card["score"] / 100.0}, index=partners)
    surveys = _table(world, trust_surveys, "trust_surveys")
    if surveys is not None:
        components["trust"] = trust_index(surveys).reindex(partners) / 100.0
    deals = _table(world, contracts, "contracts")
    if deals is not None:
        table = check_frame(deals, name="contracts", columns=["partner_id", "renewed"], allow_empty=True)
        check_unique_key(table, "contract_id", name="contracts")
        components["renewal"] = contract_outcomes(table).groupby(table["partner_id"]).mean().reindex(partners)
    quarrels = _table(world, disputes, "disputes")
    if quarrels is not None:
        table = check_frame(quarrels, name="disputes", columns=["partner_id"], allow_empty=True)
        check_unique_key(table, "dispute_id", name="disputes")
        rate = table.groupby("partner_id").size().reindex(partners, fill_value=0) / card["purchase_orders"]
        components["disputes"] = 1 - (rate / _DISPUTES_ZERO).clip(upper=1.0)
    result = components * 100.0
    result["health"] = weighted_mix(components, mix)
    return result
