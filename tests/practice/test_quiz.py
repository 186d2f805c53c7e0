"""relkit.quiz: shuffling per learner, answers in code and in the widget, feedback and errors."""

from __future__ import annotations

import sys
import types

import ipywidgets as widgets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitValueError
from relkit.practice import quiz as quiz_module
from relkit.practice.bank import load_bank
from relkit.practice.quiz import LETTERS, Quiz, current_learner, quiz


@pytest.fixture
def recorded(monkeypatch):
    """A stand-in progress store that keeps every attempt (the real one is built in parallel)."""
    attempts = []
    fake = types.ModuleType("relkit.practice.progress")

    def record_attempt(item_id, *, lesson, kind, correct, hint_level=0, answer=None):
        attempts.append(
            {"item_id": item_id, "lesson": lesson, "kind": kind, "correct": correct, "answer": answer}
        )
        return True

    fake.record_attempt = record_attempt
    fake.learner_id = lambda: "from-progress"
    monkeypatch.setitem(sys.modules, "relkit.practice.progress", fake)
    monkeypatch.setattr(relkit.practice, "progress", fake, raising=False)
    return attempts


def letter_of(q: Quiz, question_id: str, key: str, lang: str = "en") -> str:
    return LETTERS[lang][q.order(question_id).index(key)]


# ------------------------------------------------------------------------------------------ shuffling


def test_relkit_quiz_is_the_public_name():
    assert relkit.quiz is quiz
    assert isinstance(relkit.quiz("04", learner="a"), Quiz)


def test_one_learner_sees_a_stable_order_and_neighbours_a_different_one():
    first, again = quiz("04", learner="asha"), quiz("04", learner="asha")
    neighbour = quiz("04", learner="ravi")
    choice = [q.id for q in first.bank.questions if q.kind == "choice"]
    assert all(first.order(qid) == again.order(qid) for qid in choice)
    assert any(first.order(qid) != neighbour.order(qid) for qid in choice)
    assert all(sorted(first.order(qid)) == sorted(load_bank("04").question(qid).options) for qid in choice)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=12))
def test_every_learner_gets_a_permutation_and_the_right_letter_works(learner):
    q = quiz("01", learner=learner)
    question = q.question("q1")
    assert sorted(q.order("q1")) == sorted(question.options)
    assert q.answer("q1", letter_of(q, "q1", question.answer), record=False).correct is True


def test_learner_comes_from_progress_when_it_exists(recorded):
    assert current_learner() == "from-progress"


def test_learner_falls_back_to_the_environment(monkeypatch):
    monkeypatch.setitem(sys.modules, "relkit.practice.progress", None)  # import fails: no progress store
    monkeypatch.setenv("RELKIT_LEARNER", "meera")
    assert current_learner() == "meera"
    monkeypatch.delenv("RELKIT_LEARNER")
    monkeypatch.setenv("JUPYTERHUB_USER", "hub-user")
    assert current_learner() == "hub-user"


# --------------------------------------------------------------------------------- answering in code


@pytest.mark.parametrize("lesson", ["01", "04"])
@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_each_wrong_option_gets_its_own_feedback_and_the_right_one_the_explanation(lesson, lang):
    q = quiz(lesson, learner="asha")
    with relkit.language(lang):
        for question in q.bank.questions:
            texts = q.bank.texts(lang)[question.id]
            if question.kind == "choice":
                for key in question.options:
                    fb = q.answer(question.id, letter_of(q, question.id, key, lang), record=False)
                    assert fb.correct is (key == question.answer)
                    expected = texts.explanation if key == question.answer else texts.feedback[key]
                    assert (
                        q.bank.text(
                            question,
                            "explanation" if fb.correct else "feedback",
                            lang,
                            None if fb.correct else key,
                        )
                        in fb.text
                    )
                    assert expected
            elif question.kind == "category":
                for key in question.options:
                    fb = q.answer(question.id, q.bank.text(question, "options", lang, key), record=False)
                    assert fb.correct is (key == question.answer), (question.id, key)
            else:
                assert q.answer(question.id, question.answer, record=False).correct is True
                for key, wrong in question.mistakes.items():
                    fb = q.answer(question.id, wrong, record=False)
                    assert fb.correct is False
                    assert q.bank.text(question, "feedback", lang, key) in fb.text


def test_a_letter_in_devanagari_or_bengali_answers_too():
    q = quiz("01", learner="asha")
    position = q.order("q4").index("distributor_reseller")
    for lang in ("en", "hi", "bn"):
        assert q.answer("q4", f"({LETTERS[lang][position]})", record=False).correct is True


def test_numbers_as_learners_write_them():
    q = quiz("04", learner="asha")
    assert q.answer("q6", "436.80", record=False).correct is True
    assert q.answer("q6", "₹436.8", record=False).correct is True
    assert q.answer("q6", "४३६.८", record=False).correct is True
    assert q.answer("q9", "₹100", record=False).correct is True
    assert q.answer("q8", "21", record=False).correct is True
    share = q.answer("q2", "85%", record=False)
    assert share.correct is True
    assert share.note


def test_a_category_answer_in_any_language_and_relkits_labels():
    q = quiz("01", learner="asha")
    for answer in ("vendor", " Vendor ", "विक्रेता", "বিক্রেতা"):
        assert q.answer("q3", answer, record=False).correct is True
    wrong = q.answer("q3", "वितरक", record=False)
    assert wrong.correct is False
    assert "distributor" in wrong.text.lower()
    assert quiz("04", learner="a").answer("q5", "रेफ़रल", record=False).correct is True


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("en", "asks for a number"), ("hi", "एक संख्या है"), ("bn", "একটি সংখ্যা")],
)
def test_a_word_where_a_number_is_asked_says_what_kind_is_expected(lang, phrase):
    q = quiz("04", learner="asha")
    with relkit.language(lang):
        fb = q.answer("q9", "bahut", record=False)
    assert fb.correct is None
    assert phrase in fb.text


def test_an_unknown_category_and_an_unknown_letter_list_what_is_allowed():
    q = quiz("01", learner="asha")
    fb = q.answer("q3", "courier", record=False)
    assert fb.correct is None
    assert "vendor" in fb.text
    assert "distributor" in fb.text
    fb = q.answer("q1", "z", record=False)
    assert fb.correct is None
    assert "a, b, c, d" in fb.text


def test_every_answer_is_recorded_with_its_id_lesson_and_kind(recorded):
    q = quiz("04", learner="asha")
    q.answer("q9", "100")
    q.answer("q2", "0.15")
    q.answer("q9", "many")  # not read as a number: no attempt
    assert recorded == [
        {"item_id": "quiz.04.q9", "lesson": "04", "kind": "quiz", "correct": True, "answer": "100"},
        {"item_id": "quiz.04.q2", "lesson": "04", "kind": "quiz", "correct": False, "answer": "0.15"},
    ]


def test_without_a_progress_store_answers_are_not_recorded_and_nothing_fails(monkeypatch):
    monkeypatch.setitem(sys.modules, "relkit.practice.progress", None)
    assert quiz("04", learner="a").answer("q9", 100).correct is True


# -------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "There is no quiz '4'"),
        ("hi", "प्रश्नोत्तरी '4' मौजूद नहीं है"),
        ("bn", "'4' নামে কোনো কুইজ নেই"),
    ],
)
@pytest.mark.parametrize("lesson", ["4", "99", 4])
def test_an_unknown_quiz_lists_those_that_exist_in_the_learners_language(lang, phrase, lesson):
    with relkit.language(lang):
        with pytest.raises(RelkitValueError) as caught:
            quiz(lesson)
        message = str(caught.value)  # an error speaks the language of the moment it is shown
    assert "'01', '04'" in message
    if lesson == "4":
        assert phrase in message
        assert 'relkit.quiz("04")' in message


def test_an_unknown_question_lists_the_questions():
    with pytest.raises(RelkitValueError, match=r"no question 'q42'.*'q1', 'q2'"):
        quiz("01", learner="a").answer("q42", "a")
    assert quiz("01", learner="a").answer(7, 0.8, record=False).correct is True  # 7 means q7


# ------------------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_the_plain_text_shows_every_question_and_option_in_the_learners_order(lang):
    q = quiz("04", learner="asha")
    with relkit.language(lang):
        text = repr(q)
        bundle = q._repr_mimebundle_()
    for number, question in enumerate(q.bank.questions, 1):
        assert f"{number}. [{question.id}]" in text
    first = q.options("q1", lang=lang)[0]
    assert f"({first[0]}) {first[2][:20]}" in text
    assert bundle["text/plain"] == text
    assert "application/vnd.jupyter.widget-view+json" in bundle


# ------------------------------------------------------------------------------------------- widget


def interactive(widget) -> list:
    found = []
    for child in getattr(widget, "children", ()):
        shows_only = isinstance(child, widgets.HTML | widgets.Label | widgets.Box)
        if isinstance(child, widgets.ValueWidget | widgets.Button) and not shows_only:
            found.append(child)
        found += interactive(child)
    return found


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_every_control_is_focusable_with_a_description_in_the_learners_language(lang):
    with relkit.language(lang):
        w = quiz("01", learner="asha").widget()
    controls = interactive(w)
    assert controls == w.controls
    assert len(controls) == 2 * len(w.items)
    label = relkit.i18n.translate("quiz.answer_label", lang=lang)
    check = relkit.i18n.translate("quiz.check", lang=lang)
    for control in controls:
        assert control.tabbable is not False
        assert not control.disabled
        assert control.description in {label, check}
        assert control.tooltip
    for item in w.items.values():
        if item.question.kind == "choice":
            assert isinstance(item.control, widgets.RadioButtons)
            assert item.control.value is None
        else:
            assert isinstance(item.control, widgets.Text)
            assert item.control.continuous_update is False


def test_choosing_an_option_and_checking_shows_its_feedback_and_records_once(recorded):
    q = quiz("04", learner="asha")
    item = q.widget().items["q4"]
    item.button.click()
    assert item.last.correct is None
    assert "Choose" in item.feedback.value
    item.control.value = "churned"
    assert item.feedback.value == "" or "Choose" in item.feedback.value  # choosing alone does not check
    item.button.click()
    assert item.last.correct is False
    assert "ordered again" in item.feedback.value
    assert 'role="status"' in item.feedback.value
    item.control.value = "cohort_age"
    item.button.click()
    item.button.click()  # the same answer checked again is not a new attempt
    assert item.last.correct is True
    assert [(a["item_id"], a["correct"]) for a in recorded] == [("quiz.04.q4", False), ("quiz.04.q4", True)]


def test_typing_a_number_and_pressing_enter_gives_feedback(recorded):
    q = quiz("04", learner="asha")
    item = q.widget().items["q9"]
    item.control.value = "3"  # what the browser sends on Enter (continuous_update=False)
    assert item.last.correct is False
    assert "per message" in item.feedback.value
    item.control.value = "100"
    assert item.last.correct is True
    item.button.click()  # Check after Enter: feedback again, no second attempt
    assert len(recorded) == 2


@pytest.mark.parametrize(("lang", "answer"), [("hi", "विक्रेता"), ("bn", "বিক্রেতা")])
def test_the_widget_in_hindi_and_bengali_judges_native_answers(lang, answer):
    with relkit.language(lang):
        item = quiz("01", learner="asha").widget().items["q3"]
        item.control.value = answer
    assert item.last.correct is True
    assert relkit.i18n.translate("quiz.check", lang=lang) == item.button.description


def test_the_widget_repr_is_short_and_stable():
    assert repr(quiz("01", learner="a").widget()) == "QuizWidget(lesson='01', questions=10)"


def test_the_module_does_not_load_ipywidgets_until_a_widget_is_built():
    assert "ipywidgets" not in quiz_module.__dict__
