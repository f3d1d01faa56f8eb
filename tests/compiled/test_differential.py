"""The compiled read path is the same API: the same documents, through the schema as the server runs it with
compiled reads and without (`COMPILED_READS`), give the same `data` (serialized, key order included) and the same
errors, for every demo viewer and an API token.

Documents: the bench's three scenarios, `nodes(ids:)`, every query the portal and the office client send (the
finder of the cost-budget test, shared fragments included), the README's example queries, and a few hundred
queries generated from the compiler's catalog (random selections with aliases, fragments, `@include`/`@skip`,
pages and cursors).
Where the compiled path did not answer (`app.compiled.ANSWERED` unchanged), the executor did, and the answer
is the normal one by construction.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    OperationDefinitionNode,
    OperationType,
    get_operation_ast,
    parse,
    type_from_ast,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

import app.compiled
from app.compiled.catalog import TYPES, AddressOf, Edge, MoneyOf, ToOne
from app.compiled.compiler import NODE_TYPES, ROOT_TYPES
from app.graphql_server import build_server_schema
from app.settings import Settings
from auth.viewer import Viewer
from resolvers.pagination import encode_cursor
from tests.app.test_query_cost import portal_documents
from tests.authorization import oracle
from tests.authorization.test_authorization import VIEWERS, viewers
from tests.conftest import DemoDatabase
from tests.graphql import SCHEMA, context_for

GRAPHQL = SCHEMA._schema
SERVED = {compiled: build_server_schema(Settings(app_env="production", compiled_reads=compiled))
          for compiled in (True, False)}
"""The schema as the server runs it (limits, masking, the input guard), with and without compiled reads."""
BENCH = {
    "manager": """query PropertyManagerPage($id: ID!) { node(id: $id) { ... on Customer { id properties(first: 40) {
      nodes { id name address { line1 city } jobs(first: 10) { nodes { id scheduledStart status
      invoices { number status total { cents } } } } } } } } }""",
    "jobs": """query CustomerJobsPage($id: ID!) { node(id: $id) { ... on Customer { id jobs(first: 50) { nodes {
      id scheduledStart status property { id name } services { description quantity unitPrice { cents } }
      invoice { number status total { cents } } } } } } }""",
    "search": """query Search($term: String!) { customers(search: $term, first: 10) { nodes { id displayName } } }""",
}
NODES = """query Many($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Job { status property { name }
  invoice { number total { cents } } } } }"""
"""`nodes(ids:)`: in scope, out of scope, a repeated id, ids that name no row or are not a Job's number."""
PORTAL = portal_documents()
README = Path(__file__).resolve().parents[2] / "README.md"
GENERATED_PER_VIEWER = 40
SCALARS = {"Money": ["cents", "amount", "__typename"],
           "Address": ["line1", "line2", "city", "region", "postalCode", "country"]}


def readme_queries() -> list[str]:
    """The example queries of the README (`{"query":"…"}` bodies)."""
    return [json.loads(f'"{text}"') for text in re.findall(r'"query"\s*:\s*"((?:[^"\\]|\\.)*)"', README.read_text())]


class Generator:
    """Random selections over the catalog (seeded: the same documents every run)."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.flags: dict[str, bool] = {}

    def selection(self, type_name: str, depth: int) -> str:
        fields = TYPES[type_name].fields
        names = ["id", *self.random.sample(sorted(fields), k=min(len(fields), self.random.randint(2, 7)))]
        parts = ["__typename"] if self.random.random() < 0.3 else []
        for name in dict.fromkeys(names):
            spec = fields[name]
            text = self.field(name, spec, depth)
            if text is None:
                continue
            if self.random.random() < 0.15:
                text = f"alias{len(parts)}: {text}"
            if self.random.random() < 0.1:
                flag = f"f{len(self.flags)}"
                self.flags[flag] = self.random.random() < 0.5
                directive = f"@include(if: ${flag})" if self.random.random() < 0.5 else f"@skip(if: ${flag})"
                head, brace, rest = text.partition(" {")
                text = f"{head} {directive}{brace}{rest}"
            parts.append(text)
        if self.random.random() < 0.2:
            return f"... on {type_name} {{ {' '.join(parts)} }}"
        return " ".join(parts)

    def field(self, name: str, spec: Any, depth: int) -> str | None:
        if isinstance(spec, MoneyOf):
            return f"{name} {{ {' '.join(self.random.sample(SCALARS['Money'], k=2))} }}"
        if isinstance(spec, AddressOf):
            return f"{name} {{ {' '.join(self.random.sample(SCALARS['Address'], k=3))} }}"
        if isinstance(spec, ToOne):
            return f"{name} {{ {self.selection(spec.type_name, depth - 1)} }}" if depth > 0 else None
        if isinstance(spec, Edge):
            if depth <= 0:
                return None
            inner = self.selection(spec.type_name, depth - 1)
            if spec.shape != "connection":
                return f"{name} {{ {inner} }}"
            return f"{name}{self.page()} {{ {self.connection(inner)} }}"
        return name

    def page(self) -> str:
        first = self.random.choice([None, 0, 1, 2, 3, 5])
        after = self.random.choice([None, None, 0, 1, 4])
        arguments = []
        if first is not None:
            arguments.append(f"first: {first}")
        if after is not None:
            arguments.append(f'after: "{encode_cursor(after)}"')
        return f"({', '.join(arguments)})" if arguments else ""

    def connection(self, inner: str) -> str:
        parts = ["nodes { " + inner + " }"]
        if self.random.random() < 0.5:
            parts.append("totalCount")
        if self.random.random() < 0.5:
            parts.append("pageInfo { hasNextPage hasPreviousPage startCursor endCursor }")
        if self.random.random() < 0.4:
            parts.append("edges { cursor node { id } }")
        return " ".join(parts)

    def document(self, root: str, ids: dict[str, list[int]]) -> tuple[str, dict[str, Any]]:
        self.flags = {}
        variables: dict[str, Any] = {}
        if root in NODE_TYPES:
            body = f"node(id: $id) {{ id ... on {root} {{ {self.selection(root, 2)} }} }}"
            variables["id"] = str(GlobalID(root, str(self.random.choice(ids[root]))))
            definitions = ["$id: ID!"]
        else:
            arguments = self.page()
            if root == "customers" and self.random.random() < 0.4:
                variables["term"] = self.random.choice(["smith", "Jonson", "acme", "garcia", "pool"])
                arguments = f"(search: $term{', ' + arguments[1:-1] if arguments else ''})"
                definitions = ["$term: String"]
            else:
                definitions = []
            body = f"{root}{arguments} {{ {self.connection(self.selection(ROOT_TYPES[root], 1))} }}"
        definitions += [f"${flag}: Boolean!" for flag in self.flags]
        variables.update(self.flags)
        head = f"query Generated({', '.join(definitions)})" if definitions else "query Generated"
        return f"{head} {{ {body} }}", variables


Sent = tuple[str, dict[str, Any], str | None]
"""A request: the document, its variables and the operation's name."""


async def both_paths(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, sent: Sent) -> tuple[bool, Any]:
    """Assert both paths answer alike; returns whether the compiled path answered, and the `data`."""
    text, variables, name = sent
    before = app.compiled.ANSWERED[0]
    fast = await SERVED[True].execute(text, variable_values=variables, operation_name=name,
                                      context_value=context_for(viewer, sessions))
    if app.compiled.ANSWERED[0] == before:
        return False, fast.data  # the executor answered: the normal answer by construction
    normal = await SERVED[False].execute(text, variable_values=variables, operation_name=name,
                                         context_value=context_for(viewer, sessions))
    assert json.dumps(fast.data) == json.dumps(normal.data), sent
    assert [error.formatted for error in fast.errors or []] == [error.formatted for error in normal.errors or []], sent
    return True, fast.data


@pytest.fixture
async def ids(demo_sessions: async_sessionmaker[AsyncSession]) -> dict[str, list[int]]:
    """Row ids of every Node type of the demo (at most 20 each)."""
    found: dict[str, list[int]] = {}
    async with demo_sessions() as session:
        for type_name, (table, *_rest) in oracle.OWNERSHIP.items():
            found[type_name] = list((await session.execute(
                sa.text(f"SELECT id FROM {table} ORDER BY id LIMIT 20"))).scalars())
    return found


@pytest.fixture
async def demo(demo_sessions: async_sessionmaker[AsyncSession]) -> dict[str, Viewer]:
    async with demo_sessions() as session:
        return await viewers(session)


def _id_type(text: str, name: str) -> str:
    """The Node type a document's ID variable names: the fragment under `node(id: $name)`, else the name's
    stem (`$jobId` is a Job's), else Customer."""
    under_node = re.search(r"nodes?\(ids?:\s*\$" + name + r"\)\s*\{[^}]*?\.\.\.\s*on\s+(\w+)", text)
    if under_node and under_node.group(1) in oracle.OWNERSHIP:
        return under_node.group(1)
    stem = re.sub(r"(Ids?|Id)$", "", name)
    return next((type_name for type_name in oracle.OWNERSHIP if type_name.lower() == stem.lower()), "Customer")


def portal_variables(text: str, operation: OperationDefinitionNode, viewer: Viewer,
                     ids: dict[str, list[int]]) -> dict[str, Any] | None:
    """Plausible variables for a portal query (ids of the type the document says, pages of 20, a search term);
    None when a required variable is an input object or a scalar this cannot make up. No made-up cursors or
    dates: a resolver's error makes graphql-core cancel its siblings' statements, which closes the one
    connection the test's rolled-back transaction runs on."""
    variables: dict[str, Any] = {}
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        graphql_type = type_from_ast(GRAPHQL, definition.type)
        required = isinstance(graphql_type, GraphQLNonNull)
        named = graphql_type.of_type if isinstance(graphql_type, GraphQLNonNull) else graphql_type
        listed = isinstance(named, GraphQLList)
        while isinstance(named, GraphQLList | GraphQLNonNull):
            named = named.of_type
        value: Any = None
        if isinstance(named, GraphQLScalarType) and named.name == "ID":
            type_name = _id_type(text, name)
            row_ids = ids.get(type_name) or ids["Customer"]
            own = viewer.customer_id if type_name == "Customer" and viewer.customer_id else row_ids[0]
            value = str(GlobalID(type_name, str(own)))
        elif isinstance(named, GraphQLScalarType) and named.name == "Int":
            value = 20
        elif isinstance(named, GraphQLScalarType) and named.name == "String":
            value = "smith" if "search" in name.lower() or "term" in name.lower() else None  # cursors too
        elif isinstance(named, GraphQLScalarType) and named.name == "Boolean":
            value = True
        elif isinstance(named, GraphQLEnumType):
            value = next(iter(named.values))
        elif isinstance(named, GraphQLInputObjectType) or required:
            if required:
                return None
            continue
        if value is None:
            if required:
                return None
            continue
        variables[name] = [value] if listed else value
    return variables


def portal_queries(viewer: Viewer, ids: dict[str, list[int]]) -> list[Sent]:
    sent: list[Sent] = []
    for key, text in PORTAL.items():
        name = key.rsplit(":", 1)[1]
        operation = get_operation_ast(parse(text), name)
        assert operation is not None, key
        if operation.operation is not OperationType.QUERY:
            continue  # mutations change the demo and subscriptions run on the socket: never compiled anyway
        variables = portal_variables(text, operation, viewer, ids)
        if variables is not None:
            sent.append((text, variables, name))
    return sent


def test_the_portal_finder_collects_the_office_client_too() -> None:
    # given the documents the cost-budget test finds in portal-web/src
    keys = list(PORTAL)

    # then the client pages, the office pages and the shared components are all there
    assert any(key.startswith("pages/office/") for key in keys)
    assert any(key.startswith("pages/client/") for key in keys)
    assert any(key.startswith("components/") for key in keys)


@pytest.mark.parametrize("username", VIEWERS)
async def test_the_compiled_path_answers_as_the_executor_does(
    username: str, demo: dict[str, Viewer], ids: dict[str, list[int]], demo_database: DemoDatabase,
) -> None:
    # given a demo viewer, the bench's pages, the portal's and office's queries, the README's examples and
    # generated queries
    viewer = demo[username]
    customers = ids["Customer"][:3]
    bench: list[Sent] = []
    for customer_id in customers:
        variables = {"id": str(GlobalID("Customer", str(customer_id)))}
        bench += [(BENCH["manager"], variables, None), (BENCH["jobs"], variables, None)]
    bench += [(BENCH["search"], {"term": term}, None) for term in ("smith", "Jonson", "acme", "pool")]
    jobs = [str(GlobalID("Job", str(job_id))) for job_id in ids["Job"][:6]]
    bench += [(NODES, {"ids": [*jobs, jobs[0], str(GlobalID("Job", "abc")), str(GlobalID("Job", "99999999999"))]},
               None), (NODES, {"ids": []}, None)]
    examples: list[Sent] = [(text, {}, None) for text in readme_queries()]
    portal = portal_queries(viewer, ids)
    generator = Generator(seed=13 + VIEWERS.index(username))
    roots = [*sorted(NODE_TYPES), *ROOT_TYPES]
    generated = [(*generator.document(roots[index % len(roots)], ids), None)
                 for index in range(GENERATED_PER_VIEWER)]

    # when each goes through the server's schema with and without compiled reads, on the app's own sessions (it
    # only reads): a document whose non-null root field is refused makes graphql-core cancel its siblings' reads,
    # which ends one pooled connection's query as in production, but would close the one connection that the
    # test's joined sessions share, and with it every read after it
    sessions = demo_database.sessions()
    answered: dict[str, int] = {}
    for kind, documents in (("bench", bench), ("readme", examples), ("portal", portal), ("generated", generated)):
        answered[kind] = 0
        for sent in documents:
            compiled, _data = await both_paths(sessions, viewer, sent)
            answered[kind] += compiled

    # then the answers were the same wherever the compiler answered (asserted above), and it did answer the
    # bench's pages, the README's examples, the portal's pages it knows and every generated query
    assert examples and portal
    assert answered["bench"] == len(bench)
    assert answered["readme"] == len(examples)
    assert answered["portal"] >= 4, answered
    assert answered["generated"] == len(generated)


async def test_a_plan_is_kept_per_viewer_and_variables_and_answers_again(
    demo: dict[str, Viewer], ids: dict[str, list[int]], demo_sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given the jobs page of two customers, asked by the office
    office = demo["office"]
    first, second = ({"id": str(GlobalID("Customer", str(customer_id)))} for customer_id in ids["Customer"][:2])

    # when each is asked twice, alternately
    answers = [await both_paths(demo_sessions, office, (BENCH["jobs"], variables, None))
               for variables in (first, second, first, second)]

    # then every one was compiled, and the same page reads the same the second time
    assert all(compiled for compiled, _ in answers)
    assert answers[0][1] == answers[2][1] and answers[1][1] == answers[3][1]
    assert answers[0][1] != answers[1][1]

