"""Writing worlds: byte-identical CSV and SQLite, Parquet round trips, SQLite keys, nothing half-written."""

from __future__ import annotations

import hashlib
import sqlite3
import sys

import pandas as pd
import pytest

import relkit
from relkit.errors import RelkitError, RelkitValueError
from relkit.simulation import io as sim_io
from relkit.simulation.schema import TABLES


def _digest(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def _world(seed=2, messy=False):
    return relkit.simulate(seed=seed, customers=80, partners=4, months=4, messy=messy)


def test_csv_files_are_byte_identical_for_the_same_seed(tmp_path):
    _world().to_csv(tmp_path / "a")
    _world().to_csv(tmp_path / "b")
    _world(seed=3).to_csv(tmp_path / "c")
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")
    assert sorted(_digest(tmp_path / "a")) == sorted([*(f"{name}.csv" for name in TABLES), "world.json"])


def test_csv_reads_back_to_the_same_frames(tmp_path, messy_world):
    messy_world.to_csv(tmp_path / "w")
    for name, frame in messy_world.tables.items():
        back = sim_io.read_csv_table(name, tmp_path / "w" / f"{name}.csv")
        pd.testing.assert_frame_equal(back, frame, check_exact=True)


def test_sqlite_file_is_byte_identical_for_the_same_seed(tmp_path):
    _world().to_sqlite(tmp_path / "a.sqlite")
    _world().to_sqlite(tmp_path / "b.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_sqlite_declares_keys_and_holds_every_row(tmp_path):
    world = _world(messy=True)
    path = world.to_sqlite(tmp_path / "w.sqlite")
    with sqlite3.connect(path) as db:
        for name, frame in world.tables.items():
            assert db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] == len(frame)
        keys = {row[3]: row[2] for row in db.execute("PRAGMA foreign_key_list(orders)")}
        assert keys == {"customer_id": "customers", "courier_id": "partners"}
        deferred = db.execute("SELECT sql FROM sqlite_master WHERE name = 'orders'").fetchone()[0]
        assert deferred.count("DEFERRABLE INITIALLY DEFERRED") == 2
        groups = db.execute('SELECT "group", COUNT(*) FROM campaign_members GROUP BY 1').fetchall()
        assert dict(groups) == world.campaign_members.group.value_counts().astype(int).to_dict()
        primary = [row[1] for row in db.execute("PRAGMA table_info(trust_surveys)") if row[5]]
        assert primary == ["survey_id", "item"]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        missing = db.execute("SELECT COUNT(*) FROM interactions WHERE campaign_id IS NULL").fetchone()[0]
        assert missing == world.interactions.campaign_id.isna().sum()


def test_sqlite_refuses_to_overwrite_a_file(tmp_path):
    target = tmp_path / "mine.sqlite"
    target.write_text("my notes")
    with pytest.raises(RelkitValueError, match="already exists"):
        _world().to_sqlite(target)
    assert target.read_text() == "my notes"


def test_parquet_round_trip_keeps_frames_and_dtypes(tmp_path):
    world = _world()
    tables = dict(world.tables)
    tables["leads"] = tables["leads"].iloc[0:0]  # a small world may have no leads: test that case too
    world = relkit.World(tables, settings=world.settings)
    folder = world.to_parquet(tmp_path / "p")
    empty = [name for name, frame in world.tables.items() if frame.empty]
    assert "leads" in empty
    for name, frame in world.tables.items():
        back = pd.read_parquet(folder / f"{name}.parquet")
        if name in empty:  # Parquet stores a category's words with its values: none here
            assert list(back.columns) == list(frame.columns)
            assert back.empty
        else:
            pd.testing.assert_frame_equal(back, frame, check_exact=True)


def test_parquet_without_pyarrow_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(RelkitError, match=r'pip install "relkit\[parquet\]"'):
        _world().to_parquet(tmp_path / "p")
    assert not (tmp_path / "p").exists()


def test_failure_midway_leaves_no_folder_behind(tmp_path, monkeypatch):
    written = []

    def flaky(folder, name, frame):
        if len(written) == 3:
            raise OSError("disk full")
        written.append(name)
        (folder / f"{name}.csv").write_text("partial")

    monkeypatch.setattr(sim_io, "write_csv_table", flaky)
    with pytest.raises(OSError, match="disk full"):
        _world().to_csv(tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_sqlite_failure_leaves_no_file_behind(tmp_path, monkeypatch):
    def broken(name, frame):
        raise sqlite3.OperationalError("boom")

    monkeypatch.setattr(sim_io, "_sql_rows", broken)
    with pytest.raises(sqlite3.OperationalError):
        _world().to_sqlite(tmp_path / "w.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_folder_with_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(RelkitValueError, match="already holds files"):
        _world().to_csv(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_out_that_is_a_file_is_refused_in_bengali(tmp_path):
    target = tmp_path / "world.csv"
    target.write_text("")
    with pytest.raises(RelkitValueError) as caught:
        _world().to_csv(target)
    with relkit.language("bn"):
        assert "একটি ফোল্ডার দরকার" in str(caught.value)
        assert str(target) in str(caught.value)
