from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import relkit
from relkit.exercises.feedback import Feedback, judge_choice, judge_decision, judge_frame, judge_number

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.fixture
def shares() -> pd.DataFrame:
    """A two-cohort retention table: cohort 2024-01 kept 1 of 2 customers in month 1."""
    index = pd.PeriodIndex(["2024-01", "2024-02"], freq="M", name="cohort")
    return pd.DataFrame({0: [1.0, 1.0], 1: [0.5, np.nan]}, index=index)


@pytest.fixture
def options() -> dict[str, list[str]]:
    return {"distributor": ["distributor", "वितरक", "পরিবেশক"], "supplier": ["supplier", "आपूर्तिकर्ता"]}


def _number(answer, **kwargs):
    kwargs = {"exercise_id": "t", "expected": 0.43, "abs_tol": 0.01, "hint": "HINT", **kwargs}
    return judge_number(answer, **kwargs)


# --- Feedback display --------------------------------------------------------------------------


def test_feedback_text_is_the_same_everywhere():
    feedback = Feedback("t", True, "Correct: 3 is right.")
    assert str(feedback) == repr(feedback) == "Correct: 3 is right."
    printed = []

    class Printer:
        def text(self, value):
            printed.append(value)

    feedback._repr_pretty_(Printer(), cycle=False)
    assert printed == ["Correct: 3 is right."]


def test_feedback_html_uses_words_and_icon_not_only_colour():
    good = _number(0.43)._repr_html_()
    bad = _number(0.9)._repr_html_()
    assert "Correct" in good
    assert "✔" in good
    assert "Not yet" in bad
    assert "👉" in bad
    assert 'role="status"' in good
    assert good != bad


def test_feedback_html_escapes_the_answer():
    page = judge_choice(
        "<b>x</b>", exercise_id="t", expected="supplier", options={"supplier": ["supplier"]}, hint=""
    )
    assert "<b>x</b>" not in page._repr_html_()
    assert "&lt;b&gt;" in page._repr_html_()


# --- numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [0.43, 0.435, 0.421, np.float64(0.43), 0.4399])
def test_number_within_absolute_tolerance(answer):
    # |0.4399 - 0.43| = 0.0099 <= abs_tol 0.01
    assert _number(answer).correct


def test_number_relative_tolerance():
    # 1% of 2285.71 is 22.86: 2300 is off by 14.29 (accepted), 2320 by 34.29 (not)
    assert _number(2300, expected=2285.71, abs_tol=0.0, rel_tol=0.01).correct
    assert not _number(2320, expected=2285.71, abs_tol=0.0, rel_tol=0.01).correct


def test_number_exact_count_accepts_float_whole_number():
    assert _number(412.0, expected=412, abs_tol=0.0).correct
    assert not _number(413, expected=412, abs_tol=0.0).correct


def test_wrong_number_says_direction_and_hint():
    high, low = _number(0.9), _number(0.1)
    assert not high.correct
    assert "more than the expected" in high.message
    assert "HINT" in high.message
    assert "less than the expected" in low.message


def test_percentage_for_a_share_is_recognised():
    feedback = _number(43.2, share=True)
    assert not feedback.correct
    assert (
        "You gave 43.2; a share is written between 0 and 1 - did you give a percentage?" in feedback.message
    )


def test_share_outside_zero_one_is_explained():
    feedback = _number(7.5, share=True)
    assert "a share always lies between 0 and 1" in feedback.message


def test_known_mistake_gets_its_own_hint():
    feedback = judge_number(
        0.78,
        exercise_id="04.4",
        expected=26.47,
        rel_tol=0.02,
        hint="HINT",
        mistakes=[(0.7846, "ex.04.4.per_contact")],
    )
    assert "You gave 0.78, the WhatsApp campaigns' cost per customer contacted" in feedback.message


@pytest.mark.parametrize(
    ("answer", "expected_text"),
    [
        ("0,43", "has its commas in the wrong places"),  # a decimal comma
        ("43 %", "You wrote a percentage ('43 %'), but this answer is not a share"),
        ("about 0.43", "relkit cannot read the word 'about' in a number"),
        ("distributor", "the text 'distributor'"),
        ([0.43], "needs a single number"),
        (True, "needs a single number"),
        (None, "Your answer is None"),
        (pd.DataFrame({"a": [1]}), "a whole table (DataFrame)"),
        (pd.Series([0.43]), "a whole table (Series)"),
        (float("nan"), "not a usable number"),
    ],
)
def test_wrong_kind_of_answer_explained(answer, expected_text):
    feedback = _number(answer)
    assert not feedback.correct
    assert expected_text in feedback.message
    assert "HINT" in feedback.message


def test_feedback_in_hindi_and_bengali():
    with relkit.language("hi"):
        feedback = _number(43.2, share=True)
        assert feedback.message.startswith("अभी नहीं")
        assert DEVANAGARI.search(feedback.message)
        assert feedback.language == "hi"
    with relkit.language("bn"):
        feedback = _number(0.43)
        assert feedback.message.startswith("সঠিক")
    assert 'lang="bn"' in feedback._repr_html_()


# --- choices ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer", ["distributor", "  Distributor ", "DISTRIBUTOR", "वितरक", "পরিবেশক", np.str_("distributor")]
)
def test_choice_accepts_key_and_translations(answer, options):
    assert judge_choice(answer, exercise_id="t", expected="distributor", options=options, hint="").correct


def test_choice_ignores_underscores_and_inner_spaces():
    options = {"social_media": ["social_media", "Social media"]}
    assert judge_choice(
        "social  media", exercise_id="t", expected="social_media", options=options, hint=""
    ).correct
    assert judge_choice(
        "Social-Media", exercise_id="t", expected="social_media", options=options, hint=""
    ).correct


def test_choice_wrong_but_existing_gives_hint(options):
    feedback = judge_choice("supplier", exercise_id="t", expected="distributor", options=options, hint="HINT")
    assert not feedback.correct
    assert "'supplier' is one of the possible answers, but not the right one" in feedback.message
    assert "HINT" in feedback.message


def test_choice_unknown_lists_the_options(options):
    feedback = judge_choice("wholesaler", exercise_id="t", expected="distributor", options=options, hint="")
    assert "'wholesaler' is not one of the possible answers" in feedback.message
    assert "'distributor', 'supplier'" in feedback.message


def test_choice_known_mistake(options):
    feedback = judge_choice(
        "supplier",
        exercise_id="04.3",
        expected="distributor",
        options=options,
        hint="",
        mistakes={"supplier": "ex.04.4.all_campaigns"},
    )
    assert (
        "You gave 'supplier', the cost per retained customer of all the retention campaigns"
        in feedback.message
    )


@pytest.mark.parametrize(
    ("answer", "expected_text"), [(3, "(int)"), (["distributor"], "(list)"), (None, "None")]
)
def test_choice_wrong_kind(answer, expected_text, options):
    feedback = judge_choice(answer, exercise_id="t", expected="distributor", options=options, hint="")
    assert not feedback.correct
    assert expected_text in feedback.message


# --- tables ----------------------------------------------------------------------------------------


def _frame(answer, expected, **kwargs):
    return judge_frame(
        answer, exercise_id="t", expected=expected, columns=[0, 1], abs_tol=0.005, hint="HINT", **kwargs
    )


def test_frame_accepts_small_differences_and_extra_columns(shares):
    answer = shares.copy()
    answer.loc[answer.index[0], 1] = 0.504  # |0.504 - 0.5| = 0.004 <= 0.005
    answer[2] = [0.1, np.nan]
    assert _frame(answer, shares).correct


def test_frame_value_off_names_the_cell(shares):
    answer = shares.copy()
    answer.loc[answer.index[0], 1] = 0.52  # off by 0.02
    feedback = _frame(answer, shares)
    assert not feedback.correct
    assert "In row 2024-01, column 1, your table has 0.52" in feedback.message


def test_frame_counts_instead_of_shares(shares):
    counts = pd.DataFrame({0: [2.0, 1.0], 1: [1.0, np.nan]}, index=shares.index)
    feedback = _frame(counts, shares)
    assert "Your table holds counts (column 0 has 2)" in feedback.message
    assert "Divide each row by its cohort's size" in feedback.message


def test_frame_percentages(shares):
    assert "percentages" in _frame(shares * 100, shares).message


def test_frame_missing_column_lists_present(shares):
    feedback = _frame(shares[[0]], shares)
    assert "Your table lacks the column(s) 1. Columns it has: 0." in feedback.message


def test_frame_index_off_explained(shares):
    answer = shares.reset_index(drop=True)
    feedback = _frame(answer, shares)
    assert "Your numbers are right, but the rows are labelled differently" in feedback.message
    assert "your first row is 0, the expected first row is 2024-01" in feedback.message
    assert "Label the rows by cohort" in feedback.message


def test_frame_missing_and_extra_rows(shares):
    assert "lacks 1 row(s) of the expected table, such as 2024-02" in _frame(shares.iloc[:1], shares).message
    longer = pd.concat(
        [shares, pd.DataFrame({0: [1.0], 1: [np.nan]}, index=pd.PeriodIndex(["2024-03"], freq="M"))]
    )
    assert (
        "has 1 row(s) that the expected table does not have, such as 2024-03"
        in _frame(longer, shares).message
    )


def test_frame_rows_in_other_order(shares):
    answer = shares.iloc[::-1]
    answer.iloc[:, 1] = [0.9, 0.5]  # the values do not line up, so it is not a pure labelling issue
    assert "different order" in _frame(answer, shares).message


@pytest.mark.parametrize(
    ("answer", "kind"), [([[1.0, 0.5]], "list"), (pd.Series([1.0]), "Series"), ("table", "str")]
)
def test_frame_wrong_kind(answer, kind, shares):
    feedback = _frame(answer, shares)
    assert not feedback.correct
    assert f"({kind}); this exercise needs a table (pandas DataFrame)" in feedback.message


DECISION = {"a": "ex.choice.wrong", "b": "ex.choice.correct", "c": "ex.choice.wrong"}


@pytest.mark.parametrize("given", ["b", "B", " (b) ", "b)", "ख", "(খ)"])
def test_decision_accepts_the_letter_in_any_script(given):
    assert judge_decision(given, exercise_id="x", expected="b", feedback=DECISION).correct


@pytest.mark.parametrize("given", ["a", "क", "ক", "(c)"])
def test_decision_wrong_option_gets_its_own_message(given):
    feedback = judge_decision(given, exercise_id="x", expected="b", feedback=DECISION)
    assert not feedback.correct
    assert "not the right one" in feedback.message


@pytest.mark.parametrize("given", ["d", "z", "paid social", 2])
def test_decision_names_the_letters_for_anything_else(given):
    feedback = judge_decision(given, exercise_id="x", expected="b", feedback=DECISION)
    assert not feedback.correct
    assert "'a', 'b', 'c'" in feedback.message


def test_decision_refuses_options_that_are_not_letters():
    with pytest.raises(ValueError, match="letters"):
        judge_decision("a", exercise_id="x", expected="b", feedback={"b": "m", "paid": "m"})
