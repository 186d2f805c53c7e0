"""The checks every simulated world must pass, shared by the property and behaviour tests."""

from __future__ import annotations

import pandas as pd


def _inside(values: pd.Series, child: pd.DataFrame, parent: pd.DataFrame, key: str) -> bool:
    return bool(values.dropna().isin(parent[key]).all())


def assert_valid_world(world) -> None:
    """Referential integrity, dates in order and inside the window, no negative amounts or quantities."""
    t = world.tables
    start = pd.Timestamp(world.settings["start"])
    end = start + pd.DateOffset(months=world.settings["months"])
    for child, column, parent, key in [
        ("orders", "customer_id", "customers", "customer_id"),
        ("interactions", "customer_id", "customers", "customer_id"),
        ("interactions", "campaign_id", "campaigns", "campaign_id"),
        ("leads", "customer_id", "customers", "customer_id"),
        ("tickets", "customer_id", "customers", "customer_id"),
        ("tickets", "order_id", "orders", "order_id"),
        ("nps_responses", "customer_id", "customers", "customer_id"),
        ("contracts", "partner_id", "partners", "partner_id"),
        ("purchase_orders", "partner_id", "partners", "partner_id"),
        ("disputes", "partner_id", "partners", "partner_id"),
        ("disputes", "po_id", "purchase_orders", "po_id"),
        ("trust_surveys", "partner_id", "partners", "partner_id"),
    ]:
        assert _inside(t[child][column], t[child], t[parent], key), (child, column)
    for name in t:
        primary = {"trust_surveys": ["survey_id", "item"], "source_records": None}.get(
            name, [t[name].columns[0]]
        )
        if primary:
            assert not t[name].duplicated(primary).any(), name

    customers = t["customers"].set_index("customer_id")
    orders = t["orders"]
    first = orders.groupby("customer_id").order_date.min()
    assert (first == customers.signup_date.loc[first.index]).all()
    assert set(first.index) == set(customers.index)  # everyone's first order is on the signup day
    assert not orders.duplicated(["customer_id", "order_date"]).any()
    tickets = t["tickets"]
    answered = tickets.first_response_at.notna()
    assert (tickets.opened_at[answered] <= tickets.first_response_at[answered]).all()
    solved = tickets.resolved_at.notna()
    assert (tickets.first_response_at[solved] <= tickets.resolved_at[solved]).all()
    assert tickets.csat.dropna().between(1, 5).all()
    ticket_orders = orders.set_index("order_id").loc[tickets.order_id]
    assert (ticket_orders.customer_id.to_numpy() == tickets.customer_id.to_numpy()).all()
    assert (ticket_orders.order_date.to_numpy() <= tickets.opened_at.to_numpy()).all()
    assert t["nps_responses"].score.between(0, 10).all()

    won = t["leads"].stage == "won"
    assert t["leads"].customer_id[won].notna().all()
    assert t["leads"].customer_id[~won].isna().all()
    lost = t["leads"].stage == "lost"
    assert t["leads"].lost_at_stage[lost].notna().all()
    assert t["leads"].lost_at_stage[~lost].isna().all()
    lead_customer = customers.signup_date.loc[t["leads"].customer_id[won].astype(int)].to_numpy()
    assert (t["leads"].created_date[won].to_numpy() <= lead_customer).all()

    contracts = t["contracts"]
    assert (contracts.start_date < contracts.end_date).all()
    po = t["purchase_orders"]
    assert (po.po_date <= po.promised_date).all()
    delivered = po.delivered_date.notna()
    assert (po.po_date[delivered] <= po.delivered_date[delivered]).all()
    assert (po.qty_delivered <= po.qty_ordered).all()
    assert (po.defects <= po.units_inspected).all()
    assert (po.units_inspected <= po.qty_delivered).all()
    disputes = t["disputes"]
    settled = disputes.resolved_date.notna()
    assert (disputes.opened_date[settled] <= disputes.resolved_date[settled]).all()
    assert t["trust_surveys"].score.between(1, 5).all()

    window_dates = {
        "customers": ["signup_date"],
        "orders": ["order_date"],
        "interactions": ["date"],
        "campaigns": ["start_date", "end_date"],
        "leads": ["created_date"],
        "tickets": ["opened_at", "first_response_at", "resolved_at"],
        "nps_responses": ["date"],
        "contracts": ["start_date"],
        "purchase_orders": ["po_date", "delivered_date"],
        "disputes": ["opened_date", "resolved_date"],
        "trust_surveys": ["date"],
    }
    for name, columns in window_dates.items():
        for column in columns:
            values = t[name][column].dropna()
            assert ((values >= start) & (values < end)).all(), (name, column)
    for name, frame in t.items():
        numbers = frame.select_dtypes("number")
        assert (numbers.fillna(0) >= 0).all().all(), name
