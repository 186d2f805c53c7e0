"""relkit: learn customer (CRM) and business-partner (BRM) relationship management in Jupyter.

Every name a lesson uses is listed here and nowhere else. Names load on first use, so ``import relkit`` is
quick and does not pull in matplotlib, ipywidgets, Faker or SciPy until a lesson draws, shows a widget,
simulates or fits a model.

Examples
--------
>>> import relkit
>>> relkit.set_language("hi")
>>> relkit.get_language()
'hi'
>>> relkit.set_language("en")
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .i18n import LANGUAGES, get_language, language, set_bilingual, set_language

# name -> module that defines it. Keep sorted by module; the test suite checks every entry resolves.
_LAZY: dict[str, str] = {
    # errors
    "MissingColumnError": "relkit.errors",
    "RelkitError": "relkit.errors",
    "RelkitTypeError": "relkit.errors",
    "RelkitValueError": "relkit.errors",
    # setup checks
    "check_setup": "relkit.doctor",
    "show_versions": "relkit.doctor",
    # simulated world
    "World": "relkit.simulation",
    "load_world": "relkit.simulation",
    "simulate": "relkit.simulation",
    "student_seed": "relkit.simulation",
    # CRM analytics (customers, B2C)
    "cac_by_channel": "relkit.crm",
    "churn_rate": "relkit.crm",
    "clv_simple": "relkit.crm",
    "cohort_retention": "relkit.crm",
    "customer_summary": "relkit.crm",
    "fit_bgnbd": "relkit.crm",
    "funnel": "relkit.crm",
    "ltv_cac": "relkit.crm",
    "nps": "relkit.crm",
    "payback_months": "relkit.crm",
    "retention_rate": "relkit.crm",
    "rfm": "relkit.crm",
    "service_levels": "relkit.crm",
    "unify": "relkit.crm",
    # BRM analytics (partners, B2B)
    "cross_sell": "relkit.brm",
    "dispute_resolution_time": "relkit.brm",
    "relationship_health": "relkit.brm",
    "renewal_rate": "relkit.brm",
    "scorecard": "relkit.brm",
    "trust_index": "relkit.brm",
    "compare_crm_brm": "relkit.compare",
    # formatting, glossary, fonts and plots
    "format_date": "relkit.formatting",
    "format_inr": "relkit.formatting",
    "format_number": "relkit.formatting",
    "format_percent": "relkit.formatting",
    "glossary": "relkit.glossary",
    "register_fonts": "relkit.fonts",
    "plot_bar": "relkit.plots",
    "plot_cohort_heatmap": "relkit.plots",
    "plot_funnel": "relkit.plots",
    "plot_line": "relkit.plots",
    "plot_scorecard": "relkit.plots",
    "plot_style": "relkit.plots",
    # widgets and exercises
    "retention_explorer": "relkit.widgets",
    "check": "relkit.exercises",
}

__all__ = [
    "LANGUAGES",
    "get_language",
    "language",
    "set_bilingual",
    "set_language",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'relkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # explicit re-exports for editors and type checkers
    from .errors import MissingColumnError as MissingColumnError
    from .errors import RelkitError as RelkitError
    from .errors import RelkitTypeError as RelkitTypeError
    from .errors import RelkitValueError as RelkitValueError
    from .simulation import World as World
    from .simulation import load_world as load_world
    from .simulation import simulate as simulate
    from .simulation import student_seed as student_seed
