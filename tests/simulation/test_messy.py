"""messy=True: the two systems' records, with the truth a deduplication is checked against."""

from __future__ import annotations

import pandas as pd


def test_messy_tables_have_the_columns_unify_expects(messy_world):
    assert list(messy_world.source_records.columns) == [
        "record_id", "source_system", "name", "phone", "email", "city", "signup_date",
    ]  # fmt: skip
    assert list(messy_world.record_truth.columns) == ["record_id", "customer_id"]


def test_truth_covers_every_record_once_and_points_at_real_customers(messy_world):
    records, truth = messy_world.source_records, messy_world.record_truth
    assert truth.record_id.is_unique
    assert set(truth.record_id) == set(records.record_id)
    assert truth.customer_id.isin(messy_world.customers.customer_id).all()


def test_some_people_are_in_both_systems_and_some_rows_are_exact_duplicates(messy_world):
    records = messy_world.source_records.merge(messy_world.record_truth, on="record_id")
    systems = records.groupby("customer_id").source_system.nunique()
    assert (systems == 2).sum() > 50
    assert records.duplicated().sum() > 0
    assert set(records.source_system) == {"web_shop", "call_centre"}


def test_values_vary_like_hand_typed_data(messy_world):
    records = messy_world.source_records
    phone = records.phone.dropna()
    assert phone.str.startswith("+91 ").any()
    assert phone.str.startswith("0").any()
    assert phone.str.contains("-").any()
    dates = records.signup_date.dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()
    assert records.name.str.isupper().any()
    assert records.name.str.contains("  ").any()
    assert records.phone.isna().any()
    assert records.email.isna().any()
    assert records.signup_date.isna().any()


def test_every_written_date_is_the_customers_signup_date(messy_world):
    records = messy_world.source_records.merge(messy_world.record_truth, on="record_id").dropna(
        subset=["signup_date"]
    )
    parsed = [pd.to_datetime(text, format=fmt) for text, fmt in zip(
        records.signup_date,
        ["%Y-%m-%d" if "-" in t else "%d/%m/%Y" if "/" in t else "%d %b %Y" for t in records.signup_date],
        strict=True,
    )]  # fmt: skip
    signup = messy_world.customers.set_index("customer_id").signup_date.loc[records.customer_id]
    assert (pd.Series(parsed).to_numpy() == signup.to_numpy()).all()
