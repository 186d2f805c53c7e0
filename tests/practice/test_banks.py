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
    """The computed answers, checked against arithmetic done by hand."""
    q01, q04 = load_bank("01"), load_bank("04")
    assert q01.question("q6").answer == 600  # 15 / 25,000 * 10,00,000
    assert q01.question("q7").answer == 0.75  # 30 / 40
    assert q01.question("q7").mistakes == {"on_time_only": 0.85, "wrong_denominator": 30 / 34}
    assert q04.question("q2").answer == pytest.approx(0.85)  # 1 - 30 / 200
    assert q04.question("q4").answer == 1250  # 50,000 / 40
    assert q04.question("q4").mistakes == {"per_reached": 6.25, "inverted": 0.0008}
    assert q04.question("q5").answer == pytest.approx(300 / 0.26)  # 400 * 0.75 / (1 + 0.01 - 0.75)
    assert q04.question("q8").answer == pytest.approx(100)  # 6,000 / ((0.12 - 0.09) * 2,000)
    assert q04.question("q9").answer == 4  # 1,200 / 300
    assert q04.question("q6").inputs["ratio"] == 0.75  # 1,800 / 2,400


def test_the_category_answer_is_the_channel_the_numbers_make_cheapest():
    question = load_bank("04").question("q7")
    costs = {key: question.inputs[f"{key}_cac"] for key in question.options}
    assert costs == {"referral": 300, "paid_search": 1500, "paid_social": 1400}
    assert question.answer == min(costs, key=costs.get)


def test_choice_answers_stated_with_numbers_follow_from_them():
    question = load_bank("01").question("q5")
    assert question.inputs["rest"] == pytest.approx(1 - question.inputs["otif"])
