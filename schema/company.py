"""The company's public face: what every page and document may show (no billing settings)."""

from __future__ import annotations

import strawberry

from schema.context import Info


@strawberry.type(description="The company this deployment serves, as anyone may see it.")
class Company:
    name: str = strawberry.field(description="The company's name.")
    time_zone: str = strawberry.field(description="IANA time zone dates and times are shown in.")
    currency: str = strawberry.field(description="ISO 4217 currency of every amount.")
    email: str | None = strawberry.field(description="Where clients write to.")
    phone: str | None = strawberry.field(description="Where clients call.")
    website: str | None = strawberry.field(description="The company's website.")


@strawberry.type
class CompanyQueries:
    @strawberry.field(description="The company: name, time zone and currency for showing dates and money.")
    async def company(self, info: Info) -> Company:
        row = await info.context.company()
        return Company(name=row.name, time_zone=row.time_zone, currency=row.currency, email=row.email,
                       phone=row.phone, website=row.website)
