"""Estimate how long a lesson takes, the way docs/lesson-standard.md says, from its built notebooks.

Reading = words of learner prose ÷ 120 a minute + one minute per code cell the learner runs (solution
cells not counted). Exercises = five minutes each, ten for an exercise that asks the learner to decide
(``kind="decide"`` in its registration), and a quiz (``relkit.quiz("04")``) one minute a question.
The prose counted is every markdown cell but the instructor
notes (tag ``instructor``), without the English copy inside ``<details>`` and without code spans; a
word is a run of characters between spaces that holds a letter. The lesson states the slowest of its
three languages, with reading rounded up to five minutes, on the line that starts with its bold time
label (``**Time:**``, ``**समय:**``, ``**সময়:**``): total, reading, exercises, in that order.

Usage::

    python tools/lesson_time.py                      # every lesson: the figures and the stated line
    python tools/lesson_time.py 04-retention-vs-acquisition
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "hi", "bn")
WORDS_PER_MINUTE = 120
MINUTES_PER_CODE_CELL = 1
MINUTES_PER_EXERCISE = {"compute": 5, "decide": 10}
TIME_LABELS = ("**Time:**", "**समय:**", "**সময়:**")
_CHECK = re.compile(r"""relkit\.check\(\s*["'](\d\d\.\d+)["']""")
_QUIZ = re.compile(r"""relkit\.quiz\(\s*["'](\d\d)["']""")
MINUTES_PER_QUIZ_QUESTION = 1


@dataclass(frozen=True)
class Estimate:
    """The time one language's notebook of a lesson takes, in minutes."""

    lang: str
    words: int
    code_cells: int
    exercises: dict[str, str]
    quiz_questions: int = 0

    @property
    def reading(self) -> float:
        """Minutes to read the prose and run the code cells."""
        return self.words / WORDS_PER_MINUTE + self.code_cells * MINUTES_PER_CODE_CELL

    @property
    def exercise_minutes(self) -> int:
        """Minutes for the exercises."""
        checked = sum(MINUTES_PER_EXERCISE[kind] for kind in self.exercises.values())
        return checked + self.quiz_questions * MINUTES_PER_QUIZ_QUESTION


def _source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def learner_prose(cell: dict) -> str:
    """Return the text of a markdown cell that a learner reads: no English copy, no code spans."""
    if "instructor" in cell.get("metadata", {}).get("tags", []):
        return ""
    text = re.sub(r"<details>.*?</details>", " ", _source(cell), flags=re.S | re.I)
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    return re.sub(r"`[^`]*`|\(https?://[^)]*\)|<[^>]+>", " ", text)


def count_words(text: str) -> int:
    """Return the number of words in `text`: runs between spaces that hold at least one letter.

    Examples
    --------
    >>> count_words("Churn is 1 − retention: 20 % a month.")
    5
    >>> count_words("ग्राहक छोड़ने की दर")
    4
    """
    return sum(any(ch.isalpha() for ch in token) for token in text.split())


def estimate(notebook: Path, kinds: dict[str, str], quizzes: dict[str, int] | None = None) -> Estimate:
    """Return the estimate for one notebook.

    `kinds` maps exercise ids to ``"compute"``/``"decide"``; `quizzes` maps a lesson to its number of quiz
    questions (read from relkit's question banks when omitted).
    """
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    words = sum(count_words(learner_prose(c)) for c in cells if c["cell_type"] == "markdown")
    learner_code = [
        c
        for c in cells
        if c["cell_type"] == "code" and "solution" not in c.get("metadata", {}).get("tags", [])
    ]
    exercises: dict[str, str] = {}
    questions = 0
    for cell in learner_code:
        for exercise_id in _CHECK.findall(_source(cell)):
            exercises[exercise_id] = kinds.get(exercise_id, "compute")
        for lesson in _QUIZ.findall(_source(cell)):
            questions += (quiz_sizes() if quizzes is None else quizzes).get(lesson, 0)
    return Estimate(notebook.parent.name, words, len(learner_code), exercises, questions)


def quiz_sizes() -> dict[str, int]:
    """Return the number of questions of each lesson's quiz."""
    sys.path.insert(0, str(ROOT))
    from relkit.practice.bank import available_quizzes, load_bank

    return {lesson: len(load_bank(lesson).questions) for lesson in available_quizzes()}


def exercise_kinds() -> dict[str, str]:
    """Return the kind of every exercise relkit registers."""
    sys.path.insert(0, str(ROOT))
    from relkit.exercises import known_exercises
    from relkit.exercises.registry import exercise_kind

    return {key: exercise_kind(key) for key in known_exercises()}


def expected_line(estimates: list[Estimate]) -> tuple[int, int, int]:
    """Return (total, reading, exercises) minutes a lesson should state: the slowest language."""
    reading = 5 * math.ceil(max(e.reading for e in estimates) / 5)
    exercises = max(e.exercise_minutes for e in estimates)
    return reading + exercises, reading, exercises


def stated_line(notebook: Path) -> tuple[int, ...] | None:
    """Return the integers on the notebook's time line (total, reading, exercises), or None."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        text = re.sub(r"<details>.*?</details>", " ", _source(cell), flags=re.S | re.I)
        for line in text.splitlines():
            if line.strip().startswith(TIME_LABELS):
                return tuple(int(n) for n in re.findall(r"\d+", line))
    return None


def lesson_estimates(name: str, kinds: dict[str, str]) -> list[Estimate]:
    """Return the estimates of lesson `name` in every language."""
    return [estimate(NOTEBOOKS / lang / f"{name}.ipynb", kinds) for lang in LANGS]


def main(argv: list[str]) -> int:
    """Print the estimate of each lesson named in `argv` (every lesson when empty) and what it states."""
    kinds = exercise_kinds()
    names = argv or sorted(p.stem for p in (NOTEBOOKS / "en").glob("[0-9]*.ipynb"))
    for name in names:
        estimates = lesson_estimates(name, kinds)
        for e in estimates:
            print(
                f"{name} {e.lang}: {e.words} words, {e.code_cells} code cells -> reading {e.reading:.1f} min;"
                f" exercises and quiz {e.exercise_minutes} min ({', '.join(f'{k} {v}' for k, v in e.exercises.items())})"  # noqa: E501
            )
        total, reading, exercises = expected_line(estimates)
        stated = {lang: stated_line(NOTEBOOKS / lang / f"{name}.ipynb") for lang in LANGS}
        print(
            f"{name}: state about {total} minutes: {reading} reading, {exercises} exercises; stated {stated}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
