import pandas as pd
import pytest


@pytest.fixture
def small_orders():
    """Three customers over two months, small enough to compute every metric by hand."""
    return pd.DataFrame(
        {
            "order_id": [1, 2, 3, 4, 5, 6],
            "customer_id": ["A", "A", "A", "B", "C", "C"],
            "order_date": pd.to_datetime(
                ["2024-01-01", "2024-01-01", "2024-01-11", "2024-01-05", "2024-01-20", "2024-02-14"]
            ),
            "amount_inr": [100.0, 50.0, 300.0, 80.0, 40.0, 60.0],
            "category": ["books", "books", "toys", "books", "toys", "books"],
            "channel": ["web"] * 6,
        }
    )
