"""Opening a world: the default one, a folder or SQLite file relkit wrote, or the one ``RELKIT_WORLD`` names.

:func:`load_world` also remembers which world the learner last loaded in this kernel and keeps a private,
pristine copy of it: :func:`learner_world` hands that copy to the exercise checks
(:func:`relkit.exercises.registry.default_world`), so a learner working on their own world is judged on
it, and changing their own tables never changes what the checks expect. Worlds are kept by fingerprint
(the last few), so opening the same folder again costs only the copy.

Every problem with a path is a learner-language error naming the path and the fix: a path that does not
exist, a folder without ``world.json`` (not written by relkit), a table missing from it, a file changed
after relkit wrote it (its fingerprint no longer matches), a file that is not a relkit SQLite world.
"""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..errors import RelkitTypeError, RelkitValueError
from ..signatures import learner_call
from ..validation import show_value
from .defaults import DEFAULT_SETTINGS, default_csv_bytes, default_tables
from .io import csv_text, read_csv_table, table_spec
from .provenance import FORMAT, KIND, METADATA_FILE, METADATA_TABLE, fingerprint_of
from .schema import MESSY_TABLES, TABLES
from .world import World

__all__ = ["ENVIRONMENT", "learner_world", "load_world", "open_world"]

ENVIRONMENT = "RELKIT_WORLD"
"""The environment variable naming the world :func:`load_world` opens when given no path."""

KEEP = 4
"""How many pristine worlds a kernel keeps (the one loaded last is always among them)."""

_SQLITE_HEADER = b"SQLite format 3\x00"
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_KNOWN_TABLES = frozenset(TABLES) | frozenset(MESSY_TABLES)

_lock = threading.RLock()
_pristine: OrderedDict[str, World] = OrderedDict()
"""Fingerprint -> a world as it was read, private to relkit; most recently used last."""
_last: list[str] = []
"""The fingerprint of the world the learner last loaded in this kernel (empty until then)."""
_default_fingerprint: list[str] = []


# --- the pristine worlds ---------------------------------------------------------------------------------
def _keep(fingerprint: str, world: World) -> World:
    with _lock:
        _pristine[fingerprint] = world
        _pristine.move_to_end(fingerprint)
        while len(_pristine) > KEEP:
            oldest = next(iter(_pristine))
            if _last and oldest == _last[0]:
                _pristine.move_to_end(oldest)
                continue
            del _pristine[oldest]
    return world


def _kept(fingerprint: str) -> World | None:
    with _lock:
        world = _pristine.get(fingerprint)
        if world is not None:
            _pristine.move_to_end(fingerprint)
        return world


def _fresh(world: World) -> World:
    return World({name: frame.copy() for name, frame in world.tables.items()}, settings=world.settings)


def _default() -> tuple[str, World]:
    """Return the default world's fingerprint (of the shipped files' bytes) and pristine copy."""
    with _lock:
        if not _default_fingerprint:
            _default_fingerprint.append(fingerprint_of(default_csv_bytes().items()))
        fingerprint = _default_fingerprint[0]
        world = _kept(fingerprint)
        if world is None:
            tables = {name: frame.copy() for name, frame in default_tables().items()}
            world = _keep(fingerprint, World(tables, settings=DEFAULT_SETTINGS))
        return fingerprint, world


# --- reading a world relkit wrote --------------------------------------------------------------------------
def _as_path(path: object, argument: str) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise RelkitTypeError(
            "sim.world.path_type", name=argument, value=show_value(path), kind=type(path).__name__
        )
    text = os.fspath(path)
    if isinstance(text, bytes) or not str(text).strip():
        raise RelkitTypeError("sim.world.path_type", name=argument, value=show_value(path), kind="str")
    return Path(str(text).strip()).expanduser()


def _metadata(data: bytes | str, *, where: Path, argument: str) -> dict:
    """Return the checked content of ``world.json`` (or the SQLite metadata row) found at `where`."""
    try:
        meta = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        meta = None
    if not isinstance(meta, dict) or meta.get("kind") != KIND:
        raise RelkitValueError("sim.world.bad_metadata", name=argument, path=str(where))
    version = meta.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise RelkitValueError("sim.world.newer_format", name=argument, path=str(where))
    tables, settings, fingerprint = meta.get("tables"), meta.get("settings"), meta.get("fingerprint")
    if (
        version != FORMAT
        or not isinstance(tables, list)
        or not tables
        or any(not isinstance(name, str) or name not in _KNOWN_TABLES for name in tables)
        or not isinstance(settings, dict)
        or not isinstance(fingerprint, str)
        or not _FINGERPRINT.fullmatch(fingerprint)
    ):
        raise RelkitValueError("sim.world.bad_metadata", name=argument, path=str(where))
    return meta


def _check_fingerprint(found: str, meta: Mapping, *, where: Path, argument: str) -> None:
    if found != meta["fingerprint"]:
        raise RelkitValueError(
            "sim.world.tampered", name=argument, path=str(where), expected=meta["fingerprint"], found=found
        )


def _canonical(name: str, frame: pd.DataFrame) -> tuple[bytes, pd.DataFrame]:
    """Return a table's canonical CSV bytes and the frame read back from them (the dtypes of a CSV world)."""
    text = csv_text(name, frame)
    return text.encode("utf-8"), read_csv_table(name, io.StringIO(text))


def _open_folder(folder: Path, argument: str) -> tuple[str, World]:
    meta_path = folder / METADATA_FILE
    if not meta_path.is_file():
        inside = sorted(p.name for p in folder.iterdir() if (p / METADATA_FILE).is_file())[:3]
        if inside:  # the folder of all the students' worlds, or a parent folder
            raise RelkitValueError(
                "sim.world.folder_of_worlds", name=argument, path=str(folder), example=str(folder / inside[0])
            )
        raise RelkitValueError("sim.world.no_metadata", name=argument, path=str(folder))
    meta = _metadata(meta_path.read_bytes(), where=meta_path, argument=argument)
    files = {}
    for name in meta["tables"]:
        for suffix in (".csv", ".parquet"):
            if (folder / f"{name}{suffix}").is_file():
                files[name] = folder / f"{name}{suffix}"
                break
        else:
            raise RelkitValueError(
                "sim.world.missing_table", name=argument, path=str(folder), table=name, file=f"{name}.csv"
            )
    if all(path.suffix == ".csv" for path in files.values()):
        data = {name: path.read_bytes().replace(b"\r\n", b"\n") for name, path in files.items()}
        fingerprint = fingerprint_of(data.items())
        _check_fingerprint(fingerprint, meta, where=folder, argument=argument)
        known = _kept(fingerprint)
        if known is not None:
            return fingerprint, known
        tables = {name: read_csv_table(name, io.BytesIO(raw)) for name, raw in data.items()}
    else:
        texts, tables = {}, {}
        for name, path in files.items():
            frame = read_csv_table(name, path) if path.suffix == ".csv" else _read_parquet(path, argument)
            texts[name], tables[name] = _canonical(name, frame)
        fingerprint = fingerprint_of(texts.items())
        _check_fingerprint(fingerprint, meta, where=folder, argument=argument)
    return fingerprint, _keep(fingerprint, World(tables, settings=meta["settings"]))


def _read_parquet(path: Path, argument: str) -> pd.DataFrame:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise RelkitValueError("sim.err.no_pyarrow") from None
    return pd.read_parquet(path)


def _sql_frame(name: str, connection: sqlite3.Connection) -> pd.DataFrame:
    """Read table `name` back from SQLite into the frame relkit wrote (before its canonical round trip)."""
    table = table_spec(name)
    columns = list(table.columns)
    quoted = ", ".join(f'"{column}"' for column in columns)
    rows = connection.execute(f"SELECT {quoted} FROM {name}").fetchall()  # in the order written
    raw = pd.DataFrame.from_records(rows, columns=columns, coerce_float=False)
    data = {}
    for column, kind in table.columns.items():
        values = raw[column]
        if kind in ("int", "int?"):
            data[column] = pd.array(values.astype(object), dtype="Int64")
        elif kind in ("float", "float?"):
            data[column] = pd.to_numeric(values.astype(object), errors="raise").astype("float64")
        elif kind in ("bool", "bool?"):
            data[column] = pd.array(values.map({1: True, 0: False}).astype(object), dtype="boolean")
        else:
            data[column] = values.astype(object)
    return pd.DataFrame(data, columns=columns)


def _open_sqlite(path: Path, argument: str) -> tuple[str, World]:
    data = path.read_bytes()
    if not data.startswith(_SQLITE_HEADER):
        raise RelkitValueError("sim.world.not_world_file", name=argument, path=str(path))
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(data)  # read from memory: no lock or journal next to the learner's file
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if METADATA_TABLE not in present:
            raise RelkitValueError("sim.world.no_metadata_sqlite", name=argument, path=str(path))
        row = connection.execute(f"SELECT json FROM {METADATA_TABLE}").fetchone()
        meta = _metadata(row[0] if row else "", where=path, argument=argument)
        texts, tables = {}, {}
        for name in meta["tables"]:
            if name not in present:
                raise RelkitValueError(
                    "sim.world.missing_table", name=argument, path=str(path), table=name, file=name
                )
            texts[name], tables[name] = _canonical(name, _sql_frame(name, connection))
    except sqlite3.DatabaseError:
        raise RelkitValueError("sim.world.not_world_file", name=argument, path=str(path)) from None
    finally:
        connection.close()
    fingerprint = fingerprint_of(texts.items())
    _check_fingerprint(fingerprint, meta, where=path, argument=argument)
    return fingerprint, _keep(fingerprint, World(tables, settings=meta["settings"]))


def _open(path: object, argument: str) -> tuple[str, World]:
    target = _as_path(path, argument)
    if not target.exists():
        raise RelkitValueError("sim.world.missing", name=argument, path=str(target))
    try:
        if target.is_dir():
            return _open_folder(target, argument)
        return _open_sqlite(target, argument)
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as err:
        if isinstance(err, RelkitValueError):
            raise
        raise RelkitValueError("sim.world.unreadable", name=argument, path=str(target)) from err
    except OSError as err:
        raise RelkitValueError(
            "sim.world.not_readable", name=argument, path=str(target), reason=err.strerror or str(err)
        ) from err


def _resolve(path: object, argument: str = "path") -> tuple[str, World]:
    """Return the fingerprint and pristine copy of the world `path`, ``RELKIT_WORLD`` or the default names."""
    if path is not None:
        return _open(path, argument)
    named = os.environ.get(ENVIRONMENT, "")
    if named.strip():
        return _open(named, ENVIRONMENT)
    return _default()


def open_world(path: str | os.PathLike[str] | None = None, *, argument: str = "path") -> World:
    """Return the pristine world at `path` (or ``RELKIT_WORLD``, or the default), without remembering it.

    The world returned is relkit's own copy: read it, never change it. For the instructor kit, which
    judges many worlds in one process; a learner calls :func:`load_world`. `argument` is the name
    error messages give `path` (such as ``--world``).

    Examples
    --------
    >>> open_world() is open_world()
    True
    """
    return _resolve(path, argument)[1]


def learner_world() -> World:
    """Return the pristine copy of the world the learner last loaded in this kernel.

    When no world was loaded yet, the one :func:`load_world` would load: ``RELKIT_WORLD`` or the
    default world. Read it, never change it: the checks compute their expected answers from it.

    Examples
    --------
    >>> import relkit
    >>> world = relkit.load_world()
    >>> world.customers.loc[0, "city"] = "Atlantis"
    >>> learner_world().customers.loc[0, "city"] != "Atlantis"
    True
    """
    with _lock:
        if _last:
            world = _kept(_last[0])
            if world is not None:
                return world
        fingerprint, world = _resolve(None)
        _last[:] = [fingerprint]
        return world


@learner_call
def load_world(path: str | os.PathLike[str] | None = None) -> World:
    """Return a world to work on: the one at `path`, else the one ``RELKIT_WORLD`` names, else the default.

    The default world is ``simulate(seed=DEFAULT_SEED)`` shipped with relkit, read without simulating.
    `path` is a world folder (CSV or Parquet, with its ``world.json``) or an SQLite file written by
    relkit: by :meth:`World.to_csv`, ``relkit simulate`` or ``relkit class-data``, or handed out by an
    instructor. The files are read once per kernel; each call returns fresh copies, so changing a table
    in one lesson does not change it for the next ``load_world()``. The checks
    (:func:`relkit.check`) judge answers on the world loaded last.

    Parameters
    ----------
    path : str or path-like, optional
        A world folder or SQLite file. Without it, the environment variable ``RELKIT_WORLD`` (set by
        ``relkit lab --world PATH``) names the world, or, when that is unset, the default world.

    Returns
    -------
    World

    Raises
    ------
    RelkitValueError
        When the path does not exist, holds no relkit world, lacks a table, or a file in it was changed
        after relkit wrote it; the message names the path and what to do.

    Examples
    --------
    >>> import relkit, tempfile, pathlib
    >>> world = relkit.load_world()
    >>> len(world.customers), len(world.partners)
    (2000, 60)
    >>> world.customers.loc[0, "city"] = "Atlantis"
    >>> relkit.load_world().customers.loc[0, "city"] != "Atlantis"
    True
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "mine"
    >>> small = relkit.simulate(seed=3, customers=30, partners=2, months=3)
    >>> mine = relkit.load_world(small.to_csv(folder))
    >>> mine.fingerprint == small.fingerprint, mine.settings["seed"]
    (True, 3)
    >>> relkit.load_world(folder.parent / "nowhere")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: There is no world at .../nowhere (given as `path`)...
    >>> _ = relkit.load_world()  # back to the default world for the examples that follow
    """
    fingerprint, world = _resolve(path)
    with _lock:
        _last[:] = [fingerprint]
    return _fresh(world)
