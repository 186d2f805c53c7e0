"""The sales funnel: how many leads reach each stage, and how many move on to the next.

In the simulated world (version 2) a lead is a prospective distributor or reseller (B2B), and a won
lead's ``partner_id`` names the partner it became; the funnel needs only the stages.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..i18n import translate
from ..signatures import learner_call
from ..validation import check_frame, check_unique_key, show_value

__all__ = ["STAGES", "funnel"]

STAGES: tuple[str, ...] = ("new", "contacted", "qualified", "proposal", "won")
"""The funnel stages in order; ``translate("stage.<key>")`` gives the label."""


def _bad_values(values: pd.Series, allowed: tuple[str, ...], *, column: str) -> None:
    bad = ~values.isin(allowed)
    if bad.any():
        raise RelkitValueError(
            "err.bad_values_in_column",
            name="leads",
            column=repr(column),
            value=show_value(values[bad].iloc[0]),
            allowed=", ".join(repr(item) for item in allowed),
        )


@learner_call
def funnel(leads: pd.DataFrame) -> pd.DataFrame:
    """Count the leads that reached each funnel stage and the conversion from one stage to the next.

    A lead counts at its own stage and every stage before it: a lead at "proposal" has also been new,
    contacted and qualified. A lost lead counts up to the stage it had reached when it was lost
    (``lost_at_stage``). Then::

        reached[s]    = leads whose furthest stage is s or later
        conversion[s] = reached[s] / reached[previous stage]   (1.0 for "new"; NaN if nobody reached
                                                                the previous stage)
        win_rate      = leads won / all leads

    The win rate counts every lead in the table, lost and still open alike, so open leads pull it
    down until they are decided.

    Parameters
    ----------
    leads : DataFrame
        Columns ``stage`` (new, contacted, qualified, proposal, won or lost) and ``lost_at_stage``
        (for lost leads: new, contacted, qualified or proposal). Other columns, such as ``source``
        or the won lead's ``partner_id``, are ignored: filter the rows first for one source's funnel.

    Returns
    -------
    DataFrame
        One row per stage, in order: ``stage`` (English key), ``label`` (in the current language),
        ``reached``, ``conversion``. ``result.attrs["win_rate"]`` holds the win rate.

    Examples
    --------
    >>> import pandas as pd
    >>> leads = pd.DataFrame({
    ...     "stage": ["won", "lost", "lost", "contacted", "new"],
    ...     "lost_at_stage": [None, "proposal", "new", None, None],
    ... })
    >>> table = funnel(leads)
    >>> table[["stage", "reached", "conversion"]]  # doctest: +NORMALIZE_WHITESPACE
           stage  reached  conversion
    0        new        5    1.000000
    1  contacted        3    0.600000
    2  qualified        2    0.666667
    3   proposal        2    1.000000
    4        won        1    0.500000
    >>> table.attrs["win_rate"]
    0.2
    """
    frame = check_frame(leads, name="leads", columns=["stage", "lost_at_stage"])
    check_unique_key(frame, "lead_id", name="leads")
    stage = frame["stage"]
    _bad_values(stage, (*STAGES, "lost"), column="stage")
    lost = stage == "lost"
    _bad_values(frame.loc[lost, "lost_at_stage"], STAGES[:-1], column="lost_at_stage")
    furthest = stage.where(~lost, frame["lost_at_stage"])
    position = furthest.map({key: index for index, key in enumerate(STAGES)}).to_numpy(dtype=int)
    at_stage = np.bincount(position, minlength=len(STAGES))
    reached = at_stage[::-1].cumsum()[::-1]
    previous = np.r_[reached[0], reached[:-1]].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        conversion = np.where(previous > 0, reached / previous, np.nan)
    result = pd.DataFrame(
        {
            "stage": list(STAGES),
            "label": [translate(f"stage.{key}") for key in STAGES],
            "reached": reached,
            "conversion": conversion,
        }
    )
    result.attrs["win_rate"] = float(reached[-1] / len(frame))
    return result
