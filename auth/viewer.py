"""Who is asking: the viewer every read and write is scoped by."""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import Role


@dataclass(frozen=True, slots=True)
class Viewer:
    """The signed-in user (or integration token) behind a request; `ANONYMOUS` when nobody is."""

    user_id: int | None = None
    role: Role | None = None
    customer_id: int | None = None
    employee_id: int | None = None
    property_ids: frozenset[int] | None = None
    """For CUSTOMER viewers limited to some properties; None means all of the customer's."""
    finances: bool = True
    """For CUSTOMER viewers: may see invoices, batches, transactions, prices and totals."""
    api_token_id: int | None = None
    session_id: int | None = None

    @property
    def is_authenticated(self) -> bool:
        return self.role is not None

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER

    @property
    def is_office(self) -> bool:
        """OWNER or OFFICE: the whole CRM, money included."""
        return self.role in (Role.OWNER, Role.OFFICE)

    @property
    def is_staff(self) -> bool:
        """Anyone on the company's side (office and field); internal notes are for them."""
        return self.role in (Role.OWNER, Role.OFFICE, Role.EMPLOYEE)

    @property
    def is_client(self) -> bool:
        """A customer's portal user or integration token."""
        return self.role is Role.CUSTOMER

    @property
    def sees_money(self) -> bool:
        return self.is_office or (self.is_client and self.finances)

    @property
    def sees_whole_account(self) -> bool:
        """Account-wide records (batches, transactions, statements) need the whole customer in scope."""
        return self.is_office or (self.is_client and self.finances and self.property_ids is None)


ANONYMOUS = Viewer()
