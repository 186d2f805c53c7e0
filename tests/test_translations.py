"""Translations cannot go stale: every Hindi and Bengali prose cell was accepted for its current English,
and the mechanism behind that (tools/build_lessons.py, docs/translating.md) does what it promises."""

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]

if "build_lessons" in sys.modules:  # tests/test_lessons.py loads it the same way
    build_lessons = sys.modules["build_lessons"]
else:
    spec = importlib.util.spec_from_file_location("build_lessons", ROOT / "tools" / "build_lessons.py")
    build_lessons = importlib.util.module_from_spec(spec)
    sys.modules["build_lessons"] = build_lessons  # dataclasses look their module up there
    spec.loader.exec_module(build_lessons)

LESSONS = build_lessons.lesson_names()
SMALL = "00-getting-started"
FIRST_ENGLISH = "This first notebook only checks that everything is ready. It takes five minutes."
FIRST_HINDI = "यह पहली नोटबुक सिर्फ़ यह जाँचती है कि सब कुछ तैयार है। इसमें पाँच मिनट लगेंगे।"


@pytest.mark.parametrize("name", LESSONS)
def test_every_translation_was_accepted_for_its_current_english(name):
    stale = build_lessons.stale_translations(build_lessons.LESSONS / f"{name}.py")
    assert stale == [], (
        "stale translations (the English, or the translation, changed since a reviewer accepted it):\n"
        + "\n".join(map(str, stale))
        + f"\nupdate them via --export-po/--import-po, or after a native review run: "
        f"python tools/build_lessons.py --accept-translations {name}"
    )


@pytest.mark.parametrize("name", LESSONS)
def test_the_committed_record_is_written_the_way_the_tool_writes_it(name):
    path = build_lessons.record_path(build_lessons.LESSONS / f"{name}.py")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["about"] == build_lessons.RECORD_ABOUT
    assert all(data[lang] == sorted(set(data[lang])) for lang in build_lessons.TRANSLATED)
    assert (
        path.read_text(encoding="utf-8")
        == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    )


@pytest.mark.parametrize("name", LESSONS)
def test_accepting_again_changes_no_byte(name, tmp_path):
    source = copy_lesson(tmp_path, name)
    build_lessons.accept_translations(source)
    before = build_lessons.record_path(source).read_bytes()
    assert build_lessons.accept_translations(source) == 0
    build_lessons.write_record(source, build_lessons.read_record(source))
    assert build_lessons.record_path(source).read_bytes() == before


@pytest.mark.parametrize("name", LESSONS)
def test_the_string_writer_reproduces_every_string_of_every_lesson(name):
    """--import-po rewrites a lesson's strings; written back unchanged, each must come out byte for byte."""
    source = build_lessons.LESSONS / f"{name}.py"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    for lang in build_lessons.LANGS:
        for node in build_lessons._literal_nodes(source, lang):
            text = "".join(lines[node.lineno - 1 : node.end_lineno]).encode("utf-8")
            start = node.col_offset
            end = len(text) - len(lines[node.end_lineno - 1].encode("utf-8")) + node.end_col_offset
            assert text[start:end].decode("utf-8") == build_lessons.string_literal(node.value)


def copy_lesson(tmp_path, name=SMALL):
    for suffix in (".py", ".translations.json"):
        shutil.copy(build_lessons.LESSONS / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    return tmp_path / f"{name}.py"


def edit(source, old, new):
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    source.write_text(text.replace(old, new), encoding="utf-8")


def run(capsys, *argv):
    status = build_lessons.main([str(a) for a in argv])
    out = capsys.readouterr()
    return status, out.out + out.err


@pytest.fixture
def lesson(tmp_path):
    return copy_lesson(tmp_path)


def test_editing_an_english_cell_makes_its_hindi_and_bengali_stale(lesson, capsys):
    assert run(capsys, "--check-translations", lesson) == (0, "every translation is current\n")
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready. It takes ten minutes.")
    status, out = run(capsys, "--check-translations", lesson)
    assert status == 1
    assert "stale translation: 00-getting-started cell 0 (hi, bn): 00 · Getting started with relkit" in out
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("hi", "bn"))]


def test_editing_only_the_hindi_makes_only_the_hindi_stale(lesson):
    edit(lesson, FIRST_HINDI, FIRST_HINDI.replace("पाँच", "दस"))
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("hi",))]


def test_rewrapping_a_paragraph_is_no_change(lesson):
    edit(lesson, FIRST_ENGLISH, FIRST_ENGLISH.replace(" It takes", "\nIt takes"))
    assert build_lessons.stale_translations(lesson) == []


def test_inserting_a_cell_leaves_the_others_current(lesson):
    edit(lesson, "CELLS = [\n", 'CELLS = [\n    md(en="""New.""", hi="""नया।""", bn="""নতুন।"""),\n')
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("hi", "bn"))]


def test_accepting_clears_the_stale_cell_and_only_for_the_language_asked(lesson, capsys):
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready.")
    assert run(capsys, "--accept-translations", "--lang", "hi", lesson)[0] == 0
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("bn",))]
    assert run(capsys, "--accept-translations", lesson)[0] == 0
    assert run(capsys, "--check-translations", lesson)[0] == 0


def test_the_build_refuses_stale_translations(lesson, capsys, monkeypatch):
    monkeypatch.setattr(build_lessons, "LESSONS", lesson.parent)
    monkeypatch.setattr(build_lessons, "NOTEBOOKS", lesson.parent / "notebooks")
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready.")
    status, out = run(capsys, SMALL, "--no-execute")
    assert status == 1
    assert "not building: stale translations" in out
    assert not (lesson.parent / "notebooks").exists()
    assert run(capsys, SMALL, "--no-execute", "--lang", "en")[0] == 0  # English alone has nothing to be stale


def export(capsys, lesson, lang="hi"):
    out = lesson.parent / f"{lang}.po"
    assert run(capsys, "--export-po", lesson, "--lang", lang, "--out", out)[0] == 0
    with open(out, "rb") as handle:
        return out, read_po(handle)


def write(catalog, path):
    build_lessons.write_po_file(catalog, path)


def test_the_po_file_has_one_entry_per_prose_cell_with_the_english_as_msgid(lesson, capsys):
    _, catalog = export(capsys, lesson)
    cells = build_lessons.prose_cells(lesson)
    entries = [m for m in catalog if m.id]
    assert [m.id for m in entries] == [cell.en.strip() for _, cell in cells]
    assert [m.string for m in entries] == [cell.hi.strip() for _, cell in cells]
    assert [m.context for m in entries] == [f"00-{index:03d}" for index, _ in cells]
    assert [m.auto_comments[0] for m in entries] == [f"Cell {i} of {SMALL}." for i, _ in cells]
    assert not any(m.fuzzy for m in entries)
    assert str(catalog.locale) == "hi"


def test_an_entry_whose_english_changed_is_exported_fuzzy(lesson, capsys):
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready.")
    _, catalog = export(capsys, lesson, "bn")
    assert [m.context for m in catalog if m.id and m.fuzzy] == ["00-000"]


def test_export_then_import_changes_no_byte(lesson, capsys):
    before = lesson.read_bytes(), build_lessons.record_path(lesson).read_bytes()
    for lang in ("hi", "bn"):
        po, _ = export(capsys, lesson, lang)
        assert run(capsys, "--import-po", lesson, "--lang", lang, po)[0] == 0
    assert (lesson.read_bytes(), build_lessons.record_path(lesson).read_bytes()) == before


def test_an_imported_translation_is_written_into_the_source_and_accepted(lesson, capsys):
    before = lesson.read_text(encoding="utf-8")
    po, catalog = export(capsys, lesson)
    message = next(m for m in catalog if m.context == "00-000")
    message.string = message.string.replace("पाँच मिनट", "कुछ ही मिनट")
    write(catalog, po)
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", po)
    assert status == 0
    assert "1 cells rewritten, 5 recorded as accepted, 0 entries not imported" in out
    after = before.replace(FIRST_HINDI, FIRST_HINDI.replace("पाँच मिनट", "कुछ ही मिनट"))
    assert lesson.read_text(encoding="utf-8") == after
    assert build_lessons.stale_translations(lesson) == []


def test_a_fuzzy_entry_is_not_imported_silently(lesson, capsys):
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready.")
    po, catalog = export(capsys, lesson)
    message = next(m for m in catalog if m.context == "00-000")
    assert message.fuzzy
    message.string = message.string.replace("पाँच मिनट", "कुछ ही मिनट")  # edited, but still marked fuzzy
    write(catalog, po)
    before = lesson.read_bytes()
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", po)
    assert status == 1
    assert "entry 00-000 (00 · Getting started with relkit): marked fuzzy (needs work), not imported" in out
    assert lesson.read_bytes() == before
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", "--allow-fuzzy", po)
    assert status == 0
    assert "कुछ ही मिनट" in lesson.read_text(encoding="utf-8")
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("hi", "bn"))]
    message.flags.discard("fuzzy")  # the translator reviewed it
    write(catalog, po)
    assert run(capsys, "--import-po", lesson, "--lang", "hi", po)[0] == 0
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("bn",))]


def test_an_empty_entry_is_not_imported(lesson, capsys):
    po, catalog = export(capsys, lesson)
    next(m for m in catalog if m.context == "00-001").string = ""
    write(catalog, po)
    before = lesson.read_bytes()
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", po)
    assert status == 1
    assert "entry 00-001 (1. Load relkit and choose your language): empty, not imported" in out
    assert lesson.read_bytes() == before


def test_an_entry_whose_english_matches_no_cell_is_reported(lesson, capsys):
    po, _ = export(capsys, lesson)
    edit(lesson, FIRST_ENGLISH, "This first notebook checks that everything is ready.")  # after the export
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", po)
    assert status == 1
    assert "entry 00-000 (00 · Getting started with relkit): its English matches no cell" in out
    assert [(s.index, s.langs) for s in build_lessons.stale_translations(lesson)] == [(0, ("hi", "bn"))]


def test_identical_english_in_two_cells_stays_two_entries(lesson, capsys):
    edit(lesson, "CELLS = [\n", 'CELLS = [\n    md(en="""Same.""", hi="""एक।""", bn="""এক।"""),\n')
    edit(lesson, "\n]\n", '\n    md(en="""Same.""", hi="""दो।""", bn="""দুই।"""),\n]\n')
    build_lessons.accept_translations(lesson)
    po, catalog = export(capsys, lesson)
    last = f"00-{build_lessons.prose_cells(lesson)[-1][0]:03d}"
    assert [(m.context, m.string) for m in catalog if m.id == "Same."] == [("00-000", "एक।"), (last, "दो।")]
    next(m for m in catalog if m.context == last).string = "दूसरा।"
    write(catalog, po)
    assert run(capsys, "--import-po", lesson, "--lang", "hi", po)[0] == 0
    assert [c.hi for _, c in build_lessons.prose_cells(lesson) if c.en == "Same."] == ["एक।", "दूसरा।"]


def test_a_catalog_of_another_language_is_refused(lesson, capsys):
    po, _ = export(capsys, lesson, "bn")
    before = lesson.read_bytes()
    status, out = run(capsys, "--import-po", lesson, "--lang", "hi", po)
    assert status == 1
    assert "is a bn catalog, not hi: nothing imported" in out
    assert lesson.read_bytes() == before
