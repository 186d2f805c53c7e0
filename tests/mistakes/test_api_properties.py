"""Property-based mistakes: hypothesis spoils a valid table in the ways students do, and every metric must
answer with a relkit error (or a correct result) - never a raw traceback, never a silently wrong number."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mistake_cases import assert_learner_message

import relkit
from relkit import RelkitError, RelkitValueError, RelkitWarning

_DEVANAGARI_ZERO = "०"
_BENGALI_ZERO = "০"


def _native(text: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(char)) if char.isdigit() else char for char in text)


@st.composite
def orders_tables(draw):
    """A valid small orders table: unique order ids, one id type, dates in 2024, amounts at least 0."""
    n = draw(st.integers(2, 30))
    customers = draw(st.lists(st.integers(1, 8), min_size=n, max_size=n))
    days = draw(st.lists(st.integers(0, 365), min_size=n, max_size=n))
    amounts = draw(st.lists(st.floats(0, 5000, allow_nan=False), min_size=n, max_size=n))
    return pd.DataFrame(
        {
            "order_id": range(1, n + 1),
            "customer_id": customers,
            "order_date": pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"),
            "amount_inr": amounts,
            "category": draw(st.lists(st.sampled_from(["tea", "rice", "soap"]), min_size=n, max_size=n)),
        }
    )


def _duplicate_rows(frame, draw):
    rows = draw(st.lists(st.integers(0, len(frame) - 1), min_size=1, max_size=3))
    return pd.concat([frame, frame.iloc[rows]])


def _mixed_ids(frame, draw):
    result = frame.copy()
    result["customer_id"] = result["customer_id"].astype(object)
    row = draw(st.integers(0, len(frame) - 1))
    result.iloc[row, result.columns.get_loc("customer_id")] = str(result["customer_id"].iloc[row])
    return result


def _text_amounts(frame, draw):
    return frame.assign(amount_inr=frame["amount_inr"].map(lambda v: f"₹{v:,.2f}"))


def _negative_amount(frame, draw):
    result = frame.copy()
    result.iloc[draw(st.integers(0, len(frame) - 1)), result.columns.get_loc("amount_inr")] = -1.0
    return result


def _empty_cell(frame, draw):
    result = frame.copy()
    column = draw(st.sampled_from(["customer_id", "order_date", "amount_inr"]))
    result[column] = result[column].astype(object)
    result.iloc[draw(st.integers(0, len(frame) - 1)), result.columns.get_loc(column)] = None
    return result


def _bad_date(frame, draw):
    result = frame.assign(order_date=frame["order_date"].dt.strftime("%Y-%m-%d"))
    result.iloc[0, result.columns.get_loc("order_date")] = draw(
        st.sampled_from(["5th Jan", "31/02/2024", "soon", "2024-13-01"])
    )
    return result


SPOILERS = {
    "duplicate rows": (_duplicate_rows, "order_id"),
    "17 and '17'": (_mixed_ids, "customer_id"),
    "text amounts": (_text_amounts, "amount_inr"),
    "a negative amount": (_negative_amount, "amount_inr"),
    "an empty cell": (_empty_cell, None),
    "a date that is no date": (_bad_date, "order_date"),
}
"""name -> (spoil(frame, draw), the column it spoils; None: a column drawn at random)"""

HARMLESS = {
    "Devanagari digits": lambda frame: frame.assign(
        order_date=frame["order_date"].dt.strftime("%Y-%m-%d").map(lambda d: _native(d, _DEVANAGARI_ZERO))
    ),
    "Bengali digits": lambda frame: frame.assign(
        order_date=frame["order_date"].dt.strftime("%Y-%m-%d").map(lambda d: _native(d, _BENGALI_ZERO))
    ),
    "a time zone": lambda frame: frame.assign(order_date=frame["order_date"].dt.tz_localize("Asia/Kolkata")),
    "dates as text": lambda frame: frame.assign(order_date=frame["order_date"].dt.strftime("%Y-%m-%d")),
    "shuffled rows": lambda frame: frame.sample(frac=1.0, random_state=0),
}
"""Changes that must not change any result."""

READS = {
    "rfm": {"order_id", "customer_id", "order_date", "amount_inr"},
    "customer_summary": {"order_id", "customer_id", "order_date", "amount_inr"},
    "cohort_retention": {"order_id", "customer_id", "order_date"},
    "retention_rate": {"order_id", "customer_id", "order_date"},
    "cross_sell": {"order_id", "customer_id"},
}
"""The columns each metric reads: a spoilt column it does not read cannot change its answer."""

METRICS = {
    "rfm": lambda orders: relkit.rfm(orders, as_of="2024-12-31"),
    "customer_summary": lambda orders: relkit.customer_summary(orders, as_of="2024-12-31"),
    "cohort_retention": lambda orders: relkit.cohort_retention(orders),
    "retention_rate": lambda orders: relkit.retention_rate(
        orders, period_start="2024-07-01", period_end="2024-12-31"
    ),
    "cross_sell": lambda orders: relkit.cross_sell(orders, min_support=0.0),
}


def _answer(metric, orders, lang: str):
    """Run `metric`; return ("ok", result) or ("error", message), failing on anything but a relkit error."""
    with relkit.language(lang), warnings.catch_warnings():
        warnings.simplefilter("ignore", RelkitWarning)
        try:
            return "ok", metric(orders)
        except RelkitError as error:
            return "error", str(error)


_SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("metric", sorted(METRICS))
@pytest.mark.parametrize("spoiler", sorted(SPOILERS))
@_SETTINGS
@given(data=st.data())
def test_a_spoilt_orders_table_is_refused_in_the_learners_language(metric, spoiler, data):
    spoil, column = SPOILERS[spoiler]
    clean = data.draw(orders_tables())
    orders = spoil(clean, data.draw)
    if column is None:  # the empty cell: find the column it landed in
        column = next(name for name in orders.columns if orders[name].isna().any())
    lang = data.draw(st.sampled_from(relkit.LANGUAGES))
    outcome, value = _answer(METRICS[metric], orders, lang)
    if column in READS[metric]:
        assert outcome == "error", f"{spoiler} passed through {metric} without a word"
        assert_learner_message(value, lang=lang, argument="orders")
    else:  # a column the metric does not read: the same answer as on the clean table
        assert outcome == _answer(METRICS[metric], clean, lang)[0]


@pytest.mark.parametrize("metric", sorted(METRICS))
@pytest.mark.parametrize("change", sorted(HARMLESS))
@_SETTINGS
@given(orders=orders_tables())
def test_a_harmless_change_gives_the_same_answer(metric, change, orders):
    before = _answer(METRICS[metric], orders, "en")
    after = _answer(METRICS[metric], HARMLESS[change](orders), "en")
    assert before[0] == after[0], f"{change}: {before} / {after}"
    if before[0] == "error":
        assert before[1] == after[1]
        return
    left, right = before[1], after[1]
    if isinstance(left, pd.DataFrame):
        pd.testing.assert_frame_equal(
            left.reset_index(drop=True) if metric == "cross_sell" else left,
            right.reset_index(drop=True) if metric == "cross_sell" else right,
        )
    else:
        assert left == pytest.approx(right)


@st.composite
def purchase_orders_tables(draw):
    n = draw(st.integers(1, 20))
    lead = np.array(draw(st.lists(st.integers(0, 30), min_size=n, max_size=n)))
    late = np.array(draw(st.lists(st.integers(0, 10), min_size=n, max_size=n)))
    ordered = np.array(draw(st.lists(st.integers(1, 200), min_size=n, max_size=n)))
    day = pd.Timestamp("2024-01-01")
    return pd.DataFrame(
        {
            "po_id": range(n),
            "partner_id": draw(st.lists(st.sampled_from(["P1", "P2", "P3"]), min_size=n, max_size=n)),
            "po_date": day,
            "promised_date": day + pd.to_timedelta(lead, unit="D"),
            "delivered_date": day + pd.to_timedelta(lead + late, unit="D"),
            "qty_ordered": ordered,
            "qty_delivered": ordered,
            "units_inspected": ordered,
            "defects": ordered // 40,
        }
    )


@_SETTINGS
@given(data=st.data())
def test_an_impossible_purchase_order_is_refused(data):
    pos = data.draw(purchase_orders_tables())
    row = data.draw(st.integers(0, len(pos) - 1))
    mistake = data.draw(st.sampled_from(["defects", "delivered", "promised", "twice"]))
    spoilt = pos.copy()
    if mistake == "defects":
        spoilt.iloc[row, spoilt.columns.get_loc("defects")] = int(spoilt["units_inspected"].iloc[row]) + 1
    elif mistake == "delivered":
        spoilt.iloc[row, spoilt.columns.get_loc("delivered_date")] = pd.Timestamp("2023-12-25")
    elif mistake == "promised":
        spoilt.iloc[row, spoilt.columns.get_loc("promised_date")] = pd.Timestamp("2023-12-25")
    else:
        spoilt = pd.concat([spoilt, spoilt.iloc[[row]]])
    relkit.scorecard(pos)  # the valid table is fine
    with pytest.raises(RelkitValueError) as info:
        relkit.scorecard(spoilt)
    assert_learner_message(str(info.value), lang="en", argument="purchase_orders")


@_SETTINGS
@given(
    margin=st.one_of(st.floats(-1e4, 1e4), st.integers(-100, 100)),
    retention=st.one_of(st.floats(-2, 120), st.integers(-2, 120)),
    discount=st.one_of(st.floats(-1, 50), st.integers(-1, 50)),
    lang=st.sampled_from(relkit.LANGUAGES),
)
def test_clv_answers_any_numbers(margin, retention, discount, lang):
    valid = margin >= 0 and 0 <= retention < 1 and 0 <= discount <= 1
    with relkit.language(lang):
        if valid:
            value = relkit.clv_simple(margin, retention, discount)
            assert value == pytest.approx(margin * retention / (1 + discount - retention))
            return
        with pytest.raises(RelkitError) as info:
            relkit.clv_simple(margin, retention, discount)
        message = str(info.value)
    assert_learner_message(message, lang=lang, argument=None)
    assert any(f"`{name}`" in message for name in ("margin", "retention", "discount"))
