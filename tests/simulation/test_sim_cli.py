"""relkit.simulation.cli.run, called with the Namespace the relkit command builds."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.simulation.cli import run
from relkit.simulation.schema import MESSY_TABLES, TABLES


def _args(out, **changes):
    values = {
        "seed": 7,
        "customers": 30,
        "partners": 2,
        "start": "2023-01-01",
        "months": 3,
        "out": str(out),
        "format": "csv",
        "messy": False,
    }
    return argparse.Namespace(**{**values, **changes})


def test_run_writes_csv_and_prints_a_summary(tmp_path, capsys):
    assert run(_args(tmp_path / "w")) == 0
    out = capsys.readouterr().out
    world = relkit.simulate(seed=7, customers=30, partners=2, months=3)
    rows = sum(len(frame) for frame in world.tables.values())
    assert f"Wrote {len(TABLES)} tables ({rows:,} rows in all) to {tmp_path / 'w'}" in out
    width = max(map(len, TABLES))  # the table names line up under the longest
    assert f"  {'customers'.ljust(width)}  rows: 30\n" in out
    assert f"  {'invoices'.ljust(width)}  rows: {len(world.invoices):,}\n" in out
    assert sorted(p.stem for p in (tmp_path / "w").glob("*.csv")) == sorted(TABLES)


def test_run_writes_sqlite_and_messy_tables(tmp_path, capsys):
    run(_args(tmp_path / "world.sqlite", format="sqlite", messy=True))
    assert [p.name for p in tmp_path.iterdir()] == ["world.sqlite"]  # one file, as --help promises
    with sqlite3.connect(tmp_path / "world.sqlite") as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == set(TABLES) | set(MESSY_TABLES) | {"relkit_world"}  # relkit_world: where it came from
    assert f"Wrote {len(TABLES) + len(MESSY_TABLES)} tables" in capsys.readouterr().out


def test_run_summary_in_hindi(tmp_path, capsys):
    with relkit.language("hi"):
        run(_args(tmp_path / "w", format="parquet"))
    assert f"{len(TABLES)} तालिकाएँ" in capsys.readouterr().out


def test_unknown_format_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(
        RelkitValueError, match=r"`--format` cannot be 'xlsx'\. Choose one of 'csv', 'parquet', 'sqlite'"
    ):
        run(_args(tmp_path / "w", format="xlsx"))
    assert list(tmp_path.iterdir()) == []


def test_relkit_command_reports_bad_input_with_exit_code_2(tmp_path, capsys):
    from relkit.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["simulate", "--seed", "1", "--customers", "0", "--out", str(tmp_path / "w")])
    assert stop.value.code == 2
    assert "`--customers` needs a whole number of at least 1, such as 500, but '0' was given" in (
        capsys.readouterr().err
    )
    assert list(tmp_path.iterdir()) == []


def test_a_full_out_folder_is_refused_before_any_simulating(tmp_path, monkeypatch, capsys):
    import relkit.simulation.cli as sim_cli
    from relkit import cli

    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "notes.txt").write_text("mine")
    monkeypatch.setattr(sim_cli, "simulate", lambda **kw: pytest.fail("simulated before checking --out"))
    assert cli.main(["simulate", "--seed", "1", "--out", str(tmp_path / "w")]) == 2
    assert "`--out`" in capsys.readouterr().err
    assert (tmp_path / "w" / "notes.txt").read_text() == "mine"
