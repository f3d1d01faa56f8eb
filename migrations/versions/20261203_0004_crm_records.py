"""crm records: a default billing contact per customer, tag names unique however cased

`contact.is_default_billing` marks the contact invoices go to; a partial unique index keeps it to one per
customer. Tags are matched case-insensitively (`customerTagsSet` finds "VIP" when "vip" is typed), so
`lower(name)` is unique too: two offices typing the same new tag at once get one tag.

Revision ID: 0004_crm_records
Revises: 0003
Create Date: 2026-12-03 09:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_crm_records'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('contact', sa.Column('is_default_billing', sa.Boolean(), server_default=sa.false(),
                                       nullable=False))
    op.create_index('uq_contact_default_billing', 'contact', ['customer_id'], unique=True,
                    postgresql_where=sa.text('is_default_billing'))
    op.create_index('uq_tag_name_folded', 'tag', [sa.text('lower(name)')], unique=True)


def downgrade() -> None:
    op.drop_index('uq_tag_name_folded', table_name='tag')
    op.drop_index('uq_contact_default_billing', table_name='contact', postgresql_where=sa.text('is_default_billing'))
    op.drop_column('contact', 'is_default_billing')
