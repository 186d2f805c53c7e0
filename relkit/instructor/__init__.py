"""The instructor kit: per-student worlds and answer keys, student copies of the lessons, grading, exports.

Each tool is a module here and a ``relkit`` subcommand: :mod:`relkit.instructor.class_data`
(``relkit class-data``) writes one world and one answer key per student of a roster.
"""

from __future__ import annotations

__all__: list[str] = []
