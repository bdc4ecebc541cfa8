"""Use case: the customer's recommendation sheet as PDF bytes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kundengespraech.domain.ranking import Ranking
from kundengespraech.report.sheet_data import (
    DealerProfile,
    NextStep,
    SalespersonContact,
    build_sheet_data,
    customer_addressee,
)
from kundengespraech.report.sheet_pdf import render_sheet
from kundengespraech.services.settings import DealerSettings, load_settings

if TYPE_CHECKING:
    from kundengespraech.services.app import AppServices


def sheet_pdf(
    settings: DealerSettings,
    wishes: tuple[str, ...],
    answers: Mapping[str, Any],
    ranking: Ranking,
    *,
    next_step: NextStep | None = None,
    created: date | None = None,
) -> bytes:
    """Render the sheet: dealer and salesperson from the settings, the top three vehicles."""
    dealer = DealerProfile(
        name=settings.dealer_name,
        address_lines=settings.address_lines,
        phone=settings.dealer_phone,
        email=settings.dealer_email,
        website=settings.website,
        logo_path=settings.logo_path,
        accent_color=settings.accent_color,
    )
    salesperson = SalespersonContact(
        settings.salesperson_name, settings.salesperson_phone, settings.salesperson_email
    )
    data = build_sheet_data(
        dealer=dealer,
        salesperson=salesperson,
        customer_name=customer_addressee(
            str(answers.get("customer.salutation", "")),
            str(answers.get("customer.first_name", "")),
            str(answers.get("customer.last_name", "")),
        ),
        created=created or date.today(),
        wishes=wishes,
        recommendations=ranking.recommendations,
        next_step=next_step,
    )
    return render_sheet(data)


def render_sheet_for(
    services: AppServices,
    answers: Mapping[str, Any],
    ranking: Ranking,
    next_step_text: str = "",
    next_step_due: datetime | None = None,
) -> bytes:
    """The sheet of one conversation with the settings stored in the database."""
    step = NextStep(next_step_text, next_step_due) if next_step_text.strip() else None
    wishes = services.recommendations.needs(answers).wishes
    return sheet_pdf(load_settings(services.db), wishes, answers, ranking, next_step=step)
