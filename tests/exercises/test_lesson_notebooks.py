"""In the built notebooks, solutions are collapsed and an unanswered exercise shows only a neutral prompt.

JupyterLab hides a cell's source and outputs when its metadata has ``jupyter.source_hidden`` and
``jupyter.outputs_hidden``; the learner opens it with a click. nbval still runs and compares such cells
(hidden is display only), so the stored outputs below are what a fresh run gives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import relkit
from relkit.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted(
    path for lang in ("en", "hi", "bn") for path in (ROOT / "notebooks" / lang).glob("0[1-9]-*.ipynb")
)
HIDDEN = {"source_hidden": True, "outputs_hidden": True}


def _cells(path: Path) -> list[dict]:
    return [
        cell for cell in json.loads(path.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == "code"
    ]


def _source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def _text_outputs(cell: dict) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append("".join(output.get("text", "")))
        for value in output.get("data", {}).values():
            parts.append("".join(value) if isinstance(value, list) else str(value))
    return "\n".join(parts)


def test_the_lessons_with_exercises_are_found():
    assert len(NOTEBOOKS) >= 6


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_solution_cells_are_collapsed_and_nothing_else_is(path):
    cells = _cells(path)
    solutions = [cell for cell in cells if "solution" in _tags(cell)]
    assert solutions
    for cell in cells:
        hidden = cell.get("metadata", {}).get("jupyter")
        if "solution" in _tags(cell):
            assert hidden == HIDDEN, f"{path.name}: solution cell {cell['id']} is not collapsed"
        else:
            assert not hidden, f"{path.name}: cell {cell['id']} is collapsed but is no solution"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_an_unanswered_exercise_stores_only_the_neutral_prompt(path):
    lang = path.parent.name
    exercises = [
        cell
        for cell in _cells(path)
        if "solution" not in _tags(cell) and re.search(r'relkit\.check\("\d\d\.\d"', _source(cell))
    ]
    assert len(exercises) >= 3
    for cell in exercises:
        (exercise_id,) = re.findall(r'relkit\.check\("(\d\d\.\d)"', _source(cell))
        stored = _text_outputs(cell)
        plain = [o["data"]["text/plain"] for o in cell["outputs"] if "text/plain" in o.get("data", {})]
        with relkit.language(lang):
            assert ["".join(text) for text in plain] == [translate("ex.prompt", exercise=exercise_id)]
        for code in ("relkit.", "world.", "("):
            assert code not in stored, f"{path.name}: exercise {exercise_id} stores {code!r}: {stored}"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.parent.name == "en"], ids=lambda path: path.stem)
def test_relkit_solution_gives_the_code_of_the_lessons_solution_cell(path):
    for cell in _cells(path):
        if "solution" not in _tags(cell):
            continue
        (exercise_id,) = re.findall(r'relkit\.check\("(\d\d\.\d)"', _source(cell))
        code = relkit.solution(exercise_id).text.split("\n\n", 1)[1]
        answer_line = next(line for line in code.splitlines() if line.startswith("answer ="))
        assert answer_line in _source(cell).splitlines(), (
            f"{exercise_id}: {answer_line!r} is not in the lesson"
        )
