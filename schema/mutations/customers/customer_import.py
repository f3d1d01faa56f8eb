"""customerImport: a client list (CSV) in one request, for the office screens; `dop import customers` for big ones."""

from __future__ import annotations

import strawberry
from sqlmodel import col
from strawberry.file_uploads import Upload

import models
from auth.permissions import IsOffice
from auth.scope import readable
from resolvers import customer_import as rules
from schema.customers import Customer
from schema.duplicates import DuplicateReason
from schema.mutations.base import Call, MutationPayload, mutation
from schema.mutations.proof.uploads import read_upload

CustomerImportField = strawberry.enum(
    rules.Field, name="CustomerImportField",
    description="What a column of an imported client list holds. Several columns may feed EMAILS, PHONES, TAGS and "
                "NOTES (e.g. “Mobile” and “Home phone”); each other field takes one column. IGNORE leaves a column "
                "out.")
CustomerImportOutcome = strawberry.enum(
    rules.Outcome, name="CustomerImportOutcome",
    description="What became of a row: CREATED a new customer; MATCHED an existing one (or one an earlier row "
                "created), adding only its new property, tags and note; REJECTED (nothing written, see `problems`).")


@strawberry.input(description="Read the file's column `header` (any case) as `field`.")
class CustomerImportColumnInput:
    header: str = strawberry.field(description="A column header as the file writes it (case and punctuation "
                                               "ignored).")
    field: CustomerImportField = strawberry.field(  # type: ignore[valid-type]
        description="What the column holds.")


@strawberry.input(description="A client list to import. Sent as a GraphQL multipart request with an "
                              "`Apollo-Require-Preflight` header.")
class CustomerImportInput:
    file: Upload = strawberry.field(
        description=f"A CSV file (comma, semicolon or tab separated; UTF-8, or Windows-1252/Latin-1), a header line "
                    f"then one client per line; at most {rules.MAX_API_ROWS:,} rows and "
                    f"{rules.MAX_API_BYTES // (1024 * 1024)} MiB.")
    dry_run: bool = strawberry.field(default=False, description="Check and report every row; write nothing.")
    mapping: list[CustomerImportColumnInput] | None = strawberry.field(
        default=None, description="Columns to read as a given field, where the header alone does not say (headers "
                                  "such as Name, Email, Mobile, Address, Zip, Property, Tags, Notes are recognised).")


@strawberry.type(description="The closest earlier customer to a created one, by name: worth a look, perhaps a merge.")
class CustomerImportPossibleDuplicate:
    customer: Customer | None = strawberry.field(
        description="The existing customer; null for a customer this file would create in a dry run (see `line`).")
    line: int | None = strawberry.field(description="The file's line that created it, if this import did.")
    display_name: str = strawberry.field(description="Its name.")
    score: float = strawberry.field(description="How alike the names are, 0 to 1 (trigram similarity).")


@strawberry.type(description="One row of the file and what became of it.")
class CustomerImportRow:
    line: int = strawberry.field(description="The file's line the row starts on (the header is line 1).")
    outcome: CustomerImportOutcome = strawberry.field(  # type: ignore[valid-type]
        description="Created, matched or rejected.")
    display_name: str | None = strawberry.field(description="The client's name as read.")
    customer: Customer | None = strawberry.field(
        description="The customer created or matched; null when rejected, and in a dry run for a customer the "
                    "file would create.")
    same_as_line: int | None = strawberry.field(
        description="For a row matched to a customer an earlier row of this file created: that row's line.")
    matched_by: list[DuplicateReason] = strawberry.field(  # type: ignore[valid-type]
        description="Why the row is that customer (same e-mail, phone, name or billing name however typed).")
    possible_duplicate: CustomerImportPossibleDuplicate | None = strawberry.field(
        description="For a created customer: an earlier customer with a similar name, if any.")
    property_added: str | None = strawberry.field(description="The name of the property the row added, if any.")
    tags_added: list[str] = strawberry.field(description="Tags the row put on the customer.")
    note_added: bool = strawberry.field(description="Whether the row added its note (internal) to the customer.")
    problems: list[str] = strawberry.field(description="Why the row was rejected, for a person.")


@strawberry.type(description="How many rows had each outcome.")
class CustomerImportTotals:
    rows: int = strawberry.field(description="Rows read (blank lines are not rows).")
    created: int = strawberry.field(description="Rows that created a customer.")
    matched: int = strawberry.field(description="Rows matched to an existing customer or an earlier row.")
    rejected: int = strawberry.field(description="Rows rejected; nothing of them was written.")
    possible_duplicates: int = strawberry.field(description="Created rows with a similar earlier customer.")


@strawberry.type(description="A column of the file and what it was read as.")
class CustomerImportColumn:
    header: str = strawberry.field(description="The header as the file writes it.")
    field: CustomerImportField = strawberry.field(  # type: ignore[valid-type]
        description="What the column was read as (IGNORE: not imported).")


@strawberry.type(description="What an import did (or, in a dry run, would do), row by row.")
class CustomerImportReport:
    dry_run: bool = strawberry.field(description="True when nothing was written (what an import would do).")
    encoding: str = strawberry.field(description="How the file was read: utf-8, windows-1252 or latin-1.")
    columns: list[CustomerImportColumn] = strawberry.field(description="Every column of the file, as read.")
    ignored_columns: list[str] = strawberry.field(description="Headers not imported (map them with `mapping`).")
    totals: CustomerImportTotals = strawberry.field(description="How many rows had each outcome.")
    rows: list[CustomerImportRow] = strawberry.field(description="Every row, in the file's order.")


@strawberry.type(description="The result of customerImport.")
class CustomerImportPayload(MutationPayload):
    report: CustomerImportReport | None = strawberry.field(
        description="Row by row; null when the file as a whole was refused (see userErrors).")


@mutation(permission=IsOffice, description=(
    "Import a client list (CSV) in one transaction: each row becomes a customer with its property, tags and an "
    "internal note, unless an existing customer (or an earlier row) has its e-mail or phone, or else its name or "
    "billing name however typed: then the row is MATCHED and only adds what is new. A bad row is REJECTED with its "
    "line and reasons and never stops the others; importing the same file again creates nothing. A file over "
    f"{rules.MAX_API_ROWS:,} rows or {rules.MAX_API_BYTES // (1024 * 1024)} MiB, without a name column, or not "
    "readable as CSV is refused whole (userError at [\"input\", \"file\"] or [\"input\", \"mapping\"]). Office only "
    "(OWNER, OFFICE)."))
async def customer_import(call: Call, input: CustomerImportInput) -> CustomerImportPayload:
    content, _, filename = await read_upload(input.file, rules.MAX_API_BYTES)
    mapping = {column.header: rules.Field(column.field).value for column in input.mapping or []}
    report = await rules.import_in_one_transaction(call.session, call.viewer, content, mapping=mapping,
                                                   dry_run=input.dry_run, filename=filename)
    return CustomerImportPayload(report=await _report(call, report))


async def _report(call: Call, report: rules.ImportReport) -> CustomerImportReport:
    ids = {row.customer_id for row in report.rows} | {row.possible_duplicate.customer_id for row in report.rows
                                                      if row.possible_duplicate is not None}
    ids.discard(None)
    customers: dict[int, models.Customer] = {}
    if ids:
        statement = readable(call.viewer, models.Customer).where(col(models.Customer.id).in_(ids))
        customers = {row.id: row for row in (await call.session.execute(statement)).scalars()
                     if row.id is not None}

    def customer(customer_id: int | None) -> Customer | None:
        return customers.get(customer_id) if customer_id is not None else None  # type: ignore[return-value]

    rows = [CustomerImportRow(
        line=row.line, outcome=row.outcome, display_name=row.display_name, customer=customer(row.customer_id),
        same_as_line=row.same_as_line, matched_by=list(row.matched_by),
        possible_duplicate=None if row.possible_duplicate is None else CustomerImportPossibleDuplicate(
            customer=customer(row.possible_duplicate.customer_id), line=row.possible_duplicate.line,
            display_name=row.possible_duplicate.display_name, score=row.possible_duplicate.score),
        property_added=row.property_created, tags_added=list(row.tags_added), note_added=row.note_added,
        problems=list(row.problems),
    ) for row in report.rows]
    return CustomerImportReport(
        dry_run=report.dry_run, encoding=report.encoding,
        columns=[CustomerImportColumn(header=header, field=target) for header, target in report.columns],
        ignored_columns=report.ignored_columns,
        totals=CustomerImportTotals(
            rows=len(report.rows), created=report.count(rules.Outcome.CREATED),
            matched=report.count(rules.Outcome.MATCHED), rejected=report.count(rules.Outcome.REJECTED),
            possible_duplicates=report.possible_duplicates),
        rows=rows,
    )

