"""Exercise checks for the lessons: ``relkit.check("04.1", answer)`` says what is right or what to fix.

Hints climb a ladder with each wrong answer (the idea, then the step); ``relkit.hint("04.1")`` shows the
code and ``relkit.solution("04.1")`` a whole solution.

Importing this package registers every lesson's exercises. The checks judge on the world the learner
loaded (:func:`relkit.load_world`); :func:`answer_key` gives what every exercise expects on a world, and
:func:`judging_world` judges on a given one (see :mod:`relkit.exercises.registry`).
"""

from __future__ import annotations

from . import lesson01, lesson04, lesson06  # noqa: F401  (importing registers the exercises)
from .feedback import Feedback, Help
from .registry import (
    answer_key,
    attempts,
    check,
    default_world,
    hint,
    judging_world,
    known_exercises,
    reset_attempts,
    solution,
)

__all__ = [
    "Feedback",
    "Help",
    "answer_key",
    "attempts",
    "check",
    "default_world",
    "hint",
    "judging_world",
    "known_exercises",
    "reset_attempts",
    "solution",
]
