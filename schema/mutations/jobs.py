"""Mutations of the jobs domain (one function each, registered on the type below).

Properties are edited here too: they are where jobs happen, and the jobs domain owns them in the schema.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar, cast

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

import models
from auth.viewer import Viewer
from models.enums import JobStatus, PropertyType
from resolvers import jobs, properties
from resolvers.errors import UserInputError
from resolvers.job_workflow import MoveDenied
from resolvers.values import KEEP, Keep
from schema.common import AddressInput, UserError
from schema.context import Info
from schema.errors import PermissionDenied
from schema.jobs import Job, JobStatusChange
from schema.mutations.base import decode_id, require, run_mutation
from schema.properties import Property

T = TypeVar("T")
U = TypeVar("U")


def _id(global_id: strawberry.ID, type_name: str, *path: str) -> int:
    """A global id in the input to a database id; another type's id or garbage is NOT_FOUND at its path."""
    try:
        return decode_id(global_id, type_name, path[-1])
    except UserInputError as error:
        raise UserInputError([dataclasses.replace(problem, field=("input", *path))
                              for problem in error.problems]) from None


def _change(value: T | None, convert: Callable[[T], U]) -> U | Keep | None:
    """An update field: left out (UNSET) keeps the value, null clears it, anything else is converted."""
    if value is strawberry.UNSET:
        return KEEP
    return None if value is None else convert(value)


def _same(value: T) -> T:
    return value


# --- properties -------------------------------------------------------------------------------------------

@strawberry.input(description="A new property of a customer.")
class PropertyCreateInput:
    customer_id: strawberry.ID = strawberry.field(description="The customer the property belongs to.")
    name: str = strawberry.field(description="What the customer calls this place, e.g. “Main house”.")
    address: AddressInput = strawberry.field(description="The street address; line1 and city are required.")
    type: PropertyType = strawberry.field(default=PropertyType.RESIDENTIAL,
                                          description="Residential, business or pool.")
    access_notes: str | None = strawberry.field(
        default=None,
        description="How to get in (lockbox, gate code): shown to assigned staff and the client.")
    description: str | None = strawberry.field(default=None, description="What the place is like.")
    internal_notes: str | None = strawberry.field(default=None,
                                                  description="The office's private notes on this place.")


@strawberry.input(description="Changes to a property; leave a field out to keep it, null clears a note.")
class PropertyUpdateInput:
    id: strawberry.ID = strawberry.field(description="The property to change.")
    customer_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Move the property to another customer (only while it has no jobs or invoices).")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name.")
    type: PropertyType | None = strawberry.field(default=strawberry.UNSET, description="A new type.")
    address: AddressInput | None = strawberry.field(
        default=strawberry.UNSET,
        description="A new address, replacing the whole address (line1 and city required).")
    access_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New access notes.")
    description: str | None = strawberry.field(default=strawberry.UNSET, description="A new description.")
    internal_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New internal notes.")


@strawberry.type(description="The result of creating or changing a property.")
class PropertyPayload:
    property: Property | None = strawberry.field(description="The property, as saved; null when nothing was.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty on success.")


# --- jobs ---------------------------------------------------------------------------------------------------

@strawberry.input(description="A service on a job; what is left out comes from the service catalog.")
class JobServiceInput:
    service_id: strawberry.ID = strawberry.field(description="The catalog service.")
    quantity: Decimal | None = strawberry.field(default=None,
                                                description="How many units (more than 0); 1 when left out.")
    unit_price: Decimal | None = strawberry.field(
        default=None, description="Price of one unit in dollars (at least 0, at most 2 decimals); the "
                                  "service's default price when left out.")
    description: str | None = strawberry.field(default=None,
                                               description="What is done; the service's name when left out.")
    taxable: bool | None = strawberry.field(
        default=None, description="Whether tax applies; the service's setting when left out.")


@strawberry.input(description="A new job at one of a customer's properties.")
class JobCreateInput:
    customer_id: strawberry.ID = strawberry.field(description="Whose job it is.")
    property_id: strawberry.ID = strawberry.field(description="Where: one of that customer's properties.")
    scheduled_start: datetime = strawberry.field(
        description="When it starts (with a time zone offset; taken as UTC without one).")
    scheduled_end: datetime | None = strawberry.field(default=None,
                                                      description="When it ends: after the start.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="The team sent.")
    employee_ids: list[strawberry.ID] = strawberry.field(default_factory=list,
                                                         description="The employees assigned (active ones).")
    services: list[JobServiceInput] = strawberry.field(default_factory=list,
                                                       description="The services, in order, as lines.")
    client_notes: str | None = strawberry.field(default=None, description="Notes the client may read.")
    internal_notes: str | None = strawberry.field(default=None, description="The office's private notes.")


@strawberry.input(description="Changes to a job; leave a field out to keep it.")
class JobUpdateInput:
    id: strawberry.ID = strawberry.field(description="The job to change.")
    scheduled_start: datetime | None = strawberry.field(default=strawberry.UNSET, description="A new start.")
    scheduled_end: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="A new end (null for none): after the start.")
    team_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET,
                                                     description="Another team (null for none).")
    employee_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="The employees assigned from now on ([] for nobody).")
    services: list[JobServiceInput] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Replaces every line ([] for none). Refused once the job is Finished or Cancelled, or "
                    "while an invoice that is not void bills it.")
    client_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New client notes.")
    internal_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New internal notes.")


@strawberry.input(description="Move a job to another status.")
class JobSetStatusInput:
    job_id: strawberry.ID = strawberry.field(description="The job.")
    status: JobStatus = strawberry.field(description="The status to move it to.")
    reason: str | None = strawberry.field(
        default=None, description="Why; required for an office correction (a move off the normal path).")


@strawberry.type(description="The result of creating or changing a job.")
class JobPayload:
    job: Job | None = strawberry.field(description="The job, as saved; null when nothing was.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty on success.")


@strawberry.type(description="The result of moving a job's status.")
class JobSetStatusPayload:
    job: Job | None = strawberry.field(description="The job with its new status; null when it did not move.")
    status_change: JobStatusChange | None = strawberry.field(
        description="The history entry written for this move; null when it did not move.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty on success.")


def _lines(services: list[JobServiceInput]) -> tuple[jobs.LineDraft, ...]:
    return tuple(
        jobs.LineDraft(service_id=_id(line.service_id, "Service", "services", str(index), "serviceId"),
                       quantity=line.quantity, unit_price=line.unit_price, description=line.description,
                       taxable=line.taxable)
        for index, line in enumerate(services)
    )


def _employee_ids(ids: list[strawberry.ID]) -> tuple[int, ...]:
    return tuple(_id(employee_id, "Employee", "employeeIds", str(index))
                 for index, employee_id in enumerate(ids))


def _as(type_: type[T], row: Any) -> T | None:
    """A saved model where the payload declares its GraphQL type (the type reads the model's attributes)."""
    return cast(T | None, row)


async def property_create(info: Info, input: PropertyCreateInput) -> PropertyPayload:
    require(info.context.viewer.is_office, "Only the office can add properties.")

    async def work(session: AsyncSession, viewer: Viewer) -> models.Property:
        draft = properties.PropertyDraft(
            customer_id=_id(input.customer_id, "Customer", "customerId"), name=input.name,
            address=input.address.value(), type=input.type, access_notes=input.access_notes,
            description=input.description, internal_notes=input.internal_notes,
        )
        return await properties.create_property(session, viewer, draft)

    saved, errors = await run_mutation(info, work)
    return PropertyPayload(property=_as(Property, saved), user_errors=errors)


async def property_update(info: Info, input: PropertyUpdateInput) -> PropertyPayload:
    require(info.context.viewer.is_office, "Only the office can change properties.")

    async def work(session: AsyncSession, viewer: Viewer) -> models.Property:
        property_id = _id(input.id, "Property", "id")
        customer_id: int | Keep = KEEP
        if input.customer_id is not strawberry.UNSET:
            if input.customer_id is None:
                raise UserInputError.one(("input", "customerId"), "REQUIRED",
                                         "A property always belongs to a customer; leave customerId out "
                                         "to keep it.")
            customer_id = _id(input.customer_id, "Customer", "customerId")
        changes = properties.PropertyChanges(
            customer_id=customer_id, name=_change(input.name, _same), type=_change(input.type, _same),
            address=_change(input.address, AddressInput.value), access_notes=_change(input.access_notes, _same),
            description=_change(input.description, _same),
            internal_notes=_change(input.internal_notes, _same),
        )
        return await properties.update_property(session, viewer, property_id, changes)

    saved, errors = await run_mutation(info, work)
    return PropertyPayload(property=_as(Property, saved), user_errors=errors)


async def job_create(info: Info, input: JobCreateInput) -> JobPayload:
    require(info.context.viewer.is_office, "Only the office can schedule jobs.")

    async def work(session: AsyncSession, viewer: Viewer) -> models.Job:
        draft = jobs.JobDraft(
            customer_id=_id(input.customer_id, "Customer", "customerId"),
            property_id=_id(input.property_id, "Property", "propertyId"),
            scheduled_start=input.scheduled_start, scheduled_end=input.scheduled_end,
            team_id=_id(input.team_id, "Team", "teamId") if input.team_id is not None else None,
            employee_ids=_employee_ids(input.employee_ids), services=_lines(input.services),
            client_notes=input.client_notes, internal_notes=input.internal_notes,
        )
        return await jobs.create_job(session, viewer, draft)

    saved, errors = await run_mutation(info, work)
    return JobPayload(job=_as(Job, saved), user_errors=errors)


async def job_update(info: Info, input: JobUpdateInput) -> JobPayload:
    require(info.context.viewer.is_office, "Only the office can change jobs.")

    async def work(session: AsyncSession, viewer: Viewer) -> models.Job:
        job_id = _id(input.id, "Job", "id")
        changes = jobs.JobChanges(
            scheduled_start=_change(input.scheduled_start, _same),
            scheduled_end=_change(input.scheduled_end, _same),
            team_id=_change(input.team_id, lambda team_id: _id(team_id, "Team", "teamId")),
            employee_ids=_change(input.employee_ids, _employee_ids),
            services=_change(input.services, _lines),
            client_notes=_change(input.client_notes, _same),
            internal_notes=_change(input.internal_notes, _same),
        )
        return await jobs.update_job(session, viewer, job_id, changes)

    saved, errors = await run_mutation(info, work)
    return JobPayload(job=_as(Job, saved), user_errors=errors)


async def job_set_status(info: Info, input: JobSetStatusInput) -> JobSetStatusPayload:
    require(info.context.viewer.is_authenticated, "Sign in to change a job's status.")

    async def work(session: AsyncSession, viewer: Viewer) -> tuple[models.Job, models.JobStatusChange]:
        job_id = _id(input.job_id, "Job", "jobId")
        try:
            return await jobs.set_job_status(session, viewer, job_id, input.status, input.reason)
        except MoveDenied as denied:
            raise PermissionDenied(str(denied)) from None

    moved, errors = await run_mutation(info, work)
    job, change = moved if moved is not None else (None, None)
    return JobSetStatusPayload(job=_as(Job, job), status_change=_as(JobStatusChange, change),
                               user_errors=errors)


@strawberry.type
class JobMutations:
    property_create: PropertyPayload = strawberry.mutation(
        resolver=property_create,
        description="Add a property to a customer (office only).",
    )
    property_update: PropertyPayload = strawberry.mutation(
        resolver=property_update,
        description="Change a property, or move it to another customer while it has no "
        "jobs or invoices (office only).",
    )
    job_create: JobPayload = strawberry.mutation(
        resolver=job_create,
        description="Schedule a job at one of a customer's properties (office only).",
    )
    job_update: JobPayload = strawberry.mutation(
        resolver=job_update,
        description="Change a job's schedule, crew, services or notes (office only).",
    )
    job_set_status: JobSetStatusPayload = strawberry.mutation(
        resolver=job_set_status,
        description="Move a job along Pending → On the Way → Started → Finished (or "
        "Cancelled): its assigned employees and the office; the office may "
        "also correct a status with a reason.",
    )
