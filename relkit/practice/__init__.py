"""Practice that remembers: quizzes, answers as learners write them, and the progress store.

The modules here only use relkit's ground modules (and the quiz module ipywidgets), so
:mod:`relkit.exercises` may import them. Import the modules themselves, such as
:mod:`relkit.practice.progress`; this package loads nothing on import.
"""
