"""Charts that label themselves in the learner's language: bars, lines, cohort heatmaps, funnels, scorecards.

Every helper takes the data first and options by keyword, draws on `ax` (a new figure when omitted) inside
:func:`plot_style`, and returns the axes. Titles carry the English term beside the Hindi or Bengali one
(switch with :func:`relkit.set_bilingual`), and money axes are written in rupees with lakh and crore.
"""

from __future__ import annotations

from .bar import plot_bar
from .describe import describe_chart
from .funnel import plot_funnel
from .heatmap import plot_cohort_heatmap
from .line import plot_line
from .scorecard import plot_scorecard
from .style import palette, plot_style

__all__ = [
    "describe_chart",
    "palette",
    "plot_bar",
    "plot_cohort_heatmap",
    "plot_funnel",
    "plot_line",
    "plot_scorecard",
    "plot_style",
]
