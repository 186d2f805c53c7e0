"""Name pools: built with Faker once, shipped as CSV, sampled without Faker."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from relkit.simulation.names import build_name_pools, load_name_pool, romanise


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("शर्मा", "Sharma"),  # sha + r + virama + ma + aa: no inherent vowel after r
        ("राम", "Ram"),  # final inherent a dropped
        ("कमला", "Kamla"),  # medial inherent a dropped between two voiced syllables
        ("आदित्य", "Aditya"),  # final a kept after the conjunct ty
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
