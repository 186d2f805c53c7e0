import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.glossary_table import TOPICS, glossary, glossary_html, glossary_markdown, write_glossary

REQUIRED = {
    "relationship_management", "b2c", "b2b", "crm", "brm", "operational_crm", "analytical_crm",
    "collaborative_crm", "lead", "funnel_stage", "conversion_rate", "win_rate", "churn", "retention",
    "cohort", "cohort_retention", "cac", "clv", "ltv_cac", "payback_period", "discount_rate", "margin",
    "rfm", "recency", "frequency", "monetary_value", "segment", "bgnbd", "p_alive", "nps", "csat", "sla",
    "first_response_time", "resolution_time", "ticket", "touchpoint", "campaign", "single_customer_view",
    "deduplication", "data_migration", "supplier", "distributor", "vendor", "reseller", "contract",
    "renewal", "dispute", "dispute_resolution", "trust", "scorecard", "on_time_delivery", "otif",
    "defect_rate", "ppm", "lead_time", "coefficient_of_variation", "tier", "cross_selling", "up_selling",
    "market_basket", "support", "confidence", "lift", "loyalty", "relationship_manager",
    "post_sales_support", "simulation", "seed",
}  # fmt: skip


def test_full_table_has_every_language_and_topic():
    table = glossary()
    assert list(table.columns) == [
        "key", "topic", "term_en", "definition_en", "term_hi", "definition_hi", "term_bn", "definition_bn",
    ]  # fmt: skip
    assert len(table) >= 80
    assert table["key"].is_unique
    assert set(table["topic"]) == set(TOPICS)
    assert (
        (table.drop(columns=["key", "topic"]).apply(lambda column: column.str.strip().str.len()) > 0)
        .all()
        .all()
    )
    assert set(table["key"]) >= REQUIRED


def test_definitions_are_one_line_and_terms_unique_per_language():
    table = glossary()
    for lang in relkit.LANGUAGES:
        assert not table[f"definition_{lang}"].str.contains("\n").any()
        assert table[f"term_{lang}"].is_unique, lang


def test_reference_terms_are_used():
    table = glossary().set_index("key")
    assert table.loc["crm", "term_hi"] == "ग्राहक संबंध प्रबंधन (सीआरएम)"
    assert table.loc["brm", "term_bn"] == "ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা (বিআরএম)"
    assert table.loc["supplier", "term_bn"] == "সরবরাহকারী"
    assert table.loc["dispute", "term_hi"] == "विवाद"


def test_language_view_puts_english_beside(each_language):
    view = glossary(each_language)
    assert list(view.columns) == ["term", "definition"]
    if each_language == "en":
        assert view.loc["trust", "term"] == "Trust"
    else:
        assert view.loc["trust", "term"].endswith("(Trust)")
    assert view.loc["nps", "term"].count("NPS") == 1 or each_language == "en"


def test_bilingual_off_gives_native_terms_only():
    relkit.set_bilingual(False)
    assert glossary("bn").loc["trust", "term"] == "আস্থা"


def test_returned_table_is_a_copy():
    table = glossary()
    table.loc[0, "term_en"] = "changed"
    assert glossary().loc[0, "term_en"] != "changed"


def test_markdown_has_a_section_per_topic():
    text = glossary_markdown("hi")
    assert text.startswith("# संबंध प्रबंधन की शब्दावली\n")
    assert text.count("\n## ") == len(TOPICS)
    assert "| आपूर्तिकर्ता (Supplier) | " in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == len(glossary()) + len(TOPICS)  # one header row per section


def test_markdown_follows_the_current_language():
    with relkit.language("bn"):
        assert glossary_markdown().startswith("# সম্পর্ক ব্যবস্থাপনার পরিভাষা")


def test_html_declares_language_and_fonts_and_escapes():
    page = glossary_html("bn")
    assert '<html lang="bn">' in page
    assert "Hind Siliguri" in page
    assert "Noto Sans Devanagari" in page
    assert page.count("<tr>") == len(glossary()) + len(TOPICS)
    assert "<td>LTV:CAC অনুপাত (LTV:CAC ratio)</td>" in page


def test_write_glossary_md_and_html(tmp_path):
    md = write_glossary(tmp_path / "g.md", lang="hi")
    assert md.read_text(encoding="utf-8") == glossary_markdown("hi")
    html = write_glossary(tmp_path / "sub" / "g.html", lang="en", format="html")
    assert html.read_text(encoding="utf-8") == glossary_html("en")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["g.html", "g.md", "sub"]  # no temporary left


def test_bad_arguments():
    with pytest.raises(RelkitValueError, match="`format` cannot be 'pdf'"):
        write_glossary("x.pdf", format="pdf")
    with pytest.raises(RelkitValueError, match="`lang` cannot be 'english'"):
        glossary("english")
    with relkit.language("hi"), pytest.raises(RelkitValueError, match="इनमें से कोई एक चुनिए"):
        glossary_html("english")
