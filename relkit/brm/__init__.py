"""BRM analytics: metrics about a business and its partners (B2B) - suppliers, distributors, vendors.

Every function is pure: tables in, a table or a number out.
"""

from __future__ import annotations

from .contracts import ended_contracts as ended_contracts
from .contracts import renewal_rate as renewal_rate
from .cross_sell import cross_sell as cross_sell
from .disputes import dispute_resolution_time as dispute_resolution_time
from .health import relationship_health as relationship_health
from .scorecard import scorecard as scorecard
from .trust import trust_index as trust_index

__all__ = [
    "cross_sell",
    "dispute_resolution_time",
    "ended_contracts",
    "relationship_health",
    "renewal_rate",
    "scorecard",
    "trust_index",
]
