"""The office's day: open reminders by when they are due (root field `reminders`). Office only."""

from __future__ import annotations

import strawberry
from strawberry import relay

from models.problems import Forbidden
from resolvers import reminders as rules
from resolvers.loaders import root_page
from schema.context import Info
from schema.crm import Reminder
from schema.errors import PublicError, access_denied
from schema.relay import Connection, WrongId, connection, decode_global_id, window

ReminderDue = strawberry.enum(
    rules.Due, name="ReminderDue",
    description="When a reminder is due, in the company's time zone: OVERDUE (before today), TODAY, UPCOMING "
                "(after today).")


@strawberry.input(description="Which open reminders to list.")
class ReminderFilter:
    due: ReminderDue | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only those due before today (OVERDUE), today (TODAY) or later (UPCOMING).")
    assignee_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Only those for this staff user.")


async def reminders(info: Info, filter: ReminderFilter | None = None, first: int | None = None,
                    after: str | None = None) -> Connection[Reminder]:
    viewer = info.context.viewer
    if not viewer.is_office:
        raise access_denied(Forbidden("Only office staff may read reminders."))
    chosen = filter or ReminderFilter()
    assignee = None
    if chosen.assignee_id is not None:
        try:
            assignee = decode_global_id(chosen.assignee_id, "User")
        except WrongId:
            raise PublicError("`filter.assigneeId` must be a User id.") from None
    page_window = window(info, first, after)
    async with info.context.sessions() as session:
        statement = await rules.reminders_statement(session, viewer, due=chosen.due, assignee_id=assignee)
    return connection(await root_page(info.context.sessions, statement, page_window))  # type: ignore[no-any-return]


@strawberry.type
class ReminderQueries:
    reminders: Connection[Reminder] = strawberry.field(
        resolver=reminders,
        description="Open reminders for the office's day, soonest due first (then those without a due time), "
                    "optionally only overdue, today's or upcoming ones (the company's time zone) and only one "
                    "staff user's. Office only (OWNER, OFFICE).")
