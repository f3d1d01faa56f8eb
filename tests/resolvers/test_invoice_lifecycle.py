"""allowed_moves: the one table of which move an invoice may make from which status."""

from __future__ import annotations

import pytest

from models.enums import InvoiceStatus
from resolvers.billing.lifecycle import Move, allowed_moves, refusal

S = InvoiceStatus
# (status, paid cents) → {move: resulting status}; every move not listed is refused.
TABLE: list[tuple[InvoiceStatus, int, dict[Move, InvoiceStatus]]] = [
    (S.DRAFT, 0, {Move.ISSUE: S.OPEN, Move.VOID: S.VOID}),
    (S.OPEN, 0, {Move.VOID: S.VOID, Move.MARK_BAD_DEBT: S.BAD_DEBT}),
    (S.OPEN, 1, {Move.MARK_BAD_DEBT: S.BAD_DEBT}),
    (S.PARTIALLY_PAID, 5_000, {Move.MARK_BAD_DEBT: S.BAD_DEBT, Move.CREDIT: S.PARTIALLY_PAID}),
    (S.PAID, 10_888, {Move.CREDIT: S.PAID}),
    (S.VOID, 0, {}),
    (S.BAD_DEBT, 0, {}),
    (S.BAD_DEBT, 5_000, {}),
]
CREDIT_TABLE: list[tuple[InvoiceStatus, int, dict[Move, InvoiceStatus]]] = [
    (S.DRAFT, 0, {Move.ISSUE: S.OPEN, Move.VOID: S.VOID}),
    (S.OPEN, 0, {Move.VOID: S.VOID}),
    (S.VOID, 0, {}),
]


@pytest.mark.parametrize(("status", "paid", "expected"), TABLE, ids=[f"{s.value}-{p}" for s, p, _ in TABLE])
def test_each_status_allows_exactly_its_moves(status: InvoiceStatus, paid: int,
                                              expected: dict[Move, InvoiceStatus]) -> None:
    # given an invoice in `status` with `paid` cents of completed payments
    # when the allowed moves are asked for
    moves = allowed_moves(status, paid)

    # then exactly the table's moves are allowed, each leading to its status
    assert moves == expected


@pytest.mark.parametrize(("status", "paid", "expected"), CREDIT_TABLE,
                         ids=[f"{s.value}-{p}" for s, p, _ in CREDIT_TABLE])
def test_a_credit_document_can_only_be_issued_or_voided(status: InvoiceStatus, paid: int,
                                                        expected: dict[Move, InvoiceStatus]) -> None:
    assert allowed_moves(status, paid, is_credit=True) == expected


@pytest.mark.parametrize(("status", "paid", "allowed"), TABLE, ids=[f"{s.value}-{p}" for s, p, _ in TABLE])
def test_every_refused_move_says_why(status: InvoiceStatus, paid: int, allowed: dict[Move, InvoiceStatus]) -> None:
    for move in set(Move) - set(allowed):
        message = refusal(status, paid, move)
        assert message.endswith(".") and len(message) > 20, (status, move, message)


def test_a_paid_invoice_is_never_voided_but_credited() -> None:
    # given invoices with payments applied
    for status, paid in ((S.PAID, 10_888), (S.PARTIALLY_PAID, 1), (S.OPEN, 1)):
        # then none of them may be voided, and the refusal points at the credit
        assert Move.VOID not in allowed_moves(status, paid)
        assert "credit" in refusal(status, paid, Move.VOID)


def test_voiding_needs_nothing_paid_even_when_the_status_says_open() -> None:
    assert Move.VOID in allowed_moves(S.OPEN, 0)
    assert Move.VOID not in allowed_moves(S.OPEN, 1)
