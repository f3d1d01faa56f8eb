"""Queries generated from the schema itself, so a new type or field is exercised without anyone asking."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
)

PAGE = 3
Keep = Callable[[str, str], bool]
"""Which fields (type name, field name) a generated query may select; every field by default."""


def _every(type_name: str, field_name: str) -> bool:
    return True


def unwrap(graphql_type: object) -> object:
    while isinstance(graphql_type, GraphQLNonNull | GraphQLList):
        graphql_type = graphql_type.of_type
    return graphql_type


def is_connection(graphql_type: object) -> bool:
    named = unwrap(graphql_type)
    return isinstance(named, GraphQLObjectType) and named.name.endswith("Connection") and "edges" in named.fields


def _required_args(field: GraphQLField) -> list[str]:
    return [name for name, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull)]


def selection(named: GraphQLObjectType | GraphQLInterfaceType, depth: int, keep: Keep = _every) -> str:
    """Every field of a type (that `keep` keeps); object fields recurse until `depth` runs out (then just their
    id)."""
    parts = ["__typename"]
    for name, field in named.fields.items():
        if _required_args(field) or not keep(named.name, name):
            continue
        target = unwrap(field.type)
        if isinstance(target, GraphQLScalarType | GraphQLEnumType):
            parts.append(name)
        elif is_connection(field.type):
            if depth > 0:
                node = unwrap(cast(GraphQLObjectType, target).fields["nodes"].type)
                inner = selection(node, depth - 1, keep)  # type: ignore[arg-type]
                args = f"(first: {PAGE})" if "first" in field.args else ""
                edges = "edges { cursor node { __typename id } }"
                parts.append(f"{name}{args} {{ totalCount nodes {{ {inner} }} {edges} }}")
        elif isinstance(target, GraphQLObjectType | GraphQLInterfaceType):
            if "id" in target.fields and depth <= 0:
                parts.append(f"{name} {{ __typename id }}")
            elif depth > 0 or "id" not in target.fields:
                inner = selection(target, depth - 1 if "id" in target.fields else depth, keep)
                parts.append(f"{name} {{ {inner} }}")
    return " ".join(parts)


def root_queries(schema: GraphQLSchema, depth: int = 2, keep: Keep = _every) -> dict[str, str]:
    """One query per root field that needs no arguments (and that `keep` keeps): connections and lists alike."""
    queries: dict[str, str] = {}
    query_type = schema.query_type
    assert query_type is not None
    for name, field in query_type.fields.items():
        if _required_args(field) or not keep(query_type.name, name):
            continue
        target = unwrap(field.type)
        if is_connection(field.type):
            node = unwrap(cast(GraphQLObjectType, target).fields["nodes"].type)
            body = selection(node, depth, keep)  # type: ignore[arg-type]
            queries[name] = (f"{{ {name}(first: {PAGE}) {{ totalCount nodes {{ {body} }} "
                             f"edges {{ cursor node {{ {body} }} }} }} }}")
        elif isinstance(target, GraphQLObjectType | GraphQLInterfaceType):
            queries[name] = f"{{ {name} {{ {selection(target, depth, keep)} }} }}"
    return queries


def node_query(schema: GraphQLSchema, type_name: str, keep: Keep = _every) -> str:
    """`nodes(ids:)` selecting every field of one Node type (that `keep` keeps; one level deep)."""
    named = schema.type_map[type_name]
    assert isinstance(named, GraphQLObjectType)
    fragment = f"... on {type_name} {{ {selection(named, 0, keep)} }}"
    return f"query ($ids: [ID!]!) {{ nodes(ids: $ids) {{ __typename id {fragment} }} }}"
