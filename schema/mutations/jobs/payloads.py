"""Payloads and inputs that several job and property mutations share."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from resolvers import jobs
from schema.jobs import Job
from schema.mutations.base import MutationPayload, input_id
from schema.properties import Property


@strawberry.type(description="The result of creating or changing a property.")
class PropertyPayload(MutationPayload):
    property: Property | None = strawberry.field(description="The property, as saved; null when nothing was.")


@strawberry.type(description="The result of creating or changing a job.")
class JobPayload(MutationPayload):
    job: Job | None = strawberry.field(description="The job, as saved; null when nothing was.")


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


def lines(services: list[JobServiceInput]) -> tuple[jobs.LineDraft, ...]:
    """The job's lines, each service id decoded at `["input", "services", "<index>", "serviceId"]`."""
    return tuple(
        jobs.LineDraft(service_id=input_id(line, "service_id", "Service", at=("services", str(index))),
                       quantity=line.quantity, unit_price=line.unit_price, description=line.description,
                       taxable=line.taxable)
        for index, line in enumerate(services)
    )
