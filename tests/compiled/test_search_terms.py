"""The customer search on the compiled path: a term never seen before binds its values into the statement kept for
its shape, and every kind of term (a name, misspelt or not, a phone in any format, part of an e-mail, an address,
digits, wildcards, one or two letters, punctuation) finds what the executor finds, for the office and a client.
"""

from __future__ import annotations

import random
from typing import Any

import sqlalchemy as sa
from graphql import OperationDefinitionNode, get_operation_ast, parse
from graphql.execution.values import get_variable_values
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.compiled import compiler
from auth.viewer import Viewer
from bench.floor import misspell
from models.enums import Role
from resolvers.customers import SearchTerm
from tests.compiled.test_differential import BENCH, both_paths, demo  # noqa: F401 - `demo` is a fixture
from tests.graphql import SCHEMA

GRAPHQL = SCHEMA._schema
FIXED_TERMS = ["smith", "Jonson", "O'Brien", "obrien cleaning", "(555) 010-2030", "+1 555 010", "555", "5550",
               "@example", "example.com", "%%%", "s_r", "a\\b", "a", "ab", "12", "  ", "-", "İstanbul", "straße",
               "Brigthside", "42", "+44 20 7946 0000", "maple st", "ACME, Inc."]


def generated_terms(names: list[str], emails: list[str], phones: list[str], places: list[str],
                    count: int, seed: int) -> list[str]:
    """`count` terms of every kind from the database's own values, seeded."""
    rng = random.Random(seed)
    kinds = [
        lambda: misspell(rng.choice(names), rng),
        lambda: rng.choice(names),
        lambda: rng.choice(names).split(" ")[0],
        lambda: rng.choice(emails)[: rng.randint(2, 12)],
        lambda: rng.choice(emails).upper(),
        lambda: _phone_format(rng.choice(phones), rng),
        lambda: rng.choice(phones)[-rng.randint(2, 7):],
        lambda: rng.choice(places),
        lambda: rng.choice(places)[: rng.randint(1, 6)],
        lambda: rng.choice(FIXED_TERMS),
    ]
    return [rng.choice(kinds)() for _ in range(count)]


def _phone_format(e164: str, rng: random.Random) -> str:
    digits = e164.removeprefix("+1")
    if len(digits) != 10:
        return e164
    return rng.choice([f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
                       f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}", digits])


def _operation(text: str) -> OperationDefinitionNode:
    operation = get_operation_ast(parse(text))
    assert isinstance(operation, OperationDefinitionNode)
    return operation


def _compile_both(operation: OperationDefinitionNode, variables: dict[str, Any], viewer: Viewer,
                  caches: compiler.CompilerCaches) -> tuple[compiler.Statement, compiler.Statement]:
    """The statement as the server compiles it (keeping what it can in `caches`), and compiled afresh."""
    coerced = get_variable_values(GRAPHQL, operation.variable_definitions or (), variables)
    assert not isinstance(coerced, list), coerced
    kept = compiler.compile_operation(GRAPHQL, operation, {}, coerced, viewer, 100, caches=caches)
    fresh = compiler._compile(GRAPHQL, operation, {}, coerced, viewer, 100, compiler.CompilerCaches())
    return kept, fresh


def test_a_new_search_term_binds_its_values_into_the_statement_kept_for_its_shape() -> None:
    # given the bench's search, asked by the office with terms of every kind, some not searching at all
    operation = _operation(BENCH["search"])
    office = Viewer(role=Role.OFFICE, user_id=1)
    terms = generated_terms(["Brightside Homes", "Ada Park", "O'Brien Cleaning"], ["pat@obrien.example.com"],
                            ["+15550102030"], ["Maple St", "Springfield", "62701"], 300, seed=1) + FIXED_TERMS
    caches = compiler.CompilerCaches()

    # when each is compiled by the path the server takes, and afresh
    pairs = [_compile_both(operation, {"term": term}, office, caches) for term in terms]

    # then both give the same text and values, and one statement was built per shape of term, not per term
    for term, (kept, fresh) in zip(terms, pairs, strict=True):
        assert (kept.keys, kept.sql, kept.params) == (fresh.keys, fresh.sql, fresh.params), term
    shapes = {term.shape if term is not None else None for term in map(SearchTerm.of, terms)}
    assert len(caches.templates) == len(shapes) < 10


def test_a_search_variable_used_elsewhere_too_is_compiled_per_value() -> None:
    # given one variable searched by two root fields (one under @include), and two variables searched by two
    both = _operation("""query Both($term: String, $show: Boolean!) { customers(search: $term, first: 3) {
      nodes { id } } again: customers(search: $term, first: 5) @include(if: $show) { totalCount } }""")
    two = _operation("""query Two($a: String, $b: String) { customers(search: $a) { totalCount }
      other: customers(search: $b) { totalCount } }""")
    office = Viewer(role=Role.OFFICE, user_id=1)
    caches = compiler.CompilerCaches()

    # when they are compiled
    kept, fresh = _compile_both(both, {"term": "smith", "show": True}, office, caches)

    # then one variable used by two searches is still a search variable; two different variables are not, and two
    # different terms in one operation go to the executor (their values would share the parameters' names)
    assert compiler._search_variable(both, {}, caches) == "term"
    assert (kept.sql, kept.params) == (fresh.sql, fresh.params)
    assert compiler._search_variable(two, {}, caches) is None
    coerced = get_variable_values(GRAPHQL, two.variable_definitions or (), {"a": "smith", "b": "jonson"})
    assert not isinstance(coerced, list)
    try:
        compiler.compile_operation(GRAPHQL, two, {}, coerced, office, 100, caches=caches)
    except compiler.NotCompilable:
        pass
    else:
        raise AssertionError("two different search terms compiled into one statement")


async def test_every_kind_of_term_finds_on_the_compiled_path_what_the_executor_finds(
    demo: dict[str, Viewer], demo_sessions: async_sessionmaker[AsyncSession],  # noqa: F811 - the fixture
) -> None:
    # given terms of every kind made from the demo's names, e-mails, phones and addresses
    async with demo_sessions() as session:
        async def texts(sql: str) -> list[str]:
            return [value for value in (await session.execute(sa.text(sql))).scalars() if value]

        names = await texts("SELECT display_name FROM customer ORDER BY id")
        emails = await texts("SELECT unnest(emails) FROM customer ORDER BY id")
        phones = await texts("SELECT unnest(phones) FROM customer ORDER BY id")
        places = await texts("SELECT city FROM property UNION ALL SELECT address_line1 FROM property "
                             "UNION ALL SELECT postal_code FROM property ORDER BY 1")
    terms = generated_terms(names, emails, phones, places, 120, seed=2) + FIXED_TERMS
    found = 0

    # when the office and a client search for each, on the compiled path and through the executor
    for username in ("office", "client1"):
        for term in terms:
            compiled, data = await both_paths(demo_sessions, demo[username], (BENCH["search"], {"term": term}, None))

            # then both answered alike (asserted by both_paths), and the compiled path answered every one
            assert compiled, term
            found += len(data["customers"]["nodes"])
    assert found > len(terms)
