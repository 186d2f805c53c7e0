"""Name pools: built with Faker once, shipped as CSV, sampled without Faker."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from relkit.errors import RelkitValueError
from relkit.simulation.names import build_name_pools, load_name_pool, romanise


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("शर्मा", "Sharma"),  # sha + r + virama + ma + aa: no inherent vowel after r
        ("राम", "Ram"),  # final inherent a dropped
        ("कमला", "Kamla"),  # medial inherent a dropped between two voiced syllables
        ("आदित्य", "Aditya"),  # final a kept after the conjunct ty
        ("বোস", "Bose"),  # customary spelling, not the rule's "Bos"
        ("बोस", "Bose"),
        ("অনন্যা", "Ananya"),  # Bengali, conjunct ny keeps the a before it
        ("চৌধুরী", "Chaudhuri"),
        ("অজয়", "Ajay"),  # Bengali ya with nukta is y
        ("ज़ैनब", "Zainab"),  # nukta turns j into z
        ("Aarav Mehta", "Aarav Mehta"),
    ],
)
def test_romanise(native, latin):
    assert romanise(native) == latin


def test_shipped_pools_are_parallel_latin_and_native():
    for lang in ("hi", "bn", "en"):
        pool = load_name_pool(lang)
        assert len(pool.first_latin) == len(pool.first_native) >= 150
        assert len(pool.last_latin) == len(pool.last_native) >= 50
        assert all(name.isascii() for name in pool.first_latin)


def test_build_name_pools_with_the_installed_faker(tmp_path):
    paths = build_name_pools(tmp_path)
    assert sorted(paths) == ["bn", "en", "hi"]
    for lang, path in paths.items():
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {row["part"] for row in rows} == {"first", "last"}
        assert all(row["native"] and row["latin"].isascii() for row in rows), lang
        assert 100 <= len(rows) <= 5000


def test_simulate_does_not_import_faker():
    code = (
        "import sys, relkit; relkit.simulate(seed=1, customers=20, partners=2); print('faker' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_rebuilding_the_pools_without_faker_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "faker", None)  # as if Faker were not installed
    with pytest.raises(RelkitValueError, match=r"Faker.*\.\[maintainer\]"):
        build_name_pools(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_world_and_its_lessons_need_no_faker():
    """With Faker made unimportable, relkit imports, simulates, loads the shipped world and draws."""
    code = (
        "import sys; sys.modules['faker'] = None\n"
        "import relkit\n"
        "world = relkit.simulate(seed=3, customers=50, partners=4)\n"
        "shipped = relkit.load_world()\n"
        "relkit.plot_bar(shipped.customers, x='acquisition_channel')\n"
        "print(len(world.customers), len(shipped.customers) > 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["50", "True"]


def test_faker_is_not_a_runtime_dependency():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    assert not any(dep.lower().startswith("faker") for dep in project["dependencies"])
    assert any(dep.lower().startswith("faker") for dep in project["optional-dependencies"]["maintainer"])


def test_no_shipped_name_is_the_misspelt_bos():
    for lang in ("hi", "bn", "en"):
        assert "Bos" not in load_name_pool(lang).last_latin.tolist()
