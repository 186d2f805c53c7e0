import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import relkit
from relkit.crm import cac_by_channel, clv_simple, ltv_cac, payback_months
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError


def test_clv_by_hand():
    # 500 * 0.75 / (1 + 0.25 - 0.75) = 375 / 0.5 = 750
    assert clv_simple(500, 0.75, 0.25) == pytest.approx(750.0)
    # without discounting: 1000 * 0.5 / (1 - 0.5) = 1000
    assert clv_simple(1000, 0.5, 0.0) == pytest.approx(1000.0)
    assert clv_simple(1000, 0.0, 0.1) == 0.0


def test_clv_equals_the_discounted_sum_it_stands_for():
    m, r, d = 800.0, 0.7, 0.12
    series = sum(m * r**k / (1 + d) ** k for k in range(1, 400))
    assert clv_simple(m, r, d) == pytest.approx(series)


def test_clv_vectorised():
    values = clv_simple(np.array([100.0, 200.0]), 0.5, np.array([0.0, 1.0]))
    # 100 * 0.5 / 0.5 = 100; 200 * 0.5 / 1.5 = 66.67
    assert values == pytest.approx([100.0, 200 / 3])


@given(st.floats(0, 1e6), st.floats(0, 0.99), st.floats(0, 1))
def test_clv_grows_with_retention(m, r, d):
    assert clv_simple(m, min(r + 0.005, 0.999), d) >= clv_simple(m, r, d) >= 0


@pytest.mark.parametrize("retention", [1.0, 80, -0.1])
def test_retention_outside_unit_interval(retention):
    with pytest.raises(RelkitValueError, match=r"`retention` must lie in \[0, 1\)"):
        clv_simple(100, retention, 0.1)


def test_retention_array_with_a_percentage():
    with pytest.raises(RelkitValueError, match=r"80\.0 was given"):
        clv_simple(100, [0.5, 80], 0.1)


def test_negative_margin_and_text():
    with pytest.raises(RelkitValueError, match="`margin`"):
        clv_simple(-5, 0.5, 0.1)
    with pytest.raises(RelkitTypeError, match="`discount` must be a number"):
        clv_simple(5, 0.5, "10%")


def test_clv_error_in_hindi():
    with relkit.language("hi"), pytest.raises(RelkitValueError, match="के भीतर होना चाहिए"):
        clv_simple(100, 1.5, 0.1)


def test_ltv_cac():
    assert ltv_cac(3000, 1000) == 3.0
    with pytest.raises(RelkitValueError, match="`cac` must be greater than 0"):
        ltv_cac(3000, 0)


def test_payback_without_retention():
    assert payback_months(1200, 300) == 4.0
    assert payback_months(0, 300) == 0.0
    assert payback_months(100, 0) == math.inf


def test_payback_with_retention_by_hand():
    # r = 0.5, m = 400, cac = 300: month k brings 400 * 0.5**k, so n months bring
    # 400 * 0.5 * (1 - 0.5**n) / 0.5 = 400 (1 - 0.5**n) = 300 -> 0.5**n = 0.25 -> n = 2
    assert payback_months(300, 400, retention=0.5) == pytest.approx(2.0)
    # all future margin is CLV = 400 * 0.5 / (1 - 0.5) = 400 < 600: never
    assert payback_months(600, 400, retention=0.5) == math.inf
    assert payback_months(600, 400, retention=1.0) == 1.5  # no churn, no discount: 600 / 400
    assert payback_months(300, 400, retention=0.0) == math.inf  # gone before the first month's margin


def test_payback_with_discount_by_hand():
    # r = 1, d = 1 -> q = 0.5, the same sums as above: 400 (1 - 0.5**n) = 300 -> n = 2
    assert payback_months(300, 400, retention=1.0, discount=1.0) == pytest.approx(2.0)
    # r = 0.8, d = 0.25 -> q = 0.64: CLV = 500 * 0.8 / (1.25 - 0.8) = 888.9 > 800, so it pays back;
    # n = log(1 - 800 * 0.36 / (500 * 0.64)) / log(0.64) = log(0.1) / log(0.64) = 5.159
    assert payback_months(800, 500, retention=0.8, discount=0.25) == pytest.approx(5.159, abs=1e-3)


@given(st.floats(1, 1e5), st.floats(1, 1e4), st.floats(0.01, 0.99))
def test_payback_with_churn_is_never_sooner(cac, margin, r):
    # each month brings at most m, so with churn it takes at least cac / m months
    assert payback_months(cac, margin, retention=r) >= payback_months(cac, margin) * (1 - 1e-9)


@given(st.floats(1, 1e5), st.floats(1, 1e4), st.floats(0.0, 0.99), st.floats(0.0, 0.2))
def test_payback_is_finite_exactly_when_clv_exceeds_cac(cac, margin, r, d):
    clv = clv_simple(margin, r, d)
    assume(abs(clv - cac) > 1e-6 * cac)  # away from the knife edge
    assert math.isfinite(payback_months(cac, margin, retention=r, discount=d)) == (clv > cac)


def test_cac_by_channel_by_hand(rng):
    customers = pd.DataFrame(
        {"acquisition_channel": ["a", "b", "a", "b", "b"], "acquisition_cost_inr": [100.0, 50, 300, 70, 90]}
    )
    table = cac_by_channel(customers.sample(frac=1.0, random_state=int(rng.integers(1000))))
    # a: (100 + 300) / 2 = 200; b: (50 + 70 + 90) / 3 = 70 -> b first (cheapest)
    assert table.index.tolist() == ["b", "a"]
    assert table["cac_inr"].tolist() == [70.0, 200.0]
    assert table["customers"].tolist() == [3, 2]
    with pytest.raises(MissingColumnError, match="acquisition_cost_inr"):
        cac_by_channel(customers.drop(columns="acquisition_cost_inr"))
