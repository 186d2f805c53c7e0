"""Build notebooks/{en,hi,bn}/<lesson>.ipynb from one source file per lesson, and run them.

A lesson's source, ``lessons/<lesson>.py``, defines ``CELLS``: a list of cells, each either

- ``md(en=..., hi=..., bn=...)``: prose in the three languages. In the Hindi and Bengali notebooks the
  English text follows inside ``<details><summary>English</summary>...</details>`` unless the cell says
  ``details=False`` (for a bare heading);
- ``code(source, tags=())``: one code cell, the same in every language. ``{LANG}`` in it becomes the
  notebook's language code (only the ``relkit.set_language("{LANG}")`` line should use it).

Because code lives once, the three notebooks cannot drift apart; tests/test_lessons.py checks that the
committed notebooks still match their sources.

Translations cannot go stale: ``lessons/<name>.translations.json`` records which Hindi and Bengali a
reviewer accepted for which English (hash pairs). Edit the English of a cell, or its translation, and the
cell is stale: ``--check-translations`` lists it, the build refuses, tests/test_translations.py fails.
Translators work on gettext .po files (Babel): export, edit in Poedit or any .po editor (entries marked
*fuzzy* need work: their English changed since the translation was accepted, or nobody reviewed it),
import, rebuild. See docs/translating.md.

Usage::

    python tools/build_lessons.py                 # build and execute every lesson
    python tools/build_lessons.py 04-retention-vs-acquisition --no-execute
    python tools/build_lessons.py --check-translations                 # list stale cells, exit 1 if any
    python tools/build_lessons.py --export-po 04 --lang hi --out 04.hi.po
    python tools/build_lessons.py --import-po 04 --lang hi 04.hi.po    # write back, record as accepted
    python tools/build_lessons.py --accept-translations 04             # after a native review
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
    tags: tuple[str, ...] = field(default=())

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


def md(
    *, en: str, hi: str, bn: str, details: bool = True, tags: tuple[str, ...] | list[str] = ()
) -> Markdown:
    """Return a prose cell. Tag ``instructor`` for instructor notes: collapsed, and not counted as reading."""
    return Markdown(en, hi, bn, details, tuple(tags))


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
            new = nbformat.v4.new_markdown_cell(cell.text(lang), id=cell_id)
            if cell.tags:
                new.metadata["tags"] = list(cell.tags)
            if "instructor" in cell.tags:  # collapsed in JupyterLab: the notes are there, out of the way
                new.metadata["jupyter"] = {"source_hidden": True}
            nb.cells.append(new)
        else:
            new = nbformat.v4.new_code_cell(cell.text(lang), id=cell_id)
            if cell.tags:
                new.metadata["tags"] = list(cell.tags)
            if "solution" in cell.tags:  # collapsed in JupyterLab: the learner chooses to open it
                new.metadata["jupyter"] = {"source_hidden": True, "outputs_hidden": True}
            nb.cells.append(new)
    return nb


NOTEBOOK_LEARNER = "relkit-lessons"
"""The learner the stored outputs are made for; the root conftest.py gives nbval's kernels the same one."""


def execute(nb: nbformat.NotebookNode, cwd: Path) -> None:
    """Run every cell of `nb` in place with this environment's Python kernel.

    The kernel records its answers in a fresh progress store of its own, never the developer's, and
    speaks for the learner :data:`NOTEBOOK_LEARNER`, so a quiz's options come in a fixed order.
    """
    import os
    import tempfile

    with tempfile.TemporaryDirectory(prefix="relkit-build-") as scratch:
        saved = {name: os.environ.get(name) for name in ("RELKIT_LEARNER", "RELKIT_PROGRESS_FILE")}
        os.environ["RELKIT_LEARNER"] = NOTEBOOK_LEARNER
        os.environ["RELKIT_PROGRESS_FILE"] = str(Path(scratch) / "progress.sqlite3")
        try:
            _run(nb, cwd)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _run(nb: nbformat.NotebookNode, cwd: Path) -> None:
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


# Translations that cannot go stale ---------------------------------------------------------------------
#
# lessons/<name>.translations.json records, per language, the pairs (hash of the English, hash of the
# translation) a reviewer has accepted. A cell's Hindi is current when the pair of its current English and
# its current Hindi is recorded; change either and the cell is stale until someone accepts it again. Pairs,
# not cell numbers, so inserting or moving cells changes nothing. See docs/translating.md.

TRANSLATED = ("hi", "bn")
LANGUAGE_NAMES = {"hi": "Hindi", "bn": "Bengali"}
HASH_CHARS = 16  # 64 bits of sha256: no accidental collision among a few thousand cells
RECORD_ABOUT = (
    "Translations a reviewer accepted: per language, 'sha256(English)[:16] sha256(translation)[:16]' of each "
    "prose cell, whitespace folded. Written by tools/build_lessons.py --accept-translations and --import-po; "
    "do not edit by hand (docs/translating.md)."
)


@dataclass(frozen=True)
class Stale:
    """A prose cell whose translation in `langs` was not accepted for its current English."""

    lesson: str
    index: int
    english: str
    langs: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.lesson} cell {self.index} ({', '.join(self.langs)}): {first_words(self.english)}"


def first_words(text: str, width: int = 60) -> str:
    """Return the start of `text` on one line, for messages."""
    line = next((line for line in text.splitlines() if line.strip()), "").strip().lstrip("# ")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def text_hash(text: str) -> str:
    """Return the short sha256 of `text`, whitespace folded: rewrapping a paragraph is no change."""
    import hashlib

    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:HASH_CHARS]


def lesson_path(lesson: str | Path) -> Path:
    """Return the source of `lesson`: a ``.py`` path, a lesson name or its unique prefix (``04``)."""
    path = Path(lesson)
    if path.suffix == ".py" and path.is_file():
        return path
    names = lesson_names()
    matches = [n for n in names if n == str(lesson)] or [n for n in names if n.startswith(str(lesson))]
    if len(matches) != 1:
        raise SystemExit(f"no single lesson matches {lesson!r}; lessons: {', '.join(names)}")
    return LESSONS / f"{matches[0]}.py"


def record_path(source: Path) -> Path:
    """Return where the accepted translations of the lesson at `source` are recorded."""
    return source.with_suffix(".translations.json")


def prose_cells(source: Path) -> list[tuple[int, Markdown]]:
    """Return the prose cells of the lesson at `source` with their numbers (the ``NN-iii`` of the cell id)."""
    namespace = runpy.run_path(str(source), init_globals={"md": md, "code": code})
    return [(index, cell) for index, cell in enumerate(namespace["CELLS"]) if isinstance(cell, Markdown)]


def pair(cell: Markdown, lang: str) -> str:
    """Return the record entry of `cell`'s translation into `lang`."""
    return f"{text_hash(cell.en)} {text_hash(getattr(cell, lang))}"


def read_record(source: Path) -> dict[str, set[str]]:
    """Return the accepted pairs of the lesson at `source`, per language (none when there is no record)."""
    import json

    path = record_path(source)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {lang: set(data.get(lang, [])) for lang in TRANSLATED}


def write_record(source: Path, record: dict[str, set[str]]) -> None:
    """Write `record`, keeping only pairs some cell still has: sorted, so a re-run is byte-identical."""
    import json

    cells = [cell for _, cell in prose_cells(source)]
    data = {"about": RECORD_ABOUT}
    for lang in TRANSLATED:
        current = {pair(cell, lang) for cell in cells}
        data[lang] = sorted(record.get(lang, set()) & current)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path = record_path(source)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def stale_translations(source: Path, langs: tuple[str, ...] | list[str] = TRANSLATED) -> list[Stale]:
    """Return the prose cells of the lesson at `source` whose translation into any of `langs` is stale."""
    record = read_record(source)
    stale = []
    for index, cell in prose_cells(source):
        behind = tuple(lang for lang in langs if pair(cell, lang) not in record[lang])
        if behind:
            stale.append(Stale(source.stem, index, cell.en, behind))
    return stale


def accept_translations(source: Path, langs: tuple[str, ...] | list[str] = TRANSLATED) -> int:
    """Record the current translations into `langs` of `source` as reviewed; return how many are new."""
    record = read_record(source)
    new = 0
    for _, cell in prose_cells(source):
        for lang in langs:
            if getattr(cell, lang).strip():
                new += pair(cell, lang) not in record[lang]
                record[lang].add(pair(cell, lang))
    write_record(source, record)
    return new


def cell_id(source: Path, index: int) -> str:
    """Return the notebook id of cell `index`, also the msgctxt of its .po entry."""
    return f"{source.stem[:2]}-{index:03d}"


def export_po(source: Path, lang: str):
    """Return a Babel catalog of the prose of the lesson at `source`: English msgid, `lang` msgstr.

    One entry per prose cell, with the cell id as msgctxt (identical English in two cells stays two
    entries) and the cell number as an extracted comment; translations not accepted for the current
    English are marked fuzzy.
    """
    from babel.messages.catalog import Catalog

    record = read_record(source)
    where = source.relative_to(ROOT).as_posix() if source.is_relative_to(ROOT) else source.name
    lines = _literal_lines(source, "en")
    catalog = Catalog(
        locale=lang,
        header_comment=(
            f"# {LANGUAGE_NAMES[lang]} prose of {where}, one entry per cell, from tools/build_lessons.py.\n"
            "# Translate in Poedit or any .po editor; entries marked fuzzy need work (docs/translating.md)."
        ),
        project="relkit",
        version=source.stem,
        language_team=LANGUAGE_NAMES[lang],
        fuzzy=False,
    )
    for number, (index, cell) in enumerate(prose_cells(source)):
        comments = [f"Cell {index} of {source.stem}."]
        stale = pair(cell, lang) not in record[lang]
        if stale:
            comments.append("Fuzzy: not yet reviewed against this English.")
        message = catalog.add(
            cell.en.strip(),
            getattr(cell, lang).strip(),
            locations=[(where, lines[number])],
            flags=["fuzzy"] if stale else [],
            auto_comments=comments,
            context=cell_id(source, index),
        )
        message.flags.discard("python-format")  # "5 % discount" is prose, not a format string
    return catalog


def write_po_file(catalog, path: Path) -> None:
    """Write `catalog` to the .po file `path`."""
    from babel.messages.pofile import write_po

    with open(path, "wb") as handle:
        write_po(handle, catalog, width=0)  # lines break where the lesson breaks them


@dataclass
class ImportReport:
    """What ``import_po`` did: cells rewritten, translations accepted, and entries it did not import."""

    written: list[int] = field(default_factory=list)
    accepted: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def import_po(source: Path, lang: str, po_file: Path, *, allow_fuzzy: bool = False) -> ImportReport:
    """Write the translations of `po_file` into the ``lang=`` strings of the lesson at `source`.

    Entries are matched to cells by their English (and by msgctxt when two cells share it). Empty
    entries are not imported, nor fuzzy ones unless `allow_fuzzy` (and then they stay stale); entries
    whose English matches no cell are reported. What is imported is recorded as accepted.
    """
    from babel.messages.pofile import read_po

    with open(po_file, "rb") as handle:
        catalog = read_po(handle)
    report = ImportReport()
    if catalog.locale is not None and str(catalog.locale) != lang:
        report.problems.append(f"{po_file} is a {catalog.locale} catalog, not {lang}: nothing imported")
        return report
    cells = prose_cells(source)
    by_english: dict[str, list[int]] = {}
    for number, (_, cell) in enumerate(cells):
        by_english.setdefault(cell.en.strip(), []).append(number)
    contexts = {cell_id(source, index): number for number, (index, _) in enumerate(cells)}
    chosen: dict[int, tuple[str, bool]] = {}
    for message in catalog:
        if not message.id:
            continue  # the header
        label = f"entry {message.context or ''} ({first_words(str(message.id))})"
        candidates = by_english.get(message.id, [])
        if len(candidates) > 1:
            candidates = [n for n in candidates if contexts.get(message.context) == n]
        if not candidates:
            report.problems.append(f"{label}: its English matches no cell (changed since the export?)")
            continue
        number = candidates[0]
        if number in chosen:
            report.problems.append(f"{label}: a second entry for cell {cells[number][0]}, ignored")
            continue
        if not message.string or not str(message.string).strip():
            report.problems.append(f"{label}: empty, not imported")
            continue
        if message.fuzzy and not allow_fuzzy:
            report.problems.append(f"{label}: marked fuzzy (needs work), not imported")
            continue
        chosen[number] = (str(message.string).strip(), message.fuzzy)
    changed = {n: text for n, (text, _) in chosen.items() if text != getattr(cells[n][1], lang).strip()}
    if changed:
        _rewrite_literals(source, lang, changed)
        report.written = sorted(cells[n][0] for n in changed)
    record = read_record(source)
    for number, (index, cell) in enumerate(prose_cells(source)):
        if number in chosen and not chosen[number][1]:
            record[lang].add(pair(cell, lang))
            report.accepted.append(index)
    write_record(source, record)
    return report


def _literal_nodes(source: Path, lang: str) -> list:
    """Return the AST nodes of the ``lang=`` string of every md() in CELLS, in order."""
    import ast

    tree = ast.parse(source.read_bytes())
    cells = next(
        (
            node.value
            for node in tree.body
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CELLS" for t in node.targets)
        ),
        None,
    )
    if not isinstance(cells, ast.List):
        raise SystemExit(f"{source}: CELLS is not a plain list of md() and code() calls")
    nodes = []
    for element in cells.elts:
        if isinstance(element, ast.Call) and getattr(element.func, "id", None) == "md":
            value = next((k.value for k in element.keywords if k.arg == lang), None)
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                raise SystemExit(f"{source}:{element.lineno}: {lang}= is not a plain string literal")
            nodes.append(value)
    if len(nodes) != len(prose_cells(source)):
        raise SystemExit(f"{source}: CELLS holds md() calls this tool cannot find in the source")
    return nodes


def _literal_lines(source: Path, lang: str) -> list[int]:
    """Return the line of the ``lang=`` string of every md() in CELLS."""
    return [node.lineno for node in _literal_nodes(source, lang)]


def string_literal(text: str) -> str:
    """Return a triple-quoted Python literal of `text`, as lesson sources write them."""
    import ast

    body = text.replace("\\", "\\\\").replace('"""', '\\"""')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    literal = f'"""{body}"""'
    if ast.literal_eval(literal) != text:  # a bug here would corrupt a lesson
        raise ValueError(f"cannot write {first_words(text)!r} as a string literal")
    return literal


def _rewrite_literals(source: Path, lang: str, texts: dict[int, str]) -> None:
    """Replace the ``lang=`` string of the md() cells numbered by `texts` (0 = first md()) with new text."""
    data = source.read_bytes()
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    nodes = _literal_nodes(source, lang)
    for number in sorted(texts, reverse=True):  # from the end, so earlier offsets stay valid
        node = nodes[number]
        begin = starts[node.lineno - 1] + node.col_offset
        end = starts[node.end_lineno - 1] + node.end_col_offset
        old = node.value
        text = old[: len(old) - len(old.lstrip())] + texts[number] + old[len(old.rstrip()) :]
        data = data[:begin] + string_literal(text).encode("utf-8") + data[end:]
    source.write_bytes(data)


def _translation_command(args: argparse.Namespace) -> int | None:
    """Run the translation option in `args`, if there is one, and return the exit status."""
    langs = [lang for lang in (args.lang or TRANSLATED) if lang != "en"]
    if args.export_po or args.import_po:
        if len(langs) != 1:
            raise SystemExit("--export-po and --import-po need one --lang: hi or bn")
        lang = langs[0]
    if args.export_po:
        source = lesson_path(args.export_po)
        out = Path(args.out or f"{source.stem}.{lang}.po")
        catalog = export_po(source, lang)
        write_po_file(catalog, out)
        fuzzy = sum(1 for message in catalog if message.id and message.fuzzy)
        print(f"wrote {out}: {len(catalog)} entries, {fuzzy} fuzzy")
        return 0
    if args.import_po:
        if len(args.lessons) != 1:
            raise SystemExit("usage: build_lessons.py --import-po LESSON --lang hi FILE.po")
        source = lesson_path(args.import_po)
        report = import_po(source, lang, Path(args.lessons[0]), allow_fuzzy=args.allow_fuzzy)
        for problem in report.problems:
            print(f"{source.stem} {lang}: {problem}", file=sys.stderr)
        print(
            f"{source.stem} {lang}: {len(report.written)} cells rewritten, "
            f"{len(report.accepted)} recorded as accepted, {len(report.problems)} entries not imported"
        )
        return 1 if report.problems else 0
    sources = [lesson_path(name) for name in args.lessons or lesson_names()]
    if args.accept_translations:
        for source in sources:
            new = accept_translations(source, langs)
            print(f"{source.stem}: {new} translations newly recorded as accepted ({', '.join(langs)})")
        return 0
    if args.check_translations:
        stale = [s for source in sources for s in stale_translations(source, langs)]
        report_stale(stale)
        return 1 if stale else 0
    return None


def report_stale(stale: list[Stale]) -> None:
    """Print the stale cells and what to do about them."""
    for item in stale:
        print(f"stale translation: {item}", file=sys.stderr)
    if stale:
        print(
            f"{len(stale)} prose cell(s) with a Hindi or Bengali translation not accepted for the current "
            "English.\nUpdate them (--export-po / --import-po, docs/translating.md), or after a "
            "native review run: python tools/build_lessons.py --accept-translations LESSON",
            file=sys.stderr,
        )
    else:
        print("every translation is current")


def main(argv: list[str] | None = None) -> int:
    """Build (and run) the lessons named in `argv`, or all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson names (default: all)")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    parser.add_argument("--no-execute", action="store_true", help="write the notebooks without running them")
    parser.add_argument("--allow-stale", action="store_true", help="build even when translations are stale")
    group = parser.add_argument_group("translations (docs/translating.md)")
    group.add_argument("--check-translations", action="store_true", help="list stale translations; exit 1")
    group.add_argument("--accept-translations", action="store_true", help="record current ones as reviewed")
    group.add_argument("--export-po", metavar="LESSON", help="write LESSON's prose to a .po (--lang)")
    group.add_argument("--out", metavar="FILE", help="where --export-po writes (default LESSON.LANG.po)")
    group.add_argument("--import-po", metavar="LESSON", help="--import-po LESSON --lang hi FILE.po")
    group.add_argument("--allow-fuzzy", action="store_true", help="import fuzzy entries (they stay stale)")
    args = parser.parse_args(argv)
    status = _translation_command(args)
    if status is not None:
        return status
    names = args.lessons or lesson_names()
    translated = [lang for lang in args.lang or LANGS if lang != "en"]
    stale = [s for name in names for s in stale_translations(lesson_path(name), translated)]
    if stale and not args.allow_stale:
        report_stale(stale)
        print("not building: stale translations (--allow-stale builds anyway)", file=sys.stderr)
        return 1
    for lang in args.lang or LANGS:
        write_glossary(lang)
    for name in names:
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
