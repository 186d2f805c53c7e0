import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import relkit
from relkit.crm import funnel, nps, service_levels
from relkit.crm.funnel import STAGES
from relkit.errors import MissingColumnError, RelkitValueError
from relkit.simulation.leads import leads as draw_leads
from relkit.simulation.schema import TABLES, frame_from_columns
from relkit.simulation.window import Window


@pytest.fixture
def leads():
    return pd.DataFrame(
        {
            "lead_id": range(8),
            "stage": ["won", "won", "lost", "lost", "proposal", "qualified", "contacted", "new"],
            "lost_at_stage": [None, None, "qualified", "new", None, None, None, None],
        }
    )


def test_funnel_by_hand(leads):
    table = funnel(leads)
    # furthest stages: won, won, qualified, new, proposal, qualified, contacted, new
    # reached: new 8, contacted 6, qualified 5, proposal 3, won 2
    assert table["stage"].tolist() == list(STAGES)
    assert table["reached"].tolist() == [8, 6, 5, 3, 2]
    assert table["conversion"].tolist() == pytest.approx([1.0, 6 / 8, 5 / 6, 3 / 5, 2 / 3])
    assert table.attrs["win_rate"] == 2 / 8


def test_funnel_labels_in_hindi(leads):
    with relkit.language("hi"):
        table = funnel(leads)
    assert table["label"].tolist() == [relkit.i18n.translate(f"stage.{s}", lang="hi") for s in STAGES]
    assert table["stage"].tolist() == list(STAGES)


@given(st.lists(st.sampled_from([*STAGES, "lost"]), min_size=1, max_size=50))
def test_funnel_reached_never_grows(stages):
    frame = pd.DataFrame(
        {"stage": stages, "lost_at_stage": ["contacted" if s == "lost" else None for s in stages]}
    )
    table = funnel(frame)
    assert table["reached"].iloc[0] == len(stages)
    assert (np.diff(table["reached"]) <= 0).all()
    assert 0 <= table.attrs["win_rate"] <= 1


def test_unknown_stage(leads):
    bad = leads.copy()
    bad.loc[0, "stage"] = "Won"
    with pytest.raises(RelkitValueError, match="holds 'Won', which is not one of"):
        funnel(bad)


def test_lost_lead_without_stage(leads):
    bad = leads.copy()
    bad.loc[2, "lost_at_stage"] = None
    with pytest.raises(RelkitValueError, match="'lost_at_stage'"):
        funnel(bad)


def test_funnel_reads_b2b_leads_with_partner_ids():
    """World v2 leads: prospective distributors and resellers; a won lead names its partner."""
    window = Window.from_start(pd.Timestamp("2023-01-01"), 24)
    firms = {
        "partner_id": np.arange(1, 41),
        "partner_type": np.tile(np.array([2, 3], dtype=np.int8), 20),  # distributors and resellers
        "since_date": window.dates(np.arange(40) * 15),
    }
    b2b = frame_from_columns(draw_leads(np.random.default_rng(3), firms, window), TABLES["leads"])
    table = funnel(b2b)
    assert table["reached"].iloc[0] == len(b2b)
    assert table["reached"].iloc[-1] == b2b.partner_id.notna().sum() == 40
    fairs = funnel(b2b[b2b.source == "trade_fair"])
    assert fairs["reached"].iloc[0] == (b2b.source == "trade_fair").sum()


@pytest.fixture
def tickets():
    return pd.DataFrame(
        {
            "ticket_id": [1, 2, 3, 4],
            "opened_at": pd.to_datetime(["2024-01-01 09:00"] * 4),
            "first_response_at": pd.to_datetime(
                ["2024-01-01 10:00", "2024-01-01 11:00", "2024-01-01 13:00", None]
            ),
            "resolved_at": pd.to_datetime(["2024-01-01 15:00", "2024-01-02 09:00", "2024-01-03 09:00", None]),
            "csat": [5.0, 4.0, 1.0, np.nan],
            "sla_hours": [24.0, 24.0, 24.0, 24.0],
        }
    )


def test_service_levels_by_hand(tickets):
    levels = service_levels(tickets)
    # responses 1, 2, 4 h -> median 2; P90 by linear interpolation: 2 + 0.8 * (4 - 2) = 3.6
    assert levels["first_response_median_h"] == 2.0
    assert levels["first_response_p90_h"] == pytest.approx(3.6)
    # resolutions 6, 24, 48 h -> median 24; within 24 h: 2 of 3
    assert levels["resolution_median_h"] == 24.0
    assert levels["sla_compliance"] == pytest.approx(2 / 3)
    # CSAT: ratings 5, 4, 1 -> 2 of 3 rated are >= 4
    assert levels["csat"] == pytest.approx(2 / 3)
    assert levels["open_tickets"] == 1.0
    assert levels["tickets"] == 4.0


def test_sla_argument_overrides_column(tickets):
    assert service_levels(tickets, sla_hours=6)["sla_compliance"] == pytest.approx(1 / 3)


def test_no_sla_anywhere(tickets):
    with pytest.raises(RelkitValueError, match="sla_hours=24"):
        service_levels(tickets.drop(columns="sla_hours"))


def test_csat_out_of_scale(tickets):
    bad = tickets.assign(csat=[5.0, 4.0, 10.0, np.nan])
    with pytest.raises(RelkitValueError, match="from 1 to 5"):
        service_levels(bad)


def test_nps_by_hand():
    # promoters 9, 10, 10 (3); passives 7, 8 (2); detractors 0, 6 (2); 7 answers -> 100 * (3 - 2) / 7
    assert nps(pd.DataFrame({"score": [9, 10, 10, 7, 8, 0, 6]})) == pytest.approx(100 / 7)


@given(st.lists(st.integers(0, 10), min_size=1, max_size=60))
def test_nps_range(scores):
    assert -100 <= nps(pd.DataFrame({"score": scores})) <= 100


def test_nps_errors():
    with pytest.raises(RelkitValueError, match="from 0 to 10"):
        nps(pd.DataFrame({"score": [11]}))
    with pytest.raises(MissingColumnError, match="'score'"):
        nps(pd.DataFrame({"rating": [5]}))
    with relkit.language("bn"), pytest.raises(RelkitValueError, match="পূর্ণসংখ্যা"):
        nps(pd.DataFrame({"score": [7.5]}))
