"""The floor: each bench scenario as one hand-written SQL statement, producing the GraphQL response's JSON.

The GraphQL API is compared to these. Each function takes a psycopg `AsyncConnection` (session time zone
UTC, so timestamps render as `2026-03-04T14:00:00+00:00` like Python's `isoformat()`) and returns what the
GraphQL query in its docstring would return under `data`. Conventions assumed for the API (DESIGN.md §6):
ids are Relay global ids (`base64("Type:pk")`, strawberry's default), enums are their values, money is a
`Money` object (`{cents}` here), lists that can grow are connections (`{nodes}` here), decimals are strings.

`python -m bench.floor --database-url URL` times each scenario (p50/p95 over `--runs`) on a generated
database; `--explain` prints the plans instead.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any, LiteralString

import psycopg

PROPERTIES_PER_PAGE = 40
JOBS_PER_PROPERTY = 10
JOBS_PER_PAGE = 50
SEARCH_LIMIT = 10


def global_id(type_name: str, pk: int) -> str:
    """The Relay global id the API gives a row (strawberry's GlobalID: base64 of "Type:pk")."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def _gid(type_name: LiteralString, column: LiteralString) -> LiteralString:
    # PostgreSQL's base64 wraps lines at 76 characters; "Type:pk" never gets near that.
    return f"encode(convert_to('{type_name}:' || {column}, 'UTF8'), 'base64')"


PROPERTY_MANAGER_SQL: LiteralString = f"""
SELECT json_build_object(
  'id', {_gid('Customer', 'c.id')},
  'properties', json_build_object('nodes', coalesce((
    SELECT json_agg(json_build_object(
             'id', {_gid('Property', 'p.id')},
             'name', p.name,
             'addressLine1', p.address_line1,
             'city', p.city,
             'jobs', json_build_object('nodes', coalesce((
               SELECT json_agg(json_build_object(
                        'id', {_gid('Job', 'j.id')},
                        'scheduledStart', j.scheduled_start,
                        'status', j.status,
                        'invoices', coalesce((
                          SELECT json_agg(json_build_object(
                                   'number', i.number,
                                   'status', i.status,
                                   'total', json_build_object('cents', i.total_cents))
                                 ORDER BY i.number)
                            FROM invoice_job ij JOIN invoice i ON i.id = ij.invoice_id
                           WHERE ij.job_id = j.id), '[]'::json))
                      ORDER BY j.scheduled_start DESC, j.id DESC)
                 FROM (SELECT id, scheduled_start, status FROM job
                        WHERE property_id = p.id
                        ORDER BY scheduled_start DESC, id DESC
                        LIMIT {JOBS_PER_PROPERTY}) j), '[]'::json)))
           ORDER BY p.name, p.id)
      FROM (SELECT id, name, address_line1, city FROM property
             WHERE customer_id = %(customer_id)s
             ORDER BY name, id
             LIMIT {PROPERTIES_PER_PAGE}) p), '[]'::json)))
  FROM customer c
 WHERE c.id = %(customer_id)s
"""

CUSTOMER_JOBS_SQL: LiteralString = f"""
SELECT json_build_object(
  'id', {_gid('Customer', 'c.id')},
  'jobs', json_build_object('nodes', coalesce((
    SELECT json_agg(json_build_object(
             'id', {_gid('Job', 'j.id')},
             'scheduledStart', j.scheduled_start,
             'status', j.status,
             'property', json_build_object('id', {_gid('Property', 'p.id')}, 'name', p.name),
             'services', coalesce((
               SELECT json_agg(json_build_object(
                        'description', l.description,
                        'quantity', l.quantity::text,
                        'unitPrice', json_build_object('cents', l.unit_price_cents))
                      ORDER BY l.position, l.id)
                 FROM job_line l WHERE l.job_id = j.id), '[]'::json),
             'invoice', (
               SELECT json_build_object('number', i.number, 'status', i.status,
                                        'total', json_build_object('cents', i.total_cents))
                 FROM invoice_job ij JOIN invoice i ON i.id = ij.invoice_id
                WHERE ij.job_id = j.id
                ORDER BY i.id DESC
                LIMIT 1))
           ORDER BY j.scheduled_start DESC, j.id DESC)
      FROM (SELECT id, property_id, scheduled_start, status FROM job
             WHERE customer_id = %(customer_id)s
             ORDER BY scheduled_start DESC, id DESC
             LIMIT {JOBS_PER_PAGE}) j
      JOIN property p ON p.id = j.property_id), '[]'::json)))
  FROM customer c
 WHERE c.id = %(customer_id)s
"""

# `%` (pg_trgm.similarity_threshold, 0.3 by default) is what lets the planner use the GIN trigram
# indexes. One branch per column, each a bitmap scan of its own index, and a customer's rank is its best
# column: a column that fails `%` is below the threshold and so below the column that passed, so this
# equals greatest(similarity(display_name), similarity(billing_name)) while computing one similarity per
# matching column instead of rechecking `a % t OR b % t` and then computing both (25-35% faster at 100k).
SEARCH_SQL: LiteralString = f"""
SELECT coalesce(json_agg(json_build_object(
         'id', {_gid('Customer', 's.id')},
         'displayName', s.display_name,
         'similarity', s.similarity)
       ORDER BY s.similarity DESC, s.id), '[]'::json)
  FROM (SELECT id, min(display_name) AS display_name, max(similarity) AS similarity
          FROM (SELECT id, display_name, similarity(display_name, %(term)s) AS similarity
                  FROM customer
                 WHERE display_name %% %(term)s AND merged_into_id IS NULL
                UNION ALL
                SELECT id, display_name, similarity(billing_name, %(term)s)
                  FROM customer
                 WHERE billing_name %% %(term)s AND merged_into_id IS NULL) matches
         GROUP BY id
         ORDER BY similarity DESC, id
         LIMIT {SEARCH_LIMIT}) s
"""

# The API's own search (`customers(search:)`, resolvers/customers.py `customers_statement`, as the office) by
# hand: exact keys (e-mail, name key, billing name key) or a word similar enough (`<%`, pg_trgm's
# word_similarity_threshold), exact matches first, then the better word similarity. The API also matches a
# phone number when the term parses as one; misspelt names never do, so that branch is left out here.
# `SEARCH_SQL` above is a looser search (`%`, similarity 0.3) that finds 10 rows where this finds fewer:
# bench.compare uses this one, so that every server answers the same rows.
CUSTOMER_SEARCH_SQL: LiteralString = f"""
SELECT json_build_object('nodes', coalesce(json_agg(json_build_object(
         'id', {_gid('Customer', 's.id')},
         'displayName', s.display_name)
       ORDER BY s.exact, s.score DESC NULLS LAST, s.id), '[]'::json))
  FROM (SELECT c.id, c.display_name,
               CASE WHEN c.emails @> ARRAY[k.email] OR c.name_key = k.key OR c.billing_name_key = k.key
                    THEN 0 ELSE 1 END AS exact,
               greatest(word_similarity(k.term, c.display_name), word_similarity(k.term, c.billing_name),
                        similarity(c.display_name, k.term), similarity(c.billing_name, k.term)) AS score
          FROM (SELECT %(term)s::text AS term, lower(%(term)s::text) AS email,
                       lower(regexp_replace(%(term)s::text, '[^[:alnum:]]+', '', 'g')) AS key,
                       CASE WHEN length(lower(%(term)s::text)) >= 3
                            THEN '%%' || replace(replace(replace(lower(%(term)s::text), '\\', '\\\\'),
                                                         '%%', '\\%%'), '_', '\\_') || '%%' END AS pattern) k,
               customer c
         WHERE c.merged_into_id IS NULL
           AND c.id IN (SELECT id FROM customer WHERE emails @> ARRAY[k.email]
                        UNION ALL SELECT id FROM customer WHERE name_key = k.key
                        UNION ALL SELECT id FROM customer WHERE billing_name_key = k.key
                        UNION ALL SELECT id FROM customer WHERE k.term <%% display_name
                        UNION ALL SELECT id FROM customer WHERE k.term <%% billing_name
                        UNION ALL SELECT id FROM customer WHERE display_name %% k.term
                        UNION ALL SELECT id FROM customer WHERE billing_name %% k.term
                        UNION ALL SELECT id FROM customer WHERE search_text LIKE k.pattern
                        UNION ALL SELECT customer_id FROM property WHERE search_text LIKE k.pattern)
         ORDER BY exact, score DESC NULLS LAST, c.id
         LIMIT {SEARCH_LIMIT}) s
"""
"""Our search's semantics (`resolvers.customers.customers_statement` as the office) for a term that is a name: exact
keys and e-mail first, then words (`<%`) or whole names (`%`) by similarity, and addresses, e-mails and phones
containing the term (three characters or more; a term of phone characters would be looked for as its digits, and
a phone number exactly: neither happens with the bench's misspelt names)."""


async def _one(conn: psycopg.AsyncConnection[Any], query: LiteralString, params: dict[str, Any]) -> Any:
    # Server-side prepared: parsed once per connection. PostgreSQL plans the first five executions for
    # their parameters, then keeps a generic plan if it is no dearer; see the README on what that means
    # for the trigram search.
    cursor = await conn.execute(query, params, prepare=True)
    row = await cursor.fetchone()
    return row[0] if row else None


async def property_manager_page(conn: psycopg.AsyncConnection[Any], customer_id: int) -> dict[str, Any]:
    """The customer's 40 properties, each with its 10 latest jobs and each job's invoices.

    query ($id: ID!) { customer: node(id: $id) { ... on Customer { id
      properties(first: 40) { nodes { id name addressLine1 city            # by name
        jobs(first: 10) { nodes { id scheduledStart status                 # latest first
          invoices { number status total { cents } } } } } } } } }
    """
    return {"customer": await _one(conn, PROPERTY_MANAGER_SQL, {"customer_id": customer_id})}


async def customer_jobs_page(conn: psycopg.AsyncConnection[Any], customer_id: int) -> dict[str, Any]:
    """The customer's 50 latest jobs with property, services (job lines) and invoice.

    query ($id: ID!) { customer: node(id: $id) { ... on Customer { id
      jobs(first: 50) { nodes { id scheduledStart status                   # latest first
        property { id name }
        services { description quantity unitPrice { cents } }             # by position
        invoice { number status total { cents } } } } } } }               # newest invoice billing it
    """
    return {"customer": await _one(conn, CUSTOMER_JOBS_SQL, {"customer_id": customer_id})}


async def search_customers(conn: psycopg.AsyncConnection[Any], term: str) -> dict[str, Any]:
    """The 10 customers whose name or billing name is most similar to `term` (pg_trgm), best first.

    query ($term: String!) { searchCustomers(term: $term, first: 10) { id displayName similarity } }
    """
    return {"searchCustomers": await _one(conn, SEARCH_SQL, {"term": term})}


async def customers_search(conn: psycopg.AsyncConnection[Any], term: str) -> dict[str, Any]:
    """The API's search: the 10 best customers for `term` as `customers(search:)` ranks them.

    query ($term: String!) { customers(search: $term, first: 10) { nodes { id displayName } } }
    """
    return {"customers": await _one(conn, CUSTOMER_SEARCH_SQL, {"term": term})}


SCENARIOS: dict[str, tuple[LiteralString, Callable[..., Awaitable[dict[str, Any]]]]] = {
    "property_manager_page": (PROPERTY_MANAGER_SQL, property_manager_page),
    "customer_jobs_page": (CUSTOMER_JOBS_SQL, customer_jobs_page),
    "search_customers": (SEARCH_SQL, search_customers),
    "customers_search": (CUSTOMER_SEARCH_SQL, customers_search),
}


async def connect(database_url: str) -> psycopg.AsyncConnection[Any]:
    """A connection as the floor expects it: autocommit, UTC."""
    from app.database import libpq_url

    conn = await psycopg.AsyncConnection.connect(libpq_url(database_url), autocommit=True)
    await conn.execute("SET TIME ZONE 'UTC'")
    return conn


def misspell(name: str, rng: random.Random) -> str:
    """A typo a person makes: two letters swapped, one dropped, doubled or replaced, in lower case."""
    letters = list(name.lower())
    positions = [index for index, char in enumerate(letters[:-1]) if char.isalpha() and letters[index + 1].isalpha()]
    if not positions:
        return name.lower()
    index = rng.choice(positions)
    kind = rng.randrange(4)
    if kind == 0:
        letters[index], letters[index + 1] = letters[index + 1], letters[index]
    elif kind == 1:
        del letters[index]
    elif kind == 2:
        letters.insert(index, letters[index])
    else:
        letters[index] = rng.choice("aeiouyrstnl")
    return "".join(letters)


async def pick_parameters(conn: psycopg.AsyncConnection[Any], count: int, seed: int) -> dict[str, Any]:
    """The property manager with the most properties (for its page), the other customer with the most
    jobs (for the jobs page: a manager's 50 latest jobs are all still ahead, with no invoices yet), and
    `count` misspelt names of random customers."""
    cursor = await conn.execute(
        """SELECT c.id FROM customer c
            WHERE c.kind = 'PROPERTY_MANAGER'
            ORDER BY (SELECT count(*) FROM property p WHERE p.customer_id = c.id) DESC, c.id LIMIT 1""")
    row = await cursor.fetchone()
    if row is None:
        raise SystemExit("no property manager in this database; run bench.generate first")
    cursor = await conn.execute(
        """SELECT j.customer_id FROM job j JOIN customer c ON c.id = j.customer_id
            WHERE c.kind <> 'PROPERTY_MANAGER'
            GROUP BY j.customer_id ORDER BY count(*) DESC, j.customer_id LIMIT 1""")
    busiest = await cursor.fetchone()
    cursor = await conn.execute("SELECT display_name FROM customer ORDER BY id")
    all_names = [name for (name,) in await cursor.fetchall()]
    rng = random.Random(seed)
    terms = [misspell(rng.choice(all_names), rng) for _ in range(count)]
    return {"customer_id": row[0], "jobs_customer_id": busiest[0] if busiest else row[0], "terms": terms}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def bench(database_url: str, runs: int, warmup: int, seed: int, explain: bool,
                only: list[str] | None = None) -> None:
    conn = await connect(database_url)
    try:
        params = await pick_parameters(conn, runs + warmup, seed)
        customer_id, jobs_customer_id, terms = params["customer_id"], params["jobs_customer_id"], params["terms"]
        print(f"property manager {customer_id}, jobs page of customer {jobs_customer_id}, "
              f"search terms e.g. {terms[:4]}")
        calls: dict[str, Callable[[int], Awaitable[dict[str, Any]]]] = {
            "property_manager_page": lambda i: property_manager_page(conn, customer_id),
            "customer_jobs_page": lambda i: customer_jobs_page(conn, jobs_customer_id),
            "search_customers": lambda i: search_customers(conn, terms[i]),
            "customers_search": lambda i: customers_search(conn, terms[i]),
        }
        calls = {name: call for name, call in calls.items() if not only or name in only}
        if explain:
            for name, (query, _) in SCENARIOS.items():
                if only and name not in only:
                    continue
                args = {"customer_id": jobs_customer_id if name == "customer_jobs_page" else customer_id,
                        "term": terms[0]}
                cursor = await conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {query}", args)
                print(f"--- {name}")
                print("\n".join(line for (line,) in await cursor.fetchall()))
            return
        print(f"{'scenario':<24}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'KiB':>8}")
        for name, call in calls.items():
            samples: list[float] = []
            size = 0
            for index in range(warmup + runs):
                started = time.perf_counter()
                result = await call(index)
                elapsed = (time.perf_counter() - started) * 1000
                if index >= warmup:
                    samples.append(elapsed)
                    size = max(size, len(repr(result)))
            print(f"{name:<24}{statistics.median(samples):>9.2f}{percentile(samples, 0.95):>9.2f}"
                  f"{max(samples):>9.2f}{size / 1024:>8.0f}")
    finally:
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.floor", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=10,
                        help="untimed runs first (>5 so PostgreSQL has settled on its cached plan)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of each scenario")
    parser.add_argument("--only", action="append", choices=list(SCENARIOS),
                        help="run this scenario only (repeatable)")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("--database-url (or DATABASE_URL) is required")
    asyncio.run(bench(args.database_url, args.runs, args.warmup, args.seed, args.explain, args.only))


if __name__ == "__main__":
    main()
