"""Tags: the office's labels on customers, created on first use, matched however cased.

A tag name is cleaned like any name (trimmed, inner spaces collapsed) and compared case-insensitively:
"vip", " VIP " and "Vip" are one tag, spelt as it was first typed (a unique index on `lower(name)` holds it,
and new tags are inserted with ON CONFLICT DO NOTHING, so two offices typing the same new tag get one).

Renaming onto another tag's name is refused with CONFLICT rather than merging the two silently: merging
would re-label every customer of the other tag, which is a decision the office should take by deleting one.
Renaming and deleting a tag leave an entry in the trail of every customer that carried it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Activity, Customer, CustomerTag, Tag
from models.problems import Problem, ProblemCode, UserInputError, not_found
from resolvers.crm import customer_for_records, record_activity, require_office
from resolvers.normalize import clean_text
from resolvers.values import KEEP, Keep

MAX_TAG_LENGTH = 50
MAX_TAGS_PER_CUSTOMER = 50
INPUT = "input"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def tag_key(name: str) -> str:
    """What two spellings of one tag share: the cleaned name, lower case."""
    return name.lower()


def clean_tag_name(value: str | None, path: tuple[str, ...], problems: list[Problem]) -> str | None:
    """A tag name as stored (trimmed, inner spaces collapsed), or None with a problem recorded."""
    name = clean_text(value)
    if name is None:
        problems.append(Problem(path, ProblemCode.REQUIRED, "A tag needs a name: this one is blank."))
        return None
    if len(name) > MAX_TAG_LENGTH:
        problems.append(Problem(path, ProblemCode.INVALID,
                                f"“{name[:20]}…” is {len(name)} characters long; keep tags to {MAX_TAG_LENGTH}."))
        return None
    return name


def tag_names(values: Sequence[str] | None) -> list[str]:
    """The tag names of a filter, cleaned and folded; blanks dropped (a filter never refuses)."""
    keys: list[str] = []
    for value in values or []:
        name = clean_text(value)
        if name is not None and tag_key(name) not in keys:
            keys.append(tag_key(name))
    return keys


def customers_with_all_tags(viewer: Viewer, keys: Sequence[str]) -> Any:
    """Ids of the customers carrying every one of the tags `keys` (folded names), as `viewer` may see tags.

    Tags are office-only (`auth.scope`), so for anyone else this selects no customer: a client cannot
    probe which labels the office put on them.
    """
    return (sa.select(col(CustomerTag.customer_id))
            .join(Tag, col(Tag.id) == col(CustomerTag.tag_id))
            .where(sa.func.lower(col(Tag.name)).in_(list(keys)), readable_condition(viewer, Tag),
                   readable_condition(viewer, CustomerTag))
            .group_by(col(CustomerTag.customer_id))
            .having(sa.func.count(sa.distinct(col(Tag.id))) == len(keys)))


def carriers_of_tags(tag_ids: Sequence[int]) -> sa.Select[Any, Any]:
    """(tag id, how many customers carry it) for `Tag.customerCount`, one statement for a whole list of tags."""
    return (sa.select(col(CustomerTag.tag_id), sa.func.count())
            .where(col(CustomerTag.tag_id).in_(list(tag_ids))).group_by(col(CustomerTag.tag_id)))


def tags_statement(viewer: Viewer) -> sa.Select[Any]:
    """Every tag the viewer may read (the office: all; anyone else: none), by name however cased."""
    return sa.select(Tag).where(readable_condition(viewer, Tag)).order_by(sa.func.lower(col(Tag.name)), col(Tag.id))


async def set_customer_tags(session: AsyncSession, viewer: Viewer, customer_id: int,
                            names: Sequence[str]) -> Customer:
    """Make `names` the customer's whole set of tags: new names become tags, repeats collapse."""
    require_office(viewer)
    problems: list[Problem] = []
    wanted: dict[str, str] = {}
    if len(names) > MAX_TAGS_PER_CUSTOMER:
        problems.append(Problem((INPUT, "tags"), ProblemCode.INVALID,
                                f"A customer can carry at most {MAX_TAGS_PER_CUSTOMER} tags; you gave {len(names)}."))
    else:
        for index, value in enumerate(names):
            name = clean_tag_name(value, (INPUT, "tags", str(index)), problems)
            if name is not None:
                wanted.setdefault(tag_key(name), name)
    if problems:
        raise UserInputError(problems)
    customer = await customer_for_records(session, viewer, customer_id, (INPUT, "customerId"))

    created: list[str] = []
    if wanted:
        inserted = await session.execute(
            # in key order, so two requests creating the same new tags wait for each other instead of deadlocking
            insert(Tag).values([{"name": name} for _key, name in sorted(wanted.items())])
            .on_conflict_do_nothing(index_elements=[sa.text("lower(name)")])
            .returning(col(Tag.name)))
        created = sorted(inserted.scalars().all(), key=str.lower)
    tags = {tag_key(tag.name): tag for tag in (await session.execute(
        sa.select(Tag).where(sa.func.lower(col(Tag.name)).in_(list(wanted))))).scalars()} if wanted else {}
    current = {tag_key(tag.name): tag for tag in (await session.execute(
        sa.select(Tag).join(CustomerTag, col(CustomerTag.tag_id) == col(Tag.id))
        .where(col(CustomerTag.customer_id) == customer.id).with_for_update(of=CustomerTag))).scalars()}
    added = [tags[key] for key in wanted if key not in current]
    removed = [tag for key, tag in current.items() if key not in wanted]
    if not added and not removed:
        return customer
    if removed:
        await session.execute(sa.delete(CustomerTag).where(
            col(CustomerTag.customer_id) == customer.id, col(CustomerTag.tag_id).in_([tag.id for tag in removed])))
    if added:
        await session.execute(insert(CustomerTag).values(
            [{"customer_id": customer.id, "tag_id": tag.id} for tag in added]).on_conflict_do_nothing())
    details: dict[str, Any] = {"added": sorted((tag.name for tag in added), key=str.lower),
                               "removed": sorted((tag.name for tag in removed), key=str.lower)}
    if created:
        details["created"] = created
    record_activity(session, viewer, subject=customer, verb="customer.tags_set", customer_id=customer.id, **details)
    await session.flush()
    return customer


async def _tag_for_write(session: AsyncSession, viewer: Viewer, tag_id: int) -> Tag:
    statement = (sa.select(Tag).where(readable_condition(viewer, Tag), col(Tag.id) == tag_id)
                 .with_for_update().execution_options(populate_existing=True))
    tag = (await session.execute(statement)).scalar_one_or_none()
    if tag is None:
        raise not_found((INPUT, "tagId"), "tag")
    return tag


async def _record_for_carriers(session: AsyncSession, viewer: Viewer, tag: Tag, verb: str,
                               **details: Any) -> None:
    """One trail entry per customer carrying `tag` (one INSERT … SELECT), or one without a customer if none."""
    carriers = sa.select(col(CustomerTag.customer_id)).where(col(CustomerTag.tag_id) == tag.id)
    if (await session.execute(carriers.limit(1))).first() is None:
        record_activity(session, viewer, subject=tag, verb=verb, customer_id=None, **details)
        return
    await session.execute(sa.insert(Activity).from_select(
        ["actor_user_id", "customer_id", "subject_type", "subject_id", "verb", "details"],
        sa.select(sa.literal(viewer.user_id, sa.BigInteger), col(CustomerTag.customer_id),
                  sa.literal(type(tag).__name__), sa.literal(tag.id, sa.BigInteger), sa.literal(verb),
                  sa.literal(details, JSONB))
        .where(col(CustomerTag.tag_id) == tag.id).order_by(col(CustomerTag.customer_id))))


async def rename_tag(session: AsyncSession, viewer: Viewer, tag_id: int, name: str | None,
                     color: str | Keep | None = KEEP) -> Tag:
    """Rename (or recolour) a tag everywhere it is used; another tag's name, however cased, is a CONFLICT."""
    require_office(viewer)
    problems: list[Problem] = []
    cleaned = clean_tag_name(name, (INPUT, "name"), problems)
    if isinstance(color, str) and not _COLOR.match(color.strip()):
        problems.append(Problem((INPUT, "color"), ProblemCode.INVALID,
                                f"“{color}” is not a colour: use #rrggbb, e.g. #2563eb, or null for none."))
    if problems or cleaned is None:
        raise UserInputError(problems)
    tag = await _tag_for_write(session, viewer, tag_id)
    taken = (await session.execute(sa.select(Tag).where(
        sa.func.lower(col(Tag.name)) == tag_key(cleaned), col(Tag.id) != tag.id))).scalar_one_or_none()
    if taken is not None:
        raise UserInputError.one((INPUT, "name"), ProblemCode.CONFLICT,
                                 f"There is already a tag “{taken.name}”. Pick another name, or delete one of the "
                                 "two tags and tag its customers with the other.")
    changes: dict[str, Any] = {}
    if cleaned != tag.name:
        changes["name"] = cleaned
    if color is not KEEP:
        new_color = color.strip().lower() if isinstance(color, str) else None
        if new_color != tag.color:
            changes["color"] = new_color
    if not changes:
        return tag
    details: dict[str, Any] = {}
    if "name" in changes:
        details |= {"from": tag.name, "to": cleaned}
    if "color" in changes:
        details["color"] = changes["color"]
    await _record_for_carriers(session, viewer, tag, "tag.renamed" if "name" in changes else "tag.recoloured",
                               **details)
    for key, value in changes.items():
        setattr(tag, key, value)
    await session.flush()
    return tag


async def delete_tag(session: AsyncSession, viewer: Viewer, tag_id: int) -> Tag:
    """Delete a tag and take it off every customer; each of them keeps a trail entry saying so."""
    require_office(viewer)
    tag = await _tag_for_write(session, viewer, tag_id)
    await _record_for_carriers(session, viewer, tag, "tag.deleted", name=tag.name)
    await session.execute(sa.delete(CustomerTag).where(col(CustomerTag.tag_id) == tag.id))
    await session.execute(sa.delete(Tag).where(col(Tag.id) == tag.id))
    session.expunge(tag)
    return tag
