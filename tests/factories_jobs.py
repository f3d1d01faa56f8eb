"""Extra factories and checks for the properties and jobs tests (see tests/factories.py for the basics)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from models import ChecklistItem, ChecklistTemplateItem, Customer, Employee, Job, Service, Team, User
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.graphql import execute, execute_raw

# Every table a property or job write may touch: "nothing changed" compares all of their rows.
WRITTEN_TABLES = ("customer", "property", "job", "job_line", "job_assignment", "checklist_item",
                  "job_status_change", "activity", "user_property")


async def database_state(sessions: async_sessionmaker[AsyncSession],
                         tables: tuple[str, ...] = WRITTEN_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a write may touch, in id order: compare before and after a refused write."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as session:
        for table in tables:
            rows = await session.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY id'))
            state[table] = [tuple(row) for row in rows]
    return state


async def template_item(session: AsyncSession, *, label: str, service: Service | None = None,
                        place: Any = None, required: bool = False, position: int = 0) -> ChecklistTemplateItem:
    row = ChecklistTemplateItem(service_id=service.id if service else None,
                                property_id=place.id if place else None, label=label, required=required,
                                position=position)
    session.add(row)
    await session.flush()
    return row


async def checklist_item(session: AsyncSession, job: Job, *, label: str, required: bool = False,
                         done: bool = False, position: int = 0) -> ChecklistItem:
    row = ChecklistItem(job_id=job.id, label=label,  # type: ignore[arg-type]
                        required=required, position=position,
                        done_at=utc_now() if done else None)
    session.add(row)
    await session.flush()
    return row


async def team(session: AsyncSession, name: str = "Blue team") -> Team:
    row = Team(name=name)
    session.add(row)
    await session.flush()
    return row


async def office_user(session: AsyncSession, role: Role = Role.OFFICE) -> Viewer:
    """An office (or owner) viewer backed by a real user row, so history can name who did it."""
    user: User = await factories.user(session, role)
    return Viewer(user_id=user.id, role=role)


async def worker_user(session: AsyncSession, worker: Employee) -> Viewer:
    user: User = await factories.user(session, Role.EMPLOYEE, employee_id=worker.id)
    return Viewer(user_id=user.id, role=Role.EMPLOYEE, employee_id=worker.id)


async def client_user(session: AsyncSession, owner: Customer) -> Viewer:
    user: User = await factories.user(session, Role.CUSTOMER, customer_id=owner.id)
    return Viewer(user_id=user.id, role=Role.CUSTOMER, customer_id=owner.id)


USER_ERRORS = "userErrors { field code message }"


async def mutate(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, name: str, input_type: str,
                 variables: dict[str, Any], selection: str) -> dict[str, Any]:
    """Run `mutation { name(input: $input) { selection userErrors } }` and return the payload."""
    query = f"mutation ($input: {input_type}!) {{ {name}(input: $input) {{ {selection} {USER_ERRORS} }} }}"
    data = await execute(sessions, viewer, query, {"input": variables})
    payload: dict[str, Any] = data[name]
    return payload


async def mutate_raw(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, name: str, input_type: str,
                     variables: dict[str, Any], selection: str) -> Any:
    query = f"mutation ($input: {input_type}!) {{ {name}(input: $input) {{ {selection} {USER_ERRORS} }} }}"
    return await execute_raw(sessions, viewer, query, {"input": variables})


def only_error(payload: dict[str, Any]) -> tuple[list[str] | None, str]:
    """The (field, code) of a payload's single userError."""
    errors = payload["userErrors"]
    assert len(errors) == 1, errors
    return errors[0]["field"], errors[0]["code"]


def ghost(type_name: str) -> str:
    """A well-formed global id of `type_name` that no row has."""
    return str(GlobalID(type_name, "987654"))
