"""Find terminology drift in relkit's Hindi and Bengali text, against docs/terminology_variants.toml.

The policy (docs/terminology.md, made machine-readable in docs/terminology_variants.toml) names one
spelling per idea. This checker reads every place learners see Hindi or Bengali prose:

- the ``hi=`` and ``bn=`` strings of the ``md(...)`` cells in ``lessons/*.py``;
- every msgstr of ``relkit/locales/{hi,bn}/*.po``;
- the Hindi and Bengali columns of ``relkit/data/glossary.csv``;
- ``datasets/README.md`` (one paragraph per language);
- the quiz texts ``relkit/data/quizzes/NN.{hi,bn}.toml`` (every string: questions, options, feedback);
- the markdown cells of the built ``notebooks/{hi,bn}/*.ipynb`` (for digits only),

and reports, with file, line, the offending text and the policy spelling:

- ``term``: a known wrong variant of a policy term (the ``[[hi.terms]]`` and ``[[bn.terms]]`` tables);
- ``nukta``: a Hindi word the policy writes with a nukta, written without it;
- ``register``: a form of address other than the one the policy chose (आप / আপনি);
- ``digits``: Devanagari or Bengali digits in a notebook or lesson that also uses Western digits;
- ``brackets``: a bilingual label with two bracket groups in a row, "X (Y) (English, EN)";
- ``percent``: a space between a number and ``%``.

Usage::

    python tools/terminology_check.py            # every finding, one per line; exit 1 if any
    python tools/terminology_check.py FILE...    # only these files

tests/test_terminology.py runs the same checks.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "docs" / "terminology_variants.toml"
LANGS = ("hi", "bn")
# A letter of the script, vowel signs, nukta and virama included, and the joiners Bengali uses (র‍্যা).
LETTER = {"hi": "[\u0900-\u0963\u0971-\u097f\u200c\u200d]", "bn": "[\u0980-\u09e3\u09f0-\u09ff\u200c\u200d]"}
NATIVE_DIGITS = {"hi": "[०-९]", "bn": "[০-৯]"}
DIGIT_NAMES = {"hi": "Devanagari digits (०-९)", "bn": "Bengali digits (০-৯)"}
WESTERN_DIGIT = re.compile(r"[0-9]")
# Inline code, math and link targets are no prose: `f(x) (y)` or (https://...) must not count.
NOT_PROSE = re.compile(r"`[^`\n]*`|\$[^$\n]*\$|\]\([^)\n]*\)")
DETAILS = re.compile(r"<details>.*?</details>", re.S)
# Two bracket groups in a row: "सीआरएम (सिम्युलेटेड) (Simulation)". The first must hold native
# letters (a label), so "(₹) (2023)"-like pairs of numbers do not count.
DOUBLE_BRACKETS = re.compile(r"\(([^()\n]*)\)[ \u00a0]*\(([^()\n]*)\)")
PERCENT_SPACE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*[ \u00a0]%")


@dataclass(frozen=True)
class Text:
    """A stretch of Hindi or Bengali prose and where it starts."""

    path: Path
    line: int  # 1-based line of the first character of `text` in `path`
    lang: str
    text: str
    unit: str = ""  # texts sharing a unit are checked together for mixed digits ("" = not checked)


@dataclass(frozen=True)
class Finding:
    """One piece of drift."""

    path: Path
    line: int
    rule: str
    found: str
    policy: str

    def __str__(self) -> str:
        try:
            shown = self.path.relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}: {self.rule}: {self.found!r} -> {self.policy}"


# --------------------------------------------------------------------------------------------- policy


@dataclass(frozen=True)
class Rule:
    """A compiled wrong variant and the policy spelling that replaces it."""

    rule: str
    lang: str
    pattern: re.Pattern[str]
    policy: str


def load_policy(path: Path = POLICY) -> dict:
    """Return the parsed policy file."""
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _word(pattern: str, lang: str, *, prefix: bool = False) -> re.Pattern[str]:
    """Compile `pattern` to match as a whole word of `lang` (or a word's start, with `prefix`)."""
    letter = LETTER[lang]
    body = unicodedata.normalize("NFC", pattern).replace("{L}", letter)
    # A letter followed by a nukta is another letter: "तारीख" must not match the start of "तारीख़".
    tail = "(?![\u093c\u09bc])" if prefix else f"(?!{letter})"
    return re.compile(f"(?<!{letter})(?:{body}){tail}")


def compile_rules(policy: dict) -> list[Rule]:
    """Return every rule the policy defines, for both languages."""
    rules = []
    for lang in LANGS:
        section = policy.get(lang, {})
        for entry in section.get("terms", []):
            for variant in entry["variants"]:
                rules.append(Rule("term", lang, _word(variant, lang), entry["policy"]))
        for spelled, variants in section.get("nukta", {}).items():
            for variant in [variants] if isinstance(variants, str) else variants:
                rules.append(Rule("nukta", lang, _word(variant, lang, prefix=True), spelled))
        register = section.get("register", {})
        for variant in register.get("avoid", []):
            rules.append(Rule("register", lang, _word(variant, lang), register["use"]))
    return rules


# ---------------------------------------------------------------------------------------------- texts


def lesson_texts(path: Path) -> Iterator[Text]:
    """Yield the Hindi and Bengali strings of the md(...) cells of one lesson source."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "md"):
            continue
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg in LANGS and isinstance(value, ast.Constant) and isinstance(value.value, str):
                unit = f"{path}:{keyword.arg}"
                yield Text(path, value.lineno, keyword.arg, value.value, unit)


_PO_STRING = re.compile(r'^(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\])?\s*"(.*)"\s*$')


def po_texts(path: Path, lang: str) -> Iterator[Text]:
    """Yield every msgstr line of a .po file (each quoted piece on its own line)."""
    keyword = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = _PO_STRING.match(raw.strip())
        if not match:
            keyword = None
            continue
        keyword = match.group(1) or keyword
        if keyword and keyword.startswith("msgstr") and match.group(2):
            text = match.group(2).replace('\\"', '"').replace("\\n", "\n")
            yield Text(path, number, lang, text, unit=str(path))


def glossary_texts(path: Path) -> Iterator[Text]:
    """Yield the Hindi and Bengali cells of the glossary CSV, each with its line."""
    content = path.read_text(encoding="utf-8")
    lines = content.splitlines(keepends=True)
    header = next(csv.reader(io.StringIO(lines[0])))
    for number, line in enumerate(lines[1:], 2):
        row = dict(zip(header, next(csv.reader(io.StringIO(line))), strict=False))
        for lang in LANGS:
            for column in (f"term_{lang}", f"definition_{lang}"):
                if row.get(column):
                    yield Text(path, number, lang, row[column], unit=f"{path}:{lang}")


def markdown_texts(path: Path) -> Iterator[Text]:
    """Yield each line of a Markdown file, once per language whose script it uses."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        # A table row holds one cell per language; a heading "English / हिंदी / বাংলা" one part each.
        parts = line.split("|") if line.lstrip().startswith("|") else line.split(" / ")
        for part in parts:
            for lang in LANGS:
                if re.search(LETTER[lang], part):
                    yield Text(path, number, lang, part, unit=f"{path}:{lang}")


def notebook_texts(path: Path, lang: str) -> Iterator[Text]:
    """Yield the markdown cells of a built notebook; line numbers count lines of the .ipynb file."""
    raw = path.read_text(encoding="utf-8")
    nb = json.loads(raw)
    file_lines = raw.splitlines()
    cursor = 0
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell["source"]
        pieces = source if isinstance(source, list) else source.splitlines(keepends=True)
        for piece in pieces:
            needle = json.dumps(piece, ensure_ascii=False)[1:-1][:40]
            while cursor < len(file_lines) and needle not in file_lines[cursor]:
                cursor += 1
            line = cursor + 1 if cursor < len(file_lines) else 0
            yield Text(path, line, lang, piece, unit=str(path))


def quiz_texts(path: Path) -> Iterator[Text]:
    """Yield every string of a quiz text file (``01.hi.toml``), with its line; the language is in the name."""
    lang = path.name.split(".")[-2]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.lstrip().startswith("#") and '"' in line and re.search(LETTER[lang], line):
            yield Text(path, number, lang, line.split("=", 1)[-1], unit=str(path))


def default_texts(root: Path = ROOT) -> Iterator[Text]:
    """Yield every Hindi and Bengali text relkit ships."""
    for path in sorted((root / "lessons").glob("[0-9]*.py")):
        yield from lesson_texts(path)
    for lang in LANGS:
        for path in sorted((root / "relkit" / "locales" / lang).glob("*.po")):
            yield from po_texts(path, lang)
    yield from glossary_texts(root / "relkit" / "data" / "glossary.csv")
    yield from markdown_texts(root / "datasets" / "README.md")
    for lang in LANGS:
        for path in sorted((root / "relkit" / "data" / "quizzes").glob(f"*.{lang}.toml")):
            yield from quiz_texts(path)
    for lang in LANGS:
        for path in sorted((root / "notebooks" / lang).glob("*.ipynb")):
            yield from notebook_texts(path, lang)


def texts_of(path: Path) -> Iterator[Text]:
    """Yield the texts of one file, chosen by its kind (as the script's FILE arguments do)."""
    path = path.resolve()
    if path.suffix == ".py":
        yield from lesson_texts(path)
    elif path.suffix == ".po":
        yield from po_texts(path, path.parent.name)
    elif path.suffix == ".csv":
        yield from glossary_texts(path)
    elif path.suffix == ".ipynb":
        yield from notebook_texts(path, path.parent.name)
    elif path.suffix == ".toml":
        yield from quiz_texts(path)
    else:
        yield from markdown_texts(path)


# ------------------------------------------------------------------------------------------- checking


def _prose(text: str) -> str:
    """Blank out code spans, math, link targets and English <details>, keeping lines and columns."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return NOT_PROSE.sub(blank, DETAILS.sub(blank, text))


def _line_of(text: Text, offset: int) -> int:
    return text.line + text.text.count("\n", 0, offset)


def check_texts(texts: Iterable[Text], rules: list[Rule] | None = None) -> list[Finding]:
    """Return every finding in `texts`."""
    rules = compile_rules(load_policy()) if rules is None else rules
    findings: list[Finding] = []
    units: dict[str, list[Text]] = {}
    for text in texts:
        if text.unit:
            units.setdefault(text.unit, []).append(text)
        if text.path.suffix == ".ipynb":
            continue  # the notebooks are built from lessons/*.py, checked there; digits only
        prose = unicodedata.normalize("NFC", _prose(text.text))
        for rule in rules:
            if rule.lang != text.lang:
                continue
            for match in rule.pattern.finditer(prose):
                line = text.line + prose.count("\n", 0, match.start())
                findings.append(Finding(text.path, line, rule.rule, match.group(0), rule.policy))
        for match in DOUBLE_BRACKETS.finditer(prose):
            first, second = match.groups()
            if re.search(LETTER[text.lang], first) and re.search("[A-Za-z]", second):
                line = text.line + prose.count("\n", 0, match.start())
                policy = "one bracket: the native term, then (English, ABBR) once, as in docs/terminology.md"
                findings.append(Finding(text.path, line, "brackets", match.group(0), policy))
        for match in PERCENT_SPACE.finditer(prose):
            line = text.line + prose.count("\n", 0, match.start())
            findings.append(Finding(text.path, line, "percent", match.group(0), "no space before %"))
    for members in units.values():
        findings += _mixed_digits(members)
    return sorted(findings, key=lambda f: (str(f.path), f.line, f.rule, f.found))


def _mixed_digits(members: list[Text]) -> list[Finding]:
    """Report native digits in a notebook (or one language of a lesson) that also uses Western digits."""
    lang = members[0].lang
    native = re.compile(f"{NATIVE_DIGITS[lang]}+")
    western = any(WESTERN_DIGIT.search(text.text) for text in members)
    if not western:
        return []
    findings = []
    for text in members:
        for match in native.finditer(text.text):
            policy = f"Western digits (0-9): this text mixes {DIGIT_NAMES[lang]} with Western ones"
            findings.append(
                Finding(text.path, _line_of(text, match.start()), "digits", match.group(0), policy)
            )
    return findings


def check(paths: Iterable[Path] | None = None, policy: Path = POLICY) -> list[Finding]:
    """Return every finding in `paths` (default: everything relkit ships)."""
    rules = compile_rules(load_policy(policy))
    texts = default_texts() if paths is None else (t for p in paths for t in texts_of(Path(p)))
    return check_texts(texts, rules)


def main(argv: list[str] | None = None) -> int:
    """Print every finding; return 1 when there is any."""
    args = sys.argv[1:] if argv is None else argv
    findings = check([Path(a) for a in args] if args else None)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
