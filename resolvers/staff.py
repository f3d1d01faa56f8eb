"""Who does the work and what the catalog sells: employees (and their sign-in users), teams, services and each
service's checklist template. The owner sets these up; the office and the crew read them.

Jobs copy what they use when they are made (`resolvers.jobs`): a line's description, price and taxable flag from
the service, the checklist from the templates. So changing a service's price or template here changes the next
job, never an existing one. Nothing here deletes: a service or employee that is no longer used is made inactive
(new jobs can't use it; jobs that have it keep it), so history stays whole.

Plain async functions taking `(session, viewer, …)`; expected failures raise `UserInputError` (paths below
`input`), reporting every problem of a request at once where one check does not depend on another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from auth.sessions import note_access_change
from auth.users import STAFF_ROLES
from auth.viewer import Viewer
from models import ChecklistTemplateItem, Employee, Service, Team, TeamMember, User
from models.base import row_id
from models.enums import Role
from models.problems import Forbidden, Path, Problem, ProblemCode, UserInputError
from resolvers import users
from resolvers.billing.arithmetic import exact_cents
from resolvers.crm import record_activity
from resolvers.loaders import Children
from resolvers.normalize import InvalidValue, clean_text, normalize_email, normalize_phone
from resolvers.properties import NOT_FOUND, raise_if
from resolvers.values import KEEP, Keep

NAME_LENGTH = 120
DESCRIPTION_LENGTH = 2000
LABEL_LENGTH = 200
MAX_TEMPLATE_ITEMS = 50
MAX_TEAM_MEMBERS = 100
MAX_PRICE = Decimal("100000000")  # job_line prices are bounded the same way (resolvers.jobs)

R = TypeVar("R", bound=SQLModel)

TEMPLATE_OF_SERVICE = Children("service.checklist_template", ChecklistTemplateItem,
                               col(ChecklistTemplateItem.service_id),
                               (col(ChecklistTemplateItem.position), col(ChecklistTemplateItem.id)))
"""A service's checklist template, in order (read by `Service.checklistTemplate`)."""
USERS_OF_EMPLOYEE = Children("employee.users", User, col(User.employee_id), (col(User.id),))
"""The sign-in user(s) of an employee (read by `Employee.user`)."""


def _at(*parts: str) -> Path:
    return ("input", *parts)


def _require_owner(viewer: Viewer) -> None:
    """Defence in depth: the mutations declare IsOwner; business code called directly checks too."""
    if not viewer.is_owner:
        raise Forbidden("Only the owner may set up employees, teams and services.")


def _name(value: str | None, what: str, problems: list[Problem], field: str = "name") -> str | None:
    name = clean_text(value)
    if name is None:
        problems.append(Problem(_at(field), ProblemCode.REQUIRED, f"Give the {what} a name."))
    elif len(name) > NAME_LENGTH:
        problems.append(Problem(_at(field), ProblemCode.INVALID, f"Use at most {NAME_LENGTH} characters."))
    return name


async def _name_taken(session: AsyncSession, model: type[Any], name: str, except_id: int | None) -> bool:
    """Whether another row of `model` has this name, ignoring case (two "Deep clean"s would confuse everyone)."""
    statement = sa.select(col(model.id)).where(sa.func.lower(col(model.name)) == name.lower())
    if except_id is not None:
        statement = statement.where(col(model.id) != except_id)
    return (await session.execute(statement.limit(1))).first() is not None


def _taken(what: str, name: str) -> UserInputError:
    return UserInputError.one(_at("name"), ProblemCode.CONFLICT,
                              f"There is already a {what} named “{name}”; choose another name.")


async def _insert(session: AsyncSession, row: R, what: str, name: str) -> R:
    """Insert a row whose name is unique; a concurrent insert of the same name is the same CONFLICT."""
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError:
        raise _taken(what, name) from None
    return row


async def _locked(session: AsyncSession, model: type[R], row_id_: int, field: str, what: str) -> R:
    statement = (sa.select(model).where(col(model.id) == row_id_)  # type: ignore[attr-defined]
                 .with_for_update().execution_options(populate_existing=True))
    row: R | None = (await session.execute(statement)).scalar_one_or_none()
    if row is None:
        raise UserInputError.one(_at(field), ProblemCode.NOT_FOUND, NOT_FOUND.format(what=what))
    return row


def _apply(row: Any, values: dict[str, Any]) -> list[str]:
    """Set the values that differ; returns their names (sorted), for the activity trail."""
    changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
    for name in changed:
        setattr(row, name, values[name])
    return changed


# ---------------------------------------------------------------------------------------------- services


@dataclass(frozen=True, slots=True)
class ServiceDraft:
    name: str
    default_price: Decimal
    """In the company's currency, at least 0, at most 2 decimals."""
    description: str | None = None
    taxable: bool = True
    active: bool = True


@dataclass(frozen=True, slots=True)
class ServiceChanges:
    """What `serviceUpdate` changes; KEEP leaves a field alone."""

    name: str | Keep | None = KEEP
    description: str | Keep | None = KEEP
    default_price: Decimal | Keep | None = KEEP
    taxable: bool | Keep | None = KEEP
    active: bool | Keep | None = KEEP


def _price(value: Decimal | None, problems: list[Problem]) -> int | None:
    field = _at("defaultPrice")
    if value is None:
        problems.append(Problem(field, ProblemCode.REQUIRED, "Give the default price (0 if it varies)."))
        return None
    if value < 0 or value >= MAX_PRICE:
        problems.append(Problem(field, ProblemCode.INVALID, "The default price is 0 or more (and not absurdly large)."))
        return None
    try:
        return exact_cents(value)
    except ValueError:
        problems.append(Problem(field, ProblemCode.INVALID,
                                "The default price can have at most 2 decimals (e.g. 120.50)."))
        return None


def _description(value: str | None, problems: list[Problem]) -> str | None:
    text = clean_text(value)
    if text is not None and len(text) > DESCRIPTION_LENGTH:
        problems.append(Problem(_at("description"), ProblemCode.INVALID,
                                f"Use at most {DESCRIPTION_LENGTH} characters for the description."))
    return text


def _flag(value: bool | None, field: str, problems: list[Problem]) -> bool | None:
    if value is None:
        problems.append(Problem(_at(field), ProblemCode.REQUIRED, "Say true or false, or leave it out."))
    return value


async def create_service(session: AsyncSession, viewer: Viewer, draft: ServiceDraft) -> Service:
    """A new catalog service: a unique name (ignoring case), a default price, whether it is taxed."""
    _require_owner(viewer)
    problems: list[Problem] = []
    name = _name(draft.name, "service", problems)
    price = _price(draft.default_price, problems)
    description = _description(draft.description, problems)
    raise_if(problems)
    assert name is not None and price is not None
    if await _name_taken(session, Service, name, None):
        raise _taken("service", name)
    service = await _insert(session, Service(name=name, description=description, default_price_cents=price,
                                             taxable=draft.taxable, active=draft.active), "service", name)
    record_activity(session, viewer, subject=service, verb="service.created", customer_id=None, name=name,
                    default_price_cents=price, taxable=draft.taxable, active=draft.active)
    await session.flush()
    return service


async def update_service(session: AsyncSession, viewer: Viewer, service_id: int, changes: ServiceChanges) -> Service:
    """Change what is given. Jobs already made keep their lines; `active: false` retires the service (new jobs
    can't book it; there is no delete, so jobs and invoices that name it stay whole)."""
    _require_owner(viewer)
    service = await _locked(session, Service, service_id, "id", "service")
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if not isinstance(changes.name, Keep):
        values["name"] = _name(changes.name, "service", problems)
    if not isinstance(changes.description, Keep):
        values["description"] = _description(changes.description, problems)
    if not isinstance(changes.default_price, Keep):
        values["default_price_cents"] = _price(changes.default_price, problems)
    for field in ("taxable", "active"):
        value = getattr(changes, field)
        if not isinstance(value, Keep):
            values[field] = _flag(value, field, problems)
    raise_if(problems)
    if values.get("name") is not None and await _name_taken(session, Service, values["name"], service_id):
        raise _taken("service", values["name"])
    changed = _apply(service, values)
    if changed:
        try:
            async with session.begin_nested():
                await session.flush()
        except IntegrityError:
            raise _taken("service", values["name"]) from None
        record_activity(session, viewer, subject=service, verb="service.updated", customer_id=None,
                        fields=changed, **{name: values[name] for name in changed})
        await session.flush()
    return service


@dataclass(frozen=True, slots=True)
class TemplateItem:
    label: str
    required: bool = False


async def set_checklist_template(session: AsyncSession, viewer: Viewer, service_id: int,
                                 items: Sequence[TemplateItem]) -> Service:
    """Replace the service's checklist template with `items`, in order. New jobs with the service copy it;
    jobs already made keep the checklist they have. The service row is locked, so two replacements of one
    service's template serialize (the last one wins whole, never a mix)."""
    _require_owner(viewer)
    service = await _locked(session, Service, service_id, "serviceId", "service")
    problems: list[Problem] = []
    if len(items) > MAX_TEMPLATE_ITEMS:
        problems.append(Problem(_at("items"), ProblemCode.INVALID,
                                f"A checklist has at most {MAX_TEMPLATE_ITEMS} items."))
    cleaned: list[TemplateItem] = []
    seen: set[str] = set()
    for index, item in enumerate(items[:MAX_TEMPLATE_ITEMS]):
        path = _at("items", str(index), "label")
        label = clean_text(item.label)
        if label is None:
            problems.append(Problem(path, ProblemCode.REQUIRED, "Give the item a label, or remove it."))
        elif len(label) > LABEL_LENGTH:
            problems.append(Problem(path, ProblemCode.INVALID, f"Use at most {LABEL_LENGTH} characters."))
        elif label.casefold() in seen:
            problems.append(Problem(path, ProblemCode.INVALID, f"“{label}” is already on the list."))
        else:
            seen.add(label.casefold())
            cleaned.append(replace(item, label=label))
    raise_if(problems)

    current = await template_of(session, service_id)
    if [(row.label, row.required) for row in current] == [(item.label, item.required) for item in cleaned]:
        return service
    await session.execute(sa.delete(ChecklistTemplateItem).where(col(ChecklistTemplateItem.service_id) == service_id))
    for position, item in enumerate(cleaned):
        session.add(ChecklistTemplateItem(service_id=service_id, label=item.label, required=item.required,
                                          position=position))
    record_activity(session, viewer, subject=service, verb="service.checklist_set", customer_id=None,
                    items=[item.label for item in cleaned],
                    required=[item.label for item in cleaned if item.required])
    await session.flush()
    return service


async def template_of(session: AsyncSession, service_id: int) -> list[ChecklistTemplateItem]:
    statement = (sa.select(ChecklistTemplateItem).where(col(ChecklistTemplateItem.service_id) == service_id)
                 .order_by(col(ChecklistTemplateItem.position), col(ChecklistTemplateItem.id)))
    return list((await session.execute(statement)).scalars())


# ---------------------------------------------------------------------------------------------- employees


@dataclass(frozen=True, slots=True)
class NewSignIn:
    """A sign-in user to create for an employee (through `resolvers.users.staff_user_create`)."""

    username: str
    email: str | None = None
    """Where their codes go; the employee's e-mail when None."""
    send_credentials: bool = False


@dataclass(frozen=True, slots=True)
class EmployeeDraft:
    name: str
    email: str | None = None
    phone: str | None = None
    active: bool = True
    user_id: int | None = None
    """Link this existing staff user (who then signs in as the employee)."""
    new_user: NewSignIn | None = None


@dataclass(frozen=True, slots=True)
class EmployeeChanges:
    name: str | Keep | None = KEEP
    email: str | Keep | None = KEEP
    phone: str | Keep | None = KEEP
    active: bool | Keep | None = KEEP
    user_id: int | None = None
    new_user: NewSignIn | None = None


def _contact(field: str, value: str | None, problems: list[Problem]) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        return normalize_email(text) if field == "email" else normalize_phone(text)
    except InvalidValue as error:
        problems.append(Problem(_at(field), ProblemCode.INVALID, str(error)))
        return None


def _one_sign_in(user_id: int | None, new_user: NewSignIn | None, problems: list[Problem]) -> None:
    if user_id is not None and new_user is not None:
        problems.append(Problem(_at("userId"), ProblemCode.INVALID,
                                "Link an existing user or create a new one, not both."))


async def _linked_user(session: AsyncSession, employee_id: int) -> User | None:
    statement = sa.select(User).where(col(User.employee_id) == employee_id).order_by(col(User.id)).limit(1)
    user: User | None = (await session.execute(statement)).scalar()
    return user


async def _sign_in(session: AsyncSession, viewer: Viewer, employee: Employee, user_id: int | None,
                   new_user: NewSignIn | None) -> None:
    """Give the employee a sign-in user: link an existing staff user, or create one (role EMPLOYEE)."""
    employee_id = row_id(employee)
    if user_id is None and new_user is None:
        return
    linked = await _linked_user(session, employee_id)
    if linked is not None and linked.id != user_id:
        field = "userId" if user_id is not None else "newUser"
        raise UserInputError.one(_at(field), ProblemCode.CONFLICT,
                                 f"{employee.name} already signs in as {linked.username!r}.")
    if user_id is not None:
        user = (await session.execute(sa.select(User).where(col(User.id) == user_id).with_for_update()
                                      .execution_options(populate_existing=True))).scalar_one_or_none()
        if user is None:
            raise UserInputError.one(_at("userId"), ProblemCode.NOT_FOUND, NOT_FOUND.format(what="user"))
        if user.role not in STAFF_ROLES:
            raise UserInputError.one(_at("userId"), ProblemCode.INVALID,
                                     "Only a staff user can sign in as an employee; this is a client's user.")
        if user.employee_id is not None and user.employee_id != employee_id:
            raise UserInputError.one(_at("userId"), ProblemCode.CONFLICT,
                                     f"{user.username!r} already signs in as another employee.")
        if user.employee_id == employee_id:
            return
        user.employee_id = employee_id
        note_access_change(session, user_ids=[row_id(user)])  # their open sockets follow the new jobs in view
        record_activity(session, viewer, subject=employee, verb="employee.user_linked", customer_id=None,
                        user_id=user.id, username=user.username)
        await session.flush()
        return
    assert new_user is not None
    email = new_user.email if clean_text(new_user.email) else employee.email
    try:
        await users.staff_user_create(session, viewer, role=Role.EMPLOYEE, username=new_user.username,
                                      email=email or "", employee_id=employee_id, name=employee.name,
                                      send_credentials=new_user.send_credentials)
    except UserInputError as error:
        raise UserInputError([Problem(_at("newUser", *(problem.field or ())[-1:]), problem.code,
                                      problem.message if problem.field != ("email",) or email
                                      else "Give the sign-in e-mail (the employee has none).")
                              for problem in error.problems]) from None


async def create_employee(session: AsyncSession, viewer: Viewer, draft: EmployeeDraft) -> Employee:
    """A new employee, optionally with a sign-in user (an existing staff user linked, or a new EMPLOYEE user)."""
    _require_owner(viewer)
    problems: list[Problem] = []
    name = _name(draft.name, "employee", problems)
    email = _contact("email", draft.email, problems)
    phone = _contact("phone", draft.phone, problems)
    _one_sign_in(draft.user_id, draft.new_user, problems)
    raise_if(problems)
    employee = Employee(name=name or "", email=email, phone=phone, active=draft.active)
    session.add(employee)
    await session.flush()
    record_activity(session, viewer, subject=employee, verb="employee.created", customer_id=None, name=name,
                    active=draft.active)
    await _sign_in(session, viewer, employee, draft.user_id, draft.new_user)
    await session.flush()
    return employee


async def update_employee(session: AsyncSession, viewer: Viewer, employee_id: int,
                          changes: EmployeeChanges) -> Employee:
    """Change what is given. `active: false` retires the employee: they can't be put on new jobs or teams, and
    their EMPLOYEE sign-in user is disabled (sessions ended at once); jobs they worked keep them."""
    _require_owner(viewer)
    employee = await _locked(session, Employee, employee_id, "id", "employee")
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if not isinstance(changes.name, Keep):
        values["name"] = _name(changes.name, "employee", problems)
    for field in ("email", "phone"):
        value = getattr(changes, field)
        if not isinstance(value, Keep):
            values[field] = _contact(field, value, problems)
    if not isinstance(changes.active, Keep):
        values["active"] = _flag(changes.active, "active", problems)
    _one_sign_in(changes.user_id, changes.new_user, problems)
    raise_if(problems)
    changed = _apply(employee, values)
    if changed:
        await session.flush()
        record_activity(session, viewer, subject=employee, verb="employee.updated", customer_id=None,
                        fields=changed)
    if "active" in changed and not employee.active:
        linked = await _linked_user(session, employee_id)
        if linked is not None and linked.role is Role.EMPLOYEE and linked.active:
            await users.user_set_active(session, viewer, row_id(linked), False)
    await _sign_in(session, viewer, employee, changes.user_id, changes.new_user)
    await session.flush()
    return employee


# ---------------------------------------------------------------------------------------------- teams


async def _members(session: AsyncSession, employee_ids: Sequence[int], problems: list[Problem],
                   already: set[int]) -> list[int]:
    """The team's employees, each once; an inactive one only if already on the team."""
    if len(employee_ids) > MAX_TEAM_MEMBERS:
        problems.append(Problem(_at("memberIds"), ProblemCode.INVALID,
                                f"A team has at most {MAX_TEAM_MEMBERS} members."))
        return []
    wanted = list(dict.fromkeys(employee_ids))
    found: dict[int | None, Employee] = {}
    if wanted:
        rows = await session.execute(sa.select(Employee).where(col(Employee.id).in_(wanted)))
        found = {row.id: row for row in rows.scalars()}
    for index, employee_id in enumerate(employee_ids):
        worker = found.get(employee_id)
        path = _at("memberIds", str(index))
        if worker is None:
            problems.append(Problem(path, ProblemCode.NOT_FOUND, NOT_FOUND.format(what="employee")))
        elif not worker.active and employee_id not in already:
            problems.append(Problem(path, ProblemCode.INVALID, f"{worker.name} is no longer active."))
    return wanted


async def _team_members(session: AsyncSession, team_id: int) -> set[int]:
    statement = sa.select(col(TeamMember.employee_id)).where(col(TeamMember.team_id) == team_id)
    return set((await session.execute(statement)).scalars())


async def create_team(session: AsyncSession, viewer: Viewer, name: str, member_ids: Sequence[int]) -> Team:
    """A new team (unique name, ignoring case) with its members."""
    _require_owner(viewer)
    problems: list[Problem] = []
    clean = _name(name, "team", problems)
    members = await _members(session, member_ids, problems, set())
    raise_if(problems)
    assert clean is not None
    if await _name_taken(session, Team, clean, None):
        raise _taken("team", clean)
    team = await _insert(session, Team(name=clean), "team", clean)
    for employee_id in members:
        session.add(TeamMember(team_id=row_id(team), employee_id=employee_id))
    record_activity(session, viewer, subject=team, verb="team.created", customer_id=None, name=clean,
                    member_ids=members)
    await session.flush()
    return team


async def update_team(session: AsyncSession, viewer: Viewer, team_id: int, *, name: str | Keep | None = KEEP,
                      member_ids: Sequence[int] | Keep | None = KEEP) -> Team:
    """Rename a team and/or replace its members (the whole list)."""
    _require_owner(viewer)
    team = await _locked(session, Team, team_id, "id", "team")
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if not isinstance(name, Keep):
        values["name"] = _name(name, "team", problems)
    current = await _team_members(session, team_id)
    members: list[int] | None = None
    if member_ids is None:
        problems.append(Problem(_at("memberIds"), ProblemCode.REQUIRED,
                                "Give the members ([] for nobody), or leave it out."))
    elif not isinstance(member_ids, Keep):
        members = await _members(session, member_ids, problems, current)
    raise_if(problems)
    if values.get("name") is not None and await _name_taken(session, Team, values["name"], team_id):
        raise _taken("team", values["name"])
    changed = _apply(team, values)
    if members is not None and set(members) != current:
        await session.execute(sa.delete(TeamMember).where(col(TeamMember.team_id) == team_id,
                                                          col(TeamMember.employee_id).not_in(members)))
        for employee_id in members:
            if employee_id not in current:
                session.add(TeamMember(team_id=team_id, employee_id=employee_id))
        changed.append("member_ids")
    if changed:
        try:
            async with session.begin_nested():
                await session.flush()
        except IntegrityError:
            raise _taken("team", values.get("name") or team.name) from None
        record_activity(session, viewer, subject=team, verb="team.updated", customer_id=None, fields=changed,
                        member_ids=members if members is not None else sorted(current))
        await session.flush()
    return team
