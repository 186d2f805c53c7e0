"""The table of exercises, :func:`check` that judges an answer, and the help a learner asks for.

Each lesson module registers its exercises with :func:`exercise`: a judge, a function from the learner's
answer to a :class:`~relkit.exercises.feedback.Feedback`, and one solution written as code.

Which world a judge judges on
    A judge computes its expected value at check time from :func:`default_world`, never at import time
    and never hard-coded. That is the world the learner last loaded with :func:`relkit.load_world` in
    this kernel (relkit's own pristine copy of it), or the one ``RELKIT_WORLD`` names, or the default
    world; inside ``with judging_world(world):`` it is `world` (grading, answer keys). Helpers that
    compute something once per world are decorated with :func:`per_world`, never with
    ``functools.cache``, which would keep the first world's value for every other world.

How a judge exposes its expected value (for :func:`answer_key`)
    Nothing to do when the judge ends by calling one of the helpers of
    :mod:`relkit.exercises.feedback` (``judge_number``, ``judge_frame``, ``judge_choice``,
    ``judge_decision``) with ``expected=``: :func:`expected_value` runs the judge with a stand-in answer
    inside :func:`~relkit.exercises.feedback.reading_expected`, and the first helper it calls hands
    over its ``expected`` instead of judging. So the judge's own logic is the answer key's. A judge that
    does not end in such a helper, or looks at the answer before it, registers ``expected=``: a function
    of no arguments returning the expected value, computed from :func:`default_world` like the judge.

Hints come as a ladder, kept per exercise in the running kernel's memory. An unanswered exercise
(``answer`` still ``None``) gets a neutral prompt and no hint. The first wrong answer gets a hint about the
idea (message ``ex.<id>.concept``, no code); the second names the step (``ex.<id>.step``: which table,
column or function); the third and later repeat the step and point to :func:`hint`. Only :func:`hint`
(``ex.<id>.hint``) and :func:`solution` show code. A right answer starts the ladder again.
"""

from __future__ import annotations

import functools
import math
import os
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..errors import RelkitError, RelkitTypeError, RelkitValueError
from ..i18n import get_language, translate
from ..signatures import learner_call
from ..validation import show_value
from .feedback import ExpectedValue, Feedback, Help, reading_expected

__all__ = [
    "answer_key",
    "attempts",
    "check",
    "default_world",
    "exercise",
    "exercise_kind",
    "expected_value",
    "hint",
    "json_value",
    "judging_world",
    "known_exercises",
    "ladder_hint",
    "per_world",
    "reset_attempts",
    "solution",
]

Judge = Callable[[object], Feedback]


KINDS = ("compute", "decide")
"""What an exercise asks: to compute a value, or to interpret a result and decide (answered by choosing)."""


@dataclass(frozen=True)
class _Exercise:
    judge: Judge
    solution: str
    kind: str
    expected: Callable[[], object] | None = None


_EXERCISES: dict[str, _Exercise] = {}
_ATTEMPTS: dict[str, int] = {}
"""Wrong answers given to each exercise since its last right answer, in this kernel."""
_HELP_SHOWN: dict[str, int] = {}
"""The most help :func:`hint` (3) or :func:`solution` (4) showed per exercise since its last right answer."""

HINT_LEVELS = {"hint": 3, "solution": 4}
"""Hint levels the progress store records beyond the ladder's steps (1 the idea, 2 the step, 3 with code)."""


_JUDGING: ContextVar[object] = ContextVar("relkit_judging_world", default=None)
"""The world :func:`judging_world` set, or None: then the learner's world."""


def default_world():
    """Return the world the checks judge on now, relkit's own copy: read it, never change it.

    Inside ``with judging_world(world):``, `world`. Otherwise the world the learner last loaded with
    :func:`relkit.load_world` in this kernel, or, before any was loaded, the one ``RELKIT_WORLD`` names
    or the default world. :func:`relkit.load_world` hands out fresh copies, so this one is private to
    the checks: a learner changing their own tables cannot change what the checks expect.

    Examples
    --------
    >>> import relkit
    >>> world = relkit.load_world()
    >>> world.customers.loc[0, "city"] = "Atlantis"
    >>> default_world().customers.loc[0, "city"] != "Atlantis"
    True
    >>> default_world() is default_world()
    True
    """
    world = _JUDGING.get()
    if world is not None:
        return world
    from ..simulation.sources import learner_world

    return learner_world()


@contextmanager
def judging_world(world) -> Iterator[object]:
    """Judge on `world` inside the block: :func:`default_world` returns it, and so every judge uses it.

    For grading and answer keys, which judge many worlds in one process. `world` is a
    :class:`relkit.World` or the path of a world folder or SQLite file written by relkit. It is read,
    never changed; do not change it either while it is being judged on. The setting belongs to the
    running thread (a :class:`contextvars.ContextVar`); blocks can be nested.

    Examples
    --------
    >>> import relkit
    >>> small = relkit.simulate(seed=5, customers=40, partners=3, months=24)
    >>> with judging_world(small):
    ...     default_world() is small
    True
    >>> default_world() is small
    False
    """
    from ..simulation import World
    from ..simulation.sources import open_world

    if isinstance(world, str | os.PathLike):
        world = open_world(world)
    if not isinstance(world, World):
        raise RelkitTypeError("err.not_a_world", name="world", kind=type(world).__name__)
    token = _JUDGING.set(world)
    try:
        yield world
    finally:
        _JUDGING.reset(token)


def per_world(function: Callable) -> Callable:
    """Keep `function`'s results per judging world: the ``functools.cache`` of a judge's helpers.

    The decorated function takes hashable arguments (or none) and computes from :func:`default_world`;
    it is computed once per world and arguments, and forgotten with the world.

    Examples
    --------
    >>> calls = []
    >>> @per_world
    ... def customers():
    ...     calls.append(1)
    ...     return len(default_world().customers)
    >>> customers(), customers(), len(calls)
    (2000, 2000, 1)
    """
    results: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(function)
    def cached(*args):
        memo = results.setdefault(default_world(), {})
        if args not in memo:
            memo[args] = function(*args)
        return memo[args]

    cached.cache_clear = results.clear
    return cached


def exercise(
    exercise_id: str, *, solution: str, kind: str = "compute", expected: Callable[[], object] | None = None
) -> Callable[[Judge], Judge]:
    """Register the decorated function as the judge of `exercise_id` (such as ``"04.1"``).

    `solution` is code that sets ``answer``, the same in every language, as the lesson's solution cell
    has it; :func:`solution` prints it. The hints are messages ``ex.<id>.concept``, ``ex.<id>.step`` and
    ``ex.<id>.hint`` in the catalogs. `kind` is ``"compute"`` or ``"decide"`` (interpret a result and
    choose; the lesson's time estimate gives it ten minutes instead of five). `expected`, needed only by
    a judge that does not hand its expected value to a ``judge_*`` helper (see the module's docstring),
    is a function of no arguments returning the expected value on :func:`default_world`.
    """
    if kind not in KINDS:
        raise ValueError(f"exercise {exercise_id}: kind {kind!r} is not one of {KINDS}")

    def register(judge: Judge) -> Judge:
        _EXERCISES[exercise_id] = _Exercise(judge, solution.strip(), kind, expected)
        return judge

    return register


class _StandIn:
    """The answer a judge is given while its expected value is read; no judge ever accepts it."""

    def __repr__(self) -> str:
        return "<answer>"


def expected_value(exercise_id: str) -> ExpectedValue:
    """Return what exercise `exercise_id` expects on :func:`default_world`, and how answers are compared.

    Examples
    --------
    >>> offered = expected_value("01.4")
    >>> offered.kind, offered.value
    ('decision', 'b')
    """
    key = _known_id(exercise_id)
    entry = _EXERCISES[key]
    if entry.expected is not None:
        value = entry.expected()
        return value if isinstance(value, ExpectedValue) else ExpectedValue(value, "value")
    with reading_expected():
        try:
            entry.judge(_StandIn())
        except ExpectedValue as offered:
            return offered
    raise RuntimeError(f"exercise {key}: its judge calls no judge_* helper; register expected=")


def json_value(value: object) -> object:
    """Return `value` in a form :func:`json.dumps` writes: numbers, text, lists, and tables as dicts.

    A DataFrame becomes ``{"index": [...], "columns": [...], "data": [[...], ...]}`` (pandas' "split"
    form), with periods and dates as text and missing values as None; numpy numbers become Python ones.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> json_value(np.float64(0.25)), json_value(np.int64(3)), json_value(float("nan"))
    (0.25, 3, None)
    >>> json_value(pd.DataFrame({0: [1.0], 1: [None]}, index=pd.PeriodIndex(["2024-01"], freq="M")))
    {'index': ['2024-01'], 'columns': [0, 1], 'data': [[1.0, None]]}
    """
    if isinstance(value, pd.DataFrame):
        return {
            "index": [json_value(label) for label in value.index],
            "columns": [json_value(label) for label in value.columns],
            "data": [[json_value(cell) for cell in row] for row in value.itertuples(index=False, name=None)],
        }
    if isinstance(value, pd.Series):
        return {"index": [json_value(label) for label in value.index], "data": [json_value(v) for v in value]}
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Period | pd.Timestamp):
        return str(value)
    return str(value)


def answer_key(world=None) -> dict[str, object]:
    """Return the value every registered exercise expects on `world`, in JSON-able form, by exercise id.

    Computed by the judges themselves (see :func:`expected_value`) inside :func:`judging_world`, so an
    answer key says exactly what :func:`check` accepts on that world. Tables are given on the columns
    they are judged on (see :func:`json_value`). `world` is a :class:`relkit.World` or a world's path;
    without it, :func:`default_world`. An exercise the world holds no data for (a small world may have
    no refund tickets at all) expects ``None``: no answer is right on that world, and a grader reports it.

    Examples
    --------
    >>> import relkit
    >>> key = answer_key(relkit.load_world())
    >>> key["01.4"], round(key["04.4"], 2)
    ('b', 26.47)
    >>> relkit.check("04.4", key["04.4"]).correct
    True
    """
    if world is None:
        world = default_world()
    key = {}
    with judging_world(world):
        for exercise_id in known_exercises():
            try:
                offered = expected_value(exercise_id)
            except RelkitError:  # the world has no data for it (a tiny world without refund tickets)
                key[exercise_id] = None
                continue
            value = offered.value
            if offered.kind == "frame":
                value = value[list(offered.details["columns"])]
            key[exercise_id] = json_value(value)
    return key


def known_exercises() -> list[str]:
    """Return the ids of every registered exercise, in order.

    Examples
    --------
    >>> known_exercises()[:2]
    ['01.1', '01.2']
    """
    return sorted(_EXERCISES)


def exercise_kind(exercise_id: str) -> str:
    """Return what exercise `exercise_id` asks: ``"compute"`` or ``"decide"``.

    Examples
    --------
    >>> exercise_kind("01.1")
    'compute'
    """
    return _EXERCISES[_known_id(exercise_id)].kind


def _known_id(exercise_id: object) -> str:
    """Return `exercise_id` without stray spaces, or raise the learner's error for an id that is not one."""
    if not isinstance(exercise_id, str):
        raise RelkitTypeError(
            "ex.id_not_text", value=show_value(exercise_id), kind=type(exercise_id).__name__, example="'04.1'"
        )
    key = exercise_id.strip()
    if key not in _EXERCISES:
        raise RelkitValueError(
            "ex.unknown_id",
            value=show_value(exercise_id),
            known=", ".join(repr(known) for known in known_exercises()),
            example="'04.1'",
        )
    return key


def attempts(exercise_id: str) -> int:
    """Return how many wrong answers `exercise_id` has had since its last right one, in this kernel.

    Examples
    --------
    >>> reset_attempts()
    >>> attempts("01.1")
    0
    """
    return _ATTEMPTS.get(_known_id(exercise_id), 0)


def reset_attempts(exercise_id: str | None = None) -> None:
    """Start the hint ladder again for `exercise_id`, or for every exercise when it is omitted."""
    if exercise_id is None:
        _ATTEMPTS.clear()
        _HELP_SHOWN.clear()
    else:
        _ATTEMPTS.pop(_known_id(exercise_id), None)
        _HELP_SHOWN.pop(_known_id(exercise_id), None)


def _record(key: str, correct: bool, ladder_step: int, answer: object) -> None:
    """Save a judged answer in the progress store; a store that fails never stops :func:`check`.

    The hint level is the most help the learner had seen for the exercise by this answer: the ladder's
    step (capped at 3, the step with the pointer to the code), or 3 or 4 when :func:`hint` or
    :func:`solution` was shown since the last right answer.
    """
    level = max(min(ladder_step, 3), _HELP_SHOWN.get(key, 0))
    try:
        from ..practice.progress import record_attempt  # imported here: check() must work without a store

        text = answer if isinstance(answer, str) else show_value(answer)
        record_attempt(
            key, lesson=key.split(".", 1)[0], kind="exercise", correct=correct, hint_level=level, answer=text
        )
    except Exception:  # the verdict matters more than the record
        pass


def ladder_hint(exercise_id: str, attempt: int) -> str:
    """Return the hint for wrong answer number `attempt` (1, 2, ...) to `exercise_id`, in relkit's language.

    Examples
    --------
    >>> print(ladder_hint("01.3", 1))  # doctest: +ELLIPSIS
    Think about this: the group is the customers who joined in 2023, not all customers...
    >>> print(ladder_hint("01.3", 3))  # doctest: +ELLIPSIS
    Next step: keep the rows of the customers table ... To see the code, run relkit.hint("01.3").
    """
    key = _known_id(exercise_id)
    if attempt <= 1:
        return translate("ex.ladder.concept", hint=translate(f"ex.{key}.concept"))
    step = translate("ex.ladder.step", hint=translate(f"ex.{key}.step"))
    if attempt == 2:
        return step
    call = f'relkit.hint("{key}")'
    return f"{step} {translate('ex.ladder.code', call=call)}"


@learner_call
def check(exercise_id: str, answer: object) -> Feedback:
    """Judge `answer` to exercise `exercise_id` and say what is right, or what is wrong and what to try.

    The expected answer is computed from :func:`relkit.load_world` with relkit's own metrics the first
    time it is needed, then kept. The message is in the language relkit speaks now.

    While `answer` is still ``None`` the exercise only asks for an answer. A wrong answer gets what is
    wrong with it and a hint that grows with each try: first about the idea, then the step to take, and
    from the third try on a pointer to :func:`relkit.hint`, which shows the code. A right answer starts
    the hints of that exercise again.

    Parameters
    ----------
    exercise_id : str
        The exercise's id as printed in the lesson, such as ``"01.1"`` or ``"04.3"``.
    answer : object
        Your answer: a number, a name or a table, as the exercise asks.

    Returns
    -------
    Feedback
        ``.correct`` (bool) and ``.message`` (text); shown as a box in Jupyter.

    Raises
    ------
    RelkitValueError
        When there is no exercise `exercise_id`; the message lists those that exist.

    Examples
    --------
    >>> import relkit
    >>> print(relkit.check("04.4", None))
    Exercise 04.4: replace None with your answer and run the cell.
    >>> from relkit.exercises import reset_attempts
    >>> reset_attempts("04.4")  # start this exercise's hints from the first
    >>> feedback = relkit.check("04.4", 0.78)  # the cost per message, not per customer retained
    >>> feedback.correct
    False
    >>> print(feedback)  # doctest: +ELLIPSIS
    Not yet: You gave 0.78, the WhatsApp campaigns' cost per customer contacted... Think about this: ...
    >>> print(relkit.check("04.4", 30))  # doctest: +ELLIPSIS
    Not yet: You gave 30, which is more than the expected answer. Next step: ...
    >>> relkit.check("04.4", 26.47).correct
    True
    >>> relkit.check("4.1", 26.47)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: There is no exercise '4.1'. The exercises are: '01.1', '01.2', ..., '04.5', ... Copy the id exactly as the lesson prints it, such as '04.1'.
    """  # noqa: E501
    key = _known_id(exercise_id)
    if answer is None:
        return Feedback(key, False, translate("ex.prompt", exercise=key), get_language(), answered=False)
    feedback = _EXERCISES[key].judge(answer)
    if feedback.correct:
        _record(key, True, _ATTEMPTS.pop(key, 0), answer)
        _HELP_SHOWN.pop(key, None)
        return feedback
    _ATTEMPTS[key] = _ATTEMPTS.get(key, 0) + 1
    _record(key, False, _ATTEMPTS[key], answer)
    return replace(feedback, message=f"{feedback.message} {ladder_hint(key, _ATTEMPTS[key])}")


@learner_call
def hint(exercise_id: str) -> Help:
    """Show the hint of exercise `exercise_id` that has the code in it, in the language relkit speaks.

    :func:`check` gives hints without code: first about the idea, then the step. Ask for this one when
    you want to see how the step is written in Python.

    Parameters
    ----------
    exercise_id : str
        The exercise's id as printed in the lesson, such as ``"01.1"`` or ``"04.3"``.

    Returns
    -------
    Help
        The hint; shown as plain text in Jupyter, so the code can be copied.

    Raises
    ------
    RelkitValueError
        When there is no exercise `exercise_id`; the message lists those that exist.

    Examples
    --------
    >>> import relkit
    >>> relkit.hint("04.2")
    Hint: relkit.cohort_retention(world.orders) builds the table. Still stuck? relkit.solution("04.2") shows a whole solution.
    >>> with relkit.language("hi"):
    ...     print(relkit.hint("04.2"))  # doctest: +ELLIPSIS
    संकेत: ... relkit.solution("04.2") ...
    """  # noqa: E501
    key = _known_id(exercise_id)
    _HELP_SHOWN[key] = max(_HELP_SHOWN.get(key, 0), HINT_LEVELS["hint"])
    call = f'relkit.solution("{key}")'
    text = f"{translate(f'ex.{key}.hint')} {translate('ex.ladder.solution', call=call)}"
    return Help(key, text, get_language())


@learner_call
def solution(exercise_id: str) -> Help:
    """Show one solution of exercise `exercise_id` as code, with a heading in the language relkit speaks.

    The code is the same as in the lesson's solution cell (hidden until you open it). Other answers can
    be right too: :func:`check` judges the value, not the code.

    Parameters
    ----------
    exercise_id : str
        The exercise's id as printed in the lesson, such as ``"01.1"`` or ``"04.3"``.

    Returns
    -------
    Help
        The heading and the code; shown as plain text in Jupyter, so the code can be copied.

    Raises
    ------
    RelkitValueError
        When there is no exercise `exercise_id`; the message lists those that exist.

    Examples
    --------
    >>> import relkit
    >>> relkit.solution("01.2")
    One way to solve exercise 01.2 (other ways can be right too):
    <BLANKLINE>
    answer = world.partners["partner_type"].isin(["distributor", "reseller"]).sum()
    relkit.check("01.2", answer)
    >>> with relkit.language("bn"):
    ...     print(relkit.solution("04.4").text.splitlines()[0])
    অনুশীলন 04.4 সমাধানের একটি উপায় (অন্য উপায়েও ঠিক উত্তর পাওয়া যেতে পারে):
    """
    key = _known_id(exercise_id)
    _HELP_SHOWN[key] = max(_HELP_SHOWN.get(key, 0), HINT_LEVELS["solution"])
    code = f'{_EXERCISES[key].solution}\nrelkit.check("{key}", answer)'
    return Help(key, f"{translate('ex.solution.header', exercise=key)}\n\n{code}", get_language())
