"""reminderComplete: mark a reminder done (done twice is done once)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import reminders as rules
from schema.crm import Reminder
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The reminder that is done.")
class ReminderCompleteInput:
    reminder_id: relay.GlobalID = strawberry.field(description="The reminder.")


@strawberry.type(description="The result of reminderComplete.")
class ReminderCompletePayload(MutationPayload):
    reminder: Reminder | None = strawberry.field(description="The reminder, done; null when not found.")


@mutation(permission=IsOffice, description=(
    "Mark a reminder done: it leaves the office's lists and is never notified. Completing a done reminder "
    "changes nothing and returns it. Office only (OWNER, OFFICE)."))
async def reminder_complete(call: Call, input: ReminderCompleteInput) -> ReminderCompletePayload:
    reminder = await rules.complete_reminder(call.session, call.viewer, input_id(input, "reminder_id", "Reminder"))
    return ReminderCompletePayload(reminder=reminder)  # type: ignore[arg-type]  # the type reads the model
