"""Cheap structural validation rules, run before the specified ones so that abuse is refused in linear time.

Some specified rules cost more than the document's size (``OverlappingFieldsCanBeMergedRule`` is quadratic in
the fields of one selection set) and report one error per offending node. The rules here look at the shape
of the whole document through the memoised walk (:mod:`app.limits.walk`) and report at most one error each,
so a document built to be expensive to validate, or to multiply errors, is refused before that: operations,
directives (in total, and repeated at one location), aliases, depth, the same field repeated, sign-in
fields. Each is a plain graphql-core ``ValidationRule`` class, usable on its own (e.g. with strawberry's
``AddValidationRules``); :func:`structural_rules` builds the set for a :class:`QueryLimits`.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Iterable
from typing import Any

from graphql import (
    BREAK,
    DirectiveNode,
    DocumentNode,
    GraphQLError,
    Node,
    OperationType,
    ValidationRule,
    VisitorAction,
)

from app.limits.config import SIGN_IN_FIELDS, QueryLimits
from app.limits.errors import limit_error
from app.limits.walk import count_aliases, count_root_fields, most_repeated_field, operation_depths, operations_of


class DocumentRule(ValidationRule):
    """A rule that looks at the whole document once, then stops visiting."""

    def check(self, document: DocumentNode) -> Iterable[GraphQLError]:  # pragma: no cover - abstract
        raise NotImplementedError

    def enter_document(self, node: DocumentNode, *_args: Any) -> VisitorAction:
        for error in self.check(node):
            self.report_error(error)
        return BREAK


def max_operations_rule(max_operations: int) -> type[ValidationRule]:
    """At most ``max_operations`` operation definitions in one document."""

    class MaxOperationsRule(DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            operations = operations_of(document)
            if len(operations) > max_operations:
                yield limit_error(
                    f"The document contains {len(operations)} operations; "
                    f"at most {max_operations} are allowed.",
                    "TOO_MANY_OPERATIONS", operations[max_operations])

    return MaxOperationsRule


def max_aliases_rule(max_aliases: int) -> type[ValidationRule]:
    """At most ``max_aliases`` aliased fields, counted through fragments (in linear time)."""

    class MaxAliasesRule(DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            aliases = count_aliases(document)
            if aliases > max_aliases:
                yield limit_error(f"The document uses {aliases} aliases; at most {max_aliases} are allowed.",
                                  "TOO_MANY_ALIASES")

    return MaxAliasesRule


def max_depth_rule(max_depth: int) -> type[ValidationRule]:
    """Operations at most ``max_depth`` deep (``{ a { b } }`` is 1; introspection fields count too)."""

    class MaxDepthRule(DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            for operation, depth in operation_depths(document, max_depth).items():
                if depth > max_depth:
                    name = f"'{operation.name.value}'" if operation.name else "The operation"
                    yield limit_error(f"{name} exceeds the maximum depth of {max_depth}.", "QUERY_TOO_DEEP",
                                      operation)

    return MaxDepthRule


def max_field_repeats_rule(max_repeats: int) -> type[ValidationRule]:
    """The same response key at most ``max_repeats`` times in one selection set (fragments merged).

    Repeating a field is free for execution (graphql-core merges it) but costs validation time, quadratic in
    ``OverlappingFieldsCanBeMergedRule``; this refuses it cheaply before that rule runs.
    """

    class MaxFieldRepeatsRule(DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            key, repeats, owner = most_repeated_field(document)
            if repeats > max_repeats:
                yield limit_error(f"The field '{key}' is selected {repeats} times in one selection set; "
                                  f"at most {max_repeats} are allowed.", "TOO_MANY_REPEATED_FIELDS", owner)

    return MaxFieldRepeatsRule


def single_sign_in_rule(names: Collection[str] = SIGN_IN_FIELDS, max_count: int = 1) -> type[ValidationRule]:
    """At most ``max_count`` selections of the root mutation fields ``names`` per document.

    Aliases, fragments and every mutation of the document count, so one request can't try several codes.
    """
    field_names = frozenset(names)
    listed = ", ".join(sorted(field_names))

    class SingleSignInRule(DocumentRule):
        def check(self, document: DocumentNode) -> Iterable[GraphQLError]:
            count = count_root_fields(document, field_names, OperationType.MUTATION)
            if count > max_count:
                yield limit_error(f"A request may select at most {max_count} of the sign-in fields "
                                  f"({listed}); this one selects {count}.", "TOO_MANY_SIGN_IN_ATTEMPTS")

    return SingleSignInRule


def max_directives_rule(max_directives: int) -> type[ValidationRule]:
    """At most ``max_directives`` directive usages in the whole document (any location)."""

    class MaxDirectivesRule(ValidationRule):
        count = 0

        def enter_directive(self, node: DirectiveNode, *_args: Any) -> VisitorAction:
            self.count += 1
            if self.count == max_directives + 1:
                self.report_error(limit_error(
                    f"The document uses more than {max_directives} directives.", "TOO_MANY_DIRECTIVES", node))
                return BREAK
            return None

    return MaxDirectivesRule


class RepeatedDirectiveRule(ValidationRule):
    """A directive repeated at one location is one error for that location (graphql-cop's "Directive
    Overloading").

    The specified rules answer ``__typename @aa@aa@aa…`` with one error per copy (unknown directive, or
    ``UniqueDirectivesPerLocationRule`` per duplicate), so the response grows with the attack. Here each
    location that repeats a directive not declared ``repeatable`` (unknown directives included) gets one
    error, and since the cheap rules run first, the specified rules never see the document.
    """

    def enter(self, node: Node, *_args: Any) -> None:
        directives: tuple[DirectiveNode, ...] | None = getattr(node, "directives", None)
        if not directives or len(directives) < 2:
            return
        counts = Counter(directive.name.value for directive in directives)
        for name, count in counts.items():
            if count > 1 and not self._repeatable(name):
                first, second = [directive for directive in directives if directive.name.value == name][:2]
                self.report_error(limit_error(f"The directive '@{name}' can only be used once at this location.",
                                              "REPEATED_DIRECTIVE", [first, second]))
                return

    def _repeatable(self, name: str) -> bool:
        directive = self.context.schema.get_directive(name)
        return directive is not None and directive.is_repeatable


@functools.cache
def structural_rules(limits: QueryLimits) -> tuple[type[ValidationRule], ...]:
    """The cheap rules for ``limits``, built once per set of limits rather than per request."""
    return (
        max_operations_rule(limits.max_operations),
        max_directives_rule(limits.max_directives),
        RepeatedDirectiveRule,
        max_aliases_rule(limits.max_aliases),
        max_depth_rule(limits.max_depth),
        max_field_repeats_rule(limits.max_field_repeats),
        single_sign_in_rule(limits.sign_in_fields, limits.max_sign_in_fields),
    )
