"""Student mistakes with the world, the simulator, formatting, labels, the glossary, the exercises and the
retention explorer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from mistake_cases import Mistake as M  # noqa: N817 - one letter keeps the table of cases readable
from mistake_cases import params, run_mistake

import relkit
from relkit import RelkitTypeError, RelkitValueError
from relkit.errors import UnknownTableError
from relkit.simulation.schema import TABLES


def _check(predicate, what: str):
    def check(value: object) -> None:
        assert predicate(value), f"{what}: {value!r}"

    return check


def _read_only_folder() -> Path:
    folder = Path(tempfile.mkdtemp())
    folder.chmod(0o500)
    return folder


_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False

WORLD = [
    M(
        "world-item-typo",
        "traceback",
        lambda w: w["order"],
        UnknownTableError,
        None,
        r"no table 'order'\. Its tables are: customers, consents, orders, ",
    ),
    M("world-item-number", "traceback", lambda w: w[0], UnknownTableError, None, r"customers"),
    M("world-item-list", "traceback", lambda w: w[["orders"]], UnknownTableError, None),
    M(
        "world-item-ok",
        "correct",
        lambda w: w["orders"].shape[1],
        None,
        result=_check(lambda n: n == len(TABLES["orders"].columns), "columns"),  # every column of the schema
    ),
    M(
        "simulate-seed-positional",
        "traceback",
        lambda w: relkit.simulate(7),
        RelkitTypeError,
        "seed",
        r"seed=7",
    ),
    M(
        "simulate-no-seed",
        "traceback",
        lambda w: relkit.simulate(),
        RelkitTypeError,
        "seed",
        r"simulate\(seed=\.\.\.\)",
    ),
    M(
        "simulate-customers-zero",
        "message",
        lambda w: relkit.simulate(seed=1, customers=0),
        RelkitValueError,
        "customers",
    ),
    M(
        "simulate-customers-float",
        "message",
        lambda w: relkit.simulate(seed=1, customers=100.0),
        RelkitValueError,
        "customers",
    ),
    M(
        "simulate-start-words",
        "message",
        lambda w: relkit.simulate(seed=1, start="January"),
        RelkitValueError,
        "start",
    ),
    M(
        "simulate-start-month",
        "correct",
        lambda w: relkit.simulate(seed=1, customers=20, partners=2, months=2, start="2023-04").settings[
            "start"
        ],
        None,
        result=_check(lambda start: start == "2023-04-01", "start"),
    ),
    M(
        "simulate-messy-text",
        "message",
        lambda w: relkit.simulate(seed=1, messy="yes"),
        RelkitTypeError,
        "messy",
    ),
    M(
        "simulate-misspelt",
        "traceback",
        lambda w: relkit.simulate(seed=1, customer=10),
        RelkitTypeError,
        "customer",
        r"`customers`",
    ),
    M(
        "load-world-seed",
        "traceback",
        lambda w: relkit.load_world(seed=4),
        RelkitTypeError,
        "seed",
        r"load_world\(\)",
    ),
    M(
        "student-seed-one",
        "traceback",
        lambda w: relkit.student_seed("PAT-17"),
        RelkitTypeError,
        "course_key",
    ),
    M(
        "student-seed-number",
        "message",
        lambda w: relkit.student_seed(17, "key"),
        RelkitTypeError,
        "student_id",
    ),
]

FORMATTING = [
    M("format-inr-text", "message", lambda w: relkit.format_inr("1200"), RelkitTypeError, "amount"),
    M(
        "format-inr-positional",
        "traceback",
        lambda w: relkit.format_inr(1200, True),
        RelkitTypeError,
        "compact",
        r"compact=True",
    ),
    M(
        "format-inr-numpy",
        "correct",
        lambda w: relkit.format_inr(np.float64(12345678.5), lang="hi"),
        None,
        result=_check(lambda text: text == "₹1,23,45,678.50", "lakh grouping"),
    ),
    M(
        "format-number-lang",
        "message",
        lambda w: relkit.format_number(5, lang="English"),
        RelkitValueError,
        "lang",
    ),
    M(
        "format-number-digits",
        "message",
        lambda w: relkit.format_number(5, digits="hindi"),
        RelkitValueError,
        "digits",
    ),
    M("format-percent-text", "message", lambda w: relkit.format_percent("45%"), RelkitTypeError, "value"),
    M(
        "format-percent-numpy",
        "correct",
        lambda w: relkit.format_percent(np.float64(0.456), lang="en"),
        None,
        result=_check(lambda text: text == "45.6%", "percent"),
    ),
    M("format-date-words", "message", lambda w: relkit.format_date("next Monday"), RelkitValueError, "value"),
    M(
        "format-date-month",
        "correct",
        lambda w: relkit.format_date("2024-03", style="month", lang="en"),
        None,
        result=_check(lambda text: text == "March 2024", "month"),
    ),
    M(
        "format-date-bengali-digits",
        "correct",
        lambda w: relkit.format_date("২০২৪-০৩-০৫", lang="en"),
        None,
        result=_check(lambda text: text == "5 March 2024", "date"),
    ),
    M(
        "format-date-tz",
        "correct",
        lambda w: relkit.format_date(pd.Timestamp("2024-03-05 23:30", tz="Asia/Kolkata"), lang="en"),
        None,
        result=_check(lambda text: text == "5 March 2024", "date"),
    ),
    M(
        "format-date-style",
        "message",
        lambda w: relkit.format_date("2024-03-05", style="short"),
        RelkitValueError,
        "style",
    ),
    M(
        "column-label-lang",
        "message",
        lambda w: relkit.column_label("amount_inr", lang="fr"),
        RelkitValueError,
        "lang",
    ),
    M("value-label-missing", "traceback", lambda w: relkit.value_label("stage"), RelkitTypeError, "value"),
    M(
        "set-language-name",
        "message",
        lambda w: relkit.set_language("Hindi"),
        RelkitValueError,
        None,
        r"'hi'",
    ),
]

GLOSSARY = [
    M("glossary-lang", "message", lambda w: relkit.glossary("hindi"), RelkitValueError, "lang", r"'hi'"),
    M(
        "glossary-markdown-lang",
        "message",
        lambda w: relkit.glossary_markdown("Bangla"),
        RelkitValueError,
        "lang",
    ),
    M(
        "glossary-html-positional",
        "traceback",
        lambda w: relkit.glossary_html("hi", "x"),
        RelkitTypeError,
        "glossary_html",
    ),
    M(
        "write-glossary-folder",
        "traceback",
        lambda w: relkit.write_glossary(tempfile.mkdtemp()),
        RelkitValueError,
        "path",
        r"glossary\.md",
    ),
    M(
        "write-glossary-read-only",
        "traceback",
        lambda w: (
            relkit.write_glossary(_read_only_folder() / "g.md")
            if not _ROOT
            else relkit.write_glossary("/proc/g.md")
        ),
        RelkitValueError,
        "path",
        r"allowed to write",
    ),
    M(
        "write-glossary-format",
        "message",
        lambda w: relkit.write_glossary("g.pdf", format="pdf"),
        RelkitValueError,
        "format",
    ),
    M("write-glossary-number", "message", lambda w: relkit.write_glossary(42), RelkitTypeError, "path"),
    M(
        "write-glossary-no-path",
        "traceback",
        lambda w: relkit.write_glossary(),
        RelkitTypeError,
        "path",
        r"write_glossary\(path\)",
    ),
    M(
        "write-glossary-positional-lang",
        "traceback",
        lambda w: relkit.write_glossary(Path(tempfile.mkdtemp()) / "g.md", "hi"),
        RelkitTypeError,
        "lang",
        r"lang='hi'",
    ),
    M(
        "write-glossary-correct",
        "correct",
        lambda w: relkit.write_glossary(Path(tempfile.mkdtemp()) / "g.md", lang="bn").read_text(
            encoding="utf-8"
        ),
        None,
        result=_check(lambda text: "পরিভাষা" in text, "Bengali glossary"),
    ),
]

EXERCISES = [
    M(
        "check-no-answer",
        "traceback",
        lambda w: relkit.check("04.1"),
        RelkitTypeError,
        "answer",
        r"check\(exercise_id, answer\)",
    ),
    M("check-number-id", "message", lambda w: relkit.check(4.1, 0.5), RelkitTypeError, None, r"'04\.1'"),
    M("check-unknown-id", "message", lambda w: relkit.check("4.1", 0.5), RelkitValueError, None, r"'04\.1'"),
    M(
        "check-keyword-typo",
        "traceback",
        lambda w: relkit.check("04.1", answr=0.5),
        RelkitTypeError,
        "answr",
        r"`answer`",
    ),
    M(
        "check-numpy-answer",
        "correct",
        lambda w: relkit.check("04.4", np.float64(30.0)).message,
        None,
        result=_check(lambda text: "np." not in text, "numpy repr"),
    ),
    M(
        "check-duplicated-rows",
        "message",
        lambda w: (
            relkit.check("04.2", pd.concat([relkit.cohort_retention(relkit.load_world().orders)] * 2)).message
        ),
        None,
        result=_check(lambda text: "different order" not in text and "sort_index" not in text, "diagnosis"),
    ),
]

EXPLORER = [
    M(
        "explorer-cac-50",
        "silent",
        lambda w: relkit.retention_explorer(cac_inr=50),
        None,
        result=_check(
            lambda e: (
                e.sliders["cac_inr"].value == 50 and e.outputs.ltv_cac == pytest.approx(e.outputs.clv / 50)
            ),
            "CAC kept",
        ),
    ),
    M(
        "explorer-margin-odd",
        "silent",
        lambda w: relkit.retention_explorer(margin_inr=333),
        None,
        result=_check(lambda e: e.sliders["margin_inr"].value == 333, "margin kept"),
    ),
    M(
        "explorer-discount-above-slider",
        "silent",
        lambda w: relkit.retention_explorer(discount=0.08),
        None,
        result=_check(lambda e: e.sliders["discount"].value == pytest.approx(0.08), "discount kept"),
    ),
    M(
        "explorer-retention-percent",
        "message",
        lambda w: relkit.retention_explorer(retention=80),
        RelkitValueError,
        "retention",
        r"0\.8",
    ),
    M(
        "explorer-discount-ten",
        "silent",
        lambda w: relkit.retention_explorer(discount=10),
        RelkitValueError,
        "discount",
        r"0\.1",
    ),
    M(
        "explorer-cac-zero",
        "message",
        lambda w: relkit.retention_explorer(cac_inr=0),
        RelkitValueError,
        "cac",
    ),
    M(
        "explorer-cac-negative",
        "message",
        lambda w: relkit.retention_explorer(cac_inr=-100),
        RelkitValueError,
        "cac",
    ),
    M(
        "explorer-positional",
        "traceback",
        lambda w: relkit.retention_explorer(0.9),
        RelkitTypeError,
        "retention",
        r"retention=0\.9",
    ),
    M(
        "explorer-months",
        "message",
        lambda w: relkit.retention_explorer(months=0),
        RelkitValueError,
        "months",
    ),
]

CASES = [*WORLD, *FORMATTING, *GLOSSARY, *EXERCISES, *EXPLORER]


@pytest.mark.parametrize("case", params(CASES))
def test_misc_mistake(case, world, lang):
    run_mistake(case, world, lang)
