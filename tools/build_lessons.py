"""Build notebooks/{en,hi,bn}/<lesson>.ipynb from one source file per lesson, and run them.

A lesson's source, ``lessons/<lesson>.py``, defines ``CELLS``: a list of cells, each either

- ``md(en=..., hi=..., bn=...)``: prose in the three languages. In the Hindi and Bengali notebooks the
  English text follows inside ``<details><summary>English</summary>...</details>`` unless the cell says
  ``details=False`` (for a bare heading);
- ``code(source, tags=())``: one code cell, the same in every language. ``{LANG}`` in it becomes the
  notebook's language code (only the ``relkit.set_language("{LANG}")`` line should use it).

Because code lives once, the three notebooks cannot drift apart; tests/test_lessons.py checks that the
committed notebooks still match their sources.

Usage::

    python tools/build_lessons.py                 # build and execute every lesson
    python tools/build_lessons.py 04-retention-vs-acquisition --no-execute
"""

from __future__ import annotations

import argparse
import runpy
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "lessons"
NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "hi", "bn")
DETAILS = "<details><summary>English</summary>\n\n{english}\n\n</details>"


@dataclass(frozen=True)
class Markdown:
    """Prose in the three languages."""

    en: str
    hi: str
    bn: str
    details: bool = True

    def text(self, lang: str) -> str:
        """Return the cell's text in `lang`."""
        body = getattr(self, lang).strip()
        if lang != "en" and self.details:
            body += "\n\n" + DETAILS.format(english=self.en.strip())
        return body


@dataclass(frozen=True)
class Code:
    """A code cell, identical in every language but for ``{LANG}``."""

    source: str
    tags: tuple[str, ...] = field(default=())

    def text(self, lang: str) -> str:
        """Return the cell's source in `lang`."""
        return self.source.strip().replace("{LANG}", lang)


def md(*, en: str, hi: str, bn: str, details: bool = True) -> Markdown:
    """Return a prose cell."""
    return Markdown(en, hi, bn, details)


def code(source: str, *, tags: tuple[str, ...] | list[str] = ()) -> Code:
    """Return a code cell."""
    return Code(source, tuple(tags))


def lesson_names() -> list[str]:
    """Return the names of every lesson that has a source file, in order."""
    return sorted(path.stem for path in LESSONS.glob("[0-9]*.py"))


def load_cells(name: str) -> list[Markdown | Code]:
    """Return the cells a lesson source defines."""
    namespace = runpy.run_path(str(LESSONS / f"{name}.py"), init_globals={"md": md, "code": code})
    return namespace["CELLS"]


def build_notebook(name: str, lang: str) -> nbformat.NotebookNode:
    """Return the unexecuted notebook of lesson `name` in `lang`."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "relkit": {"lesson": name, "language": lang},
    }
    for index, cell in enumerate(load_cells(name)):
        cell_id = f"{name[:2]}-{index:03d}"
        if isinstance(cell, Markdown):
            nb.cells.append(nbformat.v4.new_markdown_cell(cell.text(lang), id=cell_id))
        else:
            new = nbformat.v4.new_code_cell(cell.text(lang), id=cell_id)
            if cell.tags:
                new.metadata["tags"] = list(cell.tags)
            if "solution" in cell.tags:  # collapsed in JupyterLab: the learner chooses to open it
                new.metadata["jupyter"] = {"source_hidden": True, "outputs_hidden": True}
            nb.cells.append(new)
    return nb


def execute(nb: nbformat.NotebookNode, cwd: Path) -> None:
    """Run every cell of `nb` in place with this environment's Python kernel."""
    from nbclient import NotebookClient

    NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    ).execute()


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    """Write `nb` to `path` atomically."""
    sys.path.insert(0, str(ROOT))
    from relkit.files import atomic_write_text

    atomic_write_text(path, nbformat.writes(nb) + "\n")


def write_glossary(lang: str) -> None:
    """Write notebooks/<lang>/glossary.md, the printable glossary every lesson links to."""
    sys.path.insert(0, str(ROOT))
    from relkit.glossary_table import glossary_markdown
    from relkit.i18n import language

    with language(lang):
        text = glossary_markdown(lang)
    from relkit.files import atomic_write_text

    atomic_write_text(NOTEBOOKS / lang / "glossary.md", text)
    print(f"built notebooks/{lang}/glossary.md")


def main(argv: list[str] | None = None) -> int:
    """Build (and run) the lessons named in `argv`, or all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson names (default: all)")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    parser.add_argument("--no-execute", action="store_true", help="write the notebooks without running them")
    args = parser.parse_args(argv)
    for lang in args.lang or LANGS:
        write_glossary(lang)
    for name in args.lessons or lesson_names():
        for lang in args.lang or LANGS:
            nb = build_notebook(name, lang)
            folder = NOTEBOOKS / lang
            if not args.no_execute:
                execute(nb, folder)
            write(nb, folder / f"{name}.ipynb")
            print(f"built notebooks/{lang}/{name}.ipynb")
    return 0


if __name__ == "__main__":
    sys.exit(main())
