import pytest

import relkit
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError
from relkit.plots import plot_bar

from .conftest import assert_fonts_draw_every_label, tick_texts


def test_counts_rows_per_category_tallest_first(partners):
    ax = plot_bar(partners, x="partner_type")
    # supplier 3 rows, vendor 1, distributor 1 (ties keep first appearance)
    assert [bar.get_height() for bar in ax.patches] == [3, 1, 1]
    assert tick_texts(ax.get_xticklabels()) == ["Supplier", "Vendor", "Distributor"]
    assert ax.get_ylabel() == "Count"
    assert ax.get_title() == "Count by Partner type"


def test_sums_and_means(partners):
    ax = plot_bar(partners, x="partner_type", y="value_inr", sort=False)
    # supplier: 2,00,000 + 1,00,000 + 0 = 3,00,000; vendor 50,000; distributor 3 crore
    assert [bar.get_height() for bar in ax.patches] == [300_000, 50_000, 30_000_000]
    ax = plot_bar(partners, x="partner_type", y="value_inr", agg="mean", sort=False)
    assert ax.patches[0].get_height() == pytest.approx(100_000)  # 3,00,000 / 3


def test_labels_in_hindi_with_english_beside_the_title(partners):
    with relkit.language("hi"):
        ax = plot_bar(partners, x="partner_type", y="value_inr")
    assert tick_texts(ax.get_xticklabels()) == ["वितरक", "आपूर्तिकर्ता", "विक्रेता"]
    assert ax.get_xlabel() == "भागीदार का प्रकार"
    assert ax.get_ylabel() == "मूल्य (₹)"
    assert ax.get_title() == "भागीदार का प्रकार के अनुसार मूल्य (₹)\n(Value (₹) by Partner type)"
    assert_fonts_draw_every_label(ax, "hi")


def test_money_axis_in_lakh_and_crore(partners):
    ax = plot_bar(partners, x="partner_type", y="value_inr", lang="bn")
    ax.figure.canvas.draw()
    ticks = tick_texts(ax.get_yticklabels())
    assert any(text.endswith("কোটি") for text in ticks), ticks
    assert ax.yaxis.get_major_formatter()(1_50_00_000, 0) == "₹1.50 কোটি"


def test_bilingual_can_be_switched_off(partners):
    relkit.set_bilingual(False)
    ax = plot_bar(partners, x="partner_type", lang="bn")
    assert ax.get_title() == "অংশীদারের ধরন অনুযায়ী সংখ্যা"


@pytest.mark.usefixtures("each_language")
def test_every_label_has_its_glyphs(partners):
    ax = plot_bar(partners, x="partner_type", y="value_inr")
    assert_fonts_draw_every_label(ax, relkit.get_language())


def test_draws_on_given_axes(partners):
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    assert plot_bar(partners, x="partner_type", ax=ax) is ax


def test_common_mistakes(partners):
    with pytest.raises(MissingColumnError, match="'type'"):
        plot_bar(partners, x="type")
    with pytest.raises(RelkitValueError, match="must hold numbers"):
        plot_bar(partners, x="partner_type", y="partner_id")
    with pytest.raises(RelkitValueError, match="`agg` cannot be 'count'"):
        plot_bar(partners, x="partner_type", y="value_inr", agg="count")
    with pytest.raises(RelkitTypeError, match="`ax` must be a matplotlib Axes"):
        plot_bar(partners, x="partner_type", ax="left")
    with pytest.raises(RelkitTypeError, match="DataFrame"):
        plot_bar(partners.to_dict(), x="partner_type")


def test_error_in_bengali(partners):
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="সংখ্যা থাকতে হবে"):
        plot_bar(partners, x="partner_type", y="partner_id")
