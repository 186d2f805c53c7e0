"""Interactive widgets for the lessons (ipywidgets 8); this package loads ipywidgets and matplotlib."""

from __future__ import annotations

from .cohort_explorer import CohortExplorer, CohortOutputs, cohort_explorer, cohort_outputs
from .dispute_explorer import (
    DisputeRenewalExplorer,
    DisputeRenewalOutputs,
    dispute_renewal_explorer,
    dispute_renewal_outputs,
    partner_relations,
)
from .explorer import ExplorerOutputs, RetentionExplorer, explorer_outputs, retention_explorer
from .funnel_explorer import FunnelExplorer, FunnelOutputs, funnel_explorer, funnel_whatif
from .rfm_explorer import RfmExplorer, RfmOutputs, rfm_explorer, rfm_segment_outputs
from .scorecard_explorer import ScorecardExplorer, ScorecardOutputs, scorecard_explorer, scorecard_ranking
from .switcher import LanguageSwitcher, language_switcher

__all__ = [
    "CohortExplorer",
    "CohortOutputs",
    "DisputeRenewalExplorer",
    "DisputeRenewalOutputs",
    "ExplorerOutputs",
    "FunnelExplorer",
    "FunnelOutputs",
    "LanguageSwitcher",
    "RetentionExplorer",
    "RfmExplorer",
    "RfmOutputs",
    "ScorecardExplorer",
    "ScorecardOutputs",
    "cohort_explorer",
    "cohort_outputs",
    "dispute_renewal_explorer",
    "dispute_renewal_outputs",
    "explorer_outputs",
    "funnel_explorer",
    "funnel_whatif",
    "language_switcher",
    "partner_relations",
    "retention_explorer",
    "rfm_explorer",
    "rfm_segment_outputs",
    "scorecard_explorer",
    "scorecard_ranking",
]
