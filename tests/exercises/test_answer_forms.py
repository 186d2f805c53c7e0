"""The judges and relkit.check accept answers as learners write them, in each language, and say what is
wrong with text that is not a number."""

from __future__ import annotations

import re

import pytest

import relkit
from relkit.exercises.feedback import choice_spellings, judge_choice, judge_number, show_number
from relkit.practice.answers import parse_number

SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "bn": re.compile(r"[\u0980-\u09FF]")}
NATIVE_DIGITS = {"en": "0123456789", "hi": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯"}
SCALE_WORDS = {
    "en": {"thousand": "thousand", "lakh": "lakh", "crore": "crore"},
    "hi": {"thousand": "हज़ार", "lakh": "लाख", "crore": "करोड़"},
    "bn": {"thousand": "হাজার", "lakh": "লাখ", "crore": "কোটি"},
}
CURRENCY = {"en": ("Rs. ", ""), "hi": ("", " रुपये"), "bn": ("", " টাকা")}
PERCENT_WORD = {"en": " percent", "hi": " प्रतिशत", "bn": " শতাংশ"}


def native(text: str, lang: str) -> str:
    return text.translate(str.maketrans("0123456789", NATIVE_DIGITS[lang]))


def in_script(message: str, lang: str) -> bool:
    return lang == "en" or bool(SCRIPT[lang].search(message))


def forms(lang: str) -> dict[str, tuple[str, float]]:
    """Every form of a number, written the way a learner of `lang` would, with the value it means."""
    scale = SCALE_WORDS[lang]
    prefix, suffix = CURRENCY[lang]
    return {
        "digits": (native("2500", lang), 2500),
        "western grouping": (native("1,234,567", lang), 1_234_567),
        "lakh grouping": (native("12,34,567", lang), 1_234_567),
        "rupee sign": (native("₹2,500", lang), 2500),
        "rupee word": (native(f"{prefix}2,500{suffix}", lang), 2500),
        "thousand": (native(f"2.5 {scale['thousand']}", lang), 2500),
        "lakh": (native(f"2.5 {scale['lakh']}", lang), 250_000),
        "crore": (native(f"1.2 {scale['crore']}", lang), 12_000_000),
        "crore and lakh": (native(f"1 {scale['crore']} 20 {scale['lakh']}", lang), 12_000_000),
        "negative": (native("-2,500", lang), -2500),
        "decimal point": (native("2500.75", lang), 2500.75),
    }


@pytest.mark.parametrize("name", sorted(forms("en")))
def test_judge_number_reads_each_form_in_each_language(name, each_language):
    text, value = forms(each_language)[name]
    feedback = judge_number(text, exercise_id="t", expected=value, hint="HINT")
    assert feedback.correct, feedback.message
    assert in_script(feedback.message, each_language)
    wrong = judge_number(text, exercise_id="t", expected=value * 2 + 1, hint="HINT")
    assert not wrong.correct
    assert "HINT" in wrong.message


@pytest.mark.parametrize("sign", ["%", " %", "percent word"])
def test_a_percentage_for_a_share_is_accepted_gently(sign, each_language):
    sign = PERCENT_WORD[each_language] if sign == "percent word" else sign
    text = native("85", each_language) + sign
    feedback = judge_number(text, exercise_id="t", expected=0.85, abs_tol=0.005, share=True, hint="HINT")
    assert feedback.correct
    note = relkit.i18n.translate("answers.note.percent", given=repr(text), value="0.85")
    assert feedback.message.endswith(note)
    assert in_script(feedback.message, each_language)
    wrong = judge_number(text, exercise_id="t", expected=0.5, abs_tol=0.005, share=True, hint="HINT")
    assert not wrong.correct
    assert note in wrong.message
    assert "HINT" in wrong.message


def test_a_percentage_where_no_share_is_asked_is_named(each_language):
    feedback = judge_number("85%", exercise_id="t", expected=85, hint="HINT")
    assert not feedback.correct
    assert relkit.i18n.translate("answers.number.percent_not_share", given="'85%'") in feedback.message
    assert in_script(feedback.message, each_language)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("1,2,3", "answers.number.grouping"), ("2 500", "answers.number.two_numbers"),
     ("lakh 2", "answers.number.scale_order"), ("1.2.3", "answers.number.two_points")],
)  # fmt: skip
def test_malformed_numbers_say_what_is_wrong(text, reason, each_language):
    feedback = judge_number(text, exercise_id="t", expected=2500, hint="HINT")
    assert not feedback.correct
    assert parse_number(text).explain() in feedback.message
    assert "HINT" in feedback.message
    assert in_script(feedback.message, each_language)


def test_an_unknown_word_is_text_and_named(each_language):
    feedback = judge_number("about 2285", exercise_id="t", expected=2285, hint="HINT")
    assert relkit.i18n.translate("ex.number.text", given="'about 2285'") in feedback.message
    assert "'about'" in feedback.message


# --- through relkit.check on 01.2, and judge_number on a real total ------------------------------------


@pytest.fixture(scope="module")
def world():
    return relkit.load_world()


def test_01_2_in_native_digits(world, each_language):
    count = int(world.partners["partner_type"].isin(["distributor", "reseller"]).sum())
    assert relkit.check("01.2", native(str(count), each_language)).correct
    assert not relkit.check("01.2", native(str(count + 1), each_language)).correct


def test_total_revenue_written_every_way(world, each_language):
    total = float(world.orders["amount_inr"].sum())
    scale = SCALE_WORDS[each_language]
    prefix, suffix = CURRENCY[each_language]
    rupees = round(total)
    lakh_grouped = show_number(rupees)  # 30,00,477
    written = [
        native(f"₹{lakh_grouped}", each_language),
        native(f"{prefix}{rupees:,}{suffix}", each_language),
        native(f"₹{total / 1e5:.2f} {scale['lakh']}", each_language),
        native(f"{total / 1e7:.3f} {scale['crore']}", each_language),
    ]

    def judge(text):
        return judge_number(text, exercise_id="t", expected=total, rel_tol=0.005)

    for text in written:
        feedback = judge(text)
        assert feedback.correct, (text, feedback.message)
        assert in_script(feedback.message, each_language)
    feedback = judge(native(f"{total / 1e7 * 10:.3f} {scale['crore']}", each_language))
    assert not feedback.correct  # ten times too much, still read as a number


# --- choices -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "correct"),
    [("रेफ़रल", True), ("रेफरल", True), ("রেফারেল", True), ("REFERRAL", True), ("ऑर्गेनिक सर्च", False),
     ("অর্গানিক-সার্চ", False)],
)  # fmt: skip
def test_judge_choice_takes_native_labels_and_variants(answer, correct, each_language):
    options = choice_spellings("acquisition_channel", ["referral", "organic_search", "paid_search"])
    feedback = judge_choice(answer, exercise_id="t", expected="referral", options=options, hint="HINT")
    assert feedback.correct is correct
    assert "is not one of the possible answers" not in feedback.message
    assert in_script(feedback.message, each_language)
