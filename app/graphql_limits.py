"""Per-request limits for the GraphQL endpoint, as strawberry extensions and graphql-core validation rules.

Wire them into the schema with :func:`limit_extensions`::

    schema = strawberry.Schema(
        query=Query, mutation=Mutation, subscription=Subscription,
        extensions=[
            *limit_extensions(production=settings.is_production, allow_introspection=viewer_is_staff),
            # ... other extensions
        ],
    )

What a request goes through, in order:

1. **Parsing** is bounded (``max_tokens`` lexical tokens, ``max_comments`` comments, ``max_source_length``
   characters): graphql-core aborts the parse as soon as a limit is passed.
2. **Cheap structural checks**, a linear walk of the document that runs *before* the specified validation
   rules (some of which, like ``OverlappingFieldsCanBeMergedRule``, are quadratic): operations per document,
   directives per document, aliases, depth (introspection fields included, unlike strawberry's
   ``QueryDepthLimiter``), the same response key repeated in one selection set, one sign-in field per
   document, and introspection when the viewer may not introspect. Fragments are expanded with memoisation,
   so a chain of fragments that each spread the next one twice costs linear time (strawberry's own
   ``MaxAliasesLimiter`` and ``QueryDepthLimiter`` are exponential on such a chain).
3. **The specified validation rules**, plus ``MaxIntrospectionDepthRule`` and strawberry's own rules, run with
   graphql-core's ``hide_suggestions`` in production (no "Did you mean ...?").
4. **The cost budget**, computed with the request's variables; over budget is refused before execution.
   The computed cost is reported in ``extensions.cost`` of every response it was computed for.
5. In production, **error masking**: only errors meant for the user get through (:class:`PublicError`,
   ``GraphQLError``\\ s that carry an ``extensions.code``, and the errors graphql-core produces for the
   request itself: syntax, validation, variable coercion); everything else becomes "Unexpected error.".

Batching (a JSON array of operations in one HTTP body) is off: strawberry refuses it unless the schema's
``StrawberryConfig(batching_config=...)`` enables it, and :class:`app.graphql_http.GraphQLApp` refuses it
anyway. If it is ever enabled, use :data:`BATCHING_CONFIG` (at most :data:`MAX_BATCH_OPERATIONS` operations),
and remember that every item of a batch is a document of its own for the sign-in rule.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Final, cast

from graphql import (
    BREAK,
    DirectiveNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    VariableNode,
    VisitorAction,
    get_named_type,
    get_operation_ast,
    validate,
)
from graphql.type.introspection import SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef
from graphql.validation import MaxIntrospectionDepthRule
from strawberry.extensions import MaskErrors, SchemaExtension
from strawberry.schema.config import BatchingConfig
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

if TYPE_CHECKING:
    from strawberry.types import ExecutionContext

__all__ = [
    "BATCHING_CONFIG",
    "DEFAULT_COST_BUDGET",
    "DEFAULT_PAGE_SIZE",
    "MAX_BATCH_OPERATIONS",
    "SIGN_IN_FIELDS",
    "NoIntrospectionRule",
    "PermissionDenied",
    "PublicError",
    "PublicErrorMask",
    "QueryLimits",
    "RequestGuard",
    "is_public_error",
    "limit_extensions",
    "max_aliases_rule",
    "max_depth_rule",
    "max_directives_rule",
    "max_field_repeats_rule",
    "max_operations_rule",
    "query_cost",
    "single_sign_in_rule",
    "strip_suggestions",
    "viewer_is_staff",
]

logger = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE: Final = 20
"""The page size a connection field returns when the client passes no ``first``/``last`` (matches the
resolvers' default); used by the cost budget."""

DEFAULT_COST_BUDGET: Final = 30_000
"""The most a single operation may cost (see :func:`query_cost`).

Why 30,000: the reference page of the property-manager portal, ``customers(first: 1) → properties(first: 40)
→ jobs(first: 10) → invoices(first: 5)`` with 5 scalars per node through ``edges { node { … } }``, costs
17,529 (see the tests). With ``pageInfo { hasNextPage endCursor }`` on all four connections it costs 24,852,
still inside. Doubling any list of that page (``properties(first: 80)``: 35,049) is refused. The cost is an
upper bound on the number of fields resolved, so 30,000 also bounds the work one request can ask for to
about what the largest legitimate screen needs.
"""

SIGN_IN_FIELDS: Final = frozenset({"signIn", "requestLoginCode"})
"""Root mutation fields that check or send a login code: one per document, so aliases can't multiply tries."""

MAX_BATCH_OPERATIONS: Final = 5
BATCHING_CONFIG: Final[BatchingConfig] = {"max_operations": MAX_BATCH_OPERATIONS}
"""For ``StrawberryConfig(batching_config=...)`` if batching is ever turned on (it is off)."""

_COST_CEILING: Final = 10**12
"""Costs saturate here, so absurd ``first`` values cannot build integers too large to format."""

_SUGGESTION = re.compile(r"\s*Did you mean\b.*$", re.DOTALL)


# --------------------------------------------------------------------------------------------------------
# Errors meant for the user
# --------------------------------------------------------------------------------------------------------


class PublicError(GraphQLError):
    """An error whose message is written for the client: it passes error masking in production.

    Raise it (or a subclass) from resolvers, permissions and extensions::

        raise PublicError("This invoice is already paid.", code="INVOICE_PAID")

    It is a ``GraphQLError`` so it can also be a strawberry ``BasePermission.error_class``; its ``code`` ends
    up in ``extensions.code``. Never put internal values (SQL, ids the viewer may not see, exception text) in
    the message.
    """

    code: ClassVar[str] = "BAD_REQUEST"

    def __init__(self, message: str, *, code: str | None = None, extensions: Mapping[str, Any] | None = None):
        super().__init__(message, extensions={**(extensions or {}), "code": code or type(self).code})


class PermissionDenied(PublicError):
    code: ClassVar[str] = "FORBIDDEN"


def _limit_error(message: str, code: str, nodes: Any = None, **extra: Any) -> GraphQLError:
    return GraphQLError(message, nodes, extensions={"code": code, **extra})


def is_public_error(error: GraphQLError, public_types: tuple[type[BaseException], ...] = ()) -> bool:
    """Whether ``error``'s message may be shown to the client as it is.

    * no ``original_error``: graphql-core (or one of our rules) produced it about the request itself:
      syntax, validation, variable coercion, limits;
    * the original error is a :class:`PublicError`, or one of ``public_types``;
    * the original error is a ``GraphQLError`` raised deliberately with an ``extensions.code``;
    * the original error is a ``GraphQLError`` and the error has no ``path``: graphql-core reporting on the
      request before execution, e.g. a variable whose value doesn't coerce (``original_error`` is the
      coercion's error).

    Anything else (a ``KeyError`` in a resolver, a database error, a bug, an output value graphql-core can't
    serialise) is not.
    """
    original = error.original_error
    if original is None:
        return True
    if isinstance(original, PublicError) or (public_types and isinstance(original, public_types)):
        return True
    if isinstance(original, GraphQLError):
        return error.path is None or isinstance((original.extensions or {}).get("code"), str)
    return False


def strip_suggestions(message: str) -> str:
    """``"Cannot query field 'nme' on type 'Query'. Did you mean 'name'?"`` → ``"... type 'Query'."``"""
    return _SUGGESTION.sub("", message)


class PublicErrorMask(MaskErrors):
    """Strawberry's ``MaskErrors``, letting public errors through (see :func:`is_public_error`).

    Masked errors become ``"Unexpected error."`` with ``extensions.code = "INTERNAL_SERVER_ERROR"``: no
    traceback, no exception text, no internal extensions (strawberry still logs the original error first).
    Suggestions ("Did you mean ...?") are removed from the public ones, for the errors graphql-core makes
    during execution (e.g. an unknown enum value in a variable), which ``hide_suggestions`` does not reach.
    """

    def __init__(self, public_types: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(should_mask_error=lambda error: not is_public_error(error, public_types))

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [_without_suggestions(error) for error in super()._process_errors(errors)]


def _without_suggestions(error: GraphQLError) -> GraphQLError:
    message = strip_suggestions(error.message)
    if message == error.message:
        return error
    return GraphQLError(message, error.nodes, error.source, error.positions, error.path, error.original_error,
                        error.extensions)


# --------------------------------------------------------------------------------------------------------
# Walking a document: fragments expanded once each (memoised), each fragment counted once per selection set
# --------------------------------------------------------------------------------------------------------


def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def _operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


class _FragmentFold:
    """Memoised value of each fragment, for a fold over selection sets (cycles count as nothing)."""

    def __init__(self, document: DocumentNode, fold: Callable[[SelectionSetNode], Any]) -> None:
        self.fragments = _fragments(document)
        self.fold = fold
        self.memo: dict[str, Any] = {}
        self.in_progress: set[str] = set()

    def get(self, name: str, empty: Any) -> Any:
        if name in self.memo:
            return self.memo[name]
        fragment = self.fragments.get(name)
        if fragment is None or name in self.in_progress:
            return empty
        self.in_progress.add(name)
        try:
            value = self.fold(fragment.selection_set)
        finally:
            self.in_progress.discard(name)
        self.memo[name] = value
        return value


def _spreads_once(selection_set: SelectionSetNode) -> Iterator[FieldNode | InlineFragmentNode | str]:
    """The selections of a selection set, fragment spreads as their name and only the first time each."""
    seen: set[str] = set()
    for selection in selection_set.selections:
        if isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name not in seen:
                seen.add(name)
                yield name
        elif isinstance(selection, (FieldNode, InlineFragmentNode)):
            yield selection


def operation_depths(document: DocumentNode, cap: int) -> dict[OperationDefinitionNode, int]:
    """Depth of each operation, counted like graphql-depth-limit: ``{ a }`` is 0, ``{ a { b } }`` is 1.

    Introspection fields count like any other. Values above ``cap`` are only known to be above it (the walk
    stops there, which also bounds the recursion).
    """

    def depth(selection_set: SelectionSetNode | None, level: int = 0) -> int:
        if selection_set is None:
            return 0
        deepest = 0
        for selection in _spreads_once(selection_set):
            if isinstance(selection, str):
                below = fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                below = depth(selection.selection_set, level)
            elif selection.selection_set is None:
                below = 0
            elif level + 1 > cap:
                below = 1
            else:
                below = 1 + depth(selection.selection_set, level + 1)
            deepest = max(deepest, below)
            if level + deepest > cap:
                break
        return deepest

    fragments = _FragmentFold(document, depth)
    return {operation: depth(operation.selection_set) for operation in _operations(document)}


def count_aliases(document: DocumentNode) -> int:
    """Aliased fields in all operations; a fragment counts each time it is spread (once per selection set)."""

    def aliases(selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in _spreads_once(selection_set):
            if isinstance(selection, str):
                total += fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                total += aliases(selection.selection_set)
            else:
                total += (1 if selection.alias else 0) + aliases(selection.selection_set)
        return total

    fragments = _FragmentFold(document, aliases)
    return sum(aliases(operation.selection_set) for operation in _operations(document))


def most_repeated_field(document: DocumentNode) -> tuple[str, int, FieldNode | None]:
    """The response key selected most often in one selection set (fragments and inline fragments merged)."""

    def keys(selection_set: SelectionSetNode | None) -> Counter[str]:
        counts: Counter[str] = Counter()
        if selection_set is None:
            return counts
        for selection in _spreads_once(selection_set):
            if isinstance(selection, str):
                counts.update(fragments.get(selection, Counter()))
            elif isinstance(selection, InlineFragmentNode):
                counts.update(keys(selection.selection_set))
            else:
                counts[(selection.alias or selection.name).value] += 1
        return counts

    fragments = _FragmentFold(document, keys)
    worst: tuple[str, int, FieldNode | None] = ("", 0, None)

    def check(selection_set: SelectionSetNode | None, owner: FieldNode | None) -> None:
        nonlocal worst
        if selection_set is None:
            return
        common = keys(selection_set).most_common(1)
        if common and common[0][1] > worst[1]:
            worst = (common[0][0], common[0][1], owner)
        stack = [selection_set]
        while stack:
            for selection in stack.pop().selections:
                if isinstance(selection, FieldNode):
                    check(selection.selection_set, selection)
                elif isinstance(selection, InlineFragmentNode):
                    stack.append(selection.selection_set)

    for definition in document.definitions:
        if isinstance(definition, (OperationDefinitionNode, FragmentDefinitionNode)):
            check(definition.selection_set, None)
    return worst


def count_root_fields(document: DocumentNode, names: Collection[str], operation: OperationType) -> int:
    """How many times fields named ``names`` are selected at the root of the document's ``operation``\\ s."""

    def roots(selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in _spreads_once(selection_set):
            if isinstance(selection, str):
                total += fragments.get(selection, 0)
            elif isinstance(selection, InlineFragmentNode):
                total += roots(selection.selection_set)
            elif selection.name.value in names:
                total += 1
        return total

    fragments = _FragmentFold(document, roots)
    return sum(roots(op.selection_set) for op in _operations(document) if op.operation == operation)


# --------------------------------------------------------------------------------------------------------
# Validation rules (usable on their own with strawberry's AddValidationRules)
# --------------------------------------------------------------------------------------------------------


class _DocumentRule(ValidationRule):
    """A rule that looks at the whole document once, then stops visiting."""

    def check(self, document: DocumentNode) -> Iterable[GraphQLError]:  # pragma: no cover - abstract
        raise NotImplementedError

    def enter_document(self, node: DocumentNode, *_args: Any) -> VisitorAction:
        for error in self.check(node):
            self.report_error(error)
        return BREAK


def max_operations_rule(max_operations: int) -> type[ValidationRule]:
    """At most ``max_operations`` operation definitions in one document."""

    class MaxOperationsRule(_DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            operations = _operations(document)
            if len(operations) > max_operations:
                yield _limit_error(
                    f"The document contains {len(operations)} operations; "
                    f"at most {max_operations} are allowed.",
                    "TOO_MANY_OPERATIONS", operations[max_operations])

    return MaxOperationsRule


def max_aliases_rule(max_aliases: int) -> type[ValidationRule]:
    """At most ``max_aliases`` aliased fields, counted through fragments (in linear time)."""

    class MaxAliasesRule(_DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            aliases = count_aliases(document)
            if aliases > max_aliases:
                yield _limit_error(f"The document uses {aliases} aliases; at most {max_aliases} are allowed.",
                                   "TOO_MANY_ALIASES")

    return MaxAliasesRule


def max_depth_rule(max_depth: int) -> type[ValidationRule]:
    """Operations at most ``max_depth`` deep (``{ a { b } }`` is 1; introspection fields count too)."""

    class MaxDepthRule(_DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            for operation, depth in operation_depths(document, max_depth).items():
                if depth > max_depth:
                    name = f"'{operation.name.value}'" if operation.name else "The operation"
                    yield _limit_error(f"{name} exceeds the maximum depth of {max_depth}.", "QUERY_TOO_DEEP",
                                       operation)

    return MaxDepthRule


def max_field_repeats_rule(max_repeats: int) -> type[ValidationRule]:
    """The same response key at most ``max_repeats`` times in one selection set (fragments merged).

    Repeating a field is free for execution (graphql-core merges it) but costs validation time, quadratic in
    ``OverlappingFieldsCanBeMergedRule``; this refuses it cheaply before that rule runs.
    """

    class MaxFieldRepeatsRule(_DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            key, repeats, owner = most_repeated_field(document)
            if repeats > max_repeats:
                yield _limit_error(f"The field '{key}' is selected {repeats} times in one selection set; "
                                   f"at most {max_repeats} are allowed.", "TOO_MANY_REPEATED_FIELDS", owner)

    return MaxFieldRepeatsRule


def single_sign_in_rule(names: Collection[str] = SIGN_IN_FIELDS, max_count: int = 1) -> type[ValidationRule]:
    """At most ``max_count`` selections of the root mutation fields ``names`` per document.

    Aliases, fragments and every mutation of the document count, so one request can't try several codes.
    """
    field_names = frozenset(names)
    listed = ", ".join(sorted(field_names))

    class SingleSignInRule(_DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            count = count_root_fields(document, field_names, OperationType.MUTATION)
            if count > max_count:
                yield _limit_error(f"A request may select at most {max_count} of the sign-in fields "
                                   f"({listed}); this one selects {count}.", "TOO_MANY_SIGN_IN_ATTEMPTS")

    return SingleSignInRule


def max_directives_rule(max_directives: int) -> type[ValidationRule]:
    """At most ``max_directives`` directive usages in the whole document (any location)."""

    class MaxDirectivesRule(ValidationRule):
        count = 0

        def enter_directive(self, node: DirectiveNode, *_args: Any) -> VisitorAction:
            self.count += 1
            if self.count == max_directives + 1:
                self.report_error(_limit_error(
                    f"The document uses more than {max_directives} directives.", "TOO_MANY_DIRECTIVES", node))
                return BREAK
            return None

    return MaxDirectivesRule


class NoIntrospectionRule(ValidationRule):
    """Refuses ``__schema`` and ``__type`` (``__typename`` stays allowed: clients need it)."""

    def enter_field(self, node: FieldNode, *_args: Any) -> VisitorAction:
        if node.name.value in ("__schema", "__type"):
            self.report_error(_limit_error("Introspection is not allowed for this viewer.",
                                           "INTROSPECTION_DISABLED", node))
            return BREAK
        return None


# --------------------------------------------------------------------------------------------------------
# Cost
# --------------------------------------------------------------------------------------------------------


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
    """The cost of the operation that will run, in the manner of Shopify's and Jobber's.

    Every field costs 1. A field that takes a page-size argument (``first``/``last``) multiplies the cost of
    its selection by the page size it asks for: the largest such argument given (literal or variable, with the
    operation's variable values and defaults), else the argument's default in the schema, else
    ``default_page_size``. A negative or non-integer value counts as ``default_page_size`` (it fails later).
    Fragments on different types are added, not maxed (conservative); spreading a fragment twice in one
    selection set counts it once, as execution does. When the operation can't be determined, the costliest
    operation of the document is used. The document must already be valid.
    """
    variables = variables or {}
    fragment_definitions = _fragments(document)
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
        for selection in _spreads_once(selection_set):
            if isinstance(selection, str):
                total += fragment_cost(selection, defaults)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = schema.get_type(condition.name.value) if condition else parent
                total += selection_cost(selection.selection_set, inner, defaults)
            else:
                total += field_cost(selection, parent, defaults)
        return min(total, _COST_CEILING)

    def field_cost(node: FieldNode, parent: GraphQLNamedType | None, defaults: Mapping[str, Any]) -> int:
        definition = _field_definition(parent, node, schema)
        if definition is None or node.selection_set is None:
            return 1
        children = selection_cost(node.selection_set, get_named_type(definition.type), defaults)
        multiplier = page_size(node, definition, defaults)
        return min(1 + children * (1 if multiplier is None else multiplier), _COST_CEILING)

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
    return max((operation_cost(op) for op in _operations(document)), default=0)


# --------------------------------------------------------------------------------------------------------
# Extensions
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueryLimits:
    """Every number of the per-request limits (defaults are the endpoint's)."""

    max_depth: int = 15
    max_aliases: int = 15
    max_tokens: int = 2_000
    """Lexical tokens (punctuation, names, values); comments are limited by ``max_comments``."""
    max_comments: int = 200
    max_source_length: int = 100_000
    """Characters of the query text (long text belongs in variables)."""
    max_operations: int = MAX_BATCH_OPERATIONS
    """Operation definitions in one document."""
    max_directives: int = 50
    max_field_repeats: int = 50
    max_validation_errors: int = 25
    cost_budget: int = DEFAULT_COST_BUDGET
    default_page_size: int = DEFAULT_PAGE_SIZE
    page_arguments: tuple[str, ...] = ("first", "last")
    sign_in_fields: frozenset[str] = field(default=SIGN_IN_FIELDS)
    max_sign_in_fields: int = 1


@functools.cache
def _structural_rules(limits: QueryLimits) -> tuple[type[ValidationRule], ...]:
    """The cheap rules for ``limits``, built once per set of limits rather than per request."""
    return (
        max_operations_rule(limits.max_operations),
        max_directives_rule(limits.max_directives),
        max_aliases_rule(limits.max_aliases),
        max_depth_rule(limits.max_depth),
        max_field_repeats_rule(limits.max_field_repeats),
        single_sign_in_rule(limits.sign_in_fields, limits.max_sign_in_fields),
    )


def viewer_is_staff(execution_context: ExecutionContext) -> bool:
    """An ``allow_introspection`` predicate: the context's ``viewer`` (attribute or key) has ``is_staff``."""
    context = execution_context.context
    viewer = context.get("viewer") if isinstance(context, Mapping) else getattr(context, "viewer", None)
    return getattr(viewer, "is_staff", False) is True


class RequestGuard(SchemaExtension):
    """Parse limits, cheap structural rules, validation (no suggestions in production) and the cost budget.

    It validates the document itself, in ``on_validate`` (like strawberry's ``ValidationCache``), with the
    schema's rules (``execution_context.validation_rules``, so rules added by other extensions'
    ``on_operation`` are kept) preceded by the cheap rules, and then computes the cost with the request's
    variables. Strawberry skips its own validation because ``pre_execution_errors`` is set; anything in it
    stops the request before execution. If an earlier extension already validated the document (e.g.
    strawberry's ``ValidationCache``), only the cheap rules and the cost run; an extension that sets
    ``pre_execution_errors`` in ``on_validate`` must not come *after* it (it would overwrite the verdict).
    """

    def __init__(self, *, limits: QueryLimits, production: bool,
                 allow_introspection: Callable[[ExecutionContext], bool]) -> None:
        super().__init__()
        self.limits = limits
        self.production = production
        self.allow_introspection = allow_introspection
        self.cost: int | None = None

    def on_operation(self) -> Iterator[None]:
        options = cast("dict[str, Any]", self.execution_context.parse_options)
        options["max_lexical_tokens"] = self.limits.max_tokens
        options["max_comments"] = self.limits.max_comments
        options["max_source_length"] = self.limits.max_source_length
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and not context.pre_execution_errors:
            context.pre_execution_errors = self._check(context, context.graphql_document,
                                                       validated=context.pre_execution_errors is not None)
        yield

    def get_results(self) -> dict[str, Any]:
        if self.cost is None:
            return {}
        return {"cost": {"requestedQueryCost": self.cost, "maximumAvailable": self.limits.cost_budget}}

    def _introspection_allowed(self, context: ExecutionContext) -> bool:
        if not self.production:
            return True
        try:
            return bool(self.allow_introspection(context))
        except Exception:  # the predicate must not break requests; it fails closed
            logger.exception("allow_introspection failed; introspection refused")
            return False

    def _cheap_rules(self, context: ExecutionContext) -> tuple[type[ValidationRule], ...]:
        rules = _structural_rules(self.limits)
        return rules if self._introspection_allowed(context) else (*rules, NoIntrospectionRule)

    def _check(self, context: ExecutionContext, document: DocumentNode, *,
               validated: bool) -> list[GraphQLError]:
        schema = context.schema._schema
        validate_ = functools.partial(validate, schema, document, hide_suggestions=self.production,
                                      max_errors=self.limits.max_validation_errors)
        errors = validate_(self._cheap_rules(context))
        if errors:
            return errors
        if not validated:  # else an earlier extension (e.g. ValidationCache) found the document valid
            errors = validate_((*context.validation_rules, MaxIntrospectionDepthRule, MaybeNullValidationRule,
                                OneOfInputValidationRule))
            if errors:
                return errors
        self.cost = query_cost(schema, document, operation_name=context.operation_name,
                               variables=context.variables, default_page_size=self.limits.default_page_size,
                               page_arguments=self.limits.page_arguments)
        if self.cost > self.limits.cost_budget:
            return [_limit_error(
                f"The query costs {self.cost}, above the budget of {self.limits.cost_budget}: ask for fewer "
                "items (`first`/`last`) or fewer fields.", "QUERY_TOO_COSTLY",
                cost=self.cost, budget=self.limits.cost_budget)]
        return []


def limit_extensions(*, production: bool, allow_introspection: Callable[[ExecutionContext], bool],
                     limits: QueryLimits | None = None,
                     public_exception_types: tuple[type[BaseException], ...] = ()
                     ) -> list[Callable[[], SchemaExtension]]:
    """The extensions to pass to ``strawberry.Schema(extensions=...)``, first in the list.

    Each item is a zero-argument factory: strawberry 0.341 calls every non-instance entry once per request
    (``Schema.get_extensions``), so each request gets fresh extension objects. (Instances would be shared by
    concurrent requests, and strawberry deprecates passing them.)

    * ``production``: mask unexpected errors, hide suggestions, and allow introspection only when
      ``allow_introspection(execution_context)`` says so (e.g. :func:`viewer_is_staff`); in development
      introspection is always allowed and errors are shown as they are. The limits apply in both.
    * ``limits``: the numbers (:class:`QueryLimits` defaults otherwise).
    * ``public_exception_types``: more exception types whose messages are meant for the client.
    """
    limits = limits or QueryLimits()
    extensions: list[Callable[[], SchemaExtension]] = []
    if production:
        extensions.append(functools.partial(PublicErrorMask, public_exception_types))
    extensions.append(functools.partial(RequestGuard, limits=limits, production=production,
                                        allow_introspection=allow_introspection))
    return extensions
