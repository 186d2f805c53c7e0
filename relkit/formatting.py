"""Numbers, rupees, percentages and dates written the way an Indian reader expects, in each language.

Numbers go through Babel's Indian locales (``en_IN``, ``hi_IN``, ``bn_IN``), so amounts are grouped in
lakhs and crores (``₹1,23,45,678.50``). Month names come from relkit's own catalogs (``month.1`` ...), not
from Babel's CLDR data, whose spellings change between Babel releases (``জানুয়ারী`` became ``জানুয়ারি``): a
date reads the same on every installation. Digits are Latin by
default in every language, as in most Indian textbooks and spreadsheets; ``digits="native"`` writes
Devanagari (०१२) or Bengali (০১২) digits instead. English has no native digits and keeps Latin ones.
"""

from __future__ import annotations

import datetime as dt

from .i18n import LANGUAGES, get_language, translate
from .signatures import learner_call
from .validation import check_choice, check_count, check_number, parse_date

__all__ = ["format_date", "format_inr", "format_number", "format_percent"]

_LOCALES = {"en": "en_IN", "hi": "hi_IN", "bn": "bn_IN"}
_DIGITS = ("latin", "native")
# style -> (month name catalog, show the day, show the year); every language writes day, month, year.
_DATE_STYLES = {
    "long": ("month", True, True),
    "medium": ("month_abbr", True, True),
    "month": ("month", False, True),
    "short_month": ("month_abbr", False, True),
    "month_name": ("month_abbr", False, False),
}
_NATIVE_DIGITS = {
    "hi": str.maketrans("0123456789", "०१२३४५६७८९"),
    "bn": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"),
}
_LAKH = 100_000
_CRORE = 10_000_000


def _setup(lang: str | None, digits: object) -> tuple[str, str]:
    """Return the checked language and Babel locale; check `digits` on the way."""
    code = get_language() if lang is None else check_choice(lang, LANGUAGES, name="lang")
    check_choice(digits, _DIGITS, name="digits")
    return str(code), _LOCALES[str(code)]


def _digits(text: str, lang: str, digits: str) -> str:
    return text.translate(_NATIVE_DIGITS[lang]) if digits == "native" and lang in _NATIVE_DIGITS else text


def _pattern(decimals: int, *, suffix: str = "") -> str:
    """Return a Babel pattern with Indian grouping (##,##,##0) and exactly `decimals` decimals."""
    return "#,##,##0" + ("." + "0" * decimals if decimals else "") + suffix


def _check_decimals(decimals: object) -> int:
    return check_count(decimals, name="decimals", minimum=0)


@learner_call
@learner_call
def format_number(
    value: object, *, decimals: int | None = None, lang: str | None = None, digits: str = "latin"
) -> str:
    """Write a number with Indian grouping: ``1,23,45,678.5``.

    Parameters
    ----------
    value : int or float
        The number.
    decimals : int, optional
        Exactly this many decimals; when omitted, up to three, without trailing zeros.
    lang : {"en", "hi", "bn"}, optional
        Language; the current one when omitted.
    digits : {"latin", "native"}
        ``"native"`` writes Devanagari digits in Hindi and Bengali digits in Bengali.

    Examples
    --------
    >>> format_number(12345678.5)
    '1,23,45,678.5'
    >>> format_number(1234.5678, decimals=2, lang="hi", digits="native")
    '१,२३४.५७'
    """
    from babel.numbers import format_decimal

    code, locale = _setup(lang, digits)
    number = check_number(value, name="value")
    if decimals is None:
        text = format_decimal(number, locale=locale, numbering_system="latn")
    else:
        places = _check_decimals(decimals)
        text = format_decimal(number, _pattern(places), locale=locale, numbering_system="latn")
    return _digits(text, code, digits)


@learner_call
@learner_call
def format_percent(
    value: object, *, decimals: int = 1, lang: str | None = None, digits: str = "latin"
) -> str:
    """Write a share as a percentage: ``0.1234`` becomes ``12.3%``.

    The text shows ``value * 100`` rounded to `decimals` decimals, followed by ``%``.

    Examples
    --------
    >>> format_percent(0.1234)
    '12.3%'
    >>> format_percent(0.5, decimals=0, lang="bn", digits="native")
    '৫০%'
    """
    from babel.numbers import format_percent as babel_percent

    code, locale = _setup(lang, digits)
    number = check_number(value, name="value")
    places = _check_decimals(decimals)
    text = babel_percent(number, _pattern(places, suffix="%"), locale=locale, numbering_system="latn")
    return _digits(text, code, digits)


@learner_call
@learner_call
def format_inr(
    amount: object,
    *,
    compact: bool = False,
    decimals: int = 2,
    lang: str | None = None,
    digits: str = "latin",
) -> str:
    """Write an amount of Indian rupees: ``₹1,23,45,678.50``, or compact as ``₹1.23 crore``.

    Parameters
    ----------
    amount : int or float
        Rupees.
    compact : bool
        Write amounts from one lakh (1,00,000) up in lakhs, and from one crore (1,00,00,000) up in crores,
        with two decimals: ``amount / 1e5`` lakh or ``amount / 1e7`` crore. Smaller amounts are written in
        whole rupees (``₹45,000``). Handy on chart axes.
    decimals : int
        Decimals (paise) in the full form; 2 by default.
    lang : {"en", "hi", "bn"}, optional
        Language; the current one when omitted. The words lakh and crore are translated.
    digits : {"latin", "native"}
        ``"native"`` writes Devanagari or Bengali digits.

    Examples
    --------
    >>> format_inr(12345678.5)
    '₹1,23,45,678.50'
    >>> format_inr(12345678.5, compact=True, lang="hi")
    '₹1.23 करोड़'
    >>> format_inr(250000, compact=True, lang="bn")
    '₹2.50 লাখ'
    >>> format_inr(-4500, compact=True)
    '-₹4,500'
    """
    from babel.numbers import format_currency, format_decimal

    code, locale = _setup(lang, digits)
    number = check_number(amount, name="amount")
    places = _check_decimals(decimals)
    if not compact or abs(number) < _LAKH:
        places = 0 if compact else places
        text = format_currency(
            number,
            "INR",
            "¤" + _pattern(places),
            locale=locale,
            currency_digits=False,
            numbering_system="latn",
        )
        return _digits(text, code, digits)
    unit, size = ("unit.crore", _CRORE) if round(abs(number) / _LAKH, 2) >= 100 else ("unit.lakh", _LAKH)
    scaled = format_decimal(abs(number) / size, _pattern(2), locale=locale, numbering_system="latn")
    sign = "-" if number < 0 else ""
    text = f"{sign}₹{scaled} {translate(unit, lang=code)}"
    return _digits(text, code, digits)


@learner_call
@learner_call
def format_date(value: object, *, style: str = "long", lang: str | None = None, digits: str = "latin") -> str:
    """Write a date with the month's name in the language: ``5 मार्च 2024``.

    Parameters
    ----------
    value : date, datetime, pandas Timestamp or Period, or str such as ``"2024-03-05"``
        The date (a Period, or a month such as ``"2024-03"``, is written by its first day).
    style : {"long", "medium", "month", "short_month", "month_name"}
        ``"long"``: 5 March 2024; ``"medium"``: 5 Mar 2024; ``"month"``: March 2024;
        ``"short_month"``: Mar 2024; ``"month_name"``: Mar.
    lang : {"en", "hi", "bn"}, optional
        Language; the current one when omitted.
    digits : {"latin", "native"}
        ``"native"`` writes Devanagari or Bengali digits: ``৫ মার্চ ২০২৪``.

    Examples
    --------
    >>> format_date("2024-03-05", lang="hi")
    '5 मार्च 2024'
    >>> format_date("2024-03-05", lang="bn", digits="native")
    '৫ মার্চ ২০২৪'
    >>> format_date("2024-03-05", style="month")
    'March 2024'
    """
    import pandas as pd

    code, _ = _setup(lang, digits)
    check_choice(style, list(_DATE_STYLES), name="style")
    if isinstance(value, pd.Period):
        value = value.start_time
    stamp = value if isinstance(value, dt.date) else parse_date(value, name="value", month="start")
    day = stamp.date() if isinstance(stamp, dt.datetime) else stamp
    names, show_day, show_year = _DATE_STYLES[style]
    parts = [str(day.day)] if show_day else []
    parts.append(translate(f"{names}.{day.month}", lang=code))
    if show_year:
        parts.append(str(day.year))
    return _digits(" ".join(parts), code, digits)
