"""An independent statement of who may see what, written in plain SQL (not through `auth.scope`).

The authorization test compares what the API returns with this oracle, so a mistake in the scoping code
is not reproduced by the check that guards it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from auth.viewer import Viewer

# GraphQL type → (table, SQL giving each row's customer id, SQL giving its property id or NULL,
#                 SQL giving its job id or NULL).
OWNERSHIP: dict[str, tuple[str, str, str, str]] = {
    "Customer": ("customer", "t.id", "NULL", "NULL"),
    "Contact": ("contact", "t.customer_id", "NULL", "NULL"),
    "Property": ("property", "t.customer_id", "t.id", "NULL"),
    "Job": ("job", "t.customer_id", "t.property_id", "t.id"),
    "JobLine": ("job_line", "(SELECT customer_id FROM job WHERE id = t.job_id)",
                "(SELECT property_id FROM job WHERE id = t.job_id)", "t.job_id"),
    "ChecklistItem": ("checklist_item", "(SELECT customer_id FROM job WHERE id = t.job_id)",
                      "(SELECT property_id FROM job WHERE id = t.job_id)", "t.job_id"),
    "JobStatusChange": ("job_status_change", "t.customer_id", "t.property_id", "t.job_id"),
    "File": ("stored_file", "t.customer_id",
             "coalesce(t.property_id, (SELECT property_id FROM job WHERE id = t.job_id))", "t.job_id"),
    "Invoice": ("invoice", "t.customer_id", "t.property_id", "NULL"),
    "InvoiceLine": ("invoice_line", "(SELECT customer_id FROM invoice WHERE id = t.invoice_id)",
                    "(SELECT property_id FROM invoice WHERE id = t.invoice_id)", "NULL"),
    "Allocation": ("allocation", "(SELECT customer_id FROM invoice WHERE id = t.invoice_id)",
                   "(SELECT property_id FROM invoice WHERE id = t.invoice_id)", "NULL"),
    "Batch": ("batch", "t.customer_id", "NULL", "NULL"),
    "Transaction": ("payment_transaction", "t.customer_id", "NULL", "NULL"),
    "Note": ("note", "t.customer_id", "t.property_id", "t.job_id"),
    "Tag": ("tag", "NULL", "NULL", "NULL"),
    "Reminder": ("reminder", "t.customer_id", "NULL", "NULL"),
    "Notice": ("notice", "t.customer_id", "NULL", "NULL"),
    "Activity": ("activity", "t.customer_id", "NULL", "NULL"),
    "Employee": ("employee", "NULL", "NULL", "NULL"),
    "Team": ("team", "NULL", "NULL", "NULL"),
    "Service": ("service", "NULL", "NULL", "NULL"),
    "User": ("app_user", "t.customer_id", "NULL", "NULL"),
    "ApiToken": ("api_token", "t.customer_id", "NULL", "NULL"),
    # Readable with its invoice (that invoice's property) or its transaction (account-wide: no property).
    "CorrectionRequest": ("correction_request", "t.customer_id",
                          "(SELECT property_id FROM invoice WHERE id = t.invoice_id)", "NULL"),
    "SavedPaymentMethod": ("saved_payment_method", "t.customer_id", "NULL", "NULL"),
    "JobReview": ("job_review", "t.customer_id", "t.property_id", "t.job_id"),
    # The office's planning tool: clients see the visits (jobs) a plan makes, never the plan.
    "RecurringPlan": ("recurring_plan", "t.customer_id", "t.property_id", "NULL"),
}
MONEY_TYPES = {"Invoice", "InvoiceLine", "Allocation", "Batch", "Transaction", "CorrectionRequest",
               "SavedPaymentMethod"}
ACCOUNT_WIDE = {"Batch", "Transaction", "SavedPaymentMethod"}
OFFICE_TYPES = {"Tag", "Reminder", "Notice", "Activity", "ApiToken", "RecurringPlan"}


@dataclass(frozen=True)
class Row:
    customer_id: int | None
    property_id: int | None
    job_id: int | None
    client_visible: bool


async def describe(session: AsyncSession, type_name: str, ids: list[int]) -> dict[int, Row]:
    table, customer, prop, job = OWNERSHIP[type_name]
    visible = {
        "File": "t.visible_to_client",
        "Note": "t.visibility = 'CUSTOMER'",
    }.get(type_name, "TRUE")
    rows = await session.execute(
        text(f"SELECT t.id, {customer}, {prop}, {job}, {visible} FROM {table} t WHERE t.id = ANY(:ids)"),
        {"ids": ids},
    )
    return {row[0]: Row(row[1], row[2], row[3], bool(row[4])) for row in rows}


async def assigned_jobs(session: AsyncSession, employee_id: int) -> set[int]:
    rows = await session.execute(text("SELECT job_id FROM job_assignment WHERE employee_id = :e"), {"e": employee_id})
    return {row[0] for row in rows}


async def crew_of_jobs(session: AsyncSession, job_ids: set[int]) -> set[int]:
    rows = await session.execute(text("SELECT employee_id FROM job_assignment WHERE job_id = ANY(:j)"),
                                 {"j": sorted(job_ids)})
    return {row[0] for row in rows}


def may_see(viewer: Viewer, type_name: str, row: Row, *, assigned: set[int], client_jobs: set[int],
            crew: set[int], employee_customers: set[int], employee_properties: set[int], row_id: int) -> bool:
    """The rule, restated: what each kind of viewer may reach."""
    if viewer.is_office:
        return True
    if type_name == "User":
        return row_id == viewer.user_id
    if type_name in OFFICE_TYPES:
        return False
    if viewer.role is not None and viewer.employee_id is not None and not viewer.is_client:
        if type_name in MONEY_TYPES or type_name == "JobReview":
            return False  # reviews and ratings are the office's (and the reviewing client's) to read
        if type_name in {"Employee", "Team", "Service"}:
            return True
        if type_name == "Customer":
            return row_id in employee_customers
        if type_name == "Property":
            return row_id in employee_properties
        if type_name == "Note":
            return row.customer_id in employee_customers
        if type_name == "Contact":
            return row.customer_id in employee_customers
        return row.job_id in assigned if row.job_id is not None else row.property_id in employee_properties
    if viewer.is_client:
        if type_name in MONEY_TYPES and not viewer.finances:
            return False
        if type_name in ACCOUNT_WIDE and viewer.property_ids is not None:
            return False
        if type_name == "Service":
            return True
        if type_name == "Employee":
            return row_id in crew
        if type_name == "Team":
            return True  # checked through the jobs that name it
        if not row.client_visible or row.customer_id != viewer.customer_id:
            return False
        if viewer.property_ids is not None and type_name == "Note":
            # account-wide notes to every user of the customer; a job's note with the job; else the property's
            if row.job_id is not None:
                return row.job_id in client_jobs
            return row.property_id is None or row.property_id in viewer.property_ids
        if viewer.property_ids is not None and type_name not in {"Customer", "Contact"}:
            return row.property_id in viewer.property_ids
        return True
    return False
