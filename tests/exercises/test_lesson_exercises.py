"""Every lesson exercise accepts the answer relkit's own metrics give, and explains the usual mistakes."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import relkit

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.fixture(scope="module")
def world():
    return relkit.load_world()


@pytest.fixture(scope="module")
def right_answers(world) -> dict[str, object]:
    """Each exercise's answer, worked out here the way a learner would, with relkit's metrics."""
    orders_per_customer = world.orders["customer_id"].value_counts()
    signup = world.customers["signup_date"]
    joined_2023 = world.customers[signup.dt.year == 2023]
    return {
        "01.1": ((signup >= "2024-10-01") & (signup <= "2024-11-30")).sum(),
        "01.2": world.partners["partner_type"].isin(["distributor", "reseller"]).sum(),
        "01.3": (joined_2023["customer_id"].map(orders_per_customer) > 1).mean(),
        "01.4": "b",
        "01.5": "c",
        "04.1": _gone_for_good(world, "2024-06-30"),
        "04.2": relkit.cohort_retention(world.orders),
        "04.3": _break_even(world),
        "04.4": _whatsapp_cost_per_retained(world),
        "04.5": "c",
    }


@pytest.mark.parametrize(
    "exercise_id", ["01.1", "01.2", "01.3", "01.4", "01.5", "04.1", "04.2", "04.3", "04.4", "04.5"]
)
def test_right_answer_accepted(exercise_id, right_answers):
    feedback = relkit.check(exercise_id, right_answers[exercise_id])
    assert feedback.correct, feedback.message
    assert feedback.message.startswith("Correct")


# --- lesson 01 ---------------------------------------------------------------------------------------


def _joined(world, first, last):
    signup = world.customers["signup_date"]
    return int(((signup >= first) & (signup <= last)).sum())


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        ("2023-10-01", "2023-11-30", "October and November 2023"),
        ("2024-01-01", "2024-12-31", "everyone who joined in 2024"),
        ("2024-10-01", "2024-10-31", "October 2024 only"),
    ],
)
def test_01_1_the_wrong_period_is_named(world, first, last, words):
    feedback = relkit.check("01.1", _joined(world, first, last))
    assert not feedback.correct
    assert words in feedback.message


def test_01_1_every_customer(world):
    feedback = relkit.check("01.1", len(world.customers))
    assert not feedback.correct
    assert "the number of all customers" in feedback.message


def test_01_1_off_by_one(right_answers):
    feedback = relkit.check("01.1", right_answers["01.1"] + 1)
    assert not feedback.correct
    assert "more than the expected answer" in feedback.message
    assert "Think about this: the festive season here is October and November 2024" in feedback.message
    assert "signup_date" not in feedback.message  # the first hint names no code


def test_01_2_counts_exactly(right_answers):
    assert relkit.check("01.2", float(right_answers["01.2"])).correct
    assert not relkit.check("01.2", right_answers["01.2"] + 1).correct
    feedback = relkit.check("01.2", right_answers["01.2"] + 2)  # the second wrong answer names the step
    assert "`isin`" in feedback.message


@pytest.mark.parametrize("kind", ["distributor", "reseller"])
def test_01_2_only_one_of_the_two_types(world, right_answers, kind):
    count = int((world.partners["partner_type"] == kind).sum())
    if count == right_answers["01.2"]:
        pytest.skip("in this world one type makes up the whole sell side")
    feedback = relkit.check("01.2", count)
    assert "one of the two types only" in feedback.message


def test_01_2_all_partners(world):
    feedback = relkit.check("01.2", len(world.partners))
    assert not feedback.correct
    assert "the number of all partners" in feedback.message


def test_01_2_a_type_name_is_not_a_number():
    feedback = relkit.check("01.2", "distributor")
    assert not feedback.correct
    assert "the text 'distributor'" in feedback.message


def test_01_3_all_customers_instead_of_2023(world):
    share = (world.orders["customer_id"].value_counts() > 1).sum() / len(world.customers)
    feedback = relkit.check("01.3", share)
    assert not feedback.correct
    assert "the share over all customers" in feedback.message


def test_01_3_number_in_quotes_is_read(right_answers):
    assert relkit.check("01.3", f"{right_answers['01.3']:.3f}").correct


def test_01_3_at_least_once_instead_of_more_than_once():
    feedback = relkit.check("01.3", 1.0)  # every 2023 customer ordered at least once in this world
    assert not feedback.correct
    assert "the share who ordered at least once" in feedback.message


def test_01_3_percentage_detected(right_answers):
    percent = round(right_answers["01.3"] * 100, 1)
    feedback = relkit.check("01.3", percent)
    assert not feedback.correct
    assert "did you give a percentage?" in feedback.message


def test_01_3_tolerance(right_answers):
    share = right_answers["01.3"]
    assert relkit.check("01.3", share + 0.009).correct
    assert not relkit.check("01.3", share + 0.02).correct


@pytest.mark.parametrize(
    ("exercise_id", "letter", "words"),
    [
        ("01.4", "a", "reads a cause into a comparison"),
        ("01.4", "c", "takes 'not shown' for 'no effect'"),
        ("01.4", "d", "turns a group average into a verdict"),
        ("01.5", "a", "uses a group comparison as a forecast for one partner"),
        ("01.5", "b", "reads 'could be chance' as 'nothing to do'"),
        ("01.5", "d", "rewards paying late with more credit"),
    ],
)
def test_01_decisions_name_the_misconception(exercise_id, letter, words):
    feedback = relkit.check(exercise_id, letter)
    assert not feedback.correct
    assert words in feedback.message


@pytest.mark.parametrize(
    ("exercise_id", "spellings"), [("01.4", ["(B)", "ख", "খ"]), ("01.5", ["c", "ग", "গ"])]
)
def test_01_decisions_accept_every_script(exercise_id, spellings):
    for spelling in spellings:
        assert relkit.check(exercise_id, spelling).correct


def test_01_decisions_are_kind_decide():
    from relkit.exercises.registry import exercise_kind

    assert [exercise_kind(f"01.{k}") for k in range(1, 6)] == ["compute"] * 3 + ["decide"] * 2


# --- lesson 04 ---------------------------------------------------------------------------------------


def _gone_for_good(world, as_of):
    """Worked out here independently of relkit.exercises: customers with a first order a year before."""
    end = pd.Timestamp(as_of)
    start = end - pd.DateOffset(years=1)
    first = world.orders.groupby("customer_id")["order_date"].min()
    base = first[first <= start].index
    dates = world.orders["order_date"]
    recent = world.orders.loc[(dates > start) & (dates <= end), "customer_id"]
    return 1 - base.isin(recent).mean()


def _break_even(world):
    channel = world.customers.set_index("customer_id")["acquisition_channel"]
    orders = world.orders[world.orders["customer_id"].map(channel) == "marketplace"]
    active = len(set(zip(orders["customer_id"], orders["order_date"].dt.to_period("Q"), strict=True)))
    kept = orders[orders["outcome"].isin(["delivered", "in_transit"])]
    m = kept["margin_inr"].sum() / active  # = revenue per active quarter x gross margin
    cac = world.customers.loc[
        world.customers["acquisition_channel"] == "marketplace", "acquisition_cost_inr"
    ].mean()
    return (cac / m - 1) / 7


def _whatsapp_cost_per_retained(world):
    campaigns = world.campaigns[
        (world.campaigns["purpose"] == "retention") & (world.campaigns["channel"] == "whatsapp")
    ]
    retained = 0.0
    for campaign in campaigns.itertuples():
        members = world.campaign_members[world.campaign_members["campaign_id"] == campaign.campaign_id]
        orders = world.orders[
            (world.orders["order_date"] >= campaign.start_date)
            & (world.orders["order_date"] <= campaign.start_date + pd.Timedelta(days=32))
        ]
        ordered = members["customer_id"].isin(orders["customer_id"])
        treated = members["group"] == "treatment"
        if treated.all() or not treated.any():  # a campaign without both groups measures nothing
            continue
        retained += (ordered[treated].mean() - ordered[~treated].mean()) * treated.sum()
    return campaigns["budget_inr"].sum() / retained


def test_04_1_known_mistakes(world, right_answers):
    assert "the customers who stayed" in relkit.check("04.1", 1 - right_answers["04.1"]).message
    lesson_date = _gone_for_good(world, "2024-12-31")
    assert "the day the lesson measured on" in relkit.check("04.1", lesson_date).message
    june = relkit.churn_rate(world.orders, period_start="2024-06-01", period_end="2024-06-30")
    assert "the first meaning of churn" in relkit.check("04.1", june).message


def test_04_1_percentage(right_answers):
    feedback = relkit.check("04.1", right_answers["04.1"] * 100)
    assert "did you give a percentage" in feedback.message


def test_04_1_table_instead_of_number(world):
    feedback = relkit.check("04.1", world.orders)
    assert "You gave a whole table (DataFrame)" in feedback.message


def test_04_3_by_hand():
    # m * (1 + 7 r) = CAC  =>  r = (CAC / m - 1) / 7; with CAC = 3 m that is 2 / 7
    from relkit.exercises import lesson04

    row = lesson04.channel_values().loc["marketplace"]
    assert relkit.check("04.3", (row["cac_inr"] / row["m"] - 1) / 7).correct
    assert abs(row["m"] * (1 + 7 * 2 / 7) - 3 * row["m"]) < 1e-9


def test_04_3_known_mistakes(right_answers):
    from relkit.exercises import lesson04

    row = lesson04.channel_values().loc["marketplace"]
    ratio = row["cac_inr"] / row["m"]
    assert "it leaves out the margin of the first quarter" in relkit.check("04.3", ratio / 7).message
    assert "which divides by 8" in relkit.check("04.3", (ratio - 1) / 8).message
    assert "really show" in relkit.check("04.3", row["r"]).message


def test_04_4_known_mistakes(world):
    campaigns = world.campaigns[
        (world.campaigns["purpose"] == "retention") & (world.campaigns["channel"] == "whatsapp")
    ]
    contacts = world.campaign_members[
        world.campaign_members["campaign_id"].isin(campaigns["campaign_id"])
        & (world.campaign_members["group"] == "treatment")
    ]
    per_contact = campaigns["budget_inr"].sum() / len(contacts)
    assert "cost per customer contacted" in relkit.check("04.4", per_contact).message
    assert relkit.check("04.4", _whatsapp_cost_per_retained(world) * 1.015).correct  # within 2 %


@pytest.mark.parametrize("letter", ["a", "b", "d"])
def test_04_5_every_wrong_option_names_its_misconception(letter):
    feedback = relkit.check("04.5", letter)
    assert not feedback.correct
    misconception = {
        "a": "The fewest customers is not the least value",
        "b": "for the wrong reason",
        "d": "The most customers is not the most profitable",
    }[letter]
    assert misconception in feedback.message


@pytest.mark.parametrize("answer", ["c", " (C) ", "ग", "গ"])
def test_04_5_right_in_every_script(answer):
    assert relkit.check("04.5", answer).correct


def test_04_3_counts_instead_of_shares(right_answers):
    shares = right_answers["04.2"]
    counts = shares.mul(pd.Series(shares.attrs["cohort_size"]), axis=0)
    feedback = relkit.check("04.2", counts)
    assert not feedback.correct
    assert "Your table holds counts" in feedback.message


def test_04_3_missing_columns(right_answers):
    feedback = relkit.check("04.2", right_answers["04.2"][[0, 1]])
    assert "Your table lacks the column(s) 2, 3" in feedback.message


def test_04_3_index_reset(right_answers):
    feedback = relkit.check("04.2", right_answers["04.2"].reset_index(drop=True))
    assert "the rows are labelled differently" in feedback.message


def test_04_3_a_list_is_not_a_table(right_answers):
    feedback = relkit.check("04.2", right_answers["04.2"].to_numpy().tolist())
    assert "(list); this exercise needs a table (pandas DataFrame)" in feedback.message


def test_04_3_one_cell_off(right_answers):
    answer = right_answers["04.2"].copy()
    answer.iloc[2, 1] += 0.02
    feedback = relkit.check("04.2", answer)
    assert not feedback.correct
    assert f"In row {answer.index[2]}, column 1" in feedback.message


# --- languages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "script"), [("hi", DEVANAGARI), ("bn", BENGALI)])
@pytest.mark.parametrize(
    ("exercise_id", "answer"),
    [("04.1", 0.321), ("01.3", 60.5), ("04.2", [1, 2]), ("01.2", "x"), ("01.4", "a")],
)
def test_feedback_in_the_learners_script(lang, script, exercise_id, answer):
    with relkit.language(lang):
        feedback = relkit.check(exercise_id, answer)
    assert not feedback.correct
    native = re.sub(r"[A-Za-z_.()'\[\]=,0-9\s:-]+", "", feedback.message)
    assert script.search(feedback.message)
    assert len(script.findall(native)) > len(native) / 2  # mostly the learner's script, not English


def test_correct_feedback_in_bengali(right_answers):
    with relkit.language("bn"):
        feedback = relkit.check("01.1", right_answers["01.1"])
    assert feedback.message.startswith("সঠিক")


def test_changing_my_own_world_does_not_change_the_checks(world, right_answers):
    mine = relkit.load_world()
    mine.customers["signup_date"] = mine.customers["signup_date"] + pd.Timedelta(days=40)
    assert relkit.check("01.1", right_answers["01.1"]).correct
    signup = mine.customers["signup_date"]
    moved = ((signup >= "2024-10-01") & (signup <= "2024-11-30")).sum()
    assert moved == right_answers["01.1"] or not relkit.check("01.1", moved).correct
