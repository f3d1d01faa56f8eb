"""Text and ids a request may carry, checked once for every operation before any resolver runs.

Every string in the request, in the document's literals and in the variables alike, must be text
PostgreSQL and JSON can hold and of a reasonable length:

* no NUL character (PostgreSQL text can't hold it) and no lone surrogate (it is not Unicode text);
* at most `MAX_TEXT_LENGTH` characters; the arguments in `SHORT_ARGUMENTS` (searches) fewer;
* an `ID` that decodes to a numeric database id must fit in 64 bits (a larger one can name nothing, and
  would fail in the database); ids in range that name nothing stay the resolvers' "not found".

A request that breaks a rule is refused whole with one clear GraphQL error (`extensions.code` BAD_USER_INPUT,
the place in the request, never the value) and nothing runs. Decimal inputs are bounded by the `Decimal`
scalar itself (`schema.common.BOUNDED_DECIMAL`).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    GraphQLError,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    OperationDefinitionNode,
    StringValueNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    VisitorAction,
    type_from_ast,
    visit,
)
from strawberry.extensions import SchemaExtension
from strawberry.relay.utils import from_base64

from schema.relay import fits_bigint

MAX_TEXT_LENGTH = 10_000
"""Characters in any one string of a request (notes, names, reasons); longer text is refused."""
SHORT_ARGUMENTS: Mapping[str, int] = {"search": 200}
"""Arguments (by name, on any field) whose strings are capped lower: a search needs a few words."""
CODE = "BAD_USER_INPUT"

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(value: str, limit: int = MAX_TEXT_LENGTH) -> str | None:
    """Why `value` can't be taken as text, for a person; None when it can."""
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} are allowed"
    if "\x00" in value:
        return "contains a NUL character (\\u0000), which text may not contain"
    if _LONE_SURROGATE.search(value):
        return "contains a lone surrogate (half of a UTF-16 pair), which is not valid Unicode text"
    return None


def id_problem(value: str) -> str | None:
    """Why an `ID` can name nothing: its numeric part is beyond 64 bits. Other ids are left to the resolvers."""
    try:
        _type_name, node_id = from_base64(value)
    except (ValueError, TypeError):
        return None
    digits = node_id.removeprefix("-")
    if digits.isascii() and digits.isdigit() and (len(digits) > 19 or not fits_bigint(int(node_id))):
        return "is not a valid id (its number is out of range)"
    return None


def _error(where: str, problem: str, nodes: Any = None) -> GraphQLError:
    return GraphQLError(f"{where} {problem}.", nodes, extensions={"code": CODE})


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string in a JSON value (keys too) with its path, without recursion (the value may be deep)."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, Mapping):
            for key, child in item.items():
                if isinstance(key, str):
                    yield where, key
                stack.append((child, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{index}]") for index, child in enumerate(item))


def _ids(value: Any, type_: GraphQLInputType, path: str) -> Iterator[tuple[str, str]]:
    """The `ID` strings in a variable's value, following its input type."""
    stack: list[tuple[Any, GraphQLInputType, str]] = [(value, type_, path)]
    while stack:
        item, item_type, where = stack.pop()
        if isinstance(item_type, GraphQLNonNull):
            stack.append((item, item_type.of_type, where))
        elif isinstance(item_type, GraphQLList):
            items = item if isinstance(item, list) else [item]
            stack.extend((child, item_type.of_type, f"{where}[{index}]") for index, child in enumerate(items))
        elif isinstance(item_type, GraphQLInputObjectType) and isinstance(item, Mapping):
            for name, field in item_type.fields.items():
                if name in item:
                    stack.append((item[name], field.type, f"{where}.{name}"))
        elif item_type is GraphQLID and isinstance(item, str):
            yield where, item


class _LiteralRule(Visitor):
    """Finds the first bad string literal (and `ID` literal) in a document, with the input types known."""

    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.error: GraphQLError | None = None

    def enter_argument(self, node: ArgumentNode, *_args: Any) -> VisitorAction:
        limit = SHORT_ARGUMENTS.get(node.name.value)
        if limit is not None and isinstance(node.value, StringValueNode):
            problem = text_problem(node.value.value, limit)
            if problem:
                self.error = _error(f"Argument '{node.name.value}'", problem, node)
                return self.BREAK
        return None

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> VisitorAction:
        problem = text_problem(node.value)
        input_type = self.type_info.get_input_type()
        if problem is None and input_type is not None and _named(input_type) is GraphQLID:
            problem = id_problem(node.value)
        if problem:
            self.error = _error("A string in the query", problem, node)
            return self.BREAK
        return None


def _named(type_: GraphQLInputType) -> Any:
    while isinstance(type_, (GraphQLNonNull, GraphQLList)):
        type_ = type_.of_type
    return type_


def _short_variables(document: DocumentNode) -> dict[str, int]:
    """Variable name → the lowest cap of the `SHORT_ARGUMENTS` it is passed to."""
    caps: dict[str, int] = {}

    class Collect(Visitor):
        def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
            limit = SHORT_ARGUMENTS.get(node.name.value)
            value = node.value
            if limit is not None and value.kind == "variable":
                name = value.name.value  # type: ignore[attr-defined]
                caps[name] = min(limit, caps.get(name, limit))

    visit(document, Collect())
    return caps


@dataclass(frozen=True, slots=True)
class _DocumentFacts:
    """What the checks need of a document alone: its capped variables and its first bad literal."""

    document: DocumentNode
    short_variables: dict[str, int]
    literal_error: GraphQLError | None


class _FactsCache:
    """The facts of the documents seen last, by identity: the served schema parses each text once
    (`app.limits.documents`), so a repeated document is the same object and is not walked again. Each entry
    holds its document, so an identity is never reused while its entry lives."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[tuple[int, int], _DocumentFacts] = OrderedDict()

    def get(self, schema: GraphQLSchema, document: DocumentNode) -> _DocumentFacts:
        key = (id(schema), id(document))
        facts = self.entries.get(key)
        if facts is not None and facts.document is document:
            self.entries.move_to_end(key)
            return facts
        facts = _DocumentFacts(document, _short_variables(document), _literal_error(schema, document))
        self.entries[key] = facts
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)
        return facts


_FACTS = _FactsCache(256)


def _literal_error(schema: GraphQLSchema, document: DocumentNode) -> GraphQLError | None:
    type_info = TypeInfo(schema)
    rule = _LiteralRule(type_info)
    visit(document, TypeInfoVisitor(type_info, rule))
    return rule.error


def check_request(schema: GraphQLSchema, document: DocumentNode, variables: Any) -> GraphQLError | None:
    """The first rule the request's literals or variables break, as an error to return; None if none.

    The document's own part (its literals, which variables are capped) is found once per document; the
    variables are checked on every request."""
    variables = variables if isinstance(variables, Mapping) else {}
    facts = _FACTS.get(schema, document)
    for name, limit in facts.short_variables.items():
        value = variables.get(name)
        if isinstance(value, str):
            problem = text_problem(value, limit)
            if problem:
                return _error(f"Variable ${name}", problem)
    for name, value in variables.items():
        for where, text in _strings(value, f"${name}"):
            problem = text_problem(text)
            if problem:
                return _error(f"Variable {where}", problem)
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        for variable in definition.variable_definitions or ():
            name = variable.variable.name.value
            type_ = type_from_ast(schema, variable.type)
            if name not in variables or type_ is None:
                continue
            for where, text in _ids(variables[name], type_, f"${name}"):  # type: ignore[arg-type]
                problem = id_problem(text)
                if problem:
                    return _error(f"Variable {where}", problem, variable)
    return facts.literal_error


class InputGuard(SchemaExtension):
    """Refuses an operation whose text or ids break the rules above, before validation and execution.

    It sets `pre_execution_errors` only when it finds a problem (never an empty list, which would make
    strawberry skip its own validation), and does nothing when an earlier extension already refused the
    request: so it may stand anywhere among the extensions.
    """

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and not context.pre_execution_errors:
            error = check_request(context.schema._schema, context.graphql_document, context.variables)
            if error is not None:
                context.pre_execution_errors = [error]
        yield
