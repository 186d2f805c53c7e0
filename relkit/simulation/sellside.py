"""Selling to distributors and resellers on credit: B2B orders, GST invoices, payments, credit notes.

World version 2 (issue #12) has a sell side: kirana shops, regional retailers and distributors *buy*
from the shop on 30 or 45 days' credit. :func:`sell_side` draws their orders and everything that follows
from them; :func:`draw_partners` draws such partners with the default mix. This module is a building
block: the v1 world does not use it, and nothing here changes v1's output.

How a sale runs
---------------
1. A partner orders ``Poisson(orders_per_month)`` times a month, on random days; each order has
   ``1 + Poisson(1.5)`` lines (at most 8) of catalogue items (:mod:`relkit.simulation.catalog`) at the
   wholesale price. The shop promises delivery 2-7 days later.
2. **Credit limit.** An order that would take the partner's unpaid balance (orders placed, less credit
   notes and payments so far) above its ``credit_limit_inr`` is put on credit hold and goes no further.
3. The shop dispatches 0-2 days after the order (at least a day before the promised date) and
   **invoices on dispatch** (a tax invoice goes with the goods, CGST Act s.31), for the quantity
   ordered, from the GSTIN of the state it ships from (:data:`DISPATCH_STATE`). ``due_date = invoice_date + terms_days``.
4. The shop's *service reliability* toward the partner (hidden, 0-1) sets how often delivery is late,
   lines arrive short, goods arrive damaged, and an invoice line is overpriced against the order.
5. Each short, damaged, overpriced or returned quantity leads to one **credit note** per invoice and
   reason, GST included, a few days after delivery. Together they never exceed the invoice total.
6. The partner's *payment discipline* (hidden, 0-1) sets how often it pays after the due date and how
   late. A partner with a credit note coming waits for it and pays the invoice less its credit notes;
   some pay in two parts. Payments never exceed ``total_inr`` less credit notes.
7. Every late delivery, short line, damaged line and overpriced line is recorded as a **dispute cause**
   (``dispute_causes``) for the v2 disputes generator to turn some of them into disputes.

Late-payment interest is **not modelled**. MSMED Act 2006 s.16 gives interest at three times the RBI bank
rate, compounded monthly, only to a micro or small *supplier*; the default shop (three GST registrations,
wholesale and retail across 19 cities) is taken to be larger than that, and small sellers seldom claim
it from their buyers in practice. So ``payments`` hold no interest, and a partner pays at most what it
owes. With ``SellSideParams(seller_is_micro_or_small=True)`` the s.15 rule applies instead: agreed terms
above 45 days are refused.

Rounding
--------
Every amount is whole paise, computed in integers. Each invoice line's tax comes from
:func:`relkit.simulation.gst.tax_split` (each head rounded to the paisa, halves away from zero); the
invoice's taxable value, tax heads and total are the exact sums of its lines' paise. Credit notes are
taxed the same way, line by line.

Examples
--------
>>> import pandas as pd
>>> from relkit.simulation.window import Window
>>> rng = np.random.default_rng(3)
>>> window = Window.from_start(pd.Timestamp("2023-01-01"), 12)
>>> tables = sell_side(rng, draw_partners(rng, 5), window)
>>> sorted(tables)
['b2b_order_lines', 'b2b_orders', 'credit_notes', 'dispute_causes', 'invoice_lines', 'invoices', 'partner_gstins', 'payments']
>>> tables["invoices"]["invoice_no"][0]
'19/22-23/000001'
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from ..errors import MissingColumnError, RelkitTypeError, RelkitValueError
from ..validation import check_choice, check_count, parse_date
from . import catalog, gst
from . import params as facts
from .window import Window, segment_starts

__all__ = [
    "CREDIT_NOTE_REASONS",
    "DISPATCH_STATE",
    "ORDER_STATUSES",
    "PARTNER_COLUMNS",
    "PAYMENT_CHANNELS",
    "SHOP_GSTINS",
    "TABLE_NAMES",
    "SellSideParams",
    "days_sales_outstanding",
    "draw_partners",
    "keep_orders",
    "line_amounts",
    "sell_side",
    "share_paid_late",
]

Columns = dict[str, np.ndarray]

SHOP_PAN = "AAHCR4821K"
"""The shop's PAN (a company: 4th letter C). Every GSTIN of one business carries the same PAN."""
SHOP_STATES: tuple[str, ...] = ("19", "27", "07")
"""Where the shop is registered for GST: head office and warehouse in Kolkata (West Bengal, 19), a
warehouse at Bhiwandi (Maharashtra, 27) and one in Delhi (07)."""
SHOP_GSTINS: Mapping[str, str] = MappingProxyType(
    {code: code + SHOP_PAN + "1Z" + gst.gstin_check_character(code + SHOP_PAN + "1Z") for code in SHOP_STATES}
)
"""The shop's GSTIN in each state it is registered in, by state code."""

_EAST = ("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "35")
_NORTH = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "22", "23", "38", "97")
DISPATCH_STATE: Mapping[str, str] = MappingProxyType(
    {code: "19" if code in _EAST else "07" if code in _NORTH else "27" for code in gst.STATE_CODES}
)
"""The shop's registration that ships to a buyer in each state: Kolkata the east and north-east, Delhi
the north and centre, Bhiwandi the west and south. A buyer in 19, 07 or 27 is served within its state
(CGST and SGST); every other buyer across states (IGST)."""

ORDER_STATUSES: tuple[str, ...] = ("delivered", "in_transit", "open", "credit_hold")
"""``b2b_orders.status``: delivered in the window; invoiced and on the way at the window end; not yet
dispatched at the window end; refused because it would pass the partner's credit limit."""
CREDIT_NOTE_REASONS: tuple[str, ...] = ("short_delivery", "damaged", "pricing_error", "return")
"""``credit_notes.reason``: fewer pieces arrived than invoiced; pieces arrived damaged; the invoice
charged more than the order's price; the partner sent unsold pieces back."""
PAYMENT_CHANNELS: tuple[str, ...] = ("neft", "rtgs", "upi", "cheque")
"""``payments.method``. RTGS takes only sums of Rs 2 lakh or more and UPI (to a merchant) up to Rs 1 lakh."""
PARTNER_COLUMNS: tuple[str, ...] = (
    "partner_id",
    "state_code",
    "holder_type",
    "terms_days",
    "credit_limit_inr",
    "payment_discipline",
    "service_reliability",
)
"""The columns :func:`sell_side` needs of its partners (a ``gstin`` column is used when present)."""


@dataclass(frozen=True)
class SellSideParams:
    """The true parameters of the sell side; the defaults are v2's.

    None has a calibration row of its own except where said: they are judgements, chosen so that DSO
    (calibration "Days sales outstanding on the sell side", 30-60 days) lands in range and the B2B
    dispute rate (calibration 1-5 % of invoices) can, once the v2 disputes generator turns some of the
    dispute causes into disputes.

    Attributes
    ----------
    orders_per_month : float
        Orders a partner places in a month (Poisson): a kirana restocks about weekly from its main
        wholesaler and less from a second one, so 3.
    category_shares : tuple of float
        Share of order lines in each of ``catalog.CATEGORIES`` (groceries first): staples and personal care
        are what a kirana stocks most.
    lot_median : tuple of float
        Median pieces on a line, by category (log-normal, sigma 0.5): cartons of 12-48.
    late_delivery : (float, float)
        An order is delivered late with chance ``a + b (1 - service_reliability)``, by 1 +
        ``Geometric(0.35)`` days. Reliability ``Beta(6, 2)`` gives about 13 %, in line with the
        calibration's 85-95 % on-time delivery to customers.
    short_line, damaged_line, overpriced_line : (float, float)
        Chance per line, ``a + b (1 - service_reliability)``, that some pieces are missing (5-40 % of the
        line), arrive damaged (5-30 % of what arrived), or are invoiced 2-10 % above the order's price.
    return_factor : float
        A distributor returns unsold pieces of a line with chance ``return_factor x`` the category's
        ``return_rate`` (customers return more than traders), 10-50 % of what it kept.
    late_payment : (float, float)
        An invoice is paid after its due date with chance ``a - b x payment_discipline`` (kept in
        0.02-0.98), by ``Geometric`` days with mean ``5 + 40 (1 - discipline)``; on-time payers pay 0-7
        days before the due date. Target: 30-50 % of invoices paid late (no source found; a judgement
        from how widely delayed payment is reported as the chief worry of Indian small businesses).
    partial_payment : (float, float)
        Chance ``a + b (1 - discipline)`` that an invoice is paid in two parts, the first 30-80 % of it,
        the rest 7-45 days later.
    lead_days : (int, int)
        Delivery is promised this many days after the order (uniform, both ends included).
    seller_is_micro_or_small : bool
        When True the MSMED Act s.15 limit applies: agreed terms above 45 days are an error.
    """

    orders_per_month: float = 3.0
    category_shares: tuple[float, ...] = (0.40, 0.10, 0.08, 0.12, 0.24, 0.06)
    lot_median: tuple[float, ...] = (36.0, 12.0, 10.0, 12.0, 36.0, 10.0)
    late_delivery: tuple[float, float] = (0.03, 0.40)
    short_line: tuple[float, float] = (0.005, 0.06)
    damaged_line: tuple[float, float] = (0.003, 0.04)
    overpriced_line: tuple[float, float] = (0.002, 0.02)
    return_factor: float = 0.3
    late_payment: tuple[float, float] = (0.80, 0.80)
    partial_payment: tuple[float, float] = (0.05, 0.30)
    seller_is_micro_or_small: bool = False
    lead_days: tuple[int, int] = (2, 7)


def draw_partners(rng: np.random.Generator, count: int) -> Columns:
    """Draw `count` sell-side partners with the default mix, in the form :func:`sell_side` takes.

    States follow the cities of ``params.CITIES``; a partner is a proprietor (``P``, a kirana, 55 %), a
    firm (``F``, 30 %) or a company (``C``, 15 %); terms are 30 days (60 %) or 45 days (40 %), the two
    the shop offers; the credit limit is log-normal around Rs 3 lakh, in steps of Rs 10,000;
    ``payment_discipline ~ Beta(3, 2)`` (mean 0.6) and ``service_reliability ~ Beta(6, 2)`` (mean 0.75,
    as ``params.PARTNER_RELIABILITY`` on the buy side).

    Examples
    --------
    >>> firms = draw_partners(np.random.default_rng(0), 3)
    >>> firms["partner_id"].tolist(), sorted(set(firms["terms_days"].tolist()) | {30, 45})
    ([1, 2, 3], [30, 45])
    """
    _check_rng(rng)
    count = check_count(count, name="count", minimum=0)
    weights = np.array([row[2] for row in facts.CITIES])
    city = rng.choice(len(facts.CITIES), count, p=weights / weights.sum())
    states = gst.state_codes([row[1] for row in facts.CITIES])[city]
    holder = np.array(["P", "F", "C"], dtype=object)[rng.choice(3, count, p=[0.55, 0.30, 0.15])]
    terms = np.where(rng.random(count) < 0.6, 30, 45).astype(np.int64)
    limit = np.maximum(np.round(rng.lognormal(np.log(300_000), 0.4, count), -4), 20_000.0)
    return {
        "partner_id": np.arange(1, count + 1, dtype=np.int64),
        "state_code": states,
        "holder_type": holder,
        "terms_days": terms,
        "credit_limit_inr": limit,
        "payment_discipline": rng.beta(3.0, 2.0, count),
        "service_reliability": rng.beta(
            facts.PARTNER_RELIABILITY["a"], facts.PARTNER_RELIABILITY["b"], count
        ),
    }


def _check_rng(rng: object) -> np.random.Generator:
    if not isinstance(rng, np.random.Generator):
        raise RelkitTypeError("sim.err.not_generator", name="rng", kind=type(rng).__name__)
    return rng


def _check_partners(partners: Mapping[str, object], params: SellSideParams) -> dict[str, np.ndarray]:
    """Return the partner columns as arrays of the right types, or raise an error a learner can act on."""
    present = list(partners)
    missing = [column for column in PARTNER_COLUMNS if column not in partners]
    if missing:
        raise MissingColumnError(
            "err.missing_columns",
            name="partners",
            missing=", ".join(missing),
            needed=", ".join(PARTNER_COLUMNS),
            present=", ".join(map(str, present)) or "-",
        )
    wanted = [*PARTNER_COLUMNS, *(["gstin"] if "gstin" in partners else [])]
    arrays = {column: np.asarray(partners[column]).ravel() for column in wanted}
    lengths = {column: array.size for column, array in arrays.items()}
    if len(set(lengths.values())) > 1:
        raise RelkitValueError(
            "sim.err.lengths_differ", lengths=", ".join(f"{key} {size}" for key, size in lengths.items())
        )
    ids = arrays["partner_id"]
    if ids.size and ids.dtype.kind not in "iu":
        raise RelkitTypeError(
            "err.not_a_number", name="partner_id", value=repr(ids[0]), kind=type(ids[0]).__name__
        )
    unique, counts = np.unique(ids, return_counts=True)
    if (counts > 1).any():
        raise RelkitValueError("sim.err.duplicate_ids", name="partner_id", value=repr(unique[counts > 1][0]))
    states = arrays["state_code"].astype(object)
    for code in states:
        if not isinstance(code, str) or code not in gst.STATE_CODES:
            raise RelkitValueError("sim.err.bad_state_code", name="state_code", value=repr(code))
    for holder in set(arrays["holder_type"].tolist()):
        check_choice(holder, tuple(gst.HOLDER_TYPES), name="holder_type")
    terms = arrays["terms_days"]
    for term in terms.tolist():
        whole = isinstance(term, int | float) and not isinstance(term, bool) and float(term).is_integer()
        if not whole or term < 0:
            raise RelkitValueError("sim.err.credit_terms", name="terms_days", value=repr(term))
        if params.seller_is_micro_or_small and term > 45:
            raise RelkitValueError("sim.err.msme_terms", name="terms_days", value=repr(term))
    limits = arrays["credit_limit_inr"]
    for limit in limits.tolist():
        if (
            isinstance(limit, bool)
            or not isinstance(limit, int | float)
            or not np.isfinite(limit)
            or limit < 0
        ):
            raise RelkitValueError("sim.err.credit_limit", name="credit_limit_inr", value=repr(limit))
    for column in ("payment_discipline", "service_reliability"):
        for share in arrays[column].tolist():
            number = isinstance(share, int | float) and not isinstance(share, bool)
            if not number or not 0 <= share <= 1:
                raise RelkitValueError("err.out_of_range", name=column, value=repr(share), interval="[0, 1]")
    if "gstin" in arrays:
        for gstin, code in zip(arrays["gstin"].tolist(), states.tolist(), strict=True):
            gst.check_gstin(gstin, name="gstin")
            if gstin[:2] != code:
                raise RelkitValueError(
                    "sim.err.gstin_state_mismatch", name="gstin", value=repr(gstin), code=code
                )
    arrays["state_code"] = states.astype("<U2")
    arrays["terms_days"] = terms.astype(np.int64)
    arrays["credit_limit_inr"] = limits.astype(float)
    return arrays


def _fraction_of(rng: np.random.Generator, counts: np.ndarray, low: float, high: float) -> np.ndarray:
    """At least one, and at most all, of each count: ``floor(count x Uniform(low, high))`` raised to 1."""
    part = np.floor(counts * rng.uniform(low, high, counts.size)).astype(np.int64)
    return np.minimum(np.maximum(part, 1), counts)


def _chance(pair: tuple[float, float], badness: np.ndarray) -> np.ndarray:
    return np.clip(pair[0] + pair[1] * badness, 0.0, 1.0)


def _tax_paise(taxable: np.ndarray, rate: np.ndarray, seller: np.ndarray, buyer: np.ndarray):
    """CGST, SGST and IGST in paise (int64) of taxable values given in paise."""
    if not taxable.size:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    heads = gst.tax_split(taxable / 100, rate, seller, buyer)
    return tuple(np.rint(head * 100).astype(np.int64) for head in heads)


def line_amounts(
    quantity: object, unit_price_inr: object, gst_rate: object, seller_state: object, buyer_state: object
) -> Columns:
    """Return the amounts of invoice lines as :func:`sell_side` computes them, in rupees and whole paise.

    ``taxable = quantity x unit price``; the tax heads come from :func:`relkit.simulation.gst.tax_split`
    (CGST = SGST = taxable x rate / 2 within a state, IGST = taxable x rate across states, each rounded
    to the paisa, halves away from zero); ``total = taxable + CGST + SGST + IGST``. An invoice's amounts
    are the sums of its lines'.

    Examples
    --------
    >>> amounts = line_amounts([10, 10], 87.45, 0.18, "19", ["19", "10"])  # 874.50 x 9 % = 78.705
    >>> amounts["cgst_inr"].tolist(), amounts["igst_inr"].tolist(), amounts["total_inr"].tolist()
    ([78.71, 0.0], [0.0, 157.41], [1031.92, 1031.91])
    """
    quantities = np.asarray(quantity)
    if quantities.dtype.kind not in "iu":
        raise RelkitTypeError(
            "err.not_a_number", name="quantity", value=repr(quantity), kind=quantities.dtype.name
        )
    price = np.rint(np.asarray(unit_price_inr, dtype=float) * 100).astype(np.int64)
    parts = (quantities.astype(np.int64), price, np.asarray(gst_rate, dtype=float))
    states = (np.asarray(seller_state), np.asarray(buyer_state))
    try:
        count, price, rate, seller, buyer = (part.ravel() for part in np.broadcast_arrays(*parts, *states))
    except ValueError:
        shapes = ", ".join(str(np.shape(part)) for part in (*parts, *states))
        raise RelkitValueError("sim.err.gst_shapes", shapes=shapes) from None
    taxable = count * price
    cgst, sgst, igst = _tax_paise(taxable, rate, seller, buyer)
    paise = {"taxable_inr": taxable, "cgst_inr": cgst, "sgst_inr": sgst, "igst_inr": igst}
    paise["total_inr"] = taxable + cgst + sgst + igst
    return {name: value / 100 for name, value in paise.items()}


def _financial_years(dates: np.ndarray) -> np.ndarray:
    """Return the year in which each date's Indian financial year (April to March) begins."""
    months = dates.astype("datetime64[M]").astype(np.int64)  # months since January 1970
    return (months - 3) // 12 + 1970


def _credit_hold(
    owner: np.ndarray,
    day: np.ndarray,
    total: np.ndarray,
    minus_amount: np.ndarray,
    minus_day: np.ndarray,
    limits: np.ndarray,
) -> np.ndarray:
    """Return which orders are refused: those that would take the partner's unpaid balance past its limit.

    The balance on an order's day is, over the partner's earlier accepted orders, their totals less the
    credit notes and payments (`minus_amount`, `minus_day`: one row per order) dated up to that day.
    Partners are few, so this loops over them and over each one's orders in turn (it is sequential).
    """
    held = np.zeros(day.size, dtype=bool)
    starts = np.searchsorted(owner, np.arange(limits.size))
    stops = np.searchsorted(owner, np.arange(limits.size), side="right")
    for partner, (start, stop) in enumerate(zip(starts, stops, strict=True)):
        if start == stop:
            continue
        t = day[start:stop]
        settled = (minus_amount[None, start:stop] * (minus_day[None, start:stop] <= t[:, None, None])).sum(2)
        balance = total[None, start:stop] - settled  # [k, j]: what order j still owes on order k's day
        accepted = np.zeros(stop - start, dtype=bool)
        if np.issubdtype(balance.dtype, np.integer):
            # Whole paise add up exactly in any order, so keep what the accepted orders still owe on each
            # later order's day as a running sum: one look-up per order, not a masked sum of a row.
            owed = np.zeros(stop - start, dtype=balance.dtype)
            limit = limits[partner] * 100
            for k, own in enumerate(total[start:stop]):
                if owed[k] + own <= limit:
                    accepted[k] = True
                    owed += balance[:, k]
        else:
            for k in range(stop - start):
                accepted[k] = balance[k, :k][accepted[:k]].sum() + total[start + k] <= limits[partner] * 100
        held[start:stop] = ~accepted
    return held


def sell_side(
    rng: np.random.Generator,
    partners: Mapping[str, object],
    window: Window,
    *,
    params: SellSideParams | None = None,
) -> dict[str, Columns]:
    """Draw the sell side of a world: orders, lines, invoices, payments, credit notes and dispute causes.

    Parameters
    ----------
    rng : numpy.random.Generator
        The only source of randomness: the same generator state gives the same tables, byte for byte.
    partners : mapping of str to array-like
        One value per partner in each of :data:`PARTNER_COLUMNS`: ``partner_id`` (whole numbers, all
        different), ``state_code`` (GST state code, such as ``"10"``), ``holder_type`` (PAN holder type,
        ``"P"``, ``"F"``, ``"C"``...), ``terms_days`` (whole days, 0 or more), ``credit_limit_inr``
        (0 or more), and the hidden ``payment_discipline`` and ``service_reliability`` in ``[0, 1]``.
        An optional ``gstin`` column gives the partners' GSTINs; otherwise new ones are drawn.
    window : Window
        The days the tables cover; nothing dated on or after its end is in them.
    params : SellSideParams, optional
        The true parameters; :class:`SellSideParams` holds the defaults.

    Returns
    -------
    dict of str to dict of numpy.ndarray
        ``b2b_orders``, ``b2b_order_lines``, ``invoices``, ``invoice_lines``, ``payments``,
        ``credit_notes``, ``dispute_causes`` and ``partner_gstins``, each a dict of equal-length columns:
        ids ``int64``, dates ``datetime64[us]`` (NaT when not yet happened), amounts ``float64`` in rupees
        (whole paise), words from a fixed list ``int8`` codes (``status`` into :data:`ORDER_STATUSES`,
        ``category`` into ``catalog.CATEGORIES``, ``reason`` into :data:`CREDIT_NOTE_REASONS`, ``method``
        into :data:`PAYMENT_CHANNELS`, ``cause`` into ``params.DISPUTE_CATEGORIES``), text ``object``.

    Raises
    ------
    MissingColumnError
        When `partners` lacks a column.
    RelkitValueError
        When the columns differ in length, or hold a repeated id, a state code GST does not have, an unknown
        holder type, negative or broken terms or credit limits, or shares outside ``[0, 1]``.

    Examples
    --------
    >>> import pandas as pd
    >>> window = Window.from_start(pd.Timestamp("2024-01-01"), 6)
    >>> firms = {"partner_id": [7], "state_code": ["10"], "holder_type": ["P"], "terms_days": [30],
    ...          "credit_limit_inr": [200_000.0], "payment_discipline": [0.9], "service_reliability": [0.9]}
    >>> tables = sell_side(np.random.default_rng(0), firms, window)
    >>> invoice = {key: column[0] for key, column in tables["invoices"].items()}
    >>> invoice["seller_gstin"][:2], invoice["buyer_gstin"][:2], float(invoice["cgst_inr"])  # from Kolkata
    ('19', '10', 0.0)
    >>> bool(invoice["due_date"] - invoice["invoice_date"] == np.timedelta64(30, "D"))
    True
    """
    rng = _check_rng(rng)
    params = SellSideParams() if params is None else params
    firms = _check_partners(partners, params)
    if not isinstance(window, Window):
        raise RelkitTypeError("sim.err.not_window", name="window", kind=type(window).__name__)
    days = window.days
    n_partners = firms["partner_id"].size
    gstins = firms["gstin"].astype(object) if "gstin" in firms else _buyer_gstins(rng, firms)

    # orders, sorted by partner then day
    counts = rng.poisson(params.orders_per_month * 12 / 365.25 * days, n_partners)
    owner = np.repeat(np.arange(n_partners), counts)
    day = rng.integers(0, days, owner.size)
    order = np.lexsort((day, owner))
    day = day[order]
    n = owner.size
    badness = 1 - firms["service_reliability"][owner]
    discipline = firms["payment_discipline"][owner]
    promised = day + rng.integers(params.lead_days[0], params.lead_days[1] + 1, n)
    dispatch = day + np.minimum(rng.integers(0, 3, n), promised - day - 1)  # a day's transit at least
    late = rng.random(n) < _chance(params.late_delivery, badness)
    delivered = np.where(
        late, promised + rng.geometric(0.35, n), np.maximum(promised - rng.integers(0, 2, n), dispatch + 1)
    )

    # lines: what was ordered, at what price, and what went wrong with it
    line_counts = np.minimum(1 + rng.poisson(1.5, n), 8)
    line_order = np.repeat(np.arange(n), line_counts)
    starts = segment_starts(line_counts)
    line_no = np.arange(line_order.size) - starts[line_order] + 1
    shares = np.asarray(params.category_shares, dtype=float)
    category = rng.choice(len(catalog.CATEGORIES), line_order.size, p=shares / shares.sum())
    names = np.array(list(catalog.CATEGORIES), dtype=object)[category]
    items = catalog.draw_items(rng, names, on=window.dates(day[line_order]))
    lot = np.asarray(params.lot_median, dtype=float)[category]
    quantity = np.maximum(np.round(rng.lognormal(np.log(lot), 0.5)), 1).astype(np.int64)
    price = np.rint(items["wholesale_inr"] * 100).astype(np.int64)  # paise, the order's agreed price
    cost = np.rint(items["cost_inr"] * 100).astype(np.int64)
    line_bad = badness[line_order]
    short = np.where(
        rng.random(line_order.size) < _chance(params.short_line, line_bad),
        _fraction_of(rng, quantity, 0.05, 0.40),
        0,
    )
    got = quantity - short
    damaged = np.where(
        rng.random(line_order.size) < _chance(params.damaged_line, line_bad),
        _fraction_of(rng, got, 0.05, 0.30),
        0,
    )
    damaged = np.where(got > 0, damaged, 0)
    overpriced = rng.random(line_order.size) < _chance(params.overpriced_line, line_bad)
    invoice_price = np.where(overpriced, np.rint(price * rng.uniform(1.02, 1.10, price.size)), price)
    invoice_price = invoice_price.astype(np.int64)
    return_chance = params.return_factor * np.array([c.return_rate for c in catalog.CATEGORIES.values()])
    kept = got - damaged
    returned = np.where(
        (rng.random(line_order.size) < return_chance[category]) & (kept > 0),
        _fraction_of(rng, kept, 0.1, 0.5),
        0,
    )
    overpriced &= kept - returned > 0  # nothing to refund on a line wholly credited otherwise

    # GST on each line, at the rate of the invoice (dispatch) date for the price invoiced
    seller_state = np.array([DISPATCH_STATE[code] for code in firms["state_code"]], dtype="<U2")[owner]
    buyer_state = firms["state_code"][owner]
    line_seller, line_buyer = seller_state[line_order], buyer_state[line_order]
    rate = (
        gst.gst_rate(items["hsn"], on=window.dates(dispatch[line_order]), unit_value_inr=invoice_price / 100)
        if line_order.size
        else np.zeros(0)
    )
    taxable = quantity * invoice_price
    cgst, sgst, igst = _tax_paise(taxable, rate, line_seller, line_buyer)
    line_total = taxable + cgst + sgst + igst
    order_total = np.add.reduceat(line_total, starts) if n else np.zeros(0, dtype=np.int64)

    # credit notes: one per invoice and reason, GST included, dated after delivery
    credited_taxable = np.stack(
        [short * invoice_price, damaged * invoice_price, (kept - returned) * (invoice_price - price),
         returned * invoice_price],
        axis=1,
    )  # fmt: skip
    credited_taxable[:, 2] *= overpriced
    credited = np.zeros((n, 4), dtype=np.int64)
    for reason in range(4):
        heads = _tax_paise(credited_taxable[:, reason], rate, line_seller, line_buyer)
        line_credit = credited_taxable[:, reason] + sum(heads)
        credited[:, reason] = np.add.reduceat(line_credit, starts) if n else 0
    credited = np.minimum(credited, order_total[:, None] - np.cumsum(credited, axis=1) + credited)
    credited = np.maximum(credited, 0)  # the cap: all the notes of an invoice never pass its total
    wait = np.stack(
        [rng.integers(1, 6, n), rng.integers(2, 11, n), rng.integers(1, 11, n), rng.integers(7, 31, n)],
        axis=1,
    )
    credit_day = np.where(credited > 0, delivered[:, None] + wait, np.iinfo(np.int64).max)

    # payments: on time or late by discipline, after any credit note, sometimes in two parts
    terms = firms["terms_days"][owner]
    due = dispatch + terms
    pays_late = rng.random(n) < np.clip(
        params.late_payment[0] - params.late_payment[1] * discipline, 0.02, 0.98
    )
    delay = rng.geometric(1 / (5 + 40 * (1 - discipline)))
    early = np.floor(rng.random(n) * (np.minimum(terms, 7) + 1)).astype(np.int64)
    paid_day = np.where(pays_late, due + delay, due - early)
    has_note = credited.sum(1) > 0
    last_note = np.where(credited > 0, credit_day, -1).max(1)
    paid_day = np.where(has_note, np.maximum(paid_day, last_note + rng.integers(1, 8, n)), paid_day)
    owed = order_total - credited.sum(1)
    split = rng.random(n) < _chance(params.partial_payment, 1 - discipline)
    first = np.where(split, np.rint(owed * rng.uniform(0.3, 0.8, n)).astype(np.int64), owed)
    pay_amount = np.stack([first, owed - first], axis=1)
    pay_day = np.stack([paid_day, paid_day + rng.integers(7, 46, n)], axis=1)
    pay_day[:, 1] = np.where(split, pay_day[:, 1], np.iinfo(np.int64).max)
    channel_draw = rng.random((n, 2))

    # credit hold, then what happened by the window's end
    held = _credit_hold(
        owner,
        day,
        order_total,
        np.concatenate([credited, pay_amount], axis=1),
        np.concatenate([credit_day, pay_day], axis=1),
        firms["credit_limit_inr"],
    )
    invoiced = ~held & (dispatch < days)
    arrived = invoiced & (delivered < days)
    status = np.where(held, 3, np.where(~invoiced, 2, np.where(arrived, 0, 1))).astype(np.int8)
    order_id = np.arange(1, n + 1, dtype=np.int64)
    partner_id = firms["partner_id"].astype(np.int64)[owner]
    line_arrived = arrived[line_order]

    tables = {
        "b2b_orders": {
            "order_id": order_id,
            "partner_id": partner_id,
            "order_date": window.dates(day),
            "promised_date": window.dates(promised),
            "delivered_date": window.dates_or_missing(np.where(arrived, delivered, -1)),
            "status": status,
        },
        "b2b_order_lines": {
            "order_id": order_id[line_order],
            "line_no": line_no.astype(np.int64),
            "hsn": items["hsn"],
            "category": category.astype(np.int8),
            "quantity_ordered": quantity,
            "quantity_delivered": np.where(line_arrived, got, 0),
            "unit_price_inr": price / 100,
            "unit_cost_inr": cost / 100,
        },
        "partner_gstins": {"partner_id": firms["partner_id"].astype(np.int64), "gstin": gstins},
    }
    tables.update(
        _invoices(
            window,
            order_id=order_id,
            partner_id=partner_id,
            invoiced=invoiced,
            dispatch=dispatch,
            due=due,
            seller_state=seller_state,
            buyer_gstin=gstins[owner],
            buyer_state=buyer_state,
            lines=(
                line_order,
                line_no,
                items["hsn"],
                quantity,
                invoice_price,
                taxable,
                rate,
                cgst,
                sgst,
                igst,
            ),
        )
    )
    invoice_of = np.zeros(n, dtype=np.int64)
    invoice_of[tables["invoices"]["order_id"] - 1] = tables["invoices"]["invoice_id"]
    tables["payments"] = _payments(window, invoice_of, invoiced, pay_amount, pay_day, channel_draw)
    tables["credit_notes"] = _credit_notes(window, invoice_of, invoiced, credited, credit_day)
    tables["dispute_causes"] = _dispute_causes(
        window,
        order_id=order_id,
        partner_id=partner_id,
        invoice_of=invoice_of,
        arrived=arrived,
        late=late & (delivered > promised),
        delivered=delivered,
        promised=promised,
        order_total=order_total,
        line_order=line_order,
        line_flags=(short > 0, damaged > 0, overpriced),
        credited=credited,
    )
    return tables


def _buyer_gstins(rng: np.random.Generator, firms: Mapping[str, np.ndarray]) -> np.ndarray:
    """Return new GSTINs, one per partner, for its state and PAN holder type (all different)."""
    out = np.empty(firms["partner_id"].size, dtype=object)
    holders = firms["holder_type"].astype(str)
    for holder in sorted(set(holders.tolist())):  # a different holder letter means a different PAN
        mine = holders == holder
        out[mine] = gst.make_gstins(firms["state_code"][mine], rng, holder_type=holder).astype(object)
    return out


def _invoices(
    window: Window,
    *,
    order_id,
    partner_id,
    invoiced,
    dispatch,
    due,
    seller_state,
    buyer_gstin,
    buyer_state,
    lines,
) -> dict[str, Columns]:
    """Return the invoices of the dispatched orders and their lines, numbered per GSTIN and financial year.

    CGST Rule 46(b): a consecutive serial number of at most 16 characters, unique for a financial year.
    Each GSTIN is a registration of its own, so each has its own series: ``"19/23-24/000123"`` is the
    123rd invoice of the Kolkata registration in the year from 1 April 2023 (15 characters).
    """
    line_order, line_no, hsn, quantity, unit_price, taxable, rate, cgst, sgst, igst = lines
    chosen = np.flatnonzero(invoiced)
    chosen = chosen[np.lexsort((chosen, dispatch[chosen]))]  # by date, then order
    m = chosen.size
    invoice_id = np.arange(1, m + 1, dtype=np.int64)
    dates = window.dates(dispatch[chosen])
    seller = seller_state[chosen]
    number = _invoice_numbers(seller, dates)
    # lines of the chosen orders, in invoice order
    position = np.full(invoiced.size, -1, dtype=np.int64)
    position[chosen] = np.arange(m)
    keep = position[line_order] >= 0
    picked = np.flatnonzero(keep)
    picked = picked[np.lexsort((line_no[picked], position[line_order[picked]]))]
    line_invoice = position[line_order[picked]]
    heads = {"taxable_inr": taxable, "cgst_inr": cgst, "sgst_inr": sgst, "igst_inr": igst}
    sums = {}
    for name, column in heads.items():  # exact sums of whole paise
        sums[name] = np.zeros(m, dtype=np.int64)
        np.add.at(sums[name], line_invoice, column[picked])
    total = sums["taxable_inr"] + sums["cgst_inr"] + sums["sgst_inr"] + sums["igst_inr"]
    invoices = {
        "invoice_id": invoice_id,
        "invoice_no": number,
        "order_id": order_id[chosen],
        "partner_id": partner_id[chosen],
        "seller_gstin": np.array([SHOP_GSTINS[code] for code in seller], dtype=object),
        "buyer_gstin": buyer_gstin[chosen],
        "place_of_supply": buyer_state[chosen].astype(object),
        "invoice_date": dates,
        "due_date": window.dates(due[chosen]),
        **{name: value / 100 for name, value in sums.items()},
        "total_inr": total / 100,
    }
    invoice_lines = {
        "invoice_id": invoice_id[line_invoice],
        "line_no": line_no[picked].astype(np.int64),
        "hsn": hsn[picked],
        "quantity": quantity[picked],
        "unit_price_inr": unit_price[picked] / 100,
        "gst_rate": rate[picked].astype(float),
        **{name: column[picked] / 100 for name, column in heads.items()},
    }
    return {"invoices": invoices, "invoice_lines": invoice_lines}


def _invoice_numbers(seller: np.ndarray, dates: np.ndarray) -> np.ndarray:
    """Return invoice numbers ``"<state>/<yy>-<yy>/<serial>"`` in date order: a series per GSTIN and year."""
    m = seller.size
    year = _financial_years(dates)
    key = np.char.add(seller.astype(str), year.astype(str))
    by_key = np.argsort(key, kind="stable")
    first = np.ones(m, dtype=bool)
    first[1:] = key[by_key][1:] != key[by_key][:-1]
    run_start = np.maximum.accumulate(np.where(first, np.arange(m), 0)) if m else np.zeros(0, dtype=np.int64)
    serial = np.empty(m, dtype=np.int64)
    serial[by_key] = np.arange(m) - run_start + 1
    # f"{code}/{y % 100:02d}-{(y + 1) % 100:02d}/{s:06d}" for each invoice, built column-wise
    pieces = (seller, "/", _digits(year % 100, 2), "-", _digits((year + 1) % 100, 2), "/", _digits(serial, 6))
    number = np.asarray(seller, dtype=np.dtypes.StringDType())
    for piece in pieces[1:]:
        number = np.strings.add(number, piece)
    return number.astype(object)


def _digits(numbers: np.ndarray, width: int) -> np.ndarray:
    """Write whole numbers of 0 or more in decimal, zero-padded to `width` digits (``f"{n:0{width}d}"``)."""
    return np.strings.zfill(numbers.astype(np.dtypes.StringDType()), width)


def _payments(window: Window, invoice_of, invoiced, amount, day, draw) -> Columns:
    """Payments made inside the window, in date order: NEFT, RTGS (Rs 2 lakh or more), UPI (to Rs 1 lakh)."""
    take = invoiced[:, None] & (amount > 0) & (day < window.days)
    rows, part = np.nonzero(take)
    order = np.lexsort((part, rows, day[rows, part]))
    rows, part = rows[order], part[order]
    paise = amount[rows, part]
    u = draw[rows, part]
    big = paise >= 200_000 * 100
    upi_ok = paise <= 100_000 * 100
    # from 2 lakh: RTGS 70 %, NEFT 30 %; to 1 lakh: NEFT 45 %, UPI 30 %, cheque 25 %; else NEFT 75 %, cheque
    method = np.where(
        big,
        np.where(u < 0.7, 1, 0),
        np.where(upi_ok, np.where(u < 0.45, 0, np.where(u < 0.75, 2, 3)), np.where(u < 0.75, 0, 3)),
    )
    return {
        "payment_id": np.arange(1, rows.size + 1, dtype=np.int64),
        "invoice_id": invoice_of[rows],
        "paid_date": window.dates(day[rows, part]),
        "amount_inr": paise / 100,
        "method": method.astype(np.int8),
    }


def _credit_notes(window: Window, invoice_of, invoiced, credited, day) -> Columns:
    """Credit notes issued inside the window, in date order."""
    take = invoiced[:, None] & (credited > 0) & (day < window.days)
    rows, reason = np.nonzero(take)
    order = np.lexsort((reason, rows, day[rows, reason]))
    rows, reason = rows[order], reason[order]
    return {
        "credit_note_id": np.arange(1, rows.size + 1, dtype=np.int64),
        "invoice_id": invoice_of[rows],
        "date": window.dates(day[rows, reason]),
        "amount_inr": credited[rows, reason] / 100,
        "reason": reason.astype(np.int8),
    }


def _dispute_causes(
    window: Window,
    *,
    order_id,
    partner_id,
    invoice_of,
    arrived,
    late,
    delivered,
    promised,
    order_total,
    line_order,
    line_flags,
    credited,
) -> Columns:
    """Return one row per thing that went wrong with a delivered order, for the v2 disputes generator.

    ``cause`` uses the words of ``params.DISPUTE_CATEGORIES``: late delivery (at stake: the invoice
    total), short delivery, quality (damaged goods) and an invoice overpriced against the order (at
    stake: the credit due). All are noticed on the delivery date; ``days_late`` is 0 except for lateness.
    """
    n = order_id.size
    flags = [late]
    for line_flag in line_flags:
        any_line = np.zeros(n, dtype=bool)
        np.logical_or.at(any_line, line_order, line_flag)
        flags.append(any_line)
    stake = np.stack([order_total, credited[:, 0], credited[:, 1], credited[:, 2]], axis=1)
    happened = np.stack(flags, axis=1) & arrived[:, None]
    rows, cause = np.nonzero(happened)
    order = np.lexsort((cause, rows, delivered[rows]))
    rows, cause = rows[order], cause[order]
    return {
        "cause_id": np.arange(1, rows.size + 1, dtype=np.int64),
        "partner_id": partner_id[rows],
        "order_id": order_id[rows],
        "invoice_id": invoice_of[rows],
        "cause": cause.astype(np.int8),
        "noticed_date": window.dates(delivered[rows]),
        "amount_inr": stake[rows, cause] / 100,
        "days_late": np.where(cause == 0, delivered[rows] - promised[rows], 0).astype(np.int64),
    }


def _paise(amounts: np.ndarray) -> np.ndarray:
    return np.rint(np.asarray(amounts, dtype=float) * 100).astype(np.int64)


def _as_day(value: object) -> np.datetime64:
    return np.datetime64(parse_date(value, name="as_of").date(), "D")


TABLE_NAMES: tuple[str, ...] = (
    "b2b_orders",
    "b2b_order_lines",
    "invoices",
    "invoice_lines",
    "payments",
    "credit_notes",
)
"""The world tables :func:`sell_side` draws (it also returns ``dispute_causes`` and ``partner_gstins``)."""


def _renumber(keep: np.ndarray) -> np.ndarray:
    """Map old 1-based ids to new ones: 0 for a row dropped, else its place among the rows kept."""
    return np.concatenate([[0], np.where(keep, np.cumsum(keep), 0)]).astype(np.int64)


def keep_orders(
    tables: Mapping[str, Mapping[str, np.ndarray]], keep: np.ndarray
) -> tuple[dict[str, Columns], np.ndarray]:
    """Return the tables of :func:`sell_side` with only the orders where `keep` is True, and the id map.

    Used when a partner joins during the window or stops trading: its orders before it joined or after
    it left never happened. Every table follows its orders (lines, invoices, their lines, payments,
    credit notes, dispute causes); ids are renumbered from 1 in the same order, and the invoice numbers
    are given again so that each GSTIN's series stays consecutive (CGST rule 46(b)). Nothing else
    changes: what happened to an order kept does not depend on the orders dropped after it.

    Returns
    -------
    tables : dict
        The same tables (``partner_gstins`` too, when present).
    invoice_map : numpy.ndarray
        ``invoice_map[old_invoice_id]`` is the new id, 0 for an invoice dropped (index 0 is unused).

    Examples
    --------
    >>> import pandas as pd
    >>> window = Window.from_start(pd.Timestamp("2024-01-01"), 6)
    >>> tables = sell_side(np.random.default_rng(0), draw_partners(np.random.default_rng(1), 2), window)
    >>> orders = tables["b2b_orders"]
    >>> kept, invoice_map = keep_orders(tables, orders["order_date"] >= np.datetime64("2024-03-01"))
    >>> kept["b2b_orders"]["order_id"][:3].tolist(), kept["invoices"]["invoice_no"][0][-6:]
    ([1, 2, 3], '000001')
    """
    keep = np.asarray(keep, dtype=bool)
    orders = tables["b2b_orders"]
    order_map = _renumber(keep[np.argsort(orders["order_id"])])
    invoices = tables["invoices"]
    invoice_keep = order_map[invoices["order_id"]] > 0
    invoice_map = _renumber(invoice_keep[np.argsort(invoices["invoice_id"])])

    def rows(table: Mapping[str, np.ndarray], mask: np.ndarray) -> Columns:
        return {name: column[mask] for name, column in table.items()}

    out: dict[str, Columns] = {key: dict(value) for key, value in tables.items()}
    out["b2b_orders"] = rows(orders, keep)
    out["b2b_orders"]["order_id"] = order_map[orders["order_id"][keep]]
    lines = tables["b2b_order_lines"]
    mask = order_map[lines["order_id"]] > 0
    out["b2b_order_lines"] = rows(lines, mask) | {"order_id": order_map[lines["order_id"][mask]]}
    kept = rows(invoices, invoice_keep)
    kept["invoice_id"] = invoice_map[kept["invoice_id"]]
    kept["order_id"] = order_map[kept["order_id"]]
    kept["invoice_no"] = _invoice_numbers(
        np.array([text[:2] for text in kept["seller_gstin"]], dtype="<U2"), kept["invoice_date"]
    )
    out["invoices"] = kept
    for name, key in (
        ("invoice_lines", None),
        ("payments", "payment_id"),
        ("credit_notes", "credit_note_id"),
    ):
        table = tables[name]
        mask = invoice_map[table["invoice_id"]] > 0
        out[name] = rows(table, mask) | {"invoice_id": invoice_map[table["invoice_id"][mask]]}
        if key:
            out[name][key] = np.arange(1, int(mask.sum()) + 1, dtype=np.int64)
    if "dispute_causes" in tables:
        causes = tables["dispute_causes"]
        mask = order_map[causes["order_id"]] > 0
        out["dispute_causes"] = rows(causes, mask) | {
            "order_id": order_map[causes["order_id"][mask]],
            "invoice_id": invoice_map[causes["invoice_id"][mask]],
            "cause_id": np.arange(1, int(mask.sum()) + 1, dtype=np.int64),
        }
    return out, invoice_map


def days_sales_outstanding(
    tables: Mapping[str, Mapping[str, np.ndarray]], *, as_of: object, period_days: int = 365
) -> float:
    """Return days sales outstanding on `as_of`: what partners owe, over net credit sales, times the days.

    ``DSO = receivables / (invoiced - credited in the period) x period_days``, where receivables are the
    invoice totals dated up to `as_of` less the credit notes and payments dated up to it, and the period
    is the `period_days` days ending on `as_of`. The calibration range is 30-60 days.

    Examples
    --------
    >>> tables = {
    ...     "invoices": {"invoice_date": np.array(["2024-01-05", "2024-02-01"], dtype="datetime64[us]"),
    ...                  "total_inr": np.array([1000.0, 1000.0])},
    ...     "credit_notes": {"date": np.array([], dtype="datetime64[us]"), "amount_inr": np.zeros(0)},
    ...     "payments": {"paid_date": np.array(["2024-02-10"], dtype="datetime64[us]"),
    ...                  "amount_inr": np.array([1000.0])},
    ... }
    >>> days_sales_outstanding(tables, as_of="2024-03-01", period_days=60)  # 1,000 owed on 2,000 sold
    30.0
    """
    end = _as_day(as_of)
    start = end - np.timedelta64(int(period_days), "D")
    invoices, notes, payments = tables["invoices"], tables["credit_notes"], tables["payments"]
    invoice_day = invoices["invoice_date"].astype("datetime64[D]")
    note_day = notes["date"].astype("datetime64[D]")
    paid_day = payments["paid_date"].astype("datetime64[D]")
    total, credit, paid = (
        _paise(invoices["total_inr"]),
        _paise(notes["amount_inr"]),
        _paise(payments["amount_inr"]),
    )
    owed = total[invoice_day <= end].sum() - credit[note_day <= end].sum() - paid[paid_day <= end].sum()
    sales = total[(invoice_day > start) & (invoice_day <= end)].sum()
    sales -= credit[(note_day > start) & (note_day <= end)].sum()
    return float(owed / sales * period_days) if sales > 0 else float("nan")


def share_paid_late(tables: Mapping[str, Mapping[str, np.ndarray]], *, as_of: object) -> float:
    """Return the share of invoices due by `as_of` that were settled after their due date or not at all.

    An invoice is settled on the day its payments and credit notes first cover its total.

    Examples
    --------
    >>> tables = {
    ...     "invoices": {"invoice_id": np.array([1, 2]), "total_inr": np.array([500.0, 800.0]),
    ...                  "due_date": np.array(["2024-01-31", "2024-01-31"], dtype="datetime64[us]")},
    ...     "credit_notes": {"invoice_id": np.array([2]), "amount_inr": np.array([100.0]),
    ...                      "date": np.array(["2024-01-20"], dtype="datetime64[us]")},
    ...     "payments": {"invoice_id": np.array([1, 2]), "amount_inr": np.array([500.0, 700.0]),
    ...                  "paid_date": np.array(["2024-01-30", "2024-02-03"], dtype="datetime64[us]")},
    ... }
    >>> share_paid_late(tables, as_of="2024-03-31")
    0.5
    """
    end = _as_day(as_of)
    invoices, notes, payments = tables["invoices"], tables["credit_notes"], tables["payments"]
    ids = invoices["invoice_id"]
    due = invoices["due_date"].astype("datetime64[D]")
    index = {int(key): i for i, key in enumerate(ids.tolist())}
    events = [
        (notes["invoice_id"], notes["date"], notes["amount_inr"]),
        (payments["invoice_id"], payments["paid_date"], payments["amount_inr"]),
    ]
    which = np.array([index[int(key)] for part in events for key in part[0].tolist()], dtype=np.int64)
    when = np.concatenate([part[1].astype("datetime64[D]") for part in events])
    amount = np.concatenate([_paise(part[2]) for part in events])
    keep = when <= end
    which, when, amount = which[keep], when[keep], amount[keep]
    order = np.lexsort((when, which))
    which, when, amount = which[order], when[order], amount[order]
    covered = np.zeros(ids.size, dtype=np.int64)
    settled = np.full(ids.size, np.datetime64("NaT"), dtype="datetime64[D]")
    total = _paise(invoices["total_inr"])
    for i, day, paise in zip(which.tolist(), when, amount.tolist(), strict=True):
        covered[i] += paise
        if np.isnat(settled[i]) and covered[i] >= total[i]:
            settled[i] = day
    due_by = due <= end
    late = np.isnat(settled) | (settled > due)
    return float((late & due_by).sum() / due_by.sum()) if due_by.any() else float("nan")
