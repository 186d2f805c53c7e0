"""The checks every simulated world must pass, shared by the property and behaviour tests."""

from __future__ import annotations

import numpy as np
import pandas as pd

from relkit.simulation import gst, params
from relkit.simulation.schema import MESSY_TABLES, TABLES


def _paise(values) -> np.ndarray:
    return np.rint(np.asarray(values, dtype=float) * 100).astype(np.int64)


def assert_keys(world) -> None:
    """Every primary key unique, every foreign key pointing at an existing row (schema.TABLES)."""
    t = world.tables
    specs = {**TABLES, **MESSY_TABLES}
    for name, frame in t.items():
        spec = specs[name]
        if spec.primary_key:
            assert not frame.duplicated(list(spec.primary_key)).any(), name
        for column, (parent, key) in spec.foreign_keys.items():
            values = frame[column].dropna()
            assert values.isin(t[parent][key]).all(), (name, column)


def assert_dates_inside(world) -> None:
    """Every event of the window happened inside it (relationships and dues may begin or end outside)."""
    t = world.tables
    start = pd.Timestamp(world.settings["start"])
    end = start + pd.DateOffset(months=world.settings["months"])
    outside_allowed = {
        ("partners", "since_date"),
        ("contracts", "end_date"),
        ("orders", "promised_date"),
        ("b2b_orders", "promised_date"),
        ("invoices", "due_date"),
        ("purchase_orders", "promised_date"),
        ("purchase_orders", "due_date"),
        ("contracts", "start_date"),
    }
    for name, frame in t.items():
        for column in frame.columns:
            if not pd.api.types.is_datetime64_any_dtype(frame[column]) or (name, column) in outside_allowed:
                continue
            values = frame[column].dropna()
            assert ((values >= start) & (values < end)).all(), (name, column)


def assert_customer_side(world) -> None:
    """Orders, their money and delivery; consents, campaigns and their experiments; tickets and NPS."""
    t = world.tables
    customers = t["customers"].set_index("customer_id")
    orders = t["orders"]
    first = orders.groupby("customer_id").order_date.min()
    assert set(first.index) == set(customers.index)  # everyone's first order is on the signup day
    assert (first == customers.signup_date.loc[first.index]).all()
    assert not orders.duplicated(["customer_id", "order_date"]).any()
    # money: what the customer paid = GST + cost of goods + gross margin, to the paisa; margins positive
    assert (
        _paise(orders.amount_inr)
        == _paise(orders.gst_inr) + _paise(orders.cost_inr) + _paise(orders.margin_inr)
    ).all()
    assert (orders.cost_inr > 0).all()
    assert (orders.margin_inr > 0).all()
    # delivery: promised 2-6 days ahead; delivered after the order day, unless returned to origin or
    # on the way
    promise = (orders.promised_date - orders.order_date).dt.days
    low, high = params.DELIVERY_PROMISE_DAYS
    assert promise.between(low, high).all()
    arrived = orders.delivered_date.notna()
    assert (arrived == orders.outcome.isin(["delivered", "returned"])).all()
    assert (orders.delivered_date[arrived] > orders.order_date[arrived]).all()
    shipped = orders.shipped_date.notna()
    assert (orders.shipped_date[shipped] > orders.order_date[shipped]).all()
    both = shipped & arrived
    assert (orders.delivered_date[both] > orders.shipped_date[both]).all()
    assert (orders.outcome[orders.damaged] == "returned").all()  # a damaged parcel goes back
    couriers = t["partners"].query("category == 'logistics'").partner_id
    assert orders.courier_id.dropna().isin(couriers).all()
    if len(couriers):
        assert orders.courier_id.notna().all()

    consents = t["consents"]
    assert len(consents) == len(customers) * len(params.MESSAGE_CHANNELS)
    assert (consents.opted_in == consents.consent_date.notna()).all()
    signup = customers.signup_date.loc[consents.customer_id].to_numpy()
    assert (consents.consent_date.dropna().to_numpy() >= signup[consents.opted_in.to_numpy()]).all()

    campaigns = t["campaigns"].set_index("campaign_id")
    members = t["campaign_members"]
    contacts = t["interactions"].dropna(subset=["campaign_id"])
    contacted = contacts[["campaign_id", "customer_id"]].drop_duplicates()
    grouped = contacted.merge(members, on=["campaign_id", "customer_id"], how="left")
    assert (grouped["group"] == "treatment").all()  # only the treatment group is ever contacted
    assert campaigns.loc[members.campaign_id.unique(), "purpose"].eq("retention").all()
    # consent and DND: every message went to a customer who had opted in to that channel by then
    sent = contacts[
        contacts.kind.isin([f"{c}_sent" for c in ("email", "whatsapp", "sms", "push")] + ["call"])
    ]
    channel = sent.kind.astype(str).str.replace("_sent", "", regex=False)
    consent = consents.set_index(["customer_id", "channel"]).consent_date
    agreed = consent.reindex(pd.MultiIndex.from_arrays([sent.customer_id, channel])).to_numpy()
    assert (agreed <= sent.date.to_numpy()).all()  # NaT (no consent) compares False
    phone = channel.isin(["sms", "call"]).to_numpy()
    assert not customers.dnd.loc[sent.customer_id[phone]].any()

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


def assert_partner_side(world) -> None:
    """Partners and GSTINs, purchase orders, the sell side's GST arithmetic and payments, disputes, trust."""
    t = world.tables
    partners = t["partners"]
    assert partners.gstin.map(gst.is_valid_gstin).all()
    assert (partners.gstin.str[:2].to_numpy() == gst.state_codes(partners.state)).all()
    msme_suppliers = partners[partners.msme & partners.partner_type.isin(["supplier", "vendor"])]
    assert (msme_suppliers.terms_days <= 45).all()
    sell = partners.partner_type.isin(["distributor", "reseller"])
    assert partners.credit_limit_inr[sell].notna().all()
    assert partners.credit_limit_inr[~sell].isna().all()

    contracts = t["contracts"]
    assert (contracts.start_date < contracts.end_date).all()
    po = t["purchase_orders"]
    assert (po.po_date <= po.promised_date).all()
    delivered = po.delivered_date.notna()
    assert (po.po_date[delivered] <= po.delivered_date[delivered]).all()
    assert (po.qty_delivered <= po.qty_ordered).all()
    assert (po.defects <= po.units_inspected).all()
    assert (po.units_inspected <= po.qty_delivered).all()
    assert po.partner_id.isin(partners.partner_id[partners.partner_type.isin(["supplier", "vendor"])]).all()

    lines, invoices = t["invoice_lines"], t["invoices"].set_index("invoice_id")
    # GST: CGST = SGST within a state, IGST only across states, tax = taxable x rate to the paisa
    seller = invoices.seller_gstin.str[:2]
    inside = (seller == invoices.place_of_supply).loc[lines.invoice_id].to_numpy()
    taxable, cgst, sgst, igst = (
        _paise(lines[c]) for c in ("taxable_inr", "cgst_inr", "sgst_inr", "igst_inr")
    )
    assert (cgst == sgst).all()
    assert (igst[inside] == 0).all()
    assert (cgst[~inside] == 0).all()
    assert (np.abs(cgst + sgst + igst - taxable * lines.gst_rate.to_numpy()) <= 1.0).all()
    assert (invoices.buyer_gstin.str[:2] == invoices.place_of_supply).all()
    sums = (
        lines.assign(taxable=taxable, tax=cgst + sgst + igst).groupby("invoice_id")[["taxable", "tax"]].sum()
    )
    assert (sums.taxable.to_numpy() == _paise(invoices.taxable_inr.loc[sums.index])).all()
    assert (sums.taxable + sums.tax).to_numpy().tolist() == _paise(
        invoices.total_inr.loc[sums.index]
    ).tolist()
    paid = t["payments"].groupby("invoice_id").amount_inr.sum()
    credited = t["credit_notes"].groupby("invoice_id").amount_inr.sum()
    owed = invoices.total_inr.sub(credited, fill_value=0)
    assert (_paise(paid) <= _paise(owed.loc[paid.index])).all()  # nobody pays more than they owe
    assert (_paise(credited) <= _paise(invoices.total_inr.loc[credited.index])).all()
    b2b_lines = t["b2b_order_lines"]
    assert (b2b_lines.quantity_delivered <= b2b_lines.quantity_ordered).all()

    disputes = t["disputes"]
    settled = disputes.resolved_date.notna()
    assert (disputes.opened_date[settled] <= disputes.resolved_date[settled]).all()
    assert t["trust_surveys"].score.between(1, 5).all()


def assert_valid_world(world) -> None:
    """Keys, dates inside the window, no negative numbers, and the rules of each side of the business."""
    assert_keys(world)
    assert_dates_inside(world)
    for name, frame in world.tables.items():
        numbers = frame.select_dtypes("number")
        assert (numbers.fillna(0) >= 0).all().all(), name
    assert_customer_side(world)
    assert_partner_side(world)
