"""A read-only operation turned into one SQL statement whose columns are the response's JSON, one per root field.

`compile_operation` walks the validated document (fragments, aliases, variables, `@include`/`@skip`,
`__typename`) against `app.compiled.catalog.TYPES`; anything it does not know raises `NotCompilable`, and the
caller runs the normal executor instead. Rows are reached exactly as the loaders reach them: every table read
is filtered by `auth.scope.readable_condition(viewer, Model)` (compiled into the statement with the viewer's
values), every edge is the loaders' `Children` spec (key, link table, order, extra condition), pages are the
loaders' offset windows (`first`/`after`, the same cap and errors: a bad window is not compiled, so the
executor reports it). Field rules are the fields' own permission classes, asked once per field at plan time:
a refused field is `null` (what `fail_silently` answers); a rule that would raise is not compiled.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    Node,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
)
from graphql.execution.values import VariableValues, get_argument_values, get_directive_values
from graphql.type import GraphQLIncludeDirective, GraphQLSkipDirective
from sqlalchemy.dialects.postgresql import psycopg
from sqlmodel import col
from strawberry.permission import PermissionExtension
from strawberry.relay import GlobalID

import models
from app.compiled.catalog import (
    TYPES,
    AddressOf,
    Column,
    Day,
    Edge,
    GlobalId,
    MoneyOf,
    Number,
    Timestamp,
    ToOne,
)
from app.compiled.lru import Lru
from auth.scope import readable, readable_condition
from auth.viewer import Viewer
from resolvers.billing.listing import invoices_statement
from resolvers.customers import SearchTerm, customers_statement
from resolvers.jobs import jobs_statement
from resolvers.loaders import Children
from resolvers.pagination import InvalidCursor, Window
from schema.relay import WrongId, decode_global_id

DIALECT = psycopg.dialect()  # type: ignore[no-untyped-call]
NODE_TYPES = {"Customer", "Property", "Job", "Invoice", "JobLine", "InvoiceLine"}
"""Node types `node(id:)` answers here; other node types' ids go to the executor."""
MAX_PAIRS = 50
"""`json_build_object` takes at most 100 arguments."""
MAX_SQL = 64_000
"""Characters of SQL for one object's selection: a deep generated selection (every field, every connection, nodes
and edges alike) would otherwise grow a statement of megabytes that takes longer to send and plan than the
executor takes to answer; such operations go to the executor."""


class NotCompilable(Exception):
    """This operation (as this viewer, with these variables) is answered by the normal executor."""


class Unknown(NotCompilable):
    """The document selects a type or field the catalog does not have: never compilable, whoever asks."""


@dataclass
class Statement:
    """What runs: one SELECT with a `text` column per root field (the response's keys, in order), as SQL text
    compiled once (`sql`, psycopg's `%(name)s` placeholders) and the values bound to it (`params`). Nested levels
    are in the text (the viewer's scope in it as literals); the root rows' values are bound, so the text is the
    same for the same selection and PostgreSQL can keep the statement prepared. Running it builds nothing in
    SQLAlchemy: no construct, no cache key, no compiled-cache lookup per request."""

    keys: list[str]
    sql: str
    params: dict[str, Any]

    @classmethod
    def of(cls, keys: list[str], select: sa.Select[Any], shapes: Lru[Any, Any]) -> Statement:
        """The text and values of `select`. The text is compiled once per shape (SQLAlchemy's cache key, as its own
        compiled cache does) and kept in `shapes`: another search term or id is only a new set of values."""
        cache_key = select._generate_cache_key()
        shape = cache_key.key if cache_key is not None else None
        compiled = shapes.get(shape) if shape is not None else None
        if compiled is None:
            # with its cache key: the values of a later statement of this shape are matched with it by position
            compiled = select.compile(dialect=DIALECT, cache_key=cache_key)
            if shape is not None:
                shapes.put(shape, compiled)
        values = compiled.construct_params(extracted_parameters=cache_key.bindparams if cache_key else None,
                                           _no_postcompile=True)
        expanded = compiled._process_parameters_for_postcompile(values)  # `IN (…)` lists rendered for these values
        processors: dict[str, Any] = dict(expanded.processors)
        params = {name: processors[name](value) if name in processors else value
                  for name, value in expanded.parameters.items()}
        sql = expanded.statement
        if not params:  # run without values, psycopg leaves the text alone: no doubled percent signs
            sql = sql.replace("%%", "%")
        return cls(keys, sql, params)


SHAPES = 256
"""Compiled texts kept per statement shape (least recently used out)."""
TEMPLATES = 256
"""Statements kept per operation, viewer, other variables and shape of the search term (least recently used out);
as many operations' search variables."""


@dataclass
class CompilerCaches:
    """What compiling keeps for later operations (each least recently used out): the compiled text per statement
    shape (`Statement.of`), the statement per operation and shape of its search term (`compile_operation`), the
    search variable per operation (`_search_variable`). One per schema (`app.compiled.CompiledReads.factory`), not
    per process: two apps or tests in one process share nothing (the statements are keyed by the ids of the schema
    and operation objects they were compiled from)."""

    shapes: Lru[Any, Any] = field(default_factory=lambda: Lru(SHAPES))
    templates: Lru[Hashable, tuple[GraphQLSchema, OperationDefinitionNode, Statement]] = field(
        default_factory=lambda: Lru(TEMPLATES))
    search_variables: Lru[int, tuple[OperationDefinitionNode, str | None]] = field(
        default_factory=lambda: Lru(TEMPLATES))


@dataclass
class _Build:
    schema: GraphQLSchema
    viewer: Viewer
    max_page_size: int
    fragments: dict[str, FragmentDefinitionNode]
    variables: VariableValues
    aliases: Iterator[int] = field(default_factory=itertools.count)
    search: SearchTerm | None = None
    """The search term of the operation's `customers(search:)`: its values are bound under fixed names, so one
    operation searches for one term (two different ones go to the executor)."""

    def alias(self) -> str:
        return f"c{next(self.aliases)}"


def compile_operation(schema: GraphQLSchema, operation: OperationDefinitionNode,
                      fragments: dict[str, FragmentDefinitionNode], variables: VariableValues, viewer: Viewer,
                      max_page_size: int, *, caches: CompilerCaches) -> Statement:
    """The statement answering `operation` (already validated, variables coerced); `NotCompilable` if any part
    of it is not in the catalog. What it works out is kept in `caches` for later operations.

    An operation whose search term comes in a variable (`customers(search: $term)`) is compiled once per shape of
    the term (`SearchTerm.shape`: a name, a phone number, long enough to look for within addresses) and of the
    other variables: a term not seen before takes the text kept for its shape and binds its own values, without
    building the statement again (~2 ms of SQLAlchemy per new term before)."""
    searched = _search_variable(operation, fragments, caches)
    if searched is None:
        return _compile(schema, operation, fragments, variables, viewer, max_page_size, caches)
    value = variables.coerced.get(searched)
    term = SearchTerm.of(value) if isinstance(value, str) else None
    try:  # the other variables as they are (JSON only: a value without a faithful text form is never keyed)
        others = json.dumps({name: value for name, value in variables.coerced.items()
                             if name != searched}, sort_keys=True)
    except TypeError:
        return _compile(schema, operation, fragments, variables, viewer, max_page_size, caches)
    key = (id(schema), id(operation), viewer, max_page_size, others, term.shape if term is not None else value)
    kept = caches.templates.get(key)
    if kept is not None and kept[0] is schema and kept[1] is operation:
        template = kept[2]
        return Statement(template.keys, template.sql,
                         template.params if term is None else {**template.params, **term.values()})
    statement = _compile(schema, operation, fragments, variables, viewer, max_page_size, caches)
    caches.templates.put(key, (schema, operation, statement))
    return statement


def _search_variable(operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode],
                     caches: CompilerCaches) -> str | None:
    """The variable the operation uses only as the `search` argument of root `customers` fields, if there is one
    (and only one): the statement depends on its value through the search term's bound values alone. Found once
    per operation (the document cache hands back the same parsed document)."""
    kept = caches.search_variables.get(id(operation))
    if kept is not None and kept[0] is operation:
        return kept[1]
    uses = Counter(_variables_in([*(operation.directives or ()), operation.selection_set, *fragments.values()]))
    searches = Counter(argument.value.name.value for selection in operation.selection_set.selections
                       if isinstance(selection, FieldNode) and selection.name.value == "customers"
                       for argument in selection.arguments or ()
                       if argument.name.value == "search" and isinstance(argument.value, VariableNode))
    only = [name for name, count in searches.items() if uses[name] == count]
    found = only[0] if len(only) == 1 else None
    caches.search_variables.put(id(operation), (operation, found))
    return found


def _variables_in(nodes: Sequence[Any]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, VariableNode):
            yield node.name.value
        elif isinstance(node, Node):
            for key in node.keys:
                value = getattr(node, key, None)
                yield from _variables_in(value if isinstance(value, list | tuple) else [value])


def _compile(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode],
             variables: VariableValues, viewer: Viewer, max_page_size: int, caches: CompilerCaches) -> Statement:
    if operation.operation is not OperationType.QUERY:
        raise NotCompilable("not a query")
    build = _Build(schema, viewer, max_page_size, fragments, variables)
    query_type = schema.query_type
    assert query_type is not None
    keys: list[str] = []
    columns: list[Any] = []
    for key, nodes in _collect(build, query_type, [operation.selection_set]).items():
        keys.append(key)
        columns.append(sa.cast(_root_field(build, query_type, nodes), sa.Text).label(f"r{len(keys)}"))
    if not keys:
        raise NotCompilable("nothing selected")
    return Statement.of(keys, sa.select(*columns), caches.shapes)


# --- selections ------------------------------------------------------------------------------------------


def _included(build: _Build, node: Any) -> bool:
    skip = get_directive_values(GraphQLSkipDirective, node, build.variables)
    if skip is not None and skip.get("if") is True:
        return False
    include = get_directive_values(GraphQLIncludeDirective, node, build.variables)
    return not (include is not None and include.get("if") is False)


def _applies(build: _Build, condition: Any, object_type: GraphQLObjectType) -> bool:
    if condition is None:
        return True
    name = condition.name.value
    return name == object_type.name or any(interface.name == name for interface in object_type.interfaces)


def _collect(build: _Build, object_type: GraphQLObjectType, selection_sets: list[SelectionSetNode],
             ) -> dict[str, list[FieldNode]]:
    """The spec's CollectFields: response key → the field nodes merged under it, in document order."""
    fields: dict[str, list[FieldNode]] = {}
    visited: set[str] = set()

    def walk(selection_set: SelectionSetNode) -> None:
        for selection in selection_set.selections:
            if not _included(build, selection):
                continue
            if isinstance(selection, FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                fields.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                if _applies(build, selection.type_condition, object_type):
                    walk(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = build.fragments.get(name)
                if name in visited or fragment is None:
                    continue
                visited.add(name)
                if _applies(build, fragment.type_condition, object_type):
                    walk(fragment.selection_set)
            else:
                raise NotCompilable("unknown selection")

    for selection_set in selection_sets:
        walk(selection_set)
    return fields


def _subselections(nodes: list[FieldNode]) -> list[SelectionSetNode]:
    return [node.selection_set for node in nodes if node.selection_set is not None]


def _arguments(build: _Build, definition: GraphQLField, node: FieldNode) -> dict[str, Any]:
    try:
        return get_argument_values(definition, node, build.variables)
    except GraphQLError as error:
        raise NotCompilable("arguments") from error


def _named(graphql_type: Any) -> Any:
    while isinstance(graphql_type, GraphQLNonNull | GraphQLList):
        graphql_type = graphql_type.of_type
    return graphql_type


def _is_list(graphql_type: Any) -> bool:
    if isinstance(graphql_type, GraphQLNonNull):
        graphql_type = graphql_type.of_type
    return isinstance(graphql_type, GraphQLList)


class _Info:
    """What a permission class reads: `info.context.viewer`."""

    def __init__(self, viewer: Viewer) -> None:
        self.context = self
        self.viewer = viewer


def _permitted(build: _Build, definition: GraphQLField) -> bool:
    """The field's own permission classes, as this viewer; a rule that raises instead of answering null is
    not compiled."""
    strawberry_field = definition.extensions.get("strawberry-definition")
    for extension in getattr(strawberry_field, "extensions", None) or []:
        if not isinstance(extension, PermissionExtension) or not extension.fail_silently:
            raise Unknown("field extension")
        for permission in extension.permissions:
            verdict = permission.has_permission(None, _Info(build.viewer))  # type: ignore[arg-type]
            if not isinstance(verdict, bool):
                raise NotCompilable("asynchronous permission")
            if not verdict:
                return False
    return True


# --- SQL text ----------------------------------------------------------------------------------------------


def _sql(expression: Any) -> str:
    text = str(expression.compile(dialect=DIALECT, compile_kwargs={"literal_binds": True,
                                                                   "render_postcompile": True}))
    if "%" in text:
        raise NotCompilable("percent sign in a compiled condition")
    return text


def _scope(viewer: Viewer, model: type[Any]) -> str:
    """The viewer's readable condition on `model`, as SQL over the model's own table name."""
    return _scope_of(viewer, model.__name__)


@lru_cache(maxsize=1024)
def _scope_of(viewer: Viewer, model_name: str) -> str:
    return _sql(readable_condition(viewer, MODELS[model_name]))


MODELS: dict[str, type[Any]] = {table.model.__name__: table.model for table in TYPES.values()}


def _table(model: type[Any]) -> str:
    return str(DIALECT.identifier_preparer.format_table(model.__table__))


def _gid(type_name: str, row: str) -> str:
    # PostgreSQL's base64 wraps lines at 76 characters; "Type:id" never gets near that.
    return f"encode(convert_to('{type_name}:' || {row}.id, 'UTF8'), 'base64')"


def _iso_timestamp(value: str) -> str:
    """`datetime.isoformat()` of a timestamptz in the session's time zone (what psycopg hands Python)."""
    return (f"(to_char({value}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN to_char({value}, 'US') = '000000' "
            f"THEN '' ELSE '.' || to_char({value}, 'US') END || to_char({value}, 'TZH:TZM'))")


def _cursor(position: str) -> str:
    """`resolvers.pagination.encode_cursor(position)`: urlsafe base64 of "offset:N"."""
    return f"translate(encode(convert_to('offset:' || ({position}), 'UTF8'), 'base64'), '+/', '-_')"


def _object(build: _Build, type_name: str, row: str, selection_sets: list[SelectionSetNode]) -> str:
    """`json_build_object(…)` of one row of `type_name` (SQL alias `row`) for the selections."""
    table = TYPES.get(type_name)
    object_type = build.schema.type_map.get(type_name)
    if table is None or not isinstance(object_type, GraphQLObjectType):
        raise Unknown(f"type {type_name}")
    pairs: list[str] = []
    for key, nodes in _collect(build, object_type, selection_sets).items():
        name = nodes[0].name.value
        if name == "__typename":
            pairs.append(f"'{key}', '{type_name}'::text")
            continue
        definition = object_type.fields.get(name)
        spec = table.fields.get(name)
        if definition is None or spec is None:
            raise Unknown(f"{type_name}.{name}")
        if not _permitted(build, definition):
            pairs.append(f"'{key}', {'json_build_array()' if _is_list(definition.type) else 'NULL::json'}")
            continue
        pairs.append(f"'{key}', {_value(build, type_name, spec, definition, row, nodes)}")
    if len(pairs) > MAX_PAIRS:
        raise NotCompilable("too many fields for json_build_object")
    built = f"json_build_object({', '.join(pairs)})"
    if len(built) > MAX_SQL:
        raise Unknown("statement too large")
    return built


def _plain_object(build: _Build, type_name: str, nodes: list[FieldNode], values: dict[str, str]) -> str:
    object_type = build.schema.type_map[type_name]
    assert isinstance(object_type, GraphQLObjectType)
    pairs: list[str] = []
    for key, inner in _collect(build, object_type, _subselections(nodes)).items():
        name = inner[0].name.value
        if name == "__typename":
            pairs.append(f"'{key}', '{type_name}'::text")
        elif name in values:
            pairs.append(f"'{key}', {values[name]}")
        else:
            raise Unknown(f"{type_name}.{name}")
    return f"json_build_object({', '.join(pairs)})"


def _value(build: _Build, type_name: str, spec: Any, definition: GraphQLField, row: str,
           nodes: list[FieldNode]) -> str:
    if isinstance(spec, GlobalId):
        return _gid(type_name, row)
    if isinstance(spec, Column):
        return f"{row}.{spec.name}"
    if isinstance(spec, Timestamp):
        return _iso_timestamp(f"{row}.{spec.name}")
    if isinstance(spec, Day):
        return f"to_char({row}.{spec.name}, 'YYYY-MM-DD')"
    if isinstance(spec, Number):
        return f"({row}.{spec.name})::text"
    if isinstance(spec, MoneyOf):
        cents = f"{row}.{spec.name}"
        return _plain_object(build, "Money", nodes, {
            "cents": cents, "amount": f"round({cents}::numeric / 100, 2)::text"})
    if isinstance(spec, AddressOf):
        names = ("line1", "line2", "city", "region", "postalCode", "country")
        return _plain_object(build, "Address", nodes,
                             {name: f"{row}.{column}" for name, column in zip(names, spec.columns, strict=True)})
    if isinstance(spec, ToOne):
        return _to_one(build, spec, row, nodes)
    if isinstance(spec, Edge):
        return _edge(build, spec, definition, row, nodes)
    raise NotCompilable("field kind")


def _to_one(build: _Build, spec: ToOne, row: str, nodes: list[FieldNode]) -> str:
    table = TYPES[spec.type_name]
    alias = build.alias()
    inner = _object(build, spec.type_name, alias, _subselections(nodes))
    name = _table(table.model)
    return (f"(SELECT {inner} FROM (SELECT {name}.* FROM {name} WHERE {name}.id = {row}.{spec.key} "
            f"AND ({_scope(build.viewer, table.model)})) AS {alias})")


def _children_rows(build: _Build, children: Children, row: str) -> str:
    """`SELECT child.*, _pos, _total FROM child … WHERE parent key = row.id AND readable`, as the loaders do."""
    return _children_template(children.name, build.viewer).replace("{row}", row)


@lru_cache(maxsize=1024)
def _children_template(name: str, viewer: Viewer) -> str:
    children = CHILDREN[name]
    table = _table(children.model)
    order = ", ".join(_sql(term) for term in children.order_by)
    joins = ""
    if children.join is not None:
        link, on = children.join
        joins = f" JOIN {_table(link)} ON {_sql(on)}"
    where = f" AND ({_sql(children.where)})" if children.where is not None else ""
    # The parent's rows first (its key's index), then the viewer's scope over them: `OFFSET 0` keeps the
    # planner from combining the two conditions' indexes per parent (a bitmap AND over all the customer's jobs
    # for each property). The derived table takes the table's name, so the scope condition reads as written.
    return (f"SELECT {table}.*, row_number() OVER (ORDER BY {order}) AS _pos, count(*) OVER () AS _total "
            f"FROM (SELECT {table}.* FROM {table}{joins} WHERE {_sql(children.parent_key)} = {{row}}.id{where} "
            f"OFFSET 0) AS {table} WHERE ({_scope(viewer, children.model)})")


CHILDREN: dict[str, Children] = {spec.children.name: spec.children for table in TYPES.values()
                                 for spec in table.fields.values() if isinstance(spec, Edge)}


def _edge(build: _Build, spec: Edge, definition: GraphQLField, row: str, nodes: list[FieldNode]) -> str:
    if spec.shape == "connection":
        if len(nodes) > 1 and any(node.arguments != nodes[0].arguments for node in nodes):
            raise NotCompilable("merged fields with different arguments")
        window = _window(build, definition, nodes[0])
        rows = _children_rows(build, spec.children, row)
        return str(_connection(build, spec.type_name, definition, rows, window, nodes))
    alias = build.alias()
    rows = _children_rows(build, spec.children, row)
    inner = _object(build, spec.type_name, alias, _subselections(nodes))
    if spec.shape == "first":
        return f"(SELECT {inner} FROM ({rows}) AS {alias} WHERE {alias}._pos = 1)"
    return f"(SELECT coalesce(json_agg({inner} ORDER BY {alias}._pos), '[]'::json) FROM ({rows}) AS {alias})"


def _window(build: _Build, definition: GraphQLField, node: FieldNode) -> Window:
    arguments = _arguments(build, definition, node)
    if set(arguments) - {"first", "after"}:
        raise NotCompilable("connection arguments")
    try:
        return Window.of(arguments.get("first"), arguments.get("after"), max_page_size=build.max_page_size)
    except (ValueError, InvalidCursor) as error:
        raise NotCompilable("window") from error  # the executor words the error


def _connection(build: _Build, type_name: str, definition: GraphQLField, rows: str | sa.Select[Any],
                window: Window, nodes: list[FieldNode]) -> Any:
    """A connection over `rows` (with `_pos` and `_total`): nodes, edges, pageInfo, totalCount as
    `schema.relay.connection(page)` builds them from the loaders' page (children) or `root_page` (root)."""
    connection_type = _named(definition.type)
    assert isinstance(connection_type, GraphQLObjectType)
    low, high = window.offset, window.offset + window.limit
    w, g = ("w", "g") if isinstance(rows, sa.Select) else (build.alias(), build.alias())
    in_page = f"{w}._pos > {low} AND {w}._pos <= {high}"
    aggregates: list[str] = []

    def aggregate(expression: str) -> str:
        aggregates.append(expression)
        return f"{g}.a{len(aggregates) - 1}"

    pairs: list[str] = []
    for key, inner in _collect(build, connection_type, _subselections(nodes)).items():
        name = inner[0].name.value
        if name == "__typename":
            pairs.append(f"'{key}', '{connection_type.name}'::text")
        elif name == "totalCount":
            pairs.append(f"'{key}', {aggregate(f'coalesce(max({w}._total), 0)')}")
        elif name == "nodes":
            obj = _object(build, type_name, w, _subselections(inner))
            pairs.append(f"'{key}', {aggregate(_agg(obj, w, in_page))}")
        elif name == "edges":
            edge_type = _named(connection_type.fields["edges"].type)
            values = {"cursor": _cursor(f"{w}._pos - 1")}
            edge_nodes = [n for n in inner]
            edge_fields = _collect(build, edge_type, _subselections(edge_nodes))
            if "node" in {f[0].name.value for f in edge_fields.values()}:
                node_nodes = [f for fs in edge_fields.values() for f in fs if f.name.value == "node"]
                values["node"] = _object(build, type_name, w, _subselections(node_nodes))
                if any(f.name.value == "node" and f.alias is not None for fs in edge_fields.values() for f in fs):
                    raise Unknown("aliased edge node")
            obj = _plain_object(build, edge_type.name, edge_nodes, values)
            pairs.append(f"'{key}', {aggregate(_agg(obj, w, in_page))}")
        elif name == "pageInfo":
            first = f"min({w}._pos) FILTER (WHERE {in_page})"
            last = f"max({w}._pos) FILTER (WHERE {in_page})"
            info = _plain_object(build, "PageInfo", inner, {
                "hasNextPage": f"({aggregate(f'count(*) FILTER (WHERE {w}._pos > {high})')} > 0)",
                "hasPreviousPage": "true" if low > 0 else "false",
                "startCursor": _cursor(f"{aggregate(first)} - 1"),
                "endCursor": _cursor(f"{aggregate(last)} - 1"),
            })
            pairs.append(f"'{key}', {info}")
        else:
            raise Unknown(f"connection field {name}")
    if not aggregates:
        aggregates.append("1")
    if isinstance(rows, str):
        limit = f" WHERE {w}._pos > {low} AND {w}._pos <= {high + 1}"
        columns = ", ".join(f"{expression} AS a{index}" for index, expression in enumerate(aggregates))
        return (f"(SELECT json_build_object({', '.join(pairs)}) FROM (SELECT {columns} "
                f"FROM ({rows}) AS {w}{limit}) AS {g})")
    # A root list: its statement stays a SQLAlchemy construct (its values bound, its compiled form cached by
    # SQLAlchemy), every row numbered (the total counts them all, as `root_page` does).
    numbered = rows.subquery("w")
    grouped = sa.select(*(sa.literal_column(expression).label(f"a{index}")
                          for index, expression in enumerate(aggregates))).select_from(numbered).subquery("g")
    return sa.select(sa.literal_column(f"json_build_object({', '.join(pairs)})")).select_from(grouped)


def _agg(obj: str, w: str, in_page: str) -> str:
    return f"coalesce(json_agg({obj} ORDER BY {w}._pos) FILTER (WHERE {in_page}), '[]'::json)"


# --- root fields ---------------------------------------------------------------------------------------------

ROOT_TYPES = {"customers": "Customer", "properties": "Property", "jobs": "Job", "invoices": "Invoice"}
"""Root connections compiled here (with the arguments `_root_statement` accepts); `node(id:)` and `nodes(ids:)`
besides."""


def _root_field(build: _Build, query_type: GraphQLObjectType, nodes: list[FieldNode]) -> Any:
    name = nodes[0].name.value
    if name == "__typename":
        return sa.literal_column(f"to_json('{query_type.name}'::text)")
    definition = query_type.fields.get(name)
    if definition is None:
        raise Unknown(name)
    if len(nodes) > 1 and any(node.arguments != nodes[0].arguments for node in nodes):
        raise NotCompilable("merged fields with different arguments")
    arguments = _arguments(build, definition, nodes[0])
    if name == "node":
        return _node(build, arguments.get("id"), nodes)
    if name == "nodes":
        return _nodes(build, arguments.get("ids"), nodes)
    type_name = ROOT_TYPES.get(name)
    if type_name is None:
        raise Unknown(f"root field {name}")
    statement = _root_statement(build, name, arguments)
    window = _window_of(build, arguments)
    numbered = statement.add_columns(
        sa.func.row_number().over(order_by=list(statement._order_by_clauses)).label("_pos"),
        sa.func.count().over().label("_total")).order_by(None)
    return _connection(build, type_name, definition, numbered, window, nodes).scalar_subquery()


def _window_of(build: _Build, arguments: dict[str, Any]) -> Window:
    try:
        return Window.of(arguments.get("first"), arguments.get("after"), max_page_size=build.max_page_size)
    except (ValueError, InvalidCursor) as error:
        raise NotCompilable("window") from error  # the executor words the error


def _root_statement(build: _Build, name: str, arguments: dict[str, Any]) -> sa.Select[Any]:
    """The root list's statement, built by the very functions the root resolvers call."""
    given = {key for key, value in arguments.items() if value is not None}
    if name == "customers" and given <= {"search", "status", "first", "after"}:
        term = SearchTerm.of(arguments.get("search"))
        if term is not None:
            if build.search is not None and build.search != term:
                raise NotCompilable("two search terms")  # their values would share the parameters' names
            build.search = term
        return customers_statement(build.viewer, search=arguments.get("search"), status=arguments.get("status"))
    if name == "properties" and given <= {"first", "after"}:
        return readable(build.viewer, models.Property).order_by(
            col(models.Property.name), col(models.Property.id))
    if name == "jobs" and given <= {"first", "after"}:
        return jobs_statement(build.viewer)
    if name == "invoices" and given <= {"first", "after"}:
        return invoices_statement(build.viewer)
    raise NotCompilable(f"root field {name} with these arguments")


MAX_NODES = 100
"""`nodes(ids:)` takes at most this many ids (`schema.query.Query.nodes`); more go to the executor, which refuses
them with its message."""


def _global_id(value: Any) -> GlobalID:
    """An `ID` argument as a GlobalID; anything else goes to the executor, which gives the API's own error."""
    if isinstance(value, str):
        try:
            value = GlobalID.from_id(value)
        except Exception as error:
            raise NotCompilable("node id") from error
    if not isinstance(value, GlobalID):
        raise NotCompilable("node id")
    return value


def _nodes(build: _Build, global_ids: Any, nodes: list[FieldNode]) -> Any:
    """`nodes(ids:)`: per id, in order, the row of the id's type through the scoped by-id read (as `_to_one` and
    `loaders.by_id` read it), null when out of scope, missing or not an id of that type. Ids of one type only
    (several types, or a type this does not know, go to the executor)."""
    if not isinstance(global_ids, list) or len(global_ids) > MAX_NODES:
        raise NotCompilable("nodes ids")
    parsed = [_global_id(global_id) for global_id in global_ids]
    type_names = {global_id.type_name for global_id in parsed}
    if not parsed:
        return sa.literal_column("json_build_array()")
    if len(type_names) > 1 or not type_names <= NODE_TYPES:
        raise NotCompilable("nodes of several or unknown types")
    type_name = parsed[0].type_name
    database_ids: list[str] = []
    for global_id in parsed:
        try:
            database_ids.append(str(int(decode_global_id(global_id, type_name))))
        except WrongId:
            database_ids.append("NULL")
    model = TYPES[type_name].model
    alias = build.alias()
    inner = _object(build, type_name, alias, _subselections(nodes))
    name = _table(model)
    return sa.literal_column(
        f"(SELECT coalesce(json_agg(CASE WHEN {alias}.id IS NULL THEN NULL ELSE {inner} END ORDER BY i.ord), "
        f"'[]'::json) FROM unnest(ARRAY[{', '.join(database_ids)}]::bigint[]) WITH ORDINALITY AS i(id, ord) "
        f"LEFT JOIN LATERAL (SELECT {name}.* FROM {name} WHERE {name}.id = i.id "
        f"AND ({_scope(build.viewer, model)})) AS {alias} ON true)")


def _node(build: _Build, global_id: Any, nodes: list[FieldNode]) -> Any:
    """`node(id:)`: the row of the id's type through the scoped by-id read; null for another type's id that
    names nothing here, an id out of range, or a row out of scope."""
    global_id = _global_id(global_id)
    type_name = global_id.type_name
    if type_name not in NODE_TYPES:
        raise NotCompilable(f"node of type {type_name}")  # the executor knows every other node type
    try:
        database_id = decode_global_id(global_id, type_name)
    except WrongId:
        return sa.null()
    model = TYPES[type_name].model
    alias = build.alias()
    row = readable(build.viewer, model).where(model.id == database_id).subquery(alias)
    inner = _object(build, type_name, alias, _subselections(nodes))
    return sa.select(sa.literal_column(inner)).select_from(row).scalar_subquery()
