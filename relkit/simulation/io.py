"""Writing a world to CSV, Parquet or SQLite, all or nothing, with its ``world.json``.

A folder is assembled by :func:`relkit.files.atomic_directory` and an SQLite database is built in memory
and written with :func:`relkit.files.atomic_write_bytes`, so a failure never leaves half a world behind.
Each writer also records where the world came from (:mod:`relkit.simulation.provenance`): a
``world.json`` file in a folder, a ``relkit_world`` table in an SQLite file. Reading them back is
:mod:`relkit.simulation.sources`.
"""

from __future__ import annotations

import io
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..errors import RelkitValueError
from ..files import atomic_directory, atomic_write_bytes
from .provenance import METADATA_FILE, METADATA_TABLE, fingerprint_of, metadata, metadata_bytes
from .schema import MESSY_TABLES, TABLES, Table, date_format, frame_from_text, text_dtypes

__all__ = [
    "csv_bytes",
    "read_csv_table",
    "table_spec",
    "world_fingerprint",
    "write_csv",
    "write_parquet",
    "write_sqlite",
]

_SQL_TYPES = {
    "int": "INTEGER",
    "int?": "INTEGER",
    "float": "REAL",
    "float?": "REAL",
    "bool": "INTEGER",
    "bool?": "INTEGER",
}


def table_spec(name: str) -> Table:
    """Return the description of table `name`."""
    return TABLES[name] if name in TABLES else MESSY_TABLES[name]


def csv_text(name: str, frame: pd.DataFrame) -> str:
    """Return the CSV text of one table: UTF-8, Unix line ends, dates as ISO text, missing as empty."""
    return frame.to_csv(index=False, lineterminator="\n", date_format=date_format(table_spec(name)))


def csv_bytes(name: str, frame: pd.DataFrame) -> bytes:
    """Return the canonical CSV bytes of one table (:func:`csv_text` in UTF-8), which fingerprints hash."""
    return csv_text(name, frame).encode("utf-8")


def world_fingerprint(tables: Mapping[str, pd.DataFrame]) -> str:
    """Return the fingerprint of a world's tables as they are now (:mod:`relkit.simulation.provenance`)."""
    return fingerprint_of((name, csv_bytes(name, frame)) for name, frame in tables.items())


def write_csv_table(folder: Path, name: str, frame: pd.DataFrame) -> bytes:
    """Write one table as ``<folder>/<name>.csv`` and return the bytes written.

    Bytes, not text, so that the line ends are Unix ones on every system and the file is the canonical
    form its fingerprint hashes.
    """
    data = csv_bytes(name, frame)
    (folder / f"{name}.csv").write_bytes(data)
    return data


def write_csv_into(
    folder: Path, tables: Mapping[str, pd.DataFrame], settings: Mapping[str, object]
) -> dict[str, object]:
    """Write every table and ``world.json`` into the existing `folder`, and return what ``world.json`` says.

    Not atomic by itself: callers write into a folder they will rename into place.
    """
    texts = {}
    for name, frame in tables.items():
        data = write_csv_table(folder, name, frame)
        texts[name] = data if isinstance(data, bytes) else (folder / f"{name}.csv").read_bytes()
    meta = metadata(settings, fingerprint_of(texts.items()), tables)
    (folder / METADATA_FILE).write_bytes(metadata_bytes(meta))
    return meta


def write_csv(
    tables: Mapping[str, pd.DataFrame], out: str | os.PathLike[str], *, settings: Mapping[str, object]
) -> Path:
    """Write every table as ``<out>/<table>.csv``, and ``<out>/world.json``; `out` must be new or empty."""
    with atomic_directory(out, argument="out") as staging:
        write_csv_into(staging, tables, settings)
    return Path(out).expanduser()


def write_parquet(
    tables: Mapping[str, pd.DataFrame], out: str | os.PathLike[str], *, settings: Mapping[str, object]
) -> Path:
    """Write every table as ``<out>/<table>.parquet`` (needs pyarrow), and ``<out>/world.json``.

    `out` must be new or empty.

    Parquet keeps a category column's words only with its values, so a table with no rows (a small
    world may have no leads) reads back with the right columns but categories without their words.
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise RelkitValueError("sim.err.no_pyarrow") from None
    meta = metadata(settings, world_fingerprint(tables), tables)
    with atomic_directory(out, argument="out") as staging:
        for name, frame in tables.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        (staging / METADATA_FILE).write_bytes(metadata_bytes(meta))
    return Path(out).expanduser()


_SQL_KEYWORDS = frozenset({"group", "order"})  # SQL's reserved words among column names, now or soon


def _quoted(column: str) -> str:
    """Return `column` as SQL may name it: ``campaign_members.group`` is a keyword and needs quotes."""
    return f'"{column}"' if column in _SQL_KEYWORDS else column


def _create_statement(name: str, table: Table) -> str:
    lines = []
    for column, kind in table.columns.items():
        sql_type = "TEXT" if isinstance(kind, tuple) else _SQL_TYPES.get(kind, "TEXT")
        required = "" if isinstance(kind, tuple) or kind.endswith("?") else " NOT NULL"
        lines.append(f"{_quoted(column)} {sql_type}{required}")
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({', '.join(map(_quoted, table.primary_key))})")
    lines.extend(
        # checked when the whole world is in: orders name their couriers before partners are written
        f"FOREIGN KEY ({_quoted(column)}) REFERENCES {parent}({_quoted(key)}) DEFERRABLE INITIALLY DEFERRED"
        for column, (parent, key) in table.foreign_keys.items()
    )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {name} (\n  {body}\n)"


def _sql_rows(name: str, text: str) -> list[tuple]:
    """Rows for SQLite from a table's CSV text: dates as ISO text, missing values as NULL, yes/no as 1/0."""
    text = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    table = table_spec(name)
    columns = []
    for column, kind in table.columns.items():
        values = text[column]
        if kind in ("int", "int?"):
            values = pd.to_numeric(values.replace("", None)).astype("Int64")
        elif kind in ("float", "float?"):
            values = pd.to_numeric(values.replace("", None))
        elif kind in ("bool", "bool?"):
            values = values.map({"True": 1, "False": 0, "": None})
        columns.append([None if pd.isna(v) else v.item() if hasattr(v, "item") else v for v in values])
    return list(zip(*columns, strict=True))


def write_sqlite(
    tables: Mapping[str, pd.DataFrame], path: str | os.PathLike[str], *, settings: Mapping[str, object]
) -> Path:
    """Write every table into one SQLite file at `path`, with primary and foreign keys declared.

    The table ``relkit_world`` holds what a folder's ``world.json`` would, in its one row. The database
    is built in memory and written in one step; `path` must not exist yet, and a file that appears there
    meanwhile is not replaced either.
    """
    target = Path(path).expanduser()
    if target.exists():
        raise RelkitValueError("sim.err.file_exists", name="path", path=str(target))
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        # Every table first: SQLite refuses a row whose foreign key names a table that does not exist
        # yet (orders name their couriers, who are partners), even when the check itself is deferred.
        for name in tables:
            connection.execute(_create_statement(name, table_spec(name)))
        texts = {name: csv_text(name, frame) for name, frame in tables.items()}
        for name, text in texts.items():
            marks = ", ".join("?" * len(table_spec(name).columns))
            connection.executemany(f"INSERT INTO {name} VALUES ({marks})", _sql_rows(name, text))
        fingerprint = fingerprint_of((name, text.encode("utf-8")) for name, text in texts.items())
        meta = metadata_bytes(metadata(settings, fingerprint, tables)).decode("utf-8")
        connection.execute(f"CREATE TABLE {METADATA_TABLE} (json TEXT NOT NULL)")
        connection.execute(f"INSERT INTO {METADATA_TABLE} VALUES (?)", (meta,))
        connection.commit()  # the deferred foreign keys are checked here, with the whole world in
        data = connection.serialize()
    finally:
        connection.close()
    try:
        return atomic_write_bytes(target, data, overwrite=False)
    except FileExistsError:  # made by someone else while the world was being written
        raise RelkitValueError("sim.err.file_exists", name="path", path=str(target)) from None
    except OSError as exc:
        raise RelkitValueError(
            "err.out_not_writable", name="path", path=str(target), reason=exc.strerror or str(exc)
        ) from exc


def read_csv_table(name: str, source) -> pd.DataFrame:
    """Read table `name` from a CSV file or readable text stream, with the dtypes of a simulated world."""
    table = table_spec(name)
    frame = pd.read_csv(
        source,
        dtype=text_dtypes(table),
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    return frame_from_text(frame, table)
