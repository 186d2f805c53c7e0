"""Interactive widgets for the lessons (ipywidgets 8); this package loads ipywidgets and matplotlib."""

from __future__ import annotations

from .explorer import ExplorerOutputs, RetentionExplorer, explorer_outputs, retention_explorer

__all__ = ["ExplorerOutputs", "RetentionExplorer", "explorer_outputs", "retention_explorer"]
