"""What the compiled read path knows how to answer in SQL: per GraphQL type, its table and, per field, how the
field's value is read from a row of it.

Declared, not inferred: a field missing here (a new one, or one computed in Python: signed links, aging, the
company's currency, display numbers) makes any operation selecting it go to the normal executor. Which rows
are reached is never declared here: every table is filtered by `auth.scope.readable_condition`, every edge is
the `resolvers.reads.Children` spec the loaders use, and field rules are the fields' own permission classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import models
from resolvers import reads
from resolvers.loaders import Children


@dataclass(frozen=True, slots=True)
class Column:
    """A column as is: text, integers, booleans, enums (stored as their names), text arrays."""

    name: str


@dataclass(frozen=True, slots=True)
class GlobalId:
    """The Relay global id (`base64("Type:id")`, strawberry's `GlobalID`)."""


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A `timestamptz` column as strawberry's `DateTime` writes it (`datetime.isoformat()`)."""

    name: str


@dataclass(frozen=True, slots=True)
class Day:
    """A `date` column as `date.isoformat()`."""

    name: str


@dataclass(frozen=True, slots=True)
class Number:
    """A `numeric` column as strawberry's `Decimal` writes it (`str(Decimal)`: the stored scale)."""

    name: str


@dataclass(frozen=True, slots=True)
class MoneyOf:
    """A `Money` object from a `*_cents` column."""

    name: str


@dataclass(frozen=True, slots=True)
class AddressOf:
    """An `Address` object from six columns (line1, line2, city, region, postalCode, country)."""

    columns: tuple[str, str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class ToOne:
    """Another row by a foreign key, as `loaders.by_id(model)` reads it (null when missing or out of scope)."""

    type_name: str
    key: str


@dataclass(frozen=True, slots=True)
class Edge:
    """Rows under this one, as the loaders read a `Children` spec: a paged connection (`first`/`after`), the
    whole list, or its first row only (`job.invoice`)."""

    type_name: str
    children: Children
    shape: str  # "connection" | "list" | "first"


Field = Column | GlobalId | Timestamp | Day | Number | MoneyOf | AddressOf | ToOne | Edge


@dataclass(frozen=True, slots=True)
class Table:
    model: type[Any]
    fields: dict[str, Field]


_PROPERTY_ADDRESS = AddressOf(("address_line1", "address_line2", "city", "region", "postal_code", "country"))
_BILLING_ADDRESS = AddressOf(("billing_address_line1", "billing_address_line2", "billing_city", "billing_region",
                              "billing_postal_code", "billing_country"))

TYPES: dict[str, Table] = {
    "Customer": Table(models.Customer, {
        "id": GlobalId(), "displayName": Column("display_name"), "billingName": Column("billing_name"),
        "kind": Column("kind"), "emails": Column("emails"), "phones": Column("phones"),
        "customerNotes": Column("customer_notes"), "status": Column("status"),
        "portalAccess": Column("portal_access"), "createdAt": Timestamp("created_at"),
        "internalNotes": Column("internal_notes"), "billingAddress": _BILLING_ADDRESS,
        "properties": Edge("Property", reads.PROPERTIES_OF_CUSTOMER, "connection"),
        "jobs": Edge("Job", reads.JOBS_OF_CUSTOMER, "connection"),
        "invoices": Edge("Invoice", reads.INVOICES_OF_CUSTOMER, "connection"),
    }),
    "Property": Table(models.Property, {
        "id": GlobalId(), "name": Column("name"), "type": Column("type"), "accessNotes": Column("access_notes"),
        "description": Column("description"), "active": Column("active"), "createdAt": Timestamp("created_at"),
        "internalNotes": Column("internal_notes"), "address": _PROPERTY_ADDRESS,
        "customer": ToOne("Customer", "customer_id"),
        "jobs": Edge("Job", reads.JOBS_OF_PROPERTY, "connection"),
        "invoices": Edge("Invoice", reads.INVOICES_OF_PROPERTY, "connection"),
    }),
    "Job": Table(models.Job, {
        "id": GlobalId(), "scheduledStart": Timestamp("scheduled_start"), "scheduledEnd": Timestamp("scheduled_end"),
        "status": Column("status"), "startedAt": Timestamp("started_at"), "finishedAt": Timestamp("finished_at"),
        "clientNotes": Column("client_notes"), "internalNotes": Column("internal_notes"),
        "property": ToOne("Property", "property_id"), "customer": ToOne("Customer", "customer_id"),
        "services": Edge("JobLine", reads.LINES_OF_JOB, "list"),
        "invoice": Edge("Invoice", reads.CURRENT_INVOICE_OF_JOB, "first"),
        "invoices": Edge("Invoice", reads.INVOICES_OF_JOB, "list"),
    }),
    "JobLine": Table(models.JobLine, {
        "id": GlobalId(), "description": Column("description"), "quantity": Number("quantity"),
        "taxable": Column("taxable"), "unitPrice": MoneyOf("unit_price_cents"),
    }),
    "Invoice": Table(models.Invoice, {
        "id": GlobalId(), "number": Column("number"), "status": Column("status"), "issuedOn": Day("issued_on"),
        "dueOn": Day("due_on"), "taxRate": Number("tax_rate"), "notes": Column("notes"),
        "internalNotes": Column("internal_notes"), "subtotal": MoneyOf("subtotal_cents"), "tax": MoneyOf("tax_cents"),
        "total": MoneyOf("total_cents"), "customer": ToOne("Customer", "customer_id"),
        "property": ToOne("Property", "property_id"),
        "lines": Edge("InvoiceLine", reads.LINES_OF_INVOICE, "list"),
        "jobs": Edge("Job", reads.JOBS_OF_INVOICE, "list"),
    }),
    "InvoiceLine": Table(models.InvoiceLine, {
        "id": GlobalId(), "description": Column("description"), "quantity": Number("quantity"),
        "taxable": Column("taxable"), "unitPrice": MoneyOf("unit_price_cents"), "amount": MoneyOf("amount_cents"),
    }),
}
"""GraphQL type → table and fields. Root fields are in `app.compiled.compiler.ROOTS`."""
