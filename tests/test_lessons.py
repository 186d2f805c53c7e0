"""The three lesson folders hold the same lessons: same files, same code, native prose, outputs stored,
and each notebook still matches the single source it is built from (lessons/<name>.py)."""

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "hi", "bn")
SCRIPT = {"hi": (0x0900, 0x097F), "bn": (0x0980, 0x09FF)}

spec = importlib.util.spec_from_file_location("build_lessons", ROOT / "tools" / "build_lessons.py")
build_lessons = importlib.util.module_from_spec(spec)
sys.modules["build_lessons"] = build_lessons  # dataclasses look their module up there
spec.loader.exec_module(build_lessons)

LESSONS = build_lessons.lesson_names()


def load(lang, name):
    return json.loads((NOTEBOOKS / lang / f"{name}.ipynb").read_text(encoding="utf-8"))


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def code_cells(nb):
    return [cell for cell in nb["cells"] if cell["cell_type"] == "code"]


def test_every_folder_holds_the_same_lessons():
    names = {lang: sorted(p.stem for p in (NOTEBOOKS / lang).glob("*.ipynb")) for lang in LANGS}
    assert names["en"] == names["hi"] == names["bn"] == LESSONS


@pytest.mark.parametrize("name", LESSONS)
def test_code_cells_are_identical_but_for_the_language_line(name):
    def strip(nb):
        return [
            "\n".join(line for line in source(cell).splitlines() if "set_language(" not in line)
            for cell in code_cells(nb)
        ]

    english = strip(load("en", name))
    for lang in ("hi", "bn"):
        assert strip(load(lang, name)) == english, f"{lang}/{name} code differs from en"


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_language_line_sets_the_folders_language(name, lang):
    first = source(code_cells(load(lang, name))[0])
    assert f'relkit.set_language("{lang}")' in first


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_prose_is_mostly_in_the_native_script(name, lang):
    low, high = SCRIPT[lang]
    text = "\n".join(source(c) for c in load(lang, name)["cells"] if c["cell_type"] == "markdown")
    text = re.sub(r"<details>.*?</details>", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`|\$[^$]*\$|\(https?://[^)]*\)", " ", text)
    letters = [ch for ch in text if ch.isalpha()]
    native = sum(low <= ord(ch) <= high for ch in letters) / len(letters)
    assert native >= 0.6, f"{lang}/{name}: only {native:.0%} of the prose letters are in the native script"


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_native_explanations_carry_the_english_inside_details(name, lang):
    cells = [c for c in load(lang, name)["cells"] if c["cell_type"] == "markdown"]
    explained = [c for c in cells if "<details><summary>English</summary>" in source(c)]
    assert len(explained) >= len(cells) // 2


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", LANGS)
def test_outputs_are_stored_so_nbval_can_compare_them(name, lang):
    unrun = [i for i, cell in enumerate(code_cells(load(lang, name))) if cell.get("execution_count") is None]
    assert unrun == [], (
        f"{lang}/{name}: code cells {unrun} have no stored outputs; run tools/build_lessons.py"
    )


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_stored_output_is_an_error(name, lang):
    errors = [
        output.get("ename")
        for cell in code_cells(load(lang, name))
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert errors == []


@pytest.mark.parametrize("name", LESSONS)
@pytest.mark.parametrize("lang", LANGS)
def test_notebook_matches_its_lesson_source(name, lang):
    built = build_lessons.build_notebook(name, lang)
    stored = load(lang, name)
    assert [(c.cell_type, c.source) for c in built.cells] == [
        (c["cell_type"], source(c)) for c in stored["cells"]
    ], f"notebooks/{lang}/{name}.ipynb is out of date: run python tools/build_lessons.py {name}"
    assert [c.get("metadata", {}).get("tags", []) for c in built.cells] == [
        c.get("metadata", {}).get("tags", []) for c in stored["cells"]
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_the_lessons_link_to_is_current(lang):
    import relkit
    from relkit.glossary_table import glossary_markdown

    with relkit.language(lang):
        expected = glossary_markdown(lang)
    stored = (NOTEBOOKS / lang / "glossary.md").read_text(encoding="utf-8")
    assert stored == expected, f"notebooks/{lang}/glossary.md is stale: run python tools/build_lessons.py"


PILOTS = [name for name in LESSONS if not name.startswith("00")]


@pytest.mark.parametrize("name", PILOTS)
def test_exercises_are_checked_in_order_and_each_has_a_tagged_solution(name):
    from relkit.exercises import known_exercises

    cells = code_cells(load("en", name))
    asked = []
    for cell in cells:
        for exercise in re.findall(r'relkit\.check\("(\d\d\.\d)"', source(cell)):
            if exercise not in asked:
                asked.append(exercise)
    assert len(asked) >= 3
    assert asked == sorted(asked), f"{name} meets its exercises out of order: {asked}"
    assert set(asked) <= set(known_exercises())
    solved = {
        exercise
        for cell in cells
        if "solution" in cell.get("metadata", {}).get("tags", [])
        for exercise in re.findall(r'relkit\.check\("(\d\d\.\d)"', source(cell))
    }
    assert solved == set(asked), f"exercises without a cell tagged 'solution': {set(asked) - solved}"


@pytest.mark.parametrize("name", PILOTS)
def test_a_student_copy_without_solutions_runs_top_to_bottom(name):
    """Instructors strip the cells tagged 'solution'; nothing after a solution may depend on it."""
    from nbclient import NotebookClient

    nb = build_lessons.build_notebook(name, "en")
    nb.cells = [c for c in nb.cells if "solution" not in c.get("metadata", {}).get("tags", [])]
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS / "en")}}
    ).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
