"""Exercise checks for the lessons: ``relkit.check("04.1", answer)`` says what is right or what to fix.

Hints climb a ladder with each wrong answer (the idea, then the step); ``relkit.hint("04.1")`` shows the
code and ``relkit.solution("04.1")`` a whole solution.

Importing this package registers every lesson's exercises.
"""

from __future__ import annotations

from . import lesson01, lesson04, lesson06  # noqa: F401  (importing registers the exercises)
from .feedback import Feedback, Help
from .registry import attempts, check, hint, known_exercises, reset_attempts, solution

__all__ = ["Feedback", "Help", "attempts", "check", "hint", "known_exercises", "reset_attempts", "solution"]
