"""credit notes: an invoice's totals may be negative

A credit document is an invoice (`corrects_invoice_id` set) with negative lines, so its subtotal and total
are negative. The check keeps only what must always hold: total = subtotal + tax.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f('ck_invoice_totals_add_up'), 'invoice', type_='check')
    op.create_check_constraint(op.f('ck_invoice_totals_add_up'), 'invoice', 'total_cents = subtotal_cents + tax_cents')


def downgrade() -> None:
    op.drop_constraint(op.f('ck_invoice_totals_add_up'), 'invoice', type_='check')
    op.create_check_constraint(
        op.f('ck_invoice_totals_add_up'), 'invoice',
        'subtotal_cents >= 0 AND tax_cents >= 0 AND total_cents = subtotal_cents + tax_cents',
    )
