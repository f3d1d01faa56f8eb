"""reminders that tell their assignee once, and customers that can be merged or deleted

`reminder.notified_at` records when the assignee was told a reminder came due: the sweep that every server
process runs claims due reminders by setting it (`UPDATE … WHERE notified_at IS NULL … RETURNING`), so each is
announced once however many processes sweep. A partial index keeps the sweep on the armed reminders only, and
`assigned_user_id` gets the index the office's "my reminders" filter reads. Notifications gain the kind
`REMINDER_DUE` (the check constraint of the `kind` column is widened).

Revision ID: 0004_reminders_merge
Revises: 0004_crm_records
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_reminders_merge'
down_revision: str | None = '0004_crm_records'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ('INVOICE_GENERATED', 'BATCH_READY', 'JOB_COMPLETED', 'PAYMENT_RECORDED', 'LOGIN_CODE')
CONSTRAINT = 'ck_notification_notificationkind'


def _kinds(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")"


def upgrade() -> None:
    op.add_column('reminder', sa.Column('notified_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_reminder_armed_due', 'reminder', ['due_at'], unique=False,
                    postgresql_where=sa.text('notified_at IS NULL AND done_at IS NULL AND assigned_user_id IS NOT NULL'))
    op.create_index(op.f('ix_reminder_assigned_user_id'), 'reminder', ['assigned_user_id'], unique=False)
    # Reminders already past due when this runs are not announced all at once on the first sweep.
    op.execute("UPDATE reminder SET notified_at = now() WHERE due_at <= now() AND done_at IS NULL")
    op.drop_constraint(op.f(CONSTRAINT), 'notification', type_='check')
    op.create_check_constraint(op.f(CONSTRAINT), 'notification', _kinds((*KINDS, 'REMINDER_DUE')))


def downgrade() -> None:
    op.execute("DELETE FROM notification WHERE kind = 'REMINDER_DUE'")
    op.drop_constraint(op.f(CONSTRAINT), 'notification', type_='check')
    op.create_check_constraint(op.f(CONSTRAINT), 'notification', _kinds(KINDS))
    op.drop_index(op.f('ix_reminder_assigned_user_id'), table_name='reminder')
    op.drop_index('ix_reminder_armed_due', table_name='reminder',
                  postgresql_where=sa.text('notified_at IS NULL AND done_at IS NULL AND assigned_user_id IS NOT NULL'))
    op.drop_column('reminder', 'notified_at')
