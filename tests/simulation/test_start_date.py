"""A world cannot start before GST began: its B2B invoices carry GST (CGST, SGST or IGST)."""

from __future__ import annotations

import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.i18n import language


def test_first_possible_start_is_the_day_gst_began():
    world = relkit.simulate(seed=2, customers=30, partners=8, start="2017-07-01", months=3)
    assert len(world.invoices) > 0
    assert (world.invoices.invoice_date >= "2017-07-01").all()
    assert (world.invoice_lines.cgst_inr + world.invoice_lines.igst_inr > 0).any()


@pytest.mark.parametrize("start", ["2017-06-30", "2015-01-01"])
def test_an_earlier_start_names_start_and_the_first_day_allowed(start):
    with pytest.raises(RelkitValueError, match=rf"`start` is '{start}'.*2017-07-01"):
        relkit.simulate(seed=2, customers=5, partners=2, start=start)


def test_the_message_is_in_the_learner_s_language():
    with language("hi"), pytest.raises(RelkitValueError, match="2017-07-01 या उसके बाद की शुरुआत"):
        relkit.simulate(seed=2, start="2016-04-01")
    with language("bn"), pytest.raises(RelkitValueError, match="2017-07-01 বা তার পরের কোনো শুরুর"):
        relkit.simulate(seed=2, start="2016-04-01")
