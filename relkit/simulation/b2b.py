"""Business partners (B2B) and everything between the shop and them: the entry points of world v2.

:func:`partners` draws who the partners are; :func:`couriers` tells the B2C side which partners ship its
parcels and how reliably; :func:`relationships` draws every other B2B table from the partners, the
customer orders and the sell side. The work is split over small modules: :mod:`.supply` (purchase
orders and what the shop pays for them), :mod:`.sellside` (distributors and resellers buying on credit)
and :mod:`.relations` (disputes, trust surveys, contracts and their renewal).

Examples
--------
>>> import pandas as pd
>>> from relkit.simulation.window import Window
>>> window = Window.from_start(pd.Timestamp("2023-01-01"), 12)
>>> firms = partners(np.random.default_rng(1), 8, window)
>>> [facts.PARTNER_TYPES[code] for code in np.sort(firms["partner_type"])]
['supplier', 'supplier', 'supplier', 'vendor', 'distributor', 'reseller', 'reseller', 'reseller']
>>> from relkit.simulation import gst
>>> all(gst.is_valid_gstin(g) for g in firms["gstin"])
True
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import gst, relations, sellside, supply
from . import params as facts
from .names import load_name_pool
from .window import Window

__all__ = ["SELL_SIDE_PARAMS", "couriers", "partners", "relationships"]

Columns = dict[str, np.ndarray]

SUPPLIER, VENDOR, DISTRIBUTOR, RESELLER = range(4)
LOGISTICS = facts.PARTNER_CATEGORIES.index("logistics")
PACKAGING = facts.PARTNER_CATEGORIES.index("packaging")
GOLD, SILVER, BRONZE = range(3)

SELL_SIDE_PARAMS = sellside.SellSideParams(**facts.SELL_SIDE_ORDERS)
"""The sell side of world v2: a kirana or retailer restocks from the shop about once a month, a few
packs or cartons a line (the shop is one of several wholesalers it buys from). Calibrated so that the
sell side's invoices over 24 months (about Rs 35-45 lakh with 60 partners) are of the order of the B2C
sales, and DSO stays in 30-60 days."""

_HOLDERS = ("P", "F", "C")
# chance of a proprietor, firm or company by partner type
_HOLDER_SHARES = {
    SUPPLIER: (0.25, 0.40, 0.35),
    VENDOR: (0.10, 0.30, 0.60),
    DISTRIBUTOR: (0.20, 0.50, 0.30),
    RESELLER: (0.55, 0.30, 0.15),
}
# chance that a partner is a micro or small enterprise (MSMED Act), by type and holder type P, F, C
_MSME_SHARES = {
    SUPPLIER: (0.90, 0.80, 0.35),
    VENDOR: (0.70, 0.50, 0.10),
    DISTRIBUTOR: (0.80, 0.60, 0.30),
    RESELLER: (1.00, 0.80, 0.40),  # every kirana (a proprietor) is micro
}
_SUFFIXES = {
    "groceries": ("Foods", "Agro Products", "Traders"),
    "fashion": ("Textiles", "Garments", "Fashions"),
    "electronics": ("Electronics", "Electricals", "Enterprises"),
    "home": ("Steel Industries", "Home Products", "& Sons"),
    "beauty": ("Herbals", "Cosmetics", "Industries"),
    "books": ("Publishers", "Book Depot", "& Sons"),
    "packaging": ("Packaging", "Packers", "Corrugators"),
    "logistics": ("Logistics", "Express", "Couriers"),
}
_SELLER_SUFFIXES = {
    DISTRIBUTOR: ("Distributors", "Agencies", "Trading Company"),
    RESELLER: ("Kirana Store", "General Store", "Retail", "Mart"),  # a proprietor is a kirana store
}
_TIER_SHARES = (facts.TIER_REVIEW["gold"], facts.TIER_REVIEW["silver"])  # best quarter gold, next 40 % silver
_REVIEW_NOISE = facts.TIER_REVIEW["noise"]


def _type_counts(count: int) -> np.ndarray:
    """Partners of each type by quota: shares of ``PARTNER_TYPE_SHARES``, at least one each from 4.

    Largest remainder: each type gets the whole part of its quota (raised to 1 when there are at least
    four partners), then the types with the largest remainders one more, until the count is reached.

    Examples
    --------
    >>> _type_counts(60).tolist(), _type_counts(4).tolist(), _type_counts(2).tolist()
    ([21, 9, 9, 21], [1, 1, 1, 1], [1, 0, 0, 1])
    """
    quota = np.array(facts.PARTNER_TYPE_SHARES) * count
    counts = np.floor(quota).astype(np.int64)
    if count >= len(quota):
        counts = np.maximum(counts, 1)
    while counts.sum() < count:
        counts[int(np.argmax(quota - counts))] += 1
    while counts.sum() > count:
        counts[int(np.argmax(np.where(counts > 1, counts - quota, -np.inf)))] -= 1
    return counts


def _tiers(kind: np.ndarray, review: np.ndarray) -> np.ndarray:
    """Tier by rank of the review score within each partner type: gold the best 25 %, silver 40 %."""
    tier = np.full(kind.size, BRONZE, dtype=np.int8)
    for code in range(len(facts.PARTNER_TYPES)):
        mine = np.flatnonzero(kind == code)
        rank = np.empty(mine.size)
        rank[np.argsort(-review[mine], kind="stable")] = (np.arange(mine.size) + 0.5) / max(mine.size, 1)
        tier[mine] = np.where(
            rank <= _TIER_SHARES[0], GOLD, np.where(rank <= sum(_TIER_SHARES), SILVER, BRONZE)
        )
    return tier


def _stratified_beta(rng: np.random.Generator, kind: np.ndarray, a: float, b: float) -> np.ndarray:
    """Draw ``Beta(a, b)`` values stratified within each partner type: one from each of k equal slices.

    Within a type of ``k`` partners, a random permutation gives each partner a slice ``j`` of the k equal
    slices of probability, and its value is the ``Beta(a, b)`` quantile of ``(j + U) / k``. Each value is
    still ``Beta(a, b)``, but a world of a few dozen partners always has its share of strong and weak
    ones, so the spread of scorecard grades does not swing from world to world.
    """
    uniform = rng.random(kind.size)
    slices = np.zeros(kind.size)
    for code in range(len(facts.PARTNER_TYPES)):
        mine = np.flatnonzero(kind == code)
        slices[mine] = (rng.permutation(mine.size) + uniform[mine]) / max(mine.size, 1)
    return _beta_quantile(slices, a, b)


def _beta_quantile(q: np.ndarray, a: float, b: float) -> np.ndarray:
    """Return ``scipy.stats.beta.ppf(q, a, b)`` for ``a, b > 0``, value for value, without scipy.stats.

    Importing scipy.stats takes about a second, most of a fresh process's first world; the quantile
    itself is one ufunc of scipy.special, which is what ``beta.ppf`` calls for ``0 < q < 1`` (it gives
    0 at q = 0, 1 at q = 1 and NaN elsewhere, as here). A scipy whose scipy.special lacks that ufunc
    (an older one) is asked through scipy.stats, as before.
    """
    try:
        from scipy.special._ufuncs import _beta_ppf
    except ImportError:  # pragma: no cover - older scipy: the quantile lives in scipy.stats
        from scipy.stats import beta

        return beta.ppf(q, a, b)
    inside = (q > 0) & (q < 1)
    out = np.where(q == 0, 0.0, np.where(q == 1, 1.0, np.nan))
    out[inside] = _beta_ppf(q[inside], a, b)
    return out


def partners(rng: np.random.Generator, count: int, window: Window) -> Columns:
    """Draw `count` partners: every column of the ``partners`` table, and hidden traits.

    * **Types** by quota (:func:`_type_counts`: 21 suppliers, 9 vendors, 9 distributors and 21 resellers
      of 60), in random order of ``partner_id``. The n-th supplier (in id order) sells the shop the
      category ``ORDER_CATEGORIES[n % 6]``, so six suppliers cover the six shop categories before any
      repeats; vendors are logistics (couriers), packaging, logistics, packaging... A kirana (a
      proprietor reseller) trades mainly in groceries; other sell-side partners in a category drawn by
      the sell side's line shares.
    * **Place and GSTIN.** City by the weights of ``params.CITIES``; PAN holder type P (proprietor), F
      (firm) or C (company) by type; a valid GSTIN (:func:`relkit.simulation.gst.make_gstins`) whose state
      code is the partner's state. ``msme`` (micro or small under the MSMED Act) is likely for
      proprietors and firms and certain for kiranas.
    * **Dates and terms.** ``since_date`` lies 1 month to 6 years before the window (buy side) or up to 4
      years before it; 30 % of sell-side partners join during the window's first 90 % (the shop
      replaces those it loses).
      ``terms_days``: buy side, what the shop agreed to pay the partner in: 15, 30 or 45 days for a micro
      or small supplier (MSMED Act s.15 allows at most 45), 30, 45 or 60 otherwise, 15 or 30 for a
      courier; sell side, the credit the shop gives, 30 days (60 %) or 45. ``credit_limit_inr`` (sell
      side only, NaN on the buy side): log-normal around Rs 80,000 for distributors and Rs 40,000 for
      resellers, in steps of Rs 5,000.
    * **Hidden traits** (columns starting with ``_``): ``_reliability ~ Beta(6, 2)`` (stratified within each
      type, see :func:`_stratified_beta`), how well a buy-side
      partner delivers (for the sell side: how well the shop serves it); ``_discipline``, how promptly
      money moves: on the buy side the shop's promptness paying this partner, ``Beta(8, 2)``, on the
      sell side the partner's own promptness paying the shop, ``Beta(6, 4)``; ``_rapport ~ Normal(0, 1)``,
      the quality of the personal relationship, which only trust surveys show.
    * **Tier follows measured performance.** At the last review (before the window) each partner was
      scored on its record, ``review = performance + Normal(0, 0.04)``, where performance is
      ``_reliability`` on the buy side and ``_discipline`` on the sell side; within each type the best
      25 % by review are gold, the next 40 % silver, the rest bronze. So gold partners really do deliver
      (or pay) better on average, though not every one.
    * **Names** like "Bose Traders": a surname from the name pool of a language spoken in the partner's
      state (``params.LANGUAGE_SHARES``) and a word fitting its trade; a repeated name gets its city.

    Examples
    --------
    >>> import pandas as pd
    >>> window = Window.from_start(pd.Timestamp("2023-01-01"), 24)
    >>> firms = partners(np.random.default_rng(0), 60, window)
    >>> np.bincount(firms["partner_type"]).tolist()
    [21, 9, 9, 21]
    >>> bool((firms["terms_days"][firms["msme"] & (firms["partner_type"] == 0)] <= 45).all())
    True
    """
    days = window.days
    counts = _type_counts(count)
    kind = rng.permutation(np.repeat(np.arange(4), counts)).astype(np.int8)
    weights = np.array([row[2] for row in facts.CITIES])
    city = rng.choice(len(facts.CITIES), count, p=weights / weights.sum())
    state = np.array([row[1] for row in facts.CITIES], dtype=object)[city]
    holder = np.zeros(count, dtype=np.int64)
    msme = np.zeros(count, dtype=bool)
    holder_draw, msme_draw = rng.random(count), rng.random(count)
    for code in range(4):
        mine = kind == code
        holder[mine] = np.searchsorted(np.cumsum(_HOLDER_SHARES[code]), holder_draw[mine], side="right")
        msme[mine] = msme_draw[mine] < np.array(_MSME_SHARES[code])[holder[mine]]
    holder = np.minimum(holder, 2)

    # what each partner trades in
    category = np.zeros(count, dtype=np.int8)
    suppliers = np.flatnonzero(kind == SUPPLIER)
    category[suppliers] = np.arange(suppliers.size) % len(facts.ORDER_CATEGORIES)
    vendors = np.flatnonzero(kind == VENDOR)
    category[vendors] = np.where(np.arange(vendors.size) % 2 == 0, LOGISTICS, PACKAGING)
    sell = np.isin(kind, (DISTRIBUTOR, RESELLER))
    shares = np.asarray(SELL_SIDE_PARAMS.category_shares)
    main_line = rng.choice(shares.size, count, p=shares / shares.sum())
    kirana = (kind == RESELLER) & (holder == 0)
    category[sell] = np.where(kirana[sell], 0, main_line[sell])

    # names: a surname of the state's languages and a word of the trade
    lang = np.array([rng.choice(3, p=facts.LANGUAGE_SHARES[name]) for name in state.tolist()], dtype=np.int64)
    surname_draw, suffix_draw = rng.random(count), rng.random(count)
    names = []
    for i in range(count):
        pool = load_name_pool(facts.LANGUAGES[lang[i]]).last_latin
        if kind[i] in _SELLER_SUFFIXES:
            words = _SELLER_SUFFIXES[kind[i]]
            words = words[:2] if kirana[i] else words[2:] if kind[i] == RESELLER else words
        else:
            words = _SUFFIXES[facts.PARTNER_CATEGORIES[category[i]]]
        surname = pool[int(surname_draw[i] * pool.size)]
        names.append(f"{surname} {words[int(suffix_draw[i] * len(words))]}")
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            name = f"{name} ({facts.CITIES[city[i]][0]})"
            names[i] = name if name not in seen else f"{name} {i + 1}"
        seen.add(names[i])

    # dates, terms and credit
    joins = sell & (rng.random(count) < 0.3)
    since = np.where(
        sell,
        np.where(joins, rng.integers(0, max(int(0.9 * days), 1), count), -rng.integers(30, 4 * 365, count)),
        -rng.integers(30, 6 * 365, count),
    )
    terms = np.where(
        msme,
        rng.choice([15, 30, 45], count, p=[0.2, 0.5, 0.3]),
        rng.choice([30, 45, 60], count, p=[0.3, 0.4, 0.3]),
    )
    terms = np.where(category == LOGISTICS, rng.choice([15, 30], count), terms)
    terms = np.where(sell, np.where(rng.random(count) < 0.6, 30, 45), terms).astype(np.int64)
    median_limit = np.where(kind == DISTRIBUTOR, 80_000.0, 40_000.0)
    limit = np.maximum(np.round(median_limit * rng.lognormal(0.0, 0.4, count) / 5000) * 5000, 10_000.0)
    limit = np.where(sell, limit, np.nan)

    # hidden traits, and the tier earned at the last review
    reliability = _stratified_beta(rng, kind, facts.PARTNER_RELIABILITY["a"], facts.PARTNER_RELIABILITY["b"])
    discipline = np.where(sell, _stratified_beta(rng, kind, 6.0, 4.0), _stratified_beta(rng, kind, 8.0, 2.0))
    rapport = rng.normal(0.0, 1.0, count)
    review = np.where(sell, discipline, reliability) + rng.normal(0.0, _REVIEW_NOISE, count)
    tier = _tiers(kind, review)

    codes = gst.state_codes(state.tolist()) if count else np.zeros(0, dtype="<U2")
    gstin = np.empty(count, dtype=object)
    for code, letter in enumerate(_HOLDERS):
        mine = holder == code
        if mine.any():
            gstin[mine] = gst.make_gstins(codes[mine], rng, holder_type=letter).astype(object)
    return {
        "partner_id": np.arange(1, count + 1, dtype=np.int64),
        "name": np.array(names, dtype=object),
        "partner_type": kind,
        "category": category,
        "city": np.array([row[0] for row in facts.CITIES], dtype=object)[city],
        "state": state,
        "gstin": gstin,
        "msme": msme,
        "since_date": window.dates(since),
        "tier": tier,
        "terms_days": terms,
        "credit_limit_inr": limit,
        "_since_day": since.astype(np.int64),
        "_reliability": reliability,
        "_discipline": discipline,
        "_rapport": rapport,
    }


def couriers(firms: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Return the couriers among `firms` (0-based row positions) and each one's delivery reliability.

    The couriers are the vendors of category ``logistics``. A courier's delivery reliability is the
    chance that it delivers a parcel by the promised date: ``0.80 + 0.17 x _reliability``, between 0.80
    and 0.97 (on average 0.93 for ``Beta(6, 2)``), so that on-time delivery to customers lands in the
    calibration's 85-95 %. Both arrays are empty when there is no courier.

    Examples
    --------
    >>> firms = {"partner_type": np.array([1, 0, 1], dtype=np.int8),
    ...          "category": np.array([LOGISTICS, 0, PACKAGING], dtype=np.int8),
    ...          "_reliability": np.array([1.0, 0.5, 0.5])}
    >>> index, reliability = couriers(firms)
    >>> index.tolist(), reliability.tolist()
    ([0], [0.97])
    """
    kind = np.asarray(firms["partner_type"])
    index = np.flatnonzero((kind == VENDOR) & (np.asarray(firms["category"]) == LOGISTICS))
    return index, np.round(0.80 + 0.17 * np.asarray(firms["_reliability"], dtype=float)[index], 6)


def relationships(
    rng: Mapping[str, np.random.Generator],
    firms: Mapping[str, np.ndarray],
    window: Window,
    *,
    sales: Mapping[str, np.ndarray],
    sell_side_params: sellside.SellSideParams = SELL_SIDE_PARAMS,
) -> dict[str, Columns]:
    """Draw every B2B table but ``partners``: the sell side, purchase orders, disputes, surveys, contracts.

    The steps, each with its own random stream, used in a fixed order:

    1. ``rng["sellside"]``: distributors and resellers buy on credit (:func:`.sellside.sell_side`, with
       the partners' own GSTINs), from the day they joined; then which of the sell side's problems
       become disputes (:func:`.relations.sell_side_disputes`).
    2. ``rng["supply"]``: the purchase orders of suppliers and packaging vendors, their delivery and the
       shop's payment (:func:`.supply.purchase_orders`), the disputes they raise, and the couriers' SLA
       disputes from late parcels in `sales`.
    3. ``rng["contracts"]``: contracts, quarterly trust surveys and renewal decisions, in date order
       (:func:`.relations.contracts_and_surveys`). A partner whose contract is not renewed stops
       trading on its end date: its later orders (both sides) are dropped.
    4. ``rng["supply"]`` again: the money value of the purchase orders that remain, so that suppliers'
       purchase orders add up to the cost of what the shop sells a month later (customers and the sell
       side) plus 5 % stock growth, and packaging vendors' to the parcels shipped
       (:func:`.supply.price_orders`); then quantities, inspections and defects.

    Parameters
    ----------
    rng : mapping of str to numpy.random.Generator
        The generators of :func:`relkit.simulation.seeds.table_generators`.
    firms : mapping of str to numpy.ndarray
        What :func:`partners` returned.
    window : Window
        The days the tables cover.
    sales : mapping of str to numpy.ndarray
        One entry per customer order: ``day`` (day number), ``category`` (code into
        ``params.ORDER_CATEGORIES``), ``cost_inr``, ``outcome`` (code into ``params.ORDER_OUTCOMES``),
        ``courier`` (0-based row of `firms`, -1 for none) and ``late`` (delivered after the promise).
    sell_side_params : SellSideParams
        The sell side's true parameters (:data:`SELL_SIDE_PARAMS`).

    Returns
    -------
    dict of str to dict of numpy.ndarray
        ``contracts``, ``purchase_orders``, ``b2b_orders``, ``b2b_order_lines``, ``invoices``,
        ``invoice_lines``, ``payments``, ``credit_notes``, ``disputes``, ``trust_surveys``: columns as in
        :data:`relkit.simulation.schema.TABLES`.
    """
    kind = np.asarray(firms["partner_type"])
    sell = np.flatnonzero(np.isin(kind, (DISTRIBUTOR, RESELLER)))
    selling = sellside.sell_side(
        rng["sellside"], _sell_side_partners(firms, sell), window, params=sell_side_params
    )
    selling.pop("partner_gstins")
    joined = _row_of(firms, selling["b2b_orders"]["partner_id"])
    active = window_days(selling["b2b_orders"]["order_date"], window) >= firms["_since_day"][joined]
    sell_disputes = relations.sell_side_disputes(rng["sellside"], selling, window, active=active)

    plan = supply.purchase_orders(rng["supply"], firms, window)
    buy_disputes = relations.purchase_order_disputes(rng["supply"], plan, window)
    courier_disputes = relations.courier_disputes(rng["supply"], firms, sales, window)
    disputes = relations.join_disputes([sell_disputes, buy_disputes, courier_disputes], firms)

    chased = relations.chased_invoices(selling, window, active=active)
    agreements = relations.contracts_and_surveys(
        rng["contracts"], firms, window, disputes=disputes, late_payments=[plan.late_payments(), chased]
    )
    until = agreements.pop("_until")
    order_day = window_days(selling["b2b_orders"]["order_date"], window)
    keep_orders = active & (order_day < until[joined])
    selling, invoice_map = sellside.keep_orders(selling, keep_orders)
    plan = plan.keep(plan.day < until[plan.owner])
    disputes = relations.keep_disputes(disputes, invoice_map=invoice_map, po_map=plan.po_map)
    priced = supply.price_orders(rng["supply"], plan, firms, window, sales=sales, selling=selling)
    disputes = relations.dispute_table(disputes, firms, window, po_value=priced["value_inr"])
    agreements["contracts"] = relations.contract_values(
        agreements["contracts"], firms, window, purchase_orders=priced, selling=selling, sales=sales
    )
    return {
        "contracts": agreements["contracts"],
        "purchase_orders": priced,
        **{name: selling[name] for name in sellside.TABLE_NAMES},
        "disputes": disputes,
        "trust_surveys": agreements["trust_surveys"],
    }


def window_days(dates: np.ndarray, window: Window) -> np.ndarray:
    """Day numbers of dates (``datetime64``) counted from the window start."""
    return (np.asarray(dates).astype("datetime64[D]") - window.start).astype(np.int64)


def _row_of(firms: Mapping[str, np.ndarray], partner_id: np.ndarray) -> np.ndarray:
    """0-based rows of `firms` of the given partner ids."""
    ids = np.asarray(firms["partner_id"])
    order = np.argsort(ids, kind="stable")
    return order[np.searchsorted(ids[order], partner_id)]


def _sell_side_partners(firms: Mapping[str, np.ndarray], rows: np.ndarray) -> Columns:
    """Return the columns :func:`.sellside.sell_side` takes, for the sell-side partners at `rows`."""
    gstin = np.asarray(firms["gstin"], dtype=object)[rows]
    return {
        "partner_id": np.asarray(firms["partner_id"])[rows],
        "state_code": np.array([text[:2] for text in gstin], dtype="<U2"),
        "holder_type": np.array([text[5] for text in gstin], dtype=object),
        "terms_days": np.asarray(firms["terms_days"])[rows],
        "credit_limit_inr": np.asarray(firms["credit_limit_inr"])[rows],
        "payment_discipline": np.asarray(firms["_discipline"])[rows],
        "service_reliability": np.asarray(firms["_reliability"])[rows],
        "gstin": gstin,
    }
