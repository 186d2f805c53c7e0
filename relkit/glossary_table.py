"""The glossary: more than 80 CRM and BRM terms, each with a one-line meaning in English, Hindi and Bengali.

The terms live in ``relkit/data/glossary.csv`` and follow the project's terminology policy
(``docs/terminology.md``). A learner can browse them as a table, and an instructor can print them as a
Markdown or HTML handout in one language.
"""

from __future__ import annotations

import html
import os
from functools import cache
from importlib.resources import files
from pathlib import Path

from .errors import RelkitTypeError, RelkitValueError
from .files import atomic_write_text
from .i18n import LANGUAGES, beside_english, get_bilingual, get_language, translate
from .signatures import learner_call
from .validation import check_choice

__all__ = ["glossary", "glossary_html", "glossary_markdown", "write_glossary"]

TOPICS: tuple[str, ...] = ("general", "crm", "brm", "analytics")
"""Glossary sections, in the order a handout lists them."""

_FORMATS = ("md", "html")
# Fonts a browser should try for each language; learners' laptops rarely have them all.
_FONT_STACK = '"Noto Sans", "Noto Sans Devanagari", "Hind Siliguri", "Noto Sans Bengali", sans-serif'


@cache
def _table():
    import pandas as pd

    with (files("relkit") / "data" / "glossary.csv").open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


def _resolve_language(lang: str | None) -> str:
    return get_language() if lang is None else str(check_choice(lang, LANGUAGES, name="lang"))


@learner_call
def glossary(lang: str | None = None):
    """Return the glossary as a DataFrame: every term with its meaning, in all languages or in one.

    Parameters
    ----------
    lang : {"en", "hi", "bn"}, optional
        Without it: one row per term with columns ``key``, ``topic`` (general, crm, brm, analytics),
        ``term_en``, ``definition_en``, ``term_hi``, ``definition_hi``, ``term_bn``, ``definition_bn``.
        With it: columns ``term`` and ``definition`` in that language, indexed by ``key``; in Hindi and
        Bengali the English term stands beside the native one (unless bilingual labels are switched off,
        or the native term already holds it, as in "सीड (seed)").

    Returns
    -------
    pandas.DataFrame
        A fresh copy: changing it does not change the glossary.

    Examples
    --------
    >>> table = glossary()
    >>> len(table) >= 80
    True
    >>> glossary("hi").loc["clv", "term"]
    'ग्राहक आजीवन मूल्य (Customer lifetime value, CLV, LTV)'
    >>> glossary("hi").loc["churn", "term"]
    'ग्राहक छोड़ने की दर (churn)'
    >>> glossary("bn").loc["supplier", "term"]
    'সরবরাহকারী (Supplier)'
    """
    table = _table()
    if lang is None:
        return table.copy()
    code = _resolve_language(lang)
    view = table.set_index("key")[[f"term_{code}", f"definition_{code}"]]
    view.columns = ["term", "definition"]
    if code != "en" and get_bilingual():
        english = table.set_index("key")["term_en"]
        view["term"] = [
            _with_english(native, other) for native, other in zip(view["term"], english, strict=True)
        ]
    return view.copy()


def _with_english(native: str, english: str) -> str:
    """Put the English term beside the native one, without repeating what the native term already says."""
    if english.lower() in native.lower():  # "सीड (seed)" already names the English term
        return native
    _, _, abbreviation = english.partition(" (")
    suffix = f" ({abbreviation}" if abbreviation else ""
    if suffix and native.endswith(suffix):  # "व्यवसाय से उपभोक्ता (B2C)": one parenthesis, textbook style
        native = native[: -len(suffix)]
    return beside_english(native, english)


def _sections(lang: str):
    """Yield (topic heading, [(term, definition), ...]) in the handout's order."""
    view = glossary(lang)
    topics = _table().set_index("key")["topic"]
    for topic in TOPICS:
        rows = view[topics == topic].sort_values("term", kind="stable")
        if len(rows):
            yield translate(f"glossary.topic.{topic}", lang=lang), list(rows.itertuples(index=False))


@learner_call
def glossary_markdown(lang: str | None = None) -> str:
    """Return the glossary of `lang` (default: the current language) as a Markdown handout.

    One section per topic, each a two-column table (term, meaning), terms in alphabetical order.

    Examples
    --------
    >>> text = glossary_markdown("bn")
    >>> text.splitlines()[0]
    '# সম্পর্ক ব্যবস্থাপনার পরিভাষা'
    >>> "| পরিভাষা | অর্থ |" in text
    True
    """
    code = _resolve_language(lang)
    term_heading = translate("glossary.heading.term", lang=code)
    meaning_heading = translate("glossary.heading.definition", lang=code)
    lines = [f"# {translate('glossary.title', lang=code)}", ""]
    for heading, rows in _sections(code):
        lines += [f"## {heading}", "", f"| {term_heading} | {meaning_heading} |", "| --- | --- |"]
        lines += [f"| {_md_cell(term)} | {_md_cell(definition)} |" for term, definition in rows]
        lines.append("")
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


@learner_call
def glossary_html(lang: str | None = None) -> str:
    """Return the glossary of `lang` (default: the current language) as a standalone HTML page to print.

    The page declares its language (``<html lang="hi">``) so browsers pick the right fonts and
    hyphenation, and names Noto Sans Devanagari and Hind Siliguri in its font stack.

    Examples
    --------
    >>> page = glossary_html("hi")
    >>> page.splitlines()[1]
    '<html lang="hi">'
    >>> "Noto Sans Devanagari" in page and "Hind Siliguri" in page
    True
    """
    code = _resolve_language(lang)
    title = html.escape(translate("glossary.title", lang=code))
    term_heading = html.escape(translate("glossary.heading.term", lang=code))
    meaning_heading = html.escape(translate("glossary.heading.definition", lang=code))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{code}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        "<style>",
        f"body {{ font-family: {_FONT_STACK}; font-size: 12pt; line-height: 1.5; margin: 2em; }}",
        "table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }",
        "th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }",
        "th { background: #eee; } td:first-child { width: 30%; font-weight: 600; }",
        "@media print { h2 { break-after: avoid; } tr { break-inside: avoid; } }",
        "</style>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
    ]
    for heading, rows in _sections(code):
        parts += [f"<h2>{html.escape(heading)}</h2>", "<table>"]
        parts.append(f"<thead><tr><th>{term_heading}</th><th>{meaning_heading}</th></tr></thead><tbody>")
        parts += [
            f"<tr><td>{html.escape(term)}</td><td>{html.escape(definition)}</td></tr>"
            for term, definition in rows
        ]
        parts += ["</tbody>", "</table>"]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


@learner_call
def write_glossary(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    format: str = "md",
) -> Path:
    """Write the glossary handout of `lang` to `path` as Markdown (``"md"``) or HTML, and return the path.

    The file is written atomically: a crash never leaves half a handout behind. A folder, or a place
    relkit may not write to, is refused with a message saying what to change.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> out = write_glossary(pathlib.Path(tempfile.mkdtemp()) / "glossary.html", lang="bn", format="html")
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    check_choice(format, _FORMATS, name="format")
    if not isinstance(path, str | os.PathLike):
        raise RelkitTypeError("err.path_not_text", name="path", kind=type(path).__name__)
    target = Path(path)
    example = repr(str(target / f"glossary.{format}"))
    if target.is_dir():
        raise RelkitValueError("err.path_is_folder", name="path", path=repr(str(target)), example=example)
    text = glossary_markdown(lang) if format == "md" else glossary_html(lang)
    try:
        return atomic_write_text(target, text)
    except OSError:  # no permission, a read-only disk, a full disk
        raise RelkitValueError("err.path_not_allowed", name="path", path=repr(str(target))) from None
