"""``relkit class-data``: one world and one answer key per student of a roster, written all or nothing.

The roster is a CSV file with a header row and a column of student ids, named ``student_id`` or ``id``
(in any case). Other columns, such as names or e-mail addresses, are read past and never written
anywhere: the output holds student ids only. Each student's world is ``simulate(seed=student_seed(id,
key))``, so the instructor can make it again from the id and the course key, and nobody can work out a
classmate's world without the key. The output folder::

    DIR/class.json                  {"format": 1, "relkit": "0.1.0", "roster_sha256": "...",
                                     "students": {student_id: folder_name}, "created": "2025-...Z"}
    DIR/worlds/<folder_name>/       the student's world: one CSV per table and world.json
    DIR/answers/<folder_name>.json  {"student_id", "seed", "world_fingerprint", "expected": {"04.1": ...}}

``roster_sha256`` is the SHA-256 of the sorted ids, one per line (:func:`roster_digest`), so a grader can
tell an answers folder made from another roster. ``folder_name`` is the id made safe as a file name
(:func:`folder_names`). The folder is built next to `DIR` under a temporary name and renamed into place
at the end, so a failure or Ctrl+C leaves nothing behind. Students are simulated in parallel, one process
per available core.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import multiprocessing
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from pathlib import Path

from ..errors import RelkitValueError
from ..files import atomic_directory, check_new_folder
from ..i18n import translate

__all__ = [
    "FORMAT",
    "ID_COLUMNS",
    "available_cores",
    "folder_names",
    "make_class_data",
    "read_roster",
    "roster_digest",
    "run",
]

FORMAT = 1
"""The version of the ``class.json`` layout."""

ID_COLUMNS = ("student_id", "id")
"""Headers that name the id column, in order of preference, compared without case or spaces."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_MAX_NAME = 80


# --- the roster ------------------------------------------------------------------------------------------
def read_roster(path: str | os.PathLike[str], *, argument: str = "--roster") -> list[str]:
    r"""Return the student ids of the roster CSV at `path`, in roster order, spaces around them removed.

    Only the id column is kept; every other column is read past. Rows are counted as a spreadsheet
    shows them: the header is row 1.

    Raises
    ------
    RelkitValueError
        When the file is missing or not UTF-8 text, has no ``student_id`` or ``id`` column, has a blank
        row or a row without an id, lists an id twice, or lists nobody; the message names the file, the
        row and the fix.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> roster = pathlib.Path(tempfile.mkdtemp()) / "roster.csv"
    >>> _ = roster.write_text("Name,Student_ID\nAsha Verma, PAT-001 \nRavi Das,PAT-002\n")
    >>> read_roster(roster)
    ['PAT-001', 'PAT-002']
    """
    source = Path(path).expanduser()
    where = str(source)
    try:
        text = source.read_bytes().decode("utf-8-sig")  # utf-8-sig: the mark Excel puts first
    except FileNotFoundError:
        raise RelkitValueError("kit.roster.missing", name=argument, path=where) from None
    except IsADirectoryError:
        raise RelkitValueError("kit.roster.is_folder", name=argument, path=where) from None
    except UnicodeDecodeError:
        raise RelkitValueError("kit.roster.not_utf8", name=argument, path=where) from None
    except OSError as err:
        raise RelkitValueError(
            "kit.roster.unreadable", name=argument, path=where, reason=err.strerror or str(err)
        ) from err
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        raise RelkitValueError("kit.roster.not_csv", name=argument, path=where) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise RelkitValueError("kit.roster.no_header", name=argument, path=where)
    header = [unicodedata.normalize("NFC", cell).strip().casefold() for cell in rows[0]]
    column = next((header.index(name) for name in ID_COLUMNS if name in header), None)
    if column is None:
        shown = ", ".join(repr(cell.strip()) for cell in rows[0])
        raise RelkitValueError("kit.roster.no_id_column", name=argument, path=where, columns=shown)
    ids: list[str] = []
    first_row: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            raise RelkitValueError("kit.roster.blank_row", name=argument, path=where, row=number)
        student = row[column].strip() if column < len(row) else ""
        if not student:
            raise RelkitValueError(
                "kit.roster.blank_id", name=argument, path=where, row=number, column=rows[0][column].strip()
            )
        if student in first_row:
            raise RelkitValueError(
                "kit.roster.duplicate",
                name=argument,
                path=where,
                id=repr(student),
                first=first_row[student],
                row=number,
            )
        first_row[student] = number
        ids.append(student)
    if not ids:
        raise RelkitValueError("kit.roster.no_students", name=argument, path=where)
    return ids


def roster_digest(ids: Iterable[str]) -> str:
    """Return the SHA-256 (hex) of the ids sorted, one per line in UTF-8: ``class.json``'s ``roster_sha256``.

    Examples
    --------
    >>> roster_digest(["b", "a"]) == roster_digest(["a", "b"])
    True
    """
    return hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()


def _safe_name(student: str) -> str:
    text = unicodedata.normalize("NFKD", student)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _UNSAFE.sub("_", text).strip("._-")[:_MAX_NAME].rstrip("._-")
    if not text:
        text = "student"
    if text.split(".", 1)[0].casefold() in _RESERVED:  # CON, NUL, COM1 ... cannot be file names on Windows
        text = f"_{text}"
    return text


def folder_names(ids: Sequence[str]) -> dict[str, str]:
    """Return a folder name for each id: the id made safe as a file name, readable, and unique.

    Letters, digits and ``. _ @ + -`` are kept, accents dropped, anything else becomes ``_``. Names that
    would be equal, ignoring case (as Windows and macOS compare them), get ``-2``, ``-3`` ... in the
    order of the sorted ids, so the same roster always gives the same names, whatever its order.

    Examples
    --------
    >>> folder_names(["PAT/001", "pat/001", "priya.sen@college.in", "नीला"])
    {'PAT/001': 'PAT_001', 'pat/001': 'pat_001-2', 'priya.sen@college.in': 'priya.sen@college.in', 'नीला': 'student'}
    """  # noqa: E501
    taken: set[str] = set()
    names: dict[str, str] = {}
    for student in sorted(ids):
        base = _safe_name(student)
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name.casefold())
        names[student] = name
    return {student: names[student] for student in ids}


def _check_course_key(course_key: object) -> str:
    if not isinstance(course_key, str) or not course_key.strip():
        raise RelkitValueError("kit.course_key.empty", name="--course-key")
    return course_key


# --- one student -----------------------------------------------------------------------------------------
def _one_student(
    staging: str, student: str, course_key: str, folder: str, settings: Mapping[str, object]
) -> tuple[str, str]:
    """Simulate one student's world, write it and its answer key under `staging`; return (id, fingerprint)."""
    from ..exercises import answer_key
    from ..simulation import simulate, student_seed
    from ..simulation.io import write_csv_into

    seed = student_seed(student, course_key)
    world = simulate(seed=seed, **settings)
    place = Path(staging) / "worlds" / folder
    place.mkdir()
    meta = write_csv_into(place, world.tables, world.settings)
    answers = {
        "student_id": student,
        "seed": seed,
        "world_fingerprint": meta["fingerprint"],
        "expected": answer_key(world),
    }
    text = json.dumps(answers, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    (Path(staging) / "answers" / f"{folder}.json").write_bytes(text.encode("utf-8"))
    return student, str(meta["fingerprint"])


def available_cores() -> int:
    """Return how many cores this process may use (the affinity mask where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows
        return max(1, os.cpu_count() or 1)


def _run_all(jobs: list[tuple], workers: int) -> None:
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            _one_student(*job)
        return
    # "spawn": a fresh interpreter per worker, the same on Linux, macOS and Windows, and never a fork of a
    # process that has threads running.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context)
    try:
        futures = [pool.submit(_one_student, *job) for job in jobs]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        for future in done:
            future.result()  # raise the first failure here
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def make_class_data(
    roster: str | os.PathLike[str],
    *,
    course_key: str,
    out: str | os.PathLike[str],
    workers: int | None = None,
    customers: int = 2000,
    partners: int = 60,
) -> Path:
    r"""Write one world and one answer key per student of `roster` into the new or empty folder `out`.

    Parameters
    ----------
    roster : path-like
        A CSV file with a ``student_id`` or ``id`` column (see :func:`read_roster`).
    course_key : str
        The course's secret; each world's seed is ``student_seed(student_id, course_key)``.
    out : path-like
        A new or empty folder; it appears only when every student is done.
    workers : int, optional
        Processes to simulate in; all available cores by default.
    customers, partners : int
        The size of each world; the lessons use the defaults (2,000 and 60).

    Returns
    -------
    pathlib.Path
        The folder written.

    Raises
    ------
    RelkitValueError
        When the roster, the course key or `out` is not usable; nothing is written then.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> here = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (here / "roster.csv").write_text("id,name\nPAT-001,Asha Verma\n")
    >>> out = make_class_data(
    ...     here / "roster.csv", course_key="k", out=here / "class", customers=100, partners=4)
    >>> json.loads((out / "class.json").read_text())["students"]
    {'PAT-001': 'PAT-001'}
    >>> sorted(p.name for p in (out / "worlds" / "PAT-001").iterdir())[-2:]
    ['trust_surveys.csv', 'world.json']
    """
    course_key = _check_course_key(course_key)
    ids = read_roster(roster)
    target = check_new_folder(out, argument="--out")  # before the slow work
    names = folder_names(ids)
    settings = {"customers": customers, "partners": partners}
    with atomic_directory(target, argument="--out") as staging:
        (staging / "worlds").mkdir()
        (staging / "answers").mkdir()
        jobs = [(str(staging), student, course_key, names[student], settings) for student in ids]
        _run_all(jobs, available_cores() if workers is None else workers)
        summary = {
            "format": FORMAT,
            "relkit": _version(),
            "roster_sha256": roster_digest(ids),
            "students": names,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }
        text = json.dumps(summary, indent=1, ensure_ascii=False) + "\n"
        (staging / "class.json").write_bytes(text.encode("utf-8"))
    return target


def _version() -> str:
    from ..simulation.provenance import relkit_version

    return relkit_version()


def run(args) -> int:
    """Run ``relkit class-data`` with the parsed `args` (roster, course_key, out, workers); return 0.

    Prints where the worlds and the answer keys were written. Bad input raises a relkit error that the
    ``relkit`` command prints in the instructor's language.
    """
    out = make_class_data(args.roster, course_key=args.course_key, out=args.out, workers=args.workers)
    count = len(json.loads((out / "class.json").read_text(encoding="utf-8"))["students"])
    print(
        translate(
            "kit.class_data.written",
            students=count,
            worlds=str(out / "worlds"),
            answers=str(out / "answers"),
        )
    )
    return 0
