"""The office's side of an account: tags, reminders, notices, notes and activity (reads), and what every
write of these records shares: office only, a customer that can still take records, text limits.

The writes live in one module per record (`resolvers.contacts`, `resolvers.tags`, `resolvers.notes`).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.activity import record_activity
from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Activity, Customer, CustomerTag, Note, Notice, Reminder, Tag
from models.problems import Forbidden, Path, ProblemCode, UserInputError, not_found
from resolvers.loaders import Children, Loaders

__all__ = [
    "ACTIVITY_OF_CUSTOMER",
    "NOTES_OF_CUSTOMER",
    "NOTICES_OF_CUSTOMER",
    "REMINDERS_OF_CUSTOMER",
    "TAGS_OF_CUSTOMER",
    "customer_for_records",
    "lock_key",
    "record_activity",
    "require_office",
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


def require_office(viewer: Viewer) -> None:
    """The CRM's records are the office's: the business rules refuse anyone else, whoever calls them."""
    if not viewer.is_office:
        raise Forbidden("Only office staff may do this.")


async def customer_for_records(session: AsyncSession, viewer: Viewer, customer_id: int, field: Path) -> Customer:
    """The customer a contact, note, notice or tag is written on: readable and not merged away.

    Archived customers still take records (a note on why they left). The row is locked FOR SHARE, so a
    concurrent merge (FOR UPDATE) waits for this write, and this write for the merge: nothing lands on a
    customer while it is being merged into another.
    """
    statement = (sa.select(Customer)
                 .where(readable_condition(viewer, Customer), col(Customer.id) == customer_id)
                 .with_for_update(read=True).execution_options(populate_existing=True))
    customer = (await session.execute(statement)).scalar_one_or_none()
    if customer is None:
        raise not_found(field, "customer")
    if customer.merged_into_id is not None:
        raise UserInputError.one(field, ProblemCode.CONFLICT,
                                 f"{customer.display_name} was merged into another customer; change the "
                                 "customer it was merged into instead.")
    return customer


async def lock_key(session: AsyncSession, key: str) -> None:
    """Serialise writes about one thing (a customer's notes, a tag name) until this transaction ends, so a
    retried or doubled request finds the first one's row instead of adding a second."""
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(key, 0))))
