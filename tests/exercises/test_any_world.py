"""Checks judge on the world the learner loaded, and answer keys say what each exercise expects.

A learner who opens another world with ``relkit.load_world(path)`` and solves each exercise with the
lesson's own solution code on it is told "correct"; the default world's answer is then wrong wherever
the two worlds differ. The expected values stay relkit's own: a learner changing their tables changes
nothing. ``answer_key`` and ``judging_world`` give the same verdicts without loading anything.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pandas as pd
import pytest

import relkit
from relkit.exercises import answer_key, default_world, judging_world, known_exercises, reset_attempts
from relkit.exercises import registry as exercise_registry

OTHER = {"seed": 12, "partners": 40}
"""Another world: its own seed, and fewer partners so the partner counts differ too (01.2). On it every
compute exercise of lessons 01 and 04 expects a value the default world's answer misses by more than the
judge's tolerance (seed 11 does not: its 01.3 share is within 0.01 of the default world's)."""


@pytest.fixture(autouse=True)
def back_to_the_default_world(monkeypatch):
    monkeypatch.delenv("RELKIT_WORLD", raising=False)
    yield
    relkit.load_world()
    reset_attempts()


@pytest.fixture(scope="module")
def other_folder(tmp_path_factory):
    return relkit.simulate(**OTHER).to_csv(tmp_path_factory.mktemp("other") / "world")


def solved(exercise_id: str, world) -> object:
    """The answer a learner gets by running the exercise's solution code on `world`."""
    code = relkit.solution(exercise_id).text.split("\n\n", 1)[1].rsplit("\n", 1)[0]
    namespace = {"relkit": relkit, "world": world}
    exec(code, namespace)
    return namespace["answer"]


@pytest.fixture(scope="module")
def default_answers():
    world = relkit.load_world()
    return {exercise_id: solved(exercise_id, world) for exercise_id in known_exercises()}


def _differ(exercise_id: str, one: object, other: object) -> bool:
    """Whether two answers are told apart by the exercise's judge (its tolerance, its columns)."""
    if isinstance(one, pd.DataFrame):
        return not (one.shape == other.shape and one.index.equals(other.index) and one.equals(other))
    if isinstance(one, str):
        return one != other
    how = exercise_registry.expected_value(exercise_id).details
    return not math.isclose(float(one), float(other), rel_tol=how["rel_tol"], abs_tol=how["abs_tol"])


@pytest.mark.parametrize("exercise_id", known_exercises())
def test_check_judges_on_the_world_the_learner_loaded(exercise_id, other_folder, default_answers):
    mine = relkit.load_world(other_folder)
    right = solved(exercise_id, mine)
    assert relkit.check(exercise_id, right).correct
    theirs = default_answers[exercise_id]
    if exercise_registry.exercise_kind(exercise_id) == "decide":
        assert not _differ(exercise_id, right, theirs)  # the same decision is right on any world
    else:
        assert _differ(exercise_id, right, theirs), "pick another world: this exercise's answers coincide"
        assert not relkit.check(exercise_id, theirs).correct
    relkit.load_world()  # back to the default world: the default answer is right again
    assert relkit.check(exercise_id, theirs).correct


@pytest.mark.parametrize("exercise_id", known_exercises())
def test_relkit_world_is_judged_without_loading_anything(exercise_id, other_folder, monkeypatch):
    """A fresh kernel of the grader: RELKIT_WORLD set, the notebook's first check before any load_world."""
    mine = relkit.load_world(other_folder)
    right = solved(exercise_id, mine)
    monkeypatch.setenv("RELKIT_WORLD", str(other_folder))
    monkeypatch.setattr("relkit.simulation.sources._last", [])  # as if nothing was loaded yet
    assert relkit.check(exercise_id, right).correct


def test_changing_my_tables_changes_nothing_the_checks_expect(other_folder):
    mine = relkit.load_world(other_folder)
    before = answer_key()
    mine.orders.loc[:, "amount_inr"] = 0.0
    mine.customers["signup_date"] = pd.Timestamp("2024-10-15")
    assert answer_key() == before
    assert default_world().orders.shape[0] > 0


def test_answer_key_is_what_check_accepts(other_folder):
    world = relkit.load_world(other_folder)
    key = answer_key(world)
    assert sorted(key) == known_exercises()
    json.dumps(key, allow_nan=False)  # JSON as it is
    relkit.load_world()  # the key does not depend on the world the learner has loaded
    assert answer_key(world) == key
    with judging_world(world):
        for exercise_id, expected in key.items():
            answer = solved(exercise_id, world) if isinstance(expected, dict) else expected
            assert relkit.check(exercise_id, answer).correct, exercise_id


def test_answer_key_values_match_the_solutions(other_folder):
    world = relkit.load_world(other_folder)
    key = answer_key(world)
    for exercise_id, expected in key.items():
        right = solved(exercise_id, world)
        if isinstance(right, pd.DataFrame):
            assert expected["columns"] == [0, 1, 2, 3]
            assert expected["index"] == [str(label) for label in right.index]
            assert expected["data"][0][:2] == pytest.approx(right.iloc[0, :2].tolist())
        elif isinstance(right, str):
            assert expected == right
        else:
            assert expected == pytest.approx(float(right), rel=0.02, abs=0.005)


def test_judging_world_nests_and_restores():
    default = relkit.load_world()
    one = relkit.simulate(seed=1, customers=50, partners=3)
    two = relkit.simulate(seed=2, customers=50, partners=3)
    with judging_world(one):
        assert default_world() is one
        with judging_world(two):
            assert default_world() is two
        assert default_world() is one
    assert default_world().fingerprint == default.fingerprint


def test_judging_world_opens_a_path(other_folder):
    with judging_world(other_folder) as world:
        assert default_world() is world
        assert world.settings["seed"] == OTHER["seed"]


def test_judging_world_refuses_what_is_no_world():
    with pytest.raises(relkit.RelkitTypeError, match="must be a world of tables"), judging_world(42):
        pass


def test_per_world_caches_each_world_apart():
    calls = []

    @exercise_registry.per_world
    def customers():
        calls.append(1)
        return len(default_world().customers)

    small = relkit.simulate(seed=3, customers=30, partners=2)
    with judging_world(small):
        assert customers() == 30
        assert customers() == 30
    assert customers() == 2000
    assert len(calls) == 2


def test_expected_value_says_how_answers_are_compared():
    offered = exercise_registry.expected_value("04.1")
    assert offered.kind == "number"
    assert offered.details["abs_tol"] == 0.005
    assert exercise_registry.expected_value("04.2").details["columns"] == [0, 1, 2, 3]


def test_a_judge_may_register_its_expected_value(monkeypatch):
    monkeypatch.setitem(
        exercise_registry._EXERCISES,
        "99.1",
        exercise_registry._Exercise(
            judge=lambda answer: None, solution="answer = 1", kind="compute", expected=lambda: 41 + 1
        ),
    )
    assert answer_key()["99.1"] == 42


def test_a_judge_that_exposes_nothing_is_caught(monkeypatch):
    monkeypatch.setitem(
        exercise_registry._EXERCISES,
        "99.2",
        exercise_registry._Exercise(judge=lambda answer: None, solution="answer = 1", kind="compute"),
    )
    with pytest.raises(RuntimeError, match="register expected="):
        answer_key()


LESSON_MODULES = sorted((Path(exercise_registry.__file__).parent).glob("lesson*.py"))


@pytest.mark.parametrize("module", LESSON_MODULES, ids=lambda path: path.name)
def test_no_lesson_caches_across_worlds(module):
    """functools.cache would keep the first world's expected values for every world: per_world instead."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = getattr(target, "id", None) or getattr(target, "attr", None)
                assert name not in {"cache", "lru_cache", "cached_property"}, f"{module.name}: {node.name}"
