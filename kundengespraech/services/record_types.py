"""The plain records the use cases return (frozen dataclasses, never live ORM objects).

Storage builds them; callers outside services (ui, cli) import them from here.
"""

from __future__ import annotations

from kundengespraech.storage.contacts import ConsentRecord
from kundengespraech.storage.customers import CustomerRecord
from kundengespraech.storage.interviews import InterviewRecord
from kundengespraech.storage.promises import PromiseRecord
from kundengespraech.storage.salespeople import SalespersonRecord

__all__ = [
    "ConsentRecord",
    "CustomerRecord",
    "InterviewRecord",
    "PromiseRecord",
    "SalespersonRecord",
]
