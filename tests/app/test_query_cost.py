"""The cost budget on the real schema: every document the portal sends fits it, and a costlier one is refused.

The documents are read from the portal's sources (`graphql(`…`)` in `portal-web/src/**/*.ts*`), so a page
that starts asking for more than the budget allows fails here, not in a user's browser. The cost of a
document depends on it and its variables only, not on who sends it; each document is priced with the
largest variables any viewer kind can send (a page-size variable at the API's page cap).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    ArgumentNode,
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLSchema,
    OperationDefinitionNode,
    VariableNode,
    Visitor,
    parse,
    specified_rules,
    validate,
    visit,
)

from app.limits import DEFAULT_COST_BUDGET, QueryLimits, limit_extensions, query_cost, viewer_is_staff
from app.limits.rules import structural_rules
from app.settings import Settings
from schema import build_schema

PORTAL_SOURCES = Path(__file__).resolve().parents[2] / "portal-web" / "src"
DOCUMENT = re.compile(r"\bgraphql\(\s*`(?P<text>[^`]*)`\s*\)")
PAGE_CAP: int = Settings.model_fields["max_page_size"].default
"""The largest page the API serves; a client asking for more is refused, so no page variable exceeds it."""

SCHEMA = build_schema()
PRODUCTION = build_schema(extensions=limit_extensions(production=True, allow_introspection=viewer_is_staff))


def portal_documents() -> dict[str, str]:
    """Every operation the portal sends, by `file:operation`, with the fragments it spreads (as the client sends it).

    A `graphql(`…`)` text is either operations or shared fragments (the generated `src/gql/` only repeats them).
    """
    texts: list[tuple[Path, str]] = []
    fragments: dict[str, str] = {}
    for path in sorted(PORTAL_SOURCES.rglob("*.ts*")):
        relative = path.relative_to(PORTAL_SOURCES)
        if relative.parts[0] == "gql":
            continue
        for match in DOCUMENT.finditer(path.read_text(encoding="utf-8")):
            text = match.group("text")
            definitions = parse(text).definitions
            if all(isinstance(definition, FragmentDefinitionNode) for definition in definitions):
                fragments.update((definition.name.value, text) for definition in definitions
                                 if isinstance(definition, FragmentDefinitionNode))
            else:
                texts.append((relative, text))
    found: dict[str, str] = {}
    for relative, text in texts:
        for operation in parse(text).definitions:
            assert isinstance(operation, OperationDefinitionNode) and operation.name, (relative, text)
            found[f"{relative.as_posix()}:{operation.name.value}"] = with_fragments(text, fragments)
    return found


def with_fragments(text: str, fragments: dict[str, str]) -> str:
    """The operation's text followed by every shared fragment it spreads, directly or through another fragment."""
    needed: list[str] = []
    pending = [text]
    while pending:
        for spread in re.findall(r"\.\.\.\s*(\w+)", pending.pop()):
            if spread in fragments and fragments[spread] not in needed and spread != "on":
                needed.append(fragments[spread])
                pending.append(fragments[spread])
    return "\n".join([text, *needed])


DOCUMENTS = portal_documents()


def costliest_variables(document: DocumentNode, page_arguments: tuple[str, ...]) -> dict[str, Any]:
    """Every variable passed as a page size set to the page cap: the most any viewer kind can ask for."""
    paging: set[str] = set()

    class PageVariables(Visitor):
        def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
            if node.name.value in page_arguments and isinstance(node.value, VariableNode):
                paging.add(node.value.name.value)

    visit(document, PageVariables())
    return dict.fromkeys(sorted(paging), PAGE_CAP)


def price(schema: GraphQLSchema, text: str, variables: dict[str, Any] | None = None) -> int:
    return query_cost(schema, parse(text), variables=variables)


def test_the_portal_documents_are_found() -> None:
    # One per `graphql(`…`)` call of the portal: pages, components, sign-in, subscriptions.
    names = {key.rsplit(":", 1)[1] for key in DOCUMENTS}
    assert {"Viewer", "SignIn", "Jobs", "Invoices", "ClientDashboard", "FieldToday", "OfficeCustomers",
            "JobStatusChanged", "NotificationReceived"} <= names
    assert len(DOCUMENTS) >= 25


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_every_portal_document_passes_the_limits_and_fits_the_budget(key: str) -> None:
    document = parse(DOCUMENTS[key])
    limits = QueryLimits()
    # valid on the real schema, and within every structural limit of the production endpoint
    assert validate(SCHEMA._schema, document, (*structural_rules(limits), *specified_rules)) == []
    # and within budget with the largest page sizes any viewer may ask for
    variables = costliest_variables(document, limits.page_arguments)
    cost = query_cost(SCHEMA._schema, document, variables=variables)
    assert 0 < cost <= limits.cost_budget, (key, variables, cost)


def test_a_page_variable_is_priced_at_the_value_sent() -> None:
    jobs = next(text for key, text in DOCUMENTS.items() if key.endswith(":Jobs"))
    assert costliest_variables(parse(jobs), ("first", "last")) == {"first": PAGE_CAP}
    # each job node's fields are paid once per job asked for
    one, many = price(SCHEMA._schema, jobs, {"first": 1}), price(SCHEMA._schema, jobs, {"first": PAGE_CAP})
    assert many - 1 == (one - 1) * PAGE_CAP


def test_cost_model_on_the_real_schema() -> None:
    schema = SCHEMA._schema
    ids = "customers%s { nodes { id } }"
    assert price(schema, "{ viewer { authenticated } }") == 2
    assert price(schema, "{ " + ids % "(first: 7)" + " }") == 1 + 7 * 2
    assert price(schema, "{ " + ids % "" + " }") == 1 + 20 * 2  # the default page size
    variable = "query ($n: Int = 3) { " + ids % "(first: $n)" + " }"
    assert price(schema, variable) == 1 + 3 * 2
    assert price(schema, variable, {"n": 5}) == 1 + 5 * 2
    assert price(schema, variable, {"n": None}) == 1 + 20 * 2  # null asks for the default page, not 3
    nested = "{ customers(first: 10) { nodes { properties(first: 10) { nodes { jobs(first: 10) { totalCount } } } } } }"
    assert price(schema, nested) == 1 + 10 * (1 + 1 + 10 * (1 + 1 + 10 * 1))


async def test_a_document_over_the_budget_is_refused_before_execution() -> None:
    # The Properties page, if it listed every job of every property with its lines: 100 × 100 jobs.
    properties = next(text for key, text in DOCUMENTS.items() if key.endswith(":Properties"))
    greedy = properties.replace("jobs(first: 1) { totalCount }",
                                "jobs(first: 100) { nodes { id status scheduledStart services { id description } } }")
    assert greedy != properties
    variables = costliest_variables(parse(greedy), QueryLimits().page_arguments)  # the page reads 100 a page
    cost = price(SCHEMA._schema, greedy, variables)
    assert cost > DEFAULT_COST_BUDGET
    # when it is sent to the production schema (no context: nothing may need one before execution)
    result = await PRODUCTION.execute(greedy, variable_values=variables)
    # then it is refused with its price, and nothing ran
    assert result.data is None
    assert [(error.extensions or {}).get("code") for error in result.errors or ()] == ["QUERY_TOO_COSTLY"]
    assert result.extensions == {"cost": {"requestedQueryCost": cost, "maximumAvailable": DEFAULT_COST_BUDGET}}


def test_the_costliest_portal_document_leaves_headroom() -> None:
    limits = QueryLimits()
    costs = {key: query_cost(SCHEMA._schema, parse(text), variables=costliest_variables(parse(text),
                                                                                         limits.page_arguments))
             for key, text in DOCUMENTS.items()}
    # the budget is not tuned to the portal: the heaviest page could grow by half and still fit
    assert max(costs.values()) * 3 // 2 <= limits.cost_budget, max(costs.items(), key=lambda item: item[1])

