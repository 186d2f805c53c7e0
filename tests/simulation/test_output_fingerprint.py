"""Pin the simulator's output byte for byte: lessons store results computed on simulated worlds.

``output_fingerprints.json`` holds, for a spread of settings, the SHA-256 of every CSV file
``simulate(...).to_csv(folder)`` writes and of every table's column dtypes. It was recorded before the
simulator was tuned for speed; any change in random draw order, dtypes, rounding or text formatting
changes a hash here. If a change of output is ever intended, it breaks every stored lesson output:
regenerate the file with ``record_fingerprints`` only together with the shipped world and the lessons.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import relkit

FINGERPRINTS = Path(__file__).with_name("output_fingerprints.json")
SETTINGS = [
    {"seed": 0, "customers": 1, "partners": 1, "months": 1, "messy": False},
    {"seed": 0, "customers": 1, "partners": 1, "months": 1, "messy": True},
    {"seed": 7, "customers": 1, "partners": 60, "months": 36, "messy": False},
    {"seed": 7, "customers": 50, "partners": 1, "months": 24, "messy": True},
    {"seed": 123, "customers": 50, "partners": 60, "months": 36, "messy": False},
    {"seed": 7, "customers": 2000, "partners": 60, "months": 24, "messy": False},
    {"seed": 7, "customers": 2000, "partners": 60, "months": 24, "messy": True},
    {"seed": 123, "customers": 2000, "partners": 1, "months": 1, "messy": True},
    {"seed": 123, "customers": 30000, "partners": 1, "months": 24, "messy": True},
    {"seed": 0, "customers": 30000, "partners": 60, "months": 36, "messy": False},
    {"seed": 2**63, "customers": 700, "partners": 9, "months": 13, "messy": True, "start": "2020-02-29"},
]


def _key(settings: dict) -> str:
    return ",".join(f"{name}={value}" for name, value in sorted(settings.items()))


def fingerprint(settings: dict, folder: Path) -> dict[str, dict[str, str]]:
    """SHA-256 of each table's CSV file and of its column names and dtypes, by table name."""
    world = relkit.simulate(**settings)
    world.to_csv(folder)
    result = {}
    for name, frame in world.tables.items():
        dtypes = "\n".join(f"{column}: {dtype!r}" for column, dtype in frame.dtypes.items())
        result[name] = {
            "csv": hashlib.sha256((folder / f"{name}.csv").read_bytes()).hexdigest(),
            "dtypes": hashlib.sha256(dtypes.encode("utf-8")).hexdigest(),
        }
    return result


def record_fingerprints(scratch: Path) -> None:
    """Rewrite ``output_fingerprints.json`` from the current simulator (see the module docstring)."""
    recorded = {_key(s): fingerprint(s, scratch / str(i)) for i, s in enumerate(SETTINGS)}
    FINGERPRINTS.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(FINGERPRINTS.read_text(encoding="utf-8"))


def test_every_setting_is_recorded(recorded):
    assert sorted(recorded) == sorted(_key(s) for s in SETTINGS)


@pytest.mark.parametrize("settings", SETTINGS, ids=_key)
def test_output_is_byte_identical_to_the_recorded_fingerprint(settings, recorded, tmp_path):
    now = fingerprint(settings, tmp_path / "world")
    expected = recorded[_key(settings)]
    assert sorted(now) == sorted(expected)
    changed = [f"{table} {part}" for table in expected for part in ("csv", "dtypes")
               if now[table][part] != expected[table][part]]  # fmt: skip
    assert not changed, f"simulate({settings}) output changed: {', '.join(changed)}"
