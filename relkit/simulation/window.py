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
    >>> w.dates(np.array([0, 58]))[-1]
    np.datetime64('2023-02-28')
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
        """Convert day numbers into ``datetime64[D]`` dates."""
        return self.start + days.astype("timedelta64[D]")

    def datetimes(self, minutes: np.ndarray) -> np.ndarray:
        """Convert minutes since the window start into ``datetime64[m]`` timestamps."""
        return self.start.astype("datetime64[m]") + minutes.astype("timedelta64[m]")


def segment_starts(counts: np.ndarray) -> np.ndarray:
    """Return where each segment begins in an array built by ``np.repeat(ids, counts)``.

    Examples
    --------
    >>> segment_starts(np.array([2, 0, 3])).tolist()
    [0, 2, 2]
    """
    return np.cumsum(counts) - counts
