"""The per-request limits of `app.limits`, on a toy schema executed in-process."""

from __future__ import annotations

import enum
import json
import warnings
from collections import Counter
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import graphql
import pytest
import strawberry
from graphql import (
    ASTValidationRule,
    FieldNode,
    GraphQLError,
    InlineFragmentNode,
    OverlappingFieldsCanBeMergedRule,
    SelectionSetNode,
    ValidationRule,
    get_introspection_query,
    parse,
)
from strawberry.extensions import AddValidationRules, ValidationCache
from strawberry.types import ExecutionResult

from app.limits import (
    DEFAULT_COST_BUDGET,
    PublicError,
    QueryLimits,
    RequestGuard,
    limit_extensions,
    query_cost,
    viewer_is_staff,
)
from app.limits import cost as limits_cost
from app.limits import guard as limits_guard
from app.limits import walk as limits_walk

CALLS: Counter[str] = Counter()
T = TypeVar("T")


class InvalidCursor(ValueError):
    """Stands for an exception type of the app whose messages are meant for clients."""


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo


def connection(kind: str, first: int | None, make: Callable[[int], T]) -> Connection[T]:
    CALLS[kind] += 1
    size = 20 if first is None else first
    return Connection(edges=[Edge(node=make(i), cursor=str(i)) for i in range(size)],
                      page_info=PageInfo(has_next_page=False, end_cursor=None))


@strawberry.type
class Invoice:
    id: strawberry.ID
    number: str = "INV-1"
    status: str = "OPEN"
    total: int = 100
    due: str = "2026-01-01"


@strawberry.type
class Job:
    id: strawberry.ID
    title: str = "Window cleaning"
    status: str = "DONE"
    scheduled: str = "2026-01-01"
    notes: str = ""

    @strawberry.field
    def invoices(self, first: int | None = None, last: int | None = None) -> Connection[Invoice]:
        return connection("invoices", first, lambda i: Invoice(id=strawberry.ID(str(i))))


@strawberry.type
class Property:
    id: strawberry.ID
    address: str = "1 Main St"
    city: str = "Springfield"
    zip: str = "12345"
    notes: str = ""

    @strawberry.field
    def jobs(self, first: int | None = None) -> Connection[Job]:
        return connection("jobs", first, lambda i: Job(id=strawberry.ID(str(i))))


@strawberry.type
class Customer:
    id: strawberry.ID
    name: str = "Ada"
    email: str = "ada@example.com"
    phone: str = "+15550100"
    status: str = "ACTIVE"

    @strawberry.field
    def properties(self, first: int | None = None) -> Connection[Property]:
        return connection("properties", first, lambda i: Property(id=strawberry.ID(str(i))))


@strawberry.enum
class Colour(enum.Enum):
    RED = "RED"
    GREEN = "GREEN"


@strawberry.type
class Query:
    @strawberry.field
    def hello(self) -> str:
        CALLS["hello"] += 1
        return "hi"

    @strawberry.field
    def boom(self) -> str | None:
        CALLS["boom"] += 1
        raise RuntimeError("SELECT password_hash FROM users WHERE email = 'ada@example.com' -- hunter2")

    @strawberry.field
    def denied(self) -> str:
        raise PublicError("You may not see this invoice.", code="FORBIDDEN")

    @strawberry.field
    def coded(self) -> str:
        raise GraphQLError("That cursor is not ours.", extensions={"code": "BAD_USER_INPUT"})

    @strawberry.field
    def bad_cursor(self) -> str:
        raise InvalidCursor("Invalid cursor 'x': pass a cursor from a previous page.")

    @strawberry.field
    def colour(self, c: Colour) -> str:
        return c.value

    @strawberry.field
    def customers(self, first: int | None = None, last: int | None = None) -> Connection[Customer]:
        return connection("customers", first if first is not None else last,
                          lambda i: Customer(id=strawberry.ID(str(i))))


@strawberry.type
class Mutation:
    @strawberry.mutation
    def sign_in(self, email: str, code: str) -> bool:
        CALLS["signIn"] += 1
        return code == "123456"

    @strawberry.mutation
    def request_login_code(self, email: str) -> bool:
        CALLS["requestLoginCode"] += 1
        return True


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def count(self, to: int = 3) -> AsyncGenerator[int, None]:
        for i in range(to):
            yield i


@dataclass(frozen=True)
class Viewer:
    is_staff: bool = False


@dataclass
class Ctx:
    viewer: Viewer


STAFF = Ctx(Viewer(is_staff=True))
CLIENT = Ctx(Viewer(is_staff=False))


def make_schema(*, production: bool = True, limits: QueryLimits | None = None) -> strawberry.Schema:
    return strawberry.Schema(
        Query, Mutation, Subscription,
        extensions=limit_extensions(production=production, allow_introspection=viewer_is_staff, limits=limits,
                                    public_exception_types=(InvalidCursor,)),
    )


PRODUCTION = make_schema()
DEVELOPMENT = make_schema(production=False)


@pytest.fixture(autouse=True)
def _reset_calls() -> Iterator[None]:
    CALLS.clear()
    yield


async def run(query: str, *, schema: strawberry.Schema = PRODUCTION, context: Any = CLIENT,
              variables: dict[str, Any] | None = None, operation_name: str | None = None) -> ExecutionResult:
    return await schema.execute(query, variable_values=variables, context_value=context,
                                operation_name=operation_name)


def codes(result: ExecutionResult) -> list[str | None]:
    return [(error.extensions or {}).get("code") for error in result.errors or ()]


def body(result: ExecutionResult) -> str:
    """What the client receives, serialised."""
    return json.dumps({"data": result.data, "errors": [e.formatted for e in result.errors or ()],
                       "extensions": result.extensions})


PAGE = """
query Page {
  customers(first: 1) { edges { node { id name email phone status
    properties(first: %(properties)d) { edges { node { id address city zip notes
      jobs(first: 10) { edges { node { id title status scheduled notes
        invoices(first: 5) { edges { node { id number status total due } } %(page_info)s }
      } } %(page_info)s }
    } } %(page_info)s }
  } } %(page_info)s }
}
"""


def page(properties: int = 40, *, page_info: bool = False) -> str:
    info = "pageInfo { hasNextPage endCursor }" if page_info else ""
    return PAGE % {"properties": properties, "page_info": info}


# --- wiring ---------------------------------------------------------------------------------------------


def test_extensions_are_per_request_factories() -> None:
    extensions = limit_extensions(production=True, allow_introspection=viewer_is_staff)
    assert extensions and not any(isinstance(extension, strawberry.extensions.SchemaExtension)
                                  for extension in extensions)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strawberry warns when given shared instances
        schema = strawberry.Schema(Query, extensions=extensions)
    first, second = schema.get_extensions(), schema.get_extensions()
    assert [type(e) for e in first] == [type(e) for e in second]
    assert all(a is not b for a, b in zip(first, second, strict=True))
    assert any(isinstance(e, RequestGuard) for e in first)


class NoHelloRule(ValidationRule):
    def enter_field(self, node: FieldNode, *_args: Any) -> None:
        if node.name.value == "hello":
            self.report_error(GraphQLError("No hello today.", node))


async def test_other_extensions_keep_working_with_the_guard() -> None:
    # Rules added by another extension still run (the guard validates with the context's rules)...
    schema = strawberry.Schema(Query, extensions=[*limit_extensions(production=True,
                                                                    allow_introspection=viewer_is_staff),
                                                  lambda: AddValidationRules([NoHelloRule])])
    result = await schema.execute("{ hello }", context_value=CLIENT)
    assert result.errors and result.errors[0].message == "No hello today." and CALLS["hello"] == 0
    # ...and an extension that validated first (ValidationCache) does not let limits or the budget through.
    cached = strawberry.Schema(Query, extensions=[ValidationCache, *limit_extensions(
        production=True, allow_introspection=viewer_is_staff)])
    for _ in range(2):
        assert codes(await cached.execute(page(properties=80))) == ["QUERY_TOO_COSTLY"]
        aliases = "{ " + " ".join(f"a{i}: hello" for i in range(100)) + " }"
        assert codes(await cached.execute(aliases)) == ["TOO_MANY_ALIASES"]
    assert sum(CALLS.values()) == 0


async def test_plain_query_works_and_reports_its_cost() -> None:
    result = await run("{ hello }")
    assert result.errors is None and result.data == {"hello": "hi"}
    assert result.extensions == {"cost": {"requestedQueryCost": 1, "maximumAvailable": DEFAULT_COST_BUDGET}}


def test_sync_execution_works_too() -> None:
    result = PRODUCTION.execute_sync("{ hello }", context_value=CLIENT)
    assert result.errors is None and result.data == {"hello": "hi"}
    assert result.extensions is not None and result.extensions["cost"]["requestedQueryCost"] == 1


# --- aliases, operations, repeated fields, directives, tokens --------------------------------------------


async def test_alias_overloading_is_refused() -> None:
    query = "{ " + " ".join(f"a{i}: hello" for i in range(100)) + " }"
    result = await run(query)
    assert codes(result) == ["TOO_MANY_ALIASES"]
    assert "100 aliases" in result.errors[0].message  # type: ignore[index]
    assert CALLS["hello"] == 0
    fifteen = await run("{ " + " ".join(f"a{i}: hello" for i in range(15)) + " }")
    assert fifteen.errors is None


async def test_aliases_hidden_in_fragments_are_counted() -> None:
    aliases = " ".join(f"a{i}: name" for i in range(8))
    fragment = f"fragment G on CustomerConnection {{ edges {{ node {{ {aliases} }} }} }}"
    once = await run("{ customers { ...G ...G } } " + fragment)  # executed once: 8 aliases
    assert once.errors is None
    twice = await run("{ x: customers { ...G } y: customers { ...G } } " + fragment)  # 2 + 2 * 8
    assert codes(twice) == ["TOO_MANY_ALIASES"] and "18 aliases" in twice.errors[0].message  # type: ignore[index]


async def test_a_batch_of_ten_operations_in_one_document_is_refused() -> None:
    query = " ".join(f"query Q{i} {{ hello }}" for i in range(10))
    result = await run(query, operation_name="Q0")
    assert codes(result) == ["TOO_MANY_OPERATIONS"]
    assert CALLS["hello"] == 0
    five = await run(" ".join(f"query Q{i} {{ hello }}" for i in range(5)), operation_name="Q3")
    assert five.errors is None and five.data == {"hello": "hi"}


@dataclass
class Work:
    """What the guard did for the requests of one test: the rule sets it validated with, and the selection
    sets our memoised walk visited (one step each, see `app.limits.walk.selections`)."""

    validations: list[tuple[type[ASTValidationRule], ...]]
    steps: int = 0

    @property
    def specified_rules_ran(self) -> bool:
        return any(OverlappingFieldsCanBeMergedRule in rules for rules in self.validations)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Work:
    """Spies on our own guard: every `validate` pass it makes and every step of the fragment-memoised walk."""
    done = Work(validations=[])
    real_selections = limits_walk.selections

    def validate(*args: Any, **kwargs: Any) -> list[GraphQLError]:
        done.validations.append(tuple(args[2]))
        return graphql.validate(*args, **kwargs)

    def selections(selection_set: SelectionSetNode) -> Iterator[FieldNode | InlineFragmentNode | str]:
        done.steps += 1
        return real_selections(selection_set)

    monkeypatch.setattr(limits_guard, "validate", validate)
    for module in (limits_walk, limits_cost):
        monkeypatch.setattr(module, "selections", selections)
    return done


async def test_the_same_field_500_times_is_refused_cheaply(work: Work) -> None:
    # A scalar 500 times is only 502 tokens and costs 500: the repeated-field rule refuses it in the cheap
    # pass; graphql-core's quadratic OverlappingFieldsCanBeMergedRule never runs, nor does any resolver.
    result = await run("{ " + "hello " * 500 + "}")
    assert codes(result) == ["TOO_MANY_REPEATED_FIELDS"]
    assert "'hello' is selected 500 times" in result.errors[0].message  # type: ignore[index]
    assert len(work.validations) == 1 and not work.specified_rules_ran
    assert work.steps <= 4  # one selection set, walked once by each measure
    # With a selection it is over the token limit: refused while parsing, before any validation.
    result = await run("{ " + "customers { edges { node { id } } } " * 500 + "}")
    assert result.errors and "2000 tokens" in result.errors[0].message
    assert len(work.validations) == 1
    # Spread through 200 fragments, it is still the same field in one selection set: each fragment is
    # walked a bounded number of times, not once per spread per measure per selection set.
    work.steps = 0
    fragments = " ".join(f"fragment F{i} on Query {{ hello }}" for i in range(200))
    result = await run("{ " + " ".join(f"...F{i}" for i in range(200)) + " } " + fragments)
    assert codes(result) == ["TOO_MANY_REPEATED_FIELDS"]
    assert len(work.validations) == 2 and not work.specified_rules_ran
    assert work.steps <= 4 * (200 + 1)
    # Objects repeated (the quadratic rule's worst case): refused in the cheap pass too.
    result = await run("{ " + "customers(first: 1) { pageInfo { hasNextPage } } " * 150 + "}")
    assert codes(result) == ["TOO_MANY_REPEATED_FIELDS"]
    assert len(work.validations) == 3 and not work.specified_rules_ran
    assert CALLS["hello"] == 0 and CALLS["customers"] == 0


def doubling_chain(k: int) -> str:
    """F0 spreads F1 twice, F1 spreads F2 twice, ...: 2**k paths to `hello` when expanded naively."""
    fragments = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(k))
    return "{ ...F0 } " + fragments + f" fragment F{k} on Query {{ hello }}"


async def test_a_chain_of_doubling_fragments_takes_linear_work(work: Work) -> None:
    # strawberry's own MaxAliasesLimiter and QueryDepthLimiter walk all 2**k paths; ours memoise each
    # fragment, so each link of the chain adds the same fixed number of steps for every k.
    steps: dict[int, int] = {}
    for k in (0, 30, 60):
        work.steps = 0
        result = await run(doubling_chain(k))
        assert result.errors is None and result.data == {"hello": "hi"}
        steps[k] = work.steps
    per_link = (steps[30] - steps[0]) // 30
    assert 0 < per_link <= 5  # each measure (depth, aliases, repeats, cost) visits a fragment once or twice
    assert steps[60] == steps[0] + 60 * per_link


async def test_a_directive_repeated_on_one_field_is_refused_with_one_error() -> None:
    twice = await run("{ hello @include(if: true) @include(if: true) }")
    assert codes(twice) == ["REPEATED_DIRECTIVE"]
    assert twice.errors[0].message == "The directive '@include' can only be used once at this location."  # type: ignore[index]
    # graphql-cop's directive overloading: ten unknown directives on one field are one error, not ten.
    cop = await run("query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }", operation_name="cop")
    assert codes(cop) == ["REPEATED_DIRECTIVE"] and "'@aa'" in cop.errors[0].message  # type: ignore[index]
    # One error per location that repeats, however many copies.
    two_places = await run("{ a: hello " + "@aa " * 30 + " b: hello " + "@skip(if: false) " * 3 + "}")
    assert codes(two_places) == ["REPEATED_DIRECTIVE", "REPEATED_DIRECTIVE"]
    many = await run("{ hello " + "@include(if: true) " * 100 + "}")
    assert codes(many) == ["REPEATED_DIRECTIVE", "TOO_MANY_DIRECTIVES"]
    aliased = " ".join(f"a{i}: hello @skip(if: false) @include(if: true)" for i in range(15))
    spread_out = await run("{ " + aliased + " " + "__typename @skip(if: false) " * 25 + "}")
    assert codes(spread_out) == ["TOO_MANY_DIRECTIVES"]
    assert CALLS["hello"] == 0


async def test_validation_errors_are_capped() -> None:
    # Twenty unknown fields: the first five errors, then one saying validation stopped.
    result = await run("{ " + " ".join(f"f{i}" for i in range(20)) + " }")
    messages = [error.message for error in result.errors or ()]
    assert len(messages) == QueryLimits().max_validation_errors + 1 == 6
    assert messages[-1] == "Too many validation errors, error limit reached. Validation aborted."


async def test_parse_limits() -> None:
    result = await run("{ " + "hello " * 2_100 + "}")
    assert result.errors and "2000 tokens" in result.errors[0].message
    result = await run("{ hello }" + " " * 100_001)
    assert result.errors and "100000" in result.errors[0].message
    result = await run("{ hello }\n" + "# comment\n" * 201)
    assert result.errors and "comments" in result.errors[0].message
    assert CALLS["hello"] == 0


# --- depth and introspection -----------------------------------------------------------------------------


def nested_introspection(levels: int) -> str:
    query = "name"
    for _ in range(levels):
        query = f"fields {{ type {{ {query} }} }}"
    return f"{{ __schema {{ types {{ {query} }} }} }}"


async def test_deep_circular_introspection_is_refused_even_for_staff() -> None:
    result = await run(nested_introspection(10), context=STAFF)  # depth 21
    assert "QUERY_TOO_DEEP" in codes(result)
    result = await run(nested_introspection(10), schema=DEVELOPMENT, context=None)
    assert "QUERY_TOO_DEEP" in codes(result)
    # Shallow enough for the depth limit, but three nested lists of __Type: graphql-core's introspection rule.
    result = await run(nested_introspection(3), context=STAFF)
    assert result.errors and result.errors[0].message == "Maximum introspection depth exceeded"


async def test_depth_counts_relay_levels() -> None:
    deep = "id"
    for field in ("invoices", "jobs", "properties", "customers"):
        deep = f"{field}(first: 1) {{ edges {{ node {{ {deep} }} }} }}"
    assert (await run("{ " + deep + " }")).errors is None  # depth 12
    exactly = await run("{ " + deep + " }", schema=make_schema(limits=QueryLimits(max_depth=12)))
    assert exactly.errors is None
    result = await run("{ " + deep + " }", schema=make_schema(limits=QueryLimits(max_depth=11)))
    assert codes(result) == ["QUERY_TOO_DEEP"]
    assert CALLS["customers"] == 2


async def test_introspection_only_for_staff_in_production() -> None:
    query = get_introspection_query(descriptions=True)  # depth 14: fits the limit of 15
    refused = await run(query, context=CLIENT)
    assert codes(refused) == ["INTROSPECTION_DISABLED"] and refused.data is None
    assert codes(await run('{ __type(name: "Query") { name } }', context=None)) == ["INTROSPECTION_DISABLED"]
    allowed = await run(query, context=STAFF)
    assert allowed.errors is None and allowed.data
    assert allowed.data["__schema"]["queryType"]["name"] == "Query"
    typename = await run("{ __typename hello }", context=CLIENT)
    assert typename.errors is None and typename.data == {"__typename": "Query", "hello": "hi"}
    development = await run(query, schema=DEVELOPMENT, context=None)
    assert development.errors is None


async def test_a_broken_introspection_predicate_fails_closed() -> None:
    def broken(_: Any) -> bool:
        raise KeyError("viewer")

    extensions = limit_extensions(production=True, allow_introspection=broken)
    schema = strawberry.Schema(Query, extensions=extensions)
    result = await schema.execute("{ __schema { queryType { name } } }")
    assert codes(result) == ["INTROSPECTION_DISABLED"]


# --- errors in production ----------------------------------------------------------------------------------


async def test_unexpected_errors_are_masked_in_production() -> None:
    result = await run("{ boom hello }")
    assert CALLS["boom"] == 1
    assert result.data == {"boom": None, "hello": "hi"}
    assert [e.message for e in result.errors or ()] == ["Unexpected error."]
    assert codes(result) == ["INTERNAL_SERVER_ERROR"]
    text = body(result)
    for leak in ("SELECT", "password", "hunter2", "RuntimeError", "Traceback", "ada@example.com"):
        assert leak not in text
    shown = await run("{ boom }", schema=DEVELOPMENT)
    assert shown.errors and "SELECT password_hash" in shown.errors[0].message


async def test_deliberate_public_errors_pass_through() -> None:
    denied = await run("{ denied }")
    assert denied.errors and denied.errors[0].message == "You may not see this invoice."
    assert codes(denied) == ["FORBIDDEN"]
    coded = await run("{ coded }")
    assert coded.errors and coded.errors[0].message == "That cursor is not ours."
    assert codes(coded) == ["BAD_USER_INPUT"]
    listed = await run("{ badCursor }")  # an app exception type passed as public_exception_types
    assert listed.errors and listed.errors[0].message.startswith("Invalid cursor 'x'")
    assert PublicError("x", code="INVOICE_PAID").extensions == {"code": "INVOICE_PAID"}
    assert PublicError("x").extensions == {"code": "BAD_REQUEST"}


async def test_no_did_you_mean_in_production() -> None:
    result = await run("{ helo }")
    assert result.errors and result.errors[0].message == "Cannot query field 'helo' on type 'Query'."
    coerced = await run("query ($c: Colour!) { colour(c: $c) }", variables={"c": "REDD"})
    assert coerced.errors and "REDD" in coerced.errors[0].message
    argument = await run("{ customers(frist: 2) { __typename } }")
    for error in (*result.errors, *coerced.errors, *(argument.errors or ())):
        assert "Did you mean" not in error.message
    development = await run("{ helo }", schema=DEVELOPMENT)
    assert development.errors and "Did you mean 'hello'?" in development.errors[0].message


# --- cost ---------------------------------------------------------------------------------------------------


def cost(query: str, variables: dict[str, Any] | None = None, operation_name: str | None = None) -> int:
    return query_cost(PRODUCTION._schema, parse(query), operation_name=operation_name, variables=variables)


def test_cost_model() -> None:
    connection_of_ids = "customers%s { edges { node { id } } }"
    assert cost("{ hello }") == 1
    assert cost("{ " + connection_of_ids % "(first: 7)" + " }") == 1 + 7 * 3
    assert cost("{ " + connection_of_ids % "" + " }") == 1 + 20 * 3  # default page size
    assert cost("{ " + connection_of_ids % "(last: 4)" + " }") == 1 + 4 * 3
    assert cost("{ " + connection_of_ids % "(first: 2, last: 9)" + " }") == 1 + 9 * 3
    assert cost("{ " + connection_of_ids % "(first: null)" + " }") == 1 + 20 * 3
    variable = "query ($n: Int) { " + connection_of_ids % "(first: $n)" + " }"
    assert cost(variable, {"n": 7}) == 1 + 7 * 3
    assert cost(variable, {}) == 1 + 20 * 3
    assert cost(variable.replace("$n: Int", "$n: Int = 3"), {}) == 1 + 3 * 3
    assert cost(variable.replace("$n: Int", "$n: Int = 3"), {"n": 5}) == 1 + 5 * 3
    assert cost(variable.replace("$n: Int", "$n: Int = 3"), {"n": None}) == 1 + 20 * 3  # null, not 3
    assert cost(variable, {"n": -1}) == 1 + 20 * 3  # refused at execution anyway
    fragment = "{ ...C } fragment C on Query { " + connection_of_ids % "(first: 2)" + " }"
    assert cost(fragment) == 1 + 2 * 3
    two = "query A { hello } query B { " + connection_of_ids % "(first: 2)" + " }"
    assert cost(two, operation_name="A") == 1 and cost(two, operation_name="B") == 7
    assert cost(nested_introspection(2)) == 2 + 2 * 2 + 1
    huge = "id"
    for field in ("invoices", "jobs", "properties", "customers"):
        huge = f"{field}(first: 999999999) {{ edges {{ node {{ {huge} }} }} }}"
    huge = "{ " + huge + " }"
    assert cost(huge) == 10**12  # saturates


async def test_the_property_manager_page_fits_the_budget() -> None:
    result = await run(page())
    assert result.errors is None
    assert result.extensions == {"cost": {"requestedQueryCost": 17_529, "maximumAvailable": 30_000}}
    assert result.data is not None
    properties = result.data["customers"]["edges"][0]["node"]["properties"]["edges"]
    assert len(properties) == 40 and CALLS["invoices"] == 400
    with_page_info = await run(page(page_info=True))
    assert with_page_info.errors is None
    assert with_page_info.extensions and with_page_info.extensions["cost"]["requestedQueryCost"] == 24_852


async def test_over_budget_is_refused_before_any_resolver_runs() -> None:
    result = await run(page(properties=80))
    assert codes(result) == ["QUERY_TOO_COSTLY"]
    assert result.data is None
    message = result.errors[0].message  # type: ignore[index]
    assert "35049" in message and "30000" in message
    assert result.extensions == {"cost": {"requestedQueryCost": 35_049, "maximumAvailable": 30_000}}
    assert sum(CALLS.values()) == 0
    by_variable = await run("query ($n: Int!) { customers(first: $n) { edges { node { properties(first: $n) "
                            "{ edges { node { id } } } } } } }", variables={"n": 1000})
    assert codes(by_variable) == ["QUERY_TOO_COSTLY"]
    assert sum(CALLS.values()) == 0


async def test_subscriptions_are_limited_too() -> None:
    stream = await PRODUCTION.subscribe("subscription { count(to: 2) }", context_value=CLIENT)
    items = [item async for item in stream]
    assert [item.data for item in items] == [{"count": 0}, {"count": 1}]
    assert items[0].extensions == {"cost": {"requestedQueryCost": 1, "maximumAvailable": DEFAULT_COST_BUDGET}}
    stingy = make_schema(limits=QueryLimits(cost_budget=0))
    refused = await stingy.subscribe("subscription { count }", context_value=CLIENT)
    results = [item async for item in refused]
    assert len(results) == 1 and codes(results[0]) == ["QUERY_TOO_COSTLY"]


# --- sign-in ------------------------------------------------------------------------------------------------


def sign_in(code: str, alias: str = "") -> str:
    return f'{alias}signIn(email: "ada@example.com", code: "{code}")'


def mutation(*fields: str, name: str = "") -> str:
    return f"mutation {name} {{ " + " ".join(fields) + " }"


async def test_two_sign_in_aliases_are_refused() -> None:
    result = await run(mutation(sign_in("111111", "a: "), sign_in("222222", "b: ")))
    assert codes(result) == ["TOO_MANY_SIGN_IN_ATTEMPTS"]
    assert "signIn" in result.errors[0].message  # type: ignore[index]
    assert CALLS["signIn"] == 0
    one = await run(mutation(sign_in("123456")))
    assert one.errors is None and one.data == {"signIn": True} and CALLS["signIn"] == 1


REQUEST_CODE = 'requestLoginCode(email: "a@b.c")'


@pytest.mark.parametrize("query", [
    mutation(REQUEST_CODE, sign_in("1")),
    mutation(sign_in("1"), "... on Mutation { " + sign_in("2", "x: ") + " }"),
    mutation("...S ...T") + " fragment S on Mutation { " + sign_in("1") + " } fragment T on Mutation { "
    + sign_in("2", "y: ") + " }",
    mutation(sign_in("1"), name="A") + " " + mutation(sign_in("2"), name="B"),
    mutation("a: " + REQUEST_CODE, name="A") + " " + mutation("b: " + REQUEST_CODE, name="B"),
])
async def test_sign_in_attempts_cannot_be_multiplied(query: str) -> None:
    result = await run(query, operation_name="A" if "mutation A" in query else None)
    assert codes(result) == ["TOO_MANY_SIGN_IN_ATTEMPTS"]
    assert CALLS["signIn"] == CALLS["requestLoginCode"] == 0


async def test_sign_in_field_names_are_a_parameter() -> None:
    schema = make_schema(limits=QueryLimits(sign_in_fields=frozenset({"requestLoginCode"})))
    allowed = await run(mutation(sign_in("1", "a: "), sign_in("2", "b: ")), schema=schema)
    assert allowed.errors is None
    refused = await run(mutation("a: " + REQUEST_CODE, "b: " + REQUEST_CODE), schema=schema)
    assert codes(refused) == ["TOO_MANY_SIGN_IN_ATTEMPTS"]
