import pytest

import relkit
from relkit.errors import MissingColumnError, RelkitValueError
from relkit.plots import plot_funnel

from .conftest import assert_fonts_draw_every_label, tick_texts


def test_bars_are_centred_and_as_wide_as_the_stage(funnel_table):
    ax = plot_funnel(funnel_table)
    assert [bar.get_width() for bar in ax.patches] == [200, 150, 60, 30, 12]
    # every bar's centre is at half the widest bar: 200 / 2 = 100
    assert {bar.get_x() + bar.get_width() / 2 for bar in ax.patches} == {100}
    texts = [t.get_text() for t in ax.texts]
    assert texts[:2] == ["200", "150 (75% of the stage before)"]
    assert "Win rate: 6.0%" in texts  # 12 / 200 = 0.06


def test_stages_in_hindi_top_down(funnel_table):
    with relkit.language("hi"):
        ax = plot_funnel(funnel_table)
    assert tick_texts(ax.get_yticklabels()) == ["नई", "संपर्क हुआ", "योग्य", "प्रस्ताव भेजा", "सौदा पक्का"]
    assert ax.yaxis_inverted()
    assert ax.get_title() == "बिक्री फ़नल (Sales funnel)"
    assert "सौदे जीतने की दर: 6.0%" in [t.get_text() for t in ax.texts]
    assert_fonts_draw_every_label(ax, "hi")


def test_unknown_stage_uses_the_tables_label(funnel_table):
    funnel_table.loc[0, ["stage", "label"]] = ["walk_in", "Walk-in"]
    assert tick_texts(plot_funnel(funnel_table).get_yticklabels())[0] == "Walk-in"


@pytest.mark.usefixtures("each_language")
def test_every_label_has_its_glyphs(funnel_table):
    assert_fonts_draw_every_label(plot_funnel(funnel_table), relkit.get_language())


def test_common_mistakes(funnel_table):
    with pytest.raises(MissingColumnError, match="'conversion'"):
        plot_funnel(funnel_table.drop(columns="conversion"))
    funnel_table.loc[2, "reached"] = -1
    with pytest.raises(RelkitValueError, match="negative"):
        plot_funnel(funnel_table)
