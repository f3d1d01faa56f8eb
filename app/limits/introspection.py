"""Introspection in production only for staff: a client or a scanner does not get the schema's map.

Strawberry's ``DisableIntrospection`` turns introspection off for everyone; we need it per viewer, so
:class:`IntrospectionGate` is the same mechanism (strawberry's ``AddValidationRules``) adding
:class:`NoIntrospectionRule` only when the predicate refuses the request's viewer. Deep circular
introspection is refused for staff too, by the depth limit and graphql-core's ``MaxIntrospectionDepthRule``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from graphql import BREAK, FieldNode, ValidationRule, VisitorAction
from strawberry.extensions import AddValidationRules

from app.limits.errors import limit_error

if TYPE_CHECKING:
    from strawberry.types import ExecutionContext

logger = logging.getLogger(__name__)


class NoIntrospectionRule(ValidationRule):
    """Refuses ``__schema`` and ``__type``, once per document (``__typename`` stays allowed: clients need it).

    Not graphql-core's ``NoSchemaIntrospectionCustomRule``: that one reports every field of an introspection
    type (dozens of errors for a scanner's query) and gives no ``extensions.code``.
    """

    def enter_field(self, node: FieldNode, *_args: Any) -> VisitorAction:
        if node.name.value in ("__schema", "__type"):
            self.report_error(limit_error("Introspection is not allowed for this viewer.",
                                          "INTROSPECTION_DISABLED", node))
            return BREAK
        return None


def viewer_is_staff(execution_context: ExecutionContext) -> bool:
    """An ``allow_introspection`` predicate: the context's ``viewer`` (attribute or key) has ``is_staff``."""
    context = execution_context.context
    viewer = context.get("viewer") if isinstance(context, Mapping) else getattr(context, "viewer", None)
    return getattr(viewer, "is_staff", False) is True


class IntrospectionGate(AddValidationRules):
    """Adds :class:`NoIntrospectionRule` to the request's validation unless ``allow_introspection`` says yes.

    A predicate that raises refuses (fails closed) and is logged: it must not break requests.
    """

    def __init__(self, allow_introspection: Callable[[ExecutionContext], bool]) -> None:
        super().__init__([NoIntrospectionRule])
        self.allow_introspection = allow_introspection

    def on_operation(self) -> Iterator[None]:
        if self._allowed():
            yield
        else:
            yield from super().on_operation()

    def _allowed(self) -> bool:
        try:
            return bool(self.allow_introspection(self.execution_context))
        except Exception:
            logger.exception("allow_introspection failed; introspection refused")
            return False
