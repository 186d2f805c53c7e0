"""Every lesson with checked exercises follows the parts of docs/lesson-standard.md that a machine can see:
an honest time line, at least three exercises of which one asks the learner to decide, instructor notes,
the glossary, and no mention of a lesson that does not exist."""

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "hi", "bn")

spec = importlib.util.spec_from_file_location("lesson_time", ROOT / "tools" / "lesson_time.py")
lesson_time = importlib.util.module_from_spec(spec)
sys.modules["lesson_time"] = lesson_time
spec.loader.exec_module(lesson_time)

KINDS = lesson_time.exercise_kinds()
ALL_LESSONS = sorted(p.stem for p in (NOTEBOOKS / "en").glob("[0-9]*.ipynb"))
NUMBERS = {name[:2] for name in ALL_LESSONS}
TAUGHT = [name for name in ALL_LESSONS if any(key.startswith(name[:2] + ".") for key in KINDS)]
LESSON_WORD = {"en": r"[Ll]essons? (\d{1,2})\b", "hi": r"पाठ (\d{1,2})\b", "bn": r"পাঠ (\d{1,2})\b"}
LATER = {
    "en": r"later lessons?|lessons? to come|coming lessons?",
    "hi": r"बाद के पाठ|आगे के पाठों|आने वाले पाठ",
    "bn": r"পরবর্তী পাঠগুল|পরের পাঠগুল|আগামী পাঠ|পরে আসা পাঠ",
}
"""Promises of lessons in general (\"the next lesson\" is fine: lesson numbers are checked above)."""


def cells(lang, name):
    return json.loads((NOTEBOOKS / lang / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]


def text(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def prose(lang, name):
    return "\n".join(
        re.sub(r"<details>.*?</details>", " ", text(c), flags=re.S)
        for c in cells(lang, name)
        if c["cell_type"] == "markdown"
    )


def test_the_lessons_with_exercises_are_found():
    assert {"01-relationship-management", "04-retention-vs-acquisition"} <= set(TAUGHT)


@pytest.mark.parametrize("name", TAUGHT)
def test_the_stated_time_is_the_measured_one(name):
    estimates = lesson_time.lesson_estimates(name, KINDS)
    expected = lesson_time.expected_line(estimates)
    for lang in LANGS:
        stated = lesson_time.stated_line(NOTEBOOKS / lang / f"{name}.ipynb")
        assert stated == expected, (
            f"{lang}: the time line says {stated}, tools/lesson_time.py measures {expected}"
        )


@pytest.mark.parametrize("name", TAUGHT)
def test_three_checked_exercises_and_one_decision(name):
    estimate = lesson_time.lesson_estimates(name, KINDS)[0]
    assert len(estimate.exercises) >= 3, estimate.exercises
    assert "decide" in estimate.exercises.values(), estimate.exercises


@pytest.mark.parametrize("name", TAUGHT)
@pytest.mark.parametrize("lang", LANGS)
def test_instructor_notes_and_glossary_at_the_end(name, lang):
    lesson = cells(lang, name)
    notes = [c for c in lesson if "instructor" in c["metadata"].get("tags", [])]
    assert notes, "no cell tagged instructor"
    assert all(c["metadata"].get("jupyter", {}).get("source_hidden") for c in notes)
    assert any(c["cell_type"] == "code" and "relkit.glossary(" in text(c) for c in lesson)


@pytest.mark.parametrize("name", ALL_LESSONS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_mention_of_a_lesson_that_does_not_exist(name, lang):
    body = prose(lang, name)
    missing = {f"{int(n):02d}" for n in re.findall(LESSON_WORD[lang], body)} - NUMBERS
    assert not missing, f"{name} ({lang}) mentions lesson(s) {sorted(missing)}"
    assert not re.search(LATER[lang], body), f"{name} ({lang}) promises a later lesson"


def test_the_estimate_counts_what_a_learner_does(tmp_path):
    notebook = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": "one two three `code span` four"},
            {"cell_type": "markdown", "metadata": {"tags": ["instructor"]}, "source": "not counted at all"},
            {"cell_type": "markdown", "metadata": {}, "source": "पाँच छह <details>seven eight</details>"},
            {"cell_type": "code", "metadata": {}, "source": 'answer = None\nrelkit.check("09.1", answer)'},
            {"cell_type": "code", "metadata": {"tags": ["solution"]}, "source": 'relkit.check("09.1", 1)'},
            {"cell_type": "code", "metadata": {}, "source": 'relkit.check("09.2", answer)'},
            {"cell_type": "code", "metadata": {}, "source": 'relkit.quiz("09")'},
        ]
    }
    path = tmp_path / "hi" / "09-x.ipynb"
    path.parent.mkdir()
    path.write_text(json.dumps(notebook), encoding="utf-8")
    estimate = lesson_time.estimate(path, {"09.2": "decide"}, {"09": 7})
    assert (estimate.words, estimate.code_cells) == (6, 3)
    assert estimate.exercises == {"09.1": "compute", "09.2": "decide"}
    assert estimate.quiz_questions == 7
    assert estimate.exercise_minutes == 5 + 10 + 7
    assert estimate.reading == pytest.approx(6 / 120 + 3)
    assert lesson_time.expected_line([estimate]) == (27, 5, 22)
