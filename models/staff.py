"""Employees, teams, and the service catalog they deliver."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, foreign_key


class Employee(Base, table=True):
    """A field worker; a User with role EMPLOYEE signs in as one."""

    __tablename__ = "employee"

    name: str
    email: str | None = None
    phone: str | None = None
    active: bool = True


class Team(Base, table=True):
    __tablename__ = "team"

    name: str = Field(unique=True)


class TeamMember(Base, table=True):
    __tablename__ = "team_member"
    __table_args__ = (sa.UniqueConstraint("team_id", "employee_id", name="uq_team_member_pair"),)

    team_id: int = foreign_key("team.id", ondelete="CASCADE")
    employee_id: int = foreign_key("employee.id", ondelete="CASCADE")


class Service(Base, table=True):
    """A catalog entry: what a job line bills by default."""

    __tablename__ = "service"
    __table_args__ = (sa.CheckConstraint("default_price_cents >= 0", name="price_not_negative"),)

    name: str = Field(unique=True)
    description: str | None = None
    default_price_cents: int = Field(default=0, sa_type=sa.BigInteger)
    taxable: bool = True
    active: bool = True


class ChecklistTemplateItem(Base, table=True):
    """A checklist item copied onto new jobs of a service or at a property."""

    __tablename__ = "checklist_template_item"
    __table_args__ = (
        sa.CheckConstraint("(service_id IS NULL) <> (property_id IS NULL)", name="one_owner"),
    )

    service_id: int | None = foreign_key("service.id", nullable=True, ondelete="CASCADE")
    property_id: int | None = foreign_key("property.id", nullable=True, ondelete="CASCADE")
    label: str
    required: bool = False
    position: int = 0
