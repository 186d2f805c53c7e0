"""The mastery rule on hand-built histories, and the progress table, chart and bar built from the store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitValueError
from relkit.practice import progress as store
from relkit.practice import progress_view as view
from relkit.practice.progress import Attempt
from relkit.practice.progress_view import MasteryRule, lesson_progress

EXERCISES = ["04.1", "04.2", "04.3"]


def _attempt(item, correct, kind="exercise", lesson="04", minute=0):
    return Attempt(
        "ravi", item, lesson, kind, correct, 0, None, f"2025-01-05T10:{minute:02d}:00.000Z", "0.1.0"
    )


def _quiz(*verdicts):
    return [_attempt(f"04.q{i}", v, kind="quiz", minute=i) for i, v in enumerate(verdicts)]


def _exercises_all_right():
    return [_attempt(item, True) for item in EXERCISES]


def test_every_exercise_right_and_four_of_the_last_five_quiz_answers():
    status = lesson_progress(
        "04",
        _exercises_all_right() + _quiz(True, False, True, True, True),
        exercises=EXERCISES,
        has_quiz=True,
    )
    assert (status.exercises_right, status.quiz_right, status.quiz_answered, status.mastered) == (
        3,
        4,
        5,
        True,
    )


def test_three_of_the_last_five_is_not_enough():
    status = lesson_progress(
        "04",
        _exercises_all_right() + _quiz(True, False, True, False, True),
        exercises=EXERCISES,
        has_quiz=True,
    )
    assert (status.quiz_right, status.mastered) == (3, False)


def test_only_the_last_five_quiz_answers_count():
    # four early wrong answers are forgotten once five newer ones are there
    history = _exercises_all_right() + _quiz(False, False, False, False, True, True, True, True, False)
    status = lesson_progress("04", history, exercises=EXERCISES, has_quiz=True)
    assert (status.quiz_right, status.quiz_answered, status.mastered) == (4, 5, True)
    # ... and a good start does not hold up a bad end
    history = _exercises_all_right() + _quiz(True, True, True, True, True, False, False)
    assert not lesson_progress("04", history, exercises=EXERCISES, has_quiz=True).mastered


def test_an_exercise_never_answered_right_blocks_mastery():
    history = [_attempt("04.1", True), _attempt("04.2", True), _attempt("04.3", False), *_quiz(*([True] * 5))]
    status = lesson_progress("04", history, exercises=EXERCISES, has_quiz=True)
    assert (status.exercises_right, status.mastered) == (2, False)


def test_one_right_answer_is_enough_even_after_wrong_ones():
    history = [_attempt("04.1", False), _attempt("04.1", True), _attempt("04.1", False)]
    history += [_attempt("04.2", True), _attempt("04.3", True)]
    assert lesson_progress("04", history, exercises=EXERCISES, has_quiz=False).mastered


def test_a_lesson_without_a_quiz_counts_its_exercises_only():
    status = lesson_progress("04", _exercises_all_right(), exercises=EXERCISES, has_quiz=False)
    assert (status.has_quiz, status.mastered, status.steps_total) == (False, True, 3)


def test_a_lesson_with_a_quiz_not_taken_is_not_mastered():
    status = lesson_progress("04", _exercises_all_right(), exercises=EXERCISES, has_quiz=True)
    assert (status.quiz_answered, status.mastered) == (0, False)


def test_quiz_answers_in_the_store_mean_the_lesson_has_a_quiz():
    status = lesson_progress("04", _exercises_all_right() + _quiz(False), exercises=EXERCISES, has_quiz=False)
    assert (status.has_quiz, status.mastered) == (True, False)


def test_other_lessons_and_unknown_exercises_do_not_count():
    history = [_attempt("01.1", True, lesson="01"), _attempt("04.9", True)]
    status = lesson_progress("04", history, exercises=EXERCISES, has_quiz=False)
    assert (status.exercises_right, status.last_activity) == (0, "2025-01-05T10:00:00.000Z")


def test_another_rule():
    history = _exercises_all_right() + _quiz(True, False, True, False, True)
    rule = MasteryRule(quiz_right=3, quiz_window=5)
    assert lesson_progress("04", history, exercises=EXERCISES, has_quiz=True, rule=rule).mastered


@pytest.mark.parametrize(("right", "window"), [(0, 5), (6, 5), (-1, 3)])
def test_an_impossible_rule_is_refused(right, window):
    with pytest.raises(RelkitValueError, match="quiz_right"):
        MasteryRule(quiz_right=right, quiz_window=window)


@given(st.lists(st.booleans(), max_size=30), st.integers(1, 6), st.integers(0, 4))
def test_rule_matches_its_statement(verdicts, window, extra):
    """Mastered exactly when every exercise is right and >= m of the last n quiz answers are right."""
    rule = MasteryRule(quiz_right=max(1, window - extra), quiz_window=window)
    history = _exercises_all_right() + _quiz(*verdicts)
    status = lesson_progress("04", history, exercises=EXERCISES, has_quiz=True, rule=rule)
    assert status.mastered == (sum(verdicts[-window:]) >= rule.quiz_right)
    assert 0 <= status.share_done <= 1


# --- from the store -----------------------------------------------------------------------------------


def test_check_records_each_judged_answer_with_its_hint_level(store_file):
    relkit.check("01.2", None)  # the prompt is not an answer
    relkit.check("01.2", 7)  # wrong: ladder step 1
    relkit.check("01.2", 12)  # wrong: step 2
    relkit.hint("01.2")  # the code hint: level 3
    relkit.check("01.2", 30)  # right, after the code hint
    relkit.check("01.2", 30)  # right at once: level 0
    relkit.check("04.3", 1)  # wrong: step 1
    relkit.solution("04.3")
    relkit.check("04.3", 1)  # wrong again, after the solution: level 4
    got = [(a.item_id, a.correct, a.hint_level, a.answer) for a in store.attempts()]
    assert got == [
        ("01.2", False, 1, "7"),
        ("01.2", False, 2, "12"),
        ("01.2", True, 3, "30"),
        ("01.2", True, 0, "30"),
        ("04.3", False, 1, "1"),
        ("04.3", False, 4, "1"),
    ]
    assert {a.lesson for a in store.attempts()} == {"01", "04"}
    assert {a.learner for a in store.attempts()} == {"test-learner"}


def _solve_lesson_01():
    from relkit.exercises.registry import _EXERCISES

    for exercise_id in [e for e in relkit.exercises.known_exercises() if e.startswith("01.")]:
        namespace = {"relkit": relkit, "world": relkit.load_world()}
        exec(_EXERCISES[exercise_id].solution, namespace)  # the lesson's own solution
        assert relkit.check(exercise_id, namespace["answer"]).correct


def test_progress_table_chart_and_bar(store_file, each_language):
    import relkit.exercises

    view.register_quiz("01", ["01.q1", "01.q2", "01.q3", "01.q4", "01.q5"])
    try:
        _solve_lesson_01()
        for i, verdict in enumerate([True, True, False, True, True]):
            store.record_attempt(f"01.q{i + 1}", lesson="01", kind="quiz", correct=verdict)
        shown = relkit.progress()
        [one, four] = [s for s in shown.lessons if s.lesson in ("01", "04")]
        lesson_01 = len([e for e in relkit.exercises.known_exercises() if e.startswith("01.")])
        assert (one.exercises_right, one.exercises_total, one.quiz_right, one.mastered) == (
            lesson_01,
            lesson_01,
            4,
            True,
        )
        assert (four.exercises_right, four.mastered, four.last_activity) == (0, False, None)
        text = str(shown)
        assert relkit.MasteryRule().describe() in text
        yes = view.translate("progress.yes")
        assert any(line.startswith("01") and yes in line for line in text.splitlines())
        page = shown._repr_html_()
        assert f'lang="{each_language}"' in page
        assert "data:image/png;base64," in page
        assert view.translate("progress.col.mastered") in page
        assert shown.description() in text or shown.description()  # a description exists in every language
        bar = relkit.progress_bar("01")
        assert 'aria-valuenow="100"' in bar._repr_html_()
        assert str(bar).endswith(view.translate("progress.bar.mastered"))
        half = relkit.progress_bar("04")
        assert 'aria-valuenow="0"' in half._repr_html_()
    finally:
        view._QUIZZES.pop("01", None)


def test_progress_chart_uses_the_language_font(store_file):
    with relkit.language("hi"):
        figure = relkit.progress().figure()
    [ax] = figure.axes
    assert ax.get_xlabel() == "पाठ"
    assert "relkit Noto Sans Devanagari" in ax.title.get_fontfamily()


def test_progress_bar_of_an_unknown_lesson_lists_the_lessons(store_file):
    with pytest.raises(RelkitValueError, match="'01', '04'"):
        relkit.progress_bar("4")


def test_mastery_reads_the_store(store_file):
    _solve_lesson_01()
    assert not relkit.mastery("01").mastered  # every exercise right, but lesson 01's quiz not answered yet
    for i, verdict in enumerate([True, False, True, True, True]):
        store.record_attempt(f"quiz.01.q{i + 1}", lesson="01", kind="quiz", correct=verdict)
    assert relkit.mastery("01").mastered  # and 4 of the last 5 quiz answers right
    assert not relkit.mastery("04").mastered
