"""The compiled read path is the same API: the same documents, through the executor and through one compiled
statement, give the same `data` (serialized, key order included) for every demo viewer and an API token.

Documents: the bench's three scenarios, every portal document the compiler takes (the others go to the
executor, which is what the rest of the suite tests), and queries generated from the compiler's catalog
(random selections with aliases, fragments, `@include`/`@skip`, pages and cursors).
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest
import sqlalchemy as sa
from graphql import FragmentDefinitionNode, OperationDefinitionNode, get_operation_ast, parse
from graphql.execution.values import get_variable_values
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from app.compiled import run_statement
from app.compiled.catalog import TYPES, AddressOf, Edge, MoneyOf, ToOne
from app.compiled.compiler import NODE_TYPES, ROOT_TYPES, NotCompilable, compile_operation
from auth.viewer import Viewer
from resolvers.pagination import encode_cursor
from tests.app.test_query_cost import portal_documents
from tests.authorization.test_authorization import VIEWERS, viewers
from tests.graphql import SCHEMA, context_for

GRAPHQL = SCHEMA._schema
BENCH = {
    "manager": """query PropertyManagerPage($id: ID!) { node(id: $id) { ... on Customer { id properties(first: 40) {
      nodes { id name address { line1 city } jobs(first: 10) { nodes { id scheduledStart status
      invoices { number status total { cents } } } } } } } } }""",
    "jobs": """query CustomerJobsPage($id: ID!) { node(id: $id) { ... on Customer { id jobs(first: 50) { nodes {
      id scheduledStart status property { id name } services { description quantity unitPrice { cents } }
      invoice { number status total { cents } } } } } } }""",
    "search": """query Search($term: String!) { customers(search: $term, first: 10) { nodes { id displayName } } }""",
}
PORTAL_DOCUMENTS = list(portal_documents().values())  # each operation with the shared fragments it spreads
SCALARS = {"Money": ["cents", "amount", "__typename"],
           "Address": ["line1", "line2", "city", "region", "postalCode", "country"]}


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


async def compiled_data(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, text: str,
                        variables: dict[str, Any]) -> dict[str, Any] | None:
    """The compiled path's `data`, or None when the compiler sends the document to the executor."""
    document = parse(text)
    operation = get_operation_ast(document)
    if not isinstance(operation, OperationDefinitionNode):
        return None  # several operations in one text: the portal names one per request; not this test's case
    coerced = get_variable_values(GRAPHQL, operation.variable_definitions or (), variables)
    if isinstance(coerced, list):
        return None
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    context = context_for(viewer, sessions)
    try:
        statement = compile_operation(GRAPHQL, operation, fragments, coerced, viewer,
                                      context.deployment.max_page_size)
    except NotCompilable:
        return None
    values = await run_statement(statement, context, None)
    return {key: None if value is None else json.loads(value) for key, value in zip(statement.keys, values,
                                                                                     strict=True)}


async def differ(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, text: str,
                 variables: dict[str, Any]) -> bool:
    """Assert both paths agree; returns whether the document was compiled."""
    fast = await compiled_data(sessions, viewer, text, variables)
    if fast is None:
        return False
    normal = await SCHEMA.execute(text, variable_values=variables, context_value=context_for(viewer, sessions))
    assert normal.errors is None, (text, variables, [error.formatted for error in normal.errors])
    assert json.dumps(fast) == json.dumps(normal.data), (text, variables)
    return True


@pytest.fixture
async def ids(demo_sessions: async_sessionmaker[AsyncSession]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    async with demo_sessions() as session:
        for type_name in NODE_TYPES:
            table = TYPES[type_name].model.__table__.name
            found[type_name] = list((await session.execute(
                sa.text(f"SELECT id FROM {table} ORDER BY id"))).scalars())
    return found


@pytest.fixture
async def demo(demo_sessions: async_sessionmaker[AsyncSession]) -> dict[str, Viewer]:
    async with demo_sessions() as session:
        return await viewers(session)


def portal_variables(text: str, ids: dict[str, list[int]]) -> dict[str, Any]:
    """Plausible variables for a portal document: ids of the type the name says, pages of 20."""
    variables: dict[str, Any] = {}
    for name, kind in re.findall(r"\$(\w+)\s*:\s*(\[?\w+)", text):
        type_name = next((t for t in NODE_TYPES if name.lower().startswith(t.lower())), "Customer")
        if kind == "ID":
            variables[name] = str(GlobalID(type_name, str(ids[type_name][0])))
        elif kind == "Int":
            variables[name] = 20
    return variables


@pytest.mark.parametrize("username", VIEWERS)
async def test_the_compiled_path_answers_as_the_executor_does(
    username: str, demo: dict[str, Viewer], ids: dict[str, list[int]],
    demo_sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given a demo viewer, the bench's pages, the portal's documents and generated ones
    viewer = demo[username]
    managers = ids["Customer"][:3]
    documents: list[tuple[str, dict[str, Any]]] = []
    for customer_id in managers:
        variables = {"id": str(GlobalID("Customer", str(customer_id)))}
        documents += [(BENCH["manager"], variables), (BENCH["jobs"], variables)]
    documents += [(BENCH["search"], {"term": term}) for term in ("smith", "Jonson", "acme", "pool")]
    documents += [(text, portal_variables(text, ids)) for text in PORTAL_DOCUMENTS]
    generator = Generator(seed=13)
    roots = [*sorted(NODE_TYPES), *ROOT_TYPES]
    documents += [generator.document(roots[index % len(roots)], ids) for index in range(24)]

    # when each goes through both paths, then the answers are the same wherever the compiler answered
    compiled = 0
    for text, variables in documents:
        compiled += await differ(demo_sessions, viewer, text, variables)

    # and the compiler did answer the bench's pages and the generated documents
    assert compiled >= 6 + 4 + 24
