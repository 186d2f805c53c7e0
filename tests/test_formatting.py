import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.formatting import format_date, format_inr, format_number, format_percent


# 12345678.5 = 1 crore, 23 lakh, 45 thousand, 678 rupees and 50 paise: groups 1 | 23 | 45 | 678 . 50
@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_format_inr_groups_in_lakhs_and_crores_in_every_language(lang):
    assert format_inr(12345678.5, lang=lang) == "₹1,23,45,678.50"


def test_format_inr_follows_the_current_language_and_native_digits():
    with relkit.language("bn"):
        assert format_inr(12345678.5, digits="native") == "₹১,২৩,৪৫,৬৭৮.৫০"
    assert format_inr(1000, lang="hi", digits="native") == "₹१,०००.००"
    assert format_inr(1000, lang="en", digits="native") == "₹1,000.00"  # English has no other digits


@pytest.mark.parametrize(
    ("amount", "lang", "expected"),
    [
        (12345678.5, "hi", "₹1.23 करोड़"),  # 12345678.5 / 1e7 = 1.2345... -> 1.23
        (12345678.5, "bn", "₹1.23 কোটি"),
        (12345678.5, "en", "₹1.23 crore"),
        (250000, "en", "₹2.50 lakh"),  # 250000 / 1e5 = 2.5
        (9_999_999, "en", "₹1.00 crore"),  # 99.99999 lakh rounds to 100.00 lakh, which is one crore
        (-3_500_000, "hi", "-₹35.00 लाख"),  # 3500000 / 1e5 = 35
        (45_000.4, "en", "₹45,000"),  # under one lakh: whole rupees
    ],
)
def test_format_inr_compact(amount, lang, expected):
    assert format_inr(amount, compact=True, lang=lang) == expected


def test_format_inr_decimals():
    assert format_inr(1234.567, decimals=0) == "₹1,235"
    assert format_inr(0.5, decimals=1) == "₹0.5"


def test_format_number_and_percent():
    assert format_number(12345678.5) == "1,23,45,678.5"
    assert format_number(1234.5678, decimals=2) == "1,234.57"
    assert format_number(100000, lang="bn", digits="native") == "১,০০,০০০"
    # 0.1234 * 100 = 12.34 -> one decimal: 12.3
    assert format_percent(0.1234) == "12.3%"
    assert format_percent(0.1234, decimals=2, lang="hi") == "12.34%"
    assert format_percent(1, decimals=0, lang="hi", digits="native") == "१००%"


@pytest.mark.parametrize(
    ("lang", "digits", "expected"),
    [
        ("en", "latin", "5 March 2024"),
        ("hi", "latin", "5 मार्च 2024"),
        ("bn", "latin", "5 মার্চ 2024"),
        ("bn", "native", "৫ মার্চ ২০২৪"),
        ("hi", "native", "५ मार्च २०२४"),
    ],
)
def test_format_date_long(lang, digits, expected):
    assert format_date("2024-03-05", lang=lang, digits=digits) == expected


def test_format_date_accepts_dates_timestamps_and_periods():
    assert format_date(dt.date(2024, 3, 5), style="medium") == "5 Mar 2024"
    assert format_date(pd.Timestamp("2024-03-05 14:30"), lang="hi", style="month") == "मार्च 2024"
    assert format_date(pd.Period("2023-11", freq="M"), lang="bn", style="month") == "নভেম্বর 2023"


def test_bad_arguments_get_clear_errors():
    with pytest.raises(RelkitValueError, match="`digits` cannot be 'devanagari'"):
        format_inr(10, digits="devanagari")
    with pytest.raises(RelkitTypeError, match="`amount` must be a number, but '1,000'"):
        format_inr("1,000")
    with pytest.raises(RelkitValueError, match="`lang` cannot be 'hindi'"):
        format_number(1, lang="hindi")
    with pytest.raises(RelkitValueError, match="`value` must be a date"):
        format_date("2024-13-45")
    with pytest.raises(RelkitValueError, match="`style` cannot be 'full'"):
        format_date("2024-03-05", style="full")
    with pytest.raises(RelkitValueError, match="`decimals` must be a whole number of at least 0"):
        format_percent(0.5, decimals=-1)


def test_error_reads_in_hindi_when_hindi_is_set():
    with relkit.language("hi"), pytest.raises(RelkitTypeError, match="एक संख्या होनी चाहिए"):
        format_inr("1,000")


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_digits_are_the_number(value):
    text = format_inr(value, decimals=0)
    assert text.startswith("₹")
    groups = text[1:].split(",")
    assert int("".join(groups)) == value
    # Indian grouping: last group three digits, every earlier group two (the first may be one)
    assert all(len(group) == 2 for group in groups[1:-1])
    assert len(groups) == 1 or len(groups[-1]) == 3


@given(st.floats(min_value=1e5, max_value=1e12))
def test_native_digits_only_swap_digits(value):
    latin = format_inr(value, compact=True, lang="bn")
    native = format_inr(value, compact=True, lang="bn", digits="native")
    assert native.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")) == latin


@pytest.mark.parametrize(
    ("lang", "september", "january_short"),
    [("en", "September", "Jan"), ("hi", "सितंबर", "जन॰"), ("bn", "সেপ্টেম্বর", "জানু")],
)
def test_month_names_are_relkits_own_whatever_babel_ships(lang, september, january_short, monkeypatch):
    import babel.dates

    def refuse(*args, **kwargs):
        raise AssertionError("format_date must not ask Babel for month names")

    monkeypatch.setattr(babel.dates, "format_date", refuse)
    monkeypatch.setattr(babel.dates, "get_month_names", refuse)
    assert format_date("2024-09-30", lang=lang, style="month") == f"{september} 2024"
    assert format_date("2025-01-02", lang=lang, style="medium") == f"2 {january_short} 2025"
    assert format_date("2025-01-02", lang=lang, style="month_name") == january_short
    names = {format_date(f"2024-{month:02d}-01", lang=lang, style="month") for month in range(1, 13)}
    assert len(names) == 12  # twelve different names, none missing from the catalog
