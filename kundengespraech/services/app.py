"""Composition of the services the GUI and the CLI share, opened on one database."""

from __future__ import annotations

from dataclasses import dataclass

from kundengespraech import resources
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.services.catalogue import CatalogueService
from kundengespraech.services.interviews import InterviewService
from kundengespraech.services.recommendations import RecommendationService
from kundengespraech.storage.database import Database, open_database, resolve_database_url


@dataclass(frozen=True, slots=True)
class AppServices:
    """The use cases of one running app; passed to whoever needs them, never global."""

    db: Database
    questionnaire: Questionnaire
    interviews: InterviewService
    recommendations: RecommendationService
    catalogue: CatalogueService

    def close(self) -> None:
        self.db.close()


def open_services(db_url: str | None = None) -> AppServices:
    """Open (create, migrate) the database and seed a fresh one with the demo catalogue.

    Raises ``DatabaseOpenError`` with a German message when the database is unusable.
    """
    db = open_database(resolve_database_url(db_url))
    questionnaire = resources.questionnaire()
    recommendations = RecommendationService(db, questionnaire)
    catalogue = CatalogueService(db, resources.demo_catalogue, recommendations.reload)
    services = AppServices(
        db=db,
        questionnaire=questionnaire,
        interviews=InterviewService(db, questionnaire),
        recommendations=recommendations,
        catalogue=catalogue,
    )
    catalogue.seed_demo_if_fresh()
    return services
