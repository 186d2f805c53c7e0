"""Hypothesis strategies for the CRM tests."""

import pandas as pd
from hypothesis import strategies as st


@st.composite
def order_tables(draw, max_rows=40):
    """Random small order tables: up to 8 customers over one year, amounts in whole rupees."""
    n = draw(st.integers(1, max_rows))
    customers = draw(st.lists(st.sampled_from("ABCDEFGH"), min_size=n, max_size=n))
    days = draw(st.lists(st.integers(0, 364), min_size=n, max_size=n))
    amounts = draw(st.lists(st.integers(0, 5000), min_size=n, max_size=n))
    return pd.DataFrame(
        {
            "customer_id": customers,
            "order_date": pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"),
            "amount_inr": [float(a) for a in amounts],
        }
    )
