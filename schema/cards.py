"""Saved payment methods, autopay, the client's review of a finished job, and ratings (types only; the
mutations are under schema/mutations/billing/ and schema/mutations/jobs/)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

import models
from auth.permissions import OFFICE_ONLY, office_only
from resolvers.billing.autopay import describe
from schema.context import Info


@strawberry.enum(description="What kind of method is saved.")
class SavedMethodKind(Enum):
    CARD = "CARD"
    US_BANK_ACCOUNT = "US_BANK_ACCOUNT"


@strawberry.type(description="A card or US bank account saved at Stripe for the account: what a person "
                             "recognises it by (never the card number), and whether autopay charges it.")
class SavedPaymentMethod(relay.Node):
    id: relay.NodeID[int]
    kind: SavedMethodKind = strawberry.field(description="CARD or US_BANK_ACCOUNT.")
    brand: str | None = strawberry.field(description="The card's brand (visa, mastercard …) or the bank's name.")
    last4: str = strawberry.field(description="The last four digits.")
    exp_month: int | None = strawberry.field(description="A card's expiry month (1–12); null for a bank account.")
    exp_year: int | None = strawberry.field(description="A card's expiry year; null for a bank account.")
    is_default: bool = strawberry.field(description="Whether autopay charges this one.")
    created_at: datetime = strawberry.field(name="savedAt", description="When it was saved (UTC).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.SavedPaymentMethod)

    @strawberry.field(description='How to name it to a person: "Visa ending 4242".')
    def label(self, root: strawberry.Parent[models.SavedPaymentMethod]) -> str:
        return describe(root)


@strawberry.type(description="Whether issued invoices are charged automatically to the default method, and "
                             "the consent it rests on.")
class Autopay:
    enabled: bool = strawberry.field(description="On: each issued invoice (or batch) is charged off-session.")
    consent_text: str | None = strawberry.field(description="The text the client agreed to when it was turned on.")
    changed_at: datetime | None = strawberry.field(description="When it was last turned on or off (UTC).")
    changed_by_name: str | None = strawberry.field(description="Who turned it on or off (a user's name or "
                                                               "username); null when not known.")


@strawberry.type(description="The client's word on a finished job: stars, a comment, and whether something "
                             "was wrong. One per job; its account's users may change it within the company's "
                             "review window.")
class JobReview(relay.Node):
    id: relay.NodeID[int]
    rating: int = strawberry.field(description="1 to 5 stars.")
    comment: str | None = strawberry.field(description="What the client said.")
    problem: bool = strawberry.field(description="Whether the client flagged a problem for the office.")
    created_at: datetime = strawberry.field(name="reviewedAt", description="When it was first written (UTC).")
    updated_at: datetime = strawberry.field(name="changedAt", description="When it was last changed (UTC).")
    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.JobReview)

    @strawberry.field(description=f"Whether the office's follow-up reminder is done; null without a flagged "
                                  f"problem. {OFFICE_ONLY}", extensions=office_only())
    async def follow_up_done(self, root: strawberry.Parent[models.JobReview], info: Info) -> bool | None:
        if root.reminder_id is None:
            return None
        reminder = await info.context.loaders.by_id(models.Reminder).load(root.reminder_id)
        return None if reminder is None else reminder.done_at is not None


@strawberry.type(description="Stars from clients' reviews, averaged.")
class Rating:
    average: Decimal = strawberry.field(description="The average rating, 1.00 to 5.00.")
    count: int = strawberry.field(description="How many reviews it averages.")


def rating_of(value: Any) -> Rating | None:
    """A `[average, count]` pair from the roll-up (None when nothing was reviewed)."""
    if not value:
        return None
    average, count = value
    return Rating(average=Decimal(str(average)).quantize(Decimal("0.01")), count=int(count))
