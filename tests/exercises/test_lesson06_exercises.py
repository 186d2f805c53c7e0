"""Lesson 06's exercises: the judges' helpers worked by hand, and each judge against a learner's answers."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import relkit
from relkit.exercises import lesson06

STAGES = ["new", "contacted", "qualified", "proposal"]


def test_qualified_to_won_by_hand():
    leads = pd.DataFrame(
        {
            "stage": ["won", "won", "lost", "lost", "proposal", "new"],
            "lost_at_stage": [None, None, "qualified", "contacted", None, None],
        }
    )
    # reached qualified: the 2 won, the lead lost at qualified and the open proposal = 4; won 2
    assert lesson06.qualified_to_won(leads) == pytest.approx(0.5)


def test_festive_share_by_hand():
    orders = pd.DataFrame(
        {
            "order_date": pd.to_datetime(
                ["2024-10-02", "2024-11-04", "2024-11-05", "2023-10-20", "2024-03-01"]
            ),
            "amount_inr": [100.0, 200.0, 300.0, 400.0, 400.0],
            "category": ["groceries", "groceries", "groceries", "groceries", "home"],
        }
    )
    # 2024 groceries: 100 + 200 in the season (both ends count), 300 the day after: 300 / 600
    assert lesson06.festive_share(orders, year=2024, category="groceries") == pytest.approx(0.5)
    # every year, groceries: (300 + 400) / 1,000
    assert lesson06.festive_share(orders, category="groceries") == pytest.approx(0.7)


@given(
    st.lists(
        st.tuples(st.sampled_from(["won", "lost", *STAGES]), st.sampled_from(STAGES)), min_size=1, max_size=40
    )
)
def test_qualified_to_won_is_a_share_of_the_leads_that_got_that_far(rows):
    stage = [s for s, _ in rows]
    lost_at = [at if s == "lost" else None for s, at in rows]
    leads = pd.DataFrame({"stage": stage, "lost_at_stage": lost_at})
    reached = sum(
        1
        for s, at in zip(stage, lost_at, strict=True)
        if s in ("won", "qualified", "proposal") or (s == "lost" and at in ("qualified", "proposal"))
    )
    won = stage.count("won")
    if reached == 0:
        return
    share = lesson06.qualified_to_won(leads)
    assert 0 <= share <= 1
    assert share == pytest.approx(won / reached)


# --- the judges, with answers worked out the way a learner would ----------------------------------------


@pytest.fixture(scope="module")
def world():
    return relkit.load_world()


def _funnel(leads):
    return relkit.funnel(leads).set_index("stage")["reached"]


def test_06_1_right_and_known_mistakes(world):
    reached = _funnel(world.leads[world.leads["source"] == "trade_fair"])
    assert relkit.check("06.1", reached["won"] / reached["qualified"]).correct
    win_rate = relkit.check("06.1", reached["won"] / reached["new"])
    assert not win_rate.correct
    assert "win rate" in win_rate.message
    everyone = _funnel(world.leads)
    assert "every source" in relkit.check("06.1", everyone["won"] / everyone["qualified"]).message


def test_06_3_right_and_known_mistakes(world):
    orders = world.orders
    groceries = orders[orders["category"] == "groceries"]
    in_2024 = groceries[groceries["order_date"].dt.year == 2024]
    festive = in_2024["order_date"].between("2024-10-02", "2024-11-04")
    assert relkit.check(
        "06.3", in_2024.loc[festive, "amount_inr"].sum() / in_2024["amount_inr"].sum()
    ).correct
    all_2024 = orders[orders["order_date"].dt.year == 2024]
    season = all_2024["order_date"].between("2024-10-02", "2024-11-04")
    share = all_2024.loc[season, "amount_inr"].sum() / all_2024["amount_inr"].sum()
    assert "every category" in relkit.check("06.3", share).message


def test_06_4_right_and_known_mistakes(world):
    tickets = world.tickets
    refund = tickets[tickets["category"] == "refund"]
    hours = (refund["resolved_at"] - refund["opened_at"]) / pd.Timedelta(hours=1)
    within = (hours <= refund["sla_hours"])[refund["resolved_at"].notna()].mean()
    assert relkit.check("06.4", within).correct
    assert "missed" in relkit.check("06.4", 1 - within).message
    assert "all the tickets" in relkit.check("06.4", relkit.service_levels(tickets)["sla_compliance"]).message


def test_06_5_right_and_known_mistakes(world):
    hindi = world.customers.loc[world.customers["preferred_language"] == "hi", "customer_id"]
    scores = world.nps_responses.loc[world.nps_responses["customer_id"].isin(hindi), "score"]
    points = 100 * ((scores >= 9).mean() - (scores <= 6).mean())
    assert relkit.check("06.5", points).correct
    assert "divided by 100" in relkit.check("06.5", points / 100).message
    assert "every answer" in relkit.check("06.5", relkit.nps(world.nps_responses)).message


@pytest.mark.parametrize(("exercise_id", "right"), [("06.2", "b"), ("06.6", "c")])
@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_decisions_give_every_option_its_own_message(exercise_id, right, lang):
    native = {"en": right, "hi": "कखगघ"["abcd".index(right)], "bn": "কখগঘ"["abcd".index(right)]}[lang]
    with relkit.language(lang):
        messages = {letter: relkit.check(exercise_id, letter).message for letter in "abcd"}
        assert relkit.check(exercise_id, native).correct
    assert len(set(messages.values())) == 4
    assert [letter for letter in "abcd" if relkit.check(exercise_id, letter).correct] == [right]
