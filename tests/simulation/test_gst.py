"""GST rules for world v2's sell side: GSTIN check characters, state codes, HSN rates and the tax split."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.simulation import gst
from relkit.simulation import params as facts

# Real GSTINs, each published with its holder's name by a GST authority, used to check the checksum:
# - 24AAATT6829N1ZY  Nirma University, Ahmedabad: Gujarat Appellate Authority for Advance Ruling,
#   GUJ/GAAAR/APPEAL/2021/09 of 8 March 2021 (text at salestaxindia.com).
# - 27AAJCP8025A1ZL  Patle Eduskills Foundation, Nagpur: Maharashtra Authority for Advance Ruling,
#   GST-ARA-53/2020-21/B-78 of 8 June 2022 (text at salestaxindia.com).
# - 33AADCK6079K1Z8  Kalyan Jewellers India Limited (listed on NSE/BSE), Coimbatore: Tamil Nadu
#   Authority for Advance Ruling, order 52/ARA/2019 of 25 November 2019 (scanned copy on studycafe.in,
#   whose text recognition printed the 0 as an O: "6O79" — exactly the slip typo_gstin makes).
# And the example in python-stdnum's GSTIN module (not checked as a real registration):
# - 27AAPFU0939F1ZV
REAL_GSTINS = ["24AAATT6829N1ZY", "27AAJCP8025A1ZL", "33AADCK6079K1Z8"]
STDNUM_EXAMPLE = "27AAPFU0939F1ZV"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@pytest.mark.parametrize("gstin", [*REAL_GSTINS, STDNUM_EXAMPLE])
def test_published_gstins_are_valid(gstin):
    assert gst.gstin_check_character(gstin[:14]) == gstin[14]
    assert gst.is_valid_gstin(gstin)
    assert gst.check_gstin(gstin) == gstin


def test_hand_computed_check_character():
    # 33AADCK6079K1Z: values 3 3 10 10 13 12 20 6 0 7 9 20 1 35, factors 1 2 1 2 ...
    # products 3 6 10 20 13 24 20 12 0 14 9 40 1 70 -> 40 = 1*36 + 4 adds 5, 70 = 1*36 + 34 adds 35
    # sum = 3+6+10+20+13+24+20+12+0+14+9+5+1+35 = 172; 172 % 36 = 28; (36 - 28) % 36 = 8 -> '8'
    assert gst.gstin_check_character("33AADCK6079K1Z") == "8"


def test_changing_any_single_character_invalidates_a_real_gstin():
    gstin = "33AADCK6079K1Z8"
    for place in range(15):
        for char in ALPHABET:
            if char != gstin[place]:
                altered = gstin[:place] + char + gstin[place + 1 :]
                assert not gst.is_valid_gstin(altered), altered


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("33AADCK6079K1Z", "length"),
        ("33aadck6079k1z8", "characters"),
        ("33AADCK6079K1Z 8"[:15], "characters"),
        ("40AADCK6079K1Z8", "state_code"),
        ("33AADCK6O79K1Z8", "pan"),
        ("33AADXK6079K1Z8", "pan"),  # X is no holder type
        ("33AADCK0000K1Z8", "pan"),
        ("33AADCK6079K0Z8", "entity"),
        ("33AADCK6079K1Y8", "z"),
        ("33AADCK6079K1Z9", "check"),
        (None, "length"),
    ],
)
def test_each_problem_is_named(text, problem):
    assert gst.gstin_problem(text) == problem


def test_check_gstin_names_the_argument_and_the_fix():
    with pytest.raises(RelkitValueError, match=r"`partner_gstin`.*should be '8', not '9'"):
        gst.check_gstin("33AADCK6079K1Z9", name="partner_gstin")
    with pytest.raises(RelkitValueError, match="15"):
        gst.check_gstin("33AADCK6079K1Z")
    with pytest.raises(RelkitTypeError, match="`gstin` must be a GSTIN written as text"):
        gst.check_gstin(33)


def test_errors_speak_the_learners_language():
    with pytest.raises(RelkitValueError) as info:
        gst.check_gstin("40AADCK6079K1Z8")
    with relkit.language("hi"):
        assert "राज्य कोड" in str(info.value)
    with pytest.raises(RelkitValueError) as info:
        gst.tax_split(100.0, 0.07, "10", "10")
    with relkit.language("bn"):
        assert "হার" in str(info.value)


def test_every_state_of_the_simulator_has_a_code():
    states = sorted({state for _, state, _ in facts.CITIES})
    codes = gst.state_codes(states)
    assert dict(zip(states, codes.tolist(), strict=True)) == {
        "Assam": "18",
        "Bihar": "10",
        "Delhi": "07",
        "Gujarat": "24",
        "Karnataka": "29",
        "Madhya Pradesh": "23",
        "Maharashtra": "27",
        "Odisha": "21",
        "Rajasthan": "08",
        "Tamil Nadu": "33",
        "Telangana": "36",
        "Uttar Pradesh": "09",
        "West Bengal": "19",
    }
    assert set(facts.LANGUAGE_SHARES) == set(states)


def test_state_codes_refuses_an_unknown_state():
    with pytest.raises(RelkitValueError, match="'Bengal'"):
        gst.state_codes(["Bihar", "Bengal"])


def test_state_code_table_is_the_official_shape():
    assert all(len(code) == 2 and code.isdigit() for code in gst.STATE_CODES)
    assert len(set(gst.STATE_CODES.values())) == len(gst.STATE_CODES)
    assert gst.STATE_CODES["10"] == "Bihar"
    assert gst.STATE_CODES["19"] == "West Bengal"


def test_tax_split_within_and_across_states():
    cgst, sgst, igst = gst.tax_split([1000.0, 1000.0, 250.5], [0.18, 0.18, 0.05], "19", ["19", "10", "19"])
    assert cgst.tolist() == [90.0, 0.0, 6.26]  # 250.50 x 2.5% = 6.2625 -> 6.26
    assert sgst.tolist() == cgst.tolist()
    assert igst.tolist() == [0.0, 180.0, 0.0]


def test_tax_split_takes_pandas_columns_of_state_codes():
    frame = pd.DataFrame({"taxable": [100.0, 100.0], "seller": ["10", "10"], "buyer": ["10", "19"]})
    cgst, _, igst = gst.tax_split(frame["taxable"], 0.18, frame["seller"], frame["buyer"])
    assert cgst.tolist() == [9.0, 0.0]
    assert igst.tolist() == [0.0, 18.0]


def test_tax_split_rounds_each_head_half_away_from_zero():
    # 0.10 x 5% = 0.005 rupees in all: IGST rounds the half paisa up to 0.01; each half (0.0025) is 0.00
    assert [float(x) for x in gst.tax_split(0.10, 0.05, "10", "07")] == [0.0, 0.0, 0.01]
    assert [float(x) for x in gst.tax_split(0.10, 0.05, "10", "10")] == [0.0, 0.0, 0.0]
    # 0.30 x 5% = 0.015: halves 0.0075 round to 0.01 each, 0.02 in all against round(0.015) = 0.02
    assert [float(x) for x in gst.tax_split(0.30, 0.05, "10", "10")] == [0.01, 0.01, 0.0]
    # a credit note rounds the same way with its sign
    assert [float(x) for x in gst.tax_split(-0.30, 0.05, "10", "10")] == [-0.01, -0.01, 0.0]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rate": 0.07}, "`rate` holds 0.07"),
        ({"rate": 18}, "18% is 0.18"),
        ({"seller_state": "40"}, "`seller_state` holds '40'"),
        ({"buyer_state": 10}, "`buyer_state`"),
        ({"taxable_inr": float("nan")}, "`taxable_inr`"),
        ({"taxable_inr": [1.0, 2.0], "rate": [0.05, 0.18, 0.0]}, "shapes"),
    ],
)
def test_tax_split_refuses_bad_input(kwargs, message):
    arguments = {"taxable_inr": 100.0, "rate": 0.18, "seller_state": "10", "buyer_state": "10", **kwargs}
    with pytest.raises(RelkitValueError, match=message):
        gst.tax_split(**arguments)


STATES = st.sampled_from(sorted(set(gst.STATE_CODES)))
PAISE = st.integers(min_value=0, max_value=10**10)  # up to Rs 10 crore a line


@settings(max_examples=300, deadline=None)
@given(paise=st.lists(PAISE, min_size=1, max_size=20), data=st.data())
def test_tax_split_properties(paise, data):
    size = len(paise)
    rates = data.draw(st.lists(st.sampled_from(gst.GST_RATES), min_size=size, max_size=size))
    sellers = data.draw(st.lists(STATES, min_size=size, max_size=size))
    buyers = data.draw(st.lists(STATES, min_size=size, max_size=size))
    taxable = np.array(paise) / 100
    cgst, sgst, igst = gst.tax_split(taxable, rates, sellers, buyers)
    within = np.array(sellers) == np.array(buyers)
    assert (cgst == sgst).all()
    assert (igst[within] == 0).all()
    assert (cgst[~within] == 0).all()
    # the exact tax in paise is paise x rate; the invoice total is within a paisa of it rounded
    exact = np.array(paise) * np.array(rates)
    total_paise = np.rint((cgst + sgst + igst) * 100)
    assert (np.abs(total_paise - np.floor(exact + 0.5)) <= within).all()
    assert (np.abs(total_paise - exact) <= 1).all()
    # every amount is a whole number of paise
    for head in (cgst, sgst, igst):
        assert np.allclose(head * 100, np.rint(head * 100), rtol=0, atol=1e-6)


@settings(max_examples=100, deadline=None)
@given(
    codes=st.lists(STATES, min_size=1, max_size=300),
    seed=st.integers(0, 2**32 - 1),
    holder=st.sampled_from(sorted(gst.HOLDER_TYPES)),
)
def test_made_gstins_are_valid_unique_and_in_their_state(codes, seed, holder):
    gstins = gst.make_gstins(codes, np.random.default_rng(seed), holder_type=holder)
    assert len(gstins) == len(codes) == len(set(gstins.tolist()))
    for gstin, code in zip(gstins.tolist(), codes, strict=True):
        assert gst.is_valid_gstin(gstin), gstin
        assert gstin[:2] == code
        assert gstin[5] == holder


def test_many_gstins_in_one_state_are_all_different():
    # a chance repeat is redrawn; with 26**5 x 9,999 PANs a repeat is rare, so this checks the result only
    gstins = gst.make_gstins(["10"] * 20_000, np.random.default_rng(0))
    assert len(set(gstins.tolist())) == 20_000


def test_make_gstins_is_repeatable_and_refuses_bad_arguments():
    first = gst.make_gstins(["10", "19"], np.random.default_rng(5))
    assert first.tolist() == gst.make_gstins(["10", "19"], np.random.default_rng(5)).tolist()
    with pytest.raises(RelkitValueError, match="`holder_type` cannot be 'X'"):
        gst.make_gstins(["10"], np.random.default_rng(5), holder_type="X")
    with pytest.raises(RelkitTypeError, match="`rng` must be a numpy random Generator"):
        gst.make_gstins(["10"], 5)
    with pytest.raises(RelkitValueError, match="`state_codes` holds 'Bihar'"):
        gst.make_gstins(["Bihar"], np.random.default_rng(5))


def test_typos_are_mostly_invalid_and_say_so():
    rng = np.random.default_rng(12)
    typos = [gst.typo_gstin(gstin, rng) for gstin in REAL_GSTINS * 200]
    assert all(typo.text not in REAL_GSTINS for typo in typos)
    assert all(typo.valid == gst.is_valid_gstin(typo.text) for typo in typos)
    assert {typo.slip for typo in typos} == {"swap", "wrong", "lookalike"}
    assert not any(
        typo.valid for typo in typos if typo.slip != "swap"
    )  # one wrong character is always caught
    assert sum(typo.valid for typo in typos) / len(typos) < 0.1


def test_lookalike_typo_turns_zero_into_o():
    rng = np.random.default_rng(3)
    lookalikes = {gst.typo_gstin("33AADCK6079K1Z8", rng) for _ in range(300)}
    assert ("33AADCK6O79K1Z8", "lookalike", False) in lookalikes


def test_hsn_table_covers_every_category_the_shop_sells():
    assert {rule.category for rule in gst.HSN_RULES} == set(facts.ORDER_CATEGORIES)
    for rule in gst.HSN_RULES:
        assert len(rule.hsn) == 4
        assert rule.hsn.isdigit()
        for rate, _, above in (rule.before, rule.since):
            assert rate in gst.GST_RATES
            assert above in gst.GST_RATES
        assert {rule.since[0], rule.since[2]} <= {0.0, 0.05, 0.18, 0.40}  # the slabs of GST 2.0


def test_rates_change_on_22_september_2025():
    hsn = ["6109", "6109", "6404", "2106", "4820", "4901", "8518"]
    values = [900.0, 2000.0, 2000.0, 50.0, 40.0, 300.0, 1500.0]
    assert gst.gst_rate(hsn, on="2025-09-21", unit_value_inr=values).tolist() == [
        0.05, 0.12, 0.18, 0.12, 0.12, 0.0, 0.18,
    ]  # fmt: skip
    assert gst.gst_rate(hsn, on="2025-09-22", unit_value_inr=values).tolist() == [
        0.05, 0.05, 0.05, 0.05, 0.0, 0.0, 0.18,
    ]  # fmt: skip
    dates = np.array(["2024-11-01", "2025-11-01"], dtype="datetime64[D]")
    assert gst.gst_rate(["6109", "6109"], on=dates, unit_value_inr=[3000.0, 3000.0]).tolist() == [0.12, 0.18]


def test_gst_rate_refuses_unknown_codes_and_dates_before_gst():
    with pytest.raises(RelkitValueError, match="`hsn` holds '9999'"):
        gst.gst_rate(["9999"], on="2024-01-01")
    with pytest.raises(RelkitValueError, match="1 July 2017"):
        gst.gst_rate(["4901"], on="2017-06-30")
