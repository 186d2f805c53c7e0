import numpy as np
import pandas as pd
import pytest

import relkit
from relkit.errors import MissingColumnError, RelkitTypeError, RelkitValueError
from relkit.validation import (
    check_choice,
    check_count,
    check_fraction,
    check_frame,
    check_nonnegative,
    check_number,
    parse_date,
    parse_date_columns,
)


@pytest.fixture
def orders():
    return pd.DataFrame(
        {"customer_id": ["C1", "C2"], "order_date": ["2024-01-05", None], "amount_inr": [10, 20]}
    )


def test_check_frame_returns_the_frame_untouched(orders):
    assert check_frame(orders, name="orders", columns=["customer_id"]) is orders


def test_missing_column_names_it_and_lists_those_present(orders):
    with pytest.raises(MissingColumnError, match=r"no column 'amount'.*has: 'customer_id', 'order_date'"):
        check_frame(orders, name="orders", columns=["customer_id", "amount"])


def test_several_missing_columns_are_all_named(orders):
    with pytest.raises(MissingColumnError, match="lacks the columns 'a', 'b'"):
        check_frame(orders, name="orders", columns=["a", "b"])


def test_missing_column_message_in_hindi(orders):
    with relkit.language("hi"), pytest.raises(MissingColumnError, match="`orders` में 'amount' कॉलम नहीं है"):
        check_frame(orders, name="orders", columns=["amount"])


@pytest.mark.parametrize("thing", [[1, 2], {"a": [1]}, pd.Series([1]), None])
def test_a_non_frame_is_a_type_error_naming_what_was_given(thing):
    with pytest.raises(RelkitTypeError, match=f"but a {type(thing).__name__} was given"):
        check_frame(thing, name="orders")


def test_empty_frame_is_refused_unless_allowed(orders):
    with pytest.raises(RelkitValueError, match="has no rows"):
        check_frame(orders.iloc[:0], name="orders")
    assert check_frame(orders.iloc[:0], name="orders", allow_empty=True).empty


def test_dates_as_strings_are_parsed_and_missing_stay_missing(orders):
    parsed = parse_date_columns(orders, ["order_date"], name="orders")
    assert parsed["order_date"].iloc[0] == pd.Timestamp("2024-01-05")
    assert pd.isna(parsed["order_date"].iloc[1])
    assert orders["order_date"].iloc[0] == "2024-01-05"  # the learner's frame is not changed


def test_an_unparseable_date_names_the_column_the_value_and_the_fix():
    frame = pd.DataFrame({"order_date": ["2024-01-05", "31/02/2024"]})
    with pytest.raises(
        RelkitValueError, match=r"'order_date' of `orders` holds '31/02/2024'.*pd\.to_datetime"
    ):
        parse_date_columns(frame, ["order_date"], name="orders")


@pytest.mark.parametrize("bad", ["yesterday", "", None, 3.5, "1st of Jan", "05/01/2023"])
def test_parse_date_refuses_non_dates(bad):
    with pytest.raises(RelkitValueError, match="`as_of` must be a date"):
        parse_date(bad, name="as_of")


def test_check_choice_lists_the_choices():
    with pytest.raises(RelkitValueError, match="Choose one of 'csv', 'sqlite'"):
        check_choice("xlsx", ["csv", "sqlite"], name="format")


@pytest.mark.parametrize("bad", [0, -3, 2.0, "5", True, None])
def test_check_count_wants_a_whole_number_of_at_least_one(bad):
    with pytest.raises(RelkitValueError, match="`customers` must be a whole number of at least 1"):
        check_count(bad, name="customers")


def test_check_count_accepts_numpy_integers():
    assert check_count(np.int64(5), name="customers") == 5


@pytest.mark.parametrize(
    ("bad", "error"), [("0.8", RelkitTypeError), (True, RelkitTypeError), (float("nan"), RelkitValueError)]
)
def test_check_number_refuses_non_numbers(bad, error):
    with pytest.raises(error, match="`margin` must be a"):
        check_number(bad, name="margin")


@pytest.mark.parametrize("bad", [-0.1, 1.0, 80])
def test_check_fraction_with_open_upper_end(bad):
    with pytest.raises(RelkitValueError, match=r"must lie in \[0, 1\)"):
        check_fraction(bad, name="retention", include_high=False)


def test_check_fraction_accepts_the_closed_end():
    assert check_fraction(1, name="share") == 1.0


def test_negative_amounts_are_counted_and_shown():
    frame = pd.DataFrame({"amount_inr": [5.0, -1.0, -2.0]})
    with pytest.raises(RelkitValueError, match="has 2 negative value"):
        check_nonnegative(frame, ["amount_inr"], name="orders")
