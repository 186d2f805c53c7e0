"""The default world shipped with relkit, read from the package's ``datasets/world`` CSV files."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pandas as pd

from ..signatures import learner_call
from .io import read_csv_table
from .params import DEFAULT_SEED
from .schema import TABLES
from .world import World

__all__ = ["DEFAULT_COMMAND", "load_world"]

DEFAULT_COMMAND = f"relkit simulate --seed {DEFAULT_SEED} --out datasets/world"
"""How ``datasets/world`` was made (default sizes: 2,000 customers, 60 partners, 24 months)."""


@cache
def _default_tables() -> dict[str, pd.DataFrame]:
    folder = files("relkit.datasets") / "world"
    tables = {}
    for name in TABLES:
        with (folder / f"{name}.csv").open("r", encoding="utf-8") as stream:
            tables[name] = read_csv_table(name, stream)
    return tables


@learner_call
def load_world() -> World:
    """Return the default world shipped with relkit: ``simulate(seed=DEFAULT_SEED)``, without simulating.

    The CSV files are read once; each call returns fresh copies, so changing a table in one lesson does
    not change it for the next ``load_world()``.

    Examples
    --------
    >>> import relkit
    >>> world = relkit.load_world()
    >>> len(world.customers), len(world.partners)
    (2000, 60)
    >>> world.customers.loc[0, "city"] = "Atlantis"
    >>> relkit.load_world().customers.loc[0, "city"] != "Atlantis"
    True
    """
    tables = {name: frame.copy() for name, frame in _default_tables().items()}
    settings = {
        "seed": DEFAULT_SEED,
        "customers": 2000,
        "partners": 60,
        "start": "2023-01-01",
        "months": 24,
        "messy": False,
    }
    return World(tables, settings=settings)
