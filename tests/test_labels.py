import numpy as np
import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.labels import column_label, value_label


def test_column_labels_in_three_languages():
    assert column_label("acquisition_channel", lang="en") == "Acquisition channel"
    assert column_label("acquisition_channel", lang="hi") == "अधिग्रहण चैनल"
    assert column_label("acquisition_channel", lang="bn") == "গ্রাহক সংগ্রহের চ্যানেল"


def test_value_labels_follow_the_current_language():
    with relkit.language("hi"):
        assert value_label("partner_type", "supplier") == "आपूर्तिकर्ता"
    with relkit.language("bn"):
        assert value_label("partner_type", "distributor") == "পরিবেশক"
    assert value_label("stage", "won") == "Won"


def test_values_are_looked_up_per_column():
    lost = value_label("lost_at_stage", "qualified", lang="hi")
    assert lost == value_label("stage", "qualified", lang="hi")
    assert value_label("renewed", np.True_, lang="bn") == "নবায়িত"


def test_unknown_names_fall_back_to_the_raw_value():
    assert column_label("loyalty_points", lang="hi") == "loyalty_points"
    assert value_label("partner_type", "wholesaler", lang="bn") == "wholesaler"
    assert value_label("partner_type", 7) == "7"


def test_bad_language_is_an_error_in_the_current_language():
    with pytest.raises(RelkitValueError, match="`lang` cannot be 'fr'"):
        column_label("city", lang="fr")
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="'fr'"):
        value_label("city", "Patna", lang="fr")


def _words(kind):
    """The stored values of a column of this schema kind that need a label (none for numbers and text)."""
    if isinstance(kind, tuple):
        return kind
    return ("True", "False") if kind in ("bool", "bool?") else ()


@pytest.mark.parametrize("lang", relkit.LANGUAGES)
def test_every_column_and_category_word_of_the_schema_has_a_label(lang):
    from relkit.i18n import catalog
    from relkit.simulation.schema import MESSY_TABLES, TABLES

    messages = catalog(lang)
    missing = []
    for name, table in {**TABLES, **MESSY_TABLES}.items():
        for column, kind in table.columns.items():
            missing += [f"{name}.{column}"] * (f"col.{column}" not in messages)
            missing += [f"{name}.{column}={w}" for w in _words(kind) if f"val.{column}.{w}" not in messages]
    assert not missing


def test_default_world_has_a_label_for_every_column_and_place():
    from relkit.i18n import catalog

    world = relkit.load_world()  # the messy tables spell cities wrongly on purpose: not labelled
    missing = []
    for lang in relkit.LANGUAGES:
        messages = catalog(lang)
        for name, table in world.tables.items():
            missing += [f"{lang} {name}.{c}" for c in table.columns if f"col.{c}" not in messages]
            for column in {"city", "state"} & set(table.columns):  # free text, but a short known list
                values = table[column].dropna().unique()
                missing += [
                    f"{lang} {name}.{column}={v}" for v in values if f"val.{column}.{v}" not in messages
                ]
    assert not missing
    assert value_label("acquisition_channel", "referral", lang="hi") == "रेफ़रल"


def test_v2_words_read_naturally():
    assert value_label("payment_method", "cod", lang="en") == "Cash on delivery (COD)"
    assert value_label("outcome", "rto", lang="hi") == "मूल स्थान पर वापसी (RTO)"  # docs/terminology.md
    assert value_label("group", "control", lang="bn") == "আলাদা রাখা (control)"
    assert column_label("taxable_inr", lang="hi") == "कर योग्य मूल्य (₹)"  # docs/terminology.md
    assert value_label("category", "logistics", lang="bn") == "লজিস্টিকস (পরিবহন)"  # partners.category
    assert value_label("channel", "store", lang="hi") == "store"  # v1's shop is gone, and its label


@pytest.mark.parametrize("column", ["month", "week", "quarter", "year", "date"])
def test_time_columns_a_learner_derives_are_labelled_too(column):
    from relkit.labels import column_label

    labels = {lang: column_label(column, lang=lang) for lang in ("en", "hi", "bn")}
    assert labels["en"] == column.capitalize()
    assert labels["hi"] != column
    assert labels["bn"] != column
