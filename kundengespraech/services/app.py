"""Composition of the services the GUI and the CLI share, opened on one database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from kundengespraech import resources
from kundengespraech.domain.questionnaire import Questionnaire
from kundengespraech.services.calendar import CalendarService
from kundengespraech.services.catalogue import CatalogueService
from kundengespraech.services.catalogue_browser import CatalogueBrowser
from kundengespraech.services.customer_export import CustomerExportService
from kundengespraech.services.customers import CustomerService
from kundengespraech.services.dashboard import DashboardService
from kundengespraech.services.encryption import EncryptionService, key_from_passphrase
from kundengespraech.services.interviews import InterviewService
from kundengespraech.services.privacy import PrivacyService
from kundengespraech.services.promises import PromiseService
from kundengespraech.services.recommendations import RecommendationService
from kundengespraech.services.salespeople import SalespeopleService
from kundengespraech.services.stored_settings import SettingsService
from kundengespraech.services.timeline import TimelineService
from kundengespraech.storage.database import (
    READ_ONLY_NOTICE,
    Database,
    open_database,
    resolve_database_url,
    sqlite_file_path,
)

__all__ = ["READ_ONLY_NOTICE", "AppServices", "open_services"]


@dataclass(frozen=True, slots=True)
class AppServices:
    """The use cases of one running app; passed to whoever needs them, never global."""

    db: Database
    questionnaire: Questionnaire
    settings: SettingsService
    interviews: InterviewService
    recommendations: RecommendationService
    catalogue: CatalogueService
    catalogue_browser: CatalogueBrowser
    # Relationship care (issue 5).
    salespeople: SalespeopleService
    customers: CustomerService
    timeline: TimelineService
    privacy: PrivacyService
    customer_export: CustomerExportService
    promises: PromiseService
    calendar: CalendarService
    dashboard: DashboardService
    encryption: EncryptionService

    @property
    def read_only(self) -> bool:
        """True when the database could only be opened for reading (see ``READ_ONLY_NOTICE``)."""
        return self.db.read_only

    def checkpoint(self) -> bool:
        """Give the write-ahead log's space back while the app idles; never raises."""
        return self.db.checkpoint()

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
        settings=SettingsService(db),
        interviews=InterviewService(db, questionnaire),
        recommendations=recommendations,
        catalogue=catalogue,
        catalogue_browser=CatalogueBrowser(db),
        salespeople=salespeople,
        customers=CustomerService(db, salespeople),
        timeline=TimelineService(db),
        privacy=privacy,
        customer_export=CustomerExportService(db, questionnaire, privacy),
        promises=promises,
        calendar=CalendarService(promises, salespeople),
        dashboard=DashboardService(db, questionnaire),
        encryption=EncryptionService(db),
    )
    catalogue.seed_demo_if_fresh()
    return services
