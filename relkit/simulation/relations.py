"""Disputes, trust surveys and contracts: how the partners' experience turns into trust and renewal.

The causal chain a lesson can find: **problems -> disputes -> lower trust -> fewer renewals**.

* Disputes come from causes: a share of the sell side's late, short, damaged and overpriced deliveries
  and of its invoices left unpaid long after the due date; a share of the buy side's late, short and
  defective purchase orders and of the shop's own late payments; and the couriers' months with too
  many late parcels (SLA penalties).
* Trust surveys, about every quarter while a relationship runs, score each of ``params.TRUST_ITEMS``
  1-5. They fall with the partner's disputes of the last 180 days and its late payments of the last 180
  days (the shop paying a supplier late; a buyer chased for an overdue invoice), and rise with the
  hidden rapport.
* At the end of each contract the renewal chance falls with the mean of the last survey before it.

Examples
--------
The renewal chance of a partner whose last survey averaged 4 and of one at 2.5:

>>> chance = [_sigmoid(RENEWAL["intercept"] + RENEWAL["trust"] * (m - RENEWAL["centre"])) for m in (4, 2.5)]
>>> [round(float(c), 2) for c in chance]
[0.87, 0.38]
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

import numpy as np

from . import params as facts
from .supply import MSME_LIMIT_DAYS, Plan, month_index
from .window import Window

__all__ = [
    "RENEWAL",
    "TRUST",
    "chased_invoices",
    "contract_values",
    "contracts_and_surveys",
    "courier_disputes",
    "dispute_table",
    "join_disputes",
    "keep_disputes",
    "purchase_order_disputes",
    "sell_side_disputes",
]

Columns = dict[str, np.ndarray]
LATE, SHORT, QUALITY, INVOICE, LATE_PAYMENT = range(len(facts.DISPUTE_CATEGORIES))

TRUST = facts.TRUST_MODEL
"""Trust item scores (``params.TRUST_MODEL``)."""
RENEWAL = facts.RENEWAL_MODEL
"""Renewal chance (``params.RENEWAL_MODEL``)."""
CHASE_DAYS = 30
"""The shop chases a buyer for an invoice 30 days overdue."""
_SLA_LATE_SHARE = facts.COURIER_SLA["late_share"]  # a courier promises 90 % of parcels on time a month
_SLA_PENALTY_INR = facts.COURIER_SLA["penalty_inr"]  # per late parcel in a month over the SLA
_RECENT_CAP = 3  # a fourth dispute in half a year hurts no more than the third
_FIELDS = ("owner", "po", "invoice", "opened", "resolve", "category", "amount", "share")


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _resolve_days(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.ceil(12 * rng.lognormal(0.0, 0.6, n)).astype(np.int64)


def _disputes(**columns) -> Columns:
    n = len(columns["opened"])
    out = {name: np.asarray(columns.get(name, np.zeros(n))) for name in _FIELDS}
    for name in ("owner", "po", "invoice", "opened", "resolve", "category"):
        out[name] = out[name].astype(np.int64)
    out["amount"] = out["amount"].astype(float)
    out["share"] = out["share"].astype(float)
    return out


def _rows(firms_ids: np.ndarray, partner_id: np.ndarray) -> np.ndarray:
    order = np.argsort(firms_ids, kind="stable")
    return order[np.searchsorted(firms_ids[order], partner_id)]


def _settled(selling: Mapping[str, Mapping[str, np.ndarray]], window: Window) -> np.ndarray:
    """Day each invoice was fully covered by payments and credit notes (``days`` when not by the end)."""
    invoices = selling["invoices"]
    m = invoices["invoice_id"].size
    events = [(selling["payments"], "paid_date"), (selling["credit_notes"], "date")]
    which = np.concatenate([table["invoice_id"] - 1 for table, _ in events]).astype(np.int64)
    when = np.concatenate(
        [(table[col].astype("datetime64[D]") - window.start).astype(np.int64) for table, col in events]
    )
    paise = np.concatenate([np.rint(table["amount_inr"] * 100) for table, _ in events]).astype(np.int64)
    order = np.lexsort((when, which))
    which, when, paise = which[order], when[order], paise[order]
    cum = np.cumsum(paise)
    starts = np.searchsorted(which, np.arange(m))
    before = np.concatenate([[0], cum])[starts]
    covered = cum - before[which]
    total = np.rint(invoices["total_inr"] * 100).astype(np.int64)
    done = covered >= total[which]
    settled = np.full(m, window.days, dtype=np.int64)
    np.minimum.at(settled, which[done], when[done])
    return settled


def chased_invoices(
    selling: Mapping[str, Mapping[str, np.ndarray]], window: Window, *, active: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (partner id, chase day, invoice id) of invoices still open :data:`CHASE_DAYS` past due."""
    invoices = selling["invoices"]
    due = (invoices["due_date"].astype("datetime64[D]") - window.start).astype(np.int64)
    chase = due + CHASE_DAYS
    settled = _settled(selling, window)
    order_active = np.asarray(active, dtype=bool)[invoices["order_id"] - 1]
    late = (settled > chase) & (chase < window.days) & order_active
    return invoices["partner_id"][late], chase[late], invoices["invoice_id"][late]


def sell_side_disputes(
    rng: np.random.Generator,
    selling: Mapping[str, Mapping[str, np.ndarray]],
    window: Window,
    *,
    active: np.ndarray,
) -> Columns:
    """Turn a share of the sell side's problems into disputes with the buyer.

    A late delivery is disputed with chance ``min(0.02 x days late, 0.2)`` (the buyer claims 2-6 % of the
    invoice), a short or damaged delivery with chance 0.2 and an overpriced invoice 0.3 (each for the
    credit due); an invoice still unpaid 30 days after its due date with chance 0.08 (the shop's
    ``late_payment`` dispute, for what is still owed). Opened 1-7 days after the delivery or on the
    chase day; only orders of a partner who had joined count (`active`, one flag per order).
    """
    causes = selling["dispute_causes"]
    n = causes["cause_id"].size
    chance = np.select(
        [causes["cause"] == LATE, causes["cause"] == INVOICE],
        [np.minimum(0.02 * causes["days_late"], 0.2), 0.3],
        0.2,
    )
    raised = (rng.random(n) < chance) & np.asarray(active, dtype=bool)[causes["order_id"] - 1]
    claim = rng.uniform(0.02, 0.06, n)
    opened = (causes["noticed_date"].astype("datetime64[D]") - window.start).astype(np.int64)
    opened = opened + rng.integers(1, 8, n)
    amount = np.where(causes["cause"] == LATE, causes["amount_inr"] * claim, causes["amount_inr"])
    resolve = _resolve_days(rng, n)

    partner, chase, invoice = chased_invoices(selling, window, active=active)
    k = chase.size
    chased = rng.random(k) < 0.08
    invoices, payments, notes = selling["invoices"], selling["payments"], selling["credit_notes"]
    m = invoices["invoice_id"].size
    owed = invoices["total_inr"].copy()
    for table, col in ((payments, "paid_date"), (notes, "date")):
        day = (table[col].astype("datetime64[D]") - window.start).astype(np.int64)
        due_chase = np.full(m, -1, dtype=np.int64)
        due_chase[invoice - 1] = chase
        counted = day <= due_chase[table["invoice_id"] - 1]
        owed -= np.bincount(table["invoice_id"] - 1, weights=table["amount_inr"] * counted, minlength=m)
    chase_resolve = _resolve_days(rng, k)
    ids = causes["partner_id"]
    return {
        "partner_id": np.concatenate([ids[raised], partner[chased]]).astype(np.int64),
        **_disputes(
            owner=np.zeros(int(raised.sum()) + int(chased.sum())),
            invoice=np.concatenate([causes["invoice_id"][raised], invoice[chased]]),
            opened=np.concatenate([opened[raised], chase[chased]]),
            resolve=np.concatenate([resolve[raised], chase_resolve[chased]]),
            category=np.concatenate([causes["cause"][raised], np.full(int(chased.sum()), LATE_PAYMENT)]),
            amount=np.round(np.concatenate([amount[raised], np.maximum(owed[invoice - 1][chased], 0)]), 2),
        ),
    }


def purchase_order_disputes(rng: np.random.Generator, plan: Plan, window: Window) -> Columns:
    """Disputes the shop and its suppliers raise over purchase orders.

    For a delivered order: late by 3 days or more, disputed with chance 0.15 (a late-delivery penalty of
    2-5 % of its value); short, 0.2 (the missing share); a lot at least 2 % defective, 0.4 (3-15 % of
    its value); an invoice mismatch, 1 % of orders (2-10 %). For the shop's late payments the supplier
    disputes: a micro or small supplier paid after the 45-day limit with chance 0.35, another supplier
    paid 15 days or more late 0.15 (the whole value). Amounts are shares of the value, known later.
    """
    n = plan.owner.size
    arrived = plan.delivered < window.days
    draws = rng.random((n, 5))
    shares = np.stack(
        [
            rng.uniform(0.02, 0.05, n),
            1 - plan.fill,
            rng.uniform(0.03, 0.15, n),
            rng.uniform(0.02, 0.10, n),
            np.ones(n),
        ],
        axis=1,
    )
    gap = rng.integers(2, 9, (n, 5))
    resolve = _resolve_days(rng, n * 5).reshape(n, 5)
    paid = np.where(plan.paid == np.iinfo(np.int64).max, window.days + 10_000, plan.paid)
    breach = plan.msme & (paid > plan.delivered + MSME_LIMIT_DAYS)
    overdue = ~plan.msme & (paid >= plan.due + 15)
    chance = np.stack(
        [
            np.where(plan.delivered - plan.promised >= 3, 0.04, 0.0),
            np.where(plan.fill < 1, 0.05, 0.0),
            np.where(plan.lot_rate >= 0.02, 0.12, 0.0),
            np.full(n, 0.003),
            np.where(breach, 0.15, np.where(overdue, 0.05, 0.0)),
        ],
        axis=1,
    )
    opened = np.stack(
        [
            plan.delivered + gap[:, 0],
            plan.delivered + gap[:, 1],
            plan.delivered + gap[:, 2],
            plan.delivered + 3 * gap[:, 3],
            np.where(plan.msme, plan.delivered + MSME_LIMIT_DAYS + gap[:, 4], plan.due + 15 + gap[:, 4]),
        ],
        axis=1,
    )
    raised = (draws < chance) & arrived[:, None]
    rows, category = np.nonzero(raised)
    return {
        "partner_id": np.zeros(rows.size, dtype=np.int64),
        **_disputes(
            owner=plan.owner[rows],
            po=plan.po_id[rows],
            opened=opened[rows, category],
            resolve=resolve[rows, category],
            category=category,
            share=shares[rows, category],
        ),
    }


def courier_disputes(
    rng: np.random.Generator,
    firms: Mapping[str, np.ndarray],
    sales: Mapping[str, np.ndarray],
    window: Window,
) -> Columns:
    """SLA disputes with couriers: a month in which more than 10 % of a courier's parcels were late.

    Such a month (of at least 20 parcels) is disputed with chance 0.5, in the first 10 days of the next
    month, for the SLA penalty: Rs 40 per late parcel. A courier's row in `firms` is ``sales["courier"]``.
    """
    count = np.asarray(firms["partner_id"]).size
    months = int(month_index(np.array([max(window.days - 1, 0)]), window)[0]) + 1
    courier = np.asarray(sales["courier"], dtype=np.int64)
    shipped = courier >= 0
    key = courier[shipped] * months + month_index(np.asarray(sales["day"])[shipped], window)
    parcels = np.bincount(key, minlength=count * months)
    late = np.bincount(key, weights=np.asarray(sales["late"], dtype=bool)[shipped], minlength=count * months)
    over = (parcels >= 20) & (late > _SLA_LATE_SHARE * parcels)
    raised = over & (rng.random(count * months) < 0.3)
    cells = np.flatnonzero(raised)
    owner, month = np.divmod(cells, months)
    first_day = (
        (window.start.astype("datetime64[M]") + (month + 1).astype("timedelta64[M]")).astype("datetime64[D]")
        - window.start
    ).astype(np.int64)
    opened = first_day + rng.integers(0, 10, cells.size)
    return {
        "partner_id": np.zeros(cells.size, dtype=np.int64),
        **_disputes(
            owner=owner,
            opened=opened,
            resolve=_resolve_days(rng, cells.size),
            category=np.full(cells.size, LATE),
            amount=np.round(late[cells] * _SLA_PENALTY_INR, 2),
        ),
    }


def join_disputes(parts: Sequence[Columns], firms: Mapping[str, np.ndarray]) -> Columns:
    """Concatenate dispute parts; ``owner`` becomes the partner's row (given by ``partner_id`` if not 0)."""
    out = {name: np.concatenate([part[name] for part in parts]) for name in ("partner_id", *_FIELDS)}
    named = out.pop("partner_id") > 0
    ids = np.asarray(firms["partner_id"])
    out["owner"][named] = _rows(ids, np.concatenate([part["partner_id"] for part in parts])[named])
    return out


def _late_payment_days(
    firms: Mapping[str, np.ndarray], late_payments: Sequence[tuple[np.ndarray, ...]]
) -> list[np.ndarray]:
    """Days of late-payment events per partner row: the shop's late payments and chased invoices."""
    ids = np.asarray(firms["partner_id"])
    owner_buy, due = late_payments[0]
    partner, chase, _ = late_payments[1]
    owner = np.concatenate([owner_buy, _rows(ids, partner)]).astype(np.int64)
    day = np.concatenate([due, chase]).astype(np.int64)
    order = np.lexsort((day, owner))
    owner, day = owner[order], day[order]
    bounds = np.searchsorted(owner, np.arange(ids.size + 1))
    return [day[bounds[i] : bounds[i + 1]] for i in range(ids.size)]


def _recent(events: np.ndarray, when: np.ndarray) -> np.ndarray:
    """How many of the (sorted) event days fall in the 180 days up to each day of `when`."""
    count = np.searchsorted(events, when, side="right") - np.searchsorted(events, when - 180, side="right")
    return np.minimum(count, _RECENT_CAP)


def contracts_and_surveys(
    rng: np.random.Generator,
    firms: Mapping[str, np.ndarray],
    window: Window,
    *,
    disputes: Columns,
    late_payments: Sequence[tuple[np.ndarray, ...]],
) -> dict[str, object]:
    """Draw contracts, trust surveys and renewals; return them and ``_until``, each partner's last day.

    * Contracts run 12 months (70 %) or 6, back to back. The first one listed is the one in force at the
      window start (it began up to a contract length before, never before ``since_date``) or, for a
      partner who joins during the window, begins on ``since_date``. Couriers sign three-year rate
      contracts and are always renewed: the customer orders they carry are drawn before this step.
    * Surveys every 91 days, the first 15-45 days after the later of the window start and the first
      contract's start, while the relationship lasts; each item scored as :data:`TRUST` says.
    * At each contract end inside the window, in date order over all partners, the contract is renewed
      with chance ``sigmoid(1.2 + 1.6 (m - 3.5))`` for the mean ``m`` of the partner's last survey before
      the end (:data:`RENEWAL`; with no survey yet, its expected score from rapport alone). A contract
      not renewed ends the relationship on its end date, except that the shop keeps the last supplier
      of a category (or its last packaging vendor): it cannot stop selling the category. ``renewed`` is
      -1 for a contract still running at the window end.
    """
    days = window.days
    count = np.asarray(firms["partner_id"]).size
    kind = np.asarray(firms["partner_type"])
    category = np.asarray(firms["category"])
    since = np.asarray(firms["_since_day"])
    rapport = np.asarray(firms["_rapport"])
    courier = (kind == 1) & (category == facts.PARTNER_CATEGORIES.index("logistics"))
    ids = np.asarray(firms["partner_id"])
    owner = disputes["owner"]
    dispute_days = [np.sort(disputes["opened"][owner == i]) for i in range(count)]
    late_days = _late_payment_days(firms, late_payments)
    items = len(facts.TRUST_ITEMS)
    d_weight, l_weight = np.array(TRUST["disputes"]), np.array(TRUST["late_payments"])

    chains, surveys = [], []
    for i in range(count):
        k = days // 182 + 3
        lengths = np.where(courier[i], 1095, np.where(rng.random(k) < 0.85, 365, 182))
        start = int(since[i]) if since[i] >= 0 else max(int(since[i]), -int(rng.integers(0, lengths[0])))
        uniforms, noise = rng.random(k), rng.uniform(0.9, 1.1, k)
        first = max(start, 0) + int(rng.integers(15, 46))
        survey_day = np.arange(first, days, 91)
        eps = rng.normal(0.0, TRUST["noise"], (survey_day.size, items))
        raw = (
            TRUST["base"]
            + TRUST["rapport"] * rapport[i]
            - _recent(dispute_days[i], survey_day)[:, None] * d_weight
            - _recent(late_days[i], survey_day)[:, None] * l_weight
            + eps
        )
        scores = np.clip(np.round(raw), 1, 5).astype(np.int64)
        chains.append((start, lengths, uniforms, noise))
        surveys.append((survey_day, scores))

    # renewal decisions in date order, so "the last supplier of a category" is known at each one
    until = np.full(count, days, dtype=np.int64)
    buy_category = np.where(courier | (kind >= 2), -1, category)
    active = {int(c): int((buy_category == c).sum()) for c in np.unique(buy_category) if c >= 0}
    rows: dict[str, list] = {key: [] for key in ("owner", "start", "end", "renewed", "noise")}
    heap = [(chains[i][0] + int(chains[i][1][0]), i, 0, chains[i][0]) for i in range(count)]
    heapq.heapify(heap)
    while heap:
        end, i, k, start = heapq.heappop(heap)
        _, lengths, uniforms, noise = chains[i]
        renewed = -1
        if end < days:
            survey_day, scores = surveys[i]
            last = np.searchsorted(survey_day, end) - 1
            mean = scores[last].mean() if last >= 0 else TRUST["base"] + TRUST["rapport"] * rapport[i]
            chance = _sigmoid(RENEWAL["intercept"] + RENEWAL["trust"] * (mean - RENEWAL["centre"]))
            renewed = int(uniforms[k] < chance)
            if courier[i] or (not renewed and active.get(int(buy_category[i]), 0) == 1):
                renewed = 1
        for key, value in zip(rows, (i, start, end, renewed, noise[k]), strict=True):
            rows[key].append(value)
        if renewed == 1 and k + 1 < lengths.size:
            heapq.heappush(heap, (end + int(lengths[k + 1]), i, k + 1, end))
        elif renewed == 0:
            until[i] = end
            if buy_category[i] >= 0:
                active[int(buy_category[i])] -= 1

    order = np.lexsort((np.array(rows["start"]), np.array(rows["owner"])))
    contract = {key: np.asarray(value)[order] for key, value in rows.items()}
    s_owner = np.concatenate([np.full(s[0].size, i) for i, s in enumerate(surveys)] or [np.zeros(0, int)])
    s_day = np.concatenate([s[0] for s in surveys] or [np.zeros(0, int)]).astype(np.int64)
    s_score = np.concatenate([s[1] for s in surveys] or [np.zeros((0, items), int)])
    keep = s_day < until[s_owner.astype(np.int64)]
    s_owner, s_day, s_score = s_owner[keep].astype(np.int64), s_day[keep], s_score[keep]
    s_order = np.lexsort((s_owner, s_day))
    survey_count = s_order.size
    return {
        "contracts": {
            "contract_id": np.arange(1, contract["owner"].size + 1, dtype=np.int64),
            "partner_id": ids[contract["owner"].astype(np.int64)] if contract["owner"].size else ids[:0],
            "start_date": window.dates(contract["start"]),
            "end_date": window.dates(contract["end"]),
            "renewed": contract["renewed"].astype(np.int8),
            "_owner": contract["owner"].astype(np.int64),
            "_start": contract["start"].astype(np.int64),
            "_end": contract["end"].astype(np.int64),
            "_noise": contract["noise"].astype(float),
        },
        "trust_surveys": {
            "survey_id": np.repeat(np.arange(1, survey_count + 1, dtype=np.int64), items),
            "partner_id": np.repeat(ids[s_owner[s_order]], items),
            "date": np.repeat(window.dates(s_day[s_order]), items),
            "item": np.tile(np.arange(items, dtype=np.int8), survey_count),
            "score": s_score[s_order].ravel().astype(np.int64),
        },
        "_until": until,
    }


def keep_disputes(disputes: Columns, *, invoice_map: np.ndarray, po_map: np.ndarray) -> Columns:
    """Drop the disputes of documents that never happened (orders of a partner after it left)."""
    keep = np.ones(disputes["opened"].size, dtype=bool)
    has_invoice, has_po = disputes["invoice"] > 0, disputes["po"] > 0
    keep[has_invoice] = invoice_map[disputes["invoice"][has_invoice]] > 0
    keep[has_po] = po_map[disputes["po"][has_po]] > 0
    out = {name: column[keep] for name, column in disputes.items()}
    out["invoice"] = np.where(out["invoice"] > 0, invoice_map[out["invoice"]], 0)
    out["po"] = np.where(out["po"] > 0, po_map[out["po"]], 0)
    return out


def dispute_table(
    disputes: Columns, firms: Mapping[str, np.ndarray], window: Window, *, po_value: np.ndarray
) -> Columns:
    """Return the ``disputes`` table: those opened inside the window, in date order, amounts in rupees."""
    inside = disputes["opened"] < window.days
    d = {name: column[inside] for name, column in disputes.items()}
    value = np.concatenate([[0.0], po_value])[d["po"]]
    amount = np.where(d["po"] > 0, np.round(d["share"] * value, 2), d["amount"])
    order = np.lexsort((d["owner"], d["opened"]))
    resolved = d["opened"] + d["resolve"]
    resolved_date = window.dates(np.minimum(resolved, window.days))
    resolved_date[resolved >= window.days] = np.datetime64("NaT")
    return {
        "dispute_id": np.arange(1, order.size + 1, dtype=np.int64),
        "partner_id": np.asarray(firms["partner_id"])[d["owner"][order]],
        "po_id": d["po"][order],
        "invoice_id": d["invoice"][order],
        "opened_date": window.dates(d["opened"][order]),
        "resolved_date": resolved_date[order],
        "category": d["category"][order].astype(np.int8),
        "amount_inr": np.maximum(amount[order], 0.01),
    }


def contract_values(
    contracts: Columns,
    firms: Mapping[str, np.ndarray],
    window: Window,
    *,
    purchase_orders: Mapping[str, np.ndarray],
    selling: Mapping[str, Mapping[str, np.ndarray]],
    sales: Mapping[str, np.ndarray],
) -> Columns:
    """Fill ``value_inr``: the partner's business per day in the window, times the contract's days.

    The business is its purchase orders' value (buy side), its invoices' total (sell side) or, for a
    courier, Rs 55 freight per parcel it carried; times 0.9-1.1 (the estimate written in the contract),
    rounded to Rs 1,000 and at least Rs 10,000.
    """
    ids = np.asarray(firms["partner_id"])
    count = ids.size
    business = np.bincount(  # float even with no purchase orders (bincount of nothing is int64)
        _rows(ids, purchase_orders["partner_id"]), weights=purchase_orders["value_inr"], minlength=count
    ).astype(float)
    invoices = selling["invoices"]
    business += np.bincount(
        _rows(ids, invoices["partner_id"]), weights=invoices["total_inr"], minlength=count
    )
    courier = np.asarray(sales["courier"], dtype=np.int64)
    business += 55.0 * np.bincount(courier[courier >= 0], minlength=count)[:count]
    since = np.maximum(np.asarray(firms["_since_day"]), 0)
    per_day = business / np.maximum(window.days - since, 1)
    length = contracts["_end"] - contracts["_start"]
    value = np.round(per_day[contracts["_owner"]] * length * contracts["_noise"], -3)
    out = {key: value_ for key, value_ in contracts.items() if not key.startswith("_")}
    out["value_inr"] = np.maximum(value, 10_000.0)
    return {
        key: out[key]
        for key in ("contract_id", "partner_id", "start_date", "end_date", "value_inr", "renewed")
    }
