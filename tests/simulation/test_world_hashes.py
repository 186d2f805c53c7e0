"""Guard for speed work on the simulator: every table of 112 worlds hashes as the untuned code made it.

``fixtures/world_hashes.json`` was recorded from the simulator before the s21 speed work, for seeds 0 to 15
under each of the settings in ``SETTINGS`` (default size, messy, small and one-partner worlds, other
starts and lengths). For each table it holds the SHA-256 of ``frame.to_csv(index=False)``, of the CSV
text ``World.to_csv`` writes (``csv_text``: ISO dates, Unix line ends) and of the column dtypes. Any
change in random draw order, sizes of draws, dtypes, rounding or text formatting changes a hash. Record
anew (``python tests/simulation/test_world_hashes.py --record``) only when a change of output is
intended, together with the shipped world and every lesson's stored output.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

import relkit
from relkit.simulation.io import csv_text

FIXTURE = Path(__file__).with_name("fixtures") / "world_hashes.json"
SEEDS = range(16)
SETTINGS = {
    "default": {},
    "messy": {"messy": True},
    "small": {"customers": 50, "partners": 5},
    "small-messy-6m": {"customers": 50, "partners": 5, "months": 6, "messy": True},
    "tiny": {"customers": 1, "partners": 1, "months": 1},
    "gst-start-36m-messy": {
        "customers": 300,
        "partners": 12,
        "months": 36,
        "start": "2017-07-01",
        "messy": True,
    },
    "leap-start-13m": {"customers": 120, "partners": 3, "months": 13, "start": "2020-02-29"},
}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]  # 64 bits: plenty to see a change


def world_hashes(seed: int, settings: dict) -> dict[str, dict[str, str]]:
    """The three hashes of every table of ``simulate(seed=seed, **settings)``, by table name."""
    world = relkit.simulate(seed=seed, **settings)
    return {
        name: {
            "to_csv": _sha(frame.to_csv(index=False)),
            "csv_text": _sha(csv_text(name, frame)),
            "dtypes": _sha("\n".join(f"{column}: {dtype!r}" for column, dtype in frame.dtypes.items())),
        }
        for name, frame in world.tables.items()
    }


def _key(label: str, seed: int) -> str:
    return f"{label} seed={seed}"


def record() -> None:
    """Rewrite the fixture from the current simulator (see the module docstring)."""
    recorded = {_key(label, seed): world_hashes(seed, s) for label, s in SETTINGS.items() for seed in SEEDS}
    FIXTURE.parent.mkdir(exist_ok=True)
    FIXTURE.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_every_world_is_recorded(recorded):
    assert sorted(recorded) == sorted(_key(label, seed) for label in SETTINGS for seed in SEEDS)


@pytest.mark.slow
@pytest.mark.parametrize("label", SETTINGS)
def test_every_table_hashes_as_recorded(label, recorded):
    changed = []
    for seed in SEEDS:
        now, expected = world_hashes(seed, SETTINGS[label]), recorded[_key(label, seed)]
        assert sorted(now) == sorted(expected), f"seed {seed}: other tables"
        changed += [f"seed {seed} {table} {part}" for table in expected for part in expected[table]
                    if now[table][part] != expected[table][part]]  # fmt: skip
    assert not changed, f"simulate({SETTINGS[label]}) output changed: {', '.join(changed[:20])}"


if __name__ == "__main__" and sys.argv[1:] == ["--record"]:
    record()
