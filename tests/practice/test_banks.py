"""The question banks are complete and consistent in every language, and their numbers are computed."""

from __future__ import annotations

import re
import string
import tomllib
from importlib.resources import files

import pytest

from relkit.i18n import LANGUAGES
from relkit.practice.bank import FORMATS, FORMULAS, KINDS, available_quizzes, fill, load_bank

LESSONS = available_quizzes()
FOLDER = files("relkit") / "data" / "quizzes"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def raw(name: str) -> dict:
    with (FOLDER / name).open("rb") as handle:
        return tomllib.load(handle)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_lessons_01_and_04_have_quizzes_of_at_least_six_questions_of_every_kind():
    assert set(LESSONS) >= {"01", "04"}
    for lesson in ("01", "04"):
        questions = load_bank(lesson).questions
        assert len(questions) >= 6
        assert {q.kind for q in questions} == set(KINDS), lesson


@pytest.mark.parametrize("lesson", LESSONS)
def test_structure_is_well_formed(lesson):
    entries = raw(f"{lesson}.toml")["questions"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry["type"] in KINDS, entry["id"]
        assert set(entry.get("formats", {}).values()) <= set(FORMATS), entry["id"]
        if entry["type"] == "number":
            assert "answer" not in entry, f"{entry['id']}: a numeric answer is computed, never typed"
            assert entry["formula"] in FORMULAS
            assert set(entry.get("mistakes", {}).values()) <= set(FORMULAS)
        else:
            assert entry["answer"] in entry["options"], entry["id"]
            assert len(entry["options"]) >= 3, entry["id"]


@pytest.mark.parametrize("lesson", LESSONS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_same_questions_options_and_feedback_on_every_wrong_option(lesson, lang):
    bank = load_bank(lesson)
    texts = bank.texts(lang)
    assert list(texts) == [q.id for q in bank.questions]
    for question in bank.questions:
        text = texts[question.id]
        assert text.question.strip(), question.id
        assert text.explanation.strip(), question.id
        if question.kind != "number":
            assert set(text.options) == set(question.options), question.id
        else:
            assert not text.options, question.id
            assert text.hint.strip(), question.id
        assert set(text.feedback) == set(question.wrong), (
            f"{question.id}: feedback on every wrong option only"
        )
        assert all(value.strip() for value in text.feedback.values()), question.id
        if question.kind == "category":
            assert text.hint.strip(), question.id


@pytest.mark.parametrize("lesson", LESSONS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_inputs_and_every_text_fills(lesson, lang):
    bank = load_bank(lesson)
    for question in bank.questions:
        text = bank.texts(lang)[question.id]
        parts = [text.question, text.explanation, text.hint, *text.options.values(), *text.feedback.values()]
        for part in parts:
            assert placeholders(part) <= set(question.inputs) | {"answer"}, (question.id, part)
            fill(part, question, lang)


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_worked_example_states_every_input_in_every_language(lesson):
    """The numbers the formula uses are the numbers the learner reads: each input is in the question."""
    bank = load_bank(lesson)
    for question in bank.questions:
        if question.kind != "number":
            continue
        given = set(raw(f"{lesson}.toml")["questions"][bank.questions.index(question)]["inputs"])
        for lang in LANGUAGES:
            wording = bank.texts(lang)[question.id].question + bank.texts(lang)[question.id].explanation
            assert given - {"million"} <= placeholders(wording), (question.id, lang)


@pytest.mark.parametrize("lesson", LESSONS)
def test_numbers_typed_into_the_texts_are_the_same_in_every_language(lesson):
    """A number written out (not a placeholder) must not differ between translations.

    Compared as sets of numbers from 10 up: small ones may be words in one language ("Q1 2023" is
    "2023 की पहली तिमाही"), but a 20 or a 100 typed into a translation must be the English one.
    """
    bank = load_bank(lesson)
    for question in bank.questions:
        found = {}
        for lang in LANGUAGES:
            text = bank.texts(lang)[question.id]
            parts = [text.question, text.explanation, *text.options.values(), *text.feedback.values()]
            numbers = NUMBER.findall(" ".join(re.sub(r"\{\w+\}", "", part) for part in parts))
            found[lang] = {number for number in numbers if float(number.replace(",", "")) >= 10}
        assert found["hi"] == found["en"] == found["bn"], (question.id, found)


def test_worked_answers_by_hand():
    """The computed answers, and the known mistakes, checked against arithmetic done by hand."""
    q01, q04 = load_bank("01"), load_bank("04")
    assert q01.question("q7").answer == pytest.approx(0.8)  # renewal rate: 28 renewed / 35 ended
    assert q01.question("q7").mistakes == pytest.approx(
        {"with_running": 28 / 50, "running_renewed": 43 / 50, "not_renewed": 0.2}
    )
    assert q01.question("q8").answer == pytest.approx(10 / 3)  # trust score: (5 + 3 + 2) / 3
    assert q01.question("q8").mistakes == {"total": 10, "top_score": 2}
    assert q04.question("q2").answer == pytest.approx(0.85)  # monthly churn: 1 - 30 / 200
    assert q04.question("q3").answer == pytest.approx(0.77)  # gone for good: (400 - 92) / 400
    assert q04.question("q3").mistakes == pytest.approx({"stayed": 0.23, "newcomers": 308 / 550})
    q6 = q04.question("q6")  # two-year CLV: m = (944 - 144) x 0.35 = 280; 280 x (1 + 7 x 0.08)
    assert q6.inputs["margin_inr"] == pytest.approx(280)
    assert q6.answer == pytest.approx(436.8)
    assert q6.mistakes == pytest.approx(
        {"with_gst": 944 * 0.35 * 1.56, "first_quarter": 280 * 0.56, "revenue": 800 * 1.56}
    )
    assert q04.question("q8").answer == pytest.approx(21)  # payback: 1 + (750 / 250 - 1) / 0.1 quarters
    assert q04.question("q8").mistakes == pytest.approx(
        {"every_quarter": 3, "first_quarter": 30, "months": 63}
    )
    assert q04.question("q9").answer == pytest.approx(100)  # 6,000 / ((0.12 - 0.09) * 2,000)


def test_the_category_answer_is_the_channel_the_numbers_make_cheapest():
    question = load_bank("04").question("q5")
    costs = {key: question.inputs[f"{key}_cac"] for key in question.options}
    assert costs == {"referral": 300, "paid_search": 1500, "paid_social": 1400}
    assert question.answer == min(costs, key=costs.get)


def test_choice_answers_stated_with_numbers_follow_from_them():
    shuffle = load_bank("01").question("q9")
    assert shuffle.inputs["gap"] == pytest.approx(shuffle.inputs["rate_short"] - shuffle.inputs["rate_long"])
    assert shuffle.inputs["rest"] == pytest.approx(1 - shuffle.inputs["shuffled"])
    ratio = load_bank("04").question("q7")
    assert ratio.inputs["ratio"] == pytest.approx(0.25)  # 450 / 1,800: below 1, so "losing" is right
    assert ratio.inputs["inverse"] == pytest.approx(4)


@pytest.mark.parametrize(
    ("lesson", "retired"),
    [
        ("01", ["OTIF", "PPM", "scorecard", "lead time", "grade"]),
        ("04", ["discount rate", "a month and stays every month", "1 + d − r"]),
    ],
)
def test_the_banks_ask_only_what_the_revised_lessons_teach(lesson, retired):
    """Lesson 01 no longer shows the partner scorecard; lesson 04 builds CLV and payback in quarters."""
    bank = load_bank(lesson)
    for question in bank.questions:
        text = bank.texts("en")[question.id]
        wording = " ".join(
            [text.question, text.explanation, text.hint, *text.options.values(), *text.feedback.values()]
        )
        for word in retired:
            assert word.casefold() not in wording.casefold(), (question.id, word)
