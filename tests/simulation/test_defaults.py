"""The default world in datasets/: equal to a fresh simulate(seed=DEFAULT_SEED), documented, copied."""

from __future__ import annotations

import re
from importlib.resources import files

import pandas as pd
import pytest

import relkit
from relkit.simulation import DEFAULT_SEED
from relkit.simulation.io import csv_text
from relkit.simulation.schema import MESSY_TABLES, TABLES


@pytest.fixture(scope="module")
def fresh():
    return relkit.simulate(seed=DEFAULT_SEED)


def test_load_world_equals_a_fresh_simulation(fresh):
    loaded = relkit.load_world()
    assert list(loaded) == list(fresh)
    for name in fresh:
        pd.testing.assert_frame_equal(loaded[name], fresh[name], check_exact=True)


def test_shipped_files_are_byte_identical_to_a_fresh_simulation(fresh):
    folder = files("relkit.datasets") / "world"
    for name, frame in fresh.tables.items():
        shipped = (folder / f"{name}.csv").read_text(encoding="utf-8")
        assert shipped == csv_text(name, frame), f"datasets/world/{name}.csv is stale: regenerate it"


def test_load_world_returns_copies():
    first = relkit.load_world()
    first.orders.loc[:, "amount_inr"] = 0.0
    assert relkit.load_world().orders.amount_inr.gt(0).all()


def test_every_table_and_column_is_documented():
    text = (files("relkit.datasets") / "README.md").read_text(encoding="utf-8")
    sections = re.split(r"^### `(\w+)`", text, flags=re.MULTILINE)
    documented = {
        sections[i]: set(re.findall(r"^\| `(\w+)` \|", sections[i + 1], flags=re.MULTILINE))
        for i in range(1, len(sections), 2)
    }
    for name, table in {**TABLES, **MESSY_TABLES}.items():
        assert documented.get(name) == set(table.columns), name


def test_every_documented_row_has_all_three_languages():
    text = (files("relkit.datasets") / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `\w+` \|(.+)\|$", text, flags=re.MULTILINE)
    for row in rows:
        english, hindi, bengali = (cell.strip() for cell in row.split("|"))
        assert english, row
        assert re.search("[\u0900-\u097f]", hindi), row
        assert re.search("[\u0980-\u09ff]", bengali), row
