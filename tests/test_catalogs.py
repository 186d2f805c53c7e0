"""The catalogs are complete, consistent and used: every language has every message with the same
placeholders, every message id the code uses exists, and no learner-facing English hides in the code."""

from __future__ import annotations

import ast
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import relkit
from relkit.glossary_table import glossary
from relkit.i18n import catalog, placeholders

PACKAGE = Path(relkit.__file__).parent
LOCALES = PACKAGE / "locales"
PO_FILES = sorted(LOCALES.glob("*/*.po"))
DOMAINS = sorted({path.name for path in PO_FILES})

# Calls whose first argument is a message id.
MESSAGE_CALLS = {
    "translate",
    "term",
    "RelkitError",
    "RelkitValueError",
    "RelkitTypeError",
    "MissingColumnError",
}
MSGID = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z0-9_ -]+)+$")
# A letter: Latin, Devanagari or Bengali, vowel signs and viramas included (Python counts those as non-word).
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3])"
# Two words of letters in a row, each standing alone: "Choose one", "नहीं है"; not "1px solid", not "a.b".
PROSE = re.compile(rf"(?:^|\s){_LETTER}{{2,}}\s+{_LETTER}{{2,}}(?=$|[\s.,;:!?।])")
# matplotlib's own option values, which look like two words but are no text a learner sees.
MATPLOTLIB_VOCABULARY = {
    "upper left", "upper right", "upper center", "lower left", "lower right", "lower center",
    "center left", "center right", "axes fraction", "figure fraction", "offset points", "data coords",
}  # fmt: skip
SCRIPTS = {"hi": (0x0900, 0x097F), "bn": (0x0980, 0x09FF)}
# Latin words that stay English in Hindi and Bengali text (see docs/terminology.md).
LATIN_TERMS = {
    "pandas", "relkit", "seed", "churn", "retention", "ax", "format", "lakh", "crore", "matplotlib",
    "recency", "frequency", "monetary", "summary", "world", "support", "confidence", "lift",
    # file formats and the commands a learner types
    "csv", "parquet", "sqlite", "pyarrow", "python", "pip", "install", "upgrade", "make", "lab",
}  # fmt: skip
# Developer-facing messages that mirror Python's own wording and are meant to stay English; each says why.
DEVELOPER_MESSAGES = {
    (
        "__init__.py",
        "module 'relkit' has no attribute",
    ): "Python's AttributeError for a module, for hasattr()",
    ("i18n.py", "relkit has no message"): "a programming error in relkit itself, caught by this test file",
    ("feedback.py", "must be letters and hold"): "a lesson author's decision exercise is misdeclared",
    ("registry.py", "is not one of"): "a lesson author registered an exercise of an unknown kind",
    ("registry.py", "register expected="): "a lesson author's judge gives the answer key nothing to read",
}


def _po(path: Path):
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _messages(path: Path) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in _po(path) if m.id}


def _python_files(*folders: str):
    roots = [PACKAGE / folder for folder in folders] if folders else [PACKAGE]
    for root in roots:
        yield from sorted(root.rglob("*.py")) if root.exists() else ()


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    for node in ast.walk(tree):  # attribute docstrings: a bare string right after an assignment
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for before, after in itertools.pairwise(body):
                if (
                    isinstance(before, ast.Assign | ast.AnnAssign)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                ):
                    found.add(id(after.value))
    return found


def _strings(node: ast.AST):
    """String constants under `node`, including the literal parts of f-strings."""
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            yield child


def _looks_like_prose(text: str) -> bool:
    return not MSGID.match(text) and text not in MATPLOTLIB_VOCABULARY and PROSE.search(text) is not None


def _composed_strings(tree: ast.AST) -> set[int]:
    """Constants that are only part of a string: f-string pieces and operands of + or /."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.update(id(value) for value in node.values)
        elif isinstance(node, ast.BinOp):
            found.update(id(side) for side in (node.left, node.right))
    return found


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_po_file_parses_and_declares_its_language(path):
    catalog_file = _po(path)
    assert str(catalog_file.locale) == path.parent.name
    assert len(_messages(path)) > 0


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_is_translated_in_every_language(domain):
    found = {
        lang: _messages(LOCALES / lang / domain)
        for lang in relkit.LANGUAGES
        if (LOCALES / lang / domain).exists()
    }
    assert set(found) == set(relkit.LANGUAGES), f"{domain} is missing in {set(relkit.LANGUAGES) - set(found)}"
    all_ids = set().union(*found.values())
    for lang, messages in found.items():
        missing = sorted(all_ids - set(messages))
        empty = sorted(msgid for msgid, text in messages.items() if not text.strip())
        assert not missing, f"{lang}/{domain} lacks {missing}"
        assert not empty, f"{lang}/{domain} has empty translations: {empty}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_placeholders_match_across_languages(domain):
    found = {lang: _messages(LOCALES / lang / domain) for lang in relkit.LANGUAGES}
    problems = []
    for msgid, english in found["en"].items():
        expected = placeholders(english)
        for lang in ("hi", "bn"):
            text = found[lang].get(msgid)
            if text is not None and placeholders(text) != expected:
                problems.append(
                    f"{lang}/{domain} {msgid}: {sorted(placeholders(text))} != {sorted(expected)}"
                )
    assert not problems, "\n".join(problems)


def test_no_message_id_is_defined_twice():
    seen = defaultdict(list)
    for path in LOCALES.glob("en/*.po"):
        for msgid in _messages(path):
            seen[msgid].append(path.name)
    duplicates = {msgid: files for msgid, files in seen.items() if len(files) > 1}
    assert not duplicates


def _used_message_ids():
    """(file:line, msgid) for every literal message id the code passes to a translating call."""
    english = catalog("en")
    prefixes = {msgid.split(".", 1)[0] for msgid in english}
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstring_nodes(tree) | _composed_strings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                first = node.args[0]
                if name in MESSAGE_CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", first.value
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and MSGID.match(node.value)
                and node.value.split(".", 1)[0] in prefixes
            ):
                yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node.value


def test_message_ids_used_in_code_exist_in_english():
    english = catalog("en")
    used = list(_used_message_ids())
    assert len(used) > 20  # the scan finds the calls at all
    missing = [f"{where}: {msgid}" for where, msgid in used if msgid not in english]
    assert not missing, "\n".join(missing)


def _stray_literals():
    """(file:line, text) of prose-like literals in plots, widgets, and raise statements anywhere."""
    for path in _python_files():
        relative = path.relative_to(PACKAGE)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstring_nodes(tree)
        everywhere = relative.parts[0] in {"plots", "widgets"}
        roots = [tree] if everywhere else [node for node in ast.walk(tree) if isinstance(node, ast.Raise)]
        for root in roots:
            whole = " ".join(constant.value for constant in _strings(root))
            if any(relative.name == file and snippet in whole for file, snippet in DEVELOPER_MESSAGES):
                continue
            for constant in _strings(root):
                if id(constant) not in docstrings and _looks_like_prose(constant.value):
                    yield f"relkit/{relative}:{constant.lineno}", constant.value


def test_no_learner_facing_english_hides_in_the_code():
    strays = [f"{where}: {text!r}" for where, text in _stray_literals()]
    assert not strays, "translate these through the catalogs:\n" + "\n".join(strays)


@pytest.mark.parametrize(
    "text",
    ["Choose one of the columns", "`{name}` must be a number", "कॉलम नहीं है", "ফাইল পাওয়া যায়নি"],
)
def test_stray_scan_recognises_prose(text):
    assert _looks_like_prose(text)


@pytest.mark.parametrize(
    "text",
    [
        "err.plot.not_numeric",
        "amount_inr",
        "{score} ({grade})",
        "1px solid #ccc",
        "%Y-%m-%d",
        "axes.titlesize",
    ],
)
def test_stray_scan_ignores_ids_specs_and_columns(text):
    assert not _looks_like_prose(text)


def _native_share(text: str, lang: str) -> float | None:
    """Share of the letters in `text` written in `lang`'s script, ignoring placeholders, code in
    backticks, English glosses in parentheses, and Latin technical words (acronyms, CamelCase, code,
    the terms kept in English)."""
    low, high = SCRIPTS[lang]
    # placeholders, `code`, and English glosses in parentheses such as "(discount rate)"
    text = re.sub(r"\{[^{}]*\}|`[^`]*`|\([\x00-\x7f]*\)", " ", text)
    words = []
    for word in re.findall(r"[^\s()\[\],;:।!?'\"-]+", text):
        if word.isascii() and (
            word.upper() == word
            or re.search(r"[A-Z].*[A-Z]|[0-9_./=]", word)
            or word.lower().strip(".-") in LATIN_TERMS
        ):
            continue
        words.append(word)
    letters = [char for char in "".join(words) if char.isalpha()]
    if not letters:
        return None
    return sum(low <= ord(char) <= high for char in letters) / len(letters)


def _catalog_texts(lang):
    for path in sorted((LOCALES / lang).glob("*.po")):
        for msgid, text in _messages(path).items():
            yield f"{lang}/{path.name} {msgid}", text


def _glossary_texts(lang):
    table = glossary()
    for key, term_text, definition in zip(
        table["key"], table[f"term_{lang}"], table[f"definition_{lang}"], strict=True
    ):
        yield f"glossary {key} term_{lang}", term_text
        yield f"glossary {key} definition_{lang}", definition


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_hindi_and_bengali_are_written_in_their_scripts(lang):
    """Each message is at least 60% native script, and the language as a whole at least 90%."""
    shares = {}
    for where, text in [*_catalog_texts(lang), *_glossary_texts(lang)]:
        share = _native_share(text, lang)
        if share is not None:
            shares[where] = share
    low = {where: round(share, 2) for where, share in shares.items() if share < 0.6}
    assert not low, f"mostly Latin or the wrong script: {low}"
    assert sum(shares.values()) / len(shares) >= 0.9


def test_script_check_catches_english_and_the_wrong_script():
    assert _native_share("Unknown language, choose again", "hi") == 0
    assert _native_share("গ্রাহক", "hi") == 0
    assert _native_share("`{name}` एक pandas DataFrame होना चाहिए", "hi") == 1
