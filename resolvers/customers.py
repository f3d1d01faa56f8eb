"""Customers: listing and search (reads); creation and updates live beside (see `customer_*`)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from auth.scope import readable
from auth.viewer import Viewer
from models import Customer
from models.enums import CustomerStatus
from resolvers.reads import c


def customers_statement(viewer: Viewer, *, search: str | None = None,
                        status: CustomerStatus | None = None) -> sa.Select[Any]:
    """The customers a viewer may read, best matches first when searching, else by name."""
    statement = readable(viewer, Customer)
    if status is not None:
        statement = statement.where(c(Customer, "status") == status)
    if search and search.strip():
        term = search.strip()
        score = sa.func.greatest(
            sa.func.word_similarity(term, c(Customer, "display_name")),
            sa.func.word_similarity(term, sa.func.coalesce(c(Customer, "billing_name"), "")),
        )
        statement = statement.where(
            sa.or_(
                sa.literal(term).op("<%")(c(Customer, "display_name")),
                sa.literal(term).op("<%")(c(Customer, "billing_name")),
                c(Customer, "emails").any(term.lower()),
            )
        ).order_by(score.desc(), c(Customer, "id"))
    else:
        statement = statement.order_by(c(Customer, "display_name"), c(Customer, "id"))
    return statement
