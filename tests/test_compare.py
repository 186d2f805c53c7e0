from types import SimpleNamespace

import pandas as pd
import pytest

import relkit
from relkit.compare import compare_crm_brm
from relkit.errors import RelkitValueError


@pytest.fixture
def tiny_world():
    return SimpleNamespace(
        customers=pd.DataFrame({"customer_id": [1, 2, 3]}),
        orders=pd.DataFrame(
            {
                "customer_id": [1, 1, 2, 3],
                "order_date": ["2024-01-01", "2024-07-01", "2024-10-01", "2025-01-01"],
                "amount_inr": [400.0, 600.0, 300.0, 500.0],
            }
        ),
        tickets=pd.DataFrame({"ticket_id": [1, 2]}),
        partners=pd.DataFrame({"partner_id": ["S1", "S2", "D1"]}),
        purchase_orders=pd.DataFrame(
            {
                "partner_id": ["S1", "S1", "S2", "S2"],
                "po_date": ["2024-01-01", "2024-06-01", "2024-09-01", "2025-01-01"],
                "value_inr": [1e5, 3e5, 2e5, 2e5],
            }
        ),
        invoices=pd.DataFrame(
            {"partner_id": ["D1"], "invoice_date": ["2024-05-01"], "total_inr": [5e4], "invoice_id": [1]}
        ),
        disputes=pd.DataFrame({"dispute_id": [1]}),
    )


def test_numbers_by_hand(tiny_world):
    table = compare_crm_brm(tiny_world)
    rows = dict(zip(table.attrs["row_ids"], table.itertuples(index=False), strict=True))
    assert rows["count"] == (3, 3)
    # customer totals 1000, 300, 500 -> median 500; partner totals S1 4e5, S2 4e5 (bought from them)
    # and D1 5e4 (sold to it) -> median 4e5
    assert rows["value"] == (500.0, 400000.0)
    # median order (300, 400, 500, 600) = 450; median document (5e4, 1e5, 2e5, 2e5, 3e5) = 2e5
    assert rows["ticket"] == (450.0, 200000.0)
    # 4 orders / 3 customers over 366 days (1.002 years) = 1.33 -> 1.3;
    # 5 documents / 3 partners = 1.667 over the same 1.002 years -> 1.7
    assert rows["frequency"] == (1.3, 1.7)
    # 2 tickets per 4 orders = 50; 1 dispute per 5 documents (4 POs and 1 invoice) = 20
    assert rows["problem_rate"] == (50.0, 20.0)


def test_labels_follow_the_language(tiny_world):
    with relkit.language("hi"):
        table = compare_crm_brm(tiny_world)
    assert table.columns.tolist() == ["सीआरएम (B2C)", "बीआरएम (B2B)"]
    assert table.index[0] == "संबंध किससे है"


@pytest.mark.parametrize("name", ["disputes", "invoices"])
def test_world_without_a_table(tiny_world, name):
    delattr(tiny_world, name)
    with pytest.raises(RelkitValueError, match=f"`world` has no table '{name}'"):
        compare_crm_brm(tiny_world)
