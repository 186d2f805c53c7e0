"""The observation window of a world: day numbers inside it and their conversion to dates."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["Window", "segment_starts"]


@dataclass(frozen=True)
class Window:
    """The days ``[start, start + months)``; the generators work in whole days counted from `start`.

    Examples
    --------
    >>> w = Window.from_start(pd.Timestamp("2023-01-01"), 2)
    >>> w.days  # January 31 + February 28
    59
    >>> str(w.dates(np.array([0, 58]))[-1])
    '2023-02-28T00:00:00.000000'
    """

    start: np.datetime64
    days: int

    @classmethod
    def from_start(cls, start: pd.Timestamp, months: int) -> Window:
        """Return the window of `months` calendar months beginning on the day of `start`."""
        first = start.normalize()
        end = first + pd.DateOffset(months=months)
        return cls(np.datetime64(first.date(), "D"), int((end - first).days))

    def dates(self, days: np.ndarray) -> np.ndarray:
        """Convert day numbers into dates (midnight), as ``datetime64[us]``: the unit of the tables.

        ``microseconds = (start day since 1970 + day) * 86_400_000_000``, in one new array.
        """
        return _since_epoch(days, self.start.astype(np.int64), _MICROSECONDS_PER_MINUTE * 1440)

    def dates_or_missing(self, days: np.ndarray) -> np.ndarray:
        """Like :meth:`dates`, with day -1 (nothing happened) as NaT.

        Days inside the window (millions of them, for a big world) are looked up in a table of the
        window's dates; days after its end (a due date, a promise) are computed.

        Examples
        --------
        >>> w = Window.from_start(pd.Timestamp("2023-01-01"), 1)
        >>> [str(d)[:10] for d in w.dates_or_missing(np.array([2, -1, 0], dtype=np.int16))]
        ['2023-01-03', 'NaT', '2023-01-01']
        >>> [str(d)[:10] for d in w.dates_or_missing(np.array([40, -1]))]  # after the window's end
        ['2023-02-10', 'NaT']
        """
        days = np.asarray(days)
        if days.size and days.max() >= self.days:
            dates = self.dates(np.maximum(days, 0))
            dates[days < 0] = np.datetime64("NaT")
            return dates
        table = np.empty(self.days + 1, dtype="datetime64[us]")
        table[0] = np.datetime64("NaT")
        table[1:] = self.dates(np.arange(self.days))
        index = np.add(days, 1, dtype=np.int32 if days.dtype.itemsize <= 4 else np.int64)
        return table[index]

    def datetimes(self, minutes: np.ndarray) -> np.ndarray:
        """Convert minutes since the window start into ``datetime64[us]`` timestamps."""
        start = self.start.astype("datetime64[m]").astype(np.int64)
        return _since_epoch(minutes, start, _MICROSECONDS_PER_MINUTE)


_MICROSECONDS_PER_MINUTE = 60_000_000


def _since_epoch(counts: np.ndarray, start: np.int64, unit: int) -> np.ndarray:
    """Return ``(start + counts) * unit`` microseconds as ``datetime64[us]``, computed in place in int64."""
    micro = np.asarray(counts).astype(np.int64)  # always a new array, so it can be changed in place
    micro += start
    micro *= unit
    return micro.view("datetime64[us]")


def segment_starts(counts: np.ndarray) -> np.ndarray:
    """Return where each segment begins in an array built by ``np.repeat(ids, counts)``.

    Examples
    --------
    >>> segment_starts(np.array([2, 0, 3])).tolist()
    [0, 2, 2]
    """
    return np.cumsum(counts) - counts
