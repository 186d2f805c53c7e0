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


def _categorical_columns(frame):
    import pandas as pd

    for column in frame.columns:
        values = frame[column]
        few = values.nunique() <= 40
        textual = isinstance(values.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(values)
        if few and (textual or pd.api.types.is_bool_dtype(values)):
            yield column, values.dropna().unique()


def test_default_world_has_a_label_for_every_column_and_category():
    from relkit.i18n import catalog

    world = relkit.load_world()
    missing = []
    for lang in relkit.LANGUAGES:
        messages = catalog(lang)
        for name, table in world.tables.items():
            missing += [f"{lang} {name}.{c}" for c in table.columns if f"col.{c}" not in messages]
            for column, values in _categorical_columns(table):
                missing += [
                    f"{lang} {name}.{column}={v}" for v in values if f"val.{column}.{v}" not in messages
                ]
    assert not missing
    assert value_label("acquisition_channel", "referral", lang="hi") == "रेफ़रल"


@pytest.mark.parametrize("column", ["month", "week", "quarter", "year", "date"])
def test_time_columns_a_learner_derives_are_labelled_too(column):
    from relkit.labels import column_label

    labels = {lang: column_label(column, lang=lang) for lang in ("en", "hi", "bn")}
    assert labels["en"] == column.capitalize()
    assert labels["hi"] != column
    assert labels["bn"] != column
