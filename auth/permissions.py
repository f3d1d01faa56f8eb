"""Who may do what, written once as permission classes (in the manner of PyCon Italia's `permission_classes`).

Fields: a client or integration gets `null` for a restricted field (never an error that could leak a value),
so every field carrying one is nullable and says in its description who may see it.

Mutations: each declares one of these classes (`schema.mutations.base.mutation(permission=...)`); a viewer
it refuses gets the one FORBIDDEN GraphQL error with the class's `message`, and nothing runs.
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


class AllowAny(BasePermission):
    """Anyone, signed in or not (sign-in itself). The business function decides what the answer may reveal."""

    message = "Anyone may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return True


class IsAuthenticated(BasePermission):
    """Any signed-in viewer, user or API token; the business rule decides on the object itself."""

    message = "Sign in to do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_authenticated


class IsUser(BasePermission):
    """A signed-in user (not an API token): what belongs to a person, such as their notifications."""

    message = "Sign in as a user to do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).user_id is not None


class IsOwner(BasePermission):
    """The owner alone: staff accounts and company settings."""

    message = "Only the owner may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_owner


class IsClientWithFinances(BasePermission):
    """A client user (or token) who sees the account's money: reports payments, asks for corrections."""

    message = "Only a client user who sees the account's invoices may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        viewer = _viewer(info)
        return viewer.is_client and viewer.sees_money


class IsStaff(BasePermission):
    """Company side: owner, office and field employees."""

    message = "Only staff may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_staff


class IsOffice(BasePermission):
    """Owner and office: the CRM's internal records (tags, reminders, notices, activity)."""

    message = "Only office staff may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).is_office


class SeesMoney(BasePermission):
    """Office, and client users or tokens given finances. Field employees never see money."""

    message = "Only office staff, and client users who see finances, may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).sees_money


class SeesAccountMoney(BasePermission):
    """Office, and client users or tokens with finances over the whole account: saved cards and autopay."""

    message = "Only office staff, and client users who see the whole account's finances, may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return _viewer(info).sees_whole_account


class IsClientUser(BasePermission):
    """A client's portal user (a person, not an integration token): their word on a finished job."""

    message = "Only a client's portal user may do this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        viewer = _viewer(info)
        return viewer.is_client and viewer.user_id is not None


class SeesAccountPeople(BasePermission):
    """Staff, and client users or tokens who see the whole account: how to reach the account's people.

    A site contact limited to some properties (or a token scoped to them) sees who the account's contacts are
    and their roles, not their e-mail addresses and phone numbers.
    """

    message = "Only staff, and client users who see the whole account, may see this."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        viewer = _viewer(info)
        return viewer.is_staff or (viewer.is_client and viewer.property_ids is None)


STAFF_ONLY = "Staff only: null for client users and integrations."
OFFICE_ONLY = "Office only (OWNER, OFFICE): null for everyone else."
MONEY = "Null for viewers without finances (field employees, clients without finances)."
WHOLE_ACCOUNT = ("Staff, and client users or tokens who see the whole account: null for those limited to some "
                 "properties.")


def staff_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsStaff()], fail_silently=True)]


def office_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsOffice()], fail_silently=True)]


def money_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[SeesMoney()], fail_silently=True)]


def account_money_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[SeesAccountMoney()], fail_silently=True)]


def whole_account_only() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[SeesAccountPeople()], fail_silently=True)]
