"""The default world shipped with relkit, read from the package's ``datasets/world`` CSV files.

:func:`relkit.load_world` (in :mod:`relkit.simulation.sources`) opens it when given no path and no
``RELKIT_WORLD``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from types import MappingProxyType

import pandas as pd

from .io import read_csv_table
from .params import DEFAULT_SEED
from .schema import TABLES

__all__ = ["DEFAULT_COMMAND", "DEFAULT_SETTINGS", "default_csv_bytes", "default_tables"]

DEFAULT_COMMAND = f"relkit simulate --seed {DEFAULT_SEED} --out datasets/world"
"""How ``datasets/world`` was made (default sizes: 2,000 customers, 60 partners, 24 months)."""

DEFAULT_SETTINGS = MappingProxyType(
    {
        "seed": DEFAULT_SEED,
        "customers": 2000,
        "partners": 60,
        "start": "2023-01-01",
        "months": 24,
        "messy": False,
    }
)
"""The settings the default world was simulated with."""


@cache
def default_tables() -> dict[str, pd.DataFrame]:
    """Return the default world's tables, read once; relkit's own copy, never handed to a learner."""
    folder = files("relkit.datasets") / "world"
    tables = {}
    for name in TABLES:
        with (folder / f"{name}.csv").open("r", encoding="utf-8") as stream:
            tables[name] = read_csv_table(name, stream)
    return tables


def default_csv_bytes() -> dict[str, bytes]:
    """Return the bytes of the default world's CSV files by table (Unix line ends, whatever the checkout).

    They are the canonical CSV form of its tables, so their fingerprint is the world's.
    """
    folder = files("relkit.datasets") / "world"
    return {name: (folder / f"{name}.csv").read_bytes().replace(b"\r\n", b"\n") for name in TABLES}
