"""A world knows where it came from: its fingerprint, world.json, and load_world(path) / RELKIT_WORLD.

Round trips through CSV, Parquet and SQLite give the same tables and fingerprint; a path that is not a
relkit world, a table missing, or a file changed after relkit wrote it each get an error in the learner's
language naming the path and the fix.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3

import pandas as pd
import pytest

import relkit
from relkit.cli import main
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.lab import lab_environment
from relkit.simulation import sources
from relkit.simulation.defaults import default_csv_bytes
from relkit.simulation.provenance import FORMAT, fingerprint_of

SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "bn": re.compile(r"[\u0980-\u09FF]")}


@pytest.fixture(autouse=True)
def back_to_the_default_world(monkeypatch):
    """Every test starts and ends with the default world as the learner's, and no RELKIT_WORLD."""
    monkeypatch.delenv("RELKIT_WORLD", raising=False)
    yield
    monkeypatch.delenv("RELKIT_WORLD", raising=False)
    relkit.load_world()


def _small(seed=4, **settings):
    return relkit.simulate(seed=seed, customers=60, partners=4, months=6, **settings)


@pytest.fixture(scope="module")
def small():
    return _small(messy=True)


# --- the fingerprint ------------------------------------------------------------------------------------
def test_same_seed_same_fingerprint_other_seed_another():
    assert _small().fingerprint == _small().fingerprint
    assert _small().fingerprint != _small(seed=5).fingerprint
    assert re.fullmatch(r"[0-9a-f]{16}", _small().fingerprint)


def test_one_changed_cell_changes_the_fingerprint():
    world = _small()
    before = world.fingerprint
    world.orders.loc[3, "amount_inr"] += 0.01
    assert world.fingerprint != before
    world.orders.loc[3, "amount_inr"] -= 0.01
    assert world.fingerprint == before  # the content, not the history, decides


def test_fingerprint_is_the_hash_of_the_canonical_csv_files(tmp_path, small):
    small.to_csv(tmp_path / "w")
    files = [(name, (tmp_path / "w" / f"{name}.csv").read_bytes()) for name in small.tables]
    assert fingerprint_of(files) == small.fingerprint
    # by hand: sha256 over name, length and bytes of each table, in name order
    digest = hashlib.sha256()
    for name, data in sorted(files):
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    assert small.fingerprint == digest.hexdigest()[:16]


def test_default_world_fingerprint_is_stable_and_matches_its_tables():
    first = relkit.load_world().fingerprint
    second = relkit.load_world().fingerprint
    assert first == second
    # the shortcut (hashing the shipped files) agrees with hashing the tables as loaded
    assert fingerprint_of(default_csv_bytes().items()) == first


# --- world.json and the round trips ---------------------------------------------------------------------
def test_to_csv_writes_world_json(tmp_path, small):
    small.to_csv(tmp_path / "w")
    meta = json.loads((tmp_path / "w" / "world.json").read_text(encoding="utf-8"))
    assert meta["format"] == FORMAT
    assert meta["kind"] == "relkit-world"
    assert meta["seed"] == 4
    assert meta["settings"] == dict(small.settings)
    assert meta["fingerprint"] == small.fingerprint
    assert meta["tables"] == list(small.tables)
    assert meta["relkit"]


@pytest.mark.parametrize("kind", ["csv", "parquet", "sqlite"])
def test_load_world_round_trips(tmp_path, small, kind):
    path = tmp_path / ("w.sqlite" if kind == "sqlite" else "w")
    getattr(small, f"to_{kind}")(path)
    sources._pristine.clear()  # read from the files, not from the kernel's copy
    back = relkit.load_world(path)
    assert back.fingerprint == small.fingerprint
    assert dict(back.settings) == dict(small.settings)
    assert list(back.tables) == list(small.tables)
    for name, frame in small.tables.items():
        pd.testing.assert_frame_equal(back.tables[name], frame, check_exact=True)


def test_load_world_accepts_text_and_relative_paths(tmp_path, small, monkeypatch):
    small.to_csv(tmp_path / "w")
    monkeypatch.chdir(tmp_path)
    assert relkit.load_world("w").fingerprint == small.fingerprint
    assert relkit.load_world(f" {tmp_path / 'w'} ").fingerprint == small.fingerprint


def test_each_load_is_a_fresh_copy(tmp_path, small):
    small.to_csv(tmp_path / "w")
    mine = relkit.load_world(tmp_path / "w")
    mine.customers.loc[0, "city"] = "Atlantis"
    again = relkit.load_world(tmp_path / "w")
    assert again.customers.loc[0, "city"] != "Atlantis"
    assert sources.learner_world().customers.loc[0, "city"] != "Atlantis"


def test_relkit_world_names_the_world_load_world_opens(tmp_path, small, monkeypatch):
    small.to_sqlite(tmp_path / "w.sqlite")
    monkeypatch.setenv("RELKIT_WORLD", str(tmp_path / "w.sqlite"))
    assert relkit.load_world().fingerprint == small.fingerprint
    monkeypatch.setenv("RELKIT_WORLD", "  ")  # blank means unset
    assert relkit.load_world().settings["seed"] == relkit.DEFAULT_SEED


def test_a_bad_relkit_world_is_named_in_the_error(tmp_path, monkeypatch):
    monkeypatch.setenv("RELKIT_WORLD", str(tmp_path / "gone"))
    with pytest.raises(RelkitValueError, match=r"There is no world at .*gone \(given as `RELKIT_WORLD`\)"):
        relkit.load_world()


# --- bad paths ------------------------------------------------------------------------------------------
def _tamper_csv(folder):
    path = folder / "orders.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",", ",9", 1)  # one cell of the first order changed
    path.write_text("".join(lines), encoding="utf-8")


def test_missing_path(tmp_path):
    with pytest.raises(RelkitValueError, match=r"There is no world at .*nowhere \(given as `path`\)\. Check"):
        relkit.load_world(tmp_path / "nowhere")


def test_folder_without_world_json(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "orders.csv").write_text("order_id\n1\n")
    with pytest.raises(
        RelkitValueError, match=r"is not a relkit world: it has no world\.json.*relkit simulate"
    ):
        relkit.load_world(tmp_path / "notes")


def test_the_shipped_csv_folder_is_not_taken_for_a_world_it_does_not_describe():
    from importlib.resources import files

    shipped = files("relkit.datasets") / "world"
    with pytest.raises(RelkitValueError, match=r"has no world\.json"):
        relkit.load_world(str(shipped))


def test_folder_of_worlds_points_to_one_of_them(tmp_path, small):
    small.to_csv(tmp_path / "worlds" / "PAT-001")
    with pytest.raises(RelkitValueError, match=r"holds worlds, but is not one itself.*PAT-001"):
        relkit.load_world(tmp_path / "worlds")


def test_missing_table(tmp_path, small):
    small.to_csv(tmp_path / "w")
    (tmp_path / "w" / "tickets.csv").unlink()
    with pytest.raises(
        RelkitValueError, match=r"lacks its table tickets \(the file tickets\.csv is missing\)"
    ):
        relkit.load_world(tmp_path / "w")


def test_tampered_csv(tmp_path, small):
    small.to_csv(tmp_path / "w")
    _tamper_csv(tmp_path / "w")
    with pytest.raises(
        RelkitValueError, match=r"was changed after relkit wrote it.*fingerprint [0-9a-f]{16} instead"
    ):
        relkit.load_world(tmp_path / "w")


def test_tampered_parquet(tmp_path, small):
    small.to_parquet(tmp_path / "w")
    orders = pd.read_parquet(tmp_path / "w" / "orders.parquet")
    orders.loc[0, "amount_inr"] += 1
    orders.to_parquet(tmp_path / "w" / "orders.parquet", index=False)
    with pytest.raises(RelkitValueError, match="was changed after relkit wrote it"):
        relkit.load_world(tmp_path / "w")


def test_tampered_sqlite(tmp_path, small):
    path = small.to_sqlite(tmp_path / "w.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE customers SET city = 'Atlantis' WHERE customer_id = 1")
    with pytest.raises(RelkitValueError, match="was changed after relkit wrote it"):
        relkit.load_world(path)


def test_sqlite_not_written_by_relkit(tmp_path):
    with sqlite3.connect(tmp_path / "other.sqlite") as db:
        db.execute("CREATE TABLE customers (customer_id INTEGER)")
    with pytest.raises(RelkitValueError, match="is not a relkit world: it has no relkit_world table"):
        relkit.load_world(tmp_path / "other.sqlite")


def test_a_file_that_is_no_world(tmp_path):
    (tmp_path / "roster.csv").write_text("id\n1\n")
    with pytest.raises(RelkitValueError, match="is neither a world folder nor an SQLite world"):
        relkit.load_world(tmp_path / "roster.csv")


@pytest.mark.parametrize(
    "content", ["{not json", json.dumps({"kind": "something-else"}), json.dumps([1, 2]), ""]
)
def test_damaged_world_json(tmp_path, small, content):
    small.to_csv(tmp_path / "w")
    (tmp_path / "w" / "world.json").write_text(content)
    with pytest.raises(
        RelkitValueError, match=r"is not the world\.json of a relkit world, or it was damaged"
    ):
        relkit.load_world(tmp_path / "w")


def test_world_json_from_a_newer_relkit(tmp_path, small):
    small.to_csv(tmp_path / "w")
    meta = json.loads((tmp_path / "w" / "world.json").read_text())
    (tmp_path / "w" / "world.json").write_text(json.dumps({**meta, "format": FORMAT + 1}))
    with pytest.raises(RelkitValueError, match="written by a newer relkit"):
        relkit.load_world(tmp_path / "w")


@pytest.mark.parametrize("path", [42, ["w"], b"w", ""])
def test_path_of_the_wrong_kind(path):
    with pytest.raises(RelkitTypeError, match="must be the path of a world folder or SQLite file"):
        relkit.load_world(path)


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_errors_speak_the_learners_language(tmp_path, small, lang):
    small.to_csv(tmp_path / "w")
    _tamper_csv(tmp_path / "w")
    with relkit.language(lang), pytest.raises(RelkitValueError) as caught:
        relkit.load_world(tmp_path / "w")
    with relkit.language(lang):
        message = str(caught.value)
    assert SCRIPT[lang].search(message)
    assert str(tmp_path / "w") in message


def test_a_failed_load_keeps_the_world_loaded_before(tmp_path, small):
    small.to_csv(tmp_path / "w")
    relkit.load_world(tmp_path / "w")
    with pytest.raises(RelkitValueError):
        relkit.load_world(tmp_path / "nowhere")
    assert sources.learner_world().fingerprint == small.fingerprint


# --- relkit lab, with a world ----------------------------------------------------------------------------
def test_lab_world_sets_relkit_world_to_the_absolute_path(tmp_path, small, monkeypatch):
    small.to_csv(tmp_path / "w")
    monkeypatch.chdir(tmp_path)
    environment = lab_environment("w")
    assert environment["RELKIT_WORLD"] == str((tmp_path / "w").resolve())
    assert "RELKIT_WORLD" not in lab_environment(None)


def test_lab_refuses_a_bad_world_before_starting(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr("relkit.lab._wait_for", lambda *args, **kwargs: started.append(args) or 0)
    code = main(["lab", "--world", str(tmp_path / "gone"), "--no-browser"])
    assert code == 2
    assert not started
    err = capsys.readouterr().err
    assert "There is no world at" in err
    assert "`--world`" in err
