"""Use case: the customer's recommendation sheet as PDF bytes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kundengespraech.domain.ranking import Ranking, Recommendation
from kundengespraech.domain.recommend import RECOMMENDER_VERSION
from kundengespraech.report.language import sheet_language
from kundengespraech.report.sheet_data import (
    AdviceStamp,
    DealerProfile,
    NextStep,
    SalespersonContact,
    SheetData,
    build_sheet_data,
    customer_addressee,
)
from kundengespraech.report.sheet_pdf import render_sheet
from kundengespraech.services.images import image_path
from kundengespraech.services.settings import DealerSettings, load_settings

if TYPE_CHECKING:
    from kundengespraech.services.app import AppServices

LANGUAGE_QUESTION = "customer.language"


def dealer_profile(settings: DealerSettings) -> DealerProfile:
    return DealerProfile(
        name=settings.dealer_name,
        address_lines=settings.address_lines,
        phone=settings.dealer_phone,
        email=settings.dealer_email,
        website=settings.website,
        logo_path=settings.logo_path,
        accent_color=settings.accent_color,
    )


def salesperson_contact(settings: DealerSettings) -> SalespersonContact:
    return SalespersonContact(
        settings.salesperson_name, settings.salesperson_phone, settings.salesperson_email
    )


def customer_language(answers: Mapping[str, Any]) -> str:
    """The sheet's language: the customer's answer ("de" or "en"), German by default."""
    return sheet_language(answers.get(LANGUAGE_QUESTION))


def with_photo_paths(recommendations: Iterable[Recommendation]) -> tuple[Recommendation, ...]:
    """The recommendations with each vehicle's ``image`` as the full path of its stored photo
    ("" if it has none), which is what the sheet's ``image_path`` expects."""
    return tuple(
        replace(rec, vehicle=replace(rec.vehicle, image=str(image_path(rec.vehicle) or "")))
        for rec in recommendations
    )


def sheet_data(
    settings: DealerSettings,
    wishes: Iterable[str],
    answers: Mapping[str, Any],
    ranking: Ranking,
    *,
    next_step: NextStep | None = None,
    created: date | None = None,
    stamp: AdviceStamp | None = None,
    contact_channels: Iterable[str] = (),
) -> SheetData:
    """The sheet's data: dealer and salesperson from the settings, the top three vehicles,
    in the customer's language. Wishes are printed as given (write them in the customer's
    language, see :func:`render_sheet_for`); the ranking's reasons are built in it."""
    language = customer_language(answers)
    ranking = ranking.in_language(language)  # same order and scores, nothing recomputed
    return build_sheet_data(
        dealer=dealer_profile(settings),
        salesperson=salesperson_contact(settings),
        customer_name=customer_addressee(
            str(answers.get("customer.salutation", "")),
            str(answers.get("customer.first_name", "")),
            str(answers.get("customer.last_name", "")),
            language,
        ),
        created=created or date.today(),
        wishes=wishes,
        recommendations=with_photo_paths(ranking.top(3)),  # only what the sheet shows
        next_step=next_step,
        language=language,
        stamp=stamp,
        contact_channels=contact_channels,
    )


def sheet_pdf(
    settings: DealerSettings,
    wishes: tuple[str, ...],
    answers: Mapping[str, Any],
    ranking: Ranking,
    *,
    next_step: NextStep | None = None,
    created: date | None = None,
    stamp: AdviceStamp | None = None,
    contact_channels: Iterable[str] = (),
) -> bytes:
    """Render the sheet (see :func:`sheet_data`)."""
    data = sheet_data(
        settings,
        wishes,
        answers,
        ranking,
        next_step=next_step,
        created=created,
        stamp=stamp,
        contact_channels=contact_channels,
    )
    return render_sheet(data)


def advice_stamp(services: AppServices, settings: DealerSettings) -> AdviceStamp:
    """The advice standard of this app right now: questionnaire, catalogue import,
    recommender and the branch of the settings."""
    catalogue = services.catalogue.version()
    return AdviceStamp(
        questionnaire_version=services.questionnaire.version,
        catalogue_source=catalogue.source if catalogue is not None else "",
        catalogue_date=catalogue.imported_at if catalogue is not None else None,
        recommender_version=RECOMMENDER_VERSION,
        branch=settings.branch,
    )


def render_sheet_for(
    services: AppServices,
    answers: Mapping[str, Any],
    ranking: Ranking,
    next_step_text: str = "",
    next_step_due: datetime | None = None,
    *,
    created: date | None = None,
    interview_id: uuid.UUID | None = None,
) -> bytes:
    """The sheet of one conversation with the settings stored in the database, with wishes
    and reasons in the customer's language, and the contact channels the conversation's
    customer consented to (none when it has no customer record yet)."""
    settings = load_settings(services.db)
    step = NextStep(next_step_text, next_step_due) if next_step_text.strip() else None
    wishes = services.recommendations.needs(answers, customer_language(answers)).wishes
    return sheet_pdf(
        settings,
        wishes,
        answers,
        ranking,
        next_step=step,
        created=created,
        stamp=advice_stamp(services, settings),
        contact_channels=(
            services.customers.agreed_channels(interview_id) if interview_id is not None else ()
        ),
    )
