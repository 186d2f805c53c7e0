import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.brm import scorecard
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError


@pytest.fixture
def purchase_orders():
    return pd.DataFrame(
        {
            "po_id": [1, 2, 3, 4, 5],
            "partner_id": ["S1", "S1", "S1", "S2", "S2"],
            "po_date": pd.to_datetime(["2024-01-01", "2024-01-10", "2024-02-01", "2024-01-01", "2024-03-01"]),
            "promised_date": pd.to_datetime(
                ["2024-01-08", "2024-01-17", "2024-02-10", "2024-01-05", "2024-03-10"]
            ),
            "delivered_date": pd.to_datetime(["2024-01-07", "2024-01-19", "2024-02-07", "2024-01-05", None]),
            "qty_ordered": [100, 100, 100, 50, 60],
            "qty_delivered": [100, 100, 90, 50, 0],
            "units_inspected": [100, 100, 90, 50, 0],
            "defects": [0, 2, 1, 0, 0],
        }
    )


def test_rates_by_hand(purchase_orders):
    card = scorecard(purchase_orders)
    s1, s2 = card.loc["S1"], card.loc["S2"]
    # S1 delivered 3: on time PO 1 and 3 (2/3); in full only PO 1 and 2 -> OTIF only PO 1 (1/3)
    assert s1["on_time_rate"] == pytest.approx(2 / 3)
    assert s1["otif_rate"] == pytest.approx(1 / 3)
    # defects 3 of 290 inspected -> 3 / 290 * 1e6 = 10344.8 ppm
    assert s1["defect_ppm"] == pytest.approx(3 / 290 * 1e6)
    # lead times 6, 9, 6 days: mean 7, population std sqrt(2) -> cv = 1.4142 / 7
    assert s1["lead_time_mean_days"] == 7.0
    assert s1["lead_time_cv"] == pytest.approx(np.sqrt(2) / 7)
    # S2: PO 5 not delivered, excluded from delivery rates; PO 4 on time and in full
    assert s2["delivered"] == 1
    assert s2["purchase_orders"] == 2
    assert s2["on_time_rate"] == 1.0
    assert s2["otif_rate"] == 1.0


def test_score_and_grade_by_hand(purchase_orders):
    card = scorecard(purchase_orders)
    # S1 components: on_time (2/3 - 0.3) / 0.7 = 0.52381, otif 1/3 is below the 0.4 floor -> 0,
    # quality 1 - 10344.8 / 50000 = 0.79310; consistency weighs 0 and disputes are absent, so the
    # weights .325 .325 .25 sum to 0.9
    quality = 1 - (3 / 290 * 1e6) / 50_000
    expected = 100 * (0.325 * (2 / 3 - 0.3) / 0.7 + 0.325 * 0 + 0.25 * quality) / 0.9
    assert card.loc["S1", "score"] == pytest.approx(expected)
    assert card.loc["S1", "grade"] == "D"  # 40.95
    # S2: every component perfect -> 100, A
    assert card.loc["S2", "score"] == pytest.approx(100.0)
    assert card.loc["S2", "grade"] == "A"


def test_a_good_partner_reaches_a_and_five_percent_defective_scores_no_quality():
    # 20 POs promised in 12 days: 19 delivered in 10 or 12 days, one in 14 (late); all in full;
    # 3 defective of 1,000 inspected (3,000 ppm)
    lead = np.array([10] * 10 + [12] * 9 + [14])
    frame = pd.DataFrame(
        {
            "po_id": range(20),
            "partner_id": "G",
            "po_date": pd.Timestamp("2024-01-01"),
            "promised_date": pd.Timestamp("2024-01-13"),
            "delivered_date": pd.Timestamp("2024-01-01") + pd.to_timedelta(lead, unit="D"),
            "qty_ordered": 100,
            "qty_delivered": 100,
            "units_inspected": 50,
            "defects": [3] + [0] * 19,
        }
    )
    card = scorecard(frame)
    cv = lead.std() / lead.mean()
    # on time 19/20 = otif: (0.95 - 0.3) / 0.7 and (0.95 - 0.4) / 0.6; quality 1 - 3000/50000 = 0.94
    delivery = 0.325 * 0.65 / 0.7 + 0.325 * 0.55 / 0.6
    assert card.loc["G", "score"] == pytest.approx(100 * (delivery + 0.25 * 0.94) / 0.9)
    assert card.loc["G", "grade"] == "A"  # 92.7
    worse = scorecard(frame.assign(defects=[50] + [0] * 19))  # 50 of 1,000: 5 % -> quality 0
    assert worse.loc["G", "score"] == pytest.approx(100 * delivery / 0.9)
    steady = scorecard(frame, weights={"consistency": 0.1})  # the lead-time spread counts when asked
    assert steady.loc["G", "score"] == pytest.approx(100 * (delivery + 0.25 * 0.94 + 0.1 * (1 - cv)) / 1.0)


def test_disputes_component(purchase_orders):
    disputes = pd.DataFrame({"dispute_id": [1], "partner_id": ["S2"]})
    card = scorecard(purchase_orders, disputes=disputes)
    # S2: 1 dispute / 2 POs = 0.5 -> disputes component 1 - min(0.5 / 0.2, 1) = 0
    assert card.loc["S2", "dispute_rate"] == 0.5
    assert card.loc["S2", "score"] == pytest.approx(100 * (0.325 + 0.325 + 0.25) / 1.0)
    assert card.loc["S1", "dispute_rate"] == 0.0


def test_custom_weights_are_normalised(purchase_orders):
    only_on_time = scorecard(purchase_orders, weights={"otif": 0, "quality": 0, "consistency": 0})
    assert only_on_time.loc["S1", "score"] == pytest.approx(100 * (2 / 3 - 0.3) / 0.7)
    doubled = scorecard(
        purchase_orders, weights={"on_time": 0.65, "otif": 0.65, "quality": 0.5, "consistency": 0.0}
    )
    pd.testing.assert_series_equal(doubled["score"], scorecard(purchase_orders)["score"])


@pytest.mark.parametrize(
    ("weights", "error", "message"),
    [
        ({"speed": 1.0}, RelkitValueError, "'speed', which is not a component"),
        ({"on_time": -1}, RelkitValueError, "cannot be negative"),
        ({"on_time": 0, "otif": 0, "quality": 0, "consistency": 0, "disputes": 0}, RelkitValueError, "are 0"),
        ([0.5, 0.5], RelkitTypeError, "must be a dict"),
    ],
)
def test_bad_weights(purchase_orders, weights, error, message):
    with pytest.raises(error, match=message):
        scorecard(purchase_orders, weights=weights)


def test_bad_weight_in_hindi(purchase_orders):
    with relkit.language("hi"), pytest.raises(RelkitValueError, match="ऋणात्मक"):
        scorecard(purchase_orders, weights={"otif": -0.2})


def test_missing_column(purchase_orders):
    with pytest.raises(MissingColumnError, match="'units_inspected'"):
        scorecard(purchase_orders.drop(columns="units_inspected"))


def test_negative_defects(purchase_orders):
    with pytest.raises(RelkitValueError, match="negative"):
        scorecard(purchase_orders.assign(defects=[0, -1, 0, 0, 0]))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_rates_in_range_and_order_free(data):
    n = data.draw(st.integers(1, 25))
    lead = np.array(data.draw(st.lists(st.integers(1, 30), min_size=n, max_size=n)))
    slack = np.array(data.draw(st.lists(st.integers(-5, 5), min_size=n, max_size=n)))
    ordered = np.array(data.draw(st.lists(st.integers(1, 100), min_size=n, max_size=n)))
    day = pd.Timestamp("2024-01-01")
    frame = pd.DataFrame(
        {
            "po_id": range(n),
            "partner_id": data.draw(st.lists(st.sampled_from(["P1", "P2", "P3"]), min_size=n, max_size=n)),
            "po_date": day,
            "promised_date": day + pd.to_timedelta(lead, unit="D"),
            "delivered_date": day
            + pd.to_timedelta(np.maximum(lead + slack, 0), unit="D"),  # not before the PO
            "qty_ordered": ordered,
            "qty_delivered": ordered - (slack > 3),
            "units_inspected": ordered,
            "defects": ordered // 50,
        }
    )
    card = scorecard(frame)
    for column in ("on_time_rate", "otif_rate"):
        assert card[column].between(0, 1).all()
    assert (card["otif_rate"] <= card["on_time_rate"]).all()
    assert card["score"].between(0, 100).all()
    pd.testing.assert_frame_equal(scorecard(frame.sample(frac=1.0, random_state=4)), card)
