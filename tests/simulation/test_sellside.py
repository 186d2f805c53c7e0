"""The sell side: worked invoices, the rules every table obeys (hypothesis), calibration and bad input."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError
from relkit.simulation import gst, sellside
from relkit.simulation import params as facts
from relkit.simulation.window import Window

WINDOW = Window.from_start(pd.Timestamp("2023-01-01"), 24)
LAST_DAY = WINDOW.start + np.timedelta64(WINDOW.days - 1, "D")


def paise(values):
    return np.rint(np.asarray(values, dtype=float) * 100).astype(np.int64)


def one_partner(**changes):
    firms = {
        "partner_id": [7],
        "state_code": ["10"],
        "holder_type": ["P"],
        "terms_days": [30],
        "credit_limit_inr": [300_000.0],
        "payment_discipline": [0.7],
        "service_reliability": [0.8],
    }
    firms.update(changes)
    return firms


# --- worked by hand ---------------------------------------------------------------------------------
#
# The Kolkata registration (19) sells 24 packs of tea (HSN 0902, 5 %) at Rs 152.50 and 10 bottles of
# shampoo (HSN 3305, 18 % until 21 September 2025) at Rs 87.45.
#
# Within West Bengal (a Kolkata kirana, 19 -> 19):
#   tea      taxable 24 x 152.50 = 3,660.00; 3,660.00 x 5 % / 2 = 91.50     -> CGST 91.50, SGST 91.50
#   shampoo  taxable 10 x 87.45  =   874.50;   874.50 x 18 % / 2 = 78.705   -> CGST 78.71, SGST 78.71
#            (half a paisa, rounded away from zero; the two halves make 157.42, one paisa above
#            874.50 x 18 % = 157.41: each head is rounded on its own)
#   invoice  taxable 4,534.50; CGST 170.21; SGST 170.21; IGST 0; total 4,874.92
#
# Across states (a Patna distributor, 19 -> 10):
#   tea      IGST 3,660.00 x 5 %  = 183.00
#   shampoo  IGST   874.50 x 18 % = 157.41
#   invoice  taxable 4,534.50; CGST 0; SGST 0; IGST 340.41; total 4,874.91


@pytest.mark.parametrize(
    ("buyer", "cgst", "igst", "total"),
    [("19", [91.50, 78.71], [0.0, 0.0], 4874.92), ("10", [0.0, 0.0], [183.00, 157.41], 4874.91)],
    ids=["intra-state", "inter-state"],
)
def test_a_worked_invoice(buyer, cgst, igst, total):
    lines = sellside.line_amounts([24, 10], [152.50, 87.45], [0.05, 0.18], "19", buyer)
    assert lines["taxable_inr"].tolist() == [3660.00, 874.50]
    assert lines["cgst_inr"].tolist() == cgst
    assert lines["sgst_inr"].tolist() == cgst
    assert lines["igst_inr"].tolist() == igst
    assert paise(lines["total_inr"]).sum() == paise(total)


def test_the_worked_rates_are_the_gst_modules():
    rates = gst.gst_rate(["0902", "3305"], on="2024-05-10", unit_value_inr=[152.50, 87.45])
    assert rates.tolist() == [0.05, 0.18]


def test_the_generator_prices_its_lines_as_worked_by_hand():
    tables = sellside.sell_side(
        np.random.default_rng(2), sellside.draw_partners(np.random.default_rng(2), 8), WINDOW
    )
    lines, invoices = tables["invoice_lines"], tables["invoices"]
    at = np.searchsorted(invoices["invoice_id"], lines["invoice_id"])
    seller = np.array([text[:2] for text in invoices["seller_gstin"][at]])
    again = sellside.line_amounts(
        lines["quantity"],
        lines["unit_price_inr"],
        lines["gst_rate"],
        seller,
        invoices["place_of_supply"][at].astype(str),
    )
    for name in ("taxable_inr", "cgst_inr", "sgst_inr", "igst_inr"):
        assert np.array_equal(paise(again[name]), paise(lines[name])), name
    both = {text[:2] for text in invoices["seller_gstin"]}
    assert both <= set(sellside.SHOP_STATES)
    assert (invoices["cgst_inr"] > 0).any()
    assert (invoices["igst_inr"] > 0).any()


def test_the_shop_has_one_pan_and_a_valid_gstin_in_each_state():
    assert list(sellside.SHOP_GSTINS) == list(sellside.SHOP_STATES)
    for code, gstin in sellside.SHOP_GSTINS.items():
        assert gst.is_valid_gstin(gstin)
        assert gstin[:2] == code
        assert gstin[2:12] == sellside.SHOP_PAN
    assert set(sellside.DISPATCH_STATE) == set(gst.STATE_CODES)
    assert all(sellside.DISPATCH_STATE[code] == code for code in sellside.SHOP_STATES)


# --- the rules every drawn sell side obeys --------------------------------------------------------------

STATES = sorted(gst.STATE_CODES)


@st.composite
def partner_columns(draw):
    n = draw(st.integers(1, 5))

    def column(strategy):
        return draw(st.lists(strategy, min_size=n, max_size=n))

    return {
        "partner_id": np.array(draw(st.lists(st.integers(1, 10**6), min_size=n, max_size=n, unique=True))),
        "state_code": np.array(column(st.sampled_from(STATES))),
        "holder_type": np.array(column(st.sampled_from("PFCHT"))),
        "terms_days": np.array(column(st.integers(0, 90))),
        "credit_limit_inr": np.array(column(st.floats(0, 2_000_000))),
        "payment_discipline": np.array(column(st.floats(0, 1))),
        "service_reliability": np.array(column(st.floats(0, 1))),
    }


def _check_tables(tables, window):
    end = window.start + np.timedelta64(window.days, "D")
    orders, lines = tables["b2b_orders"], tables["b2b_order_lines"]
    invoices, invoice_lines = tables["invoices"], tables["invoice_lines"]
    payments, notes, causes = tables["payments"], tables["credit_notes"], tables["dispute_causes"]
    for table in tables.values():
        assert len({column.size for column in table.values()}) == 1

    # referential integrity and keys
    assert np.array_equal(orders["order_id"], np.arange(1, orders["order_id"].size + 1))
    assert np.isin(lines["order_id"], orders["order_id"]).all()
    assert np.isin(orders["order_id"], lines["order_id"]).all()  # no order without lines
    assert np.isin(invoices["order_id"], orders["order_id"]).all()
    assert np.unique(invoices["order_id"]).size == invoices["order_id"].size  # one invoice an order
    assert np.isin(invoice_lines["invoice_id"], invoices["invoice_id"]).all()
    for child in (payments, notes):
        assert np.isin(child["invoice_id"], invoices["invoice_id"]).all()
    assert np.isin(causes["order_id"], orders["order_id"]).all()
    assert np.isin(causes["invoice_id"], invoices["invoice_id"]).all()
    assert np.isin(orders["partner_id"], tables["partner_gstins"]["partner_id"]).all()
    by_order = {int(key): i for i, key in enumerate(orders["order_id"].tolist())}
    invoice_order = np.array([by_order[int(key)] for key in invoices["order_id"]], dtype=np.int64)
    invoiced_status = np.isin(orders["status"], [0, 1])
    assert np.array_equal(np.sort(invoice_order), np.flatnonzero(invoiced_status))

    # dates: order <= invoice <= delivery; due = invoice + terms; payments and notes after the invoice
    order_date, delivered = orders["order_date"], orders["delivered_date"]
    assert (order_date < end).all()
    assert (orders["promised_date"] > order_date).all()
    has_delivery = ~np.isnat(delivered)
    assert np.array_equal(has_delivery, orders["status"] == 0)
    assert (delivered[has_delivery] > order_date[has_delivery]).all()
    late_flag = np.zeros(orders["order_id"].size, dtype=bool)
    late_flag[np.searchsorted(orders["order_id"], causes["order_id"][causes["cause"] == 0])] = True
    after_promise = np.zeros_like(late_flag)
    after_promise[has_delivery] = delivered[has_delivery] > orders["promised_date"][has_delivery]
    assert np.array_equal(late_flag, after_promise)  # every late delivery is a dispute cause
    assert (delivered[has_delivery] < end).all()
    invoice_date = invoices["invoice_date"]
    assert (invoice_date >= order_date[invoice_order]).all()
    assert (invoice_date < end).all()
    arrived = has_delivery[invoice_order]
    assert (invoice_date[arrived] < delivered[invoice_order][arrived]).all()
    firms = tables["_partners"]
    terms = dict(zip(firms["partner_id"].tolist(), firms["terms_days"].tolist(), strict=True))
    expected_due = invoice_date + np.array(
        [terms[p] for p in invoices["partner_id"].tolist()], dtype="timedelta64[D]"
    )
    assert np.array_equal(invoices["due_date"], expected_due)
    at = {int(key): i for i, key in enumerate(invoices["invoice_id"].tolist())}
    pay_at = np.array([at[int(key)] for key in payments["invoice_id"]], dtype=np.int64)
    note_at = np.array([at[int(key)] for key in notes["invoice_id"]], dtype=np.int64)
    assert (payments["paid_date"] >= invoice_date[pay_at]).all()
    assert (payments["paid_date"] < end).all()
    assert (notes["date"] > invoice_date[note_at]).all()
    assert (notes["date"] < end).all()

    # GST arithmetic per line, and invoices the exact sum of their lines
    seller = np.array([text[:2] for text in invoices["seller_gstin"]], dtype="<U2")
    buyer = invoices["place_of_supply"].astype("<U2")
    line_at = np.array([at[int(key)] for key in invoice_lines["invoice_id"]], dtype=np.int64)
    taxable = paise(invoice_lines["taxable_inr"])
    assert np.array_equal(taxable, invoice_lines["quantity"] * paise(invoice_lines["unit_price_inr"]))
    tax = taxable * np.rint(invoice_lines["gst_rate"] * 10_000).astype(np.int64)  # paise x basis points
    cgst, sgst, igst = (paise(invoice_lines[name]) for name in ("cgst_inr", "sgst_inr", "igst_inr"))
    within = seller[line_at] == buyer[line_at]
    assert np.array_equal(cgst, sgst)
    assert (np.abs(cgst * 20_000 - tax) <= 10_000)[within].all()  # half the tax, to half a paisa
    assert (np.abs(igst * 10_000 - tax) <= 5_000)[~within].all()  # all of it, to half a paisa
    assert (igst[within] == 0).all()
    assert (cgst[~within] == 0).all()
    invoice_within = seller == buyer
    assert (paise(invoices["igst_inr"])[invoice_within] == 0).all()
    assert (paise(invoices["cgst_inr"])[~invoice_within] == 0).all()
    for name in ("taxable_inr", "cgst_inr", "sgst_inr", "igst_inr"):
        summed = np.zeros(invoices["invoice_id"].size, dtype=np.int64)
        np.add.at(summed, line_at, paise(invoice_lines[name]))
        assert np.array_equal(summed, paise(invoices[name])), name
    heads = sum(paise(invoices[name]) for name in ("taxable_inr", "cgst_inr", "sgst_inr", "igst_inr"))
    assert np.array_equal(heads, paise(invoices["total_inr"]))
    per_invoice = np.bincount(line_at, minlength=invoices["invoice_id"].size)
    per_order = np.bincount(np.searchsorted(orders["order_id"], lines["order_id"]), minlength=len(by_order))
    assert np.array_equal(per_invoice, per_order[invoice_order])  # an invoice has its order's lines

    # GSTINs, and invoice numbers: unique, consecutive per seller GSTIN and financial year, in date order
    assert all(gst.is_valid_gstin(text) for text in invoices["seller_gstin"])
    assert all(gst.is_valid_gstin(text) for text in invoices["buyer_gstin"])
    assert all(text[:2] == code for text, code in zip(invoices["buyer_gstin"], buyer, strict=True))
    assert all(gst.is_valid_gstin(text) for text in tables["partner_gstins"]["gstin"])
    assert np.unique(tables["partner_gstins"]["gstin"]).size == tables["partner_gstins"]["gstin"].size
    numbers = invoices["invoice_no"].tolist()
    assert len(set(numbers)) == len(numbers)
    assert all(len(text) <= 16 for text in numbers)  # CGST rule 46(b)
    series: dict[tuple[str, str], list[int]] = {}
    for text, gstin, day in zip(numbers, invoices["seller_gstin"], invoice_date, strict=True):
        code, year, serial = text.split("/")
        assert code == gstin[:2]
        date = pd.Timestamp(day)
        start = date.year if date.month >= 4 else date.year - 1
        assert year == f"{start % 100:02d}-{(start + 1) % 100:02d}"
        series.setdefault((code, year), []).append(int(serial))
    for serials in series.values():
        assert serials == list(range(1, len(serials) + 1))  # invoices come in date order
    assert (np.diff(invoice_date.astype(np.int64)) >= 0).all()

    # money: notes never pass the total; payments never pass the total less the notes
    total = paise(invoices["total_inr"])
    credited = np.zeros(total.size, dtype=np.int64)
    np.add.at(credited, note_at, paise(notes["amount_inr"]))
    paid = np.zeros(total.size, dtype=np.int64)
    np.add.at(paid, pay_at, paise(payments["amount_inr"]))
    assert (paise(notes["amount_inr"]) > 0).all()
    assert (paise(payments["amount_inr"]) > 0).all()
    assert (credited <= total).all()
    assert (paid + credited <= total).all()  # no late-payment interest is modelled
    assert np.isin(notes["reason"], np.arange(len(sellside.CREDIT_NOTE_REASONS))).all()
    assert np.isin(payments["method"], np.arange(len(sellside.PAYMENT_CHANNELS))).all()
    assert (paise(payments["amount_inr"])[payments["method"] == 1] >= 200_000 * 100).all()  # RTGS
    assert (paise(payments["amount_inr"])[payments["method"] == 2] <= 100_000 * 100).all()  # UPI

    # quantities
    assert (lines["quantity_ordered"] >= 1).all()
    assert (lines["quantity_delivered"] >= 0).all()
    assert (lines["quantity_delivered"] <= lines["quantity_ordered"]).all()
    delivered_lines = has_delivery[np.searchsorted(orders["order_id"], lines["order_id"])]
    assert (lines["quantity_delivered"][~delivered_lines] == 0).all()
    assert (lines["unit_price_inr"] > lines["unit_cost_inr"]).all()

    # dispute causes belong to delivered orders, on their delivery day
    cause_order = np.searchsorted(orders["order_id"], causes["order_id"])
    assert (orders["status"][cause_order] == 0).all()
    assert np.array_equal(causes["noticed_date"], delivered[cause_order])
    assert np.isin(causes["cause"], np.arange(len(facts.DISPUTE_CATEGORIES))).all()
    late = causes["cause"] == 0
    assert (causes["days_late"][late] >= 1).all()
    assert (causes["days_late"][~late] == 0).all()
    assert (causes["amount_inr"] > 0).all()


@settings(max_examples=40, deadline=None)
@given(
    firms=partner_columns(),
    seed=st.integers(0, 2**32 - 1),
    start=st.dates(datetime.date(2023, 1, 1), datetime.date(2026, 6, 30)),
    months=st.integers(1, 15),
)
def test_every_sell_side_keeps_the_rules(firms, seed, start, months):
    window = Window.from_start(pd.Timestamp(start), months)
    tables = sellside.sell_side(np.random.default_rng(seed), firms, window)
    _check_tables({**tables, "_partners": firms}, window)


@pytest.mark.parametrize("seed", range(5))
def test_default_partners_keep_the_rules(seed):
    rng = np.random.default_rng(seed)
    firms = sellside.draw_partners(rng, 30)
    _check_tables({**sellside.sell_side(rng, firms, WINDOW), "_partners": firms}, WINDOW)


def test_the_same_seed_gives_the_same_tables_byte_for_byte():
    def draw():
        rng = np.random.default_rng(11)
        return sellside.sell_side(rng, sellside.draw_partners(rng, 20), WINDOW)

    first, second = draw(), draw()
    assert list(first) == list(second)
    for name, table in first.items():
        assert list(table) == list(second[name])
        for column, values in table.items():
            other = second[name][column]
            assert values.dtype == other.dtype, (name, column)
            if values.dtype == object:
                assert values.tolist() == other.tolist(), (name, column)
            else:
                assert values.tobytes() == other.tobytes(), (name, column)


def test_columns_and_types():
    rng = np.random.default_rng(0)
    tables = sellside.sell_side(rng, sellside.draw_partners(rng, 4), WINDOW)
    invoices = tables["invoices"]
    assert list(invoices) == [
        "invoice_id", "invoice_no", "order_id", "partner_id", "seller_gstin", "buyer_gstin",
        "place_of_supply", "invoice_date", "due_date", "taxable_inr", "cgst_inr", "sgst_inr",
        "igst_inr", "total_inr",
    ]  # fmt: skip
    assert invoices["invoice_date"].dtype == np.dtype("datetime64[us]")
    assert invoices["total_inr"].dtype == np.float64
    assert tables["b2b_orders"]["status"].dtype == np.int8
    assert tables["b2b_order_lines"]["quantity_ordered"].dtype == np.int64
    assert invoices["invoice_no"].dtype == object


# --- calibration ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_default_dso_and_late_share_are_in_range(seed):
    rng = np.random.default_rng(seed)
    tables = sellside.sell_side(rng, sellside.draw_partners(rng, 60), WINDOW)
    # docs/calibration.md, "Days sales outstanding on the sell side": 30-60 days
    assert 30 <= sellside.days_sales_outstanding(tables, as_of=LAST_DAY) <= 60
    # invoices paid after their due date: target 30-50 % (a judgement, see SellSideParams)
    assert 0.30 <= sellside.share_paid_late(tables, as_of=LAST_DAY) <= 0.50
    # calibration "On-time delivery" 85-95 % (to customers): the sell side's deliveries land in it too
    orders = tables["b2b_orders"]
    delivered = orders["status"] == 0
    on_time = orders["delivered_date"][delivered] <= orders["promised_date"][delivered]
    assert 0.85 <= on_time.mean() <= 0.95
    # every sixth invoice at most carries a credit note; a few orders are held on credit
    noted = np.unique(tables["credit_notes"]["invoice_id"]).size / tables["invoices"]["invoice_id"].size
    assert 0.05 <= noted <= 0.20
    assert (orders["status"] == 3).mean() <= 0.10


def test_worse_payers_pay_later_and_a_worse_service_causes_more_disputes():
    def run(**changes):
        firms = one_partner(credit_limit_inr=[1e9], **changes)
        firms = {
            key: value * 40 if key != "partner_id" else list(range(1, 41)) for key, value in firms.items()
        }
        tables = sellside.sell_side(np.random.default_rng(5), firms, WINDOW)
        causes = tables["dispute_causes"]["cause"].size / tables["invoices"]["invoice_id"].size
        return sellside.share_paid_late(tables, as_of=LAST_DAY), causes

    good_late, good_causes = run(payment_discipline=[0.95], service_reliability=[0.95])
    bad_late, bad_causes = run(payment_discipline=[0.2], service_reliability=[0.3])
    assert bad_late > good_late + 0.3
    assert bad_causes > 2 * good_causes


def test_a_tight_credit_limit_holds_orders():
    held = sellside.sell_side(np.random.default_rng(1), one_partner(credit_limit_inr=[0.0]), WINDOW)
    assert (held["b2b_orders"]["status"] == 3).all()
    assert held["invoices"]["invoice_id"].size == 0
    assert held["payments"]["payment_id"].size == 0


def test_given_gstins_are_used():
    gstin = gst.make_gstins(["10"], np.random.default_rng(0), holder_type="F")[0]
    tables = sellside.sell_side(
        np.random.default_rng(1), one_partner(gstin=[gstin], holder_type=["F"]), WINDOW
    )
    assert set(tables["invoices"]["buyer_gstin"]) == {gstin}


def test_empty_partners_give_empty_tables():
    firms = {column: np.array([], dtype=np.int64) for column in sellside.PARTNER_COLUMNS}
    firms["state_code"] = np.array([], dtype="<U2")
    firms["holder_type"] = np.array([], dtype="<U1")
    tables = sellside.sell_side(np.random.default_rng(0), firms, WINDOW)
    assert all(next(iter(table.values())).size == 0 for table in tables.values())


# --- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "error", "match"),
    [
        ({"terms_days": [-30]}, RelkitValueError, "whole days"),
        ({"terms_days": [30.5]}, RelkitValueError, "whole days"),
        ({"state_code": ["40"]}, RelkitValueError, "not a GST state code"),
        ({"state_code": [10]}, RelkitValueError, "not a GST state code"),
        ({"holder_type": ["X"]}, RelkitValueError, "cannot be 'X'"),
        ({"terms_days": [30, 45]}, RelkitValueError, "same length"),
        ({"credit_limit_inr": [-1.0]}, RelkitValueError, "credit limit"),
        ({"credit_limit_inr": [float("nan")]}, RelkitValueError, "credit limit"),
        ({"payment_discipline": [1.5]}, RelkitValueError, r"\[0, 1\]"),
        ({"gstin": ["27AAPFU0939F1ZV"]}, RelkitValueError, "registered in"),
        ({"gstin": ["10AAPFU0939F1ZW"]}, RelkitValueError, "check character"),
    ],
)
def test_bad_partners_get_an_error_in_every_language(changes, error, match):
    with pytest.raises(error, match=match) as caught:
        sellside.sell_side(np.random.default_rng(0), one_partner(**changes), WINDOW)
    for lang, (low, high) in {"hi": (0x0900, 0x097F), "bn": (0x0980, 0x09FF)}.items():
        with relkit.language(lang):
            text = str(caught.value)
        assert any(low <= ord(char) <= high for char in text), (lang, text)


def test_more_bad_input():
    rng = np.random.default_rng(0)
    two = one_partner(partner_id=[1, 1], **{k: v * 2 for k, v in one_partner().items() if k != "partner_id"})
    with pytest.raises(RelkitValueError, match="more than once"):
        sellside.sell_side(rng, two, WINDOW)
    firms = one_partner()
    del firms["terms_days"]
    with pytest.raises(MissingColumnError, match="terms_days"):
        sellside.sell_side(rng, firms, WINDOW)
    with pytest.raises(RelkitValueError, match="45 days"):
        params = sellside.SellSideParams(seller_is_micro_or_small=True)
        sellside.sell_side(rng, one_partner(terms_days=[60]), WINDOW, params=params)
    sellside.sell_side(rng, one_partner(terms_days=[45]), WINDOW, params=params)  # 45 itself is allowed
    with pytest.raises(RelkitTypeError, match="Window"):
        sellside.sell_side(rng, one_partner(), "2023-01-01")
    with pytest.raises(RelkitTypeError, match="Generator"):
        sellside.sell_side(7, one_partner(), WINDOW)
    with pytest.raises(RelkitValueError, match="shapes"):
        sellside.line_amounts([1, 2, 3], [10.0, 20.0], 0.18, "19", "19")
