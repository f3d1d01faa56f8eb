"""Duplicates: what a merge would move (preview), the merge itself, and deleting a customer without history.

A merge moves everything of the source customer to the target in one transaction: every row with a
`customer_id` (properties, jobs and their status history, invoices, batches, transactions, correction requests,
files, contacts, notes, tags, reminders, notices, portal users, API tokens and the activity trail). The source
keeps its row with `merged_into_id` set: readable by staff, gone from lists, search and duplicate candidates.
Money is only moved, never recomputed: balances derive from allocations, which follow their invoices.

Two merges of the same customers cannot interleave: each takes both customers' payment locks and then their
rows (`SELECT … FOR UPDATE`), always in id order, and checks them only once it holds them; the second merge
then finds the source merged and is refused. Portal users and tokens move with the customer; their sessions
keep working and see the target (the HTTP viewer is read per request; open WebSockets are told through
`note_access_change` and re-read their viewer).

Deleting is only for a customer without history (jobs, invoices, batches, transactions, files, portal users,
API tokens, customers merged into it): anything else is HAS_HISTORY, with the counts. Archive is the way to
retire a client with history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable_condition
from auth.sessions import note_access_change
from auth.viewer import Viewer
from models import (
    Activity,
    ApiToken,
    Batch,
    Contact,
    CorrectionRequest,
    Customer,
    CustomerTag,
    Invoice,
    Job,
    JobStatusChange,
    Note,
    Notice,
    PaymentTransaction,
    Property,
    Reminder,
    StoredFile,
    User,
)
from models.enums import CustomerStatus
from models.problems import Forbidden, Problem, ProblemCode, UserInputError
from resolvers.billing.idempotency import lock_customer_payments
from resolvers.crm import record_activity

__all__ = [
    "COUNTED",
    "ConflictCode",
    "MergeConflict",
    "MergePreview",
    "MergeResult",
    "delete_customer",
    "merge_customers",
    "preview_merge",
    "survivor_id",
]

SOURCE = ("input", "sourceId")
TARGET = ("input", "targetId")

COUNTED: dict[str, type[Any]] = {
    "properties": Property, "jobs": Job, "invoices": Invoice, "batches": Batch, "transactions": PaymentTransaction,
    "contacts": Contact, "notes": Note, "users": User, "tokens": ApiToken, "tags": CustomerTag,
    "reminders": Reminder, "notices": Notice,
}
"""What a merge reports it moves, by name (the rows whose `customer_id` is the source)."""
ALSO_MOVED: tuple[type[Any], ...] = (JobStatusChange, CorrectionRequest, StoredFile, Activity)
"""Rows that carry a customer's id beside their parent's, moved with it (not counted separately)."""
HISTORY: dict[str, type[Any]] = {
    "jobs": Job, "invoices": Invoice, "batches": Batch, "transactions": PaymentTransaction, "files": StoredFile,
    "portal users": User, "API tokens": ApiToken,
}
"""What stops a customer from being deleted (plus customers merged into it)."""


class ConflictCode(StrEnum):
    """Why a merge would be refused (blocking) or what to look at after it (not blocking)."""

    SAME_CUSTOMER = "SAME_CUSTOMER"
    """The source and the target are the same customer (blocking)."""
    SOURCE_MERGED = "SOURCE_MERGED"
    """The source was merged already (blocking; running a merge twice)."""
    TARGET_MERGED = "TARGET_MERGED"
    """The target was merged into another customer (blocking: merge into that one)."""
    BOTH_DEFAULT_BILLING_CONTACT = "BOTH_DEFAULT_BILLING_CONTACT"
    """Both have a default billing contact: the target's stays the default, the source's moves as a plain
    billing contact."""
    TARGET_ARCHIVED = "TARGET_ARCHIVED"
    """The target is archived: the merged client stays archived until it is set ACTIVE."""
    TARGET_WITHOUT_PORTAL_ACCESS = "TARGET_WITHOUT_PORTAL_ACCESS"
    """The source's portal users or API tokens move to a customer without portal access: they stop working."""


BLOCKING = frozenset({ConflictCode.SAME_CUSTOMER, ConflictCode.SOURCE_MERGED, ConflictCode.TARGET_MERGED})


@dataclass(frozen=True, slots=True)
class MergeConflict:
    code: ConflictCode
    message: str

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging `source` into `target` would move, and what stands in the way or deserves a look."""

    source: Customer
    target: Customer
    counts: dict[str, int]
    conflicts: list[MergeConflict] = field(default_factory=list)

    @property
    def can_merge(self) -> bool:
        return not any(conflict.blocking for conflict in self.conflicts)


@dataclass(frozen=True, slots=True)
class MergeResult:
    source: Customer
    target: Customer
    moved: dict[str, int]


def _require_office(viewer: Viewer) -> None:
    if not viewer.is_office:
        raise Forbidden("Only the office (owner or office staff) may merge or delete customers.")


def _customer_id(model: type[Any]) -> Any:
    return model.customer_id


async def _counts(session: AsyncSession, customer_id: int, models: dict[str, type[Any]]) -> dict[str, int]:
    """How many rows of each model belong to the customer, in one statement."""
    columns = [sa.select(sa.func.count()).select_from(model).where(col(_customer_id(model)) == customer_id)
               .scalar_subquery().label(name.replace(" ", "_")) for name, model in models.items()]
    row = (await session.execute(sa.select(*columns))).one()
    return {name: int(value) for name, value in zip(models, row, strict=True)}


async def _has_default_billing(session: AsyncSession, customer_id: int) -> bool:
    statement = sa.select(sa.exists().where(col(Contact.customer_id) == customer_id,
                                            col(Contact.is_default_billing).is_(True)))
    return bool((await session.execute(statement)).scalar())


async def _customers(session: AsyncSession, viewer: Viewer, source_id: int, target_id: int, *,
                     lock: bool) -> tuple[Customer, Customer]:
    """Both customers (locked in id order when `lock`); NOT_FOUND for an id the viewer can't read."""
    statement = (sa.select(Customer)
                 .where(readable_condition(viewer, Customer), col(Customer.id).in_({source_id, target_id}))
                 .order_by(col(Customer.id)).execution_options(populate_existing=True))
    if lock:
        statement = statement.with_for_update()
    found = {row.id: row for row in (await session.execute(statement)).scalars()}
    problems = [Problem(path, ProblemCode.NOT_FOUND, "No customer with this id. Check the id and try again.")
                for path, wanted in ((SOURCE, source_id), (TARGET, target_id)) if wanted not in found]
    if problems:
        raise UserInputError(problems)
    return found[source_id], found[target_id]


async def _name(session: AsyncSession, customer_id: int) -> str:
    name = (await session.execute(sa.select(col(Customer.display_name)).where(col(Customer.id) == customer_id)))
    return f"“{name.scalar() or customer_id}”"


async def _conflicts(session: AsyncSession, source: Customer, target: Customer,
                     counts: dict[str, int]) -> list[MergeConflict]:
    if source.id == target.id:
        return [MergeConflict(ConflictCode.SAME_CUSTOMER, "A customer can't be merged into itself: pick the "
                                                          "duplicate as the source and the one to keep as the target.")]
    conflicts = []
    if source.merged_into_id is not None:
        conflicts.append(MergeConflict(ConflictCode.SOURCE_MERGED, (
            f"{await _name(session, source.id)} was merged into {await _name(session, source.merged_into_id)} "  # type: ignore[arg-type]
            "already: there is nothing left to move.")))
    if target.merged_into_id is not None:
        conflicts.append(MergeConflict(ConflictCode.TARGET_MERGED, (
            f"{await _name(session, target.id)} was itself merged into "  # type: ignore[arg-type]
            f"{await _name(session, target.merged_into_id)}: merge into that customer instead.")))
    if conflicts:
        return conflicts
    if await _has_default_billing(session, source.id) and await _has_default_billing(session, target.id):  # type: ignore[arg-type]
        conflicts.append(MergeConflict(ConflictCode.BOTH_DEFAULT_BILLING_CONTACT, (
            "Both have a default billing contact: the target's stays the default, the source's moves as a "
            "billing contact. Change the default afterwards if the source's is the right one.")))
    if target.status is CustomerStatus.ARCHIVED:
        conflicts.append(MergeConflict(ConflictCode.TARGET_ARCHIVED, (
            "The target is archived: everything moves to an archived customer. Set it ACTIVE to work with it.")))
    if not target.portal_access and (counts["users"] or counts["tokens"]):
        conflicts.append(MergeConflict(ConflictCode.TARGET_WITHOUT_PORTAL_ACCESS, (
            f"The target has no portal access: the source's {counts['users']} portal user(s) and "
            f"{counts['tokens']} API token(s) move but can't sign in until portal access is given.")))
    return conflicts


async def preview_merge(session: AsyncSession, viewer: Viewer, source_id: int, target_id: int) -> MergePreview:
    """`customerMergePreview`: the counts that would move from the source, and the conflicts. Writes nothing."""
    _require_office(viewer)
    source, target = await _customers(session, viewer, source_id, target_id, lock=False)
    counts = await _counts(session, source_id, COUNTED)
    return MergePreview(source=source, target=target, counts=counts,
                        conflicts=await _conflicts(session, source, target, counts))


def _refuse(conflicts: list[MergeConflict]) -> None:
    problems = [Problem(SOURCE if conflict.code is ConflictCode.SOURCE_MERGED else TARGET, ProblemCode.CONFLICT,
                        conflict.message) for conflict in conflicts if conflict.blocking]
    if problems:
        raise UserInputError(problems)


async def merge_customers(session: AsyncSession, viewer: Viewer, source_id: int, target_id: int) -> MergeResult:
    """Move everything of the source to the target and mark the source merged, in the caller's transaction."""
    _require_office(viewer)
    if source_id == target_id:  # refused before any lock or lookup
        same = await _customers(session, viewer, source_id, target_id, lock=False)
        _refuse(await _conflicts(session, *same, {}))
    # Payment writers first (they take this lock before touching the customer row), then the rows: in id order.
    for customer_id in sorted({source_id, target_id}):
        await lock_customer_payments(session, customer_id)
    source, target = await _customers(session, viewer, source_id, target_id, lock=True)
    counts = await _counts(session, source_id, COUNTED)
    conflicts = await _conflicts(session, source, target, counts)
    _refuse(conflicts)

    # What the target already has wins where only one may exist.
    if any(conflict.code is ConflictCode.BOTH_DEFAULT_BILLING_CONTACT for conflict in conflicts):
        await session.execute(sa.update(Contact).where(col(Contact.customer_id) == source_id)
                              .values(is_default_billing=False).execution_options(synchronize_session=False))
    target_tags = sa.select(col(CustomerTag.tag_id)).where(col(CustomerTag.customer_id) == target_id)
    await session.execute(sa.delete(CustomerTag).where(col(CustomerTag.customer_id) == source_id,
                                                       col(CustomerTag.tag_id).in_(target_tags))
                          .execution_options(synchronize_session=False))
    target_keys = (sa.select(col(PaymentTransaction.idempotency_key))
                   .where(col(PaymentTransaction.customer_id) == target_id,
                          col(PaymentTransaction.idempotency_key).is_not(None)))
    cleared_keys = (await session.execute(
        sa.update(PaymentTransaction)
        .where(col(PaymentTransaction.customer_id) == source_id,
               col(PaymentTransaction.idempotency_key).in_(target_keys))
        .values(idempotency_key=None, request_fingerprint=None)
        .execution_options(synchronize_session=False))).rowcount  # type: ignore[attr-defined]

    for model in (*COUNTED.values(), *ALSO_MOVED):
        await session.execute(sa.update(model).where(col(_customer_id(model)) == source_id)
                              .values(customer_id=target_id).execution_options(synchronize_session=False))
    # Customers merged into the source earlier now point at the survivor (one hop to the live record).
    await session.execute(sa.update(Customer).where(col(Customer.merged_into_id) == source_id)
                          .values(merged_into_id=target_id).execution_options(synchronize_session=False))
    source.merged_into_id = target_id
    session.add(source)

    details: dict[str, Any] = {"moved": counts}
    if cleared_keys:
        details["idempotency_keys_cleared"] = cleared_keys
    record_activity(session, viewer, subject=source, verb="customer.merged", customer_id=source_id,
                    into_customer_id=target_id, **details)
    record_activity(session, viewer, subject=target, verb="customer.merged_in", customer_id=target_id,
                    from_customer_id=source_id, from_display_name=source.display_name, **details)
    # The source's users and tokens now belong to the target: open WebSockets re-read their viewer.
    note_access_change(session, customer_ids=[source_id])
    await session.flush()
    await session.refresh(target)
    return MergeResult(source=source, target=target, moved=counts)


async def survivor_id(session: AsyncSession, customer_id: int) -> int:
    """The live customer a (possibly merged) customer's records are with now: its `merged_into_id`, else itself.

    Merges keep chains one hop long (a merged customer's own merged ones are re-pointed), so one read does.
    """
    statement = sa.select(col(Customer.merged_into_id)).where(col(Customer.id) == customer_id)
    merged_into = (await session.execute(statement)).scalar()
    return int(merged_into) if merged_into is not None else customer_id


# ---------------------------------------------------------------------------------------------------- delete


SINGULAR = {"jobs": "job", "invoices": "invoice", "batches": "batch", "transactions": "transaction",
            "files": "file", "portal users": "portal user", "API tokens": "API token",
            "customers merged into it": "customer merged into it"}


def _plural(count: int, what: str) -> str:
    """"2 jobs", "1 job"."""
    return f"1 {SINGULAR.get(what, what)}" if count == 1 else f"{count} {what}"


async def delete_customer(session: AsyncSession, viewer: Viewer, customer_id: int) -> Customer:
    """Delete a customer without history, with its properties, contacts, tags, notes, reminders and notices.

    Anything with history refuses with HAS_HISTORY and the counts; a merged customer stays as the trace of its
    merge (CONFLICT). Its activity trail stays, detached, with a `customer.deleted` entry.
    """
    _require_office(viewer)
    statement = (sa.select(Customer).where(readable_condition(viewer, Customer), col(Customer.id) == customer_id)
                 .with_for_update().execution_options(populate_existing=True))
    customer: Customer | None = (await session.execute(statement)).scalar()
    path = ("input", "customerId")
    if customer is None:
        raise UserInputError.one(path, ProblemCode.NOT_FOUND, "No customer with this id. Check the id and try again.")
    if customer.merged_into_id is not None:
        raise UserInputError.one(path, ProblemCode.CONFLICT, (
            "This customer was merged into another one; it stays as the trace of that merge and can't be deleted."))
    history = await _counts(session, customer_id, HISTORY)
    merged_in = sa.select(sa.func.count()).select_from(Customer).where(col(Customer.merged_into_id) == customer_id)
    history["customers merged into it"] = int((await session.execute(merged_in)).scalar_one())
    found = [_plural(count, what) for what, count in history.items() if count]
    if found:
        raise UserInputError.one(path, ProblemCode.HAS_HISTORY, (
            f"{customer.display_name} has history ({', '.join(found)}) and can't be deleted. "
            "Archive it instead (customerUpdate with status ARCHIVED)."), data=history)

    properties = sa.select(col(Property.id)).where(col(Property.customer_id) == customer_id)
    for model in (Note, Reminder, Notice, Contact, CustomerTag):
        await session.execute(sa.delete(model).where(col(_customer_id(model)) == customer_id)
                              .execution_options(synchronize_session=False))
    await session.execute(sa.delete(Property).where(col(Property.id).in_(properties))
                          .execution_options(synchronize_session=False))
    await session.execute(sa.update(Activity).where(col(Activity.customer_id) == customer_id)
                          .values(customer_id=None).execution_options(synchronize_session=False))
    record_activity(session, viewer, subject=customer, verb="customer.deleted", customer_id=None,
                    display_name=customer.display_name)
    await session.flush()
    await session.delete(customer)
    await session.flush()
    return customer
