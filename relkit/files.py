"""Writing files so that a crash, a full disk or a Ctrl-C never leaves half a file behind.

Every file relkit writes goes through these helpers: the content is written to a temporary file in the
same folder, flushed to disk, and then renamed over the target in one step, which the operating system
guarantees is all-or-nothing. A folder of files is assembled in a temporary folder and moved into place
the same way.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import RelkitValueError

__all__ = ["atomic_directory", "atomic_write_bytes", "atomic_write_text", "check_new_folder"]


def _default_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` atomically and return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> atomic_write_bytes(target, b"namaste").read_bytes()
    b'namaste'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have given,
        # or keep the mode of the file it replaces, so classmates on a shared machine can still read it.
        os.chmod(temporary, target.stat().st_mode & 0o7777 if target.exists() else _default_file_mode())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write `text` as UTF-8 to `path` atomically and return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "नमस्ते.txt"
    >>> atomic_write_text(target, "नमस्ते").read_text(encoding="utf-8")
    'नमस्ते'
    """
    return atomic_write_bytes(path, text.encode("utf-8"))


def check_new_folder(path: str | os.PathLike[str], *, argument: str = "out") -> Path:
    """Return `path` as a Path when relkit may create a folder there: it is new, or an empty folder.

    Call it before slow work whose result goes there, so a learner hears about a bad folder at once.

    Raises
    ------
    RelkitValueError
        When `path` is a file or a folder that already holds files; the message names `argument`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> check_new_folder(pathlib.Path(tempfile.mkdtemp()) / "world").name
    'world'
    """
    target = Path(path).expanduser()
    if target.exists() and not target.is_dir():
        raise RelkitValueError("err.out_is_file", name=argument, path=str(target))
    if target.is_dir() and any(target.iterdir()):
        raise RelkitValueError("err.out_not_empty", name=argument, path=str(target))
    return target


@contextmanager
def atomic_directory(path: str | os.PathLike[str], *, argument: str = "out") -> Iterator[Path]:
    r"""Build a folder's contents in a temporary folder, then move it to `path` only if all went well.

    `path` must not exist yet, or be an empty folder: relkit never mixes its output with files a learner
    already has there, and never deletes them.

    Parameters
    ----------
    path : path-like
        Where the finished folder should appear.
    argument : str
        The name of the argument `path` came from, used in error messages.

    Yields
    ------
    pathlib.Path
        The temporary folder to write into.

    Raises
    ------
    RelkitValueError
        When `path` is a file, a folder that already holds files, or cannot be created.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "world"
    >>> with atomic_directory(out) as staging:
    ...     _ = (staging / "customers.csv").write_text("customer_id\n1\n")
    >>> sorted(p.name for p in out.iterdir())
    ['customers.csv']
    """
    target = check_new_folder(path, argument=argument)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    except OSError as exc:
        raise RelkitValueError(
            "err.out_not_writable", name=argument, path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    try:
        yield staging
        if target.is_dir():
            target.rmdir()  # empty, checked above; os.replace cannot overwrite a folder on Windows
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
