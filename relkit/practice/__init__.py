"""relkit's practice layer: answers read as learners write them, quizzes, and the progress they leave.

Each part is its own module (``answers``, ``progress``, ``quiz``); import the one you need.
"""
