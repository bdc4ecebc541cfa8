"""Erasing a customer after asking: the question, and the offer of their unlinked conversations.

Shared by "Kunden löschen…" in the customer file and the retention review.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject

from kundengespraech.services.errors import StorageError
from kundengespraech.services.privacy import PrivacyService


class ErasureFlow(QObject):
    """Asks through the prompter, then erases through :class:`PrivacyService`."""

    def __init__(
        self, privacy: PrivacyService, prompter: Any, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.prompter = prompter

    def confirm_one(self, name: str) -> bool:
        question = self.tr("%1 und alle Gespräche, Zusagen, Kontakte und Einverständnisse "
                           "endgültig löschen? Das ist nicht rückgängig zu machen.")  # fmt: skip
        return bool(self.prompter.confirm(self.tr("Kunden löschen"), question.replace("%1", name)))

    def confirm_many(self, names: list[str]) -> bool:
        question = self.tr("%1 Kunden (%2) mit allen Gesprächen, Zusagen, Kontakten und "
                           "Einverständnissen endgültig löschen? Das ist nicht rückgängig zu "
                           "machen.")  # fmt: skip
        text = question.replace("%1", str(len(names))).replace("%2", ", ".join(names))
        return bool(self.prompter.confirm(self.tr("Kunden löschen"), text))

    def erase(self, customer_id: uuid.UUID) -> bool:
        """Offer the person's unlinked conversations, then erase (already confirmed).

        ``False`` when the database refused (the salesperson is told why)."""
        unlinked = self.privacy.unlinked_conversations(customer_id)
        also: list[uuid.UUID] = []
        if unlinked:
            days = ", ".join(c.started_at.astimezone().strftime("%d.%m.%Y") for c in unlinked)
            more = self.tr("Noch keinem Kunden zugeordnete Gespräche mit demselben Namen und "
                           "derselben Telefonnummer oder E-Mail-Adresse: %1 (vom %2). "
                           "Auch diese endgültig löschen?")  # fmt: skip
            if self.prompter.confirm(
                self.tr("Weitere Gespräche"),
                more.replace("%1", str(len(unlinked))).replace("%2", days),
            ):
                also = [c.id for c in unlinked]
        try:
            self.privacy.erase(customer_id, also)
        except StorageError as error:
            self.prompter.warn(self.tr("Löschen nicht möglich"), str(error))
            return False
        return True
