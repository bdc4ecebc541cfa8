"""The values a catalogue import shows its caller: file patterns, issues, the column mapping,
and the wording of issue counts.

The importers define them; callers outside services (ui, cli) import them from here.
"""

from __future__ import annotations

from kundengespraech.importers.catalogue_file import FILE_PATTERNS
from kundengespraech.importers.issues import (
    CatalogueImportError,
    ImportIssue,
    german_count,
    more_issues_text,
)
from kundengespraech.importers.mapping import ColumnProposal, How, Target
from kundengespraech.importers.rows import IGNORE, KEEP

__all__ = [
    "FILE_PATTERNS",
    "IGNORE",
    "KEEP",
    "CatalogueImportError",
    "ColumnProposal",
    "How",
    "ImportIssue",
    "Target",
    "german_count",
    "more_issues_text",
]
