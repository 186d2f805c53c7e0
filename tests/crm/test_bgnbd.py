import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from relkit.crm import customer_summary, fit_bgnbd
from relkit.errors import MissingColumnError, RelkitValueError

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow_customers_summary.csv"


@pytest.fixture(scope="module")
def cdnow():
    return pd.read_csv(CDNOW, index_col="ID")


@pytest.fixture(scope="module")
def cdnow_model(cdnow):
    return fit_bgnbd(cdnow)


def test_fixture_is_the_published_sample(cdnow):
    assert len(cdnow) == 2357
    assert list(cdnow.columns) == ["frequency", "recency", "T"]


def test_reproduces_published_cdnow_estimates(cdnow_model):
    # Fader, Hardie & Lee (2005), Table/section 5: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
    params = cdnow_model.params
    assert round(params["r"], 3) == 0.243
    assert round(params["alpha"], 3) == 4.414
    assert round(params["a"], 3) == 0.793
    assert round(params["b"], 3) == 2.426


def test_log_likelihood_matches_paper(cdnow_model):
    # the paper reports LL = -9582.4 at the maximum
    assert cdnow_model.log_likelihood == pytest.approx(-9582.4, abs=0.05)
    assert cdnow_model.n_customers == 2357


def test_expected_purchases_for_the_papers_example_customer(cdnow_model):
    # Fader & Hardie's worked example: x = 2, t_x = 30.43, T = 38.86 weeks expects 1.226 purchases in
    # the next 39 weeks.
    assert cdnow_model.expected_purchases(39, 2, 30.43, 38.86) == pytest.approx(1.226, abs=5e-4)


def test_p_alive_by_hand(cdnow_model):
    p = cdnow_model.params
    # P(alive) = 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))**(r+x)), x=2, t_x=30.43, T=38.86
    odds = p["a"] / (p["b"] + 1) * ((p["alpha"] + 38.86) / (p["alpha"] + 30.43)) ** (p["r"] + 2)
    assert cdnow_model.p_alive(2, 30.43, 38.86) == pytest.approx(1 / (1 + odds))


def test_p_alive_is_one_without_repeat_purchases(cdnow_model):
    assert cdnow_model.p_alive(0, 0, 38.86) == 1.0
    assert np.all(cdnow_model.p_alive(np.zeros(3), np.zeros(3), np.array([1.0, 10, 50])) == 1.0)


def test_p_alive_falls_with_a_longer_silence(cdnow_model):
    # same purchases, the last one longer ago -> less likely still a customer
    recencies = np.array([35.0, 30.0, 20.0, 10.0, 5.0])
    p = cdnow_model.p_alive(np.full(5, 3.0), recencies, np.full(5, 38.0))
    assert np.all(np.diff(p) < 0)
    assert np.all((p > 0) & (p <= 1))


def test_expected_purchases_grow_with_horizon_and_start_at_zero(cdnow_model):
    assert cdnow_model.expected_purchases(0, 2, 30.43, 38.86) == pytest.approx(0.0, abs=1e-12)
    values = [cdnow_model.expected_purchases(h, 2, 30.43, 38.86) for h in (1, 10, 39, 100)]
    assert all(later > earlier for earlier, later in itertools.pairwise(values))


def test_summary_table_gives_series_indexed_by_customer(cdnow, cdnow_model):
    head = cdnow.head(5)
    alive = cdnow_model.p_alive(head)
    assert list(alive.index) == list(head.index)
    expected = cdnow_model.expected_purchases(39, head)
    assert expected.name == "expected_purchases"
    assert expected.iloc[0] == pytest.approx(cdnow_model.expected_purchases(39, 2, 30.43, 38.86))


def test_model_is_frozen(cdnow_model):
    with pytest.raises(AttributeError):
        cdnow_model.log_likelihood = 0.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        cdnow_model.params["r"] = 1.0  # type: ignore[index]


def test_fits_a_summary_built_from_orders(rng):
    # 200 customers with a handful of orders each: the fit must run and give positive parameters
    rows = []
    for customer in range(200):
        start = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 60)))
        gaps = rng.exponential(30, size=int(rng.integers(1, 6))).cumsum()
        rows += [(customer, start + pd.Timedelta(days=float(g)), 100.0) for g in np.r_[0, gaps[:-1]]]
    orders = pd.DataFrame(rows, columns=["customer_id", "order_date", "amount_inr"])
    model = fit_bgnbd(customer_summary(orders, as_of="2023-12-31"))
    assert all(value > 0 for value in model.params.values())


def test_rejects_summary_without_repeat_buyers():
    summary = pd.DataFrame({"frequency": [0, 0], "recency": [0, 0], "T": [5, 6]})
    with pytest.raises(RelkitValueError, match="bought more than once"):
        fit_bgnbd(summary)


def test_rejects_recency_beyond_t():
    summary = pd.DataFrame({"frequency": [1, 2], "recency": [3, 9], "T": [5, 6]})
    with pytest.raises(RelkitValueError, match="Row 1 of `summary` is impossible"):
        fit_bgnbd(summary)


def test_rejects_raw_orders_instead_of_summary():
    orders = pd.DataFrame({"customer_id": [1], "order_date": ["2024-01-01"], "amount_inr": [10.0]})
    with pytest.raises(MissingColumnError, match="'frequency'"):
        fit_bgnbd(orders)


def test_rejects_negative_penalizer(cdnow):
    with pytest.raises(RelkitValueError, match="`penalizer`"):
        fit_bgnbd(cdnow, penalizer=-1.0)
