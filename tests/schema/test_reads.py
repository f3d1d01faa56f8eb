"""Reading the graph: root connections, nested edges, node(id:), and no N+1 queries."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.database import StatementCounter
from models.enums import InvoiceStatus, JobStatus
from tests import factories
from tests.graphql import execute, gid

FOUR_LEVELS = """
query ($first: Int!) {
  customers(first: $first) {
    totalCount
    edges { node { displayName
      properties(first: $first) { totalCount nodes { name
        jobs(first: $first) { totalCount nodes { status
          invoices { number total { amount } } } } } } } }
  }
}
"""


async def _graph(session: AsyncSession, customers: int, per_level: int) -> None:
    await factories.company(session)
    for _ in range(customers):
        owner = await factories.customer(session)
        for _ in range(per_level):
            place = await factories.property_(session, owner)
            for _ in range(per_level):
                done = await factories.job(session, place, status=JobStatus.FINISHED)
                await factories.invoice(session, [done], status=InvoiceStatus.OPEN)
    await session.commit()


async def test_four_levels_cost_the_same_statements_at_page_size_5_and_50(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, engine: AsyncEngine
) -> None:
    # given 6 customers with 6 properties each, each with 6 invoiced jobs
    await _graph(session, customers=6, per_level=6)

    # when the same four-level page is read at page size 5 and 50
    counts = {}
    for first in (5, 50):
        with StatementCounter(engine) as counter:
            data = await execute(sessions, factories.office(), FOUR_LEVELS, {"first": first})
        counts[first] = counter.count
        assert data["customers"]["totalCount"] == 6

    # then one statement per level (customers, properties, jobs, invoices) plus one for the company
    assert counts[5] == counts[50]
    assert counts[50] <= 5, counts


async def test_a_connection_pages_with_cursors(sessions: async_sessionmaker[AsyncSession],
                                               session: AsyncSession) -> None:
    # given five customers
    for name in ["Ada", "Bea", "Cy", "Di", "Ed"]:
        await factories.customer(session, display_name=name)
    await session.commit()
    query = """query ($after: String) { customers(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { displayName } } }"""

    # when paging two at a time
    names, after, pages = [], None, 0
    while True:
        page = (await execute(sessions, factories.office(), query, {"after": after}))["customers"]
        names += [node["displayName"] for node in page["nodes"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    # then every customer comes once, in order, over three pages
    assert names == ["Ada", "Bea", "Cy", "Di", "Ed"]
    assert pages == 3


async def test_node_resolves_only_its_own_type(sessions: async_sessionmaker[AsyncSession],
                                               session: AsyncSession) -> None:
    # given a customer
    owner = await factories.customer(session, display_name="Grace")
    await session.commit()
    query = "query ($id: ID!) { node(id: $id) { __typename ... on Customer { displayName } } }"

    # when it is fetched by its id, and by the same number dressed as a property's id
    as_customer = await execute(sessions, factories.office(), query, {"id": gid("Customer", owner)})
    as_property = await execute(sessions, factories.office(), query, {"id": gid("Property", owner)})

    # then only the customer id finds it
    assert as_customer["node"] == {"__typename": "Customer", "displayName": "Grace"}
    assert as_property["node"] is None


async def test_nodes_loads_each_type_in_one_statement(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, engine: AsyncEngine
) -> None:
    # given twenty customers with a property each
    owners = [await factories.customer(session) for _ in range(20)]
    places = [await factories.property_(session, owner) for owner in owners]
    await session.commit()
    ids = [gid("Customer", owner) for owner in owners] + [gid("Property", place) for place in places]

    # when all forty are asked for by id at once
    with StatementCounter(engine) as counter:
        data = await execute(sessions, factories.office(), "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                             {"ids": ids})

    # then they come back in order, with one statement per type
    assert [node["id"] for node in data["nodes"]] == ids
    assert counter.count == 2


UNINVOICED = """query ($first: Int) { jobs(filter: {statuses: [FINISHED], uninvoiced: true}, first: $first) {
    totalCount nodes { id } } }"""


async def test_finished_jobs_still_to_bill_are_those_on_no_invoice_but_a_void_one(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession
) -> None:
    # given two customers' finished jobs: one billed, one on a void invoice only, two never billed, one pending
    await factories.company(session)
    first, second = await factories.customer(session), await factories.customer(session)
    here, there = await factories.property_(session, first), await factories.property_(session, second)
    billed = await factories.job(session, here, status=JobStatus.FINISHED)
    await factories.invoice(session, [billed], status=InvoiceStatus.OPEN)
    voided = await factories.job(session, here, status=JobStatus.FINISHED)
    await factories.invoice(session, [voided], status=InvoiceStatus.VOID)
    fresh = [await factories.job(session, place, status=JobStatus.FINISHED) for place in (here, there)]
    await factories.job(session, there, status=JobStatus.PENDING)
    await session.commit()

    # when the office lists finished jobs not invoiced, across customers
    page = (await execute(sessions, factories.office(), UNINVOICED, {"first": 10}))["jobs"]

    # then the void invoice's job and the two never billed are there, with their count; the billed one is not
    assert page["totalCount"] == 3
    assert {node["id"] for node in page["nodes"]} == {gid("Job", voided), *(gid("Job", job) for job in fresh)}


async def test_a_client_without_finances_learns_nothing_from_the_to_bill_filter(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession
) -> None:
    # given a client's finished job never billed
    await factories.company(session)
    owner = await factories.customer(session)
    await factories.job(session, await factories.property_(session, owner), status=JobStatus.FINISHED)
    await session.commit()

    # when the client's users ask for jobs still to bill, with and without finances
    with_money = await execute(sessions, factories.client_of(owner), UNINVOICED, {"first": 10})
    without = await execute(sessions, factories.client_of(owner, finances=False), UNINVOICED, {"first": 10})

    # then only the one who sees money gets the job; the other gets none
    assert with_money["jobs"]["totalCount"] == 1
    assert without["jobs"]["totalCount"] == 0
