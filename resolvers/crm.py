"""The office's side of an account: tags, reminders, notices, notes and activity (reads and writes)."""

from __future__ import annotations

from sqlmodel import col

from auth.activity import record_activity
from models import Activity, CustomerTag, Note, Notice, Reminder, Tag
from resolvers.loaders import Children, Loaders

__all__ = [
    "ACTIVITY_OF_CUSTOMER",
    "NOTES_OF_CUSTOMER",
    "NOTICES_OF_CUSTOMER",
    "REMINDERS_OF_CUSTOMER",
    "TAGS_OF_CUSTOMER",
    "record_activity",
    "tags_of_customer",
]

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
