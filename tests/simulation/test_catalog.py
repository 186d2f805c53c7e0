"""The shop's catalogue: categories line up with the world's, numbers sit inside docs/calibration.md."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.simulation import catalog, gst
from relkit.simulation import params as facts

NAMES = list(catalog.CATEGORIES)

# docs/calibration.md, "Gross margin by category"
CALIBRATED_MARGIN = {
    "groceries": (0.10, 0.20),
    "books": (0.20, 0.35),
    "electronics": (0.20, 0.35),
    "home": (0.30, 0.45),
    "fashion": (0.40, 0.60),
    "beauty": (0.55, 0.70),
}


def test_categories_are_the_order_categories_of_the_world():
    assert list(facts.ORDER_CATEGORIES) == NAMES
    assert set(NAMES) <= set(facts.PARTNER_CATEGORIES)  # suppliers carry the shop's own words


@pytest.mark.parametrize("name", NAMES)
def test_each_category_uses_its_own_hsn_codes_and_calibrated_margin(name):
    row = catalog.CATEGORIES[name]
    rules = {rule.hsn: rule.category for rule in gst.HSN_RULES}
    assert all(rules[code] == name for code in row.hsn)
    assert len(row.hsn) == len(row.hsn_shares)
    assert sum(row.hsn_shares) == pytest.approx(1)
    assert row.margin == CALIBRATED_MARGIN[name]
    assert 0 <= row.wholesale_discount < row.margin[0]  # a wholesale sale never loses money
    assert 0 < row.price_inr[0] < row.price_inr[1]
    assert 0 <= row.return_rate < 1


def test_payment_shares_and_rto_sit_in_the_calibration_ranges():
    methods = catalog.PAYMENT_METHODS
    assert list(methods) == [*catalog.PREPAID_METHODS, "cod"]
    assert sum(method.share for method in methods.values()) == pytest.approx(1)
    assert 0.40 <= methods["cod"].share <= 0.65  # COD share of orders
    assert 0.18 <= methods["cod"].rto <= 0.35  # RTO rate, COD orders
    assert all(0.01 <= methods[name].rto <= 0.08 for name in catalog.PREPAID_METHODS)  # prepaid
    overall = sum(method.share * method.rto for method in methods.values())
    assert 0.08 <= overall <= 0.22  # RTO rate, all orders


@pytest.mark.parametrize("seed", range(5))
def test_drawn_rto_and_margins_land_in_range(seed):
    rng = np.random.default_rng(seed)
    drawn = catalog.draw_payment_and_rto(rng, 20_000)
    cod = drawn["payment_method"] == list(catalog.PAYMENT_METHODS).index("cod")
    assert 0.40 <= cod.mean() <= 0.65
    assert 0.18 <= drawn["rto"][cod].mean() <= 0.35
    assert 0.01 <= drawn["rto"][~cod].mean() <= 0.08
    assert 0.08 <= drawn["rto"].mean() <= 0.22
    items = catalog.draw_items(rng, np.repeat(NAMES, 2000), on="2024-05-01")
    for code, name in enumerate(NAMES):
        mine = items["category"] == code
        share = items["margin_inr"][mine].sum() / items["net_inr"][mine].sum()
        low, high = CALIBRATED_MARGIN[name]
        assert low <= share <= high, (name, share)


def test_cod_share_can_be_set_and_is_checked():
    drawn = catalog.draw_payment_and_rto(np.random.default_rng(0), 10_000, cod_share=0.4)
    assert (drawn["payment_method"] == 4).mean() == pytest.approx(0.4, abs=0.02)
    with pytest.raises(RelkitValueError, match="cod_share"):
        catalog.draw_payment_and_rto(np.random.default_rng(0), 10, cod_share=1.5)


def test_a_worked_item():
    # A nil-rated book: the price is all net value. A shampoo at Rs 118 on 1 March 2024 (18 %):
    # net 118 / 1.18 = 100.00; with margin m the cost is round(100 (1 - m), 2).
    items = catalog.draw_items(np.random.default_rng(5), ["beauty"], on="2024-03-01")
    rate = items["gst_rate"][0]
    assert rate == 0.18
    assert items["net_inr"][0] == round(items["price_inr"][0] / 1.18, 2)
    assert items["net_inr"][0] == pytest.approx(items["cost_inr"][0] + items["margin_inr"][0], abs=1e-9)


def test_rates_follow_the_date_of_sale():
    before = catalog.draw_items(np.random.default_rng(1), ["home"], on="2025-09-21")
    after = catalog.draw_items(np.random.default_rng(1), ["home"], on="2025-09-22")
    assert (before["gst_rate"][0], after["gst_rate"][0]) == (0.12, 0.05)  # steel kitchenware
    assert before["price_inr"][0] == after["price_inr"][0]


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    names=st.lists(st.sampled_from(NAMES), max_size=40),
    day=st.dates(min_value=np.datetime64("2023-01-01").item(), max_value=np.datetime64("2026-12-31").item()),
)
def test_items_are_consistent(seed, names, day):
    items = catalog.draw_items(np.random.default_rng(seed), names, on=str(day))
    assert all(column.size == len(names) for column in items.values())
    paise = {key: np.rint(items[key] * 100).astype(np.int64) for key in ("net_inr", "cost_inr", "margin_inr")}
    assert (paise["net_inr"] - paise["cost_inr"] == paise["margin_inr"]).all()
    assert (items["margin_inr"] > 0).all()
    assert (items["wholesale_inr"] > items["cost_inr"]).all()
    assert (items["net_inr"] <= items["price_inr"]).all()
    if names:  # the rate is that of the value net of the lower rate (the higher one wins in the gap)
        lower = gst.gst_rate(items["hsn"], on=str(day), unit_value_inr=np.zeros(len(names)))
        expected = gst.gst_rate(items["hsn"], on=str(day), unit_value_inr=items["price_inr"] / (1 + lower))
        assert np.array_equal(expected, items["gst_rate"])
    again = catalog.draw_items(np.random.default_rng(seed), names, on=str(day))
    assert all(np.array_equal(items[key], again[key]) for key in items)


def test_returns_only_of_delivered_items_and_fashion_most():
    rng = np.random.default_rng(3)
    names = np.repeat(NAMES, 5000)
    returned = catalog.draw_returns(rng, names, delivered=np.ones(names.size, dtype=bool))
    rates = {name: returned[names == name].mean() for name in NAMES}
    assert max(rates, key=rates.get) == "fashion"
    assert not catalog.draw_returns(rng, names, delivered=np.zeros(names.size, dtype=bool)).any()


def test_bad_input_says_what_to_do():
    rng = np.random.default_rng(0)
    with pytest.raises(RelkitValueError, match="not a category") as caught:
        catalog.draw_items(rng, ["toys"], on="2024-01-01")
    with relkit.language("hi"):
        assert "श्रेणी" in str(caught.value)
    with pytest.raises(RelkitValueError, match="same length"):
        catalog.draw_returns(rng, ["books"], delivered=[True, False])
    with pytest.raises(RelkitValueError, match="at least 0"):
        catalog.draw_payment_and_rto(rng, -1)
    with pytest.raises(RelkitTypeError, match="Generator"):
        catalog.draw_items(7, ["books"], on="2024-01-01")
