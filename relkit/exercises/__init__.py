"""Exercise checks for the lessons: ``relkit.check("04.1", answer)`` says what is right or what to fix.

Importing this package registers every lesson's exercises.
"""

from __future__ import annotations

from . import lesson01, lesson04  # noqa: F401  (importing registers the exercises)
from .feedback import Feedback
from .registry import check, known_exercises

__all__ = ["Feedback", "check", "known_exercises"]
