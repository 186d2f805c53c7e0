"""``relkit simulate``: write a simulated world as a folder of CSV or Parquet files, or one SQLite file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..errors import RelkitError, RelkitValueError
from ..files import check_new_folder
from ..i18n import translate
from ..validation import check_choice
from .world import simulate

__all__ = ["FILE_SUFFIXES", "FORMATS", "run"]

FORMATS: tuple[str, ...] = ("csv", "parquet", "sqlite")

FILE_SUFFIXES: tuple[str, ...] = (".sqlite", ".sqlite3", ".db", ".csv", ".parquet", ".pq")
"""Endings of ``--out`` that name a file: refused for the formats that write a folder."""

_OPTION_OF = {
    "seed": "--seed",
    "customers": "--customers",
    "partners": "--partners",
    "start": "--start",
    "months": "--months",
    "messy": "--messy",
    "format": "--format",
    "out": "--out",
    "path": "--out",
}


def _check_out(out: str, chosen: str) -> Path:
    """Return the place `out` names, or refuse it now, before the slow work, if the result would be wrong."""
    target = Path(out).expanduser()
    if chosen == "sqlite":
        if target.is_dir() or out.endswith(("/", os.sep)):  # `worlds/` means a folder, even a new one
            raise RelkitValueError(
                "sim.cli.sqlite_out_is_folder",
                name="--out",
                path=str(target),
                suggestion=str(target / "world.sqlite"),
            )
        if target.exists() or target.is_symlink():
            raise RelkitValueError("sim.err.file_exists", name="--out", path=str(target))
        return target
    if target.suffix.lower() in FILE_SUFFIXES:
        raise RelkitValueError(
            "sim.cli.out_looks_like_file",
            name="--out",
            path=str(target),
            format=chosen,
            suggestion=str(target.with_suffix("")),
        )
    here = Path.cwd().resolve()
    if target.resolve() == here or target.resolve() in here.parents:  # "--out ." or "--out .."
        raise RelkitValueError(
            "sim.cli.out_is_current_folder", name="--out", path=str(target), suggestion=str(target / "world")
        )
    return check_new_folder(target, argument="--out")


def _named_as_option(err: RelkitError) -> RelkitError:
    """Return the same error, naming ``--customers`` where the library said ``customers``."""
    name = err.params.get("name")
    if isinstance(name, str) and name in _OPTION_OF:
        return type(err)(err.msgid, **{**err.params, "name": _OPTION_OF[name]})
    return err


def run(args: argparse.Namespace) -> int:
    """Simulate the world `args` describes, write it to ``args.out`` and print what was written.

    `args` has the attributes seed, customers, partners, start, months, out, format and messy. CSV and
    Parquet go into the new or empty folder ``args.out``, one file per table; SQLite goes into the new
    file ``args.out``. Everything about ``--out`` is checked before the world is simulated, and nothing
    a learner already has there is ever replaced. Returns the exit code 0; bad input raises a relkit
    error naming the option, which the ``relkit`` command prints in the learner's language.

    Examples
    --------
    >>> import argparse, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "w"
    >>> args = argparse.Namespace(seed=1, customers=5, partners=1, start="2023-01-01", months=1,
    ...                           out=str(out), format="csv", messy=False)
    >>> run(args)  # doctest: +ELLIPSIS
    Wrote 20 tables (... rows in all) to .../w:
      customers         rows: 5
    ...
    0
    >>> args.format, args.out = "sqlite", str(out) + ".sqlite"
    >>> run(args)  # doctest: +ELLIPSIS
    Wrote 20 tables (... rows in all) to .../w.sqlite:
    ...
    0
    """
    chosen = check_choice(args.format, FORMATS, name="--format")
    target = _check_out(args.out, chosen)  # before the work, not after it
    try:
        world = simulate(
            seed=args.seed,
            customers=args.customers,
            partners=args.partners,
            start=args.start,
            months=args.months,
            messy=bool(args.messy),
        )
        if chosen == "csv":
            where = world.to_csv(target)
        elif chosen == "parquet":
            where = world.to_parquet(target)
        else:
            where = world.to_sqlite(target)
    except RelkitError as err:
        renamed = _named_as_option(err)
        if renamed is err:
            raise
        raise renamed from err
    rows = sum(len(frame) for frame in world.tables.values())
    print(translate("sim.cli.written", tables=len(world), rows=f"{rows:,}", path=str(where)))
    print("\n".join(repr(world).splitlines()[1:]))
    return 0
