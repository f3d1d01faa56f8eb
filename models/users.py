"""Who signs in (users), how (login codes, sessions) and how integrations call (API tokens)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import CITEXT
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import Role


class User(Base, table=True):
    """A person who signs in. CUSTOMER users belong to a customer, EMPLOYEE users to an employee."""

    __tablename__ = "app_user"
    __table_args__ = (
        sa.CheckConstraint("role <> 'CUSTOMER' OR customer_id IS NOT NULL", name="customer_user_has_customer"),
        sa.CheckConstraint("role <> 'EMPLOYEE' OR employee_id IS NOT NULL", name="employee_user_has_employee"),
    )

    username: str = Field(sa_type=CITEXT, unique=True)
    email: str = Field(sa_type=CITEXT)
    name: str | None = None
    role: Role = Field(sa_type=enum_type(Role))
    customer_id: int | None = foreign_key("customer.id", nullable=True)
    employee_id: int | None = foreign_key("employee.id", nullable=True)
    active: bool = True
    # CUSTOMER scope: may see money (invoices, batches, transactions, prices); limited to some properties
    # when rows exist in user_property.
    finances: bool = True
    failed_sign_ins: int = 0
    locked_at: datetime | None = timestamp()
    last_sign_in_at: datetime | None = timestamp()


class UserProperty(Base, table=True):
    """Limits a CUSTOMER user to these properties of its customer (no rows: all of them)."""

    __tablename__ = "user_property"
    __table_args__ = (sa.UniqueConstraint("user_id", "property_id", name="uq_user_property_pair"),)

    user_id: int = foreign_key("app_user.id", ondelete="CASCADE")
    property_id: int = foreign_key("property.id", ondelete="CASCADE")


class LoginCode(Base, table=True):
    """A hashed one-time code: expiring, attempt-limited, single use, only the newest valid."""

    __tablename__ = "login_code"

    user_id: int = foreign_key("app_user.id", ondelete="CASCADE")
    code_hash: str
    expires_at: datetime = Field(sa_type=sa.DateTime(timezone=True))
    attempts: int = 0
    used_at: datetime | None = timestamp()
    superseded_at: datetime | None = timestamp()


class UserSession(Base, table=True):
    """A server-side session; revocable at once by setting `revoked_at`."""

    __tablename__ = "user_session"

    user_id: int = foreign_key("app_user.id", ondelete="CASCADE")
    token_hash: str = Field(unique=True)
    expires_at: datetime = Field(sa_type=sa.DateTime(timezone=True))
    last_seen_at: datetime | None = timestamp()
    revoked_at: datetime | None = timestamp()
    client_address: str | None = None
    user_agent: str | None = None


class ApiToken(Base, table=True):
    """An integration's token, acting as a CUSTOMER user of one customer with a scope."""

    __tablename__ = "api_token"

    customer_id: int = foreign_key("customer.id")
    name: str
    token_hash: str = Field(unique=True)
    prefix: str = Field(max_length=16)
    finances: bool = True
    created_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    last_used_at: datetime | None = timestamp()
    revoked_at: datetime | None = timestamp()


class ApiTokenProperty(Base, table=True):
    """Limits an API token to these properties (no rows: all of its customer's)."""

    __tablename__ = "api_token_property"
    __table_args__ = (sa.UniqueConstraint("api_token_id", "property_id", name="uq_api_token_property_pair"),)

    api_token_id: int = foreign_key("api_token.id", ondelete="CASCADE")
    property_id: int = foreign_key("property.id", ondelete="CASCADE")
