"""Text columns: the Arrow and the numpy builder give the same text, so worlds do not depend on pyarrow."""

from __future__ import annotations

import numpy as np
import pytest

import relkit
from relkit.simulation import b2c, text
from relkit.simulation.io import csv_text


@pytest.fixture(params=["arrow", "numpy"])
def backend(request, monkeypatch):
    """Run the test with pyarrow.compute (as installed for the tests) and with numpy.strings alone."""
    if request.param == "numpy":
        monkeypatch.setattr(text, "_arrow", lambda: None)
    return request.param


def test_pick_takes_words_by_code_and_leaves_missing_rows_empty(backend):
    cities = text.pool(["Patna", "Kolkata", "Pune"])
    picked = text.pick(cities, np.array([2, 0, 0, 1]), missing=np.array([False, False, True, False]))
    assert text.to_list(picked) == ["Pune", "Patna", None, "Kolkata"]


def test_join_writes_pieces_one_after_another_and_keeps_missing(backend):
    first = text.pick(
        text.pool(["अमित", "Ravi"]), np.array([0, 1, 1]), missing=np.array([False, True, False])
    )
    joined = text.join(first, " ", text.pick(text.pool(["शर्मा", "Das"]), np.array([0, 1, 1])))
    assert text.to_list(joined) == ["अमित शर्मा", None, "Ravi Das"]


def test_decimal_writes_whole_numbers_like_str(backend):
    numbers = np.array([0, 7, 1_000_000, 9_999_999_999])
    assert text.to_list(text.decimal(numbers)) == ["0", "7", "1000000", "9999999999"]


def test_to_list_takes_the_given_rows_in_order(backend):
    column = text.pick(text.pool(["a", "b", "c"]), np.array([0, 1, 2]))
    assert text.to_list(column, np.array([2, 0])) == ["c", "a"]


def test_a_world_is_the_same_text_without_pyarrow(monkeypatch):
    arrow = relkit.simulate(seed=4, customers=3000, partners=3, months=6, messy=True)
    monkeypatch.setattr(text, "_arrow", lambda: None)
    plain = relkit.simulate(seed=4, customers=3000, partners=3, months=6, messy=True)
    for name in ("customers", "source_records"):
        assert csv_text(name, plain[name]) == csv_text(name, arrow[name]), name


@pytest.mark.parametrize("lang", ["hi", "bn", "en"])
def test_handles_made_per_name_part_equal_handles_of_whole_names(lang):
    # Handles are made per name part; for every first/last pair (last names such as "Roy Chaudhri"
    # hold a space) lower(first + " " + last).replace(" ", ".") == handle(first) + handle(last), where a
    # first name's handle ends in the dot.
    pools = b2c._name_pools()
    lang_index = ("hi", "bn", "en").index(lang)
    parts = {}
    for part in ("first", "last"):
        start = pools[f"{part}_offset"][lang_index]
        stop = start + pools[f"{part}_size"][lang_index]
        parts[part] = (
            np.array(pools[f"{part}_latin"][start:stop]),
            np.array(pools[f"{part}_handle"][start:stop]),
        )
    (first, first_handle), (last, last_handle) = parts["first"], parts["last"]
    whole = np.strings.add(np.strings.add(first[:, None], " "), last[None, :])
    expected = np.strings.replace(np.strings.lower(whole), " ", ".")
    made = np.strings.add(first_handle[:, None], last_handle[None, :])  # first names keep their dot
    assert (made == expected).all()
