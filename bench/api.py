"""The three bench scenarios through our GraphQL API, in one process, beside the hand-written floor.

    uv run python -m bench.api --database-url URL [--runs 50] [--warmup 10]

For each scenario: SQL statements per request, p50 and p95 latency of the API (schema execution with a
real viewer, loaders and sessions, no HTTP), the same for the floor query (`bench.floor`), and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.relay import GlobalID

from app.database import StatementCounter, create_engine, create_session_factory
from app.settings import Settings
from auth.viewer import Viewer
from bench import floor
from models.enums import Role
from schema import build_schema
from schema.context import build_context

PM_PAGE = """query ($id: ID!) { node(id: $id) { ... on Customer { id properties(first: 40) { nodes {
  id name address { line1 city } jobs(first: 10) { nodes { id scheduledStart status
  invoices { number status total { cents } } } } } } } } }"""
JOBS_PAGE = """query ($id: ID!) { node(id: $id) { ... on Customer { id jobs(first: 50) { nodes { id scheduledStart
  status property { id name } services { description quantity unitPrice { cents } }
  invoice { number status total { cents } } } } } } }"""
SEARCH = """query ($term: String!) { customers(search: $term, first: 10) { nodes { id displayName } } }"""


async def timed(call: Callable[[int], Awaitable[Any]], runs: int, warmup: int) -> tuple[float, float]:
    samples = []
    for index in range(warmup + runs):
        started = time.perf_counter()
        await call(index)
        if index >= warmup:
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), floor.percentile(samples, 0.95)


async def run(database_url: str, runs: int, warmup: int, seed: int) -> None:
    schema = build_schema()
    engine = create_engine(database_url)
    sessions = create_session_factory(engine)
    deployment = Settings().deployment()
    conn = await floor.connect(database_url)
    params = await floor.pick_parameters(conn, runs + warmup, seed)
    pm, busiest, terms = params["customer_id"], params["jobs_customer_id"], params["terms"]
    office = Viewer(role=Role.OFFICE)

    def api(query: str, viewer: Viewer, variables: Callable[[int], dict[str, Any]]) -> Callable[[int], Awaitable[Any]]:
        async def call(index: int) -> Any:
            result = await schema.execute(query, variable_values=variables(index),
                                          context_value=build_context(viewer, sessions, deployment=deployment))
            assert result.errors is None, result.errors
            return result.data

        return call

    scenarios: dict[str, tuple[Callable[[int], Awaitable[Any]], Callable[[int], Awaitable[Any]]]] = {
        "property manager page (40 properties × 10 jobs × invoices)": (
            api(PM_PAGE, Viewer(role=Role.CUSTOMER, customer_id=pm),
                lambda i: {"id": str(GlobalID("Customer", str(pm)))}),
            lambda i: floor.property_manager_page(conn, pm),
        ),
        "customer jobs page (50 jobs, property, services, invoice)": (
            api(JOBS_PAGE, office, lambda i: {"id": str(GlobalID("Customer", str(busiest)))}),
            lambda i: floor.customer_jobs_page(conn, busiest),
        ),
        "office search, misspelt name (top 10)": (
            api(SEARCH, office, lambda i: {"term": terms[i]}),
            lambda i: floor.search_customers(conn, terms[i]),
        ),
    }
    customers = (await (await conn.execute("SELECT count(*) FROM customer")).fetchone() or [0])[0]
    print(f"{customers} customers; {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| scenario | SQL statements (API) | API p50 ms | API p95 ms | floor p50 ms | floor p95 ms | ratio p50 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (api_call, floor_call) in scenarios.items():
        with StatementCounter(engine) as counter:
            await api_call(0)
        api_p50, api_p95 = await timed(api_call, runs, warmup)
        floor_p50, floor_p95 = await timed(floor_call, runs, warmup)
        print(f"| {name} | {counter.count} | {api_p50:.1f} | {api_p95:.1f} | {floor_p50:.1f} | {floor_p95:.1f} "
              f"| {api_p50 / floor_p50:.1f}× |")
    await conn.close()
    await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.api", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not args.database_url:
        parser.error("--database-url (or DATABASE_URL) is required")
    asyncio.run(run(args.database_url, args.runs, args.warmup, args.seed))


if __name__ == "__main__":
    main()
