"""relkit's practice layer: answers read as learners write them, quizzes, and the progress they leave.

Each part is its own module (``answers``, ``progress``, ``quiz``); the names a learner calls are exported
from ``relkit`` itself (``relkit.quiz("04")``).
"""
