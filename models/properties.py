"""Properties: the places where work happens, each belonging to one customer."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key
from models.enums import PropertyType


class Property(Base, table=True):
    """A service location. Access notes go to assigned staff and the client; internal notes stay inside."""

    __tablename__ = "property"
    __table_args__ = (
        sa.Index("ix_property_search_text_trgm", "search_text", postgresql_using="gin",
                 postgresql_ops={"search_text": "gin_trgm_ops"}),
    )

    customer_id: int = foreign_key("customer.id")
    name: str
    type: PropertyType = Field(default=PropertyType.RESIDENTIAL, sa_type=enum_type(PropertyType))
    address_line1: str
    address_line2: str | None = None
    city: str
    region: str | None = None
    postal_code: str | None = None
    country: str = "US"
    access_notes: str | None = None
    description: str | None = None
    internal_notes: str | None = None
    active: bool = True
    # The address in one lower-case string, for the customer search (a city, a street, a postal code).
    search_text: str | None = Field(
        default=None,
        sa_column=sa.Column(sa.Text, sa.Computed(
            "crm_search_text(ARRAY[address_line1, address_line2, city, region, postal_code]::text[])",
            persisted=True)),
    )
