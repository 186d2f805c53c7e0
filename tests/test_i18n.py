import pickle

import pytest

import relkit
from relkit import i18n
from relkit.errors import MissingColumnError, RelkitValueError


def test_default_language_is_english():
    assert relkit.get_language() == "en"


@pytest.mark.parametrize("bad", ["fr", "HI", "", None, "hindi"])
def test_unknown_language_lists_the_three(bad):
    with pytest.raises(RelkitValueError, match="Choose one of 'en', 'hi', 'bn'"):
        relkit.set_language(bad)
    assert relkit.get_language() == "en"


def test_language_context_restores_even_after_an_error():
    relkit.set_language("bn")
    with pytest.raises(ZeroDivisionError), relkit.language("hi"):
        assert relkit.get_language() == "hi"
        1 / 0  # noqa: B018
    assert relkit.get_language() == "bn"


def test_translate_fills_named_placeholders_in_each_language_order():
    params = {"value": "'fr'", "allowed": "'en', 'hi', 'bn'"}
    assert i18n.translate("err.unknown_language", lang="en", **params).startswith("Unknown language 'fr'")
    assert i18n.translate("err.unknown_language", lang="hi", **params).startswith("अज्ञात भाषा 'fr'")
    assert i18n.translate("err.unknown_language", lang="bn", **params).startswith("অজানা ভাষা 'fr'")


def test_translate_of_an_unknown_id_names_the_catalog_to_fix():
    with pytest.raises(KeyError, match="relkit/locales/en"):
        i18n.translate("no.such.message")


def test_missing_translation_falls_back_to_english(monkeypatch):
    original = i18n.catalog
    hindi = dict(original("hi"))
    del hindi["term.brm"]
    monkeypatch.setattr(i18n, "catalog", lambda lang: hindi if lang == "hi" else original(lang))
    assert i18n.translate("term.brm", lang="hi") == "Business Relationship Management (BRM)"


def test_term_is_bilingual_in_hindi_and_bengali_but_never_doubles_english():
    assert i18n.term("term.crm", lang="hi") == "ग्राहक संबंध प्रबंधन (Customer Relationship Management, CRM)"
    assert i18n.term("term.crm", lang="bn") == "গ্রাহক সম্পর্ক ব্যবস্থাপনা (Customer Relationship Management, CRM)"
    assert i18n.term("term.crm", lang="en") == "Customer Relationship Management (CRM)"
    assert i18n.term("term.crm", lang="hi", bilingual=False) == "ग्राहक संबंध प्रबंधन"


def test_set_bilingual_switches_the_english_off_and_on():
    relkit.set_bilingual(False)
    assert i18n.term("term.brm", lang="bn") == "ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা"
    relkit.set_bilingual(True)
    assert "(Business Relationship Management, BRM)" in i18n.term("term.brm", lang="bn")


def test_error_text_follows_the_language_at_display_time():
    err = MissingColumnError(
        "err.missing_column", name="orders", missing="'amount_inr'", needed="'amount_inr'", present="'x'"
    )
    with relkit.language("hi"):
        assert "कॉलम नहीं है" in str(err)
    with relkit.language("bn"):
        assert "কলামটি নেই" in str(err)
        assert err.english.startswith("`orders` has no column 'amount_inr'")
    assert isinstance(err, ValueError)
    assert isinstance(err, KeyError)


def test_errors_survive_pickling_with_their_parameters():
    err = RelkitValueError("err.bad_count", name="customers", value="0", minimum=1)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is RelkitValueError
    assert str(again) == str(err)


def test_placeholders_are_parsed_by_name():
    assert i18n.placeholders("{a} and {b:.2f} but not {{c}}") == {"a", "b"}
