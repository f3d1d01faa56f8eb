"""The office's access panel, read side: portal and staff users, and API tokens, as lists to page through.

Plain functions returning the SELECT a root connection pages through (`resolvers.loaders.root_page`). Who
reads whom follows who manages whom (`resolvers.users`): the office reads customer users and tokens; only
the owner also reads staff users (OWNER, OFFICE, EMPLOYEE).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import ApiToken, Customer, User
from models.enums import Role
from models.problems import Forbidden


def _like(term: str) -> str:
    """`term` as an ILIKE pattern that finds it anywhere, its own `%`, `_` and `\\` taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _customers_named(term: str) -> Any:
    return sa.select(col(Customer.id)).where(col(Customer.display_name).ilike(_like(term)))


def users_statement(viewer: Viewer, *, roles: Sequence[Role] | None = None, customer_id: int | None = None,
                    search: str | None = None, active: bool | None = None) -> sa.Select[Any]:
    """The users the viewer may manage, by username: customer users for the office, everyone for the owner.

    `roles` keeps those roles; `customer_id` one customer's users; `search` finds a piece of the username,
    name, e-mail or the customer's name (any case); `active` only enabled (True) or disabled (False) users.
    Raises Forbidden for anyone but the office.
    """
    if not viewer.is_office:
        raise Forbidden("Only the office may list users.")
    statement = readable(viewer, User)
    if not viewer.is_owner:
        statement = statement.where(col(User.role) == Role.CUSTOMER)
    if roles:
        statement = statement.where(col(User.role).in_(list(roles)))
    if customer_id is not None:
        statement = statement.where(col(User.customer_id) == customer_id)
    if active is not None:
        statement = statement.where(col(User.active).is_(active))
    term = (search or "").strip()
    if term:
        pattern = _like(term)
        statement = statement.where(sa.or_(
            sa.cast(col(User.username), sa.Text).ilike(pattern), col(User.name).ilike(pattern),
            sa.cast(col(User.email), sa.Text).ilike(pattern), col(User.customer_id).in_(_customers_named(term)),
        ))
    return statement.order_by(col(User.username), col(User.id))


def api_tokens_statement(viewer: Viewer, *, customer_id: int | None = None,
                         active: bool | None = None) -> sa.Select[Any]:
    """API tokens, newest first: one customer's with `customer_id`; only valid (True) or revoked (False) ones
    with `active`. Raises Forbidden for anyone but the office."""
    if not viewer.is_office:
        raise Forbidden("Only the office may list API tokens.")
    statement = readable(viewer, ApiToken)
    if customer_id is not None:
        statement = statement.where(col(ApiToken.customer_id) == customer_id)
    if active is True:
        statement = statement.where(col(ApiToken.revoked_at).is_(None))
    elif active is False:
        statement = statement.where(col(ApiToken.revoked_at).is_not(None))
    return statement.order_by(col(ApiToken.created_at).desc(), col(ApiToken.id).desc())
