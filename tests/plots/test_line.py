import pandas as pd
import pytest

import relkit
from relkit.errors import MissingColumnError, RelkitValueError
from relkit.plots import plot_line

from .conftest import assert_fonts_draw_every_label


def test_one_line_per_hue_value(monthly_orders):
    ax = plot_line(monthly_orders, x="order_date", y="amount_inr", hue="channel")
    lines = ax.get_lines()
    assert [line.get_ydata().tolist() for line in lines] == [[100, 200, 300, 400], [10, 20, 30, 40]]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Mobile app", "Marketplace"]
    assert ax.get_legend().get_title().get_text() == "Channel"
    assert ax.get_title() == "Amount (₹) over time"


def test_rows_on_the_same_date_are_added(monthly_orders):
    ax = plot_line(monthly_orders, x="order_date", y="amount_inr")
    # January: 100 + 10 = 110, February 220, March 330, April 440
    assert ax.get_lines()[0].get_ydata().tolist() == [110, 220, 330, 440]
    ax = plot_line(monthly_orders, x="order_date", y="amount_inr", agg="mean")
    assert ax.get_lines()[0].get_ydata().tolist() == [55, 110, 165, 220]


def test_months_are_named_in_hindi(monthly_orders):
    with relkit.language("hi"):
        ax = plot_line(monthly_orders, x="order_date", y="amount_inr", hue="channel")
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["जन॰ 2024", "फ़र॰ 2024", "मार्च 2024", "अप्रैल 2024"]  # 91 days: month names
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["मोबाइल ऐप", "मार्केटप्लेस"]
    assert ax.get_title() == "समय के साथ राशि (₹) (Amount (₹) over time)"
    assert_fonts_draw_every_label(ax, "hi")


def test_periods_and_numbers_on_x(monthly_orders):
    periods = monthly_orders.assign(order_date=monthly_orders["order_date"].dt.to_period("M"))
    ax = plot_line(periods, x="order_date", y="amount_inr", lang="bn")
    assert_fonts_draw_every_label(ax, "bn")
    numbers = pd.DataFrame({"recency_days": [1, 2, 3], "monetary_inr": [10.0, 20.0, 30.0]})
    ax = plot_line(numbers, x="recency_days", y="monetary_inr")
    assert ax.get_title() == "Total spend (₹) by Days since last order"


@pytest.mark.usefixtures("each_language")
def test_every_label_has_its_glyphs(monthly_orders):
    ax = plot_line(monthly_orders, x="order_date", y="amount_inr", hue="channel")
    assert_fonts_draw_every_label(ax, relkit.get_language())


def test_common_mistakes(monthly_orders):
    with pytest.raises(MissingColumnError, match="'amount'"):
        plot_line(monthly_orders, x="order_date", y="amount")
    # Text along x is blamed on `x` (not on `y`), and categories are sent to plot_bar.
    with pytest.raises(RelkitValueError, match=r"Column 'channel' of `data` goes along `x`.*plot_bar"):
        plot_line(monthly_orders, x="channel", y="amount_inr")
