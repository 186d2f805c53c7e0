"""Lesson 06's quiz formulas, worked by hand, and the bank's answers that rest on them."""

from __future__ import annotations

import pytest

from relkit.practice.bank import FORMULAS, load_bank


def test_funnel_formulas_by_hand():
    inputs = {"new": 200, "previous": 80, "reached": 30}
    assert FORMULAS["stage_conversion"](**inputs) == pytest.approx(30 / 80)
    assert FORMULAS["conversion_over_new"](**inputs) == pytest.approx(30 / 200)
    assert FORMULAS["stage_loss"](**inputs) == pytest.approx(50 / 80)


def test_nps_formulas_by_hand():
    inputs = {"promoters": 45, "passives": 35, "detractors": 20}
    assert FORMULAS["nps_points"](**inputs) == pytest.approx(25)  # 45 % - 20 %
    assert FORMULAS["promoter_points"](**inputs) == pytest.approx(45)
    assert FORMULAS["nps_passives_as_detractors"](**inputs) == pytest.approx(-10)  # 45 - 55
    assert FORMULAS["nps_without_passives"](**inputs) == pytest.approx(100 * 25 / 65)


def test_sla_formulas_by_hand():
    inputs = {"resolved": 40, "within": 30, "open_tickets": 10}
    assert FORMULAS["sla_met_share"](**inputs) == pytest.approx(0.75)
    assert FORMULAS["sla_over_all_tickets"](**inputs) == pytest.approx(0.6)
    assert FORMULAS["sla_missed_share"](**inputs) == pytest.approx(0.25)


def test_the_lesson_06_bank_answers():
    bank = load_bank("06")
    assert bank.question("q1").answer == pytest.approx(0.375)
    assert bank.question("q5").answer == pytest.approx(0.75)
    assert bank.question("q7").answer == pytest.approx(25)
    # the choice about the funnel: the lowest conversion is the stage the answer names
    q2 = bank.question("q2")
    stages = {key: q2.inputs[key] for key in ("contacted", "qualified", "proposal", "won")}
    assert min(stages, key=stages.get) == "qualified"
    assert q2.answer == "lowest"
