"""Small tables of exactly the shapes the metrics return, and a checker for every text artist's font."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from relkit.fonts import font_files, missing_glyphs


def visible_texts(ax):
    """Every non-empty text artist drawn on `ax`, its legend and any colour bar of its figure."""
    from matplotlib.text import Text

    ax.figure.canvas.draw()  # lay out ticks so that the tick labels exist
    axes = [ax, *(other for other in ax.figure.axes if other is not ax)]
    return [t for each in axes for t in each.findobj(Text) if t.get_text().strip() and t.get_visible()]


def assert_fonts_draw_every_label(ax, lang):
    """Each label resolves to the language's own font file and that font has every character in it."""
    from matplotlib.font_manager import findfont

    own = set(font_files(lang))
    for text in visible_texts(ax):
        resolved = Path(findfont(text.get_fontproperties(), fallback_to_default=False))
        assert resolved in own, (text.get_text(), resolved)
        assert missing_glyphs(text.get_text(), lang) == set(), text.get_text()


def tick_texts(labels):
    return [label.get_text() for label in labels]


@pytest.fixture
def partners():
    return pd.DataFrame(
        {
            "partner_id": ["P01", "P02", "P03", "P04", "P05"],
            "partner_type": ["supplier", "vendor", "supplier", "distributor", "supplier"],
            "value_inr": [2_00_000.0, 50_000.0, 1_00_000.0, 3_00_00_000.0, 0.0],
        }
    )


@pytest.fixture
def monthly_orders():
    months = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"])
    return pd.DataFrame(
        {
            "order_date": np.repeat(months, 2),
            "channel": ["app", "marketplace"] * 4,
            "amount_inr": [100.0, 10.0, 200.0, 20.0, 300.0, 30.0, 400.0, 40.0],
        }
    )


@pytest.fixture
def retention_table():
    """Three monthly cohorts, as cohort_retention returns them: column 0 is 1.0, unreached periods NaN."""
    cohorts = pd.period_range("2024-01", periods=3, freq="M", name="cohort")
    table = pd.DataFrame(
        {0: [1.0, 1.0, 1.0], 1: [0.5, 0.25, np.nan], 2: [0.3, np.nan, np.nan]}, index=cohorts
    )
    table.attrs["cohort_size"] = dict(zip(cohorts, [10, 40, 1200], strict=True))
    return table


@pytest.fixture
def funnel_table():
    """Five stages; conversion = reached / reached of the stage before (1.0 for new)."""
    reached = [200, 150, 60, 30, 12]
    table = pd.DataFrame(
        {
            "stage": ["new", "contacted", "qualified", "proposal", "won"],
            "label": ["New", "Contacted", "Qualified", "Proposal", "Won"],
            "reached": reached,
            # 150/200 = 0.75, 60/150 = 0.4, 30/60 = 0.5, 12/30 = 0.4
            "conversion": [1.0, 0.75, 0.4, 0.5, 0.4],
        }
    )
    table.attrs["win_rate"] = 12 / 200  # 0.06
    return table


@pytest.fixture
def scorecard_table():
    return pd.DataFrame(
        {
            "partner_id": ["P01", "P02", "P03", "P04"],
            "on_time_rate": [0.9, 0.7, 0.95, 0.5],
            "otif_rate": [0.85, 0.6, 0.9, 0.4],
            "defect_ppm": [1200.0, 5000.0, 300.0, 9000.0],
            "lead_time_mean_days": [5.0, 8.0, 4.0, 12.0],
            "lead_time_cv": [0.2, 0.4, 0.1, 0.6],
            "dispute_rate": [0.02, 0.1, 0.0, 0.2],
            "score": [78.0, 61.5, 92.0, 40.0],
            "grade": ["B", "C", "A", "D"],
        }
    )
