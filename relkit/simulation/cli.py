"""``relkit simulate``: write a simulated world to a folder as CSV, Parquet or SQLite."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..files import atomic_directory, check_new_folder
from ..i18n import translate
from ..validation import check_choice
from .world import simulate

__all__ = ["FORMATS", "run"]

FORMATS: tuple[str, ...] = ("csv", "parquet", "sqlite")


def run(args: argparse.Namespace) -> int:
    """Simulate the world `args` describes, write it under ``args.out`` and print what was written.

    `args` has the attributes seed, customers, partners, start, months, out, format and messy. With
    ``format="sqlite"`` the folder holds one file, ``world.sqlite``. Returns the exit code 0; bad input
    raises a relkit error, which the ``relkit`` command prints in the learner's language.

    Examples
    --------
    >>> import argparse, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "w"
    >>> args = argparse.Namespace(seed=1, customers=5, partners=1, start="2023-01-01", months=1,
    ...                           out=str(out), format="csv", messy=False)
    >>> run(args)  # doctest: +ELLIPSIS
    Wrote 12 tables (... rows in all) to .../w:
      customers        rows: 5
    ...
    0
    """
    chosen = check_choice(args.format, FORMATS, name="--format")
    check_new_folder(args.out, argument="--out")  # before the work, not after it
    world = simulate(
        seed=args.seed,
        customers=args.customers,
        partners=args.partners,
        start=args.start,
        months=args.months,
        messy=bool(args.messy),
    )
    if chosen == "csv":
        where = world.to_csv(args.out)
    elif chosen == "parquet":
        where = world.to_parquet(args.out)
    else:
        with atomic_directory(args.out, argument="out") as staging:
            world.to_sqlite(staging / "world.sqlite")
        where = Path(args.out).expanduser()
    rows = sum(len(frame) for frame in world.tables.values())
    print(translate("sim.cli.written", tables=len(world), rows=f"{rows:,}", path=str(where)))
    print("\n".join(repr(world).splitlines()[1:]))
    return 0
