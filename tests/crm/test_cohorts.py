import numpy as np
import pandas as pd
import pytest
from crm_strategies import order_tables
from hypothesis import given, settings

from relkit.crm import cohort_retention
from relkit.errors import MissingColumnError, RelkitValueError


def test_cohort_table_by_hand(small_orders):
    table = cohort_retention(small_orders)
    # January cohort: A, B, C (all first ordered in January). In February only C ordered: 1/3.
    assert table.index.tolist() == [pd.Period("2024-01", "M")]
    assert table.loc[pd.Period("2024-01", "M")].tolist() == pytest.approx([1.0, 1 / 3])
    assert list(table.attrs["cohort_size"].values()) == [3]
    assert table.index.name == "cohort"


def test_unlived_periods_are_empty_and_silent_ones_zero():
    orders = pd.DataFrame(
        {
            "customer_id": [1, 2, 1, 3],
            "order_date": ["2024-01-10", "2024-01-15", "2024-03-01", "2024-03-05"],
        }
    )
    table = cohort_retention(orders)
    jan, mar = pd.Period("2024-01", "M"), pd.Period("2024-03", "M")
    # January cohort (1, 2): nobody in February (0.0), customer 1 in March (1/2)
    assert table.loc[jan].tolist() == [1.0, 0.0, 0.5]
    # March cohort (3): periods 1 and 2 have not happened yet
    assert table.loc[mar, 0] == 1.0
    assert np.isnan(table.loc[mar, 1])
    assert list(table.attrs["cohort_size"].values()) == [2, 1]


@settings(max_examples=50, deadline=None)
@given(order_tables())
def test_shares_between_zero_and_one_and_column_zero_is_one(orders):
    table = cohort_retention(orders)
    values = table.to_numpy()
    assert np.all((values[~np.isnan(values)] >= 0) & (values[~np.isnan(values)] <= 1))
    assert (table[0] == 1.0).all()
    assert sum(table.attrs["cohort_size"].values()) == orders["customer_id"].nunique()
    assert table.index.is_monotonic_increasing
    pd.testing.assert_frame_equal(cohort_retention(orders.sample(frac=1.0, random_state=2)), table)


def test_weekly_cohorts(small_orders):
    table = cohort_retention(small_orders, period="W")
    assert str(table.index.freqstr).startswith("W")


def test_bad_period(small_orders):
    with pytest.raises(RelkitValueError, match="`period` cannot be 'D'"):
        cohort_retention(small_orders, period="D")


def test_missing_customer_column(small_orders):
    with pytest.raises(MissingColumnError, match="'customer_id'"):
        cohort_retention(small_orders.drop(columns="customer_id"))
