"""The shopping calendar: how busy each day of a window is (festive season, sale days) and shopping time.

An ordinary day has intensity 1 before scaling. The festive season runs from ``festive_days_before_diwali``
days before Diwali (Navratri and Durga Puja) to a few days after it, at ``festive_factor``; the marketplaces'
festive sale is its first ``sale_days`` days, at ``sale_factor``; the Republic Day and Independence Day
sales are shorter and smaller (:data:`relkit.simulation.params.SEASON`). Each calendar year's intensities
are then divided by that year's mean, so a year always holds 365 (or 366) days of shopping time.

*Shopping time* is the running sum of the intensities. Customers' purchase chances are a Poisson
process in shopping time (rate per average day), so a sale day holds more of them than a quiet one;
``day_of`` maps shopping time back to the calendar.

Examples
--------
>>> import pandas as pd
>>> window = Window.from_start(pd.Timestamp("2023-01-01"), 12)
>>> calendar = Calendar.of(window)
>>> round(float(calendar.clock[-1]), 6)  # a whole year of shopping time
365.0
>>> int(calendar.day_of(calendar.clock[280:281] + 0.5)[0])  # the middle of day 280 is on day 280
280
>>> bool(calendar.intensity[calendar.festive].mean() > 1.8 * calendar.intensity[~calendar.festive].mean())
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from . import params as facts
from .window import Window

__all__ = ["Calendar", "diwali"]


def diwali(year: int) -> np.datetime64:
    """Return the day of Diwali (Lakshmi Puja) in `year`: from ``params.DIWALI``, else 1 November.

    Examples
    --------
    >>> str(diwali(2024)), str(diwali(1999))
    ('2024-11-01', '1999-11-01')
    """
    return np.datetime64(facts.DIWALI.get(int(year), f"{int(year):04d}-11-01"), "D")


@dataclass(frozen=True)
class Calendar:
    """Shopping intensity and shopping time of each day of a window.

    Attributes
    ----------
    intensity : numpy.ndarray
        One float per day of the window; each full calendar year averages 1.
    festive : numpy.ndarray
        True on the days of the festive season (sale days included).
    clock : numpy.ndarray
        Shopping time at the start of each day, and at the end of the window: ``days + 1`` values from 0.
    """

    intensity: np.ndarray
    festive: np.ndarray
    clock: np.ndarray

    @classmethod
    def of(cls, window: Window) -> Calendar:
        """Return the calendar of `window` (every calendar year it touches is scaled as a whole)."""
        first = window.start.astype("datetime64[Y]")
        last = (window.start + np.timedelta64(window.days - 1, "D")).astype("datetime64[Y]")
        years_start = first.astype("datetime64[D]")
        years_end = (last + np.timedelta64(1, "Y")).astype("datetime64[D]")
        days = np.arange(years_start, years_end, dtype="datetime64[D]")
        raw = np.ones(len(days))
        festive = np.zeros(len(days), dtype=bool)
        season = facts.SEASON
        year_of = days.astype("datetime64[Y]").astype(np.int64) + 1970
        for year in range(int(year_of[0]), int(year_of[-1]) + 1):
            peak = diwali(year)
            opens = peak - np.timedelta64(season["festive_days_before_diwali"], "D")
            closes = peak + np.timedelta64(season["festive_days_after_diwali"], "D")
            inside = (days >= opens) & (days <= closes)
            festive |= inside
            raw[inside] = season["festive_factor"]
            sale = (days >= opens) & (days < opens + np.timedelta64(season["sale_days"], "D"))
            raw[sale] = season["sale_factor"]
            for month_day, length in season["small_sales"]:
                begins = np.datetime64(f"{year:04d}-{month_day}", "D")
                raw[(days >= begins) & (days < begins + np.timedelta64(length, "D"))] = season[
                    "small_sale_factor"
                ]
        for year in np.unique(year_of):
            mine = year_of == year
            raw[mine] /= raw[mine].mean()
        offset = int((window.start - years_start).astype(np.int64))
        intensity = raw[offset : offset + window.days]
        clock = np.concatenate(([0.0], np.cumsum(intensity)))
        return cls(intensity, festive[offset : offset + window.days], clock)

    def day_of(self, moments: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Return the day (int32) on which each moment of shopping time falls; moments past the end clip.

        A moment exactly on a day's start belongs to that day. The same days as
        ``searchsorted(clock, moments, side="right") - 1`` (clipped), found without a binary search:
        a grid of equal steps of shopping time gives each moment a day at or before its own, and a
        few steps forward (as many as a grid cell can need, at most a handful) reach it.
        """
        lower, scale, steps, clock = self._grid
        cell = np.multiply(moments, scale)
        np.clip(cell, 0, len(lower) - 1, out=cell)
        days = np.take(lower, cell.astype(np.int32))
        del cell
        ahead = np.empty(len(days), dtype=bool)
        for _ in range(steps):
            np.less_equal(np.take(clock, days + 1), moments, out=ahead)
            days += ahead
        np.clip(days, 0, len(self.intensity) - 1, out=days)
        return days

    @cached_property
    def _grid(self) -> tuple[np.ndarray, float, int, np.ndarray]:
        """The look-up of :meth:`day_of`: a day at or before every moment of each grid cell, and more."""
        cells = 2 * len(self.intensity)
        scale = cells / self.clock[-1]
        edges = np.arange(cells + 1) / scale
        # One day of margin on each side, so rounding at the cell edges cannot matter.
        lower = np.maximum(np.searchsorted(self.clock, edges[:-1], side="right") - 2, 0).astype(np.int32)
        upper = np.searchsorted(self.clock, edges[1:], side="right")
        upper[-1] = len(self.clock)  # the last cell also holds every moment past the end
        steps = int((upper - lower).max())
        return lower, scale, steps, np.append(self.clock, np.inf)

    def signup_days(self, uniforms: np.ndarray) -> np.ndarray:
        """Map uniforms in ``[0, 1)`` to days with chance proportional to each day's intensity."""
        return self.day_of(uniforms * self.clock[-1]).astype(np.int64)
