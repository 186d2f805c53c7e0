"""The hint ladder: a neutral prompt before an answer, then the idea, then the step, code only on request.

Every exercise of lessons 01 and 04 is driven, in each language, through a wrong answer, a second wrong
answer, a third, and the right one; ``relkit.hint`` and ``relkit.solution`` are checked for every exercise
in every language, and the solutions are run.
"""

from __future__ import annotations

import re

import pytest

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.exercises import attempts, known_exercises, lesson04, lesson06
from relkit.i18n import LANGUAGES, catalog, translate

LESSON_IDS = ["01.1", "01.2", "01.3", "01.4", "01.5", "04.1", "04.2", "04.3", "04.4", "04.5"]
LESSON_IDS += ["06.1", "06.2", "06.3", "06.4", "06.5", "06.6"]
SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "bn": re.compile(r"[\u0980-\u09FF]")}
CODE = re.compile(r"relkit\.|world\.|`|[A-Za-z_]\(|\w_\w")
"""What code looks like in a message: a relkit or world name, backticks, a call, a snake_case name."""


@pytest.fixture(scope="module")
def world():
    return relkit.load_world()


@pytest.fixture(scope="module")
def answers(world) -> dict[str, tuple[object, object, object, object]]:
    """For each exercise: three wrong answers, then the right one, worked out as a learner would."""
    per_customer = world.orders["customer_id"].value_counts()
    signup = world.customers["signup_date"]
    joined_2023 = world.customers[signup.dt.year == 2023]
    cohorts = relkit.cohort_retention(world.orders)
    one_cell_off = cohorts.copy()
    one_cell_off.iloc[2, 1] += 0.02
    gone = lesson04.gone_for_good(world.orders, "2024-06-30")
    marketplace = lesson04.channel_values().loc["marketplace"]
    break_even = (marketplace["cac_inr"] / marketplace["m"] - 1) / 7
    whatsapp = lesson04._whatsapp_costs()[0]
    return {
        "01.1": (1, 2500, 3, ((signup >= "2024-10-01") & (signup <= "2024-11-30")).sum()),
        "01.2": (7, 1, 2, world.partners["partner_type"].isin(["distributor", "reseller"]).sum()),
        "01.3": (0.9, 0.95, 0.99, (joined_2023["customer_id"].map(per_customer) > 1).mean()),
        "01.4": ("a", "c", "d", "b"),
        "01.5": ("a", "b", "d", "c"),
        "04.1": (0.999, 0.0001, 0.998, gone),
        "04.2": (cohorts * 100, one_cell_off, 0.5, cohorts),
        "04.3": (0.9, 0.001, 0.8, break_even),
        "04.4": (1000, 5, 2000, whatsapp),
        "04.5": ("a", "b", "d", "c"),
        **lesson06_answers(world),
    }


def lesson06_answers(world) -> dict[str, tuple[object, object, object, object]]:
    """Lesson 06: three wrong answers that no known mistake explains, then the right one."""
    fair = world.leads[world.leads["source"] == "trade_fair"]
    refund = world.tickets[world.tickets["category"] == "refund"]
    languages = world.customers[["customer_id", "preferred_language"]]
    answers = world.nps_responses.merge(languages, on="customer_id")
    hindi = relkit.nps(answers[answers["preferred_language"] == "hi"])
    return {
        "06.1": (0.999, 0.0001, 0.998, lesson06.qualified_to_won(fair)),
        "06.2": ("a", "c", "d", "b"),
        "06.3": (0.999, 0.0001, 0.998, lesson06.festive_share(world.orders, year=2024, category="groceries")),
        "06.4": (0.999, 0.0001, 0.998, relkit.service_levels(refund)["sla_compliance"]),
        "06.5": (99, -99, 98, hindi),
        "06.6": ("a", "b", "d", "c"),
    }


def test_the_ladder_covers_every_exercise():
    assert known_exercises() == LESSON_IDS


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_unanswered_gives_a_neutral_prompt(exercise_id, lang):
    with relkit.language(lang):
        feedback = relkit.check(exercise_id, None)
        assert feedback.message == translate("ex.prompt", exercise=exercise_id)
        assert not feedback.correct
        assert not feedback.answered
        for level in ("concept", "step", "hint"):
            assert translate(f"ex.{exercise_id}.{level}") not in feedback.message
        assert translate("ex.verdict.not_yet") not in feedback.message
    assert not CODE.search(feedback.message)
    assert "✏️" in feedback._repr_html_()
    assert attempts(exercise_id) == 0  # asking is not a wrong answer


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_wrong_wrong_wrong_right_climbs_the_ladder(exercise_id, lang, answers):
    first, second, third, right = answers[exercise_id]
    with relkit.language(lang):
        concept = translate(f"ex.{exercise_id}.concept")
        step = translate(f"ex.{exercise_id}.step")
        code_pointer = translate("ex.ladder.code", call=f'relkit.hint("{exercise_id}")')
        not_yet = translate("ex.verdict.not_yet")

        one = relkit.check(exercise_id, first)
        two = relkit.check(exercise_id, second)
        three = relkit.check(exercise_id, third)
        done = relkit.check(exercise_id, right)
        again = relkit.check(exercise_id, first)
        correct = translate("ex.verdict.correct")

    # 1st wrong answer: what to think about, with no code and no function names
    assert not one.correct
    assert one.message.startswith(not_yet)
    assert translate("ex.ladder.concept", hint=concept, lang=lang) in one.message
    assert step not in one.message
    assert not CODE.search(one.message), one.message
    # 2nd: the step, naming the table, column or function, but not the call
    assert not two.correct
    assert step in two.message
    assert concept not in two.message
    assert re.search(r"`[A-Za-z_]+`", two.message)
    assert "relkit.hint" not in two.message
    # 3rd and later: the step again, and where the code is
    assert step in three.message
    assert three.message.endswith(code_pointer)
    # right: correct, and the ladder starts again
    assert done.correct
    assert done.message.startswith(correct)
    assert concept in again.message
    if lang != "en":
        for feedback in (one, two, three, done):
            assert SCRIPT[lang].search(feedback.message)


@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_each_exercise_keeps_its_own_ladder(exercise_id, answers):
    other = "01.1" if exercise_id != "01.1" else "04.4"
    relkit.check(exercise_id, answers[exercise_id][0])
    relkit.check(exercise_id, answers[exercise_id][1])
    first_of_other = relkit.check(other, answers[other][0])
    assert translate(f"ex.{other}.concept") in first_of_other.message
    assert attempts(exercise_id) == 2
    assert attempts(other) == 1


def test_a_known_mistake_keeps_its_message_and_gets_the_ladder_after_it(world):
    feedback = relkit.check("01.1", len(world.customers))
    assert feedback.message.startswith("Not yet: You gave")
    assert "the number of all customers" in feedback.message
    assert feedback.message.endswith(translate("ex.ladder.concept", hint=translate("ex.01.1.concept")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_known_mistakes_quote_no_code(lang):
    """A known mistake can be the first wrong answer, so its message must not give the code away."""
    messages = catalog(lang)
    mistakes = {
        msgid: text
        for msgid, text in messages.items()
        if re.fullmatch(r"ex\.\d\d\.\d\.\w+", msgid) and msgid.rsplit(".", 1)[1] not in {"step", "hint"}
    }
    assert len(mistakes) >= 8 + 8  # the concepts and at least one mistake per exercise
    with_code = {msgid: text for msgid, text in mistakes.items() if CODE.search(text)}
    assert not with_code


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_every_rung_exists_in_every_catalog(exercise_id, lang):
    messages = catalog(lang)
    for level in ("concept", "step", "hint"):
        assert messages.get(f"ex.{exercise_id}.{level}"), f"{lang}: ex.{exercise_id}.{level} is missing"
    if lang != "en":
        for level in ("concept", "step", "hint"):
            assert SCRIPT[lang].search(messages[f"ex.{exercise_id}.{level}"])
            assert messages[f"ex.{exercise_id}.{level}"] != catalog("en")[f"ex.{exercise_id}.{level}"]


# --- relkit.hint and relkit.solution ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_hint_shows_the_code_hint(exercise_id, lang):
    with relkit.language(lang):
        shown = relkit.hint(exercise_id)
        assert shown.text.startswith(translate(f"ex.{exercise_id}.hint"))
        assert shown.text.endswith(translate("ex.ladder.solution", call=f'relkit.solution("{exercise_id}")'))
    assert str(shown) == repr(shown) == shown.text
    assert shown.language == lang
    assert shown.exercise_id == exercise_id
    assert re.search(r"[A-Za-z_]\(|\.\w+\(", shown.text)  # it does show code
    if lang != "en":
        assert SCRIPT[lang].search(shown.text)
    assert attempts(exercise_id) == 0  # asking for help is not a wrong answer


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("exercise_id", LESSON_IDS)
def test_solution_code_runs_and_is_right(exercise_id, lang, world):
    with relkit.language(lang):
        shown = relkit.solution(exercise_id)
        header, blank, *code = shown.text.splitlines()
        assert header == translate("ex.solution.header", exercise=exercise_id)
        assert blank == ""
        assert code[-1] == f'relkit.check("{exercise_id}", answer)'
        namespace = {"relkit": relkit, "world": world}
        exec("\n".join(code[:-1]), namespace)  # the code a learner would paste
        assert relkit.check(exercise_id, namespace["answer"]).correct
    if lang != "en":
        assert SCRIPT[lang].search(header)


def test_solution_text_is_the_same_code_in_every_language():
    codes = set()
    for lang in LANGUAGES:
        with relkit.language(lang):
            codes.add(relkit.solution("01.3").text.split("\n\n", 1)[1])
    assert len(codes) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("function", [relkit.hint, relkit.solution, lambda key: relkit.check(key, 1)])
def test_unknown_id_lists_the_ids_in_the_learners_language(function, lang):
    with relkit.language(lang):
        with pytest.raises(RelkitValueError) as caught:
            function("4.1")
        message = str(caught.value)
    assert "'01.1', '01.2', '01.3', '01.4', '01.5', '04.1', '04.2', '04.3', '04.4', '04.5'" in message
    assert "'4.1'" in message
    if lang == "en":
        assert message.startswith("There is no exercise '4.1'.")
    else:
        assert SCRIPT[lang].search(message)


@pytest.mark.parametrize("function", [relkit.hint, relkit.solution])
def test_id_given_as_a_number(function):
    with pytest.raises(RelkitTypeError, match=r"text in quotes, such as '04\.1', but 4\.1 \(float\)"):
        function(4.1)


@pytest.mark.parametrize("function", [relkit.hint, relkit.solution])
def test_id_with_stray_spaces_still_found(function):
    assert function(" 04.4 ").exercise_id == "04.4"


def test_hint_and_solution_are_public():
    assert {"hint", "solution"} <= set(relkit.__all__)
    assert relkit.hint.__doc__
    assert "Examples" in relkit.hint.__doc__
    assert relkit.solution.__doc__
    assert "Examples" in relkit.solution.__doc__
