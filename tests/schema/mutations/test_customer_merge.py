"""customerMerge: everything moves, nothing is lost or counted twice, the trail tells it, and it happens once."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_api_token, viewer_for_session
from auth.viewer import Viewer
from models import Contact, Customer, PaymentTransaction
from models.base import row_id
from models.enums import Role
from tests import factories
from tests.factories_billing import reread, row_locked, wait_for_lock_waiters
from tests.factories_jobs import ghost, mutate, mutate_raw
from tests.factories_merge import (
    CUSTOMER_TABLES,
    OUTSIDERS,
    History,
    full_history,
    money_totals,
    outsider,
    rows_by_customer,
    staff,
    table_state,
    trail,
)
from tests.graphql import execute, gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = """
source { id mergedInto { id } } target { id displayName }
moved { properties jobs invoices batches transactions contacts notes users tokens tags reminders notices }
"""
AGING = "query($id: ID!) { node(id: $id) { ... on Customer { aging { openBalance { cents } credit { cents } } } } }"


@dataclass
class Pair:
    source: History
    target: History
    office: Viewer


@pytest.fixture
async def pair(session: AsyncSession) -> Pair:
    await factories.company(session)
    _, office = await staff(session, Role.OFFICE)
    target = await full_history(session, "Maple Street Dental", tags=("vip", "pool"), batch_number=9001,
                                office=office)
    source = await full_history(session, "Maple St. Dental", tags=("vip", "late payer"), batch_number=9002,
                                office=office)
    await session.commit()
    return Pair(source=source, target=target, office=office)


async def _merge(sessions: Sessions, viewer: Viewer, source: Any, target: Any) -> dict[str, Any]:
    return await mutate(sessions, viewer, "customerMerge", "CustomerMergeInput",
                        {"sourceId": gid("Customer", source), "targetId": gid("Customer", target)}, SELECTION)


async def _aging(sessions: Sessions, viewer: Viewer, customer: Customer) -> tuple[int, int]:
    data = (await execute(sessions, viewer, AGING, {"id": gid("Customer", customer)}))["node"]["aging"]
    return data["openBalance"]["cents"], data["credit"]["cents"]


async def test_a_merge_moves_every_row_and_keeps_every_total(sessions: Sessions, pair: Pair) -> None:
    # given two customers that both have full histories
    source, target = pair.source.customer, pair.target.customer
    before = await rows_by_customer(sessions)
    totals = await money_totals(sessions)
    balances = [await _aging(sessions, pair.office, customer) for customer in (source, target)]

    # when the office merges the duplicate into the one to keep
    payload = await _merge(sessions, pair.office, source, target)

    # then it reports what moved
    assert payload["userErrors"] == []
    assert payload["moved"] == {"properties": 1, "jobs": 3, "invoices": 3, "batches": 1, "transactions": 3,
                                "contacts": 1, "notes": 1, "users": 1, "tokens": 1, "tags": 2, "reminders": 1,
                                "notices": 1}
    assert payload["source"]["mergedInto"] == {"id": gid("Customer", target)}

    # and every row of every table with a customer id is the target's now: none left, none lost
    after = await rows_by_customer(sessions)
    gone, kept = row_id(source), row_id(target)
    for table in CUSTOMER_TABLES:
        left = after[table].get(gone, [])
        assert len(left) == (1 if table == "activity" else 0), table  # the source keeps only its merge entry
        expected = sorted(before[table].get(gone, []) + before[table].get(kept, []))
        if table == "customer_tag":  # the tag both had is kept once
            assert len(after[table][kept]) == len(expected) - 1
        elif table == "activity":  # plus one merge entry on each side
            assert set(expected) <= set(after[table][kept])
        else:
            assert after[table][kept] == expected, table

    # and no amount changed: invoice totals, payments, allocations, each invoice's paid part and batch
    assert await money_totals(sessions) == totals
    open_after, credit_after = await _aging(sessions, pair.office, target)
    assert (open_after, credit_after) == (balances[0][0] + balances[1][0], balances[0][1] + balances[1][1])
    assert await _aging(sessions, pair.office, source) == (0, 0)

    # and only the target's contact is still the default billing contact
    async with sessions() as session:
        defaults = (await session.execute(sa.select(Contact.name).where(  # type: ignore[call-overload]
            Contact.customer_id == target.id, Contact.is_default_billing))).scalars().all()
        keys = (await session.execute(sa.select(PaymentTransaction.idempotency_key).where(  # type: ignore[call-overload]
            PaymentTransaction.customer_id == target.id, PaymentTransaction.idempotency_key.is_not(None)))).all()  # type: ignore[union-attr]
    assert defaults == ["Maple Street Dental Billing"]
    assert len(keys) == 1  # the source's payment reusing the target's idempotency key no longer claims it

    # and both trails record the merge
    assert [(verb, details["into_customer_id"]) for verb, _, _, details in await trail(sessions, source.id)] == [
        ("customer.merged", target.id)]
    merged_in = [details for verb, _, _, details in await trail(sessions, target.id) if verb == "customer.merged_in"]
    assert [(entry["from_customer_id"], entry["moved"]["invoices"]) for entry in merged_in] == [(source.id, 3)]


async def test_the_moved_portal_user_and_token_keep_working_and_see_the_target(sessions: Sessions,
                                                                              pair: Pair) -> None:
    # given the source's portal user signed in and its integration's token
    # when the customers are merged
    await _merge(sessions, pair.office, pair.source.customer, pair.target.customer)

    # then the same session and token still sign in, now as the target's
    async with sessions() as session, session.begin():
        person = await viewer_for_session(session, pair.source.session_token)
        token = await viewer_for_api_token(session, pair.source.api_token)
    assert (person.user_id, person.customer_id) == (pair.source.user.id, pair.target.customer.id)
    assert token.customer_id == pair.target.customer.id
    # and the user sees the target's invoices, both customers' invoices being the target's now
    data = await execute(sessions, person, "{ invoices { totalCount } }")
    assert data["invoices"]["totalCount"] == 6


async def test_the_merged_customer_is_gone_from_lists_search_and_duplicates(sessions: Sessions, pair: Pair) -> None:
    # when the duplicate is merged
    await _merge(sessions, pair.office, pair.source.customer, pair.target.customer)

    # then lists, search and duplicate candidates show the survivor only; staff can still open the duplicate
    listed = await execute(sessions, pair.office, (
        '{ all: customers { nodes { id } } found: customers(search: "Maple") { nodes { id } } '
        'dupes: duplicateCandidates(name: "Maple St Dental") { customer { id } } }'))
    survivor = gid("Customer", pair.target.customer)
    assert [node["id"] for node in listed["all"]["nodes"]] == [survivor]
    assert [node["id"] for node in listed["found"]["nodes"]] == [survivor]
    assert [found["customer"]["id"] for found in listed["dupes"]] == [survivor]
    opened = await execute(sessions, pair.office, "query($id: ID!) { node(id: $id) { ... on Customer { "
                                                  "displayName mergedInto { id } } } }",
                           {"id": gid("Customer", pair.source.customer)})
    assert opened["node"] == {"displayName": "Maple St. Dental", "mergedInto": {"id": survivor}}


async def test_merging_twice_or_into_a_merged_customer_is_a_clear_user_error(sessions: Sessions, pair: Pair,
                                                                             session: AsyncSession) -> None:
    # given the pair merged once, and a third customer
    other = await factories.customer(session, display_name="Oak Dental")
    await session.commit()
    await _merge(sessions, pair.office, pair.source.customer, pair.target.customer)
    before = await table_state(sessions)

    # when the same merge runs again, and someone merges into the merged customer
    again = await _merge(sessions, pair.office, pair.source.customer, pair.target.customer)
    into_merged = await _merge(sessions, pair.office, other, pair.source.customer)

    # then each is refused, saying why, and nothing changed
    assert [(e["field"], e["code"]) for e in again["userErrors"]] == [(["input", "sourceId"], "CONFLICT")]
    assert "was merged into “Maple Street Dental” already" in again["userErrors"][0]["message"]
    assert [(e["field"], e["code"]) for e in into_merged["userErrors"]] == [(["input", "targetId"], "CONFLICT")]
    assert "merge into that customer instead" in into_merged["userErrors"][0]["message"]
    assert (again["source"], again["moved"]) == (None, None)
    assert await table_state(sessions) == before


BAD_IDS: list[tuple[str, Any, list[list[str]], str]] = [
    ("same customer", lambda p: (gid("Customer", p.target.customer),) * 2, [["input", "targetId"]], "CONFLICT"),
    ("unknown source", lambda p: (ghost("Customer"), gid("Customer", p.target.customer)), [["input", "sourceId"]],
     "NOT_FOUND"),
    ("unknown target", lambda p: (gid("Customer", p.source.customer), ghost("Customer")), [["input", "targetId"]],
     "NOT_FOUND"),
    ("another type's id", lambda p: (gid("User", p.source.user), gid("Customer", p.target.customer)),
     [["input", "sourceId"]], "NOT_FOUND"),
]


@pytest.mark.parametrize(("case", "ids", "fields", "code"), BAD_IDS, ids=[case[0] for case in BAD_IDS])
async def test_bad_ids_are_refused_and_change_nothing(sessions: Sessions, pair: Pair, case: str, ids: Any,
                                                     fields: list[list[str]], code: str) -> None:
    source_id, target_id = ids(pair)
    before = await table_state(sessions)

    payload = await mutate(sessions, pair.office, "customerMerge", "CustomerMergeInput",
                           {"sourceId": source_id, "targetId": target_id}, SELECTION)

    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(field, code) for field in fields]
    assert await table_state(sessions) == before


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_merge(sessions: Sessions, pair: Pair, session: AsyncSession,
                                               who: str) -> None:
    _, employee = await staff(session, Role.EMPLOYEE)
    await session.commit()
    customer = pair.source.customer
    viewer = outsider(who, customer, employee)
    before = await table_state(sessions)

    result = await mutate_raw(sessions, viewer, "customerMerge", "CustomerMergeInput",
                              {"sourceId": gid("Customer", customer),
                               "targetId": gid("Customer", pair.target.customer)}, SELECTION)

    assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
    assert await table_state(sessions) == before


@pytest.mark.committed  # two connections: each merge commits on its own
async def test_two_merges_of_the_same_pair_at_once_apply_once(sessions: Sessions, pair: Pair) -> None:
    # given the target's row held by another writer, so both merges start and wait
    source, target = pair.source.customer, pair.target.customer
    async with row_locked(sessions, "customer", row_id(target)):
        one = asyncio.create_task(_merge(sessions, pair.office, source, target))
        other = asyncio.create_task(_merge(sessions, pair.office, target, source))
        await wait_for_lock_waiters(sessions, 2)
    # when the lock is released and both go on
    results = await asyncio.gather(one, other)

    # then exactly one merge applied; the other was refused as merged already (or merging into a merged one)
    applied = [result for result in results if not result["userErrors"]]
    refused = [result for result in results if result["userErrors"]]
    assert len(applied) == 1 and len(refused) == 1
    assert [error["code"] for error in refused[0]["userErrors"]] == ["CONFLICT"]
    merged = [await reread(sessions, Customer, row_id(customer)) for customer in (source, target)]
    assert sorted(customer.merged_into_id is not None for customer in merged) == [False, True]
    verbs = [verb for verb, _, _, _ in await trail(sessions) if verb.startswith("customer.merged")]
    assert sorted(verbs) == ["customer.merged", "customer.merged_in"]


async def test_merging_a_survivor_again_keeps_every_duplicate_one_hop_from_the_live_record(
    sessions: Sessions, session: AsyncSession,
) -> None:
    # given A merged into B
    _, office = await staff(session, Role.OFFICE)
    a, b, c = [await factories.customer(session, display_name=name) for name in ("A", "B", "C")]
    await session.commit()
    assert (await _merge(sessions, office, a, b))["userErrors"] == []

    # when B is merged into C
    assert (await _merge(sessions, office, b, c))["userErrors"] == []

    # then A and B both point at C, the customer their records are with
    merged = [await reread(sessions, Customer, row_id(customer)) for customer in (a, b, c)]
    assert [customer.merged_into_id for customer in merged] == [c.id, c.id, None]
