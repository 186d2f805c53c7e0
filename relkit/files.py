"""Writing files so that a crash, a full disk or a Ctrl-C never leaves half a file behind.

Every file relkit writes goes through these helpers: the content is written to a temporary file in the
same folder, flushed to disk, and then renamed over the target in one step, which the operating system
guarantees is all-or-nothing. A folder of files is assembled in a temporary folder and moved into place
the same way.

A run that is killed outright (``SIGKILL``, a power cut) cannot tidy up after itself, so the temporary
name records who made it: ``.<name>.r<host>-<pid>-<start>.<random>.partial`` (``.tmp`` for a file).
Before it writes, each run removes the temporary siblings of its target whose process is gone; those of a
live run, on this computer or another one sharing the folder, are left alone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import socket
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import RelkitValueError
from .interrupt import signals_held

__all__ = [
    "atomic_directory",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_new_folder",
    "remove_stale_partials",
]

OTHER_HOST_AGE = 24 * 3600
"""Seconds after which a leftover from another computer (a shared network folder) counts as stale."""

UNMARKED_AGE = 3600
"""Seconds after which a leftover without an owner in its name (older relkit versions) counts as stale."""


def _current_umask() -> int:
    try:  # Linux says it without changing it, which is safe while other threads create files
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _default_file_mode() -> int:
    return 0o666 & ~_current_umask()


def _default_folder_mode() -> int:
    return 0o777 & ~_current_umask()


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def _start_ticks(pid: int) -> int:
    """Return when process `pid` started (clock ticks since boot, Linux), or 0 where nobody says.

    It tells a process from a later one that got the same number.
    """
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
        return int(text.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return 0


def _owner_prefix(target: Path) -> str:
    pid = os.getpid()
    return f".{target.name}.r{_host_tag()}-{pid}-{_start_ticks(pid)}."


def _process_alive(pid: int, started: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        pass
    except OSError:  # pid out of range and the like
        return False
    now = _start_ticks(pid)
    return not (started and now and now != started)  # the same number, but a newer process


def _leftover_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"\.{re.escape(name)}\.(?:r(?P<host>[0-9a-f]{{8}})-(?P<pid>\d+)-(?P<start>\d+)\.)?"
        r"[a-z0-9_]+\.(?:partial|tmp)"
    )


def _is_stale(match: re.Match[str], age: float) -> bool:
    if match["host"] is None:
        return age > UNMARKED_AGE
    if match["host"] != _host_tag():
        return age > OTHER_HOST_AGE
    return not _process_alive(int(match["pid"]), int(match["start"]))


def remove_stale_partials(path: str | os.PathLike[str]) -> list[Path]:
    """Remove what interrupted runs left beside `path`, and return what was removed.

    Only the hidden temporary siblings of `path` itself are considered (``.<name>.….partial`` folders and
    ``.<name>.….tmp`` files), and of those only the ones whose process has ended: a run still writing,
    here or on another computer sharing the folder, keeps its work. Nothing else is ever touched, and a
    leftover that cannot be removed (another user's, say) is skipped quietly.

    Examples
    --------
    >>> import os, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> dead = 2**22 + 1  # above any pid Linux hands out
    >>> leftover = folder / f".world.r{_host_tag()}-{dead}-0.abc123.partial"
    >>> leftover.mkdir()
    >>> [p.name == leftover.name for p in remove_stale_partials(folder / "world")]
    [True]
    >>> leftover.exists()
    False
    """
    target = Path(path).expanduser()
    pattern = _leftover_pattern(target.name)
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode) or not _is_stale(match, now - info.st_mtime):
            continue
        leftover = Path(entry.path)
        try:
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:
            continue
        removed.append(leftover)
    return removed


def _link_without_overwriting(temporary: str, target: Path) -> None:
    """Put `temporary` at `target` only if nothing is there yet, in one step, even against another run."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links (FAT on a USB stick, some network shares)
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(temporary, target)
    else:
        os.unlink(temporary)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write `data` to `path` atomically and return the path.

    The new file gets the permissions a plain ``open()`` would give it under the user's umask (or keeps
    those of the file it replaces), never the private ones of a temporary file.

    Parameters
    ----------
    path : path-like
        The file to write; missing parent folders are created.
    data : bytes
        The whole content.
    overwrite : bool
        With ``False``, raise :class:`FileExistsError` rather than replace a file that exists, even one
        another program created while `data` was being written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> atomic_write_bytes(target, b"namaste").read_bytes()
    b'namaste'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target)
    handle, temporary = tempfile.mkstemp(prefix=_owner_prefix(target), suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have given,
        # or keep the mode of the file it replaces, so classmates on a shared machine can still read it.
        os.chmod(temporary, target.stat().st_mode & 0o7777 if target.exists() else _default_file_mode())
        if overwrite:
            os.replace(temporary, target)
        else:
            _link_without_overwriting(temporary, target)
    except BaseException:
        with signals_held():
            Path(temporary).unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, *, overwrite: bool = True) -> Path:
    """Write `text` as UTF-8 to `path` atomically and return the path (see :func:`atomic_write_bytes`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "नमस्ते.txt"
    >>> atomic_write_text(target, "नमस्ते").read_text(encoding="utf-8")
    'नमस्ते'
    """
    return atomic_write_bytes(path, text.encode("utf-8"), overwrite=overwrite)


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
    already has there, and never deletes them. The finished folder gets the permissions ``mkdir`` gives
    under the user's umask (or those of the empty folder it takes the place of), so on a shared classroom
    machine others can read it when the umask says so. Leftovers of earlier runs at `path` that were
    killed are removed first (see :func:`remove_stale_partials`).

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
        remove_stale_partials(target)
        staging = Path(tempfile.mkdtemp(prefix=_owner_prefix(target), suffix=".partial", dir=target.parent))
    except OSError as exc:
        raise RelkitValueError(
            "err.out_not_writable", name=argument, path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    try:
        yield staging
        # mkdtemp makes the folder private (0700); give it the mode a plain mkdir would have given.
        os.chmod(staging, target.stat().st_mode & 0o7777 if target.is_dir() else _default_folder_mode())
        if target.is_dir():
            target.rmdir()  # empty, checked above; os.replace cannot overwrite a folder on Windows
        os.replace(staging, target)
    except BaseException:
        with signals_held():  # a second Ctrl-C must not stop the tidying halfway
            shutil.rmtree(staging, ignore_errors=True)
        raise
