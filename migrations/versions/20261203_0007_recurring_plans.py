"""recurring service plans: the plan, its services and crew, the jobs it generates, its monthly billing

`recurring_plan` holds the rule (weekly on weekdays every N weeks, monthly on a day or an n-th weekday), the
time window in the company's time zone, start, end or count, skipped dates and how it is billed, with its
services (`recurring_plan_service`, priced when set) and employees (`recurring_plan_employee`). A generated
job carries `plan_id` + `occurrence_date`, unique together (`uq_job_plan_occurrence`): no occurrence is ever
made twice, however many processes generate. `plan_detached_at` marks a generated job a person edited (plan
changes leave it alone). `plan_invoice_run` / `plan_batch_run` claim a plan's (a property manager's) month
once, so monthly billing is idempotent. `company.plan_horizon_weeks` (default 8) is how far ahead jobs are made.

Revision ID: 0007_recurring_plans
Revises: 0006_customer_search
Create Date: 2026-12-03 12:23:39.208734
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0007_recurring_plans'
down_revision: str | None = '0006_customer_search'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan_batch_run',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('customer_id', sa.BigInteger(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('batch_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_plan_batch_run_batch_id_batch'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_plan_batch_run_customer_id_customer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_batch_run')),
    sa.UniqueConstraint('customer_id', 'month', name='uq_plan_batch_run_month')
    )
    op.create_index(op.f('ix_plan_batch_run_batch_id'), 'plan_batch_run', ['batch_id'], unique=False)
    op.create_table('recurring_plan',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('customer_id', sa.BigInteger(), nullable=False),
    sa.Column('property_id', sa.BigInteger(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sa.Enum('ACTIVE', 'PAUSED', name='planstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('frequency', sa.Enum('WEEKLY', 'MONTHLY_BY_DAY', 'MONTHLY_BY_WEEKDAY', name='planfrequency', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('interval', sa.Integer(), nullable=False),
    sa.Column('weekdays', postgresql.ARRAY(sa.SmallInteger()), server_default='{}', nullable=False),
    sa.Column('month_day', sa.Integer(), nullable=True),
    sa.Column('week_of_month', sa.Integer(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('occurrence_count', sa.Integer(), nullable=True),
    sa.Column('skipped_dates', postgresql.ARRAY(sa.Date()), server_default='{}', nullable=False),
    sa.Column('team_id', sa.BigInteger(), nullable=True),
    sa.Column('billing', sa.Enum('PER_VISIT', 'MONTHLY', name='planbilling', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('client_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('internal_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_recurring_plan_end_after_start')),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_recurring_plan_ends_after_start')),
    sa.CheckConstraint('interval >= 1 AND interval <= 52', name=op.f('ck_recurring_plan_interval_range')),
    sa.CheckConstraint('month_day IS NULL OR (month_day >= 1 AND month_day <= 31)', name=op.f('ck_recurring_plan_month_day_range')),
    sa.CheckConstraint('occurrence_count IS NULL OR occurrence_count >= 1', name=op.f('ck_recurring_plan_count_positive')),
    sa.CheckConstraint('week_of_month IS NULL OR week_of_month IN (-1, 1, 2, 3, 4)', name=op.f('ck_recurring_plan_week_of_month_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_recurring_plan_customer_id_customer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['property_id'], ['property.id'], name=op.f('fk_recurring_plan_property_id_property'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_recurring_plan_team_id_team'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recurring_plan'))
    )
    op.create_index(op.f('ix_recurring_plan_customer_id'), 'recurring_plan', ['customer_id'], unique=False)
    op.create_index(op.f('ix_recurring_plan_property_id'), 'recurring_plan', ['property_id'], unique=False)
    op.create_index(op.f('ix_recurring_plan_status'), 'recurring_plan', ['status'], unique=False)
    op.create_index(op.f('ix_recurring_plan_team_id'), 'recurring_plan', ['team_id'], unique=False)
    op.create_table('plan_invoice_run',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('plan_id', sa.BigInteger(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_plan_invoice_run_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['recurring_plan.id'], name=op.f('fk_plan_invoice_run_plan_id_recurring_plan'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_invoice_run')),
    sa.UniqueConstraint('plan_id', 'month', name='uq_plan_invoice_run_month')
    )
    op.create_index(op.f('ix_plan_invoice_run_invoice_id'), 'plan_invoice_run', ['invoice_id'], unique=False)
    op.create_table('recurring_plan_employee',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('plan_id', sa.BigInteger(), nullable=False),
    sa.Column('employee_id', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_recurring_plan_employee_employee_id_employee'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['recurring_plan.id'], name=op.f('fk_recurring_plan_employee_plan_id_recurring_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recurring_plan_employee')),
    sa.UniqueConstraint('plan_id', 'employee_id', name='uq_recurring_plan_employee_pair')
    )
    op.create_index(op.f('ix_recurring_plan_employee_employee_id'), 'recurring_plan_employee', ['employee_id'], unique=False)
    op.create_index(op.f('ix_recurring_plan_employee_plan_id'), 'recurring_plan_employee', ['plan_id'], unique=False)
    op.create_table('recurring_plan_service',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('plan_id', sa.BigInteger(), nullable=False),
    sa.Column('service_id', sa.BigInteger(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('unit_price_cents', sa.BigInteger(), nullable=False),
    sa.Column('taxable', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_recurring_plan_service_quantity_positive')),
    sa.CheckConstraint('unit_price_cents >= 0', name=op.f('ck_recurring_plan_service_price_not_negative')),
    sa.ForeignKeyConstraint(['plan_id'], ['recurring_plan.id'], name=op.f('fk_recurring_plan_service_plan_id_recurring_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_recurring_plan_service_service_id_service'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recurring_plan_service'))
    )
    op.create_index(op.f('ix_recurring_plan_service_plan_id'), 'recurring_plan_service', ['plan_id'], unique=False)
    op.create_index(op.f('ix_recurring_plan_service_service_id'), 'recurring_plan_service', ['service_id'], unique=False)
    op.add_column('company', sa.Column('plan_horizon_weeks', sa.Integer(), server_default='8', nullable=False))
    op.add_column('job', sa.Column('plan_id', sa.BigInteger(), nullable=True))
    op.add_column('job', sa.Column('occurrence_date', sa.Date(), nullable=True))
    op.add_column('job', sa.Column('plan_detached_at', sa.DateTime(timezone=True), nullable=True))
    op.create_unique_constraint('uq_job_plan_occurrence', 'job', ['plan_id', 'occurrence_date'])
    op.create_check_constraint(op.f('ck_job_plan_has_occurrence'), 'job',
                               '(plan_id IS NULL) = (occurrence_date IS NULL)')
    op.create_index(op.f('ix_job_plan_id'), 'job', ['plan_id'], unique=False)
    op.create_check_constraint(op.f('ck_company_plan_horizon_range'), 'company',
                               'plan_horizon_weeks >= 1 AND plan_horizon_weeks <= 52')
    op.create_foreign_key(op.f('fk_job_plan_id_recurring_plan'), 'job', 'recurring_plan', ['plan_id'], ['id'], ondelete='RESTRICT')


def downgrade() -> None:
    op.drop_constraint(op.f('fk_job_plan_id_recurring_plan'), 'job', type_='foreignkey')
    op.drop_constraint(op.f('ck_company_plan_horizon_range'), 'company', type_='check')
    op.drop_index(op.f('ix_job_plan_id'), table_name='job')
    op.drop_constraint(op.f('ck_job_plan_has_occurrence'), 'job', type_='check')
    op.drop_constraint('uq_job_plan_occurrence', 'job', type_='unique')
    op.drop_column('job', 'plan_detached_at')
    op.drop_column('job', 'occurrence_date')
    op.drop_column('job', 'plan_id')
    op.drop_column('company', 'plan_horizon_weeks')
    op.drop_index(op.f('ix_recurring_plan_service_service_id'), table_name='recurring_plan_service')
    op.drop_index(op.f('ix_recurring_plan_service_plan_id'), table_name='recurring_plan_service')
    op.drop_table('recurring_plan_service')
    op.drop_index(op.f('ix_recurring_plan_employee_plan_id'), table_name='recurring_plan_employee')
    op.drop_index(op.f('ix_recurring_plan_employee_employee_id'), table_name='recurring_plan_employee')
    op.drop_table('recurring_plan_employee')
    op.drop_index(op.f('ix_plan_invoice_run_invoice_id'), table_name='plan_invoice_run')
    op.drop_table('plan_invoice_run')
    op.drop_index(op.f('ix_recurring_plan_team_id'), table_name='recurring_plan')
    op.drop_index(op.f('ix_recurring_plan_status'), table_name='recurring_plan')
    op.drop_index(op.f('ix_recurring_plan_property_id'), table_name='recurring_plan')
    op.drop_index(op.f('ix_recurring_plan_customer_id'), table_name='recurring_plan')
    op.drop_table('recurring_plan')
    op.drop_index(op.f('ix_plan_batch_run_batch_id'), table_name='plan_batch_run')
    op.drop_table('plan_batch_run')
