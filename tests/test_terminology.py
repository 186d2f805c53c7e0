"""Terminology cannot drift: every Hindi and Bengali text follows docs/terminology.md.

The rules live in docs/terminology_variants.toml and the scanning in tools/terminology_check.py (run it as a
script to see every finding at once). The plant-a-drift tests below write a file with a known drift and
check that the checker reports it, so the main test cannot pass by scanning nothing.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import relkit
from relkit.glossary_table import glossary
from relkit.i18n import catalog, term

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("terminology_check", ROOT / "tools" / "terminology_check.py")
checker = importlib.util.module_from_spec(spec)
sys.modules["terminology_check"] = checker  # dataclasses look their module up there
spec.loader.exec_module(checker)


def report(findings) -> str:
    return "\n".join(str(f) for f in findings) + f"\n{len(findings)} finding(s); policy: docs/terminology.md"


def test_the_policy_names_terms_variants_nukta_words_and_a_register():
    policy = checker.load_policy()
    for lang in ("hi", "bn"):
        terms = policy[lang]["terms"]
        assert len(terms) >= 20, lang
        assert all(entry["policy"] and entry["variants"] for entry in terms), lang
        assert policy[lang]["register"]["use"], lang
        assert policy[lang]["register"]["avoid"], lang
    assert len(policy["hi"]["nukta"]) >= 40
    assert "देय तारीख़" in (ROOT / "docs" / "terminology.md").read_text(encoding="utf-8")
    checker.compile_rules(policy)  # every variant is a valid regular expression


def test_no_terminology_drift_anywhere():
    findings = checker.check()
    assert not findings, report(findings)


def test_the_checker_reads_every_kind_of_text():
    kinds = {text.path.suffix or text.path.name for text in checker.default_texts()}
    names = {text.path.name for text in checker.default_texts()}
    assert {".py", ".po", ".csv", ".md", ".ipynb"} <= kinds
    assert {"glossary.csv", "README.md", "exercises.po", "labels.po"} <= names


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_rendered_labels_carry_one_bracket(lang):
    """Glossary terms and term() titles get the English added at run time: still one bracket group."""
    rendered = list(glossary(lang)["term"])
    rendered += [term(msgid, lang=lang) for msgid in catalog(lang) if msgid.startswith("term.")]
    with relkit.language(lang):
        rendered += [relkit.glossary_markdown(lang)]
    doubled = [text for text in rendered if checker.DOUBLE_BRACKETS.search(text)]
    assert not doubled, doubled


# ------------------------------------------------------------------------------------ planted drifts

LESSON = '''CELLS = [
    md(
        en="""Win a customer for 100 rupees.""",
        hi="""पहली पंक्ति ठीक है।
यहाँ एक ग्राहक जीतना सौ रुपये का पड़ता है।""",
        bn="""প্রথম লাইন।
এখানে গ্রাহক সম্পর্ক ব্যবস্থাপনা (সিআরএম) (Customer Relationship Management, CRM) আছে।
তুমি 12 মাস দেখবে, তারপর ১২ মাস।""",
    ),
]
'''


def findings_in(path: Path) -> list:
    return checker.check([path])


def test_a_planted_calque_in_a_lesson_is_reported_with_file_line_word_and_policy(tmp_path):
    path = tmp_path / "99-planted.py"
    path.write_text(LESSON, encoding="utf-8")
    findings = findings_in(path)
    calque = [f for f in findings if f.rule == "term"]
    assert [(f.line, f.found) for f in calque] == [(5, "ग्राहक जीतना")]
    message = str(calque[0])
    assert f"{path}:5:" in message
    assert "'ग्राहक जीतना' -> नया ग्राहक जोड़ना" in message


def test_planted_double_brackets_register_and_mixed_digits_are_reported(tmp_path):
    path = tmp_path / "99-planted.py"
    path.write_text(LESSON, encoding="utf-8")
    found = {(f.rule, f.line, f.found) for f in findings_in(path)}
    assert ("brackets", 7, "(সিআরএম) (Customer Relationship Management, CRM)") in found
    assert ("register", 8, "তুমি") in found
    assert ("digits", 8, "১২") in found


def test_a_planted_missing_nukta_in_a_catalog_is_reported(tmp_path):
    folder = tmp_path / "hi"
    folder.mkdir()
    path = folder / "planted.po"
    path.write_text('msgid "x.due"\nmsgstr ""\n"देय तारीख"\n\nmsgid "x.buy"\nmsgstr "ख़रीद ठीक, खरीदना ग़लत"\n')
    found = [(f.rule, f.line, f.found, f.policy) for f in findings_in(path)]
    assert found == [("nukta", 3, "तारीख", "तारीख़"), ("nukta", 6, "खरीद", "ख़रीद")]


def test_a_planted_variant_in_the_glossary_and_the_data_dictionary_is_reported(tmp_path):
    csv = tmp_path / "glossary.csv"
    csv.write_text(
        "key,topic,term_en,definition_en,term_hi,definition_hi,term_bn,definition_bn\n"
        "margin,crm,Margin,Price less cost.,मार्जिन (लाभांश),दाम में से लागत।,মার্জিন,দাম থেকে খরচ বাদ।\n",
        encoding="utf-8",
    )
    readme = tmp_path / "README.md"
    readme.write_text("| `email` | E-mail, 70 % | ईमेल | ই-মেল ঠিকানা, 70 % |\n", encoding="utf-8")
    assert [(f.rule, f.line, f.found) for f in findings_in(csv)] == [("term", 2, "लाभांश")]
    # The English cell's "70 %" is English typography; only the Bengali cell is held to the policy.
    assert sorted((f.rule, f.found) for f in findings_in(readme)) == [("percent", "70 %"), ("term", "ই-মেল")]


def test_a_planted_notebook_mixing_digits_is_reported(tmp_path):
    folder = tmp_path / "bn"
    folder.mkdir()
    path = folder / "99-planted.ipynb"
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["মোট 24 মাস।\n", "প্রথম ১২ মাস।"]}]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    assert [(f.rule, f.found) for f in findings_in(path)] == [("digits", "১২")]


def test_the_script_prints_every_finding_and_fails(tmp_path, capsys):
    path = tmp_path / "99-planted.py"
    path.write_text(LESSON, encoding="utf-8")
    assert checker.main([str(path)]) == 1
    out = capsys.readouterr().out
    assert "ग्राहक जीतना" in out
    assert out.rstrip().endswith("4 finding(s)")
