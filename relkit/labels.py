"""Names of table columns and of their category values, in the learner's language.

The labels live in ``relkit/locales/<lang>/labels.po`` under ids ``col.<column>`` and
``val.<column>.<value>``. A column or value without a label comes back unchanged, so a table with a new
column still draws: a lesson never stops over a missing label (the test suite makes sure the simulated
world has them all).
"""

from __future__ import annotations

from .i18n import LANGUAGES, catalog, get_language, translate
from .signatures import learner_call
from .validation import check_choice

__all__ = ["column_label", "value_label"]


def _label(msgid: str, fallback: str, lang: str | None) -> str:
    code = get_language() if lang is None else check_choice(lang, LANGUAGES, name="lang")
    if msgid not in catalog("en"):
        return fallback
    return translate(msgid, lang=str(code))


@learner_call
def column_label(column: object, *, lang: str | None = None) -> str:
    """Return the translated name of a table column, or the column name itself when relkit has none.

    Parameters
    ----------
    column : str
        A column name such as ``"acquisition_channel"``.
    lang : {"en", "hi", "bn"}, optional
        Language; the current one when omitted.

    Examples
    --------
    >>> column_label("acquisition_channel", lang="hi")
    'अधिग्रहण चैनल'
    >>> column_label("amount_inr")
    'Amount (₹)'
    >>> column_label("my_own_column")
    'my_own_column'
    """
    return _label(f"col.{column}", str(column), lang)


@learner_call
def value_label(column: object, value: object, *, lang: str | None = None) -> str:
    """Return the translated name of a category value of `column`, or the value itself when relkit has none.

    Parameters
    ----------
    column : str
        The column the value comes from, such as ``"partner_type"``; the same word can mean different
        things in different columns.
    value : object
        The stored value, such as ``"supplier"``. Booleans are looked up as ``"True"``/``"False"``.
    lang : {"en", "hi", "bn"}, optional
        Language; the current one when omitted.

    Examples
    --------
    >>> value_label("partner_type", "supplier", lang="hi")
    'आपूर्तिकर्ता'
    >>> value_label("city", "Kolkata", lang="bn")
    'কলকাতা'
    >>> value_label("partner_type", "wholesaler")
    'wholesaler'
    """
    return _label(f"val.{column}.{value}", str(value), lang)
