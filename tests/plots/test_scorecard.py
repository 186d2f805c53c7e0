import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.plots import palette, plot_scorecard

from .conftest import assert_fonts_draw_every_label, tick_texts


def test_best_partner_on_top_coloured_by_grade(scorecard_table):
    ax = plot_scorecard(scorecard_table)
    assert tick_texts(ax.get_yticklabels()) == ["P03", "P01", "P02", "P04"]
    assert [bar.get_width() for bar in ax.patches] == [92.0, 78.0, 61.5, 40.0]
    colours = [bar.get_facecolor() for bar in ax.patches]
    assert len(set(colours)) == 4
    import matplotlib.colors as mcolors

    assert mcolors.to_hex(colours[0]) == palette()[2]  # grade A: bluish green
    # 61.5 rounds to 62 with no decimals (half to even keeps 62)
    assert [t.get_text() for t in ax.texts] == ["92 (A)", "78 (B)", "62 (C)", "40 (D)"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Grade A", "Grade B", "Grade C", "Grade D"]


def test_top_limits_the_bars_and_says_so(scorecard_table):
    with relkit.language("hi"):
        ax = plot_scorecard(scorecard_table, top=2)
    assert tick_texts(ax.get_yticklabels()) == ["P03", "P01"]
    assert ax.get_xlabel() == "अंक (0–100)\n4 में से 2 भागीदार, सबसे अच्छे पहले"
    assert ax.get_title() == "भागीदार स्कोरकार्ड (Partner scorecard)"
    assert_fonts_draw_every_label(ax, "hi")


@pytest.mark.usefixtures("each_language")
def test_every_label_has_its_glyphs(scorecard_table):
    assert_fonts_draw_every_label(plot_scorecard(scorecard_table), relkit.get_language())


def test_common_mistakes(scorecard_table):
    scorecard_table.loc[0, "grade"] = "E"
    with pytest.raises(RelkitValueError, match="grades are A, B, C, D"):
        plot_scorecard(scorecard_table)
    with pytest.raises(RelkitValueError, match="`top` must be a whole number of at least 1"):
        plot_scorecard(scorecard_table.assign(grade="A"), top=0)
