"""The metrics on a small simulated world: everything runs and the numbers make sense together."""

import pytest

import relkit


@pytest.fixture(scope="module")
def world():
    return relkit.simulate(seed=1, customers=300, partners=30, messy=True)  # enough to have B2B leads


def test_crm_metrics_on_a_world(world):
    summary = relkit.customer_summary(world.orders)
    assert len(summary) == world.orders["customer_id"].nunique()
    assert (summary["recency"] <= summary["T"]).all()
    segments = relkit.rfm(world.orders)
    assert segments.index.equals(summary.index)
    cohorts = relkit.cohort_retention(world.orders)
    assert sum(cohorts.attrs["cohort_size"].values()) == len(summary)
    steps = relkit.funnel(world.leads)
    assert steps["reached"].iloc[0] == len(world.leads)
    assert -100 <= relkit.nps(world.nps_responses) <= 100
    assert 0 <= relkit.service_levels(world.tickets)["csat"] <= 1
    assert set(relkit.cac_by_channel(world.customers).index) == set(world.customers["acquisition_channel"])


def test_bgnbd_on_a_world(world):
    model = relkit.fit_bgnbd(relkit.customer_summary(world.orders))
    assert all(value > 0 for value in model.params.values())


def test_unify_finds_most_duplicates(world):
    result = relkit.unify(world.source_records, truth=world.record_truth)
    assert result.quality["f1"] > 0.9
    assert len(result.mapping) == len(world.source_records)


def test_brm_metrics_on_a_world(world):
    card = relkit.scorecard(world.purchase_orders, disputes=world.disputes)
    assert card["score"].between(0, 100).all()
    health = relkit.relationship_health(world)
    assert health.index.equals(world.partners.set_index("partner_id").index.sort_values())
    assert health["health"].between(0, 100).all()
    # each partner is rated on its side of the business: deliveries to the shop, or paying it
    buying = health["partner_type"].isin(["distributor", "reseller"])
    assert health.loc[buying, "scorecard"].isna().all()
    assert health.loc[~buying, "payments"].isna().all()
    assert health.loc[card.index, "scorecard"].notna().all()
    assert health.loc[world.invoices.partner_id.unique(), "payments"].between(0, 100).all()
    assert 0 <= relkit.renewal_rate(world.contracts, partners=world.partners)["renewal_rate"].max() <= 1
    assert relkit.trust_index(world.trust_surveys).between(0, 100).all()
    assert relkit.dispute_resolution_time(world.disputes)["open"] >= 0
    table = relkit.compare_crm_brm(world)
    assert table.shape[1] == 2
