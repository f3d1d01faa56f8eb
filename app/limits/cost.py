"""The cost budget: an upper bound on the fields one operation can make the server resolve.

Depth and alias limits do not bound work: ``customers(first: 100) { properties(first: 100) { … } }`` is
shallow and alias-free yet asks for a million objects. The cost, in the manner of Shopify's and Jobber's,
multiplies by the page sizes asked for, with the request's own variables, and is refused before execution
when above budget (see :data:`app.limits.config.DEFAULT_COST_BUDGET` for why the number is what it is).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Final

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_operation_ast,
)
from graphql.type.introspection import SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef

from app.limits.walk import fragments_of, operations_of, selections
from resolvers.pagination import DEFAULT_PAGE_SIZE

COST_CEILING: Final = 10**12
"""Costs saturate here, so absurd ``first`` values cannot build integers too large to format."""


def _field_definition(parent: GraphQLNamedType | None, node: FieldNode, schema: GraphQLSchema
                      ) -> GraphQLField | None:
    name = node.name.value
    if name == "__typename":
        return TypeNameMetaFieldDef
    if parent is schema.query_type and name == "__schema":
        return SchemaMetaFieldDef
    if parent is schema.query_type and name == "__type":
        return TypeMetaFieldDef
    if isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)):
        definition: GraphQLField | None = parent.fields.get(name)
        return definition
    return None


def query_cost(schema: GraphQLSchema, document: DocumentNode, *, operation_name: str | None = None,
               variables: Mapping[str, Any] | None = None, default_page_size: int = DEFAULT_PAGE_SIZE,
               page_arguments: Collection[str] = ("first", "last")) -> int:
    """The cost of the operation that will run.

    Every field costs 1. A field that takes a page-size argument (``first``/``last``) multiplies the cost of
    its selection by the page size it asks for: the largest such argument given (literal or variable, with the
    operation's variable values and defaults), else the argument's default in the schema, else
    ``default_page_size``. A negative or non-integer value counts as ``default_page_size`` (it fails later).
    Fragments on different types are added, not maxed (conservative); spreading a fragment twice in one
    selection set counts it once, as execution does. When the operation can't be determined, the costliest
    operation of the document is used. The document must already be valid.
    """
    variables = variables or {}
    fragment_definitions = fragments_of(document)
    memo: dict[str, int] = {}

    def page_size(node: FieldNode, definition: GraphQLField, defaults: Mapping[str, Any]) -> int | None:
        arguments = [name for name in page_arguments if name in definition.args]
        if not arguments:
            return None
        given: list[Any] = []
        for argument in node.arguments or ():
            if argument.name.value not in arguments:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                given.append(int(value.value))
            elif isinstance(value, VariableNode):
                name = value.name.value
                given.append(variables[name] if name in variables else defaults.get(name))
        given = [value for value in given if value is not None]
        if not given:
            given = [definition.args[name].default_value for name in arguments]
            given = [value for value in given if isinstance(value, int) and not isinstance(value, bool)]
            return max(given, default=default_page_size)
        sizes = [value if isinstance(value, int) and not isinstance(value, bool) and value >= 0
                 else default_page_size for value in given]
        return max(sizes)

    def selection_cost(selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None,
                       defaults: Mapping[str, Any]) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selections(selection_set):
            if isinstance(selection, str):
                total += fragment_cost(selection, defaults)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = schema.get_type(condition.name.value) if condition else parent
                total += selection_cost(selection.selection_set, inner, defaults)
            else:
                total += field_cost(selection, parent, defaults)
        return min(total, COST_CEILING)

    def field_cost(node: FieldNode, parent: GraphQLNamedType | None, defaults: Mapping[str, Any]) -> int:
        definition = _field_definition(parent, node, schema)
        if definition is None or node.selection_set is None:
            return 1
        children = selection_cost(node.selection_set, get_named_type(definition.type), defaults)
        multiplier = page_size(node, definition, defaults)
        return min(1 + children * (1 if multiplier is None else multiplier), COST_CEILING)

    def fragment_cost(name: str, defaults: Mapping[str, Any]) -> int:
        if name in memo:
            return memo[name]
        fragment = fragment_definitions.get(name)
        if fragment is None:
            return 0
        memo[name] = 0  # a cycle (invalid anyway) adds nothing
        condition = schema.get_type(fragment.type_condition.name.value)
        memo[name] = selection_cost(fragment.selection_set, condition, defaults)
        return memo[name]

    def operation_cost(operation: OperationDefinitionNode) -> int:
        memo.clear()  # fragment costs depend on the operation's variable defaults
        defaults: dict[str, Any] = {}
        for definition in operation.variable_definitions or ():
            if isinstance(definition.default_value, IntValueNode):
                defaults[definition.variable.name.value] = int(definition.default_value.value)
        return selection_cost(operation.selection_set, schema.get_root_type(operation.operation), defaults)

    operation = get_operation_ast(document, operation_name)
    if operation is not None:
        return operation_cost(operation)
    return max((operation_cost(op) for op in operations_of(document)), default=0)
