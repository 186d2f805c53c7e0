import pandas as pd
import pytest

from relkit.crm import unify
from relkit.crm.unify import normalise_name, normalise_phone, parse_mixed_dates
from relkit.errors import MissingColumnError


@pytest.fixture
def records():
    return pd.DataFrame(
        {
            "record_id": ["w1", "c1", "w2", "c2", "w3", "c3"],
            "source_system": ["web_shop", "call_centre"] * 3,
            "name": ["Riya Sen", "RIYA  SEN", "Mohd Aslam", "Mohammed Aslam", "Anita Roy", "Sunil Roy"],
            "phone": ["+91 98300 12345", None, "9000000001", "+91-90000-00001", None, None],
            "email": ["riya@example.com", "Riya@Example.com", None, None, "anita@x.in", "sunil@x.in"],
            "city": ["Kolkata", "Calcutta", "Patna", "Patna", "Pune", "Pune"],
            "signup_date": ["2024-03-05", "04/03/2024", "1 Feb 2024", "2024-02-01", None, "2023-12-31"],
        }
    )


@pytest.fixture
def truth():
    return pd.DataFrame(
        {"record_id": ["w1", "c1", "w2", "c2", "w3", "c3"], "customer_id": [1, 1, 2, 2, 3, 4]}
    )


def test_normalisers():
    assert normalise_name("Smt. Lakshami  DEVI") == "lakshmi devi"
    assert normalise_phone("(0) 98300-12345") == "9830012345"
    assert normalise_phone(9830012345.0) == "9830012345"
    dates = parse_mixed_dates(pd.Series(["2024-03-05", "05/03/2024", "5 Mar 2024", "March 5, 2024"]))
    assert (dates == pd.Timestamp("2024-03-05")).all()


def test_unify_merges_by_email_phone_and_name(records, truth):
    result = unify(records, truth=truth)
    mapping = result.mapping
    assert mapping["w1"] == mapping["c1"]  # same e-mail, case aside
    assert mapping["w2"] == mapping["c2"]  # same phone in two styles
    assert mapping["w3"] != mapping["c3"]  # different people in the same city
    assert len(result.customers) == 4
    riya = result.customers.loc[mapping["w1"]]
    assert riya["signup_date"] == pd.Timestamp("2024-03-04")  # earliest of Mar 5 and 04/03 (day first)
    assert riya["records"] == 2
    assert riya["sources"] == "call_centre, web_shop"


def test_match_quality_by_hand(records, truth):
    # predicted clusters {w1,c1} {w2,c2} {w3} {c3}: 2 pairs, both true; true pairs: 2 -> all 1.0
    assert unify(records, truth=truth).quality.tolist() == [1.0, 1.0, 1.0]
    # if the truth says w3 and c3 are one person, recall drops to 2 / 3
    merged = truth.assign(customer_id=[1, 1, 2, 2, 3, 3])
    quality = unify(records, truth=merged).quality
    assert quality["precision"] == 1.0
    assert quality["recall"] == pytest.approx(2 / 3)
    assert quality["f1"] == pytest.approx(2 * (2 / 3) / (1 + 2 / 3))


def test_fuzzy_name_within_city():
    records = pd.DataFrame(
        {
            "record_id": [1, 2, 3],
            "source_system": ["web_shop", "call_centre", "call_centre"],
            "name": ["Priyanka Chatterjee", "Priyanka Chaterjee", "Priyanka Chaterjee"],
            "phone": [None, None, None],
            "email": [None, None, None],
            "city": ["Kolkata", "Kolkata", "Delhi"],
            "signup_date": ["2024-01-01"] * 3,
        }
    )
    mapping = unify(records).mapping
    assert mapping[1] == mapping[2]  # one dropped letter, same city
    assert mapping[1] != mapping[3]  # different city: kept apart


def test_missing_column(records):
    with pytest.raises(MissingColumnError, match="'email'"):
        unify(records.drop(columns="email"))
