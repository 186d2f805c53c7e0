import numpy as np
import pandas as pd
import pytest
from crm_strategies import order_tables
from hypothesis import given, settings

import relkit
from relkit.crm import customer_summary
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError


def test_daily_summary_by_hand(small_orders):
    table = customer_summary(small_orders, as_of="2024-02-29")
    # A: periods Jan 1 (100+50) and Jan 11 (300): frequency 1, recency 10 days, T = Feb 29 - Jan 1 = 59,
    #    monetary = mean of repeat periods = 300
    assert table.loc["A"].tolist() == [1.0, 10.0, 59.0, 300.0]
    # B: one order on Jan 5: frequency 0, recency 0, T = 55, monetary 0
    assert table.loc["B"].tolist() == [0.0, 0.0, 55.0, 0.0]
    # C: Jan 20 and Feb 14: frequency 1, recency 25, T = 40, monetary = 60
    assert table.loc["C"].tolist() == [1.0, 25.0, 40.0, 60.0]
    assert table.index.name == "customer_id"


def test_weekly_summary_by_hand(small_orders):
    table = customer_summary(small_orders, as_of="2024-02-29", freq="W")
    # Weeks start on Monday. 2024-01-01 is a Monday: week 0. Jan 11 -> week 1. Feb 29 -> week 8.
    assert table.loc["A"].tolist() == [1.0, 1.0, 8.0, 300.0]
    # C: Jan 20 (Sat, week 2) and Feb 14 (Wed, week 6): recency 4, T = 6
    assert table.loc["C"].tolist() == [1.0, 4.0, 6.0, 60.0]


def test_monthly_summary_counts_calendar_months(small_orders):
    table = customer_summary(small_orders, as_of="2024-03-31", freq="M")
    # A: both purchases in January -> one period; T = March - January = 2
    assert table.loc["A"].tolist() == [0.0, 0.0, 2.0, 0.0]
    assert table.loc["C"].tolist() == [1.0, 1.0, 2.0, 60.0]


def test_default_as_of_is_last_order(small_orders):
    table = customer_summary(small_orders)
    # the last order is C's on Feb 14: T(A) = Feb 14 - Jan 1 = 44, T(C) = Feb 14 - Jan 20 = 25
    assert table.loc["A", "T"] == 44.0
    assert table.loc["C", "T"] == 25.0


def test_orders_after_as_of_are_left_out(small_orders):
    table = customer_summary(small_orders, as_of="2024-01-31")
    assert table.loc["C"].tolist() == [0.0, 0.0, 11.0, 0.0]


def test_string_dates_are_parsed(small_orders):
    as_text = small_orders.assign(order_date=small_orders["order_date"].dt.strftime("%Y-%m-%d"))
    pd.testing.assert_frame_equal(customer_summary(as_text), customer_summary(small_orders))


def test_agrees_with_lifetimes_when_installed(small_orders):
    utils = pytest.importorskip("lifetimes.utils")
    for freq in ("D", "W"):
        theirs = utils.summary_data_from_transaction_data(
            small_orders,
            "customer_id",
            "order_date",
            "amount_inr",
            observation_period_end="2024-02-29",
            freq=freq,
        )
        ours = customer_summary(small_orders, as_of="2024-02-29", freq=freq)
        pd.testing.assert_frame_equal(ours, theirs.sort_index(), check_names=False)


@settings(max_examples=60, deadline=None)
@given(order_tables())
def test_agrees_with_a_plain_groupby(orders):
    table = customer_summary(orders)
    end = orders["order_date"].max()
    per_day = orders.groupby(["customer_id", "order_date"])["amount_inr"].sum().reset_index()
    for customer, days in per_day.groupby("customer_id"):
        days = days.sort_values("order_date")
        first, last = days["order_date"].iloc[0], days["order_date"].iloc[-1]
        row = table.loc[customer]
        assert row["frequency"] == len(days) - 1
        assert row["recency"] == (last - first).days
        assert row["T"] == (end - first).days
        expected = days["amount_inr"].iloc[1:].mean() if len(days) > 1 else 0.0
        assert row["monetary_value"] == pytest.approx(expected)
    assert set(table.index) == set(orders["customer_id"])


@settings(max_examples=40, deadline=None)
@given(order_tables())
def test_row_order_does_not_matter(orders):
    shuffled = orders.sample(frac=1.0, random_state=1)
    pd.testing.assert_frame_equal(customer_summary(orders), customer_summary(shuffled))


def test_missing_column_lists_present_columns(small_orders):
    with pytest.raises(MissingColumnError, match=r"no column 'amount_inr'.*Columns it has: .*'order_id'"):
        customer_summary(small_orders.drop(columns="amount_inr"))


def test_not_a_frame():
    with pytest.raises(RelkitTypeError, match="must be a pandas DataFrame"):
        customer_summary([1, 2, 3])


def test_empty_frame(small_orders):
    with pytest.raises(RelkitValueError, match="has no rows"):
        customer_summary(small_orders.iloc[:0])


def test_unparseable_date_says_how_to_fix(small_orders):
    bad = small_orders.astype({"order_date": str})
    bad.loc[2, "order_date"] = "11th Jan"
    with pytest.raises(RelkitValueError, match=r"'11th Jan', which is not a date.*pd.to_datetime"):
        customer_summary(bad)


def test_empty_date_cells(small_orders):
    bad = small_orders.copy()
    bad.loc[1, "order_date"] = pd.NaT
    with pytest.raises(RelkitValueError, match="1 empty cell"):
        customer_summary(bad)


def test_negative_amount(small_orders):
    bad = small_orders.assign(amount_inr=small_orders["amount_inr"] * np.r_[1, 1, -1, 1, 1, 1])
    with pytest.raises(RelkitValueError, match="negative value"):
        customer_summary(bad)


def test_amount_as_text(small_orders):
    bad = small_orders.astype({"amount_inr": object})
    bad.loc[0, "amount_inr"] = "₹100"
    with pytest.raises(RelkitValueError, match="must hold numbers, but it holds '₹100'"):
        customer_summary(bad)


def test_as_of_before_first_order(small_orders):
    with pytest.raises(
        RelkitValueError, match="2023-12-01, which is before the first order \\(2024-01-01\\)"
    ):
        customer_summary(small_orders, as_of="2023-12-01")


def test_as_of_before_first_order_in_hindi(small_orders):
    with relkit.language("hi"), pytest.raises(RelkitValueError, match="पहले ऑर्डर") as caught:
        customer_summary(small_orders, as_of="2023-12-01")
    assert "before the first order" in caught.value.english


def test_bad_freq(small_orders):
    with pytest.raises(RelkitValueError, match="`freq` cannot be 'Y'"):
        customer_summary(small_orders, freq="Y")
