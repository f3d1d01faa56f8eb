"""SQLModel tables, one module per domain. Importing this package registers every table."""

from models.billing import (
    Allocation,
    Batch,
    CorrectionRequest,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    PaymentTransaction,
    StripeEvent,
)
from models.cards import AutopayCharge, JobReview, SavedPaymentMethod
from models.company import Company
from models.crm import Activity, Note, Notice, Reminder
from models.customers import Contact, Customer, CustomerTag, Tag
from models.files import StoredFile
from models.jobs import ChecklistItem, Job, JobAssignment, JobLine, JobStatusChange
from models.notifications import Notification, OutboxMail
from models.plans import PlanBatchRun, PlanInvoiceRun, RecurringPlan, RecurringPlanEmployee, RecurringPlanService
from models.properties import Property
from models.staff import ChecklistTemplateItem, Employee, Service, Team, TeamMember
from models.users import ApiToken, ApiTokenProperty, LoginCode, User, UserProperty, UserSession

__all__ = [
    "Activity",
    "Allocation",
    "ApiToken",
    "ApiTokenProperty",
    "AutopayCharge",
    "Batch",
    "ChecklistItem",
    "ChecklistTemplateItem",
    "Company",
    "Contact",
    "CorrectionRequest",
    "Customer",
    "CustomerTag",
    "Employee",
    "Invoice",
    "InvoiceJob",
    "InvoiceLine",
    "Job",
    "JobAssignment",
    "JobLine",
    "JobReview",
    "JobStatusChange",
    "LoginCode",
    "Note",
    "Notice",
    "Notification",
    "OutboxMail",
    "PaymentTransaction",
    "PlanBatchRun",
    "PlanInvoiceRun",
    "Property",
    "RecurringPlan",
    "RecurringPlanEmployee",
    "RecurringPlanService",
    "Reminder",
    "SavedPaymentMethod",
    "Service",
    "StoredFile",
    "StripeEvent",
    "Tag",
    "Team",
    "TeamMember",
    "User",
    "UserProperty",
    "UserSession",
]
