"""B2B leads: the prospective distributors and resellers the sales team works on, and how far each got.

An online shop's customers come from its site, app and marketplace, not from trade fairs; its partners
do. So in world version 2 a lead is a *firm* that may start buying from the shop. :func:`leads` works
backwards from the partners: every distributor or reseller whose relationship began inside the window
is the outcome of one won lead, and the leads that did not win are drawn around them so that each
source's funnel passes its stages at the rates of ``params.LEAD_PASS_RATES``.

How the leads are drawn
-----------------------
Think of leads from source ``s`` arriving as a Poisson process with mean ``L q_s`` over the window
(``q_s`` from ``params.LEAD_SOURCE_SHARES``). Each passes the stages new -> contacted -> qualified ->
proposal -> won with the chances ``p_s = LEAD_PASS_RATES[s]``, so it is won with chance
``w_s = p_s1 p_s2 p_s3 p_s4``. Splitting a Poisson process gives two independent ones, won leads with
mean ``L q_s w_s`` and the others with mean ``L q_s (1 - w_s)``. The number of wins is known, ``k``
(one per new sell-side partner), so:

1. ``L = k / sum_s q_s w_s``, the number of leads that gives ``k`` wins on average;
2. the source of each won lead is drawn with chances ``q_s w_s / sum_s q_s w_s``, and the won lead is
   created 20-120 days before its partner's ``since_date`` (not before the window start);
3. each source has ``Poisson(L q_s (1 - w_s))`` leads that were not won, created on a uniform day of
   the window; such a lead stopped at stage ``r`` (0 new ... 3 proposal) with chance
   ``p_s1 ... p_sr (1 - p_s(r+1)) / (1 - w_s)``, the funnel's own law given that it did not win;
4. a lead that stopped and was created in the last 30 days is still open at its stage; an older one
   is ``lost``, and ``lost_at_stage`` says where.

So on average, of the leads from source ``s`` that reach a stage, the share ``p_s`` reaches the next.
Leads created near the window end that *will* win show up only when their partner is in the data: a
won lead's partner begins inside the window by construction.
"""

from __future__ import annotations

import numpy as np

from . import params as facts
from .window import Window

__all__ = ["leads"]

Columns = dict[str, np.ndarray]
_SELL_SIDE_CODES = np.array([facts.PARTNER_TYPES.index(kind) for kind in facts.SELL_SIDE], dtype=np.int8)
_LEAD_DAYS = (20, 120)  # a won lead is created this many days before the partner's since_date
_OPEN_DAYS = 30  # a lead short of won, created in the last 30 days of the window, is still open
_WON = facts.LEAD_STAGES.index("won")
_LOST = facts.LEAD_STAGES.index("lost")


def _pass_rates() -> np.ndarray:
    """Return the pass rates as an array: one row per lead source, one column per stage passed."""
    return np.array([facts.LEAD_PASS_RATES[source] for source in facts.LEAD_SOURCES])


def _stop_chances(rates: np.ndarray) -> np.ndarray:
    """Return, per source, the chance that a lead that was not won stopped at new ... proposal.

    Examples
    --------
    >>> _stop_chances(np.array([[0.5, 0.5, 0.5, 0.5]])).round(4).tolist()
    [[0.5333, 0.2667, 0.1333, 0.0667]]
    """
    reached = np.cumprod(np.c_[np.ones(len(rates)), rates[:, :-1]], axis=1)  # reached stage r
    stop = reached * (1 - rates)
    return stop / stop.sum(axis=1, keepdims=True)


def leads(rng: np.random.Generator, firms: Columns, window: Window) -> Columns:
    """Draw the B2B leads of a window: one won lead per new distributor or reseller, and the rest.

    See the module's notes for the model. Partners that are suppliers or vendors, and sell-side partners
    whose ``since_date`` lies before or after the window, have no lead. With no new sell-side partner
    in the window there are no leads at all.

    Parameters
    ----------
    rng : numpy.random.Generator
        The ``leads`` stream of the world.
    firms : dict of numpy.ndarray
        The partners' columns; ``partner_id``, ``partner_type`` (codes into ``params.PARTNER_TYPES``)
        and ``since_date`` (``datetime64``) are used.
    window : Window
        The observation window.

    Returns
    -------
    dict of numpy.ndarray
        The columns of the ``leads`` table, rows in ``created_date`` order: ``lead_id``,
        ``created_date``, ``source`` and ``stage`` (codes into ``params.LEAD_SOURCES`` and
        ``LEAD_STAGES``), ``lost_at_stage`` (-1 unless lost) and ``partner_id`` (0 unless won).

    Examples
    --------
    >>> import pandas as pd
    >>> window = Window.from_start(pd.Timestamp("2023-01-01"), 12)
    >>> firms = {
    ...     "partner_id": np.array([1, 2, 3]),
    ...     "partner_type": np.array([2, 3, 0], dtype=np.int8),  # distributor, reseller, supplier
    ...     "since_date": np.array(["2023-05-01", "2020-01-01", "2023-06-01"], dtype="datetime64[us]"),
    ... }
    >>> table = leads(np.random.default_rng(1), firms, window)
    >>> table["partner_id"][table["partner_id"] > 0].tolist()  # only the distributor that began in 2023
    [1]
    >>> bool((np.diff(table["created_date"]) >= np.timedelta64(0)).all())
    True
    """
    since = (np.asarray(firms["since_date"]).astype("datetime64[D]") - window.start).astype(np.int64)
    new = np.isin(firms["partner_type"], _SELL_SIDE_CODES) & (since >= 0) & (since < window.days)
    won_partner = np.asarray(firms["partner_id"], dtype=np.int64)[new]
    won_since = since[new]
    wins = len(won_partner)

    rates = _pass_rates()
    shares = np.array(facts.LEAD_SOURCE_SHARES)
    win_chance = rates.prod(axis=1)
    expected_leads = wins / float(shares @ win_chance)
    win_source = rng.choice(len(shares), wins, p=shares * win_chance / (shares @ win_chance))
    before = rng.integers(_LEAD_DAYS[0], _LEAD_DAYS[1] + 1, wins)
    win_created = np.maximum(won_since - before, 0)

    others = rng.poisson(expected_leads * shares * (1 - win_chance))
    other_source = np.repeat(np.arange(len(shares)), others)
    cumulative = np.cumsum(_stop_chances(rates), axis=1)[other_source]
    stopped = (rng.random((len(other_source), 1)) >= cumulative[:, :-1]).sum(axis=1)
    other_created = rng.integers(0, window.days, len(other_source))
    still_open = other_created >= window.days - _OPEN_DAYS

    source = np.r_[win_source, other_source].astype(np.int8)
    created = np.r_[win_created, other_created]
    stage = np.r_[np.full(wins, _WON), np.where(still_open, stopped, _LOST)].astype(np.int8)
    lost_at = np.r_[np.full(wins, -1), np.where(still_open, -1, stopped)].astype(np.int8)
    partner = np.r_[won_partner, np.zeros(len(other_source), dtype=np.int64)]
    order = np.argsort(created, kind="stable")
    return {
        "lead_id": np.arange(1, len(order) + 1, dtype=np.int64),
        "created_date": window.dates(created[order]),
        "source": source[order],
        "stage": stage[order],
        "lost_at_stage": lost_at[order],  # -1 means not lost
        "partner_id": partner[order],  # 0 means not won
    }
