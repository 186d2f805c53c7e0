"""The table of exercises and :func:`check`, the one function a lesson calls to judge an answer.

Each lesson module registers its exercises with :func:`exercise`; an exercise is a function from the
learner's answer to a :class:`~relkit.exercises.feedback.Feedback`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..errors import RelkitTypeError, RelkitValueError
from ..signatures import learner_call
from ..validation import show_value
from .feedback import Feedback

__all__ = ["check", "default_world", "exercise", "known_exercises"]

Judge = Callable[[object], Feedback]

_EXERCISES: dict[str, Judge] = {}


@cache
def default_world():
    """Return the default world the expected answers are computed from, loaded once.

    :func:`relkit.load_world` hands out fresh copies, so this one is private to the checks: a learner
    changing their own tables cannot change what the checks expect.
    """
    from ..simulation import load_world

    return load_world()


def exercise(exercise_id: str) -> Callable[[Judge], Judge]:
    """Register the decorated function as the judge of `exercise_id` (such as ``"04.1"``)."""

    def register(judge: Judge) -> Judge:
        _EXERCISES[exercise_id] = judge
        return judge

    return register


def known_exercises() -> list[str]:
    """Return the ids of every registered exercise, in order.

    Examples
    --------
    >>> known_exercises()[:2]
    ['01.1', '01.2']
    """
    return sorted(_EXERCISES)


@learner_call
def check(exercise_id: str, answer: object) -> Feedback:
    """Judge `answer` to exercise `exercise_id` and say what is right, or what is wrong and how to fix it.

    The expected answer is computed from :func:`relkit.load_world` with relkit's own metrics the first
    time it is needed, then kept. The message is in the language relkit speaks now.

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
    >>> feedback = relkit.check("04.4", 2400)
    >>> feedback.correct
    False
    >>> print(feedback)  # doctest: +ELLIPSIS
    Not yet: 2,400 is what you get without the discount rate, so you are close...
    >>> relkit.check("4.1", 2285.7)
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: There is no exercise '4.1'. The exercises are: '01.1', '01.2', '01.3', '01.4', '04.1', '04.2', '04.3', '04.4'. Copy the id exactly as the lesson prints it, such as '04.1'.
    """  # noqa: E501
    if not isinstance(exercise_id, str):
        raise RelkitTypeError(
            "ex.id_not_text", value=show_value(exercise_id), kind=type(exercise_id).__name__, example="'04.1'"
        )
    judge = _EXERCISES.get(exercise_id.strip())
    if judge is None:
        raise RelkitValueError(
            "ex.unknown_id",
            value=show_value(exercise_id),
            known=", ".join(repr(known) for known in known_exercises()),
            example="'04.1'",
        )
    return judge(answer)
