"""reminderUpdate: change an open reminder's text, due time or assignee (a new due time re-arms it)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import reminders as rules
from resolvers.values import KEEP
from schema.crm import Reminder
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.changes import given


@strawberry.input(description="Changes to an open reminder: only the fields given change.")
class ReminderUpdateInput:
    reminder_id: relay.GlobalID = strawberry.field(description="The reminder to change.")
    text: str | None = strawberry.field(default=strawberry.UNSET, description="New text (cannot be blank).")
    due_at: datetime | None = strawberry.field(
        default=strawberry.UNSET,
        description="A new due time (cannot be null; without a time zone, the company's). Re-arms the reminder: "
                    "its assignee is notified again when it comes due.")
    assignee_id: relay.GlobalID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Another active staff user, who is notified when it comes due (the reminder is re-armed); "
                    "null leaves it unassigned (nobody is notified).")


@strawberry.type(description="The result of reminderUpdate.")
class ReminderUpdatePayload(MutationPayload):
    reminder: Reminder | None = strawberry.field(description="The reminder as saved; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Change an open reminder: only the fields given. A new due time or assignee re-arms it (one notification "
    "when it comes due again). A done reminder cannot change (NOT_ALLOWED). Office only (OWNER, OFFICE)."))
async def reminder_update(call: Call, input: ReminderUpdateInput) -> ReminderUpdatePayload:
    assignee = given(input.assignee_id)
    reminder = await rules.update_reminder(
        call.session, call.viewer, input_id(input, "reminder_id", "Reminder"), rules.ReminderChanges(
            text=given(input.text), due_at=given(input.due_at),
            assignee_id=assignee if assignee is KEEP or assignee is None
            else input_id(input, "assignee_id", "User")))
    return ReminderUpdatePayload(reminder=reminder)  # type: ignore[arg-type]  # the type reads the model
