"""Chart descriptions: each chart names what it shows and its largest and smallest values, in its language."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

import relkit
from relkit.errors import RelkitTypeError
from relkit.plots.describe import CaptionedFigure, caption_bundle

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")
SCRIPT = {"hi": DEVANAGARI, "bn": BENGALI}
LANGS = ("en", "hi", "bn")


def _in_script(text: str, lang: str) -> None:
    if lang == "en":
        assert not DEVANAGARI.search(text), text
        assert not BENGALI.search(text), text
    else:
        assert SCRIPT[lang].search(text), text
        other = BENGALI if lang == "hi" else DEVANAGARI
        assert not other.search(text.replace("।", "")), text  # the danda is shared by both scripts
    assert not re.search(r"[\u0966-\u096F\u09E6-\u09EF]", text), "Western digits only"


@pytest.mark.parametrize("lang", LANGS)
def test_bar_names_highest_and_lowest(partners, lang):
    # counts: supplier 3, vendor 1, distributor 1 -> highest supplier 3, lowest vendor (first of the 1s)
    text = relkit.describe_chart(relkit.plot_bar(partners, x="partner_type", lang=lang))
    supplier = relkit.value_label("partner_type", "supplier", lang=lang)
    vendor = relkit.value_label("partner_type", "vendor", lang=lang)
    assert f"{supplier}, 3" in text
    assert f"{vendor}, 1" in text
    assert text.index(supplier) < text.index(vendor)
    _in_script(text, lang)


def test_bar_sum_in_rupees_english(partners):
    # sums: distributor 3 crore, supplier 3 lakh, vendor 50,000
    text = relkit.describe_chart(relkit.plot_bar(partners, x="partner_type", y="value_inr", lang="en"))
    assert text == (
        "Bar chart: Value (₹) by Partner type. Highest: Distributor, ₹3.00 crore; lowest: Vendor, ₹50,000."
    )


def test_bar_with_one_bar():
    text = relkit.describe_chart(relkit.plot_bar(pd.DataFrame({"channel": ["app"] * 4}), x="channel"))
    assert "One bar:" in text
    assert ", 4." in text


@pytest.mark.parametrize("lang", LANGS)
def test_line_names_peak_and_trough(monthly_orders, lang):
    # totals per month: 110, 220, 330, 440 -> highest April 2024 (440), lowest January 2024 (110)
    ax = relkit.plot_line(monthly_orders, x="order_date", y="amount_inr", lang=lang)
    text = relkit.describe_chart(ax)
    assert "₹440" in text
    assert "₹110" in text
    april = relkit.format_date(pd.Timestamp("2024-04-01"), style="month", lang=lang)
    january = relkit.format_date(pd.Timestamp("2024-01-01"), style="month", lang=lang)
    assert f"₹440 ({april})" in text
    assert f"₹110 ({january})" in text
    _in_script(text, lang)


def test_line_with_hue_names_the_line(monthly_orders):
    text = relkit.describe_chart(
        relkit.plot_line(monthly_orders, x="order_date", y="amount_inr", hue="channel", lang="en")
    )
    # highest app in April (400), lowest marketplace in January (10)
    assert "2 lines by Channel, from January 2024 to April 2024" in text
    assert "Highest: ₹400 (Mobile app, April 2024); lowest: ₹10 (Marketplace, January 2024)." in text


@pytest.mark.parametrize("lang", LANGS)
def test_heatmap_names_best_and_worst_cohort(retention_table, lang):
    # column 1: Jan 50%, Feb 25%, Mar not reached -> highest January, lowest February
    text = relkit.describe_chart(relkit.plot_cohort_heatmap(retention_table, lang=lang))
    january = relkit.format_date(pd.Period("2024-01", "M"), style="month", lang=lang)
    february = relkit.format_date(pd.Period("2024-02", "M"), style="month", lang=lang)
    assert "50%" in text
    assert "25%" in text
    assert "3" in text
    assert text.index(january) < text.index(february)  # named first (highest), then lowest
    high_part, low_part = text.split(february)[0], text.split(february)[1]
    assert "50%" in high_part.split(january)[-1]
    assert "25%" in low_part
    _in_script(text, lang)


def test_heatmap_without_a_second_period():
    cohorts = pd.period_range("2024-01", periods=2, freq="M", name="cohort")
    table = pd.DataFrame({0: [1.0, 1.0]}, index=cohorts)
    text = relkit.describe_chart(relkit.plot_cohort_heatmap(table, lang="en"))
    assert "No cohort has reached a second period yet" in text


@pytest.mark.parametrize("lang", LANGS)
def test_funnel_names_the_biggest_drop(funnel_table, lang):
    # conversions 0.75, 0.4 (qualified), 0.5, 0.4 (won): the first lowest is qualified, 40%
    text = relkit.describe_chart(relkit.plot_funnel(funnel_table, lang=lang))
    qualified = relkit.value_label("stage", "qualified", lang=lang)
    assert "200" in text
    assert "12" in text
    assert "40%" in text
    assert "6.0%" in text
    assert text.index(qualified) < text.index("40%")
    _in_script(text.replace("funnel chart", ""), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_scorecard_names_best_and_worst_partner(scorecard_table, lang):
    text = relkit.describe_chart(relkit.plot_scorecard(scorecard_table, lang=lang))
    assert "P03, 92.0 (" in text
    assert "P04, 40.0 (" in text
    assert "A 1, B 1, C 1, D 1" in text
    _in_script(text, lang)


def test_scorecard_says_how_many_are_shown(scorecard_table):
    text = relkit.describe_chart(relkit.plot_scorecard(scorecard_table, top=2, lang="en"))
    assert "best 2 of 4 partners" in text
    assert "P01, 78.0 (grade B)" in text  # the lowest of the two drawn


def test_figure_description_joins_its_charts(partners, funnel_table):
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2)
    relkit.plot_bar(partners, x="partner_type", ax=left, lang="en")
    relkit.plot_funnel(funnel_table, ax=right, lang="en")
    lines = relkit.describe_chart(fig).splitlines()
    assert lines[0].startswith("Bar chart")
    assert lines[1].startswith("Funnel chart")
    assert isinstance(fig, CaptionedFigure)  # the learner's own figure shows its caption too
    assert repr(fig).startswith("<Figure size")


def test_not_a_chart_is_refused_in_the_learners_language():
    with pytest.raises(RelkitTypeError, match="Axes"):
        relkit.describe_chart("ax")


def test_plain_figure_has_no_description():
    assert relkit.describe_chart(Figure()) == ""
    assert caption_bundle(Figure()) is None


class _Formatter:
    enabled = True

    def __init__(self, make):
        self.make = make

    def __call__(self, obj):
        return self.make(obj)


class _Shell:
    """The part of an IPython shell the figure uses: the display formatters the inline backend sets."""

    def __init__(self):
        import io

        def png(fig):
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=20)
            return buffer.getvalue()

        self.display_formatter = type("F", (), {})()
        self.display_formatter.formatters = {
            "text/plain": _Formatter(repr),
            "text/html": _Formatter(lambda obj: None),
            "image/png": _Formatter(png),
        }


def test_jupyter_gets_picture_with_alt_text_then_caption(partners, monkeypatch):
    """What a notebook stores: the figure (PNG, alt text, unchanged plain text), then the caption."""
    import IPython
    import IPython.display

    monkeypatch.setattr(IPython, "get_ipython", _Shell)
    shown = []
    monkeypatch.setattr(
        IPython.display, "display", lambda data, raw, metadata=None: shown.append((data, metadata))
    )
    ax = relkit.plot_bar(partners, x="partner_type", lang="hi")
    ax.figure._ipython_display_()
    (figure, figure_meta), (caption, _) = shown
    assert bytes(figure["image/png"][:4]) == b"\x89PNG"
    assert "text/html" not in figure
    assert figure["text/plain"] == "<Figure size 800x500 with 1 Axes>"  # what nbval compared before
    assert figure_meta["image/png"]["alt"] == relkit.describe_chart(ax)
    assert caption["text/plain"] == relkit.describe_chart(ax)
    assert 'class="relkit-chart-description"' in caption["text/html"]
    assert DEVANAGARI.search(caption["text/html"])


def test_description_is_the_same_on_every_run(partners):
    first = relkit.describe_chart(relkit.plot_bar(partners, x="partner_type", y="value_inr"))
    second = relkit.describe_chart(relkit.plot_bar(partners.copy(), x="partner_type", y="value_inr"))
    assert first == second
    assert np.isfinite(len(first))
