"""Customers (the record everything hangs off), their contacts and tags."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import ContactRole, CustomerKind, CustomerStatus

# The database derives the keys used for "same client however typed": case, spacing and punctuation go.
NAME_KEY_SQL = "lower(regexp_replace({column}, '[^[:alnum:]]+', '', 'g'))"
# Lower-cased text the customer search matches with LIKE (migration 0006 defines `crm_search_text`).
SEARCH_TEXT_SQL = "crm_search_text({parts})"


class Customer(Base, table=True):
    """One client: a household, a business or a property manager."""

    __tablename__ = "customer"
    __table_args__ = (
        sa.Index("ix_customer_display_name_trgm", "display_name", postgresql_using="gin",
                 postgresql_ops={"display_name": "gin_trgm_ops"}),
        sa.Index("ix_customer_billing_name_trgm", "billing_name", postgresql_using="gin",
                 postgresql_ops={"billing_name": "gin_trgm_ops"}),
        sa.Index("ix_customer_emails", "emails", postgresql_using="gin"),
        sa.Index("ix_customer_phones", "phones", postgresql_using="gin"),
        sa.Index("ix_customer_search_text_trgm", "search_text", postgresql_using="gin",
                 postgresql_ops={"search_text": "gin_trgm_ops"}),
        sa.CheckConstraint("merged_into_id IS NULL OR merged_into_id <> id", name="not_merged_into_self"),
        sa.CheckConstraint("length(trim(display_name)) > 0", name="display_name_present"),
    )

    display_name: str
    billing_name: str | None = None
    name_key: str | None = Field(
        default=None,
        sa_column=sa.Column(sa.Text, sa.Computed(NAME_KEY_SQL.format(column="display_name"), persisted=True),
                            index=True),
    )
    billing_name_key: str | None = Field(
        default=None,
        sa_column=sa.Column(sa.Text, sa.Computed(NAME_KEY_SQL.format(column="billing_name"), persisted=True),
                            index=True),
    )
    kind: CustomerKind = Field(default=CustomerKind.RESIDENTIAL, sa_type=enum_type(CustomerKind))
    # Lower-cased e-mails and E.164 phones, normalised on the way in (resolvers.customers.normalize).
    emails: list[str] = Field(default_factory=list, sa_column=sa.Column(ARRAY(sa.Text), nullable=False,
                                                                        server_default="{}"))
    phones: list[str] = Field(default_factory=list, sa_column=sa.Column(ARRAY(sa.Text), nullable=False,
                                                                        server_default="{}"))
    billing_address_line1: str | None = None
    billing_address_line2: str | None = None
    billing_city: str | None = None
    billing_region: str | None = None
    billing_postal_code: str | None = None
    billing_country: str | None = None
    internal_notes: str | None = None
    customer_notes: str | None = None
    # What the customer search finds besides names, lower case: billing address, e-mails, E.164 phones.
    search_text: str | None = Field(
        default=None,
        sa_column=sa.Column(sa.Text, sa.Computed(SEARCH_TEXT_SQL.format(
            parts="ARRAY[billing_address_line1, billing_address_line2, billing_city, billing_region, "
                  "billing_postal_code]::text[] || emails || phones"), persisted=True)),
    )
    status: CustomerStatus = Field(default=CustomerStatus.ACTIVE, sa_type=enum_type(CustomerStatus),
                                   index=True)
    portal_access: bool = True
    merged_into_id: int | None = foreign_key("customer.id", nullable=True)
    stripe_customer_id: str | None = Field(default=None, unique=True)
    """The customer's Customer object at Stripe, made when a payment method is first saved."""
    autopay: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    """Issued invoices and batches are charged to the default saved method (models.cards.AutopayCharge)."""
    autopay_consent_text: str | None = None
    autopay_changed_at: datetime | None = timestamp()
    autopay_changed_by_user_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    """Who last turned autopay on or off (a user id; no foreign key: users already point at customers)."""


class Contact(Base, table=True):
    """A person on an account and what they do for it (billing, approvals, on-site).

    At most one contact per customer is its default billing contact (the one invoices go to); a partial
    unique index holds it, so two writes cannot both make one.
    """

    __tablename__ = "contact"
    __table_args__ = (
        sa.Index("uq_contact_default_billing", "customer_id", unique=True,
                 postgresql_where=sa.text("is_default_billing")),
    )

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    name: str
    role: ContactRole = Field(default=ContactRole.OWNER, sa_type=enum_type(ContactRole))
    # Lower-cased e-mail and E.164 phone, normalised like a customer's (resolvers.normalize).
    email: str | None = None
    phone: str | None = None
    is_default_billing: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class Tag(Base, table=True):
    """A label the office puts on customers (staff only). Names are unique however cased."""

    __tablename__ = "tag"
    __table_args__ = (sa.Index("uq_tag_name_folded", sa.text("lower(name)"), unique=True),)

    name: str = Field(sa_type=sa.Text, unique=True)
    color: str | None = None


class CustomerTag(Base, table=True):
    __tablename__ = "customer_tag"
    __table_args__ = (sa.UniqueConstraint("customer_id", "tag_id", name="uq_customer_tag_pair"),)

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    tag_id: int = foreign_key("tag.id", ondelete="CASCADE")
