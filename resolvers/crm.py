"""The office's side of an account: tags, reminders, notices, notes and activity (reads and writes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, CustomerTag, Note, Notice, Reminder, Tag
from resolvers.loaders import Children, Loaders

TAGS_OF_CUSTOMER = Children(
    "customer.tags", Tag, col(CustomerTag.customer_id), (col(Tag.name),),
    join=(CustomerTag, col(CustomerTag.tag_id) == col(Tag.id)),
)
REMINDERS_OF_CUSTOMER = Children("customer.reminders", Reminder, col(Reminder.customer_id),
                                 (col(Reminder.due_at).nulls_last(), col(Reminder.id)),
                                 where=col(Reminder.done_at).is_(None))
NOTICES_OF_CUSTOMER = Children("customer.notices", Notice, col(Notice.customer_id), (col(Notice.id).desc(),),
                               where=col(Notice.active).is_(True))
NOTES_OF_CUSTOMER = Children("customer.notes", Note, col(Note.customer_id), (col(Note.id).desc(),))
ACTIVITY_OF_CUSTOMER = Children("customer.activity", Activity, col(Activity.customer_id),
                                (col(Activity.id).desc(),))


async def tags_of_customer(loaders: Loaders, customer_id: int) -> list[Tag]:
    return await loaders.all_children(TAGS_OF_CUSTOMER).load(customer_id)


def record_activity(session: AsyncSession, viewer: Viewer, *, subject: Any, verb: str,
                    customer_id: int | None, **details: Any) -> Activity:
    """Append who did what to which record; part of the caller's transaction."""
    activity = Activity(
        actor_user_id=viewer.user_id,
        customer_id=customer_id,
        subject_type=type(subject).__name__,
        subject_id=subject.id,
        verb=verb,
        details={key: _jsonable(value) for key, value in details.items()},
    )
    session.add(activity)
    return activity


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    return str(value)
