"""payment idempotency: a retried or double-submitted payment has one effect

`paymentRecord` and `paymentReport` take a client-made `idempotencyKey`; the transaction keeps it with a hash
of the request. At most one transaction per customer and key (a partial unique index: most rows have none),
the backstop behind the per-customer advisory lock the mutations take.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('payment_transaction', sa.Column('idempotency_key', sa.String(length=100), nullable=True))
    op.add_column('payment_transaction', sa.Column('request_fingerprint', sa.String(length=64), nullable=True))
    op.create_index('uq_payment_transaction_customer_idempotency_key', 'payment_transaction',
                    ['customer_id', 'idempotency_key'], unique=True,
                    postgresql_where=sa.text('idempotency_key IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('uq_payment_transaction_customer_idempotency_key', table_name='payment_transaction',
                  postgresql_where=sa.text('idempotency_key IS NOT NULL'))
    op.drop_column('payment_transaction', 'request_fingerprint')
    op.drop_column('payment_transaction', 'idempotency_key')
