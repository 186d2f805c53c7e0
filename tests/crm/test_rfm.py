import numpy as np
import pandas as pd
import pytest
from crm_strategies import order_tables
from hypothesis import given, settings

import relkit
from relkit.crm import rfm
from relkit.crm.rfm import SEGMENTS, segment_for
from relkit.errors import RelkitValueError


def test_rfm_by_hand(small_orders):
    table = rfm(small_orders, as_of="2024-02-29")
    # recency: A last Jan 11 -> 49 days; B Jan 5 -> 55; C Feb 14 -> 15
    assert table["recency_days"].tolist() == [49, 55, 15]
    assert table["frequency"].tolist() == [3, 1, 2]
    assert table["monetary_inr"].tolist() == [450.0, 80.0, 100.0]


def test_scores_with_three_bins(small_orders):
    table = rfm(small_orders, as_of="2024-02-29", bins=3)
    # 3 customers, 3 bins: each rank gets its own score. Recency best->worst: C, A, B
    assert table["R"].tolist() == [2, 1, 3]
    # frequency: B(1) < C(2) < A(3); monetary: B(80) < C(100) < A(450)
    assert table["F"].tolist() == [3, 1, 2]
    assert table["M"].tolist() == [3, 1, 2]


def test_ties_are_split_by_customer_id():
    # four customers with one order each on the same day: ranks split the tie in id order
    orders = pd.DataFrame(
        {"customer_id": ["d", "c", "b", "a"], "order_date": ["2024-01-01"] * 4, "amount_inr": [10.0] * 4}
    )
    table = rfm(orders, bins=2)
    assert table["F"].tolist() == [1, 1, 2, 2]
    assert table.index.tolist() == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("r", "f", "segment"),
    [
        (5, 5, "champions"),
        (4, 4, "champions"),
        (3, 3, "loyal"),
        (5, 3, "loyal"),
        (5, 1, "new"),
        (4, 2, "potential_loyalist"),
        (3, 1, "potential_loyalist"),
        (1, 5, "cant_lose_them"),
        (2, 4, "at_risk"),
        (2, 2, "hibernating"),
        (1, 1, "lost"),
    ],
)
def test_segment_rule(r, f, segment):
    assert segment_for(np.array([r]), np.array([f]))[0] == segment


def test_every_score_pair_has_a_segment():
    r, f = np.meshgrid(np.arange(1, 6), np.arange(1, 6))
    assert set(segment_for(r.ravel(), f.ravel())) == set(SEGMENTS)


def test_segment_labels_follow_the_language(small_orders):
    with relkit.language("bn"):
        table = rfm(small_orders)
    assert table["segment_id"].isin(SEGMENTS).all()
    assert all(
        label == relkit.i18n.translate(f"seg.{key}", lang="bn")
        for key, label in zip(table["segment_id"], table["segment"], strict=True)
    )


@settings(max_examples=50, deadline=None)
@given(order_tables())
def test_scores_are_balanced_and_in_range(orders):
    table = rfm(orders)
    n = len(table)
    for column in "RFM":
        assert table[column].between(1, 5).all()
        counts = table[column].value_counts()
        # equal-size groups: sizes differ by at most one
        if n >= 5:
            assert counts.max() - counts.min() <= 1


@settings(max_examples=40, deadline=None)
@given(order_tables())
def test_rfm_agrees_with_groupby_and_ignores_row_order(orders):
    table = rfm(orders)
    grouped = orders.groupby("customer_id")
    assert table["frequency"].tolist() == grouped.size().tolist()
    assert np.allclose(table["monetary_inr"], grouped["amount_inr"].sum())
    shuffled = orders.sample(frac=1.0, random_state=3)
    pd.testing.assert_frame_equal(rfm(shuffled), table)


def test_bins_must_be_at_least_two(small_orders):
    with pytest.raises(RelkitValueError, match="`bins` must be a whole number of at least 2"):
        rfm(small_orders, bins=1)


def test_as_of_before_first_order_in_bengali(small_orders):
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="প্রথম অর্ডারের"):
        rfm(small_orders, as_of="2020-01-01")
