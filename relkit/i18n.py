"""The translation layer: which language relkit speaks, and the catalog lookup behind every string it shows.

Catalogs are gettext ``.po`` files under ``relkit/locales/<lang>/``, one file per area (``core.po``,
``metrics.po``, ...), read with Babel the first time a language is used. Message ids are symbolic
(``"err.missing_columns"``); the English catalog holds the English text, so every language, English
included, is a translation like any other and a test can check that all three are complete.

Placeholders are named (``{column}``) and filled after translation, so Hindi and Bengali sentences can put
them wherever their word order wants.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files

__all__ = [
    "LANGUAGES",
    "catalog",
    "get_bilingual",
    "get_language",
    "inline_english",
    "language",
    "placeholders",
    "set_bilingual",
    "set_language",
    "term",
    "translate",
]

LANGUAGES: tuple[str, ...] = ("en", "hi", "bn")
"""The language codes relkit speaks: English, Hindi, Bengali."""

_current = {"language": "en", "bilingual": True}


def _check_language(lang: object) -> str:
    if lang not in LANGUAGES:
        # Imported here: errors.py itself translates through this module.
        from .errors import RelkitValueError

        raise RelkitValueError(
            "err.unknown_language", value=repr(lang), allowed=", ".join(repr(code) for code in LANGUAGES)
        )
    return lang  # type: ignore[return-value]


def set_language(lang: str) -> None:
    """Choose the language of every label, message and table header relkit produces.

    Parameters
    ----------
    lang : {"en", "hi", "bn"}
        English, Hindi or Bengali.

    Raises
    ------
    RelkitValueError
        When `lang` is not one of the three codes; the message lists them.

    Examples
    --------
    >>> import relkit
    >>> relkit.set_language("hi")
    >>> relkit.get_language()
    'hi'
    >>> relkit.set_language("en")
    """
    _current["language"] = _check_language(lang)


def get_language() -> str:
    """Return the code of the language relkit currently speaks.

    Examples
    --------
    >>> import relkit
    >>> relkit.get_language()
    'en'
    """
    return _current["language"]


@contextmanager
def language(lang: str) -> Iterator[str]:
    """Speak `lang` inside a ``with`` block, then return to the language before it.

    Examples
    --------
    >>> import relkit
    >>> with relkit.language("bn"):
    ...     relkit.get_language()
    'bn'
    >>> relkit.get_language()
    'en'
    """
    previous = _current["language"]
    set_language(lang)
    try:
        yield lang
    finally:
        _current["language"] = previous


def set_bilingual(on: bool) -> None:
    """Show (``True``, the default) or hide the English term beside Hindi and Bengali titles.

    Examples
    --------
    >>> import relkit
    >>> from relkit.i18n import term
    >>> with relkit.language("hi"):
    ...     relkit.set_bilingual(False)
    ...     term("term.clv")
    'ग्राहक आजीवन मूल्य'
    >>> relkit.set_bilingual(True)
    """
    _current["bilingual"] = bool(on)


def get_bilingual() -> bool:
    """Return whether titles in Hindi and Bengali carry the English term beside them."""
    return _current["bilingual"]


@cache
def catalog(lang: str) -> dict[str, str]:
    """Return every message of `lang` as ``{message id: text}``, read once from the package's .po files.

    Examples
    --------
    >>> catalog("en")["err.unknown_language"]
    'Unknown language {value}. Choose one of {allowed}.'
    """
    _check_language(lang)
    from babel.messages.pofile import read_po

    messages: dict[str, str] = {}
    folder = files("relkit") / "locales" / lang
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".po"):
            continue
        with entry.open("rb") as handle:
            for message in read_po(handle, locale=None):
                if message.id and message.string:
                    messages[str(message.id)] = str(message.string)
    return messages


def placeholders(text: str) -> frozenset[str]:
    """Return the names of the ``{placeholders}`` in a message.

    Examples
    --------
    >>> sorted(placeholders("{column} is missing; present: {present}"))
    ['column', 'present']
    """
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def translate(msgid: str, /, *, lang: str | None = None, **params: object) -> str:
    """Return the text of message `msgid` in `lang` (default: the current language), placeholders filled.

    A message missing from the Hindi or Bengali catalog falls back to English rather than failing a
    learner's lesson; the test suite makes sure that never happens in a release.

    Examples
    --------
    >>> translate("err.unknown_language", value="'fr'", allowed="'en', 'hi', 'bn'")
    "Unknown language 'fr'. Choose one of 'en', 'hi', 'bn'."
    >>> translate("term.crm", lang="bn")
    'গ্রাহক সম্পর্ক ব্যবস্থাপনা'
    """
    lang = get_language() if lang is None else _check_language(lang)
    text = catalog(lang).get(msgid)
    if text is None:
        text = catalog("en").get(msgid)
    if text is None:
        raise KeyError(f"relkit has no message {msgid!r}; add it to relkit/locales/en/*.po")
    return text.format(**params) if params else text


def term(msgid: str, /, *, lang: str | None = None, bilingual: bool | None = None) -> str:
    """Return a term or title, with the English term beside it in Hindi and Bengali.

    Parameters
    ----------
    msgid : str
        The message id of the term, such as ``"term.clv"``.
    lang : str, optional
        Language code; the current language when omitted.
    bilingual : bool, optional
        Add the English in parentheses; follows :func:`set_bilingual` when omitted. English text never
        gets a second copy of itself.

    Examples
    --------
    >>> term("term.clv", lang="hi")
    'ग्राहक आजीवन मूल्य (Customer Lifetime Value, CLV)'
    >>> term("term.clv", lang="en")
    'Customer Lifetime Value (CLV)'
    """
    lang = get_language() if lang is None else _check_language(lang)
    native = translate(msgid, lang=lang)
    show_english = get_bilingual() if bilingual is None else bilingual
    if lang == "en" or not show_english:
        return native
    return beside_english(native, translate(msgid, lang="en"))


def beside_english(native: str, english: str) -> str:
    """Put `english` in parentheses after `native`, with one pair of parentheses, never two in a row.

    A native term that already ends in parentheses (a gloss, or the abbreviation in native script) keeps
    them and takes the English inside, after a semicolon; docs/terminology.md allows one bracket.

    Examples
    --------
    >>> beside_english("ग्राहक आजीवन मूल्य", "Customer Lifetime Value (CLV)")
    'ग्राहक आजीवन मूल्य (Customer Lifetime Value, CLV)'
    >>> beside_english("सिमुलेशन (अनुकरण)", "Simulation")
    'सिमुलेशन (अनुकरण; Simulation)'
    """
    match = _ENDS_IN_PARENTHESES.fullmatch(native)
    if match and match[2].isascii():  # "लागत वसूली की अवधि (payback)": the English says it in full
        return f"{match[1]} ({inline_english(english)})"
    if match:
        return f"{match[1]} ({match[2]}; {inline_english(english)})"
    return f"{native} ({inline_english(english)})"


def inline_english(text: str) -> str:
    """Fold "Customer Lifetime Value (CLV)" into "Customer Lifetime Value, CLV" for use inside parentheses.

    Examples
    --------
    >>> inline_english("Customer Lifetime Value (CLV)")
    'Customer Lifetime Value, CLV'
    >>> inline_english("Churn")
    'Churn'
    """
    match = _ABBREVIATED.fullmatch(text)
    return f"{match[1]}, {match[2]}" if match else text


_ENDS_IN_PARENTHESES = re.compile(r"(.*\S) \(([^()]*)\)")
_ABBREVIATED = re.compile(r"(.+) \(([^()]+)\)")
