"""Dashboard figures: conversations per week, outcomes, promises kept on time, needs named most."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kundengespraech.domain.catalogue import BODY_TYPE_LABELS
from kundengespraech.domain.must_haves import MUST_HAVE_NAMES
from kundengespraech.domain.needs import NeedsProfile

TEST_DRIVE = "test_drive"
OFFER = "offer"
SALE = "sale"
OUTCOMES = (TEST_DRIVE, OFFER, SALE)
OUTCOME_NAMES = {TEST_DRIVE: "Probefahrt", OFFER: "Angebot", SALE: "Kauf"}

BODY_NAMES = BODY_TYPE_LABELS  # one vocabulary with the catalogue (was "Kompaktklasse")


def named_needs(profile: NeedsProfile) -> tuple[str, ...]:
    """The needs a customer named, as short stable labels for counting."""
    labels: list[str] = []
    if profile.child_seats:
        labels.append("Kindersitze")
    if profile.min_seats >= 6:
        labels.append("6 oder mehr Sitze")
    if profile.trunk_for.startswith("dog_"):
        labels.append("Platz für den Hund")
    elif profile.trunk_for:
        labels.append("Platz im Kofferraum für ein Hobby")  # golf bag, instruments, …
    if profile.towing_kg:
        labels.append("Anhänger ziehen")
    if profile.max_price is not None:
        labels.append("Budgetgrenze")
    if profile.long_distance:
        labels.append("Viel auf Langstrecke")
    if profile.city_focus:
        labels.append("Vor allem Stadtverkehr")
    if profile.home_charging:
        labels.append("Laden zu Hause")
    labels.extend(MUST_HAVE_NAMES.get(item, item) for item in sorted(profile.must_have))
    labels.extend(BODY_NAMES.get(body, body) for body in sorted(profile.body_types))
    return tuple(labels)


@dataclass(frozen=True, slots=True)
class ConversationFact:
    """One conversation as the dashboard counts it."""

    held_at: datetime
    salesperson_id: uuid.UUID | None
    branch: str
    outcomes: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RescheduleFact:
    at: datetime
    old_due: datetime
    customer_informed: bool


@dataclass(frozen=True, slots=True)
class PromiseFact:
    """One promise: its due time now, when it was done, and how it was moved."""

    due: datetime
    done_at: datetime | None
    salesperson_id: uuid.UUID | None
    branch: str
    reschedules: tuple[RescheduleFact, ...] = ()


def kept_on_time(promise: PromiseFact) -> bool:
    """Done by its due time, and every move agreed with the customer before the old date passed."""
    if promise.done_at is None or promise.done_at > promise.due:
        return False
    return all(r.customer_informed and r.at <= r.old_due for r in promise.reschedules)


@dataclass(frozen=True, slots=True)
class Filter:
    """The period (``start`` to ``end`` inclusive, local dates) and whose figures to show."""

    start: date
    end: date
    salesperson_id: uuid.UUID | None = None
    branch: str | None = None

    def covers(self, moment: datetime, salesperson_id: uuid.UUID | None, branch: str) -> bool:
        day = moment.astimezone().date() if moment.tzinfo else moment.date()
        if not self.start <= day <= self.end:
            return False
        if self.salesperson_id is not None and salesperson_id != self.salesperson_id:
            return False
        return self.branch is None or branch == self.branch


@dataclass(frozen=True, slots=True)
class Share:
    """``part`` of ``whole``; ``percent`` is ``None`` when there is nothing to count."""

    part: int
    whole: int

    @property
    def percent(self) -> float | None:
        return None if self.whole == 0 else 100.0 * self.part / self.whole


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    weeks: tuple[tuple[date, int], ...]  # Monday of each week in the period, conversations
    conversations: int
    outcomes: tuple[tuple[str, Share], ...]  # in the order of OUTCOMES
    promises_kept: Share  # promises due in the period (and already decided)
    top_needs: tuple[tuple[str, int], ...]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def compute_figures(
    conversations: Iterable[ConversationFact],
    promises: Iterable[PromiseFact],
    selection: Filter,
    now: datetime,
    top: int = 8,
) -> DashboardFigures:
    """The dashboard's figures for ``selection``; promises still open and not yet due are left
    out of the kept-on-time share (they are not decided yet)."""
    chosen = [c for c in conversations if selection.covers(c.held_at, c.salesperson_id, c.branch)]
    per_week: Counter[date] = Counter(monday_of(_local_date(c.held_at)) for c in chosen)
    weeks: list[tuple[date, int]] = []
    week = monday_of(selection.start)
    while week <= selection.end:
        weeks.append((week, per_week.get(week, 0)))
        week += timedelta(days=7)
    outcomes = tuple(
        (outcome, Share(sum(1 for c in chosen if outcome in c.outcomes), len(chosen)))
        for outcome in OUTCOMES
    )
    decided = [
        p
        for p in promises
        if selection.covers(p.due, p.salesperson_id, p.branch)
        and (p.done_at is not None or p.due < now)
    ]
    kept = Share(sum(1 for p in decided if kept_on_time(p)), len(decided))
    needs: Counter[str] = Counter(label for c in chosen for label in set(c.needs))
    top_needs = tuple(sorted(needs.items(), key=lambda item: (-item[1], item[0]))[:top])
    return DashboardFigures(tuple(weeks), len(chosen), outcomes, kept, top_needs)
