"""Relationship health in world v2: suppliers rated on deliveries, distributors and resellers on paying."""

import pandas as pd
import pytest

import relkit
from relkit.brm import relationship_health
from relkit.brm.health import paid_on_time
from relkit.errors import RelkitValueError


@pytest.fixture
def invoices():
    # R1 owes three invoices, D1 one; the tables know days up to 2024-03-20 (the last payment)
    return pd.DataFrame(
        {
            "invoice_id": [1, 2, 3, 4, 5],
            "partner_id": ["R1", "R1", "R1", "D1", "D1"],
            "invoice_date": ["2024-01-01", "2024-01-10", "2024-03-01", "2024-01-05", "2024-03-10"],
            "due_date": ["2024-01-31", "2024-02-09", "2024-03-31", "2024-02-19", "2024-04-24"],
            "total_inr": [1000.0, 500.0, 800.0, 2000.0, 300.0],
        }
    )


@pytest.fixture
def payments():
    return pd.DataFrame(
        {
            "payment_id": [1, 2, 3, 4, 5],
            "invoice_id": [1, 2, 2, 4, 4],
            "paid_date": ["2024-01-30", "2024-02-01", "2024-02-20", "2024-02-10", "2024-03-20"],
            "amount_inr": [1000.0, 300.0, 100.0, 1500.0, 500.0],
        }
    )


@pytest.fixture
def credit_notes():
    return pd.DataFrame(
        {"credit_note_id": [1], "invoice_id": [2], "date": ["2024-02-05"], "amount_inr": [200.0]}
    )


def test_paid_on_time_by_hand(invoices, payments, credit_notes):
    on_time = paid_on_time(invoices, payments, credit_notes)
    # 1: 1,000 paid on 30 Jan, due 31 Jan -> on time
    # 2: 300 paid + 200 credited by 9 Feb cover 500 -> on time (the later 100 changes nothing)
    # 3, 5: due after 20 Mar, the last day known -> not counted yet
    # 4: 1,500 by 19 Feb, the other 500 a month late -> late
    assert on_time.to_dict() == {1: True, 2: True, 4: False}
    assert on_time.attrs["partner_id"].to_dict() == {1: "R1", 2: "R1", 4: "D1"}
    # without the credit note invoice 2 was short by 200 on its due date
    assert paid_on_time(invoices, payments).to_dict() == {1: True, 2: False, 4: False}


def test_health_rates_each_side_on_what_it_does(invoices, payments, credit_notes):
    pos = pd.DataFrame(
        {
            "po_id": [1, 2],
            "partner_id": ["S1", "S1"],
            "po_date": "2024-01-01",
            "promised_date": "2024-01-10",
            "delivered_date": ["2024-01-09", "2024-01-09"],
            "qty_ordered": 10,
            "qty_delivered": 10,
            "units_inspected": 10,
            "defects": 0,
        }
    )
    partners = pd.DataFrame(
        {
            "partner_id": ["S1", "R1", "D1", "C1"],
            "partner_type": ["supplier", "reseller", "distributor", "vendor"],
        }
    )
    disputes = pd.DataFrame({"dispute_id": [1, 2], "partner_id": ["R1", "D1"]})
    surveys = pd.DataFrame({"partner_id": ["C1"], "item": [0], "score": [4]})
    health = relationship_health(
        partners=partners,
        purchase_orders=pos,
        invoices=invoices,
        payments=payments,
        credit_notes=credit_notes,
        disputes=disputes,
        trust_surveys=surveys,
    )
    assert health.index.tolist() == ["C1", "D1", "R1", "S1"]
    assert health["partner_type"].tolist() == ["vendor", "distributor", "reseller", "supplier"]
    # S1: both POs on time, in full, in 8 days each -> delivery 100; no payments component
    assert health.loc["S1", "scorecard"] == 100.0
    assert pd.isna(health.loc["S1", "payments"])
    # R1: 2 of 2 counted invoices on time -> 100; 1 dispute over 3 invoices = 0.333 -> 0
    # health = (0.4 * 100 + 0.1 * 0) / 0.5 = 80
    assert health.loc["R1", "payments"] == 100.0
    assert health.loc["R1", "disputes"] == 0.0
    assert health.loc["R1", "health"] == pytest.approx(80.0)
    # D1: 0 of 1 on time -> 0; 1 dispute over 2 invoices -> 0; health 0
    assert health.loc["D1", "health"] == 0.0
    # C1, a courier: no POs or invoices, so only trust: (4 - 1) / 4 = 75
    assert health.loc["C1", "health"] == pytest.approx(75.0)
    assert pd.isna(health.loc["C1", "disputes"])


def test_health_weights_take_the_payments_key(invoices, payments):
    only_payments = relationship_health(invoices=invoices, payments=payments, weights={"payments": 1.0})
    # R1: invoice 1 on time, invoice 2 short on its due date -> 50; D1 -> 0
    assert only_payments["health"].to_dict() == {"D1": 0.0, "R1": 50.0}


def test_invoices_need_their_payments_in_every_language(invoices):
    with pytest.raises(RelkitValueError, match=r"`payments`.*payments=world\.payments"):
        relationship_health(invoices=invoices)
    with relkit.language("hi"), pytest.raises(RelkitValueError, match="भुगतान"):
        relationship_health(invoices=invoices)
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="পেমেন্ট"):
        relationship_health(invoices=invoices)


def test_a_world_with_one_side_only_still_has_health():
    world = relkit.simulate(seed=4, customers=30, partners=3, months=3)
    tables = dict(world.tables)
    tables["invoices"] = world.invoices.iloc[0:0]  # a world whose resellers have bought nothing yet
    health = relationship_health(tables)
    assert "payments" not in health.columns
    assert health.loc[world.purchase_orders.partner_id.unique(), "scorecard"].notna().all()
