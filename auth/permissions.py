"""Field-level rules, written once: who may see internal details and money.

A client or integration gets `null` for these fields (never an error that could leak a value), so every
field carrying one is nullable and says in its description who may see it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

if TYPE_CHECKING:
    from auth.viewer import Viewer


def _viewer(info: Any) -> Viewer:
    viewer: Viewer = info.context.viewer
    return viewer


class IsStaff(BasePermission):
    """Company side: owner, office and field employees."""

    message = "Only staff may see this field."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_staff


class IsOffice(BasePermission):
    """Owner and office: the CRM's internal records (tags, reminders, notices, activity)."""

    message = "Only office staff may see this field."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_office


class SeesMoney(BasePermission):
    """Office, and client users or tokens given finances. Field employees never see money."""

    message = "You may not see amounts."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).sees_money


STAFF_ONLY = "Staff only: null for client users and integrations."
OFFICE_ONLY = "Office only (OWNER, OFFICE): null for everyone else."
MONEY = "Null for viewers without finances (field employees, clients without finances)."


def staff_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsStaff()], fail_silently=True)]


def office_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsOffice()], fail_silently=True)]


def money_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[SeesMoney()], fail_silently=True)]
