"""Nobody sees what is not theirs: generated from the schema, checked against an independent oracle.

For every root list and every Node type, as every role (and a property-limited, no-finance site
contact), the API's answer is compared with `oracle.py`: no foreign row, no internal field value, no money
for field employees or users without finances, no internal note text anywhere in a client's responses.
A type or field added without a rule makes `test_every_type_and_field_has_a_rule` fail.

Both read paths are checked: the executor, and the compiled read path (`app.compiled`), which answers a query
whose whole selection is in its catalog with one SQL statement. For the latter the same generator selects only
what the catalog knows (the root lists and Node types it compiles, their compilable fields), and each query must
have been answered by a compiled statement (`app.compiled.ANSWERED`), so the fast path is the one under test.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from graphql import GraphQLObjectType
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.relay import GlobalID

import app.compiled
from app.compiled import CompiledReads
from app.compiled.catalog import TYPES as COMPILABLE_TYPES
from app.compiled.compiler import NODE_TYPES, ROOT_TYPES
from auth.permissions import MONEY, OFFICE_ONLY, STAFF_ONLY, WHOLE_ACCOUNT
from auth.viewer import Viewer
from models import User
from models.enums import Role
from schema import build_schema
from tests.authorization import oracle
from tests.authorization.querygen import Keep, node_query, root_queries
from tests.graphql import SCHEMA, execute, execute_raw

CLIENT_FIELDS = Path(__file__).with_name("client_visible_fields.txt")
GRAPHQL_SCHEMA = SCHEMA._schema
REMEMBERING = build_schema(extensions=[lambda: ParserCache(maxsize=None), lambda: ValidationCache(maxsize=None)])
"""The same schema, remembering the documents it parsed and validated. Every role sends the same generated
documents, and validating one (the longest take most of a second) is the same work whoever sends it: the rules
read the schema and the document, never the viewer. Each role's execution, the part under test, is unchanged."""
COMPILING = build_schema(extensions=[lambda: ParserCache(maxsize=None), lambda: ValidationCache(maxsize=None),
                                     CompiledReads.factory()])
"""The same, with the compiled read path (as the server runs it unless `COMPILED_READS=false`)."""
PLAIN_FIELDS = {"Money": {"cents", "amount"},
                "Address": {"line1", "line2", "city", "region", "postalCode", "country"}}


def compilable(type_name: str, field_name: str) -> bool:
    """Whether the compiled path answers this field (its catalog, `app.compiled.catalog`)."""
    if type_name == "Query":
        return field_name in ROOT_TYPES
    table = COMPILABLE_TYPES.get(type_name)
    if table is not None:
        return field_name in table.fields
    return field_name in PLAIN_FIELDS.get(type_name, ())


def everything(type_name: str, field_name: str) -> bool:
    return True


PATHS: dict[str, tuple[Any, Keep]] = {"executor": (REMEMBERING, everything), "compiled": (COMPILING, compilable)}
"""Per read path: the schema, and which fields the generated queries select."""
DEMO_USERS = ["owner", "office", "field1", "pm1", "client1", "pm1-site"]
DERIVED_VIEWERS = ["pm1-token", "client1-no-finances"]
"""Viewers made from demo users: pm1's account through an integration token (no user behind it), and client1
with finances taken away (the demo's own no-finance user, pm1-site, is also property-limited)."""
VIEWERS = DEMO_USERS + DERIVED_VIEWERS


def marked_fields() -> dict[str, set[str]]:
    """Fields whose description declares a restriction, by marker."""
    marks: dict[str, set[str]] = {STAFF_ONLY: set(), OFFICE_ONLY: set(), MONEY: set(), WHOLE_ACCOUNT: set()}
    for named in GRAPHQL_SCHEMA.type_map.values():
        if isinstance(named, GraphQLObjectType):
            for name, field in named.fields.items():
                for marker in marks:
                    if field.description and marker in field.description:
                        marks[marker].add(f"{named.name}.{name}")
    return marks


def unmarked_node_fields() -> set[str]:
    marked = set().union(*marked_fields().values())
    fields = set()
    for named in GRAPHQL_SCHEMA.type_map.values():
        if isinstance(named, GraphQLObjectType) and any(i.name == "Node" for i in named.interfaces):
            fields |= {f"{named.name}.{name}" for name in named.fields if f"{named.name}.{name}" not in marked}
    return fields


def walk(value: Any, parent_type: str | None = None) -> Iterator[tuple[str | None, str, Any, dict[str, Any]]]:
    """Every (type, field, value, object) in a response."""
    if isinstance(value, dict):
        type_name = value.get("__typename", parent_type)
        for key, item in value.items():
            yield type_name, key, item, value
            yield from walk(item, type_name)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, parent_type)


async def viewers(session: AsyncSession) -> dict[str, Viewer]:
    found: dict[str, Viewer] = {}
    for username in DEMO_USERS:
        user = (await session.execute(sa.select(User).where(User.username == username))).scalar_one()  # type: ignore[arg-type]
        limited: list[int] = list((await session.execute(
            sa.select(sa.column("property_id")).select_from(sa.table("user_property"))
            .where(sa.column("user_id") == user.id))).scalars().all())
        found[username] = Viewer(user_id=user.id, role=user.role, customer_id=user.customer_id,
                                 employee_id=user.employee_id, finances=user.finances,
                                 property_ids=frozenset(limited) if limited else None)
    found["pm1-token"] = Viewer(role=Role.CUSTOMER, customer_id=found["pm1"].customer_id, api_token_id=1)
    found["client1-no-finances"] = replace(found["client1"], finances=False)
    return found


async def internal_texts(session: AsyncSession) -> set[str]:
    statements = [
        "SELECT internal_notes FROM customer", "SELECT internal_notes FROM property",
        "SELECT internal_notes FROM job", "SELECT internal_notes FROM invoice",
        "SELECT body FROM note WHERE visibility = 'INTERNAL'", "SELECT text FROM reminder",
        "SELECT text FROM notice", "SELECT name FROM tag", "SELECT internal_notes FROM recurring_plan",
    ]
    texts: set[str] = set()
    for statement in statements:
        texts |= {row[0] for row in await session.execute(sa.text(statement)) if row[0] and len(row[0]) > 8}
    return texts


class Checker:
    """Compares one viewer's responses with the oracle."""

    def __init__(self, session: AsyncSession, viewer: Viewer, internal: set[str]) -> None:
        self.session, self.viewer, self.internal = session, viewer, internal
        self.marks = marked_fields()

    async def context(self) -> dict[str, Any]:
        employee_id = self.viewer.employee_id
        assigned = await oracle.assigned_jobs(self.session, employee_id) if employee_id else set()
        customers, properties = set(), set()
        if assigned:
            rows = await self.session.execute(sa.text("SELECT customer_id, property_id FROM job WHERE id = ANY(:j)"),
                                              {"j": sorted(assigned)})
            for customer_id, property_id in rows:
                customers.add(customer_id)
                properties.add(property_id)
        client_jobs: set[int] = set()
        if self.viewer.is_client:
            rows = await self.session.execute(sa.text("SELECT id, property_id FROM job WHERE customer_id = :c"),
                                              {"c": self.viewer.customer_id})
            client_jobs = {job_id for job_id, prop in rows
                           if self.viewer.property_ids is None or prop in self.viewer.property_ids}
        return {"assigned": assigned, "client_jobs": client_jobs,
                "crew": await oracle.crew_of_jobs(self.session, client_jobs),
                "employee_customers": customers, "employee_properties": properties}

    async def check(self, data: dict[str, Any], where: str) -> int:
        """Assert every object and field in `data` is allowed; returns how many objects were seen."""
        seen: dict[str, set[int]] = defaultdict(set)
        for type_name, field, value, _obj in walk(data):
            if field == "id" and type_name in oracle.OWNERSHIP and isinstance(value, str):
                parsed = GlobalID.from_id(value)
                assert parsed.type_name == type_name, f"{where}: {value} is not a {type_name} id"
                seen[type_name].add(int(parsed.node_id))
            qualified = f"{type_name}.{field}"
            if value == []:
                value = None  # a withheld list reads as empty
            if value is not None and not self.viewer.is_staff and qualified in self.marks[STAFF_ONLY]:
                pytest.fail(f"{where}: staff-only {qualified} has a value for {self.viewer.role}")
            if value is not None and not self.viewer.is_office and qualified in self.marks[OFFICE_ONLY]:
                pytest.fail(f"{where}: office-only {qualified} has a value for {self.viewer.role}")
            if value is not None and not self.viewer.sees_money and qualified in self.marks[MONEY]:
                pytest.fail(f"{where}: money field {qualified} has a value for a viewer without finances")
            if (value is not None and self.viewer.is_client and self.viewer.property_ids is not None
                    and qualified in self.marks[WHOLE_ACCOUNT]):
                pytest.fail(f"{where}: whole-account {qualified} has a value for a property-limited client")
            if not self.viewer.sees_money and isinstance(value, dict) and {"amount", "currency"} <= value.keys():
                pytest.fail(f"{where}: an amount reached a viewer without finances: {qualified}")
        if self.viewer.is_client:
            text = json.dumps(data)
            leaked = [note for note in self.internal if note in text]
            assert not leaked, f"{where}: internal text reached a client: {leaked[:3]}"
        context = await self.context()
        for type_name, ids in seen.items():
            rows = await oracle.describe(self.session, type_name, sorted(ids))
            for row_id in ids:
                allowed = oracle.may_see(self.viewer, type_name, rows[row_id], row_id=row_id, **context)
                assert allowed, f"{where}: {self.viewer.role} reached {type_name} {row_id} {rows[row_id]}"
        return sum(len(ids) for ids in seen.values())


@pytest.fixture
def sessions(live_demo: async_sessionmaker[AsyncSession]) -> async_sessionmaker[AsyncSession]:
    """The app's own sessions on the module's copy of the demo (these tests only read it)."""
    return live_demo


@pytest.fixture
async def demo(session: AsyncSession) -> dict[str, Viewer]:
    return await viewers(session)


def test_every_type_and_field_has_a_rule() -> None:
    # given the schema as the code builds it
    node_types = {named.name for named in GRAPHQL_SCHEMA.type_map.values()
                  if isinstance(named, GraphQLObjectType) and any(i.name == "Node" for i in named.interfaces)}

    # then every Node type has an owner in the oracle, and every unrestricted field was consciously allowed
    assert node_types - set(oracle.OWNERSHIP) == set(), "add the new type to tests/authorization/oracle.py"
    listed = set(CLIENT_FIELDS.read_text().split())
    unmarked = unmarked_node_fields()
    assert unmarked - listed == set(), (
        "new fields without a rule: mark them staff-only / office-only / money in schema/ (auth/permissions.py), "
        f"or add them to {CLIENT_FIELDS.name} if clients may see them"
    )
    assert listed - unmarked == set(), f"{CLIENT_FIELDS.name} lists fields that no longer exist or are now restricted"


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("username", VIEWERS)
async def test_root_lists_show_only_what_the_viewer_may_see(
    username: str, path: str, demo: dict[str, Viewer], sessions: async_sessionmaker[AsyncSession],
    session: AsyncSession,
) -> None:
    # given a demo user and everything they could ask for from the root (on the compiled path: what it compiles)
    viewer = demo[username]
    checker = Checker(session, viewer, await internal_texts(session))
    schema, keep = PATHS[path]
    queries = root_queries(GRAPHQL_SCHEMA, keep=keep)
    answered = app.compiled.ANSWERED[0]

    # when they read every root list, edges and nodes alike
    seen = 0
    for field, query in queries.items():
        result = await execute_raw(sessions, viewer, query, schema=schema)
        refused = [error for error in result.errors or [] if (error.extensions or {}).get("code") == "FORBIDDEN"]
        assert refused == (result.errors or []), f"{username} {field}: {result.errors}"
        seen += await checker.check(result.data or {}, f"{username} {field} ({path})")

    # then nothing foreign, internal or (without finances) monetary came back, and they did see something;
    # on the compiled path every list was answered by a compiled statement
    assert seen > 0
    if path == "compiled":
        assert set(queries) == set(ROOT_TYPES)
        assert app.compiled.ANSWERED[0] - answered == len(queries)


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("username", VIEWERS)
async def test_node_by_id_finds_exactly_the_rows_in_scope(
    username: str, path: str, demo: dict[str, Viewer], sessions: async_sessionmaker[AsyncSession],
    session: AsyncSession,
) -> None:
    # given every row of every Node type (up to 150 of each; on the compiled path, of the types it compiles)
    viewer = demo[username]
    checker = Checker(session, viewer, await internal_texts(session))
    context = await checker.context()
    schema, keep = PATHS[path]
    types = {name: spec for name, spec in oracle.OWNERSHIP.items() if path == "executor" or name in NODE_TYPES}
    assert path == "executor" or set(types) == NODE_TYPES
    for type_name, (table, *_rest) in types.items():
        query = node_query(GRAPHQL_SCHEMA, type_name, keep)
        ids = [row[0] for row in await session.execute(sa.text(f"SELECT id FROM {table} ORDER BY id LIMIT 150"))]
        if not ids:
            continue
        rows = await oracle.describe(session, type_name, ids)
        expected = {row_id for row_id in ids if oracle.may_see(viewer, type_name, rows[row_id], row_id=row_id,
                                                               **context)}

        # when each is asked for by global id
        global_ids = [str(GlobalID(type_name, str(row_id))) for row_id in ids]
        found: set[int] = set()
        for start in range(0, len(global_ids), 100):
            answered = app.compiled.ANSWERED[0]
            data = await execute(sessions, viewer, query, {"ids": global_ids[start:start + 100]}, schema=schema)
            await checker.check(data, f"{username} node({type_name}) ({path})")
            assert path == "executor" or app.compiled.ANSWERED[0] == answered + 1, f"{type_name} not compiled"
            found |= {int(GlobalID.from_id(node["id"]).node_id) for node in data["nodes"] if node}

        # then exactly the rows in scope resolve (a foreign row looks like one that does not exist)
        if type_name == "Team" and viewer.is_client:
            assert found <= expected
            continue
        assert found == expected, f"{username} {type_name}: extra {found - expected}, missing {expected - found}"


OFFICE_ROOTS = {
    "reminders": "{ reminders(first: 50) { totalCount nodes { id text customer { id } assignee { id } } } }",
    "customerMergePreview": "query($source: ID!, $target: ID!) { customerMergePreview(sourceId: $source, "
                            "targetId: $target) { canMerge moves { jobs invoices users } } }",
}
"""Office-only root fields, asked with arguments (the generated root lists above ask only argument-free ones)."""


@pytest.mark.parametrize("username", VIEWERS)
async def test_reminders_and_merge_previews_reach_the_office_only(
    username: str, demo: dict[str, Viewer], sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a demo viewer, two of the demo's customers, and the demo's reminders
    viewer = demo[username]
    source, target = [str(GlobalID("Customer", str(row[0]))) for row in await session.execute(
        sa.text("SELECT id FROM customer ORDER BY id LIMIT 2"))]
    reminders = (await session.execute(sa.text("SELECT count(*) FROM reminder WHERE done_at IS NULL"))).scalar_one()

    for field, query in OFFICE_ROOTS.items():
        # when they ask for the office's reminders or a merge preview
        result = await execute_raw(sessions, viewer, query, {"source": source, "target": target}
                                   if "$source" in query else None)

        # then the office gets them; every client (property-scoped, without finances, a token) and field
        # employee is refused, with nothing in `data`
        if viewer.is_office:
            assert result.errors is None, result.errors
            if field == "reminders":
                assert result.data["reminders"]["totalCount"] == reminders > 0
        else:
            assert result.data is None, f"{username} {field}"
            assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"], f"{username} {field}"
