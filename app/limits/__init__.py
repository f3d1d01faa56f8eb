"""Per-request limits for the GraphQL endpoint, as strawberry extensions and graphql-core validation rules.

Wire them into the schema with :func:`limit_extensions`::

    schema = strawberry.Schema(
        query=Query, mutation=Mutation, subscription=Subscription,
        extensions=[
            *limit_extensions(production=settings.is_production, allow_introspection=viewer_is_staff),
            # ... other extensions
        ],
    )

What a request goes through, in order (one module each):

1. **Parsing** is bounded (:mod:`.guard`, ``ParseLimits``): lexical tokens, comments and characters.
2. **Cheap structural rules** (:mod:`.rules`, on the fragment-memoised walk of :mod:`.walk`) run *before*
   the specified validation rules: operations per document, directives per document and repeated at one
   location, aliases, depth (introspection fields included), the same response key repeated in one
   selection set, one sign-in field per document.
3. **The specified validation rules**, plus ``MaxIntrospectionDepthRule``, strawberry's own rules and, in
   production for viewers who may not introspect, :mod:`.introspection`'s rule; with graphql-core's
   ``hide_suggestions`` in production and at most ``max_validation_errors`` errors.
4. **The cost budget** (:mod:`.cost`), computed with the request's variables; over budget is refused before
   execution. The computed cost is reported in ``extensions.cost`` of every response it was computed for.
5. In production, **error masking** (:mod:`.errors`): only errors meant for the user get through.

Steps 1–4 are done once per document rather than per request when a :class:`DocumentCache` is passed
(:mod:`.documents`): the parse per text, each validation verdict per set of rules (the rules differ per kind of
viewer), the cost per operation and page-size variables.

The numbers live in :mod:`.config`. Batching (a JSON array of operations in one HTTP body) is off:
strawberry refuses it unless ``StrawberryConfig(batching_config=...)`` enables it, and
:class:`app.graphql_http.GraphQLApp` refuses it anyway. If it is ever enabled, use :data:`BATCHING_CONFIG`,
and remember that every item of a batch is a document of its own for the sign-in rule.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from strawberry.extensions import SchemaExtension

from app.limits.config import (
    BATCHING_CONFIG,
    DEFAULT_COST_BUDGET,
    MAX_BATCH_OPERATIONS,
    SIGN_IN_FIELDS,
    QueryLimits,
)
from app.limits.cost import query_cost
from app.limits.documents import DocumentCache
from app.limits.errors import PublicErrorMask, is_public_error, strip_suggestions
from app.limits.guard import ParseLimits, RequestGuard
from app.limits.introspection import IntrospectionGate, NoIntrospectionRule, viewer_is_staff
from app.limits.rules import (
    RepeatedDirectiveRule,
    max_aliases_rule,
    max_depth_rule,
    max_directives_rule,
    max_field_repeats_rule,
    max_operations_rule,
    single_sign_in_rule,
)
from resolvers.pagination import DEFAULT_PAGE_SIZE
from schema.errors import PublicError

if TYPE_CHECKING:
    from strawberry.types import ExecutionContext

__all__ = [
    "BATCHING_CONFIG",
    "DEFAULT_COST_BUDGET",
    "DEFAULT_PAGE_SIZE",
    "MAX_BATCH_OPERATIONS",
    "SIGN_IN_FIELDS",
    "DocumentCache",
    "IntrospectionGate",
    "NoIntrospectionRule",
    "ParseLimits",
    "PublicError",
    "PublicErrorMask",
    "QueryLimits",
    "RepeatedDirectiveRule",
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


def limit_extensions(*, production: bool, allow_introspection: Callable[[ExecutionContext], bool],
                     limits: QueryLimits | None = None,
                     public_exception_types: tuple[type[BaseException], ...] = (),
                     documents: DocumentCache | None = None,
                     ) -> list[Callable[[], SchemaExtension]]:
    """The extensions to pass to ``strawberry.Schema(extensions=...)``, first in the list.

    Each item is a zero-argument factory: strawberry calls every non-instance entry once per request
    (``Schema.get_extensions``), so each request gets fresh extension objects. (Instances would be shared by
    concurrent requests, and strawberry deprecates passing them.)

    * ``production``: mask unexpected errors, hide suggestions, and allow introspection only when
      ``allow_introspection(execution_context)`` says so (e.g. :func:`viewer_is_staff`); in development
      introspection is always allowed and errors are shown as they are. The limits apply in both.
    * ``limits``: the numbers (:class:`QueryLimits` defaults otherwise).
    * ``public_exception_types``: more exception types whose messages are meant for the client.
    * ``documents``: a :class:`DocumentCache` shared by the requests (one per schema), so that each document is
      parsed, validated and priced once rather than per request (:mod:`.documents`); None does it every time.
    """
    limits = limits or QueryLimits()
    extensions: list[Callable[[], SchemaExtension]] = []
    if production:
        extensions.append(functools.partial(PublicErrorMask, public_exception_types))
        extensions.append(functools.partial(IntrospectionGate, allow_introspection))
    extensions.append(functools.partial(ParseLimits, limits=limits, documents=documents))
    extensions.append(functools.partial(RequestGuard, limits=limits, production=production, documents=documents))
    return extensions
