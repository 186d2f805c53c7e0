"""CRM analytics: metrics about a business and its customers (B2C).

Every function is pure: tables in, a table or a number out. SciPy loads only when a BG/NBD model is
fitted.
"""

from __future__ import annotations

from .acquisition import cac_by_channel as cac_by_channel
from .acquisition import ltv_cac as ltv_cac
from .acquisition import payback_months as payback_months
from .bgnbd import BGNBDModel as BGNBDModel
from .bgnbd import fit_bgnbd as fit_bgnbd
from .clv import clv_simple as clv_simple
from .cohorts import cohort_retention as cohort_retention
from .funnel import funnel as funnel
from .retention import churn_rate as churn_rate
from .retention import retention_rate as retention_rate
from .rfm import rfm as rfm
from .service import nps as nps
from .service import service_levels as service_levels
from .summary import customer_summary as customer_summary
from .unify import UnifyResult as UnifyResult
from .unify import unify as unify

__all__ = [
    "BGNBDModel",
    "UnifyResult",
    "cac_by_channel",
    "churn_rate",
    "clv_simple",
    "cohort_retention",
    "customer_summary",
    "fit_bgnbd",
    "funnel",
    "ltv_cac",
    "nps",
    "payback_months",
    "retention_rate",
    "rfm",
    "service_levels",
    "unify",
]
