import pandas as pd
import pytest
from crm_strategies import order_tables
from hypothesis import given, settings

import relkit
from relkit.crm import churn_rate, retention_rate
from relkit.errors import RelkitValueError


@pytest.fixture
def quarter_orders():
    return pd.DataFrame(
        {
            "customer_id": ["A", "B", "C", "D", "A", "C", "E"],
            "order_date": pd.to_datetime(
                [
                    "2024-01-05",
                    "2024-02-10",
                    "2024-03-31",
                    "2024-01-01",
                    "2024-04-02",
                    "2024-06-30",
                    "2024-05-01",
                ]
            ),
        }
    )


def test_retention_by_hand(quarter_orders):
    # this period: Apr 1 - Jun 30 = 30 + 31 + 30 = 91 days; previous: the 91 days before it,
    # Jan 1 - Mar 31 (31 + 29 + 31 = 91, 2024 is a leap year).
    # previous active: D (Jan 1), A, B, C -> 4; of them A and C ordered again -> 2 / 4.
    # E is new this period and does not count.
    assert retention_rate(quarter_orders, period_start="2024-04-01", period_end="2024-06-30") == 0.5
    assert churn_rate(quarter_orders, period_start="2024-04-01", period_end="2024-06-30") == 0.5


def test_period_end_is_included(quarter_orders):
    # Apr 2 - Jun 30 is 90 days; previous: Jan 3 - Apr 1 holds A, B, C (D's Jan 1 is outside);
    # A (Apr 2) and C (Jun 30, the last day, included) ordered again -> 2 / 3
    assert retention_rate(
        quarter_orders, period_start="2024-04-02", period_end="2024-06-30"
    ) == pytest.approx(2 / 3)


@settings(max_examples=50, deadline=None)
@given(order_tables())
@pytest.mark.filterwarnings("ignore::relkit.RelkitWarning")  # periods past the last order are fine here
def test_retention_and_churn_are_shares_that_add_to_one(orders):
    try:
        kept = retention_rate(orders, period_start="2024-07-01", period_end="2024-12-31")
    except RelkitValueError:
        return  # nobody active in the first half: the error is tested separately
    assert 0.0 <= kept <= 1.0
    assert kept + churn_rate(orders, period_start="2024-07-01", period_end="2024-12-31") == pytest.approx(1.0)


def test_reversed_period(quarter_orders):
    with pytest.raises(RelkitValueError, match="Swap the two dates"):
        retention_rate(quarter_orders, period_start="2024-06-30", period_end="2024-04-01")


def test_nobody_in_previous_period(quarter_orders):
    with pytest.raises(RelkitValueError, match="No customer ordered in the previous period"):
        retention_rate(quarter_orders, period_start="2023-10-01", period_end="2023-10-31")


def test_bad_date_argument_in_hindi(quarter_orders):
    with relkit.language("hi"), pytest.raises(RelkitValueError, match=r"तारीख\u093c? होनी चाहिए"):
        retention_rate(quarter_orders, period_start="first of April", period_end="2024-06-30")
