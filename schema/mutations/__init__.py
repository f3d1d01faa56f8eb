"""The root Mutation type, assembled from one module per mutation (`schema/mutations/<domain>/<name>.py`).

Every field here is made by `schema.mutations.base.mutation`: declared permission, one transaction, typed
problems as `userErrors`, `Forbidden` as the one FORBIDDEN error, input ids decoded in one place.
"""

from __future__ import annotations

import strawberry

from schema.mutations.billing import (
    autopay_set,
    batch_create,
    checkout_session_create,
    correction_request_answer,
    correction_request_create,
    invoice_create,
    invoice_credit,
    invoice_issue,
    invoice_mark_bad_debt,
    invoice_void,
    payment_method_remove,
    payment_method_set_default,
    payment_method_setup_create,
    payment_record,
    payment_report,
    payment_review,
)
from schema.mutations.company import company_update
from schema.mutations.crm import (
    contact_create,
    contact_delete,
    contact_update,
    customer_tags_set,
    note_create,
    note_delete,
    note_update,
    notice_create,
    notice_remove,
    reminder_complete,
    reminder_create,
    reminder_update,
    tag_delete,
    tag_rename,
)
from schema.mutations.customers import (
    customer_create,
    customer_delete,
    customer_import,
    customer_merge,
    customer_update,
)
from schema.mutations.jobs import (
    job_create,
    job_review,
    job_set_status,
    job_update,
    property_create,
    property_update,
)
from schema.mutations.notifications import notification_mark_read
from schema.mutations.plans import (
    recurring_plan_create,
    recurring_plan_pause,
    recurring_plan_resume,
    recurring_plan_skip,
    recurring_plan_update,
)
from schema.mutations.proof import checklist_item_add, checklist_item_set_done, file_set_visibility, file_upload
from schema.mutations.staff import (
    checklist_template_set,
    employee_create,
    employee_update,
    service_create,
    service_update,
    team_create,
    team_update,
)
from schema.mutations.users import (
    api_token_create,
    api_token_revoke,
    portal_user_create,
    request_login_code,
    sign_in,
    sign_out,
    staff_user_create,
    user_set_active,
    user_set_scope,
    user_unlock,
    user_update,
)


@strawberry.type(
    description="Every change: one input, one transaction, a payload with the changed object and `userErrors`."
)
class Mutation:
    request_login_code = request_login_code.request_login_code
    sign_in = sign_in.sign_in
    sign_out = sign_out.sign_out
    portal_user_create = portal_user_create.portal_user_create
    staff_user_create = staff_user_create.staff_user_create
    user_set_active = user_set_active.user_set_active
    user_unlock = user_unlock.user_unlock
    user_set_scope = user_set_scope.user_set_scope
    user_update = user_update.user_update
    api_token_create = api_token_create.api_token_create
    api_token_revoke = api_token_revoke.api_token_revoke
    customer_create = customer_create.customer_create
    customer_update = customer_update.customer_update
    customer_import = customer_import.customer_import
    customer_merge = customer_merge.customer_merge
    customer_delete = customer_delete.customer_delete
    property_create = property_create.property_create
    property_update = property_update.property_update
    job_create = job_create.job_create
    job_update = job_update.job_update
    job_set_status = job_set_status.job_set_status
    invoice_create = invoice_create.invoice_create
    batch_create = batch_create.batch_create
    payment_record = payment_record.payment_record
    checklist_item_set_done = checklist_item_set_done.checklist_item_set_done
    checklist_item_add = checklist_item_add.checklist_item_add
    file_upload = file_upload.file_upload
    file_set_visibility = file_set_visibility.file_set_visibility
    checkout_session_create = checkout_session_create.checkout_session_create
    invoice_issue = invoice_issue.invoice_issue
    invoice_void = invoice_void.invoice_void
    invoice_mark_bad_debt = invoice_mark_bad_debt.invoice_mark_bad_debt
    invoice_credit = invoice_credit.invoice_credit
    payment_report = payment_report.payment_report
    payment_review = payment_review.payment_review
    correction_request_create = correction_request_create.correction_request_create
    correction_request_answer = correction_request_answer.correction_request_answer
    notification_mark_read = notification_mark_read.notification_mark_read
    contact_create = contact_create.contact_create
    contact_update = contact_update.contact_update
    contact_delete = contact_delete.contact_delete
    customer_tags_set = customer_tags_set.customer_tags_set
    tag_rename = tag_rename.tag_rename
    tag_delete = tag_delete.tag_delete
    reminder_create = reminder_create.reminder_create
    reminder_update = reminder_update.reminder_update
    reminder_complete = reminder_complete.reminder_complete
    notice_create = notice_create.notice_create
    notice_remove = notice_remove.notice_remove
    note_create = note_create.note_create
    note_update = note_update.note_update
    note_delete = note_delete.note_delete
    company_update = company_update.company_update
    employee_create = employee_create.employee_create
    employee_update = employee_update.employee_update
    team_create = team_create.team_create
    team_update = team_update.team_update
    service_create = service_create.service_create
    service_update = service_update.service_update
    checklist_template_set = checklist_template_set.checklist_template_set
    payment_method_setup_create = payment_method_setup_create.payment_method_setup_create
    payment_method_set_default = payment_method_set_default.payment_method_set_default
    payment_method_remove = payment_method_remove.payment_method_remove
    autopay_set = autopay_set.autopay_set
    job_review = job_review.job_review
    recurring_plan_create = recurring_plan_create.recurring_plan_create
    recurring_plan_update = recurring_plan_update.recurring_plan_update
    recurring_plan_pause = recurring_plan_pause.recurring_plan_pause
    recurring_plan_resume = recurring_plan_resume.recurring_plan_resume
    recurring_plan_skip = recurring_plan_skip.recurring_plan_skip
