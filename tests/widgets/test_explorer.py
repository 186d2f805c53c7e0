from __future__ import annotations

import math
import re

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.formatting import format_inr, format_number
from relkit.widgets import explorer as explorer_module
from relkit.widgets import explorer_outputs

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.fixture
def explorer():
    """The explorer at its default settings (r 0.8, m 500, d 0.01, CAC 1500, 36 months)."""
    return relkit.retention_explorer()


def _texts(explorer) -> dict[str, str]:
    return {
        "clv": explorer.clv_text.value,
        "ratio": explorer.ltv_cac_text.value,
        "payback": explorer.payback_text.value,
    }


def _legend_texts(explorer) -> list[str]:
    return [text.get_text() for text in explorer.axes.get_legend().get_texts()]


# --- the update step as a plain function ---------------------------------------------------------


def test_outputs_small_example_by_hand():
    out = explorer_outputs(retention=0.5, margin_inr=100, discount=0.0, cac_inr=60, months=3)
    # x = 0.5 / 1.0 = 0.5; month 1: 100*0.5 = 50; month 2: + 25 = 75; month 3: + 12.5 = 87.5
    np.testing.assert_allclose(out.cumulative, [0.0, 50.0, 75.0, 87.5])
    assert out.months.tolist() == [0, 1, 2, 3]
    assert out.breakeven == 2  # 50 < 60 <= 75
    assert out.clv == pytest.approx(100.0)  # 100 * 0.5 / (1 + 0 - 0.5)
    assert out.ltv_cac == pytest.approx(100 / 60)
    # payback: 100 * (1 - 0.5**n) = 60 -> 0.5**n = 0.4, inside month 2 as the break-even marker says
    assert out.payback == pytest.approx(math.log(0.4) / math.log(0.5))


def test_outputs_discount_shrinks_each_month():
    out = explorer_outputs(retention=0.8, margin_inr=100, discount=0.25, cac_inr=1000, months=2)
    # x = 0.8 / 1.25 = 0.64; month 1: 64; month 2: 64 + 100 * 0.64**2 = 64 + 40.96
    np.testing.assert_allclose(out.cumulative, [0.0, 64.0, 104.96])
    assert out.breakeven is None  # never reaches 1000 within 2 months


def test_outputs_use_relkit_metrics():
    out = explorer_outputs(retention=0.8, margin_inr=600, discount=0.01, cac_inr=1500, months=36)
    assert out.clv == pytest.approx(relkit.clv_simple(600, 0.8, 0.01))
    assert out.ltv_cac == pytest.approx(relkit.ltv_cac(relkit.clv_simple(600, 0.8, 0.01), 1500))
    assert out.payback == pytest.approx(relkit.payback_months(1500, 600, retention=0.8, discount=0.01))


@settings(max_examples=60, deadline=None)
@given(
    retention=st.floats(0.0, 0.99),
    margin=st.floats(0.0, 10_000.0),
    discount=st.floats(0.0, 0.2),
    months=st.integers(1, 120),
)
def test_curve_rises_towards_clv(retention, margin, discount, months):
    out = explorer_outputs(
        retention=retention, margin_inr=margin, discount=discount, cac_inr=1000.0, months=months
    )
    steps = np.diff(out.cumulative)
    assert (steps >= -1e-9).all()  # margin only adds up
    assert out.cumulative[-1] <= out.clv * (1 + 1e-9) + 1e-9  # the whole future is CLV
    x = retention / (1 + discount)
    closed = margin * x * (1 - x**months) / (1 - x)  # the geometric sum, x < 1 here
    assert out.cumulative[-1] == pytest.approx(closed, rel=1e-9, abs=1e-6)
    if out.breakeven is not None:
        assert out.cumulative[out.breakeven] >= 1000.0 > out.cumulative[out.breakeven - 1]


# --- the widget ---------------------------------------------------------------------------------------


def test_default_build_shows_the_metrics(explorer):
    clv = relkit.clv_simple(500, 0.8, 0.01)
    texts = _texts(explorer)
    assert format_inr(clv, decimals=0) in texts["clv"]
    assert format_number(relkit.ltv_cac(clv, 1500), decimals=2) in texts["ratio"]
    payback = relkit.payback_months(1500, 500, retention=0.8, discount=0.01)
    assert format_number(payback, decimals=1) in texts["payback"]
    assert "Customer Lifetime Value" in texts["clv"]
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    assert explorer.error.value == ""


def test_slider_change_updates_texts_and_lines(explorer):
    explorer.sliders["retention"].value = 0.9
    explorer.sliders["margin_inr"].value = 600.0
    explorer.sliders["cac_inr"].value = 2000.0
    clv = relkit.clv_simple(600, 0.9, 0.01)  # 540 / 0.11 = 4909.09
    assert format_inr(clv, decimals=0) in explorer.clv_text.value
    assert format_number(relkit.ltv_cac(clv, 2000), decimals=2) in explorer.ltv_cac_text.value
    x, y = explorer.curve.get_data()
    expected = np.concatenate(([0.0], np.cumsum(600 * (0.9 / 1.01) ** np.arange(1, 37))))
    np.testing.assert_allclose(y, expected)
    assert list(x) == list(range(37))
    assert list(explorer.cac_line.get_ydata()) == [2000.0, 2000.0]
    month = int(np.argmax(expected >= 2000))
    assert list(explorer.breakeven_marker.get_xdata()) == [month]
    assert f"month {month}" in _legend_texts(explorer)[2]


@pytest.mark.parametrize(
    ("name", "value"), [("retention", 0.6), ("margin_inr", 900.0), ("discount", 0.02), ("cac_inr", 4000.0)]
)
def test_every_slider_redraws(explorer, name, value):
    before_png, before_curve = explorer.image.value, explorer.curve.get_ydata().copy()
    explorer.sliders[name].value = value
    assert explorer.image.value != before_png
    if name != "cac_inr":
        assert not np.allclose(explorer.curve.get_ydata(), before_curve)
    fresh = explorer_outputs(**explorer.values(), months=36)
    assert explorer.outputs.clv == pytest.approx(fresh.clv)
    assert explorer.outputs.payback == pytest.approx(fresh.payback)
    np.testing.assert_allclose(explorer.curve.get_ydata(), fresh.cumulative)


def test_never_paying_back_says_so(explorer):
    explorer.sliders["retention"].value = 0.3
    explorer.sliders["cac_inr"].value = 20000.0
    assert "never" in explorer.payback_text.value
    assert list(explorer.breakeven_marker.get_xdata()) == []
    assert "No break-even within 36 months" in _legend_texts(explorer)


def test_update_called_directly_returns_outputs(explorer):
    explorer.sliders["discount"].unobserve_all()
    explorer.sliders["discount"].value = 0.03
    assert format_inr(relkit.clv_simple(500, 0.8, 0.03), decimals=0) not in explorer.clv_text.value
    out = explorer.update()
    assert out.clv == pytest.approx(relkit.clv_simple(500, 0.8, 0.03))
    assert format_inr(out.clv, decimals=0) in explorer.clv_text.value


def test_hindi_build_labels_in_devanagari():
    with relkit.language("hi"):
        explorer = relkit.retention_explorer()
    for slider in explorer.sliders.values():
        assert DEVANAGARI.search(slider.description), slider.description
    ax = explorer.axes
    for text in (ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), *_legend_texts(explorer)):
        assert DEVANAGARI.search(text), text
    assert "(Customer value over time vs CAC)" in ax.get_title()  # bilingual title
    assert ax.title.get_fontfamily()[0] == "relkit Noto Sans Devanagari"
    assert DEVANAGARI.search(explorer.clv_text.value)


def test_labels_follow_the_language_at_each_change(explorer):
    assert not BENGALI.search(explorer.axes.get_xlabel())
    with relkit.language("bn"):
        explorer.sliders["retention"].value = 0.85
    assert BENGALI.search(explorer.axes.get_xlabel())
    assert BENGALI.search(explorer.sliders["cac_inr"].description)
    assert explorer.axes.xaxis.label.get_fontfamily()[0] == "relkit Hind Siliguri"


def test_relkit_error_in_callback_is_shown_translated(explorer, monkeypatch):
    def broken(margin, retention, discount):
        raise RelkitValueError("err.out_of_range", name="retention", value="1.5", interval="[0, 1)")

    monkeypatch.setattr(explorer_module, "clv_simple", broken)
    with relkit.language("hi"):
        explorer.sliders["retention"].value = 0.7
    assert "`retention` का मान [0, 1) के भीतर होना चाहिए" in explorer.error.value
    assert "एक्सप्लोरर अपडेट नहीं हो सका" in explorer.error.value
    assert 'role="alert"' in explorer.error.value
    monkeypatch.undo()
    explorer.sliders["retention"].value = 0.75
    assert explorer.error.value == ""


def test_unexpected_error_is_shown_and_raised(explorer, monkeypatch):
    def broken(cac, margin, *, retention=None, discount=0.0):
        raise ZeroDivisionError("division by zero in payback")

    monkeypatch.setattr(explorer_module, "payback_months", broken)
    with pytest.raises(ZeroDivisionError, match="payback"):
        explorer.sliders["cac_inr"].value = 1800.0
    assert "division by zero in payback" in explorer.error.value


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"retention": 80}, RelkitValueError, "retention.*80"),
        ({"margin_inr": "500"}, RelkitTypeError, "margin.*'500'"),
        ({"months": 0}, RelkitValueError, "months"),
        ({"cac_inr": 0}, RelkitValueError, "cac"),
    ],
)
def test_bad_arguments_are_named(kwargs, error, match):
    with pytest.raises(error, match=match):
        relkit.retention_explorer(**kwargs)


def test_bad_argument_message_in_bengali():
    with relkit.language("bn"):
        with pytest.raises(RelkitValueError) as caught:
            relkit.retention_explorer(retention=80)
        assert BENGALI.search(str(caught.value))


def test_slider_range_contains_a_large_starting_value():
    explorer = relkit.retention_explorer(cac_inr=50_000, margin_inr=9000)
    assert explorer.sliders["cac_inr"].value == 50_000
    assert explorer.sliders["margin_inr"].value == 9000


def test_plain_text_form_is_short_and_stable(explorer):
    explorer.sliders["retention"].value = 0.85
    text = explorer._repr_mimebundle_()["text/plain"]  # what Jupyter stores as the plain-text output
    assert text == "RetentionExplorer(retention=0.85, margin_inr=500, discount=0.01, cac_inr=1500, months=36)"


@settings(max_examples=80, deadline=None)
@given(
    retention=st.floats(0.0, 0.99),
    margin=st.floats(10.0, 5000.0),
    discount=st.floats(0.0, 0.05),
    cac=st.floats(100.0, 20000.0),
)
def test_the_marked_break_even_month_is_the_month_the_payback_falls_in(retention, margin, discount, cac):
    import math

    out = explorer_outputs(retention=retention, margin_inr=margin, discount=discount, cac_inr=cac, months=36)
    if math.isfinite(out.payback) and out.payback <= 35.999:
        assume(abs(out.payback - round(out.payback)) > 1e-6)  # not exactly on a month boundary
        assert out.breakeven == math.ceil(out.payback)
    else:
        assert out.breakeven is None or out.breakeven == 36
