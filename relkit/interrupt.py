"""Stopping relkit safely: Ctrl-C, ``kill`` and a closed terminal all end a command the same quiet way.

Python turns Ctrl-C (``SIGINT``) into :class:`KeyboardInterrupt`, but ``SIGTERM`` (``kill``, a classroom
machine shutting down) and ``SIGHUP`` (the terminal window closed) end the process on the spot, with no
chance to remove a half-written folder. :func:`stop_signals_raise` turns those into :class:`Stopped`, an
exception that unwinds like :class:`KeyboardInterrupt`, so the same ``try``/``finally`` tidies up after
all three. :func:`signals_held` keeps a second signal from cutting that tidying short.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["Stopped", "exit_code", "signals_held", "stop_signals_raise"]

_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Stopped(BaseException):
    """Raised in the main thread when relkit is asked to stop by ``SIGTERM`` or ``SIGHUP``.

    Like :class:`KeyboardInterrupt` it is not an :class:`Exception`, so ``except Exception`` in a
    library does not swallow it, and every ``finally`` on the way out runs.

    Examples
    --------
    >>> import signal
    >>> Stopped(signal.SIGTERM).signum == signal.SIGTERM
    True
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_code(signum: int) -> int:
    """Return the exit code a shell reports for a program ended by signal `signum`: 128 + its number.

    Examples
    --------
    >>> import signal
    >>> exit_code(signal.SIGINT), exit_code(signal.SIGTERM)
    (130, 143)
    """
    return 128 + int(signum)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _raise_stopped(signum: int, frame: object) -> None:
    raise Stopped(signum)


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """Inside the block, ``SIGTERM`` and ``SIGHUP`` raise :class:`Stopped` instead of ending the process.

    Ctrl-C keeps raising :class:`KeyboardInterrupt`. Outside the main thread, where Python lets no
    code change signal handlers, the block changes nothing.

    Examples
    --------
    >>> import os, signal
    >>> try:
    ...     with stop_signals_raise():
    ...         os.kill(os.getpid(), signal.SIGTERM)
    ... except Stopped as stop:
    ...     print(exit_code(stop.signum))
    143
    """
    if not _in_main_thread():
        yield
        return
    previous = {}
    for signum in _STOP_SIGNALS:
        if signum != signal.SIGINT:
            previous[signum] = signal.signal(signum, _raise_stopped)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C, ``SIGTERM`` and ``SIGHUP`` until the block ends, then act on the first that came.

    For the short steps that must not be cut in half, such as removing a temporary folder. Outside the
    main thread the block changes nothing.

    Examples
    --------
    >>> import os, signal
    >>> try:
    ...     with signals_held():
    ...         os.kill(os.getpid(), signal.SIGINT)
    ...         print("still tidying")
    ... except KeyboardInterrupt:
    ...     print("stopped afterwards")
    still tidying
    stopped afterwards
    """
    if not _in_main_thread():
        yield
        return
    arrived: list[int] = []
    previous = {signum: signal.signal(signum, lambda s, f: arrived.append(s)) for signum in _STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        if arrived:
            signal.raise_signal(arrived[0])  # handled now by the handler the block had replaced
