"""Docstring text that several public functions share, written once (as seaborn's ``_docstrings.py`` does)."""

from __future__ import annotations

__all__ = ["AXES_PARAMETERS", "shared_docstring"]

AXES_PARAMETERS = """\
    ax : matplotlib Axes, optional
        Where to draw; a new figure when omitted.
    lang : {\"en\", \"hi\", \"bn\"}, optional
        Language; the current one when omitted.

    Returns
    -------
    matplotlib.axes.Axes
"""
"""The parameters every plot helper shares, and what it returns; filled in by :func:`shared_docstring`."""


def shared_docstring(function):
    """Replace the ``{axes_parameters}`` line of `function`'s docstring with :data:`AXES_PARAMETERS`."""
    function.__doc__ = function.__doc__.replace("    {axes_parameters}\n", AXES_PARAMETERS)
    return function
