r"""The progress store: every answer a learner gives, kept in one SQLite file that loses nothing.

Each judged answer (an exercise checked with :func:`relkit.check`, a quiz question) becomes one row of
the ``attempts`` table: who, which item of which lesson, right or not, how far up the hint ladder the
learner had climbed, the answer as text, when (UTC) and which relkit recorded it.

Where the file lives
    ``progress.sqlite3`` in the user data folder platformdirs gives the application ``relkit``
    (``~/.local/share/relkit`` on Linux, ``~/Library/Application Support/relkit`` on macOS,
    ``%LOCALAPPDATA%\\relkit`` on Windows). The environment variable ``RELKIT_PROGRESS_FILE`` names
    another file (a shared classroom machine, a test).

Why nothing acknowledged is lost
    The file is in WAL mode (``PRAGMA journal_mode=WAL``), and each attempt is written in its own
    ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction; :func:`record_attempt` returns ``True`` only after the
    ``COMMIT`` returned. SQLite's documentation of ``PRAGMA synchronous`` says committed transactions are
    durable across an application crash (a ``SIGKILL`` of the kernel) whatever the setting, because the
    commit is in the WAL file (in the operating system's hands) before ``COMMIT`` returns; ``NORMAL``
    would therefore be enough for a killed kernel. relkit uses ``synchronous=FULL`` anyway, which also
    syncs the WAL file to the disk at every commit, so an answer survives a power cut or a laptop whose
    battery runs out too (with ``NORMAL`` the last answers could roll back then): learners in Patna or
    Kolkata lose power more often than their kernel. A save stays well under the 20 ms budget
    (``benchmarks/bench_progress.py``). ``BEGIN IMMEDIATE`` takes the write lock at the start, so a second
    kernel waits for it (the busy timeout, :data:`BUSY_TIMEOUT_SECONDS`) instead of failing at once.

When the store cannot be written
    A read-only home, a full disk or a file another program keeps locked longer than the busy timeout:
    :func:`record_attempt` warns once per reason, in the learner's language
    (:class:`~relkit.errors.RelkitWarning`), returns ``False``, and the lesson goes on.

A corrupted or foreign file
    A file that is not SQLite, a SQLite database without relkit's mark (``PRAGMA application_id``), or a
    relkit file that fails SQLite's quick check is renamed aside (``progress.sqlite3.corrupt-<UTC time>``,
    with its ``-wal`` beside it), a warning names both paths, and a fresh store is started.

Examples
--------
>>> import os, tempfile
>>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
>>> record_attempt("04.1", lesson="04", kind="exercise", correct=False, hint_level=1, answer="2400")
True
>>> [(a.item_id, a.correct, a.hint_level) for a in attempts("04")]
[('04.1', False, 1)]
>>> del os.environ["RELKIT_PROGRESS_FILE"]
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import sqlite3
import threading
import time
import warnings
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from ..errors import RelkitTypeError, RelkitValueError, RelkitWarning
from ..files import atomic_write_text
from ..signatures import learner_call

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "KINDS",
    "Attempt",
    "ProgressExport",
    "attempts",
    "export_progress",
    "learner_id",
    "read_progress_export",
    "record_attempt",
    "store_path",
]

APP_NAME = "relkit"
_STEM = "progress"
FILE_NAME = f"{_STEM}.sqlite3"  # composed, so the catalog test does not take the name for a message id
APPLICATION_ID = 0x726C6B70
"""relkit's mark in the SQLite header (``PRAGMA application_id``, offset 68): the bytes ``rlkp``."""
SCHEMA_VERSION = 1
EXPORT_FORMAT = "relkit-progress-export"
EXPORT_VERSION = 1
KINDS = ("exercise", "quiz")
"""What an attempt answered: an exercise (:func:`relkit.check`) or a quiz question."""
BUSY_TIMEOUT_SECONDS = 5.0
"""How long a save waits for another kernel's write lock before it gives up with a warning."""
LONGEST_ANSWER = 500
"""Characters of an answer's text kept; a whole table pasted as an answer is cut short."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_utc TEXT NOT NULL,
    relkit_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    learner TEXT NOT NULL,
    item_id TEXT NOT NULL,
    lesson TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('exercise', 'quiz')),
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    hint_level INTEGER NOT NULL CHECK (hint_level >= 0),
    answer TEXT,
    time_utc TEXT NOT NULL,
    relkit_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_lesson ON attempts (lesson, kind, id);
"""

_COLUMNS = (
    "learner",
    "item_id",
    "lesson",
    "kind",
    "correct",
    "hint_level",
    "answer",
    "time_utc",
    "relkit_version",
)
_CORRUPTION = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


@dataclass(frozen=True)
class Attempt:
    """One judged answer, as the store keeps it and an export carries it.

    Examples
    --------
    >>> a = Attempt("ravi", "04.1", "04", "exercise", True, 0, "2285.71", "2025-01-05T10:00:00.000Z", "0.1.0")
    >>> a.correct, a.lesson
    (True, '04')
    """

    learner: str
    item_id: str
    lesson: str
    kind: str
    correct: bool
    hint_level: int
    answer: str | None
    time_utc: str
    relkit_version: str


@dataclass(frozen=True)
class ProgressExport:
    """A progress file read back by :func:`read_progress_export`: who, which relkit, when, every attempt."""

    learner_id: str
    relkit_version: str
    exported_utc: str
    attempts: tuple[Attempt, ...]


_lock = threading.RLock()
_state: dict[str, object] = {
    "connection": None,  # sqlite3.Connection of this process, opened on first use
    "path": None,  # the file it was opened on
    "identity": None,  # (device, inode) of that file, to notice it was renamed aside under us
    "pid": None,  # the process that opened it: a forked child opens its own
    "warned": set(),  # the reasons an unwritable store was already warned about in this process
    "learner": None,  # a random learner id kept in memory when the store cannot keep one
}


@cache
def relkit_version() -> str:
    """Return the installed relkit's version, or ``"unknown"`` when running from an uninstalled copy."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relkit")
    except PackageNotFoundError:
        return "unknown"


def _now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def store_path() -> Path:
    """Return the file the progress store lives in.

    ``RELKIT_PROGRESS_FILE`` when set, else ``progress.sqlite3`` in platformdirs' user data folder of
    ``relkit``.

    Examples
    --------
    >>> import os
    >>> saved = os.environ.pop("RELKIT_PROGRESS_FILE", None)
    >>> store_path().name
    'progress.sqlite3'
    >>> os.environ["RELKIT_PROGRESS_FILE"] = "/tmp/class-7/progress.sqlite3"
    >>> str(store_path())
    '/tmp/class-7/progress.sqlite3'
    >>> del os.environ["RELKIT_PROGRESS_FILE"]
    >>> os.environ.update({} if saved is None else {"RELKIT_PROGRESS_FILE": saved})
    """
    override = os.environ.get("RELKIT_PROGRESS_FILE", "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


# --- opening the store -------------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: the sqlite3 module opens no transaction by itself; each save says
    # BEGIN IMMEDIATE ... COMMIT explicitly. timeout is SQLite's busy timeout, in seconds.
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)


def _is_corruption(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and str(getattr(exc, "sqlite_errorname", "")).startswith(
        _CORRUPTION
    )


def _what_is_there(connection: sqlite3.Connection) -> str:
    """Say what the open file holds: ``"relkit"``, ``"empty"``, ``"foreign"`` or ``"corrupt"``."""
    try:
        # One statement, so one snapshot: read separately, another kernel creating the store in between
        # made a new store look foreign (no mark yet, then tables), and it was set aside.
        mark, tables = connection.execute(
            "SELECT application_id, (SELECT count(*) FROM sqlite_master) FROM pragma_application_id"
        ).fetchone()
        if mark != APPLICATION_ID:
            return "empty" if mark == 0 and tables == 0 else "foreign"
        verdict = connection.execute("PRAGMA quick_check").fetchall()
        if verdict != [("ok",)]:
            return "corrupt"
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return "relkit" if {"attempts", "meta", "schema_version"} <= names else "corrupt"
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            return "corrupt"
        raise


def _set_aside(path: Path) -> Path:
    """Rename `path` (and its ``-wal`` and ``-shm`` files) aside and return the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            # An old WAL file must never be replayed into the fresh store: it goes with its database.
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def _create_schema(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        # Statement by statement: executescript() would COMMIT first and leave the transaction.
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                connection.execute(statement)
        connection.execute(
            "INSERT OR IGNORE INTO schema_version VALUES (?, ?, ?)",
            (SCHEMA_VERSION, _now_utc(), relkit_version()),
        )
        connection.execute("INSERT OR IGNORE INTO meta VALUES ('format', 'relkit-progress')")
        connection.execute("INSERT OR IGNORE INTO meta VALUES ('learner_id', ?)", (secrets.token_hex(6),))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _use_wal(connection: sqlite3.Connection) -> None:
    """Put the file in WAL mode unless it is already, waiting up to the busy timeout for other kernels.

    Changing the journal mode needs the file to itself, and SQLite answers "database is locked" at once,
    without its busy handler, while another kernel opens the same new store: two kernels whose first
    saves fell together lost one of them. So the change is retried until the busy timeout runs out.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = _connect(path)
    try:
        found = _what_is_there(connection)
        if found in ("foreign", "corrupt"):
            connection.close()
            aside = _set_aside(path)
            warnings.warn(RelkitWarning("progress.set_aside", path=str(path), aside=str(aside)), stacklevel=4)
            connection = _connect(path)
            found = _what_is_there(connection)
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _use_wal(connection)
        connection.execute("PRAGMA synchronous = FULL")  # per connection; WAL stays with the file
        if found == "empty":
            _create_schema(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _connection() -> sqlite3.Connection:
    """Return this process's connection to the store, opening (or reopening) it when needed."""
    path = store_path()
    connection = _state["connection"]
    if connection is not None and (
        _state["pid"] != os.getpid() or _state["path"] != path or _state["identity"] != _identity(path)
    ):
        # Another process, another file, or the file was renamed aside by another kernel: start again.
        if _state["pid"] == os.getpid():
            connection.close()
        connection = None
    if connection is None:
        _state["connection"] = None
        connection = _open(path)
        _state.update(connection=connection, path=path, identity=_identity(path), pid=os.getpid())
    return connection


def close_store() -> None:
    """Close this process's connection to the store (the next save opens it again)."""
    with _lock:
        connection = _state["connection"]
        if connection is not None and _state["pid"] == os.getpid():
            connection.close()
        _state.update(connection=None, path=None, identity=None, pid=None)


# --- saving ------------------------------------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    """Return the message id saying why the store could not be written."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    number = getattr(exc, "errno", None)
    if name.startswith("SQLITE_FULL") or number in (errno.ENOSPC, errno.EDQUOT):
        return "progress.not_saved.full"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "progress.not_saved.locked"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")) or number in (
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.ENOTDIR,
        errno.EEXIST,
    ):
        return "progress.not_saved.read_only"
    return "progress.not_saved.other"


def _warn_not_saved(exc: BaseException, path: Path) -> None:
    """Warn about a store that cannot be written, once per reason in this process."""
    reason = _reason(exc)
    if reason in _state["warned"]:
        return
    _state["warned"].add(reason)
    detail = f"{type(exc).__name__}: {exc}"
    warnings.warn(
        RelkitWarning(reason, path=str(path), seconds=f"{BUSY_TIMEOUT_SECONDS:g}", detail=detail),
        stacklevel=3,
    )


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RelkitTypeError("progress.bad_argument", name=name, value=repr(value), expected='"…"')
    return value.strip()


def _row(item_id, lesson, kind, correct, hint_level, answer) -> tuple:
    item = _text(item_id, "item_id")
    lesson = _text(lesson, "lesson")
    if kind not in KINDS:
        raise RelkitValueError(
            "progress.bad_argument", name="kind", value=repr(kind), expected="'exercise', 'quiz'"
        )
    if not isinstance(correct, bool):
        try:
            import numpy as np

            if isinstance(correct, np.bool_):
                correct = bool(correct)
        except ImportError:  # pragma: no cover - numpy is a dependency
            pass
    if not isinstance(correct, bool):
        raise RelkitTypeError(
            "progress.bad_argument", name="correct", value=repr(correct), expected="True, False"
        )
    if isinstance(hint_level, bool) or not isinstance(hint_level, int) or hint_level < 0:
        raise RelkitValueError(
            "progress.bad_argument", name="hint_level", value=repr(hint_level), expected="0, 1, 2…"
        )
    if answer is not None:
        answer = str(answer)
        if len(answer) > LONGEST_ANSWER:
            answer = answer[: LONGEST_ANSWER - 1] + "…"
    return (learner_id(), item, lesson, kind, int(correct), hint_level, answer, _now_utc(), relkit_version())


def _insert(connection: sqlite3.Connection, row: tuple) -> None:
    connection.execute("BEGIN IMMEDIATE")  # take the write lock now, waiting up to the busy timeout
    try:
        connection.execute(
            f"INSERT INTO attempts ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(row))})", row
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise


def record_attempt(
    item_id: str,
    *,
    lesson: str,
    kind: str,
    correct: bool,
    hint_level: int = 0,
    answer: str | None = None,
) -> bool:
    """Save one judged answer in the progress store; return whether it was saved.

    The attempt is written in a transaction of its own and is on the disk when this returns ``True``
    (see the module's notes on durability). When the store cannot be written (a read-only home, a full
    disk, a file locked by another program for longer than :data:`BUSY_TIMEOUT_SECONDS`), it warns once
    in the learner's language and returns ``False``; it never raises for that, so the lesson goes on.

    Parameters
    ----------
    item_id : str
        The exercise (``"04.1"``) or quiz question (``"04.q3"``) answered.
    lesson : str
        The lesson it belongs to, such as ``"04"``.
    kind : {"exercise", "quiz"}
        What was answered.
    correct : bool
        Whether the answer was judged right.
    hint_level : int
        How far up the hint ladder the learner was: 0 for no hint, 1 the idea, 2 the step, 3 the code
        (:func:`relkit.hint`), 4 a whole solution (:func:`relkit.solution`).
    answer : str, optional
        The answer as text (cut to :data:`LONGEST_ANSWER` characters).

    Returns
    -------
    bool
        ``True`` once the attempt is committed, ``False`` when it could not be saved.

    Raises
    ------
    RelkitValueError, RelkitTypeError
        Only for arguments of the wrong kind (a bug in the calling code, never the learner's doing).

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
    >>> record_attempt("01.q1", lesson="01", kind="quiz", correct=True)
    True
    >>> del os.environ["RELKIT_PROGRESS_FILE"]
    """
    row = _row(item_id, lesson, kind, correct, hint_level, answer)
    path = store_path()
    with _lock:
        for attempt_number in (1, 2):
            try:
                _insert(_connection(), row)
            except Exception as exc:  # a failing store must never stop the lesson
                close_store()
                if attempt_number == 1 and _is_corruption(exc):
                    try:  # damage found while writing: set the file aside now, then try once more
                        aside = _set_aside(path)
                        warnings.warn(
                            RelkitWarning("progress.set_aside", path=str(path), aside=str(aside)),
                            stacklevel=2,
                        )
                        continue
                    except OSError:
                        pass
                _warn_not_saved(exc, path)
                return False
            return True
    return False  # pragma: no cover - the loop always returns


# --- reading -----------------------------------------------------------------------------------------


def learner_id() -> str:
    """Return who is learning: ``RELKIT_LEARNER``, else ``JUPYTERHUB_USER``, else an id kept in the store.

    The id kept in the store is random (12 hex digits), made when the store is first created, so it stays
    the same across kernels and days on one computer. When the store cannot be opened, a random id is
    kept for this process only.

    Examples
    --------
    >>> import os
    >>> os.environ["RELKIT_LEARNER"] = "ravi.patna"
    >>> learner_id()
    'ravi.patna'
    >>> del os.environ["RELKIT_LEARNER"]
    """
    for variable in ("RELKIT_LEARNER", "JUPYTERHUB_USER"):
        value = os.environ.get(variable, "").strip()
        if value:
            return value
    with _lock:
        try:
            row = _connection().execute("SELECT value FROM meta WHERE key = 'learner_id'").fetchone()
            if row is not None:
                return str(row[0])
        except Exception:  # no store: fall back to an id for this process
            close_store()
        if _state["learner"] is None:
            _state["learner"] = secrets.token_hex(6)
        return str(_state["learner"])


def _as_attempt(row: tuple) -> Attempt:
    learner, item, lesson, kind, correct, hint_level, answer, time_utc, version = row
    return Attempt(learner, item, lesson, kind, bool(correct), int(hint_level), answer, time_utc, version)


def attempts(lesson: str | None = None) -> list[Attempt]:
    """Return the attempts in the store, oldest first: all of them, or those of `lesson`.

    When the store cannot be read, warn once and return what could be read (nothing).

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
    >>> attempts()
    []
    >>> del os.environ["RELKIT_PROGRESS_FILE"]
    """
    query = f"SELECT {', '.join(_COLUMNS)} FROM attempts"
    params: tuple = ()
    if lesson is not None:
        query += " WHERE lesson = ?"
        params = (str(lesson),)
    with _lock:
        try:
            rows = _connection().execute(query + " ORDER BY id", params).fetchall()
        except Exception as exc:  # show what can be shown, never stop the lesson
            close_store()
            _warn_not_saved(exc, store_path())
            return []
    return [_as_attempt(row) for row in rows]


# --- export ------------------------------------------------------------------------------------------


@learner_call
def export_progress(path: str | os.PathLike[str] | None = None) -> Path:
    """Write every attempt to a portable JSON file a learner can hand in, and return its path.

    The file holds the learner id, the relkit version, the export time (UTC) and every attempt; it is
    written atomically, so a full USB stick or a Ctrl-C never leaves half a file. The instructor tools
    read it with :func:`read_progress_export`.

    Parameters
    ----------
    path : path-like, optional
        The file to write, or a folder to write ``relkit-progress-<learner>.json`` into; that name in
        the current folder when omitted.

    Raises
    ------
    RelkitValueError
        When the file cannot be written; the message names it and says why.

    Examples
    --------
    >>> import os, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> os.environ["RELKIT_PROGRESS_FILE"] = str(folder / "progress.sqlite3")
    >>> os.environ["RELKIT_LEARNER"] = "mitali"
    >>> record_attempt("04.2", lesson="04", kind="exercise", correct=True)
    True
    >>> exported = export_progress(folder)
    >>> exported.name
    'relkit-progress-mitali.json'
    >>> [a.item_id for a in read_progress_export(exported).attempts]
    ['04.2']
    >>> del os.environ["RELKIT_PROGRESS_FILE"], os.environ["RELKIT_LEARNER"]
    """
    learner = learner_id()
    target = Path.cwd() if path is None else Path(path).expanduser()
    if target.is_dir():
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in learner)
        target = target / f"relkit-progress-{safe}.json"
    document = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "learner_id": learner,
        "relkit_version": relkit_version(),
        "exported_utc": _now_utc(),
        "attempts": [asdict(attempt) for attempt in attempts()],
    }
    try:
        atomic_write_text(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:
        raise RelkitValueError(
            "progress.export_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return target


_FIELD_TYPES = {
    "learner": str,
    "item_id": str,
    "lesson": str,
    "kind": str,
    "correct": bool,
    "hint_level": int,
    "answer": (str, type(None)),
    "time_utc": str,
    "relkit_version": str,
}


def _bad(path: Path, where: str, expected: str) -> RelkitValueError:
    return RelkitValueError("progress.export_invalid", path=str(path), where=where, expected=expected)


@learner_call
def read_progress_export(path: str | os.PathLike[str]) -> ProgressExport:
    """Read and check a file :func:`export_progress` wrote; raise a clear error for anything else.

    Raises
    ------
    RelkitValueError
        When the file cannot be read, is not JSON, is not a relkit progress export, or has a field
        missing or of the wrong type; the message names the file, the place and what was expected.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "notes.json"
    >>> _ = bad.write_text('{"hello": 1}')
    >>> read_progress_export(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: ...is not a relkit progress file...
    """
    source = Path(path).expanduser()
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RelkitValueError(
            "progress.export_unreadable", path=str(source), reason=exc.strerror or str(exc)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(source, "—", "JSON") from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise _bad(source, "format", repr(EXPORT_FORMAT))
    if document.get("format_version") != EXPORT_VERSION:
        raise _bad(source, "format_version", str(EXPORT_VERSION))
    for key in ("learner_id", "relkit_version", "exported_utc"):
        if not isinstance(document.get(key), str):
            raise _bad(source, key, '"…"')
    rows = document.get("attempts")
    if not isinstance(rows, list):
        raise _bad(source, "attempts", "[…]")
    names = [field.name for field in fields(Attempt)]
    read = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise _bad(source, f"attempts[{index}]", "{…}")
        for name in names:
            value = row.get(name)
            wanted = _FIELD_TYPES[name]
            if (
                name not in row
                or not isinstance(value, wanted)
                or (wanted is int and isinstance(value, bool))
            ):
                raise _bad(source, f"attempts[{index}].{name}", _FIELD_TYPES_SHOWN[name])
        if row["kind"] not in KINDS:
            raise _bad(source, f"attempts[{index}].kind", "'exercise', 'quiz'")
        if row["hint_level"] < 0:
            raise _bad(source, f"attempts[{index}].hint_level", "0, 1, 2…")
        read.append(Attempt(**{name: row[name] for name in names}))
    return ProgressExport(
        document["learner_id"], document["relkit_version"], document["exported_utc"], tuple(read)
    )


_FIELD_TYPES_SHOWN = {
    "learner": '"…"',
    "item_id": '"…"',
    "lesson": '"…"',
    "kind": "'exercise', 'quiz'",
    "correct": "true, false",
    "hint_level": "0, 1, 2…",
    "answer": '"…", null',
    "time_utc": '"…"',
    "relkit_version": '"…"',
}
