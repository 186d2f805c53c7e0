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
    "RelkitWarning": "relkit.errors",
    # setup checks
    "check_setup": "relkit.doctor",
    "show_versions": "relkit.doctor",
    # simulated world
    "DEFAULT_SEED": "relkit.simulation",
    "TRUE_PARAMS": "relkit.simulation",
    "World": "relkit.simulation",
    "load_world": "relkit.simulation",
    "simulate": "relkit.simulation",
    "student_seed": "relkit.simulation",
    # CRM analytics (customers, B2C)
    "BGNBDModel": "relkit.crm",
    "UnifyResult": "relkit.crm",
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
    "ended_contracts": "relkit.brm",
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
    "glossary": "relkit.glossary_table",
    "glossary_html": "relkit.glossary_table",
    "glossary_markdown": "relkit.glossary_table",
    "write_glossary": "relkit.glossary_table",
    "column_label": "relkit.labels",
    "value_label": "relkit.labels",
    "register_fonts": "relkit.fonts",
    "describe_chart": "relkit.plots",
    "palette": "relkit.plots",
    "plot_bar": "relkit.plots",
    "plot_cohort_heatmap": "relkit.plots",
    "plot_funnel": "relkit.plots",
    "plot_line": "relkit.plots",
    "plot_scorecard": "relkit.plots",
    "plot_style": "relkit.plots",
    # widgets, quizzes and exercises
    "cohort_explorer": "relkit.widgets",
    "dispute_renewal_explorer": "relkit.widgets",
    "funnel_explorer": "relkit.widgets",
    "language_switcher": "relkit.widgets",
    "retention_explorer": "relkit.widgets",
    "rfm_explorer": "relkit.widgets",
    "scorecard_explorer": "relkit.widgets",
    "quiz": "relkit.practice.quiz",
    "Feedback": "relkit.exercises",
    "check": "relkit.exercises",
    "hint": "relkit.exercises",
    "solution": "relkit.exercises",
    # practice: saved progress and mastery
    "export_progress": "relkit.practice.progress",
    "read_progress_export": "relkit.practice.progress",
    "MasteryRule": "relkit.practice.progress_view",
    "mastery": "relkit.practice.progress_view",
    "progress": "relkit.practice.progress_view",
    "progress_bar": "relkit.practice.progress_view",
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
    from .brm import cross_sell as cross_sell
    from .brm import dispute_resolution_time as dispute_resolution_time
    from .brm import ended_contracts as ended_contracts
    from .brm import relationship_health as relationship_health
    from .brm import renewal_rate as renewal_rate
    from .brm import scorecard as scorecard
    from .brm import trust_index as trust_index
    from .compare import compare_crm_brm as compare_crm_brm
    from .crm import BGNBDModel as BGNBDModel
    from .crm import UnifyResult as UnifyResult
    from .crm import cac_by_channel as cac_by_channel
    from .crm import churn_rate as churn_rate
    from .crm import clv_simple as clv_simple
    from .crm import cohort_retention as cohort_retention
    from .crm import customer_summary as customer_summary
    from .crm import fit_bgnbd as fit_bgnbd
    from .crm import funnel as funnel
    from .crm import ltv_cac as ltv_cac
    from .crm import nps as nps
    from .crm import payback_months as payback_months
    from .crm import retention_rate as retention_rate
    from .crm import rfm as rfm
    from .crm import service_levels as service_levels
    from .crm import unify as unify
    from .doctor import check_setup as check_setup
    from .doctor import show_versions as show_versions
    from .errors import MissingColumnError as MissingColumnError
    from .errors import RelkitError as RelkitError
    from .errors import RelkitTypeError as RelkitTypeError
    from .errors import RelkitValueError as RelkitValueError
    from .errors import RelkitWarning as RelkitWarning
    from .exercises import Feedback as Feedback
    from .exercises import check as check
    from .exercises import hint as hint
    from .exercises import solution as solution
    from .fonts import register_fonts as register_fonts
    from .formatting import format_date as format_date
    from .formatting import format_inr as format_inr
    from .formatting import format_number as format_number
    from .formatting import format_percent as format_percent
    from .glossary_table import glossary as glossary
    from .glossary_table import glossary_html as glossary_html
    from .glossary_table import glossary_markdown as glossary_markdown
    from .glossary_table import write_glossary as write_glossary
    from .labels import column_label as column_label
    from .labels import value_label as value_label
    from .plots import describe_chart as describe_chart
    from .plots import palette as palette
    from .plots import plot_bar as plot_bar
    from .plots import plot_cohort_heatmap as plot_cohort_heatmap
    from .plots import plot_funnel as plot_funnel
    from .plots import plot_line as plot_line
    from .plots import plot_scorecard as plot_scorecard
    from .plots import plot_style as plot_style
    from .practice.progress import export_progress as export_progress
    from .practice.progress import read_progress_export as read_progress_export
    from .practice.progress_view import MasteryRule as MasteryRule
    from .practice.progress_view import mastery as mastery
    from .practice.progress_view import progress as progress
    from .practice.progress_view import progress_bar as progress_bar
    from .practice.quiz import quiz as quiz
    from .simulation import DEFAULT_SEED as DEFAULT_SEED
    from .simulation import TRUE_PARAMS as TRUE_PARAMS
    from .simulation import World as World
    from .simulation import load_world as load_world
    from .simulation import simulate as simulate
    from .simulation import student_seed as student_seed
    from .widgets import cohort_explorer as cohort_explorer
    from .widgets import dispute_renewal_explorer as dispute_renewal_explorer
    from .widgets import funnel_explorer as funnel_explorer
    from .widgets import language_switcher as language_switcher
    from .widgets import retention_explorer as retention_explorer
    from .widgets import rfm_explorer as rfm_explorer
    from .widgets import scorecard_explorer as scorecard_explorer
