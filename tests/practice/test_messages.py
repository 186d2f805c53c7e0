"""Every message of the progress store exists in all three languages, with the same placeholders."""

from __future__ import annotations

import pytest

import relkit
from relkit.i18n import catalog, placeholders

IDS = sorted(key for key in catalog("en") if key.startswith("progress."))


def test_there_are_progress_messages():
    assert "progress.set_aside" in IDS
    assert "progress.not_saved.read_only" in IDS
    assert "progress.rule" in IDS


@pytest.mark.parametrize("lang", relkit.LANGUAGES)
@pytest.mark.parametrize("msgid", IDS)
def test_message_in_every_language(lang, msgid):
    text = catalog(lang).get(msgid)
    assert text, f"{msgid} missing in {lang}"
    assert placeholders(text) == placeholders(catalog("en")[msgid])
    if lang != "en":
        assert text != catalog("en")[msgid] or not any(c.isalpha() for c in text if c not in "{}")
