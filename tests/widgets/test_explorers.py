"""The issue-14 explorers: each pure outputs function on a small hand-computed example, each widget moved."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.widgets import (
    cohort_outputs,
    dispute_renewal_outputs,
    funnel_whatif,
    partner_relations,
    rfm_segment_outputs,
    scorecard_ranking,
)

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.fixture(scope="module")
def world():
    return relkit.load_world()


# --- pure outputs functions -------------------------------------------------------------------------


def _rfm_table():
    return pd.DataFrame(
        {
            "monetary_inr": [600.0, 300.0, 100.0, 0.0],
            "segment_id": ["loyal", "lost", "loyal", "lost"],
            "recency_days": [3, 90, 10, 200],
            "frequency": [4, 1, 2, 1],
            "R": [5, 1, 4, 1],
            "F": [5, 1, 3, 1],
            "M": [5, 2, 1, 1],
        },
        index=pd.Index(["A", "B", "C", "D"], name="customer_id"),
    )


def test_rfm_outputs_by_hand():
    out = rfm_segment_outputs(_rfm_table(), "lost", rows=1)
    assert out.customers == 2
    assert out.customer_share == 0.5
    assert out.revenue_inr == 300.0
    assert out.revenue_share == pytest.approx(0.3)  # 300 / 1000
    assert out.rows.index.tolist() == ["B"]  # the bigger spender of B and D
    assert out.shares.to_dict() == pytest.approx({"loyal": 0.7, "lost": 0.3})  # SEGMENTS order


def test_rfm_unknown_segment_lists_the_present_ones():
    with pytest.raises(RelkitValueError, match="'loyal', 'lost'"):
        rfm_segment_outputs(_rfm_table(), "champions")


def test_cohort_outputs_by_hand():
    cohorts = pd.period_range("2024-01", periods=2, freq="M", name="cohort")
    table = pd.DataFrame({0: [1.0, 1.0], 1: [0.5, np.nan], 2: [0.25, np.nan]}, index=cohorts)
    table.attrs["cohort_size"] = dict(zip(cohorts, [4, 3], strict=True))
    out = cohort_outputs(table, metric="customers", cohort=cohorts[0])
    assert out.curve.tolist() == [4.0, 2.0, 1.0]  # 4 customers, half, a quarter
    second = cohort_outputs(table, metric="retention", cohort=cohorts[1])
    assert second.curve.tolist() == [1.0]  # only period 0 lived through
    assert second.size == 3


def test_funnel_whatif_by_hand():
    table = pd.DataFrame(
        {"stage": ["new", "qualified", "won"], "reached": [200, 80, 20], "conversion": [1.0, 0.4, 0.25]}
    )
    out = funnel_whatif(table, stage="won", conversion=0.5, deal_value_inr=1000.0)
    assert out.after.tolist() == [200.0, 80.0, 40.0]  # 80 * 0.5
    assert (out.revenue_before_inr, out.revenue_after_inr) == (20000.0, 40000.0)
    same = funnel_whatif(table, stage="qualified", conversion=0.4, deal_value_inr=1000.0)
    np.testing.assert_allclose(same.after, same.before)  # the measured conversion gives the funnel back
    with pytest.raises(RelkitValueError, match="conversion"):
        funnel_whatif(table, stage="won", conversion=1.5, deal_value_inr=1000.0)


def test_scorecard_ranking_by_hand():
    parts = pd.DataFrame(
        {"on_time": [1.0, 0.0, 0.5], "otif": [0.0, 1.0, 0.5]},
        index=pd.Index(["S1", "S2", "S3"], name="partner_id"),
    )
    zero = {"quality": 0, "consistency": 0, "disputes": 0}
    on_time = scorecard_ranking(parts, {"on_time": 1, "otif": 0, **zero})
    assert on_time.ranking.index.tolist() == ["S1", "S3", "S2"]
    assert on_time.ranking["score"].tolist() == [100.0, 50.0, 0.0]
    otif = scorecard_ranking(parts, {"on_time": 1, "otif": 3, **zero})
    assert otif.weights["otif"] == 0.75
    assert otif.ranking.index.tolist() == ["S2", "S3", "S1"]  # 75, 50, 25
    # default weights: on_time = otif, so S1, S2, S3 all score 50 and keep their order; S2 moved up 1
    assert otif.ranking.loc["S2", "moved"] == 1
    with pytest.raises(RelkitValueError):
        scorecard_ranking(parts, dict.fromkeys(("on_time", "otif", *zero), 0))


def test_partner_relations_and_filter_by_hand():
    partners = pd.DataFrame(
        {"partner_id": [1, 2, 3], "partner_type": ["supplier", "supplier", "reseller"], "tier": ["gold"] * 3}
    )
    contracts = pd.DataFrame({"partner_id": [1, 1, 2, 3], "renewed": [True, True, False, pd.NA]})
    disputes = pd.DataFrame({"partner_id": [2, 2, 3]})
    orders = pd.DataFrame({"partner_id": [1] * 10 + [2] * 5 + [3] * 2})
    table = partner_relations(partners, contracts, disputes, orders)
    assert table["dispute_rate"].tolist() == [0.0, 0.4, 0.5]
    assert table["renewal_rate"].tolist()[:2] == [1.0, 0.0]
    assert np.isnan(table.loc[3, "renewal_rate"])  # undecided contract only
    out = dispute_renewal_outputs(table, partner_type="supplier")
    assert out.dispute_rate == pytest.approx(2 / 15)
    assert out.renewal_rate == pytest.approx(2 / 3)
    assert (out.renewal_many_disputes, out.renewal_few_disputes) == (0.0, 1.0)
    with pytest.raises(RelkitValueError, match="partner_type"):
        dispute_renewal_outputs(table, partner_type="vendorr")


# --- widgets: move a control, the output changes -----------------------------------------------------


def _moved(explorer, name, value):
    before_png, before_caption = explorer.image.value, explorer.caption.value
    explorer.controls[name].value = value
    assert explorer.error.value == ""
    assert explorer.image.value != before_png
    return before_caption


def test_rfm_widget(world):
    explorer = relkit.rfm_explorer(world.orders)
    table = relkit.rfm(world.orders)
    _moved(explorer, "segment", "at_risk")
    expected = rfm_segment_outputs(table, "at_risk")
    assert explorer.outputs.customers == expected.customers
    assert relkit.format_number(expected.customers) in explorer.results.value
    assert "Win them back" in explorer.campaign.value
    share = relkit.format_percent(expected.revenue_share)
    assert f"Chosen: At risk, {share}." in explorer.caption.value


def test_cohort_widget(world):
    explorer = relkit.cohort_explorer(world.orders)
    _moved(explorer, "cohort", 3)
    table = relkit.cohort_retention(world.orders)
    np.testing.assert_allclose(explorer.outputs.curve, table.iloc[3].dropna().to_numpy())
    _moved(explorer, "period", "Q")
    assert len(explorer.outputs.table) == len(relkit.cohort_retention(world.orders, period="Q"))
    _moved(explorer, "metric", "customers")
    assert explorer.outputs.curve[0] == explorer.outputs.size


def test_funnel_widget(world):
    explorer = relkit.funnel_explorer(world.leads, deal_value_inr=50_000)
    won = explorer.outputs.won_after
    _moved(explorer, "conversion", 0.9)
    assert explorer.outputs.won_after > won
    assert "₹" in explorer.results.value
    explorer.controls["stage"].value = "won"  # a new stage starts from its measured conversion
    assert explorer.controls["conversion"].value == pytest.approx(7 / 13)
    assert explorer.outputs.won_after == pytest.approx(explorer.outputs.won_before)


def test_scorecard_widget_ranking_moves(world):
    explorer = relkit.scorecard_explorer(world.purchase_orders, disputes=world.disputes)
    before = list(explorer.outputs.ranking.index)
    explorer.controls["on_time"].value = 0.0
    explorer.controls["otif"].value = 0.0
    _moved(explorer, "quality", 1.0)
    assert list(explorer.outputs.ranking.index) != before
    assert explorer.outputs.weights["quality"] == pytest.approx(1 / 1.1)  # 1 / (1 + 0.1 disputes)


def test_scorecard_widget_all_zero_shows_the_error_inside(world):
    explorer = relkit.scorecard_explorer(world.purchase_orders, disputes=world.disputes)
    for key in ("on_time", "otif", "quality", "disputes"):
        explorer.controls[key].value = 0.0
    assert 'role="alert"' in explorer.error.value
    explorer.controls["quality"].value = 0.5
    assert explorer.error.value == ""


def test_dispute_widget(world):
    explorer = relkit.dispute_renewal_explorer(world)
    everyone = len(explorer.outputs.partners)
    _moved(explorer, "tier", "gold")
    assert len(explorer.outputs.partners) == int((world.partners["tier"] == "gold").sum()) < everyone


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_explorers_label_in_the_learners_language(world, lang):
    script = DEVANAGARI if lang == "hi" else BENGALI
    with relkit.language(lang):
        made = [
            relkit.rfm_explorer(world.orders),
            relkit.cohort_explorer(world.orders),
            relkit.funnel_explorer(world.leads, deal_value_inr=1000),
            relkit.scorecard_explorer(world.purchase_orders, disputes=world.disputes),
            relkit.dispute_renewal_explorer(world),
        ]
    for explorer in made:
        assert script.search(explorer.lesson.value), type(explorer).__name__
        assert script.search(explorer.caption.value), type(explorer).__name__
        for control in explorer.controls.values():
            assert script.search(control.description), (type(explorer).__name__, control.description)


def test_language_switcher_redraws_explorers_and_shown_outputs(world):
    switcher = relkit.language_switcher()
    explorer = relkit.funnel_explorer(world.leads, deal_value_inr=1000)
    calls = []
    switcher.show(lambda: calls.append(relkit.get_language()) or relkit.get_language())
    switcher.buttons.value = "bn"
    try:
        assert relkit.get_language() == "bn"
        assert BENGALI.search(explorer.controls["stage"].description)
        assert BENGALI.search(explorer.caption.value)
        assert calls == ["en", "bn"]
        assert switcher.results == ["bn"]
    finally:
        switcher.buttons.value = "en"
    assert not BENGALI.search(explorer.caption.value)


def test_switcher_keeps_working_when_a_shown_function_fails():
    switcher = relkit.language_switcher()
    switcher.show(lambda: 1 / 0)
    assert "division by zero" in switcher.error.value
    switcher.buttons.value = "hi"
    switcher.buttons.value = "en"
    assert relkit.get_language() == "en"
