"""Business partners and the relationship with each: contracts, purchase orders, disputes, trust surveys.

Each partner has a hidden reliability ``rho ~ Beta(6, 2)``. Unreliable partners deliver late, short
and with more defects; those problems raise disputes; disputes make a contract less likely to be
renewed; and the partner's trust-survey scores fall with low reliability and recent disputes. Partners
are few (tens), so the generator loops over them and vectorises within each contract.
"""

from __future__ import annotations

import numpy as np

from . import params as facts
from .names import load_name_pool
from .window import Window

__all__ = ["partners", "relationships"]

Columns = dict[str, np.ndarray]
_SUFFIXES = np.array(["Traders", "Enterprises", "Industries", "Suppliers", "Logistics", "Agencies", "& Sons"])
_TIER_PO_RATE = np.array([0.20, 0.10, 0.05])  # purchase orders per day for gold, silver, bronze partners


def partners(rng: np.random.Generator, count: int, window: Window) -> Columns:
    """Draw `count` partners: type, city, tier, the date the relationship began, hidden reliability.

    ``since_date`` lies 0-6 years before the window start: these relationships are older than the data.
    """
    kind = rng.choice(len(facts.PARTNER_TYPES), count, p=facts.PARTNER_TYPE_SHARES).astype(np.int8)
    weights = np.array([row[2] for row in facts.CITIES])
    city = rng.choice(len(facts.CITIES), count, p=weights / weights.sum())
    tier = rng.choice(3, count, p=[0.2, 0.4, 0.4]).astype(np.int8)
    lang = rng.integers(0, 3, count)
    surnames = np.array(
        [rng.choice(load_name_pool(facts.LANGUAGES[code]).last_latin) for code in lang], dtype=object
    )
    name = np.strings.add(np.strings.add(surnames.astype(str), " "), _SUFFIXES[rng.integers(0, 7, count)])
    since = -rng.integers(0, 6 * 365, count)
    return {
        "partner_id": np.arange(1, count + 1),
        "name": name.astype(object),
        "partner_type": kind,
        "city": np.array([row[0] for row in facts.CITIES])[city],
        "state": np.array([row[1] for row in facts.CITIES])[city],
        "since_date": window.dates(since),
        "tier": tier,
        "product_category": rng.integers(0, len(facts.PRODUCT_CATEGORIES), count).astype(np.int8),
        "_reliability": rng.beta(facts.PARTNER_RELIABILITY["a"], facts.PARTNER_RELIABILITY["b"], count),
    }


def _sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-x))


def _purchase_orders(rng: np.random.Generator, rho: float, rate: float, price: float, start: int, stop: int):
    """Draw the purchase orders of one contract period ``[start, stop)`` for a partner of reliability rho.

    Late with chance ``0.9 (1 - rho)`` by ``1 + Geometric(0.25)`` days (else 0-2 days early, never before
    the order); short with chance ``0.6 (1 - rho)`` (70-98% delivered); 10% of delivered units are
    inspected and each is defective with chance ``0.005 + 0.12 (1 - rho)^2``. A delivery after the window
    end has no date yet and zero delivered, inspected and defective units.
    """
    count = rng.poisson(rate * (stop - start))
    day = np.sort(rng.integers(start, stop, count))
    promised = day + rng.integers(7, 31, count)
    late = rng.random(count) < 0.9 * (1 - rho)
    shift = np.where(late, 1 + rng.geometric(0.25, count), -rng.integers(0, 3, count))
    delivered = np.maximum(promised + shift, day)
    ordered = np.maximum(np.round(rng.lognormal(np.log(200), 0.6, count)), 1).astype(np.int64)
    short = rng.random(count) < 0.6 * (1 - rho)
    got = np.where(short, np.floor(ordered * rng.uniform(0.7, 0.98, count)), ordered).astype(np.int64)
    inspected = np.minimum(got, np.ceil(0.1 * got)).astype(np.int64)
    defects = rng.binomial(inspected, 0.005 + 0.12 * (1 - rho) ** 2)
    value = np.round(ordered * price * rng.lognormal(0, 0.2, count), 2)
    return day, promised, delivered, ordered, got, inspected, defects, value, late, short


def relationships(rng: np.random.Generator, firms: Columns, window: Window) -> dict[str, Columns]:
    """Draw contracts, purchase orders, disputes and trust surveys for every partner.

    Contracts run 6 or 12 months back to back; the first starts in the first 60 days of the window.
    A contract ending inside the window is renewed with chance ``sigmoid(1.5 + 4 (rho - 0.75) - 0.5 d)``
    for ``d`` disputes opened during it; renewal continues the relationship, otherwise it stops.
    ``renewed`` is missing for a contract still running at the window end (the decision is not yet made).

    A delivered order is disputed with chance ``sigmoid(-3.5 + 1.8 late + 1.5 short + 40 defect share)``,
    3-9 days after delivery; each partner also raises Poisson(0.5 a year) invoice disputes with no order.
    Disputes take ``ceil(12 LogNormal(0, 0.6))`` days to resolve (missing if after the window end).

    Trust surveys every 91 days while a contract runs score each of ``TRUST_ITEMS`` 1-5:
    ``round(1 + 4 rho - 0.5 (disputes in the last 180 days) + Normal(0, 0.6))``, clipped.
    """
    days = window.days
    prices = np.array(list(facts.PRODUCT_CATEGORIES.values()))
    contracts: dict[str, list] = {key: [] for key in ("partner", "start", "end", "value", "renewed")}
    pos: dict[str, list] = {
        key: []
        for key in (
            "partner",
            "day",
            "promised",
            "delivered",
            "ordered",
            "got",
            "inspected",
            "defects",
            "value",
        )
    }
    disputes: dict[str, list] = {
        key: [] for key in ("partner", "po", "opened", "resolved", "category", "amount")
    }
    surveys: dict[str, list] = {key: [] for key in ("partner", "day", "score")}
    po_count = 0
    for index, rho in enumerate(firms["_reliability"]):
        rate = _TIER_PO_RATE[firms["tier"][index]]
        price = prices[firms["product_category"][index]]
        start = int(rng.integers(0, min(60, days)))
        dispute_days: list[np.ndarray] = []
        while True:
            end = start + int(rng.choice([182, 365]))
            stop = min(end, days)
            day, promised, delivered, ordered, got, inspected, defects, value, late, short = _purchase_orders(
                rng, rho, rate, price, start, stop
            )
            arrived = delivered < days
            got, inspected, defects = got * arrived, inspected * arrived, defects * arrived
            ids = po_count + 1 + np.arange(len(day))
            po_count += len(day)
            for key, column in zip(
                pos,
                (
                    np.full(len(day), index),
                    day,
                    promised,
                    np.where(arrived, delivered, -1),
                    ordered,
                    got,
                    inspected,
                    defects,
                    value,
                ),
                strict=True,
            ):
                pos[key].append(column)
            share = np.divide(defects, inspected, out=np.zeros(len(day)), where=inspected > 0)
            disputed = arrived & (
                rng.random(len(day)) < _sigmoid(-3.5 + 1.8 * late + 1.5 * short + 40 * share)
            )
            opened = delivered[disputed] + rng.integers(3, 10, int(disputed.sum()))
            category = np.where(late[disputed], 0, np.where(short[disputed], 1, 2))
            amount = value[disputed] * rng.uniform(0.05, 0.3, len(opened))
            invoice = rng.integers(start, stop, rng.poisson(0.5 / 365 * (stop - start)))
            opened = np.concatenate([opened, invoice])
            category = np.concatenate([category, np.full(len(invoice), 3)])
            amount = np.round(np.concatenate([amount, rng.uniform(5000, 50000, len(invoice))]), 2)
            po_ref = np.concatenate([ids[disputed], np.zeros(len(invoice), dtype=np.int64)])
            inside = opened < days
            resolved = opened + np.ceil(12 * rng.lognormal(0, 0.6, len(opened))).astype(np.int64)
            for key, column in zip(
                disputes,
                (
                    np.full(int(inside.sum()), index),
                    po_ref[inside],
                    opened[inside],
                    np.where(resolved < days, resolved, -1)[inside],
                    category[inside],
                    amount[inside],
                ),
                strict=True,
            ):
                disputes[key].append(column)
            dispute_days.append(opened[inside])
            survey_day = np.arange(start + int(rng.integers(0, 30)), stop, 91)
            recent = np.concatenate(dispute_days)
            recent_count = (
                (recent[None, :] <= survey_day[:, None]) & (recent[None, :] > survey_day[:, None] - 180)
            ).sum(1)
            noise = rng.normal(0, 0.6, (len(survey_day), len(facts.TRUST_ITEMS)))
            score = np.clip(np.round(1 + 4 * rho - 0.5 * recent_count[:, None] + noise), 1, 5).astype(
                np.int64
            )
            surveys["partner"].append(np.full(len(survey_day), index))
            surveys["day"].append(survey_day)
            surveys["score"].append(score)
            expected_value = rate * (end - start) * price * 200
            renewed = -1  # still running at the window end
            if end < days:
                chance = _sigmoid(1.5 + 4 * (rho - 0.75) - 0.5 * int(inside.sum()))
                renewed = int(rng.random() < chance)
            for key, value_ in zip(
                contracts,
                (index, start, end, round(expected_value * rng.uniform(0.8, 1.2), 2), renewed),
                strict=True,
            ):
                contracts[key].append(value_)
            if renewed != 1:
                break
            start = end

    def joined(parts: dict[str, list]) -> dict[str, np.ndarray]:
        return {
            key: np.concatenate(value) if value and np.ndim(value[0]) else np.array(value)
            for key, value in parts.items()
        }

    c, po, d, s = joined(contracts), joined(pos), joined(disputes), joined(surveys)
    partner_id = firms["partner_id"]
    d_order = np.argsort(d["opened"], kind="stable")
    s_order = np.argsort(s["day"], kind="stable")
    items = len(facts.TRUST_ITEMS)
    survey_count = len(s["day"])
    return {
        "contracts": {
            "contract_id": np.arange(1, len(c["start"]) + 1),
            "partner_id": partner_id[c["partner"].astype(np.int64)],
            "start_date": window.dates(c["start"]),
            "end_date": window.dates(c["end"]),
            "value_inr": c["value"].astype(float),
            "renewed": c["renewed"].astype(np.int8),  # -1 means not decided yet
        },
        "purchase_orders": {
            "po_id": np.arange(1, po_count + 1),
            "partner_id": partner_id[po["partner"]],
            "po_date": window.dates(po["day"]),
            "promised_date": window.dates(po["promised"]),
            "delivered_date": _dates_or_missing(window, po["delivered"]),
            "qty_ordered": po["ordered"],
            "qty_delivered": po["got"],
            "units_inspected": po["inspected"],
            "defects": po["defects"],
            "value_inr": po["value"],
            "product_category": firms["product_category"][po["partner"]],
        },
        "disputes": {
            "dispute_id": np.arange(1, len(d_order) + 1),
            "partner_id": partner_id[d["partner"][d_order]],
            "po_id": d["po"][d_order],  # 0 means the dispute is about no single order
            "opened_date": window.dates(d["opened"][d_order]),
            "resolved_date": _dates_or_missing(window, d["resolved"][d_order]),
            "category": d["category"][d_order].astype(np.int8),
            "amount_inr": d["amount"][d_order],
        },
        "trust_surveys": {
            "survey_id": np.repeat(np.arange(1, survey_count + 1), items),
            "partner_id": np.repeat(partner_id[s["partner"][s_order]], items),
            "date": np.repeat(window.dates(s["day"][s_order]), items),
            "item": np.tile(np.arange(items, dtype=np.int8), survey_count),
            "score": s["score"].reshape(-1, items)[s_order].ravel(),
        },
    }


def _dates_or_missing(window: Window, days: np.ndarray) -> np.ndarray:
    """Dates for day numbers, with -1 (not happened within the window) as NaT."""
    dates = window.dates(np.maximum(days, 0))
    dates[days < 0] = np.datetime64("NaT")
    return dates
