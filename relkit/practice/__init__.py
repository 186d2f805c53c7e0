"""Practice that remembers: quizzes, answers as learners write them, and the progress store.

The public names are exported from ``relkit`` itself (``relkit.quiz("04")``).
"""
