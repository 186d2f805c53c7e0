"""The shop's catalogue as data: categories, HSN codes, prices, margins, returns, payment methods and RTO.

World version 2 (issue #12) draws what the shop sells from here, for customers (B2C) and for the
distributors and resellers who buy wholesale (B2B, :mod:`relkit.simulation.sellside`). This module is a
building block: the v1 world does not use it.

The categories are the keys of ``params.ORDER_CATEGORIES`` (the ``category`` column of ``orders``), so a
v2 order keeps its v1 category words. They map onto the wording of ``docs/calibration.md``, row "Gross
margin by category", as: ``groceries`` = groceries and staples; ``fashion`` = apparel *and footwear*
(HSN 6404 sits here, as in :data:`relkit.simulation.gst.HSN_RULES`); ``electronics`` = electronics
*accessories* only (chargers, earphones; mobile phones, HSN 8517, are left out because the calibrated
margin is the accessories' one); ``home`` = home and kitchen; ``beauty`` = beauty and personal care;
``books`` = books and stationery. Suppliers carry these same words in ``partners.category`` (a supplier
stocks one shop category); vendors carry ``packaging`` or ``logistics``, which are inputs, not goods for
sale (``params.PARTNER_CATEGORIES``).

Where each number comes from
----------------------------
* ``margin``: the calibration row "Gross margin by category", copied exactly; each item's gross margin is
  drawn uniformly inside it, so every category's average (weighted or not) stays inside the range.
  Gross margin is on the net sale value, after GST: ``margin_inr = net_inr - cost_inr``.
* ``price_inr``, ``wholesale_discount`` and ``return_rate``: no calibration row; judgements, explained
  beside each number. Prices are what a customer pays for one piece, GST included (as an Indian list
  price or MRP is); they are log-uniform between the two ends.
* Payment methods and RTO: the calibration rows "COD share of orders" (40-65 %), "RTO rate, COD orders"
  (18-35 %), "RTO rate, prepaid orders" (1-8 %) and "RTO rate, all orders" (8-22 %).

Examples
--------
>>> rng = np.random.default_rng(4)
>>> items = draw_items(rng, ["groceries", "beauty", "fashion"], on="2024-03-01")
>>> sorted(items)
['category', 'cost_inr', 'gst_rate', 'hsn', 'margin_inr', 'net_inr', 'price_inr', 'wholesale_inr']
>>> bool(((items["margin_inr"] / items["net_inr"]) >= 0.10).all())
True
>>> pay = draw_payment_and_rto(rng, 5)
>>> sorted(pay), pay["payment_method"].dtype.name
(['payment_method', 'rto'], 'int8')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from ..errors import RelkitTypeError, RelkitValueError
from ..validation import check_count, check_fraction
from . import gst

__all__ = [
    "CATEGORIES",
    "PAYMENT_METHODS",
    "PREPAID_METHODS",
    "Category",
    "PaymentMethod",
    "category_codes",
    "draw_items",
    "draw_payment_and_rto",
    "draw_returns",
]

Columns = dict[str, np.ndarray]


class Category(NamedTuple):
    """One category of the catalogue.

    Attributes
    ----------
    hsn, hsn_shares : tuple
        HSN codes of :data:`relkit.simulation.gst.HSN_RULES` in this category, and the share of items of each.
    price_inr : (float, float)
        Lowest and highest price of one piece to a customer, GST included (log-uniform between).
    margin : (float, float)
        Gross margin on the net (after-GST) sale value: docs/calibration.md, "Gross margin by category".
    wholesale_discount : float
        Discount off the net price for distributors and resellers; smaller than the lowest margin, so a
        wholesale sale never loses money.
    return_rate : float
        Chance that a customer returns a delivered item (a return, not an RTO).
    """

    hsn: tuple[str, ...]
    hsn_shares: tuple[float, ...]
    price_inr: tuple[float, float]
    margin: tuple[float, float]
    wholesale_discount: float
    return_rate: float


CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {
        # Staples: thin margin (calibration 10-20 %); a kirana needs some margin of its own, so 5 % off.
        # Prices: a 250 g tea pack to a 10 kg rice bag. Food is rarely sent back: 2 % (judgement).
        "groceries": Category(
            ("1006", "0902", "2106"), (0.4, 0.3, 0.3), (40.0, 900.0), (0.10, 0.20), 0.05, 0.02
        ),
        # Apparel and footwear: calibration 40-60 %; wholesale 25 % off. Size and fit make fashion the
        # most returned category of Indian e-commerce; 18 % is a judgement (no source in the calibration).
        "fashion": Category(
            ("6109", "6204", "6404"), (0.4, 0.35, 0.25), (250.0, 3000.0), (0.40, 0.60), 0.25, 0.18
        ),
        # Accessories only (chargers, earphones, speakers): calibration 20-35 %; wholesale 12 % off.
        "electronics": Category(("8504", "8518"), (0.5, 0.5), (200.0, 4000.0), (0.20, 0.35), 0.12, 0.08),
        # Steel kitchenware: calibration 30-45 %; wholesale 18 % off.
        "home": Category(("7323",), (1.0,), (150.0, 3500.0), (0.30, 0.45), 0.18, 0.07),
        # Shampoo, hair oil, toothpaste, soap: calibration 55-70 %; wholesale 30 % off.
        "beauty": Category(
            ("3305", "3306", "3401"), (0.4, 0.3, 0.3), (40.0, 900.0), (0.55, 0.70), 0.30, 0.04
        ),
        # Printed books (nil-rated) and exercise books: calibration 20-35 %; wholesale 12 % off.
        "books": Category(("4901", "4820"), (0.8, 0.2), (60.0, 900.0), (0.20, 0.35), 0.12, 0.03),
    }
)
"""The catalogue, by the category words of ``orders.category`` (see the module's notes for the sources)."""


class PaymentMethod(NamedTuple):
    """A way customers pay: its share of orders, and the chance that such an order returns to origin."""

    share: float
    rto: float


# COD 50 % sits inside the calibration's 40-65 % ("COD share of orders"); its RTO 25 % inside 18-35 %
# ("RTO rate, COD orders"). Prepaid methods 2.5-5 % inside 1-8 % ("RTO rate, prepaid orders"): a wallet
# is often a new customer's first try, so it is highest. The prepaid split (UPI most) is a judgement.
# All orders: 0.5 x 0.25 + 0.33 x 0.03 + 0.1 x 0.025 + 0.03 x 0.03 + 0.04 x 0.05 = 14.0 %, inside 8-22 %.
PAYMENT_METHODS: Mapping[str, PaymentMethod] = MappingProxyType(
    {
        "upi": PaymentMethod(0.33, 0.030),
        "card": PaymentMethod(0.10, 0.025),
        "net_banking": PaymentMethod(0.03, 0.030),
        "wallet": PaymentMethod(0.04, 0.050),
        "cod": PaymentMethod(0.50, 0.250),
    }
)
"""Payment methods of customer orders, in code order (``payment_method`` 0 is UPI, 4 is cash on delivery)."""
PREPAID_METHODS: tuple[str, ...] = ("upi", "card", "net_banking", "wallet")

_NAMES = tuple(CATEGORIES)
_PAISE = 100


def category_codes(categories: object) -> np.ndarray:
    """Return the code (position in :data:`CATEGORIES`) of each category word, as ``int8``.

    Examples
    --------
    >>> category_codes(["groceries", "books"]).tolist()
    [0, 5]
    >>> category_codes(["toys"])
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `categories` holds 'toys', which is not a category of the catalogue. Use one of: groceries, fashion, electronics, home, beauty, books.
    """  # noqa: E501
    words = np.asarray(categories, dtype=object).ravel()
    known = {name: code for code, name in enumerate(_NAMES)}
    for word in words:
        if word not in known:
            raise RelkitValueError(
                "sim.err.unknown_category", name="categories", value=repr(word), allowed=", ".join(_NAMES)
            )
    return np.array([known[word] for word in words], dtype=np.int8)


def _check_rng(rng: object) -> np.random.Generator:
    if not isinstance(rng, np.random.Generator):
        raise RelkitTypeError("sim.err.not_generator", name="rng", kind=type(rng).__name__)
    return rng


def draw_items(rng: np.random.Generator, categories: object, *, on: object) -> Columns:
    """Draw one item of each given category: HSN code, price, GST rate on a date, cost and margin.

    Parameters
    ----------
    rng : numpy.random.Generator
        The only source of randomness.
    categories : array-like of str
        A word of :data:`CATEGORIES` per item wanted (repeat a word for many items of it).
    on : date-like or array-like of dates
        The sale date of each item (or one for all), for the GST rate in force.

    Returns
    -------
    dict of numpy.ndarray
        ``category`` (int8 code), ``hsn`` (text), ``gst_rate`` (for the piece's value net of GST; in the
        narrow band where that value is above a slab's limit at the lower rate but not at the higher
        one, the higher rate), ``price_inr`` (to a customer, GST included,
        whole rupees), ``net_inr`` (``price / (1 + rate)`` to the paisa), ``cost_inr`` and ``margin_inr``
        (``net - cost``, exact in paise), and ``wholesale_inr``: the taxable price of one piece to a
        distributor, ``net x (1 - wholesale_discount)`` to the paisa, GST to be added on the invoice.

    Examples
    --------
    >>> items = draw_items(np.random.default_rng(0), ["books", "books"], on="2024-06-01")
    >>> items["hsn"].tolist(), items["gst_rate"].tolist()
    (['4901', '4901'], [0.0, 0.0])
    >>> bool((items["net_inr"] == items["price_inr"]).all())  # nil-rated: the price is all net value
    True
    """
    rng = _check_rng(rng)
    codes = category_codes(categories)
    n = codes.size
    rows = [CATEGORIES[name] for name in _NAMES]
    low, high = (np.array([row.price_inr[k] for row in rows])[codes] for k in (0, 1))
    m_low, m_high = (np.array([row.margin[k] for row in rows])[codes] for k in (0, 1))
    discount = np.array([row.wholesale_discount for row in rows])[codes]
    hsn = np.empty(n, dtype=object)
    pick = rng.random(n)
    for code, row in enumerate(rows):  # six categories: a short loop, vectorised within each
        mine = codes == code
        edges = np.cumsum(row.hsn_shares)
        index = np.minimum(np.searchsorted(edges / edges[-1], pick[mine], side="right"), len(row.hsn) - 1)
        hsn[mine] = np.array(row.hsn, dtype=object)[index]
    price = np.maximum(np.round(np.exp(rng.uniform(np.log(low), np.log(high)))), 1.0)
    margin = rng.uniform(m_low, m_high)
    dates = on if isinstance(on, str) or np.ndim(on) == 0 else np.asarray(on)
    rate = np.zeros(0)
    if n:  # the rate of apparel and footwear depends on the value net of GST, which depends on the rate:
        low_rate = gst.gst_rate(hsn, on=dates, unit_value_inr=np.zeros(n))  # so test the lower rate's net
        rate = gst.gst_rate(hsn, on=dates, unit_value_inr=price / (1 + low_rate))
    net = np.rint(price * _PAISE / (1 + rate)).astype(np.int64)
    cost = np.rint(net * (1 - margin)).astype(np.int64)
    wholesale = np.rint(net * (1 - discount)).astype(np.int64)
    return {
        "category": codes,
        "hsn": hsn,
        "gst_rate": np.asarray(rate, dtype=float),
        "price_inr": price,
        "net_inr": net / _PAISE,
        "cost_inr": cost / _PAISE,
        "margin_inr": (net - cost) / _PAISE,
        "wholesale_inr": wholesale / _PAISE,
    }


def draw_payment_and_rto(rng: np.random.Generator, n: int, *, cod_share: float | None = None) -> Columns:
    """Draw how each of `n` customer orders is paid and whether it is returned to origin (RTO).

    An RTO order never reaches the customer: refused at the door, nobody home, a wrong address. Cash on
    delivery is refused far more often, since nothing has been paid yet (:data:`PAYMENT_METHODS`).

    Parameters
    ----------
    rng : numpy.random.Generator
        The only source of randomness.
    n : int
        Number of orders (0 or more).
    cod_share : float, optional
        Share of cash on delivery, to replace the default 0.5; the prepaid methods keep their proportions.
        The calibration range is 0.40-0.65.

    Returns
    -------
    dict of numpy.ndarray
        ``payment_method`` (int8 code into :data:`PAYMENT_METHODS`) and ``rto`` (bool).

    Examples
    --------
    >>> drawn = draw_payment_and_rto(np.random.default_rng(1), 20_000)
    >>> cod = drawn["payment_method"] == list(PAYMENT_METHODS).index("cod")
    >>> round(float(cod.mean()), 2), bool(drawn["rto"][cod].mean() > 5 * drawn["rto"][~cod].mean())
    (0.5, True)
    """
    rng = _check_rng(rng)
    n = check_count(n, name="n", minimum=0)
    shares = np.array([method.share for method in PAYMENT_METHODS.values()])
    if cod_share is not None:
        cod = check_fraction(cod_share, name="cod_share")
        shares = np.append(shares[:-1] / shares[:-1].sum() * (1 - cod), cod)
    method = rng.choice(len(shares), n, p=shares / shares.sum()).astype(np.int8)
    rto_chance = np.array([method_.rto for method_ in PAYMENT_METHODS.values()])[method]
    return {"payment_method": method, "rto": rng.random(n) < rto_chance}


def draw_returns(rng: np.random.Generator, categories: object, *, delivered: object) -> np.ndarray:
    """Return whether each item is sent back by the customer: only delivered items, at its category's rate.

    Examples
    --------
    >>> rng = np.random.default_rng(2)
    >>> returned = draw_returns(rng, ["fashion"] * 4, delivered=[True, True, False, True])
    >>> returned.dtype.name, bool(returned[2])
    ('bool', False)
    """
    rng = _check_rng(rng)
    codes = category_codes(categories)
    arrived = np.asarray(delivered, dtype=bool).ravel()
    if arrived.size != codes.size:
        raise RelkitValueError(
            "sim.err.lengths_differ", lengths=f"categories {codes.size}, delivered {arrived.size}"
        )
    chance = np.array([CATEGORIES[name].return_rate for name in _NAMES])[codes]
    return arrived & (rng.random(codes.size) < chance)
