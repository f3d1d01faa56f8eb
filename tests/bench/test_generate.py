"""The bench data generator loads a consistent graph at the specified scale, and the floor reads it."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench import floor
from bench.generate import Generator, generate
from resolvers.billing.arithmetic import LineInput, invoice_totals, line_amount

pytestmark = pytest.mark.committed  # the generator writes through a connection of its own (COPY)

CUSTOMERS = 50
TODAY = date(2026, 6, 15)


@pytest.fixture
async def loaded(migrated_database_url: str, sessions: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    """50 customers' worth of data; `sessions` empties the tables afterwards."""
    result = generate(migrated_database_url, CUSTOMERS, seed=7, truncate=True, today=TODAY, migrate=False,
                      vacuum=False)
    return result.counts


@pytest.fixture
async def conn(migrated_database_url: str) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
    connection = await floor.connect(migrated_database_url)
    try:
        yield connection
    finally:
        await connection.close()


async def scalar(conn: psycopg.AsyncConnection[Any], query: str, *params: Any) -> Any:
    cursor = await conn.execute(query, params)
    row = await cursor.fetchone()
    assert row is not None
    return row[0]


async def test_counts_scale_with_customers(loaded: dict[str, int], conn: psycopg.AsyncConnection[Any]) -> None:
    for table, count in loaded.items():
        assert await scalar(conn, f"SELECT count(*) FROM {table}") == count, table
    assert loaded["customer"] == CUSTOMERS
    assert loaded["property"] == 3 * CUSTOMERS
    assert loaded["job"] == 30 * CUSTOMERS
    assert loaded["job_assignment"] == loaded["job"]
    assert loaded["job"] <= loaded["job_line"] <= 2 * loaded["job"]
    assert loaded["invoice"] == 15 * CUSTOMERS
    assert loaded["payment_transaction"] == 15 * CUSTOMERS
    assert loaded["allocation"] > 0 and loaded["invoice_line"] >= loaded["invoice_job"] >= loaded["invoice"]
    assert loaded["company"] == 1 and loaded["service"] >= 10 and loaded["employee"] >= 3

    # Two property managers with 40 properties each, everyone else 1-5.
    cursor = await conn.execute(
        "SELECT c.kind, count(p.id) FROM customer c JOIN property p ON p.customer_id = c.id GROUP BY c.id")
    per_customer = await cursor.fetchall()
    assert sorted(n for kind, n in per_customer if kind == "PROPERTY_MANAGER") == [40, 40]
    assert all(1 <= n <= 5 for kind, n in per_customer if kind != "PROPERTY_MANAGER")
    assert len(per_customer) == CUSTOMERS

    # The id sequences were moved past the generated ids.
    for table in ("customer", "job", "invoice", "payment_transaction"):
        assert await scalar(conn, f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) > max(id) "
                                  f"FROM {table}") is True


def test_scale_is_linear_without_a_database() -> None:
    for customers in (100, 400):
        generator = Generator(customers, seed=3, today=TODAY)
        generator.make_employees()
        generator.make_customers()
        generator.make_properties()
        generator.make_jobs()
        generator.make_billing()
        assert len(generator.properties) == 3 * customers
        assert len(generator.jobs) == 30 * customers
        assert len(generator.invoices) == 15 * customers
        assert len(generator.transactions) == 15 * customers


async def test_the_graph_is_consistent(loaded: dict[str, int], conn: psycopg.AsyncConnection[Any]) -> None:
    assert await scalar(conn, """SELECT count(*) FROM job j JOIN property p ON p.id = j.property_id
                                  WHERE j.customer_id <> p.customer_id""") == 0
    # Invoices bill finished jobs of their own customer, each job once.
    assert await scalar(conn, """SELECT count(*) FROM invoice_job ij
                                   JOIN invoice i ON i.id = ij.invoice_id JOIN job j ON j.id = ij.job_id
                                  WHERE j.customer_id <> i.customer_id OR j.status <> 'FINISHED'""") == 0
    assert await scalar(conn, "SELECT count(*) - count(DISTINCT job_id) FROM invoice_job") == 0
    # Allocations (of any status) never exceed an invoice's total; transactions cover their allocations.
    assert await scalar(conn, """SELECT count(*) FROM invoice i
                                  WHERE (SELECT coalesce(sum(amount_cents), 0) FROM allocation a
                                          WHERE a.invoice_id = i.id) > i.total_cents""") == 0
    assert await scalar(conn, """SELECT count(*) FROM payment_transaction t
                                  WHERE (SELECT coalesce(sum(amount_cents), 0) FROM allocation a
                                          WHERE a.transaction_id = t.id) > t.amount_cents""") == 0
    # A PAID invoice is paid in full by completed transactions.
    assert await scalar(conn, """SELECT count(*) FROM invoice i WHERE i.status = 'PAID' AND i.total_cents <>
                                   (SELECT coalesce(sum(a.amount_cents), 0) FROM allocation a
                                      JOIN payment_transaction t ON t.id = a.transaction_id
                                     WHERE a.invoice_id = i.id AND t.status = 'COMPLETED')""") == 0
    cursor = await conn.execute("SELECT emails, phones FROM customer")
    for emails, phones in await cursor.fetchall():
        assert all(email == email.lower() and "@" in email for email in emails)
        assert all(re.fullmatch(r"\+1[2-9]\d{9}", phone) for phone in phones)


async def test_invoice_totals_follow_the_arithmetic(loaded: dict[str, int],
                                                    conn: psycopg.AsyncConnection[Any]) -> None:
    cursor = await conn.execute("SELECT id, tax_rate, subtotal_cents, tax_cents, total_cents FROM invoice "
                                "ORDER BY id LIMIT 40")
    invoices = await cursor.fetchall()
    assert len(invoices) == 40
    for invoice_id, tax_rate, subtotal, tax, total in invoices:
        cursor = await conn.execute("SELECT quantity, unit_price_cents, taxable, amount_cents FROM invoice_line "
                                    "WHERE invoice_id = %s", (invoice_id,))
        lines = await cursor.fetchall()
        assert lines
        assert all(amount == line_amount(Decimal(q), price) for q, price, _, amount in lines)
        totals = invoice_totals([LineInput(Decimal(q), price, taxable) for q, price, taxable, _ in lines],
                                Decimal(tax_rate))
        assert (totals.subtotal_cents, totals.tax_cents, totals.total_cents) == (subtotal, tax, total)


async def test_floor_scenarios_return_the_expected_shape(loaded: dict[str, int],
                                                         conn: psycopg.AsyncConnection[Any]) -> None:
    manager = await scalar(conn, "SELECT min(id) FROM customer WHERE kind = 'PROPERTY_MANAGER'")

    page = await floor.property_manager_page(conn, customer_id=manager)
    customer = page["customer"]
    assert customer["id"] == floor.global_id("Customer", manager)
    properties = customer["properties"]["nodes"]
    assert len(properties) == 40
    assert [p["name"] for p in properties] == sorted(p["name"] for p in properties)
    for prop in properties:
        assert set(prop) == {"id", "name", "addressLine1", "city", "jobs"}
        jobs = prop["jobs"]["nodes"]
        assert 1 <= len(jobs) <= 10
        assert [j["scheduledStart"] for j in jobs] == sorted((j["scheduledStart"] for j in jobs), reverse=True)
        for job in jobs:
            assert set(job) == {"id", "scheduledStart", "status", "invoices"}
            assert job["scheduledStart"].endswith("+00:00")
            for invoice in job["invoices"]:
                assert set(invoice) == {"number", "status", "total"}
                assert isinstance(invoice["total"]["cents"], int)
    assert any(job["invoices"] for prop in properties for job in prop["jobs"]["nodes"])

    page = await floor.customer_jobs_page(conn, customer_id=manager)
    jobs = page["customer"]["jobs"]["nodes"]
    assert len(jobs) == 50
    newest = await scalar(conn, "SELECT max(scheduled_start) FROM job WHERE customer_id = %s", manager)
    assert jobs[0]["scheduledStart"] == newest.isoformat()
    for job in jobs:
        assert set(job) == {"id", "scheduledStart", "status", "property", "services", "invoice"}
        assert set(job["property"]) == {"id", "name"}
        assert 1 <= len(job["services"]) <= 2
        for line in job["services"]:
            assert set(line) == {"description", "quantity", "unitPrice"}
            assert Decimal(line["quantity"]) > 0 and line["unitPrice"]["cents"] > 0
        assert job["invoice"] is None or set(job["invoice"]) == {"number", "status", "total"}
    busiest = await scalar(conn, """SELECT j.customer_id FROM job j JOIN customer c ON c.id = j.customer_id
                                     WHERE c.kind <> 'PROPERTY_MANAGER'
                                     GROUP BY j.customer_id ORDER BY count(*) DESC, j.customer_id LIMIT 1""")
    jobs = (await floor.customer_jobs_page(conn, customer_id=busiest))["customer"]["jobs"]["nodes"]
    assert 1 <= len(jobs) <= 50
    assert any(job["invoice"] for job in jobs)

    customer_id, name = await (await conn.execute(
        "SELECT id, display_name FROM customer WHERE kind = 'BUSINESS' ORDER BY length(display_name) DESC, id "
        "LIMIT 1")).fetchone() or (0, "")
    term = floor.misspell(name, random.Random(1))
    assert term != name
    found = (await floor.search_customers(conn, term))["searchCustomers"]
    assert 1 <= len(found) <= 10
    assert floor.global_id("Customer", customer_id) in [row["id"] for row in found]
    assert all(set(row) == {"id", "displayName", "similarity"} for row in found)
    assert [row["similarity"] for row in found] == sorted((row["similarity"] for row in found), reverse=True)
