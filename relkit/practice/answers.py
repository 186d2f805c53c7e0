"""Answers as learners write them: numbers in three scripts with lakh and crore, names in native script.

A learner in Patna types ``"₹2.5 करोड़"``, one in Kolkata ``"২,৫০০"``, one in Pune ``"1,23,456"``, and all
three mean a number. :func:`read_number` reads these forms; :func:`parse_number` does the same and, when
the text is not a number, says why (a message id the judges and quizzes show). :func:`match_option`
finds which category a one-word answer names, in any script and in the common spelling variants.

Only ground modules are used here, so exercises, quizzes and widgets can all rely on it.

Numbers read
------------
- Western, Devanagari and Bengali digits: ``2500``, ``२५००``, ``২৫০০``; a decimal point ``2.5``.
- Grouping with commas, Western (``1,234,567``) or Indian (``12,34,567``); anything else, such as
  ``"1,2,3"`` or the European decimal comma ``"2,5"``, is refused with a reason.
- A rupee sign or word before or after: ``₹``, ``Rs``, ``Rs.``, ``INR``, ``रु``, ``रुपये``, ``টাকা``,
  ``৳``; the price tail ``/-``.
- Scale words: thousand (``हज़ार``, ``হাজার``, ``k``), lakh (``लाख``, ``লাখ``, ``lac``, ``L``), crore
  (``करोड़``, ``কোটি``, ``cr``), million; compounds such as ``"1 करोड़ 20 लाख"`` and ``"2 lakh crore"``.
- A sign: ``-``, ``−`` (the minus sign), ``+``.
- ``%`` (or ``percent``, ``प्रतिशत``, ``শতাংশ``) where a share is asked: ``"85 %"`` is the share 0.85,
  with a note saying so; where no share is asked a percent sign is a mistake the reason names.
- Spaces anywhere between the parts, no-break and thin spaces included; zero-width joiners are ignored.
"""

from __future__ import annotations

import numbers
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..i18n import translate
from ..validation import show_value

__all__ = ["ReadNumber", "Unreadable", "match_option", "parse_number", "read_number"]


@dataclass(frozen=True)
class ReadNumber:
    """A number read from an answer, and how it was read when a learner should hear it.

    Attributes
    ----------
    value : float
        The number.
    note : str or None
        A message id that tells the learner gently how the text was read (``"answers.note.percent"``:
        a percentage taken for a share), or None.
    fields : mapping
        The placeholders of `note` (``given``: the answer as written, ``value``: the number read).

    Examples
    --------
    >>> reading = read_number("85 %", share=True)
    >>> reading.value, reading.note
    (0.85, 'answers.note.percent')
    >>> reading.explain()
    "relkit read '85 %' as the share 0.85: a share is the percentage divided by 100."
    """

    value: float
    note: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)

    def explain(self, *, lang: str | None = None) -> str | None:
        """Return the note in `lang` (the current language when omitted), or None when there is none."""
        return None if self.note is None else translate(self.note, lang=lang, **self.fields)


@dataclass(frozen=True)
class Unreadable:
    """Why an answer could not be read as a number: a message id and its placeholders.

    Attributes
    ----------
    reason : str
        A message id of ``relkit/locales/*/answers.po``, such as ``"answers.number.grouping"``.
    fields : mapping
        Its placeholders, always including ``given`` (the answer as a learner would type it).

    Examples
    --------
    >>> problem = parse_number("1,2,3")
    >>> problem.reason
    'answers.number.grouping'
    >>> problem.explain()
    "'1,2,3' has its commas in the wrong places. Commas come after every three digits (1,234,567) or, in lakh grouping, after every two with three at the end (12,34,567); a decimal point is a dot (2.5)."
    """  # noqa: E501

    reason: str
    fields: Mapping[str, str] = field(default_factory=dict)

    def explain(self, *, lang: str | None = None) -> str:
        """Return the reason in `lang` (the current language when omitted)."""
        return translate(self.reason, lang=lang, **self.fields)


def read_number(answer: object, *, share: bool = False) -> ReadNumber | None:
    """Read a learner's answer as a number, or return None when it is not one.

    Parameters
    ----------
    answer : object
        An int or float (returned as it is), or text in any of the forms listed in the module's
        docstring.
    share : bool
        The answer is a share between 0 and 1: a percentage (``"85 %"``) is divided by 100 and the reading
        carries a note. When False a percent sign makes the text unreadable.

    Returns
    -------
    ReadNumber or None
        None when the text is not a number; :func:`parse_number` says why.

    Examples
    --------
    >>> read_number("₹2.5 करोड़").value
    25000000.0
    >>> read_number("২,৫০০").value, read_number("1,23,456").value, read_number("-१.५ लाख").value
    (2500.0, 123456.0, -150000.0)
    >>> read_number("about 2285") is None, read_number("85%") is None
    (True, True)
    """
    reading = parse_number(answer, share=share)
    return reading if isinstance(reading, ReadNumber) else None


def parse_number(answer: object, *, share: bool = False) -> ReadNumber | Unreadable:
    """Read `answer` like :func:`read_number`, and when it is not a number say why.

    Examples
    --------
    >>> parse_number("2.5 lakh")
    ReadNumber(value=250000.0, note=None, fields={})
    >>> parse_number("2 500").reason, parse_number("2,5").reason, parse_number("85%").reason
    ('answers.number.two_numbers', 'answers.number.grouping', 'answers.number.percent_not_share')
    >>> parse_number("distributor").reason
    'answers.number.no_number'
    """
    if isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        return ReadNumber(float(answer))
    given = show_value(answer)
    if not isinstance(answer, str):
        return Unreadable("answers.number.wrong_kind", {"given": given, "kind": type(answer).__name__})
    return _parse_text(str(answer), share=share, given=given)


# --- reading numbers -------------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_MINUS = frozenset("-\u2212\u2012\u2013\ufe63\uff0d")
_CURRENCY_SIGNS = frozenset("₹৳")
_PERCENT_SIGNS = frozenset("%\uff05\u066a")
_THOUSAND, _LAKH, _CRORE, _MILLION = Decimal(1_000), Decimal(100_000), Decimal(10_000_000), Decimal(10**6)


def _word_key(word: str) -> str:
    """Spell a word as the tables below do: lower case, no nukta (हज़ार = हजार, করোড় = করোড)."""
    return word.casefold().replace("\u093c", "").replace("\u09bc", "")


_SCALES = {
    _word_key(word): scale
    for words, scale in (
        (("thousand", "thousands", "k", "हज़ार", "हजार", "হাজার"), _THOUSAND),
        (("lakh", "lakhs", "lac", "lacs", "l", "लाख", "লাখ", "লক্ষ"), _LAKH),
        (("crore", "crores", "cr", "करोड़", "करोड़ों", "কোটি"), _CRORE),
        (("million", "millions", "mn", "मिलियन", "মিলিয়ন"), _MILLION),
    )
    for word in words
}
_CURRENCY_WORDS = frozenset(
    _word_key(word) for word in ("rs", "inr", "rupee", "rupees", "रु", "रू", "रुपये", "रुपए", "रुपया", "টাকা", "রুপি")
)
_ABBREVIATIONS = frozenset(_word_key(word) for word in ("rs", "रु", "रू", "cr", "mn"))
_PERCENT_WORDS = frozenset(_word_key(word) for word in ("percent", "pc", "प्रतिशत", "শতাংশ"))
_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _tokens(text: str) -> list[tuple[str, object]]:
    """Split cleaned text into (kind, value): num, sign, currency, percent, scale, word, other."""
    found: list[tuple[str, object]] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
        elif char.isdecimal() or (char == "." and i + 1 < n and text[i + 1].isdecimal()):
            j = i
            while j < n and (text[j].isdecimal() or text[j] in ",."):
                j += 1
            exponent = re.match(r"[eE][-+]?\d+", text[j:])
            if exponent and not (j + exponent.end() < n and _is_letter(text[j + exponent.end()])):
                j += exponent.end()
            found.append(("num", text[i:j]))
            i = j
        elif char in _MINUS or char == "+":
            found.append(("sign", -1 if char in _MINUS else 1))
            i += 1
        elif char in _PERCENT_SIGNS:
            found.append(("percent", char))
            i += 1
        elif char in _CURRENCY_SIGNS:
            found.append(("currency", char))
            i += 1
        elif _is_letter(char):
            j = i
            while j < n and _is_letter(text[j]):
                j += 1
            word, key = text[i:j], _word_key(text[i:j])
            if j < n and text[j] == "." and key in _ABBREVIATIONS:
                j += 1
            if key in _SCALES:
                found.append(("scale", _SCALES[key]))
            elif key in _CURRENCY_WORDS:
                found.append(("currency", word))
            elif key in _PERCENT_WORDS:
                found.append(("percent", word))
            else:
                found.append(("word", word))
            i = j
        else:
            found.append(("other", char))
            i += 1
    return found


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _PER_CENT.sub("percent", text).strip()
    for tail in ("/-", "।", "॥"):
        text = text.removesuffix(tail).rstrip()
    return text


def _grouping_ok(integer: str) -> bool:
    """Whether the commas of an integer part group it the Western or the Indian way."""
    if "," not in integer:
        return True
    first, *middle, last = integer.split(",")
    if len(last) != 3 or not 1 <= len(first) <= 3:
        return False
    return all(len(group) == 3 for group in middle) or (
        len(first) <= 2 and all(len(group) == 2 for group in middle)
    )


def _number(written: str, fields: dict[str, str]) -> Decimal | Unreadable:
    """Return the value of one run of digits, commas and points, or why it is malformed."""
    ascii_digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in written)
    mantissa = re.split(r"[eE]", ascii_digits, maxsplit=1)[0]
    fields = {**fields, "number": repr(written)}
    if mantissa.count(".") > 1:
        return Unreadable("answers.number.two_points", fields)
    integer, _, fraction = mantissa.partition(".")
    if "," in fraction or integer.endswith(",") or integer.startswith(",") or not _grouping_ok(integer):
        return Unreadable("answers.number.grouping", fields)
    try:
        return Decimal(ascii_digits.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the scanner lets only digits, commas and points through
        return Unreadable("answers.number.grouping", fields)


def _parse_text(text: str, *, share: bool, given: str) -> ReadNumber | Unreadable:
    fields = {"given": given}
    cleaned = _clean(text)
    if not cleaned:
        return Unreadable("answers.number.empty", fields)
    tokens = _tokens(cleaned)
    if not any(kind == "num" for kind, _ in tokens):
        return Unreadable("answers.number.no_number", fields)
    for kind, value in tokens:
        if kind == "word":
            return Unreadable("answers.number.unknown_word", {**fields, "word": repr(value)})
        if kind == "other":
            return Unreadable("answers.number.unknown_sign", {**fields, "sign": repr(value)})

    sign, signed, currency, percent, done = 1, False, False, False, False
    groups: list[list] = []  # [value, scale or None, as written]
    for kind, value in tokens:
        if kind == "sign":
            if groups or signed:
                return Unreadable("answers.number.sign_place", fields)
            sign, signed = value, True
        elif kind == "currency":
            done = done or bool(groups)
            currency = True
        elif kind == "percent":
            if not groups or percent:
                return Unreadable("answers.number.sign_place", fields)
            percent = done = True
        elif kind == "scale":
            if not groups or done:
                return Unreadable("answers.number.scale_order", fields)
            last = groups[-1]
            if last[1] is not None and value <= last[1]:  # "2 lakh crore" multiplies; "2 crore lakh" not
                return Unreadable("answers.number.scale_order", fields)
            last[1] = value if last[1] is None else last[1] * value
        else:  # a number
            number = _number(str(value), fields)
            if isinstance(number, Unreadable):
                return number
            if groups and (done or groups[-1][1] is None):
                first = groups[-1][2]
                return Unreadable(
                    "answers.number.two_numbers", {**fields, "first": repr(first), "second": repr(value)}
                )
            groups.append([number, None, value])

    total = Decimal(0)
    for (number, scale, _), following in zip(groups, [*groups[1:], None], strict=True):
        if following is not None:  # "1 crore 20 lakh", "2 हज़ार 500": each part below the one before
            part_scale = following[1] or 1
            if part_scale >= scale or following[0] * part_scale >= scale:
                return Unreadable("answers.number.scale_order", fields)
        total += number * (scale or 1)
    total *= sign
    if percent and currency:
        return Unreadable("answers.number.percent_and_currency", fields)
    if percent and not share:
        return Unreadable("answers.number.percent_not_share", fields)
    if currency and share:
        return Unreadable("answers.number.currency_for_share", fields)
    if percent:
        value = float(total / 100)
        return ReadNumber(value, "answers.note.percent", {"given": given, "value": _plain(value)})
    return ReadNumber(float(total))


def _plain(value: float) -> str:
    """Write a share as a learner would: 0.85, 0.1234, 1.5 (no grouping, no trailing zeros)."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


# --- matching options ------------------------------------------------------------------------------

_DEVANAGARI_NASAL = re.compile("[ङञणनम]\u094d(?=[क-ह])")
_LOOSE_LETTERS = str.maketrans(
    {
        "\u093c": None,  # nukta: रेफ़रल = रेफरल
        "\u09bc": None,  # Bengali nukta: য় = য, ড় = ড
        "\u0901": "\u0902",  # chandrabindu = anusvara
        "\u0981": "\u0982",
        "\u0949": "\u093e",  # ऑर्गेनिक = आर्गेनिक (the English "o")
        "\u0911": "\u0906",
        "\u0945": "\u0947",
        "\u090d": "\u090f",
        "\u09c0": "\u09bf",  # Bengali long i and u written short since the spelling reform
        "\u09c2": "\u09c1",
        "\u0988": "\u0987",
        "\u098a": "\u0989",
        "\u09ce": "\u09a4\u09cd",  # khanda ta = ta with hasanta
    }
)


@lru_cache(maxsize=4096)
def _strict(text: str) -> str:
    """NFC, no invisible joiners, case folded, ``_`` and ``-`` read as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).casefold()
    return " ".join(text.replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=4096)
def _loose(text: str) -> str:
    """:func:`_strict`, then the spelling variants folded and everything but letters and digits dropped."""
    text = unicodedata.normalize("NFD", _strict(text))  # splits precomposed nukta letters (ज़ = ज + ़)
    text = _DEVANAGARI_NASAL.sub("\u0902", text.translate(_LOOSE_LETTERS))  # सम्पर्क = संपर्क
    text = unicodedata.normalize("NFC", text).translate(_LOOSE_LETTERS)
    return "".join(char for char in text if unicodedata.category(char)[0] in "LMN")


def match_option(answer: object, options: Mapping[Hashable, Iterable[str]]) -> Hashable | None:
    """Return the key of the option that `answer` names, or None when it names none (or several).

    Matching goes in two rounds. The first ignores case, Unicode normalisation (NFC), zero-width
    joiners, and ``_``, ``-`` and spaces between words. When nothing matches, the second also folds the
    common spelling variants: nukta present or absent (``रेफ़रल`` = ``रेफरल``, ``য়`` = ``য``),
    chandrabindu or anusvara, a nasal letter with virama or anusvara (``सम्पर्क`` = ``संपर्क``), ``ऑ`` or
    ``आ``, Bengali long or short ``ী``/``ি`` and ``ূ``/``ু``, ``ৎ`` or ``ত্``, and drops spaces and
    punctuation. An answer that matches two options in a round is not guessed: the result is None.

    Parameters
    ----------
    answer : object
        What the learner gave; anything but text matches nothing.
    options : mapping of key to spellings
        Every option, with the spellings accepted for it (its key, its labels in each language).

    Examples
    --------
    >>> channels = {"referral": ["referral", "रेफ़रल", "রেফারেল"], "email": ["email", "ईमेल", "ইমেল"]}
    >>> match_option("रेफरल", channels), match_option(" E-mail ", channels), match_option("ই-মেল", channels)
    ('referral', 'email', 'email')
    >>> match_option("whatsapp", channels) is None
    True
    """
    if not isinstance(answer, str):
        return None
    for fold in (_strict, _loose):
        wanted = fold(answer)
        if not wanted:
            return None
        found = [key for key, spellings in options.items() if any(fold(s) == wanted for s in spellings)]
        if found:
            return found[0] if len(found) == 1 else None
    return None
