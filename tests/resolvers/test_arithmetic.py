"""The money rules at the cent: line amounts, tax once on the taxable subtotal, fees, payments."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.enums import BatchStatus, InvoiceStatus
from resolvers.billing.arithmetic import (
    LineInput,
    Spread,
    batch_status_for_payment,
    exact_cents,
    invoice_totals,
    line_amount,
    processing_fee,
    spread_payment,
    status_for_payment,
)

NYC_TAX = Decimal("8.875")


# --- line amounts ------------------------------------------------------------------------------------


def test_a_line_is_quantity_times_price_rounded_half_up_to_the_cent() -> None:
    assert line_amount(Decimal("1"), 12_000) == 12_000
    assert line_amount(Decimal("2.5"), 3_333) == 8_333  # 8332.5 → 8333
    assert line_amount(Decimal("1.5"), 3_333) == 5_000  # 4999.5 → 5000
    assert line_amount(Decimal("0.33"), 1_000) == 330
    assert line_amount(Decimal("0.01"), 49) == 0  # 0.49 → 0
    assert line_amount(Decimal("0.01"), 50) == 1  # 0.50 → 1


# --- tax ---------------------------------------------------------------------------------------------


def test_tax_of_8_875_percent_on_10_01_is_89_cents() -> None:
    # 1001 × 8.875 % = 88.83875 cents → 89
    totals = invoice_totals([LineInput(Decimal("1"), 1_001, True)], NYC_TAX)
    assert (totals.subtotal_cents, totals.tax_cents, totals.total_cents) == (1_001, 89, 1_090)


def test_tax_rounds_half_a_cent_up() -> None:
    # 400 × 8.875 % = 35.5 cents → 36
    assert invoice_totals([LineInput(Decimal("1"), 400, True)], NYC_TAX).tax_cents == 36
    # 200 × 8.875 % = 17.75 → 18
    assert invoice_totals([LineInput(Decimal("1"), 200, True)], NYC_TAX).tax_cents == 18


def test_tax_is_rounded_once_on_the_taxable_subtotal_not_per_line() -> None:
    # three lines of 5¢ at 10 %: per line 0.5¢ each would round to 3¢; once on 15¢ it is 1.5¢ → 2¢
    lines = [LineInput(Decimal("1"), 5, True)] * 3
    assert invoice_totals(lines, Decimal("10")).tax_cents == 2

    # and at 8.875 %: $10.01 + $4.00 taxable = 1401 × 8.875 % = 124.33875 → 124 (per line: 89 + 36 = 125)
    mixed = [LineInput(Decimal("1"), 1_001, True), LineInput(Decimal("1"), 400, True)]
    assert invoice_totals(mixed, NYC_TAX).tax_cents == 124


def test_only_taxable_lines_are_taxed_but_every_line_is_in_the_subtotal() -> None:
    lines = [LineInput(Decimal("2"), 5_000, True), LineInput(Decimal("1"), 2_550, False)]
    totals = invoice_totals(lines, NYC_TAX)
    # taxable 10 000 × 8.875 % = 887.5 → 888
    assert (totals.subtotal_cents, totals.tax_cents, totals.total_cents) == (12_550, 888, 13_438)


def test_no_tax_rate_means_no_tax() -> None:
    assert invoice_totals([LineInput(Decimal("1"), 1_001, True)], Decimal("0")).tax_cents == 0


def test_line_amounts_are_rounded_before_they_are_summed() -> None:
    # 1.5 × 3333 = 4999.5 → 5000 each; the subtotal is 10 000, not round(9999) = 9999
    lines = [LineInput(Decimal("1.5"), 3_333, False)] * 2
    assert invoice_totals(lines, NYC_TAX).subtotal_cents == 10_000


# --- processing fees ---------------------------------------------------------------------------------


def test_card_fee_is_2_9_percent_plus_30_cents() -> None:
    assert processing_fee(10_000, Decimal("2.9"), 30) == 320  # $100: 290 + 30
    assert processing_fee(1_001, Decimal("2.9"), 30) == 59  # $10.01: 29.029 → 29, + 30
    assert processing_fee(500, Decimal("2.9"), 30) == 45  # $5.00: 14.5 → 15 (half up), + 30


def test_no_fee_on_nothing() -> None:
    assert processing_fee(0, Decimal("2.9"), 30) == 0


# --- statuses ----------------------------------------------------------------------------------------


def test_an_invoice_is_open_then_partially_paid_then_paid() -> None:
    assert status_for_payment(10_888, 0) is InvoiceStatus.OPEN
    assert status_for_payment(10_888, 1) is InvoiceStatus.PARTIALLY_PAID
    assert status_for_payment(10_888, 10_887) is InvoiceStatus.PARTIALLY_PAID
    assert status_for_payment(10_888, 10_888) is InvoiceStatus.PAID


def test_a_batch_is_open_then_partially_paid_then_paid() -> None:
    assert batch_status_for_payment(20_000, 0) is BatchStatus.OPEN
    assert batch_status_for_payment(20_000, 19_999) is BatchStatus.PARTIALLY_PAID
    assert batch_status_for_payment(20_000, 20_000) is BatchStatus.PAID


# --- spreading a payment -----------------------------------------------------------------------------


def test_a_partial_payment_goes_to_the_first_invoice_and_leaves_its_balance_at_the_cent() -> None:
    spread = spread_payment(5_000, [(1, 10_888), (2, 5_444)])
    assert spread == Spread(allocations=[(1, 5_000)], credit_cents=0)
    assert 10_888 - 5_000 == 5_888
    assert status_for_payment(10_888, 5_000) is InvoiceStatus.PARTIALLY_PAID


def test_a_payment_spreads_oldest_first_each_up_to_its_balance() -> None:
    # the oldest is paid in full, the next partly, the newest not at all
    spread = spread_payment(15_000, [(7, 10_888), (3, 5_444), (9, 2_000)])
    assert spread.allocations == [(7, 10_888), (3, 4_112)]
    assert spread.credit_cents == 0


def test_settled_invoices_take_nothing() -> None:
    spread = spread_payment(1_000, [(1, 0), (2, 600), (3, 600)])
    assert spread.allocations == [(2, 600), (3, 400)]


def test_an_overpayment_leaves_the_rest_as_credit() -> None:
    spread = spread_payment(20_000, [(1, 10_888), (2, 5_444)])
    assert spread.allocations == [(1, 10_888), (2, 5_444)]
    assert spread.credit_cents == 20_000 - 10_888 - 5_444 == 3_668


def test_with_nothing_to_pay_everything_is_credit() -> None:
    assert spread_payment(2_500, []) == Spread(allocations=[], credit_cents=2_500)


def test_every_cent_is_either_applied_or_credit() -> None:
    balances = [(i, 1_000 + 37 * i) for i in range(1, 8)]
    for amount in (1, 999, 1_038, 5_000, 9_999, 20_000):
        spread = spread_payment(amount, balances)
        assert sum(cents for _, cents in spread.allocations) + spread.credit_cents == amount
        assert all(cents <= dict(balances)[invoice] for invoice, cents in spread.allocations)


def test_a_payment_must_be_positive() -> None:
    with pytest.raises(ValueError):
        spread_payment(0, [(1, 100)])


# --- typed amounts -----------------------------------------------------------------------------------


def test_typed_dollars_become_exact_cents() -> None:
    assert exact_cents(Decimal("10.01")) == 1_001
    assert exact_cents(Decimal("120.5")) == 12_050
    assert exact_cents(Decimal("7")) == 700
    assert exact_cents(Decimal("0.10")) == 10
    assert exact_cents(Decimal("1.230")) == 123  # trailing zeros are still whole cents
    assert exact_cents(Decimal("-3.20")) == -320  # the sign is the caller's to refuse


@pytest.mark.parametrize("amount", ["10.005", "0.001", "NaN", "Infinity"])
def test_amounts_that_are_not_whole_cents_are_refused(amount: str) -> None:
    with pytest.raises(ValueError):
        exact_cents(Decimal(amount))
