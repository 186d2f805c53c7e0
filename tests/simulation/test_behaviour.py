"""The behaviour the lessons teach must be in the data: measured on a 6,000-customer, 150-partner world."""

from __future__ import annotations

import numpy as np
import pandas as pd

from relkit.simulation import params


def test_acquisition_cost_differs_by_channel_referral_cheapest_events_dearest(big_world):
    mean_cost = big_world.customers.groupby("acquisition_channel", observed=True).acquisition_cost_inr.mean()
    assert mean_cost.idxmin() == "referral"
    assert mean_cost.idxmax() == "offline_event"
    assert mean_cost["paid_search"] > 2 * mean_cost["referral"]
    assert mean_cost["paid_social"] > 2 * mean_cost["referral"]


def test_acquisition_campaign_budgets_add_up_to_the_customers_they_won(big_world):
    campaigns = big_world.campaigns
    paid = campaigns[campaigns.purpose == "acquisition"]
    customers = big_world.customers
    won = customers[customers.acquisition_channel.isin(["paid_search", "paid_social", "offline_event"])]
    assert paid.budget_inr.sum() == pytest_approx(won.acquisition_cost_inr.sum())


def pytest_approx(value):
    import pytest

    return pytest.approx(value, rel=1e-9)


def test_keeping_a_customer_costs_less_than_winning_one(big_world):
    # retention spend per reached customer = retention campaign budgets / customers those campaigns reached
    campaigns, contacts = big_world.campaigns, big_world.interactions
    retention = campaigns[campaigns.purpose == "retention"]
    reached = contacts[contacts.campaign_id.isin(retention.campaign_id)].customer_id.nunique()
    spend_per_customer = retention.budget_inr.sum() / reached
    cac = big_world.customers.acquisition_cost_inr
    assert spend_per_customer < cac.mean() / 5
    assert (
        spend_per_customer
        < big_world.customers.groupby("acquisition_channel", observed=True).acquisition_cost_inr.mean().min()
    )


def test_email_budget_is_sends_times_unit_cost_within_ten_percent(big_world):
    campaigns, contacts = big_world.campaigns, big_world.interactions
    sends = contacts[contacts.kind == "email_sent"].groupby("campaign_id").size()
    email = campaigns[campaigns.channel == "email"].set_index("campaign_id").budget_inr
    ratio = email.loc[sends.index] / (sends * params.EMAIL_COST_INR)
    assert ratio.between(0.9, 1.1).all()


def test_retention_curve_decays(big_world):
    orders = big_world.orders.merge(big_world.customers[["customer_id", "signup_date"]], on="customer_id")
    month = (orders.order_date - orders.signup_date).dt.days // 30
    eligible = big_world.customers[big_world.customers.signup_date < pd.Timestamp("2023-12-01")]
    active = orders[orders.customer_id.isin(eligible.customer_id)].assign(month=month)
    share = active.groupby("month").customer_id.nunique() / len(eligible)
    assert share[1] > share[4] > share[10]
    assert share[0] == 1.0  # everyone orders on the signup day


def test_funnel_narrows_stage_by_stage(big_world):
    leads = big_world.leads
    reached = leads.lost_at_stage.astype("object").fillna(leads.stage.astype("object"))
    order = ["new", "contacted", "qualified", "proposal", "won"]
    at_least = [int(reached.isin(order[i:]).sum()) for i in range(len(order))]
    assert at_least == sorted(at_least, reverse=True)
    assert at_least[-1] > 0
    assert set(leads.lost_at_stage.dropna()) <= set(order[:-1])


def _partner_view(world) -> pd.DataFrame:
    po = world.purchase_orders[world.purchase_orders.delivered_date.notna()]
    per_partner = (
        po.assign(
            late=po.delivered_date > po.promised_date,
            short=po.qty_delivered < po.qty_ordered,
            defect_share=po.defects / po.units_inspected.where(po.units_inspected > 0),
        )
        .groupby("partner_id")[["late", "short", "defect_share"]]
        .mean()
    )
    per_partner["disputes_per_po"] = (
        world.disputes.groupby("partner_id").size().reindex(per_partner.index, fill_value=0)
        / po.groupby("partner_id").size()
    )
    decided = world.contracts.dropna(subset=["renewed"])
    per_partner["renewal"] = decided.groupby("partner_id").renewed.mean().astype(float)
    per_partner["trust"] = world.trust_surveys.groupby("partner_id").score.mean()
    per_partner["problems"] = per_partner[["late", "short"]].mean(axis=1) + per_partner.defect_share
    return per_partner


def test_problem_partners_have_more_disputes(big_world):
    view = _partner_view(big_world)
    assert view.problems.corr(view.disputes_per_po, method="spearman") > 0.4


def test_disputed_partners_renew_less_often(big_world):
    view = _partner_view(big_world).dropna(subset=["renewal"])
    many = view.disputes_per_po > view.disputes_per_po.median()
    assert view.renewal[many].mean() < view.renewal[~many].mean() - 0.1


def test_trust_falls_with_problems_and_disputes(big_world):
    view = _partner_view(big_world).dropna(subset=["trust"])
    assert view.trust.corr(view.problems, method="spearman") < -0.4
    assert view.trust.corr(view.disputes_per_po, method="spearman") < -0.3
    assert view.trust.corr(view.late, method="spearman") < -0.3


def test_preferred_language_follows_the_state(big_world):
    customers = big_world.customers
    share = pd.crosstab(customers.state, customers.preferred_language, normalize="index")
    assert share.loc["West Bengal", "bn"] > 0.6
    assert share.loc["Bihar", "hi"] > 0.6
    assert share.loc["Karnataka", "en"] > 0.8
    assert share.loc["Bihar", "bn"] == 0.0


def test_native_names_only_for_hindi_and_bengali_speakers(big_world):
    customers = big_world.customers
    english = customers.preferred_language == "en"
    assert customers.name_native[english].isna().all()
    native = customers.name_native[customers.preferred_language == "bn"]
    assert native.str.contains("[\u0980-\u09ff]").all()
    native = customers.name_native[customers.preferred_language == "hi"]
    assert native.str.contains("[\u0900-\u097f]").all()
    assert customers.name.str.fullmatch(r"[A-Za-z .'-]+").all()


def test_phone_and_email_are_clean_and_emails_unique(big_world):
    customers = big_world.customers
    assert customers.phone.str.fullmatch(r"\+91[6-9]\d{9}").all()
    assert customers.email.is_unique
    assert np.all(customers.email.str.contains("@"))
