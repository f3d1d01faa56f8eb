"""The request guard: every document is measured cheaply before anything expensive is done with it.

Strawberry validates a document with the specified rules, which are not all linear, and then executes it.
:class:`ParseLimits` bounds the parse; :class:`RequestGuard` validates in two passes, the cheap structural
rules (:mod:`app.limits.rules`) first and the specified ones only if those pass, then prices the operation
(:mod:`app.limits.cost`) with the request's variables. Anything refused here never reaches a resolver.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Any, cast

from graphql import DocumentNode, GraphQLError, validate
from graphql.validation import MaxIntrospectionDepthRule
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from app.limits.config import QueryLimits
from app.limits.cost import query_cost
from app.limits.documents import DocumentCache
from app.limits.errors import limit_error
from app.limits.rules import structural_rules

if TYPE_CHECKING:
    from strawberry.types import ExecutionContext


class ParseLimits(SchemaExtension):
    """graphql-core aborts the parse as soon as one of ``limits``' parse bounds is passed.

    Not strawberry's ``MaxTokensLimiter``: it sets graphql-core's deprecated ``max_tokens``, which counts
    comments as tokens and leaves the source length unbounded; this sets ``max_lexical_tokens``,
    ``max_comments`` and ``max_source_length``, each with its own clear error.

    With ``documents`` (a :class:`~app.limits.documents.DocumentCache`), a text parsed before with the same
    bounds is not parsed again. A text that fails to parse is left to strawberry, which parses it and reports the
    error as usual (failures are never cached).
    """

    def __init__(self, *, limits: QueryLimits, documents: DocumentCache | None = None) -> None:
        super().__init__()
        self.limits = limits
        self.documents = documents

    def on_operation(self) -> Iterator[None]:
        options = cast("dict[str, Any]", self.execution_context.parse_options)
        options["max_lexical_tokens"] = self.limits.max_tokens
        options["max_comments"] = self.limits.max_comments
        options["max_source_length"] = self.limits.max_source_length
        yield

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if self.documents is not None and context.query and context.graphql_document is None:
            with contextlib.suppress(GraphQLError):
                context.graphql_document = self.documents.parse(context.query, context.parse_options)
        yield


class RequestGuard(SchemaExtension):
    """Cheap structural rules, validation (no suggestions in production) and the cost budget.

    It validates the document itself, in ``on_validate`` (like strawberry's ``ValidationCache``), with the
    schema's rules (``execution_context.validation_rules``, so rules added by other extensions'
    ``on_operation``, such as the introspection gate, are kept) preceded by the cheap rules, and then
    computes the cost with the request's variables. Strawberry skips its own validation because
    ``pre_execution_errors`` is set; anything in it stops the request before execution. If an earlier
    extension already validated the document (e.g. strawberry's ``ValidationCache``), only the cheap rules and
    the cost run; an extension that sets ``pre_execution_errors`` in ``on_validate`` must not come *after* it
    (it would overwrite the verdict). Each pass stops after ``limits.max_validation_errors`` errors.

    With ``documents`` (the :class:`~app.limits.documents.DocumentCache` that :class:`ParseLimits` parsed the
    document with), each pass's verdict is computed once per document and set of rules, and the cost once per
    document, operation and page-size variables; the request's variables still choose which cached cost applies.
    """

    def __init__(self, *, limits: QueryLimits, production: bool, documents: DocumentCache | None = None) -> None:
        super().__init__()
        self.limits = limits
        self.production = production
        self.documents = documents
        self.cost: int | None = None

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

    def _check(self, context: ExecutionContext, document: DocumentNode, *,
               validated: bool) -> list[GraphQLError]:
        schema = context.schema._schema
        validate_ = functools.partial(validate, schema, document, hide_suggestions=self.production,
                                      max_errors=self.limits.max_validation_errors)
        options = (schema, self.production, self.limits)
        structural = structural_rules(self.limits)
        errors = self._verdict(document, ("structural", *options), lambda: validate_(structural))
        if errors:
            return errors
        if not validated:  # else an earlier extension (e.g. ValidationCache) found the document valid
            rules = (*context.validation_rules, MaxIntrospectionDepthRule, MaybeNullValidationRule,
                     OneOfInputValidationRule)
            errors = self._verdict(document, ("specified", *options, rules), lambda: validate_(rules))
            if errors:
                return errors

        def price() -> int:
            return query_cost(schema, document, operation_name=context.operation_name,
                              variables=context.variables, default_page_size=self.limits.default_page_size,
                              page_arguments=self.limits.page_arguments)

        if self.documents is None:
            self.cost = price()
        else:
            self.cost = self.documents.cost(document, (schema, self.limits, context.operation_name),
                                            self.limits.page_arguments, context.variables, price)
        if self.cost > self.limits.cost_budget:
            return [limit_error(
                f"The query costs {self.cost}, above the budget of {self.limits.cost_budget}: ask for fewer "
                "items (`first`/`last`) or fewer fields.", "QUERY_TOO_COSTLY",
                cost=self.cost, budget=self.limits.cost_budget)]
        return []

    def _verdict(self, document: DocumentNode, key: Hashable,
                 run: Callable[[], list[GraphQLError]]) -> list[GraphQLError]:
        if self.documents is None:
            return run()
        return self.documents.validate(document, key, run)
