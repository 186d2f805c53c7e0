import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.plots import plot_cohort_heatmap

from .conftest import assert_fonts_draw_every_label, tick_texts


def test_cells_rows_and_columns(retention_table):
    ax = plot_cohort_heatmap(retention_table)
    image = ax.get_images()[0]
    assert image.get_array().shape == (3, 3)
    assert image.get_array().mask.sum() == 3  # three periods not reached yet
    # 0.5 -> 50%, 0.25 -> 25%, 0.3 -> 30%, three cohorts at 100%
    assert sorted(t.get_text() for t in ax.texts) == ["100%", "100%", "100%", "25%", "30%", "50%"]
    assert tick_texts(ax.get_yticklabels()) == [
        "January 2024 (10 customers)",
        "February 2024 (40 customers)",
        "March 2024 (1,200 customers)",
    ]
    assert ax.get_xlabel() == "Months since first order"


def test_bengali_labels_and_colour_bar(retention_table):
    with relkit.language("bn"):
        ax = plot_cohort_heatmap(retention_table)
    assert tick_texts(ax.get_yticklabels())[0] == "জানুয়ারি 2024 (10 জন গ্রাহক)"
    assert ax.get_title() == "কোহর্ট অনুযায়ী ধরে রাখা (Cohort retention)"
    colorbar_axes = next(other for other in ax.figure.axes if other is not ax)
    assert colorbar_axes.get_ylabel() == "কোহর্টের যে অংশ অর্ডার দিয়েছে"
    assert_fonts_draw_every_label(ax, "bn")


@pytest.mark.usefixtures("each_language")
def test_every_label_has_its_glyphs(retention_table):
    assert_fonts_draw_every_label(plot_cohort_heatmap(retention_table), relkit.get_language())


def test_without_sizes_or_annotations(retention_table):
    retention_table.attrs.clear()
    ax = plot_cohort_heatmap(retention_table, annotate=False, lang="hi")
    assert len(ax.texts) == 0
    assert tick_texts(ax.get_yticklabels())[0] == "जनवरी 2024"


def test_common_mistakes(retention_table):
    with pytest.raises(RelkitValueError, match="not percentages"):
        plot_cohort_heatmap(retention_table * 100)
    with pytest.raises(RelkitValueError, match="whole numbers 0, 1, 2"):
        plot_cohort_heatmap(retention_table.rename(columns=str))


def test_quarterly_cohorts_are_named_by_their_months(each_language):
    import pandas as pd

    import relkit

    cohorts = pd.period_range("2023Q1", periods=2, freq="Q", name="cohort")
    table = pd.DataFrame({0: [1.0, 1.0], 1: [0.5, float("nan")]}, index=cohorts)
    labels = [t.get_text() for t in relkit.plot_cohort_heatmap(table).get_yticklabels()]
    expected = {"en": "Jan–Mar 2023", "hi": "जन॰–मार्च 2023", "bn": "জানু–মার্চ 2023"}[each_language]
    assert labels[0] == expected
