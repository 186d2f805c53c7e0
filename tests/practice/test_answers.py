"""Answers as learners write them: every number form in every script reads back to its number, what is
not a number gets a reason, and every spelling variant of relkit's own labels finds its option."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relkit
from relkit.exercises.feedback import choice_spellings
from relkit.i18n import catalog
from relkit.practice.answers import ReadNumber, Unreadable, match_option, parse_number, read_number

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")
SCRIPT = {"hi": DEVANAGARI, "bn": BENGALI}

DIGITS = {
    "latin": "0123456789",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
}
SCALES = {
    Decimal(1_000): ["thousand", "k", "हज़ार", "हजार", "হাজার"],
    Decimal(100_000): ["lakh", "lac", "L", "लाख", "লাখ"],
    Decimal(10_000_000): ["crore", "Cr", "करोड़", "करोड", "কোটি"],
}
CURRENCIES = [("₹", ""), ("₹ ", ""), ("Rs ", ""), ("Rs.", ""), ("INR ", ""), ("रु ", ""), ("", " रुपये"),
              ("", " रु."), ("", " টাকা"), ("৳", ""), ("₹", "/-")]  # fmt: skip
PERCENTS = ["%", " %", "\u00a0%", " प्रतिशत", " শতাংশ", " percent"]


def write_digits(text: str, script: str) -> str:
    return text.translate(str.maketrans("0123456789", DIGITS[script]))


def indian(integer: int) -> str:
    """12,34,567: three digits at the end, then groups of two."""
    text = str(integer)
    head, tail = text[:-3], text[-3:]
    groups = []
    while len(head) > 2:
        head, groups = head[:-2], [head[-2:], *groups]
    return ",".join([part for part in (head, *groups) if part] + [tail])


def write_decimal(value: Decimal, grouping: str) -> str:
    """`value` (not negative) with its integer part grouped "none", "western" or "indian"."""
    integer, _, fraction = f"{value:f}".partition(".")
    grouped = {"none": integer, "western": f"{int(integer):,}", "indian": indian(int(integer))}[grouping]
    return grouped + (f".{fraction}" if fraction else "")


amounts = st.builds(
    lambda whole, thousandths: Decimal(whole) + Decimal(thousandths) / 1000,
    st.integers(0, 10**12),
    st.sampled_from([0, 0, 5, 50, 500, 250, 7, 999, 120]) | st.integers(0, 999),
)
"""Amounts with up to three decimals (often none), up to ten lakh crore."""
scripts = st.sampled_from(sorted(DIGITS))
groupings = st.sampled_from(["none", "western", "indian"])


# --- numbers: every form reads back ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(value=amounts, script=scripts, grouping=groupings, currency=st.sampled_from(CURRENCIES),
       negative=st.booleans(), minus=st.sampled_from(["-", "\u2212"]),
       space=st.sampled_from(["", " ", "\u00a0"]))  # fmt: skip
def test_grouped_amounts_in_every_script_read_back(value, script, grouping, currency, negative, minus, space):
    prefix, suffix = currency
    written = write_digits(write_decimal(value, grouping), script)
    text = f"{minus if negative else ''}{prefix}{space}{written}{suffix}"
    reading = read_number(text)
    assert reading is not None, parse_number(text)
    assert reading.value == float(-value if negative else value)
    assert reading.note is None


@settings(max_examples=300, deadline=None)
@given(mantissa=amounts.filter(lambda d: d < 10**6), script=scripts, grouping=groupings,
       scale=st.sampled_from(sorted(SCALES)), data=st.data(),
       space=st.sampled_from(["", " ", "  "]))  # fmt: skip
def test_scale_words_in_every_script_read_back(mantissa, script, grouping, scale, data, space):
    word = data.draw(st.sampled_from(SCALES[scale]))
    text = f"{write_digits(write_decimal(mantissa, grouping), script)}{space or ' '}{word}"
    assert read_number(text).value == float(mantissa * scale)


@settings(max_examples=200, deadline=None)
@given(crores=st.integers(1, 999), lakhs=st.integers(0, 99), thousands=st.integers(0, 99),
       script=scripts, lang=st.sampled_from(["en", "hi", "bn"]))  # fmt: skip
def test_compound_amounts_read_back(crores, lakhs, thousands, script, lang):
    words = {"en": ("crore", "lakh", "thousand"), "hi": ("करोड़", "लाख", "हज़ार"), "bn": ("কোটি", "লাখ", "হাজার")}
    crore, lakh, thousand = words[lang]
    text = write_digits(f"{crores} {crore} {lakhs} {lakh} {thousands} {thousand}", script)
    assert read_number(text).value == crores * 10**7 + lakhs * 10**5 + thousands * 10**3


@settings(max_examples=300, deadline=None)
@given(percent=amounts.filter(lambda d: d <= 100), script=scripts, sign=st.sampled_from(PERCENTS))
def test_percentages_read_as_shares_with_a_note(percent, script, sign):
    text = write_digits(write_decimal(percent, "none"), script) + sign
    reading = read_number(text, share=True)
    assert reading.value == float(percent / 100)
    assert reading.note == "answers.note.percent"
    assert read_number(text) is None  # no share asked: a percent sign is a mistake
    assert parse_number(text).reason == "answers.number.percent_not_share"


@settings(max_examples=100, deadline=None)
@given(value=st.one_of(st.integers(-(10**15), 10**15), st.floats(allow_nan=False, allow_infinity=False)))
def test_python_numbers_pass_through(value):
    assert read_number(value) == ReadNumber(float(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("२,५००", 2500), ("২,৫০০", 2500), ("1,23,456", 123456), ("12,34,56,789", 123456789),
        ("1,234,567", 1234567), ("₹2.5 करोड़", 25_000_000), ("Rs. 2500/-", 2500), ("२५०० रु.", 2500),
        ("২৫০০ টাকা", 2500), ("2.5 लाख", 250_000), ("২.৫ লাখ", 250_000), ("2.5 lakh", 250_000),
        ("1.2 crore", 12_000_000), ("1.2 करोड़", 12_000_000), ("১.২ কোটি", 12_000_000), ("2 हज़ार", 2000),
        ("২ হাজার", 2000), ("2.5k", 2500), ("2.5L", 250_000), ("1 करोड़ 20 लाख", 12_000_000),
        ("2 lakh crore", 2 * 10**12), ("2 हज़ार 500", 2500), ("−2,500", -2500), ("-₹2,500", -2500),
        (".5", 0.5), ("2.5e3", 2500), ("₹2.5 करोड़।", 25_000_000), ("  42 ", 42),
        ("1.2 कर\u200dोड़", 12_000_000), (unicodedata.normalize("NFD", "१.२ करोड़"), 12_000_000),
    ],
)  # fmt: skip
def test_forms_learners_write(text, value):
    assert read_number(text).value == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1,2,3", "answers.number.grouping"),
        ("2,5", "answers.number.grouping"),  # the European decimal comma
        ("12,3456", "answers.number.grouping"),
        ("123,45,678", "answers.number.grouping"),
        ("1.2.3", "answers.number.two_points"),
        ("2 500", "answers.number.two_numbers"),
        ("₹2500 ₹300", "answers.number.two_numbers"),
        ("about 2285", "answers.number.unknown_word"),
        ("$25", "answers.number.unknown_sign"),
        ("5 - 3", "answers.number.sign_place"),
        ("%85", "answers.number.sign_place"),
        ("lakh 2", "answers.number.scale_order"),
        ("1 lakh 2 crore", "answers.number.scale_order"),
        ("2 crore lakh", "answers.number.scale_order"),
        ("₹5%", "answers.number.percent_and_currency"),
        ("", "answers.number.empty"),
        ("distributor", "answers.number.no_number"),
    ],
)
def test_what_is_not_a_number_says_why(text, reason, each_language):
    assert read_number(text, share="%" in text and "₹" not in text) is None
    problem = parse_number(text)
    assert isinstance(problem, Unreadable)
    assert problem.reason == reason
    message = problem.explain()
    assert message == relkit.i18n.translate(reason, **problem.fields)
    if each_language != "en":
        assert SCRIPT[each_language].search(message)


def test_money_is_not_a_share():
    assert parse_number("₹0.25", share=True).reason == "answers.number.currency_for_share"
    assert read_number("₹0.25").value == 0.25


@pytest.mark.parametrize("answer", [True, None, [1], {"a": 1}])
def test_other_kinds_are_not_numbers(answer):
    assert read_number(answer) is None
    assert parse_number(answer).reason == "answers.number.wrong_kind"


def test_percent_note_in_each_language(each_language):
    note = read_number("85 %", share=True).explain()
    assert "'85 %'" in note
    assert "0.85" in note
    if each_language != "en":
        assert SCRIPT[each_language].search(note)


# --- options: relkit's own labels and their spelling variants --------------------------------------


def _columns() -> dict[str, list[str]]:
    columns: dict[str, list[str]] = {}
    for msgid in catalog("en"):
        if msgid.startswith("val."):
            _, column, value = msgid.split(".", 2)
            columns.setdefault(column, []).append(value)
    return columns


COLUMNS = _columns()


@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_labels_of_a_column_never_collide_when_variants_are_folded(column):
    options = choice_spellings(column, COLUMNS[column])
    for key, spellings in options.items():
        for spelling in spellings:
            assert match_option(spelling, options) == key, (column, spelling)


@pytest.mark.parametrize(
    ("column", "answer", "key"),
    [
        ("acquisition_channel", "रेफ़रल", "referral"),
        ("acquisition_channel", "रेफरल", "referral"),  # nukta left out
        ("acquisition_channel", "रे\u095eरल", "referral"),  # फ़ as one precomposed letter
        ("acquisition_channel", "রেফারেল", "referral"),
        ("acquisition_channel", "Referral", "referral"),
        ("acquisition_channel", "organic-search", "organic_search"),
        ("acquisition_channel", "आर्गेनिक सर्च", "organic_search"),  # ऑ written आ
        ("acquisition_channel", "ORGANIC_SEARCH", "organic_search"),
        ("channel", "फोन कॉल", "call"),
        ("channel", "ওয়েবসাইট", "web"),
        ("channel", "ওযেবসাইট", "web"),  # য় written য
        ("channel", "ই-মেল", "email"),
        ("channel", "ई-मेल", "email"),
        ("partner_type", "पुनर्विक्रेता", "reseller"),
        ("partner_type", "পুনর্বিক্রেতা", "reseller"),
        ("partner_type", "সরবরাহকারী", "supplier"),
        ("city", "শিলিগুড়ি", "Siliguri"),
        ("city", "শিলিগু\u09dcি", "Siliguri"),  # ড় as one precomposed letter
        ("city", "শিলিগুডি", "Siliguri"),
        ("city", "कोलकाता", "Kolkata"),
        ("city", "बेंगलुरु", "Bengaluru"),
        ("city", "बेङ्गलुरु", "Bengaluru"),  # nasal with virama for anusvara
        ("city", "লখনউ।", "Lucknow"),
    ],
)
def test_spelling_variants_of_relkit_labels(column, answer, key):
    assert key in COLUMNS[column]
    assert match_option(answer, choice_spellings(column, COLUMNS[column])) == key


def test_chandrabindu_and_anusvara():
    options = {"x": ["हँसी", "চাঁদ"]}
    assert match_option("हंसी", options) == match_option("চাংদ", options) == "x"


def test_khanda_ta_and_hasanta():
    assert match_option("উৎসব", {"x": ["উত্\u200cসব"]}) == "x"


def test_an_answer_that_names_two_options_is_not_guessed():
    options = {"one": ["जड़"], "two": ["जड"]}
    assert match_option("जड़", options) == "one"  # the exact spelling decides
    assert match_option("जड\u200d", options) == "two"
    assert match_option("ज़ड़", options) is None  # both after folding: relkit does not guess


@pytest.mark.parametrize("answer", [None, 3, ["referral"], "", "   ", "whatsapp"])
def test_what_names_no_option(answer):
    assert match_option(answer, {"referral": ["referral", "रेफ़रल"]}) is None


VARIANTS = {
    "zwj": lambda t: t.replace("\u094d", "\u094d\u200d").replace("\u09cd", "\u09cd\u200c"),
    "no_nukta": lambda t: unicodedata.normalize("NFD", t).replace("\u093c", "").replace("\u09bc", ""),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "chandrabindu": lambda t: t.replace("\u0902", "\u0901").replace("\u0982", "\u0981"),
    "upper": str.upper,
    "underscores": lambda t: t.replace(" ", "_"),
    "hyphens": lambda t: t.replace(" ", "-"),
    "padded": lambda t: f"  {t}\t",
}


@settings(max_examples=300, deadline=None)
@given(data=st.data(), column=st.sampled_from(sorted(COLUMNS)), lang=st.sampled_from(relkit.LANGUAGES),
       variants=st.lists(st.sampled_from(sorted(VARIANTS)), max_size=4))  # fmt: skip
def test_any_mix_of_variants_finds_the_option(data, column, lang, variants):
    key = data.draw(st.sampled_from(COLUMNS[column]))
    answer = relkit.value_label(column, key, lang=lang)
    for name in variants:
        answer = VARIANTS[name](answer)
    assert match_option(answer, choice_spellings(column, COLUMNS[column])) == key
