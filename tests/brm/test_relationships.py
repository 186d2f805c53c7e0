import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import relkit
from relkit.brm import cross_sell, dispute_resolution_time, relationship_health, renewal_rate, trust_index
from relkit.errors import RelkitValueError


@pytest.fixture
def contracts():
    return pd.DataFrame(
        {
            "contract_id": [1, 2, 3, 4, 5],
            "partner_id": ["S1", "S1", "D1", "D2", "D2"],
            "start_date": ["2022-01-01", "2023-01-01", "2022-06-01", "2022-01-01", "2023-01-01"],
            "end_date": ["2022-12-31", "2023-12-31", "2023-05-31", "2022-12-31", "2024-12-31"],
            "value_inr": [1e5, 1e5, 2e5, 5e4, 5e4],
            "renewed": np.array([1, 0, 0, 1, -1], dtype=np.int8),
        }
    )


@pytest.fixture
def partners():
    return pd.DataFrame(
        {"partner_id": ["S1", "D1", "D2"], "partner_type": ["supplier", "distributor", "distributor"]}
    )


def test_renewal_rate_by_hand(contracts, partners):
    # decided: 1 (yes), 2 (no), 3 (no), 4 (yes); 5 undecided -> 2 / 4
    assert renewal_rate(contracts) == 0.5
    by_type = renewal_rate(contracts, partners=partners)
    # distributor: 3 (no), 4 (yes) -> 1/2; supplier: 1 (yes), 2 (no) -> 1/2
    assert by_type.loc["distributor"].tolist() == [2, 1, 0.5]
    # only contracts ended by mid-2023: 1, 3, 4 -> 2 / 3
    assert renewal_rate(contracts, as_of="2023-06-30") == pytest.approx(2 / 3)


def test_renewal_errors(contracts):
    with pytest.raises(RelkitValueError, match="no renewal rate"):
        renewal_rate(contracts.assign(renewed=-1))
    with pytest.raises(RelkitValueError, match="'yes'"):
        renewal_rate(contracts.assign(renewed=["yes", 0, 0, 1, 1]))


def test_dispute_resolution_by_hand():
    disputes = pd.DataFrame(
        {
            "opened_date": ["2024-01-01", "2024-01-01", "2024-01-01", "2024-02-01"],
            "resolved_date": ["2024-01-03", "2024-01-11", "2024-01-31", None],
        }
    )
    times = dispute_resolution_time(disputes)
    # 2, 10, 30 days: median 10; P90 = 10 + 0.8 * (30 - 10) = 26
    assert times.tolist() == [3.0, 1.0, 10.0, 26.0]


def test_trust_index_long_and_wide_agree():
    long = pd.DataFrame(
        {
            "survey_id": [1, 1, 1, 2, 2, 2],
            "partner_id": ["S1"] * 3 + ["S2"] * 3,
            "date": "2024-01-01",
            "item": [0, 1, 2] * 2,
            "score": [5, 4, 3, 1, 2, 1],
        }
    )
    wide = pd.DataFrame(
        {"partner_id": ["S1", "S2"], "reliability": [5, 1], "communication": [4, 2], "fairness": [3, 1]}
    )
    # S1 mean 4 -> 100 * 3 / 4 = 75; S2 mean 4/3 -> 100 * (1/3) / 4 = 8.33
    expected = pd.Series(
        [75.0, 100 / 12], index=pd.Index(["S1", "S2"], name="partner_id"), name="trust_index"
    )
    pd.testing.assert_series_equal(trust_index(long), expected)
    pd.testing.assert_series_equal(trust_index(wide), expected)


def test_trust_errors():
    with pytest.raises(RelkitValueError, match="from 1 to 5"):
        trust_index(pd.DataFrame({"partner_id": ["S1"], "score": [7]}))
    with pytest.raises(RelkitValueError, match="no score columns"):
        trust_index(pd.DataFrame({"partner_id": ["S1"], "comment": ["good"]}))


def test_cross_sell_by_hand():
    orders = pd.DataFrame(
        {
            "customer_id": [1, 1, 1, 2, 2, 3, 3, 4],
            "category": ["tea", "sugar", "tea", "tea", "sugar", "tea", "milk", "milk"],
        }
    )
    rules = cross_sell(orders, min_support=0.0)
    # baskets: {tea, sugar} x2, {tea, milk}, {milk}; N = 4; tea 3, sugar 2, milk 2
    top = rules.iloc[0]
    # sugar -> tea: support 2/4, confidence 2/2 = 1, lift 1 / (3/4) = 4/3
    assert (top["antecedent"], top["consequent"]) == ("sugar", "tea")
    assert (top["support"], top["confidence"]) == (0.5, 1.0)
    assert top["lift"] == pytest.approx(4 / 3)
    milk_tea = rules[(rules["antecedent"] == "milk") & (rules["consequent"] == "tea")].iloc[0]
    # milk -> tea: support 1/4, confidence 1/2, lift (1/2) / (3/4) = 2/3
    assert milk_tea["lift"] == pytest.approx(2 / 3)
    assert rules["lift"].is_monotonic_decreasing
    assert len(cross_sell(orders, min_support=0.3)) == 2  # only the tea-sugar pair, both ways


@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from("abcd")), min_size=1, max_size=40))
def test_cross_sell_shares(pairs):
    orders = pd.DataFrame(pairs, columns=["customer_id", "category"])
    rules = cross_sell(orders, min_support=0.0)
    assert rules["support"].between(0, 1).all()
    assert rules["confidence"].between(0, 1).all()
    assert (rules["support"] <= rules["confidence"] + 1e-12).all()


def test_health_by_hand(contracts):
    pos = pd.DataFrame(
        {
            "po_id": [1, 2, 3, 4],
            "partner_id": ["S1", "S1", "D1", "D2"],
            "po_date": "2024-01-01",
            "promised_date": "2024-01-10",
            "delivered_date": ["2024-01-09", "2024-01-09", "2024-01-12", "2024-01-10"],
            "qty_ordered": 10,
            "qty_delivered": 10,
            "units_inspected": 10,
            "defects": 0,
        }
    )
    disputes = pd.DataFrame({"dispute_id": [1], "partner_id": ["S1"]})
    health = relationship_health(purchase_orders=pos, contracts=contracts, disputes=disputes)
    # S1: delivery 100; renewal 1 of 2 -> 50; disputes 1 / 2 POs = 0.5 -> 0.
    # health = (0.4 * 100 + 0.2 * 50 + 0.1 * 0) / 0.7 = 50 / 0.7 = 71.43 (no trust table)
    assert health.loc["S1", "health"] == pytest.approx(50 / 0.7)
    assert "trust" not in health.columns
    # D2: renewal 1 of 1 decided (the -1 contract is undecided) -> 100
    assert health.loc["D2", "renewal"] == 100.0


def test_health_needs_purchase_orders():
    with pytest.raises(RelkitValueError, match="purchase_orders"):
        relationship_health()
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="ক্রয় আদেশ"):
        relationship_health()


def test_ended_contracts_by_hand():
    from relkit.brm import ended_contracts

    contracts = pd.DataFrame(
        {
            "contract_id": [1, 2, 3, 4],
            "partner_id": ["S1", "S1", "S2", "S3"],
            "start_date": ["2023-01-01", "2024-01-01", "2023-01-01", "2023-01-01"],
            "end_date": ["2024-01-01", "2025-01-01", "2023-12-31", "2023-06-30"],
            "renewed": [1, -1, 0, 1],
        }
    )
    disputes = pd.DataFrame(
        {
            "partner_id": ["S1", "S1", "S2", "S3"],
            # S1: one on the first day of contract 1, one inside contract 2 only; S3: one after its end
            "opened_date": ["2023-01-01", "2024-06-01", "2023-12-31", "2023-07-01"],
        }
    )
    surveys = pd.DataFrame(
        {
            "survey_id": [1, 1, 2, 2, 3, 3],
            "partner_id": ["S1", "S1", "S1", "S1", "S2", "S2"],
            "date": ["2023-06-01", "2023-06-01", "2024-02-01", "2024-02-01", "2023-05-01", "2023-05-01"],
            "score": [5, 4, 1, 1, 2, 2],
        }
    )
    ended = ended_contracts(contracts, disputes=disputes, trust_surveys=surveys)
    assert ended["contract_id"].tolist() == [1, 3, 4]  # contract 2 is still running
    assert ended["renewed"].tolist() == [True, False, True]
    assert ended["disputes"].tolist() == [1, 1, 0]  # both ends of a contract count
    assert ended["last_trust"].iloc[:2].tolist() == [4.5, 2.0]  # the survey after the end is not used
    assert np.isnan(ended["last_trust"].iloc[2])  # S3 had no survey
    assert ended["renewed"].mean() == pytest.approx(2 / 3)
    assert list(ended_contracts(contracts).columns) == [
        "contract_id",
        "partner_id",
        "start_date",
        "end_date",
        "renewed",
    ]
