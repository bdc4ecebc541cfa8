"""Composition of the services the GUI and the CLI share, opened on one database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from kundengespraech import resources
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.services.calendar import CalendarService
from kundengespraech.services.catalogue import CatalogueService
from kundengespraech.services.customer_export import CustomerExportService
from kundengespraech.services.customers import CustomerService
from kundengespraech.services.dashboard import DashboardService
from kundengespraech.services.encryption import EncryptionService, key_from_passphrase
from kundengespraech.services.interviews import InterviewService
from kundengespraech.services.privacy import PrivacyService
from kundengespraech.services.promises import PromiseService
from kundengespraech.services.recommendations import RecommendationService
from kundengespraech.services.salespeople import SalespeopleService
from kundengespraech.storage.database import (
    Database,
    open_database,
    resolve_database_url,
    sqlite_file_path,
)


@dataclass(frozen=True, slots=True)
class AppServices:
    """The use cases of one running app; passed to whoever needs them, never global."""

    db: Database
    questionnaire: Questionnaire
    interviews: InterviewService
    recommendations: RecommendationService
    catalogue: CatalogueService
    # Relationship care (issue 5).
    salespeople: SalespeopleService
    customers: CustomerService
    privacy: PrivacyService
    customer_export: CustomerExportService
    promises: PromiseService
    calendar: CalendarService
    dashboard: DashboardService
    encryption: EncryptionService

    def close(self) -> None:
        self.db.close()


def open_services(db_url: str | None = None, passphrase: str | None = None) -> AppServices:
    """Open (create, migrate) the database and seed a fresh one with the demo catalogue.

    Raises ``DatabaseOpenError`` with a German message when the database is unusable;
    an encrypted one needs ``passphrase`` unless its key is in the keyring
    (``KeyRequiredError``, ``WrongKeyError``).
    """
    url = resolve_database_url(db_url)
    key = None
    if passphrase is not None:
        path = sqlite_file_path(make_url(url))
        key = key_from_passphrase(path, passphrase) if path is not None else None
    db = open_database(url, key)
    questionnaire = resources.questionnaire()
    recommendations = RecommendationService(db, questionnaire)
    catalogue = CatalogueService(db, resources.demo_catalogue, recommendations.reload)
    salespeople = SalespeopleService(db)
    promises = PromiseService(db, salespeople)
    privacy = PrivacyService(db)
    services = AppServices(
        db=db,
        questionnaire=questionnaire,
        interviews=InterviewService(db, questionnaire),
        recommendations=recommendations,
        catalogue=catalogue,
        salespeople=salespeople,
        customers=CustomerService(db, salespeople),
        privacy=privacy,
        customer_export=CustomerExportService(db, questionnaire, privacy),
        promises=promises,
        calendar=CalendarService(promises, salespeople),
        dashboard=DashboardService(db, questionnaire),
        encryption=EncryptionService(db),
    )
    catalogue.seed_demo_if_fresh()
    return services
