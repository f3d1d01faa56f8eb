"""Documents parsed, validated and priced once (`app.limits.documents`), with the same verdicts as without.

The toy schema of `test_graphql_limits`, with a `DocumentCache`: counts of the work done, never durations.
Whatever depends on the viewer or on the variables is still decided per request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import graphql
import pytest
import strawberry
from graphql import GraphQLError, get_introspection_query
from strawberry.types import ExecutionResult

from app.limits import DocumentCache, QueryLimits, limit_extensions, viewer_is_staff
from app.limits import guard as limits_guard
from schema import build_schema
from tests.app.test_graphql_limits import CALLS, CLIENT, STAFF, Mutation, Query, Subscription, codes, page

PAGE_BY_VARIABLE = "query Page($n: Int) { customers(first: $n) { edges { node { properties(first: $n) " \
                   "{ edges { node { id } } } } } } }"


def cached_schema(cache: DocumentCache, *, production: bool = True,
                  limits: QueryLimits | None = None) -> strawberry.Schema:
    return strawberry.Schema(Query, Mutation, Subscription, extensions=limit_extensions(
        production=production, allow_introspection=viewer_is_staff, limits=limits, documents=cache))


@pytest.fixture(autouse=True)
def _reset_calls() -> Iterator[None]:
    CALLS.clear()
    yield


@pytest.fixture
def cache() -> DocumentCache:
    return DocumentCache()


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every `validate` pass the guard really makes (one item each)."""
    passes: list[int] = []

    def validate(*args: Any, **kwargs: Any) -> list[GraphQLError]:
        passes.append(1)
        return graphql.validate(*args, **kwargs)

    monkeypatch.setattr(limits_guard, "validate", validate)
    return passes


async def run(schema: strawberry.Schema, query: str, *, context: Any = CLIENT,
              variables: dict[str, Any] | None = None) -> ExecutionResult:
    return await schema.execute(query, variable_values=variables, context_value=context)


async def test_two_identical_requests_are_parsed_validated_and_priced_once(
        cache: DocumentCache, validations: list[int]) -> None:
    # Given a schema with a document cache
    schema = cached_schema(cache)
    # When the same document is sent twice
    first = await run(schema, page(properties=3))
    second = await run(schema, page(properties=3))
    # Then both are answered alike, and the work was done once: one parse, the cheap and the specified
    # validation passes once each, one costing
    assert first.errors is None and second.errors is None and first.data == second.data
    assert first.extensions == second.extensions
    assert (cache.parses, cache.validations, cache.costings) == (1, 2, 1)
    assert len(validations) == 2
    assert CALLS["customers"] == 2  # executed twice, of course


async def test_a_cached_document_is_refused_for_a_viewer_who_may_not_introspect(cache: DocumentCache) -> None:
    # Given a production schema with a cache, and the introspection query already validated for staff
    schema = cached_schema(cache)
    query = get_introspection_query(descriptions=False)
    assert (await run(schema, query, context=STAFF)).errors is None
    # When a client sends the same text
    refused = await run(schema, query, context=CLIENT)
    # Then the staff verdict is not reused: the client's rule set is validated and refuses it
    assert codes(refused) == ["INTROSPECTION_DISABLED"] and refused.data is None
    assert cache.parses == 1 and cache.validations == 3  # structural once, specified once per rule set
    # And both verdicts stay right when asked again, from the cache
    assert codes(await run(schema, query, context=CLIENT)) == ["INTROSPECTION_DISABLED"]
    assert (await run(schema, query, context=STAFF)).errors is None
    assert cache.validations == 3


async def test_the_cost_follows_the_page_size_variables(cache: DocumentCache) -> None:
    # Given a document whose page sizes come from a variable, priced once with a small page
    schema = cached_schema(cache)
    small = await run(schema, PAGE_BY_VARIABLE, variables={"n": 2})
    assert small.errors is None and small.extensions == {"cost": {"requestedQueryCost": 19,
                                                                  "maximumAvailable": 30_000}}
    # When the same document asks for a page size over the budget
    costly = await run(schema, PAGE_BY_VARIABLE, variables={"n": 1000})
    # Then it is priced again and refused before any resolver runs
    assert codes(costly) == ["QUERY_TOO_COSTLY"] and CALLS["customers"] == 1
    # And the small page is still answered from the cached cost
    again = await run(schema, PAGE_BY_VARIABLE, variables={"n": 2})
    assert again.errors is None and again.extensions == small.extensions
    assert cache.costings == 2 and cache.validations == 2


async def test_a_missing_page_variable_and_an_explicit_null_are_priced_apart(cache: DocumentCache) -> None:
    # Given a page-size variable with a default in the document
    schema = cached_schema(cache)
    query = "query ($n: Int = 3) { customers(first: $n) { edges { node { id } } } }"
    # When it is left out, then set to null
    missing = await run(schema, query, variables={})
    null = await run(schema, query, variables={"n": None})
    # Then the first is priced at the document's default (3), the second at the schema's (20)
    assert missing.extensions and missing.extensions["cost"]["requestedQueryCost"] == 1 + 3 * 3
    assert null.extensions and null.extensions["cost"]["requestedQueryCost"] == 1 + 20 * 3


async def test_other_variables_do_not_price_again(cache: DocumentCache) -> None:
    # Given a document whose only variable is not a page size
    schema = cached_schema(cache)
    query = "query ($c: Colour!) { colour(c: $c) customers(first: 2) { edges { node { id } } } }"
    # When it is sent with different values
    red = await run(schema, query, variables={"c": "RED"})
    green = await run(schema, query, variables={"c": "GREEN"})
    # Then each gets its own answer, from one costing
    assert red.data and red.data["colour"] == "RED" and green.data and green.data["colour"] == "GREEN"
    assert cache.costings == 1


async def test_limits_still_refuse_from_the_cache(cache: DocumentCache) -> None:
    # Given documents over the limits, each sent twice to a cached schema
    schema = cached_schema(cache)
    aliases = "{ " + " ".join(f"a{i}: hello" for i in range(100)) + " }"
    for _ in range(2):
        # Then each is refused every time, with the same code, and no resolver runs
        assert codes(await run(schema, aliases)) == ["TOO_MANY_ALIASES"]
        assert codes(await run(schema, page(properties=80))) == ["QUERY_TOO_COSTLY"]
        assert codes(await run(schema, "{ helo }")) == [None]
    assert sum(CALLS.values()) == 0
    assert cache.parses == 3


async def test_a_document_that_does_not_parse_is_refused_every_time(cache: DocumentCache) -> None:
    # Given a cached schema and a text with too many tokens
    schema = cached_schema(cache, limits=QueryLimits(max_tokens=10))
    text = "{ " + "hello " * 20 + "}"
    for _ in range(2):
        # When it is sent, then it is refused by the parser, and nothing is kept for it
        result = await run(schema, text)
        assert result.errors and "10 tokens" in result.errors[0].message
    assert len(cache) == 0


async def test_the_cache_is_bounded(cache: DocumentCache) -> None:
    # Given a cache of two documents, and documents longer than it keeps
    small = DocumentCache(max_documents=2, max_length=200)
    schema = cached_schema(small)
    # When four documents are sent, one of them long
    for query in ("{ hello }", "{ a: hello }", "{ b: hello }", "{ " + "hello " * 50 + "}"):
        assert (await run(schema, query)).errors is None
    # Then only the two most recent short ones are kept, and the first is parsed again when it comes back
    assert len(small) == 2
    await run(schema, "{ hello }")
    assert small.parses == 5


async def test_the_variables_are_still_checked_on_every_request(cache: DocumentCache) -> None:
    # Given the real schema with a cache, and a search document
    schema = build_schema(extensions=limit_extensions(production=True, allow_introspection=viewer_is_staff,
                                                      documents=cache))
    query = "query ($term: String) { customers(search: $term, first: 1) { totalCount } }"
    # When it is sent twice with variables the input guard refuses
    long = await run(schema, query, variables={"term": "x" * 300})
    nul = await run(schema, query, variables={"term": "a\x00b"})
    # Then each request is refused for its own variable, though the document was validated once
    assert codes(long) == ["BAD_USER_INPUT"] and "300 characters" in long.errors[0].message  # type: ignore[index]
    assert codes(nul) == ["BAD_USER_INPUT"] and "NUL" in nul.errors[0].message  # type: ignore[index]
    assert cache.parses == 1 and cache.validations == 2


async def test_the_input_guard_walks_a_cached_document_once(cache: DocumentCache,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the real schema with a cache, and a spy on the input guard's walks of documents
    from schema import input_guard

    walks: list[int] = []

    def visit(*args: Any, **kwargs: Any) -> Any:
        walks.append(1)
        return graphql.visit(*args, **kwargs)

    monkeypatch.setattr(input_guard, "visit", visit)
    schema = build_schema(extensions=limit_extensions(production=True, allow_introspection=viewer_is_staff,
                                                      documents=cache))
    query = 'query ($term: String) { customers(search: $term, first: 1) { totalCount } a: customers(search: "' \
            + "y" * 250 + '", first: 1) { totalCount } }'
    # When the same document comes twice, with a variable over its cap the second time
    literal = await run(schema, query, variables={"term": "fine"})
    variable = await run(schema, query, variables={"term": "x" * 300})
    # Then the first is refused for its literal and the second for its variable (checked first), and the document
    # was walked for its literals and capped variables once
    assert codes(literal) == ["BAD_USER_INPUT"] and "A string in the query" not in literal.errors[0].message  # type: ignore[index]
    assert "Argument 'search'" in literal.errors[0].message  # type: ignore[index]
    assert "Variable $term" in variable.errors[0].message  # type: ignore[index]
    assert len(walks) == 2
