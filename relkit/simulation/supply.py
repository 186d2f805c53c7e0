"""The supply side: purchase orders to suppliers and packaging vendors, their delivery, and their payment.

Drawn in two steps, so that who stays a partner can depend on how the orders went before their money
value is known:

1. :func:`purchase_orders` draws each order's date, delivery, shortfall, lot quality and the shop's
   payment, from the partner's hidden reliability and the shop's payment discipline toward it.
2. :func:`price_orders` gives the orders that remain (after contracts that were not renewed) their value
   and quantities: each month's purchases of a category are what the shop sells of it the month after,
   at cost, plus a little stock growth; packaging follows the parcels shipped.

Couriers get no purchase orders: they are measured on the parcels of the customer orders they carry.

Examples
--------
>>> import pandas as pd
>>> from relkit.simulation import b2b
>>> window = Window.from_start(pd.Timestamp("2023-01-01"), 12)
>>> firms = b2b.partners(np.random.default_rng(2), 12, window)
>>> plan = purchase_orders(np.random.default_rng(3), firms, window)
>>> bool((plan.promised > plan.day).all() and (plan.fill <= 1).all())
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

import numpy as np

from . import catalog
from . import params as facts
from .window import Window

__all__ = ["MSME_LIMIT_DAYS", "STOCK_GROWTH", "Plan", "month_index", "price_orders", "purchase_orders"]

MSME_LIMIT_DAYS = 45
"""MSMED Act 2006 s.15: a buyer pays a micro or small supplier within 45 days of accepting the goods."""
STOCK_GROWTH = facts.SUPPLY["stock_growth"]
"""The shop buys 5 % more than it sells: its stock grows with the business (a judgement)."""

_PO_RATE = dict(enumerate(facts.SUPPLY["po_per_month"]))  # a month, to a gold, silver, bronze supplier
_PACKAGING_RATE = facts.SUPPLY["packaging_po_per_month"]
_TIER_WEIGHT = np.array(facts.SUPPLY["tier_weight"])  # gold suppliers get three times a bronze one's share
_BOX_COST = (12.0, 25.0)  # a corrugated box with tape and fill, per parcel (INR), judgement
_GOODS = len(facts.ORDER_CATEGORIES)
_PACKAGING = facts.PARTNER_CATEGORIES.index("packaging")
_LOGISTICS = facts.PARTNER_CATEGORIES.index("logistics")
_NEVER = np.iinfo(np.int64).max


@dataclass(frozen=True)
class Plan:
    """Purchase orders before their value is known: one entry per order, in ``po_id`` order.

    ``owner`` is the 0-based row of the partner; days are day numbers; ``delivered`` is the delivery day
    (it may fall after the window); ``fill`` the share of the quantity delivered; ``lot_rate`` the
    defective share of the lot; ``due`` and ``paid`` the payment due and made days (``_NEVER`` when not
    paid); ``weight`` the order's share of its partner's purchases; ``po_map[old_id]`` the id after
    :meth:`keep` (0 when dropped).
    """

    owner: np.ndarray
    day: np.ndarray
    promised: np.ndarray
    delivered: np.ndarray
    fill: np.ndarray
    lot_rate: np.ndarray
    weight: np.ndarray
    due: np.ndarray
    paid: np.ndarray
    msme: np.ndarray
    po_id: np.ndarray
    po_map: np.ndarray

    def keep(self, mask: np.ndarray) -> Plan:
        """Return the plan of the orders where `mask` is True, renumbered from 1 in the same order."""
        mask = np.asarray(mask, dtype=bool)
        po_map = np.zeros(self.po_map.size, dtype=np.int64)
        kept_old = np.flatnonzero(self.po_map)  # old ids still present
        current = np.zeros(self.po_id.size + 1, dtype=np.int64)
        current[self.po_id[mask]] = np.arange(1, int(mask.sum()) + 1)
        po_map[kept_old] = current[self.po_map[kept_old]]
        arrays = {f.name: getattr(self, f.name)[mask] for f in fields(self) if f.name not in ("po_map",)}
        arrays["po_id"] = np.arange(1, int(mask.sum()) + 1, dtype=np.int64)
        return replace(self, **arrays, po_map=po_map)

    def late_payments(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (partner row, due day) of the orders the shop paid after the due date (or not yet)."""
        late = (self.due >= 0) & (self.paid > self.due)
        return self.owner[late], self.due[late]


def purchase_orders(rng: np.random.Generator, firms: Mapping[str, np.ndarray], window: Window) -> Plan:
    """Draw the purchase orders of every supplier and packaging vendor over the window.

    * A supplier gets ``Poisson(rate x months)`` orders on random days, rate 10, 9 or 8 a month for a
      gold, silver or bronze one (a packaging vendor 8): about twice a week, as a shop that keeps little
      stock reorders, and enough deliveries for a scorecard to tell partners apart. Delivery is promised
      7-21 days after the order (packaging 3-10).
    * With reliability ``rho``: late with chance ``0.8 (1 - rho)``, by ``1 + Geometric(0.3)`` days
      (else 0-2 days early, never before the day after the order); short with chance ``0.5 (1 - rho)``
      (70-98 % delivered); the lot's defective share is ``(0.002 + 0.05 (1 - rho)^2)`` times a
      log-normal factor of mean 1 (sigma 0.4), so about 0.6 % on average, more for poor partners.
    * The shop pays ``due = delivery + terms_days`` on time (0-5 days early), or late with chance
      ``0.5 (1 - _discipline)`` (times 0.6 for a micro or small supplier, whom the accounts team pays
      first because of Income-tax Act s.43B(h)), by ``1 + Geometric(1/12)`` days; a late payment to a
      micro or small supplier is always past the 45-day limit of MSMED Act s.15. Orders delivered after
      the window have no due date; payments after it are not made yet.
    """
    days = window.days
    kind = np.asarray(firms["partner_type"])
    category = np.asarray(firms["category"])
    goods = (kind == 0) & (category < _GOODS)
    packaging = (kind == 1) & (category == _PACKAGING)
    rate = np.where(goods, np.array([_PO_RATE[t] for t in range(3)])[firms["tier"]], 0.0)
    rate = np.where(packaging, _PACKAGING_RATE, rate)
    counts = rng.poisson(rate * days / 30.44)
    owner = np.repeat(np.arange(kind.size), counts)
    day = rng.integers(0, max(days, 1), owner.size)
    order = np.lexsort((owner, day))
    owner, day = owner[order], day[order]
    n = owner.size
    rho = np.asarray(firms["_reliability"])[owner]
    is_packaging = packaging[owner]
    lead = np.where(is_packaging, rng.integers(3, 11, n), rng.integers(7, 22, n))
    promised = day + lead
    late = rng.random(n) < 0.8 * (1 - rho)
    shift = np.where(late, 1 + rng.geometric(0.3, n), -rng.integers(0, 3, n))
    delivered = np.maximum(promised + shift, day + 1)
    short = rng.random(n) < 0.5 * (1 - rho)
    fill = np.where(short, rng.uniform(0.70, 0.98, n), 1.0)
    lot_rate = np.minimum((0.002 + 0.05 * (1 - rho) ** 2) * rng.lognormal(-0.08, 0.4, n), 0.5)
    weight = _TIER_WEIGHT[np.asarray(firms["tier"])[owner]] / np.maximum(rate[owner], 1e-9)
    weight = weight * rng.uniform(0.5, 1.5, n)

    msme = np.asarray(firms["msme"], dtype=bool)[owner]
    terms = np.asarray(firms["terms_days"])[owner]
    discipline = np.asarray(firms["_discipline"])[owner]
    due = delivered + terms
    pays_late = rng.random(n) < 0.5 * (1 - discipline) * np.where(msme, 0.6, 1.0)
    delay = 1 + rng.geometric(1 / 12, n)
    early = np.minimum(rng.integers(0, 6, n), terms)
    paid = np.where(pays_late, due + delay, np.maximum(due - early, delivered))
    paid = np.where(pays_late & msme, np.maximum(paid, delivered + MSME_LIMIT_DAYS + 1), paid)
    arrived = delivered < days
    due = np.where(arrived, due, -1)
    paid = np.where(arrived & (paid < days), paid, _NEVER)
    ids = np.arange(1, n + 1, dtype=np.int64)
    return Plan(
        owner=owner,
        day=day,
        promised=promised,
        delivered=delivered,
        fill=fill,
        lot_rate=lot_rate,
        weight=weight,
        due=due,
        paid=paid,
        msme=msme,
        po_id=ids,
        po_map=np.concatenate([[0], ids]),
    )


def month_index(days: np.ndarray, window: Window) -> np.ndarray:
    """Calendar month of each day number, counted from the window's first month (0)."""
    dates = window.start + np.asarray(days, dtype=np.int64).astype("timedelta64[D]")
    return (dates.astype("datetime64[M]") - window.start.astype("datetime64[M]")).astype(np.int64)


def _unit_cost() -> np.ndarray:
    """Return a typical piece's cost to the shop per category: mid price, less GST and the mid margin."""
    return np.array(
        [
            np.sqrt(row.price_inr[0] * row.price_inr[1]) * (1 - sum(row.margin) / 2) / 1.1
            for row in catalog.CATEGORIES.values()
        ]
    )


def price_orders(
    rng: np.random.Generator,
    plan: Plan,
    firms: Mapping[str, np.ndarray],
    window: Window,
    *,
    sales: Mapping[str, np.ndarray],
    selling: Mapping[str, Mapping[str, np.ndarray]],
) -> dict[str, np.ndarray]:
    """Give each planned purchase order its value and quantities; return the ``purchase_orders`` columns.

    **Goods.** The cost of goods sold of category ``c`` in month ``m`` is the ``cost_inr`` of the
    customer orders kept (outcome ``delivered``) plus ``unit_cost_inr x quantity_delivered`` of the sell
    side's lines, by order month. The purchase orders placed in month ``m`` buy for month ``m + 1`` (the
    last month for itself), times :data:`STOCK_GROWTH`; the month's amount is split over its orders of
    the category in proportion to their ``weight`` (so a gold supplier gets three times a bronze one's
    share). A month with no order of the category carries its amount to the next. So the window's
    purchase orders add up to about 1.0-1.1 times the cost of goods sold. Quantity is value over the
    supplier's unit cost (a typical piece of the category, 0.8-1.25 times).

    **Packaging.** The same, in boxes: one per customer order and one per sell-side order line
    dispatched, at the vendor's price of Rs 12-25 a box.

    Delivered quantity is ``floor(fill x ordered)``; 20 % of it is inspected (at least 80 pieces, or all
    of a smaller delivery), and each piece inspected is defective with the lot's defective share.
    """
    days = window.days
    months = int(month_index(np.array([max(days - 1, 0)]), window)[0]) + 1
    category = np.asarray(firms["category"])[plan.owner].astype(np.int64)
    slot = np.where(category == _PACKAGING, _GOODS, category)

    demand = np.zeros((_GOODS + 1, months))
    kept = np.asarray(sales["outcome"]) == facts.ORDER_OUTCOMES.index("delivered")
    sale_month = month_index(np.asarray(sales["day"]), window)
    demand[:_GOODS] += np.bincount(
        np.asarray(sales["category"], dtype=np.int64)[kept] * months + sale_month[kept],
        weights=np.asarray(sales["cost_inr"], dtype=float)[kept],
        minlength=_GOODS * months,
    ).reshape(_GOODS, months)
    demand[_GOODS] += np.bincount(sale_month, minlength=months)[:months]
    lines = selling["b2b_order_lines"]
    orders = selling["b2b_orders"]
    order_day = (orders["order_date"].astype("datetime64[D]") - window.start).astype(np.int64)
    line_month = (
        month_index(order_day[lines["order_id"] - 1], window) if lines["order_id"].size else np.zeros(0, int)
    )
    demand[:_GOODS] += np.bincount(
        lines["category"].astype(np.int64) * months + line_month,
        weights=lines["unit_cost_inr"] * lines["quantity_delivered"],
        minlength=_GOODS * months,
    ).reshape(_GOODS, months)
    demand[_GOODS] += np.bincount(line_month, weights=lines["quantity_delivered"] > 0, minlength=months)
    target = np.concatenate([demand[:, 1:], demand[:, -1:]], axis=1) * STOCK_GROWTH

    key = slot * months + month_index(plan.day, window)
    total_weight = np.bincount(key, weights=plan.weight, minlength=(_GOODS + 1) * months)
    total_weight = total_weight.reshape(_GOODS + 1, months)
    amount = np.zeros_like(target)
    for c in range(_GOODS + 1):
        carry = 0.0
        for m in range(months):
            carry += target[c, m]
            if total_weight[c, m] > 0:
                amount[c, m], carry = carry, 0.0
    flat_amount, flat_weight = amount.ravel(), total_weight.ravel()
    share = plan.weight / np.where(flat_weight[key] > 0, flat_weight[key], 1.0) * flat_amount[key]

    unit = _unit_cost()
    partner_factor = rng.uniform(0.8, 1.25, np.asarray(firms["partner_id"]).size)
    box_cost = rng.uniform(*_BOX_COST, np.asarray(firms["partner_id"]).size)
    is_box = slot == _GOODS
    piece_cost = np.where(
        is_box, box_cost[plan.owner], unit[np.minimum(category, _GOODS - 1)] * partner_factor[plan.owner]
    )
    ordered = np.where(is_box, np.round(share), np.round(share / piece_cost))
    ordered = np.maximum(ordered, 1).astype(np.int64)
    value = np.round(np.where(is_box, ordered * piece_cost, np.maximum(share, 0.01)), 2)
    arrived = plan.delivered < days
    got = np.where(plan.fill < 1, np.minimum(np.floor(ordered * plan.fill), ordered - 1), ordered)
    got = np.where(arrived, np.maximum(got, 0), 0).astype(np.int64)
    inspected = np.minimum(got, np.maximum(np.ceil(0.2 * got), 80)).astype(np.int64)
    defects = rng.binomial(inspected, plan.lot_rate)
    never = plan.paid == _NEVER
    return {
        "po_id": plan.po_id,
        "partner_id": np.asarray(firms["partner_id"])[plan.owner],
        "category": category.astype(np.int8),
        "po_date": window.dates(plan.day),
        "promised_date": window.dates(plan.promised),
        "delivered_date": window.dates_or_missing(np.where(arrived, plan.delivered, -1)),
        "qty_ordered": ordered,
        "qty_delivered": got,
        "units_inspected": inspected,
        "defects": defects.astype(np.int64),
        "value_inr": value,
        "due_date": window.dates_or_missing(plan.due),
        "paid_date": window.dates_or_missing(np.where(never, -1, plan.paid)),
    }
