"""Relationship health: one 0-100 number per partner from delivery or payments, trust, renewals, disputes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ..errors import RelkitTypeError, RelkitValueError
from ..signatures import learner_call
from ..validation import (
    check_date_order,
    check_filled,
    check_frame,
    check_id_column,
    check_numeric,
    check_unique_key,
    parse_date_columns,
)
from ._weights import check_weights, weighted_mix
from .contracts import contract_outcomes
from .scorecard import scorecard
from .trust import trust_index

__all__ = ["HEALTH_WEIGHTS", "paid_on_time", "relationship_health"]

HEALTH_WEIGHTS: Mapping[str, float] = {
    "scorecard": 0.4,
    "payments": 0.4,
    "trust": 0.3,
    "renewal": 0.2,
    "disputes": 0.1,
}
"""Default weights of the health components (normalised to sum to 1 when used). ``scorecard`` rates a
partner who supplies the shop, ``payments`` one who buys from it: a partner has one or the other."""

_DISPUTES_ZERO = 0.2  # as in the scorecard: one dispute in every 5 purchase orders or invoices scores 0
_HALF_PAISA = 0.005


_TABLES = ("partners", "purchase_orders", "invoices", "payments", "disputes", "contracts", "trust_surveys")


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


def _empty(table: object) -> bool:
    return isinstance(table, pd.DataFrame) and table.empty


def paid_on_time(
    invoices: pd.DataFrame, payments: pd.DataFrame, credit_notes: pd.DataFrame | None = None
) -> pd.Series:
    """Return, per invoice due by the last day the tables know, whether it was settled by its due date.

    An invoice is settled on time when the payments and credit notes dated on or before its
    ``due_date`` cover its ``total_inr`` (to the paisa). Invoices falling due after the last invoice,
    payment or credit-note date are left out: they cannot be late yet. Index ``invoice_id``, with the
    invoice's ``partner_id`` as the Series' ``attrs["partner_id"]``.
    """
    frame = check_frame(
        invoices,
        name="invoices",
        columns=["invoice_id", "partner_id", "invoice_date", "due_date", "total_inr"],
    )
    check_unique_key(frame, "invoice_id", name="invoices")
    check_id_column(frame, "partner_id", name="invoices")
    frame = parse_date_columns(frame, ["invoice_date", "due_date"], name="invoices")
    check_filled(frame, ["invoice_id", "partner_id", "due_date", "total_inr"], name="invoices")
    check_numeric(frame, ["total_inr"], name="invoices")
    check_date_order(frame, "invoice_date", "due_date", name="invoices")
    paid = check_frame(
        payments, name="payments", columns=["invoice_id", "paid_date", "amount_inr"], allow_empty=True
    )
    check_unique_key(paid, "payment_id", name="payments")
    events = [parse_date_columns(paid, ["paid_date"], name="payments").rename(columns={"paid_date": "day"})]
    if credit_notes is not None:
        notes = check_frame(
            credit_notes, name="credit_notes", columns=["invoice_id", "date", "amount_inr"], allow_empty=True
        )
        check_unique_key(notes, "credit_note_id", name="credit_notes")
        events.append(
            parse_date_columns(notes, ["date"], name="credit_notes").rename(columns={"date": "day"})
        )
    for event, name in zip(events, ("payments", "credit_notes"), strict=False):
        check_numeric(event, ["amount_inr"], name=name)
        check_filled(event, ["invoice_id", "day"], name=name)
    settled = pd.concat([event[["invoice_id", "day", "amount_inr"]] for event in events], ignore_index=True)
    last_day = max([frame["invoice_date"].max(), *(event["day"].max() for event in events if len(event))])
    due = frame.set_index("invoice_id")
    settled = settled[settled["invoice_id"].isin(due.index)]
    in_time = settled["day"] <= settled["invoice_id"].map(due["due_date"])
    covered = settled["amount_inr"].where(in_time, 0.0).groupby(settled["invoice_id"]).sum()
    covered = covered.reindex(due.index, fill_value=0.0)
    counted = due["due_date"] <= last_day
    on_time = (covered >= due["total_inr"] - _HALF_PAISA)[counted].rename("paid_on_time")
    on_time.attrs["partner_id"] = due.loc[counted, "partner_id"]
    return on_time


@learner_call
def relationship_health(
    world: object = None,
    *,
    partners: pd.DataFrame | None = None,
    purchase_orders: pd.DataFrame | None = None,
    invoices: pd.DataFrame | None = None,
    payments: pd.DataFrame | None = None,
    credit_notes: pd.DataFrame | None = None,
    disputes: pd.DataFrame | None = None,
    contracts: pd.DataFrame | None = None,
    trust_surveys: pd.DataFrame | None = None,
    weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Combine what is known about each partner into one health score, 0-100.

    ``health = sum(w_k * c_k) / sum(w_k)`` over the components a partner has, each on a 0-100 scale:

    - ``scorecard`` (partners who supply the shop: suppliers and packaging vendors): the delivery score
      of :func:`scorecard` on their purchase orders, *without* its dispute part,
    - ``payments`` (partners who buy from the shop on credit: distributors and resellers): 100 * share
      of their invoices due so far that were paid (or credited) in full by the due date,
    - ``trust``: the :func:`trust_index`,
    - ``renewal``: 100 * renewed / decided contracts of the partner (undecided ones left out),
    - ``disputes``: ``100 * (1 - min(disputes / (purchase orders + invoices) / 0.2, 1))``.

    Default weights: scorecard 0.4, payments 0.4, trust 0.3, renewal 0.2, disputes 0.1. A component
    whose table is not given, or that has no data for a partner, is left out and the other weights are
    rescaled; so a supplier's health and a reseller's are each measured on what the partner does.

    Parameters
    ----------
    world : object, optional
        Anything with the tables as attributes (a :func:`relkit.simulate` world), or a dict of tables
        such as ``world.tables``; tables passed by keyword take precedence.
    partners : DataFrame, optional
        When given (columns ``partner_id``, ``partner_type``), every partner gets a row, and the result
        has its ``partner_type``.
    purchase_orders : DataFrame
        The buy side, as :func:`scorecard` reads it.
    invoices, payments : DataFrame
        The sell side: invoices (``invoice_id``, ``partner_id``, ``invoice_date``, ``due_date``,
        ``total_inr``) and the payments against them (``invoice_id``, ``paid_date``, ``amount_inr``).
        At least one side is needed; invoices need their payments.
    credit_notes : DataFrame, optional
        Credit notes (``invoice_id``, ``date``, ``amount_inr``) count towards settling an invoice.
    disputes, contracts, trust_surveys : DataFrame, optional
    weights : dict, optional
        Some or all of ``scorecard``, ``payments``, ``trust``, ``renewal``, ``disputes``, each at least 0.

    Returns
    -------
    DataFrame
        Index ``partner_id``; ``partner_type`` (with `partners`), the components available
        (``scorecard``, ``payments``, ``trust``, ``renewal``, ``disputes``) and ``health``.

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
    >>> # S2 was late: on time and OTIF score 0, quality 1, so delivery 100 * 0.25 / 0.9 = 27.78;
    >>> # trust (3 - 1) / 4 = 50; health = (0.4 * 27.78 + 0.3 * 50) / 0.7 = 37.30
    >>> relationship_health(purchase_orders=pos, trust_surveys=surveys)["health"].round(1).tolist()
    [100.0, 37.3]
    >>> invoices = pd.DataFrame({
    ...     "invoice_id": [1, 2], "partner_id": ["R1", "R1"], "invoice_date": ["2024-01-01", "2024-02-01"],
    ...     "due_date": ["2024-01-31", "2024-03-02"], "total_inr": [1000.0, 500.0],
    ... })
    >>> paid = pd.DataFrame({"payment_id": [1, 2], "invoice_id": [1, 2], "paid_date": ["2024-01-30",
    ...                      "2024-03-20"], "amount_inr": [1000.0, 500.0]})
    >>> relationship_health(invoices=invoices, payments=paid)["payments"].tolist()  # 1 of 2 on time
    [50.0]
    """
    mix = check_weights(weights, HEALTH_WEIGHTS)
    orders = _table(world, purchase_orders, "purchase_orders")
    sold = _table(world, invoices, "invoices")
    if orders is None and sold is None:
        raise RelkitValueError("err.health_needs_orders")
    if world is not None and orders is not None and sold is not None:  # a small world may lack a side
        orders = None if _empty(orders) and not _empty(sold) else orders
        sold = None if _empty(sold) and orders is not None else sold
    parts = {}
    counts = []
    if orders is not None:
        card = scorecard(orders, weights={"disputes": 0.0})
        parts["scorecard"] = card["score"] / 100.0
        counts.append(card["purchase_orders"])
    if sold is not None:
        paid = _table(world, payments, "payments")
        if paid is None:
            raise RelkitValueError("err.health_needs_payments")
        on_time = paid_on_time(sold, paid, _table(world, credit_notes, "credit_notes"))
        parts["payments"] = on_time.astype(float).groupby(on_time.attrs["partner_id"]).mean()
        counts.append(check_frame(sold, name="invoices").groupby("partner_id").size())
    known = _table(world, partners, "partners")
    if known is not None:
        known = check_frame(known, name="partners", columns=["partner_id", "partner_type"])
        check_unique_key(known, "partner_id", name="partners")
        index = pd.Index(sorted(known["partner_id"]), name="partner_id")
    else:
        index = pd.Index(sorted(set().union(*(part.index for part in parts.values()))), name="partner_id")
    components = pd.DataFrame({name: part.reindex(index) for name, part in parts.items()}, index=index)
    transactions = sum(count.reindex(index, fill_value=0) for count in counts)
    surveys = _table(world, trust_surveys, "trust_surveys")
    if surveys is not None:
        components["trust"] = trust_index(surveys).reindex(index) / 100.0
    deals = _table(world, contracts, "contracts")
    if deals is not None:
        table = check_frame(deals, name="contracts", columns=["partner_id", "renewed"], allow_empty=True)
        check_unique_key(table, "contract_id", name="contracts")
        components["renewal"] = contract_outcomes(table).groupby(table["partner_id"]).mean().reindex(index)
    quarrels = _table(world, disputes, "disputes")
    if quarrels is not None:
        table = check_frame(quarrels, name="disputes", columns=["partner_id"], allow_empty=True)
        check_unique_key(table, "dispute_id", name="disputes")
        rate = table.groupby("partner_id").size().reindex(index, fill_value=0) / transactions.where(
            transactions > 0
        )
        components["disputes"] = 1 - (rate / _DISPUTES_ZERO).clip(upper=1.0)
    result = components * 100.0
    result["health"] = weighted_mix(components, mix)
    if known is not None:
        result.insert(0, "partner_type", known.set_index("partner_id")["partner_type"].reindex(index))
    return result
