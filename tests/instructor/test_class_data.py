"""relkit class-data: one world and one answer key per student, names never written, all or nothing.

Small worlds (80 customers) keep the suite quick; the class-data benchmark times default-size ones.
"""

from __future__ import annotations

import json
import re

import pytest

import relkit
from relkit.cli import main
from relkit.errors import RelkitValueError
from relkit.exercises import answer_key
from relkit.instructor import class_data
from relkit.instructor.class_data import folder_names, make_class_data, read_roster, roster_digest

SIZE = {"customers": 80, "partners": 4}
KEY = "monsoon-2025-secret"
STUDENTS = [
    # id, names and e-mail that must never leave the roster; no simulated customer is called so
    ("PAT-2025-001", "Qwilleran Zorabian", "qwilleran.z@example.org"),
    ("PAT-2025-002", "झुमरीतलैया क्षत्रज्ञ", "jhumri@example.org"),
    ("kol/2025/003", "ঋতব্রতর্ষি ঔপমন্যব", "ritabrata@example.org"),
]
SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "bn": re.compile(r"[\u0980-\u09FF]")}


@pytest.fixture(autouse=True)
def back_to_the_default_world():
    yield
    relkit.load_world()


def _roster(folder, text, name="roster.csv"):
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def roster(tmp_path):
    rows = "".join(f"{name},{student},{mail}\n" for student, name, mail in STUDENTS)
    return _roster(tmp_path, "Name,Student_ID,Email\n" + rows)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A class of three, written once for the tests that read it."""
    here = tmp_path_factory.mktemp("class")
    rows = "".join(f"{name},{student},{mail}\n" for student, name, mail in STUDENTS)
    path = _roster(here, "Name,Student_ID,Email\n" + rows)
    return make_class_data(path, course_key=KEY, out=here / "out", workers=1, **SIZE)


# --- the roster -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", ["student_id", "Student_ID", " STUDENT_ID ", "id", "ID", "Id"])
def test_the_id_column_is_found_in_any_case(tmp_path, header):
    assert read_roster(_roster(tmp_path, f"name,{header}\nA,S1\nB,S2\n")) == ["S1", "S2"]


def test_student_id_wins_over_id_and_a_bom_is_read_past(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffid,student_id\n1,S1\n2,S2\n".encode())
    assert read_roster(path) == ["S1", "S2"]


ROSTER_ERRORS = [
    ("name,email\nAsha,a@x.in\n", r"has no id column; its row 1 names 'name', 'email'.*student_id \(or id\)"),
    ("id,name\nS1,A\nS2,B\nS1,C\n", r"lists the id 'S1' twice, in rows 2 and 4"),
    ("id,name\nS1,A\n,B\n", r"Row 3 of the roster .* has no student id in its column id"),
    ("id,name\nS1,A\n   ,B\n", r"Row 3 of the roster .* has no student id"),
    ("id,name\nS1,A\n\nS2,B\n", r"Row 3 of the roster .* is blank\. Delete the row"),
    ("id,name\nS1,A\n,\n", r"Row 3 of the roster .* is blank"),
    ("id,name\n", r"has a header row but no students"),
    ("", r"is empty or its first row is blank"),
]


@pytest.mark.parametrize(("text", "message"), ROSTER_ERRORS)
def test_roster_errors_name_the_file_the_row_and_the_fix(tmp_path, text, message):
    path = _roster(tmp_path, text)
    with pytest.raises(RelkitValueError, match=message) as caught:
        make_class_data(path, course_key=KEY, out=tmp_path / "out", workers=1, **SIZE)
    assert str(path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.csv"]  # nothing written


def test_a_roster_that_is_not_utf8(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes("id,name\nS1,Jos\xe9\n".encode("latin-1"))
    with pytest.raises(RelkitValueError, match=r'is not UTF-8 text\. Save it again as "CSV UTF-8"'):
        read_roster(path)


def test_a_missing_roster(tmp_path):
    with pytest.raises(
        RelkitValueError, match=r"There is no roster file .*gone\.csv \(given as `--roster`\)"
    ):
        read_roster(tmp_path / "gone.csv")


@pytest.mark.parametrize("key", ["", "   "])
def test_an_empty_course_key(tmp_path, roster, key):
    with pytest.raises(RelkitValueError, match=r"`--course-key` is empty"):
        make_class_data(roster, course_key=key, out=tmp_path / "out", **SIZE)
    assert not (tmp_path / "out").exists()


def test_an_out_folder_that_is_not_empty(tmp_path, roster):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with pytest.raises(RelkitValueError, match=r"given as `--out` already holds files"):
        make_class_data(roster, course_key=KEY, out=tmp_path / "out", **SIZE)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.txt"]


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_roster_errors_in_hindi_and_bengali(tmp_path, lang):
    path = _roster(tmp_path, "id,name\nS1,A\nS1,B\n")
    with relkit.language(lang), pytest.raises(RelkitValueError) as caught:
        read_roster(path)
    with relkit.language(lang):
        message = str(caught.value)
    assert SCRIPT[lang].search(message)
    assert str(path) in message
    assert "'S1'" in message


# --- folder names ---------------------------------------------------------------------------------------
def test_folder_names_are_safe_readable_and_unique():
    names = folder_names(["PAT/001", "pat/001", "a b", "..", "CON", "Ümit", "x" * 200])
    assert names["PAT/001"] == "PAT_001"
    assert names["pat/001"] == "pat_001-2"  # the same as PAT_001 on Windows and macOS
    assert names["a b"] == "a_b"
    assert names[".."] == "student"
    assert names["CON"] == "_CON"
    assert names["Ümit"] == "Umit"
    assert len(names["x" * 200]) == 80
    assert len({name.casefold() for name in names.values()}) == len(names)
    assert all(re.fullmatch(r"[A-Za-z0-9._@+-]+", name) for name in names.values())


def test_folder_names_do_not_depend_on_the_roster_order():
    ids = ["b/1", "B/1", "a"]
    assert folder_names(ids) == folder_names(list(reversed(ids)))


# --- what is written ------------------------------------------------------------------------------------
def test_layout(made):
    summary = json.loads((made / "class.json").read_text(encoding="utf-8"))
    assert set(summary) == {"format", "relkit", "roster_sha256", "students", "created"}
    assert summary["format"] == 1
    ids = [student for student, _, _ in STUDENTS]
    assert summary["roster_sha256"] == roster_digest(ids)
    assert summary["students"] == folder_names(ids)
    for student, folder in summary["students"].items():
        assert (made / "worlds" / folder / "world.json").is_file()
        answers = json.loads((made / "answers" / f"{folder}.json").read_text(encoding="utf-8"))
        assert set(answers) == {"student_id", "seed", "world_fingerprint", "expected"}
        assert answers["student_id"] == student
    assert sorted(p.name for p in made.iterdir()) == ["answers", "class.json", "worlds"]


def test_names_and_other_roster_columns_never_appear_in_any_file(made):
    written = b"".join(path.read_bytes() for path in sorted(made.rglob("*")) if path.is_file())
    assert len(written) > 100_000
    for _, name, mail in STUDENTS:
        for text in (name, mail, *name.split()):
            assert text.encode("utf-8") not in written, text
    for header in (b"Name", b"Email"):
        assert header not in written
    assert all(name not in str(path) for path in made.rglob("*") for _, name, _ in STUDENTS)


def test_worlds_are_made_again_from_the_id_and_the_key(made):
    summary = json.loads((made / "class.json").read_text(encoding="utf-8"))
    for student, folder in summary["students"].items():
        seed = relkit.student_seed(student, KEY)
        again = relkit.simulate(seed=seed, **SIZE)
        loaded = relkit.load_world(made / "worlds" / folder)
        answers = json.loads((made / "answers" / f"{folder}.json").read_text(encoding="utf-8"))
        assert answers["seed"] == seed
        assert loaded.settings["seed"] == seed
        assert again.fingerprint == loaded.fingerprint == answers["world_fingerprint"]


def test_each_answer_key_is_the_answer_key_of_the_world_written(made):
    keys = []
    for answers_file in sorted((made / "answers").iterdir()):
        answers = json.loads(answers_file.read_text(encoding="utf-8"))
        world = relkit.load_world(made / "worlds" / answers_file.stem)
        assert answers["expected"] == answer_key(world)
        keys.append(answers["expected"])
    assert keys[0]["01.1"] != keys[1]["01.1"] or keys[0]["04.1"] != keys[1]["04.1"]  # own worlds


def test_processes_write_the_same_class_as_one_process(tmp_path, roster, made):
    parallel = make_class_data(roster, course_key=KEY, out=tmp_path / "par", workers=2, **SIZE)
    for path in sorted(made.rglob("*")):
        if path.is_file() and path.name != "class.json":
            assert (parallel / path.relative_to(made)).read_bytes() == path.read_bytes()
    one, two = (json.loads((out / "class.json").read_text()) for out in (made, parallel))
    assert {**one, "created": None} == {**two, "created": None}


# --- all or nothing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt()])
def test_a_failure_midway_leaves_nothing(tmp_path, roster, monkeypatch, failure):
    real, done = class_data._one_student, []

    def fails_on_the_third(*args):
        if len(done) == 2:
            raise failure
        done.append(real(*args))
        return done[-1]

    monkeypatch.setattr(class_data, "_one_student", fails_on_the_third)
    with pytest.raises(type(failure)):
        make_class_data(roster, course_key=KEY, out=tmp_path / "out", workers=1, **SIZE)
    assert len(done) == 2  # two students were written, then removed with the rest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.csv"]


# --- the command ----------------------------------------------------------------------------------------
def test_the_command_writes_the_class_and_says_where(tmp_path, roster, capsys, monkeypatch):
    real = class_data.make_class_data
    monkeypatch.setattr(class_data, "make_class_data", lambda *a, **k: real(*a, **k, **SIZE))
    out = tmp_path / "class"
    code = main(
        ["class-data", "--roster", str(roster), "--course-key", KEY, "--out", str(out), "--workers", "1"]
    )
    assert code == 0
    said = capsys.readouterr().out
    assert f"Wrote worlds for 3 students to {out / 'worlds'}" in said
    assert "never names" in said
    assert len(list((out / "answers").iterdir())) == 3


def test_the_command_answers_a_bad_roster_in_hindi(tmp_path, capsys):
    path = _roster(tmp_path, "name\nAsha\n")
    code = main(["--ui-lang", "hi", "class-data", "--roster", str(path), "--course-key", KEY, "--out", "x"])
    assert code == 2
    err = capsys.readouterr().err
    assert SCRIPT["hi"].search(err)
    assert str(path) in err
    assert "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_the_command_needs_its_options(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["class-data", "--roster", "r.csv"])
    assert stopped.value.code == 2
    assert "--course-key" in capsys.readouterr().err


def test_an_exercise_a_small_world_has_no_data_for_expects_none():
    # 80 customers leave lesson 06 without refund tickets: its key is None, the others are computed
    worlds = (relkit.simulate(seed=seed, **SIZE) for seed in range(60))
    world = next(w for w in worlds if w.tickets.query("category == 'refund'").empty)
    key = answer_key(world)
    assert key["06.4"] is None
    assert key["01.4"] is not None
