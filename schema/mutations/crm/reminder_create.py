"""reminderCreate: a to-do about a customer for a staff user, who is notified once when it comes due."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import reminders as rules
from schema.crm import Reminder
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_id


@strawberry.input(description="A new reminder.")
class ReminderCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer it is about.")
    text: str = strawberry.field(
        description=f"What is to be done (required; trimmed; at most {rules.MAX_TEXT_LENGTH} characters).")
    due_at: datetime = strawberry.field(
        description="When it is due. Without a time zone it is read in the company's time zone. A past time is "
                    "allowed: the assignee is notified at once.")
    assignee_id: relay.GlobalID | None = strawberry.field(
        default=None,
        description="The staff user (owner, office or field employee; active) it is for; the signed-in user when "
                    "left out.")


@strawberry.type(description="The result of reminderCreate.")
class ReminderCreatePayload(MutationPayload):
    reminder: Reminder | None = strawberry.field(description="The new reminder; null when it was not created.")


@mutation(permission=IsOffice, description=(
    "Create a reminder about a customer for a staff user. When it comes due, its assignee gets one in-app "
    "notification (REMINDER_DUE, also on `notificationReceived`). A merged customer takes no reminders "
    "(CONFLICT). Office only (OWNER, OFFICE)."))
async def reminder_create(call: Call, input: ReminderCreateInput) -> ReminderCreatePayload:
    reminder = await rules.create_reminder(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"), text=input.text,
        due_at=input.due_at, assignee_id=optional_input_id(input, "assignee_id", "User"))
    return ReminderCreatePayload(reminder=reminder)  # type: ignore[arg-type]  # the type reads the model
