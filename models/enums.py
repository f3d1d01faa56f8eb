"""The closed vocabularies of the domain. Values are what the database stores and the API shows."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "OWNER"
    OFFICE = "OFFICE"
    EMPLOYEE = "EMPLOYEE"
    CUSTOMER = "CUSTOMER"


class CustomerStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class CustomerKind(StrEnum):
    RESIDENTIAL = "RESIDENTIAL"
    BUSINESS = "BUSINESS"
    PROPERTY_MANAGER = "PROPERTY_MANAGER"


class ContactRole(StrEnum):
    BILLING = "BILLING"
    APPROVER = "APPROVER"
    OWNER = "OWNER"
    ON_SITE = "ON_SITE"


class PropertyType(StrEnum):
    RESIDENTIAL = "RESIDENTIAL"
    BUSINESS = "BUSINESS"
    POOL = "POOL"


class JobStatus(StrEnum):
    PENDING = "PENDING"
    ON_THE_WAY = "ON_THE_WAY"
    STARTED = "STARTED"
    FINISHED = "FINISHED"
    CANCELLED = "CANCELLED"


class FileKind(StrEnum):
    BEFORE_PHOTO = "BEFORE_PHOTO"
    AFTER_PHOTO = "AFTER_PHOTO"
    DAMAGE_REPORT = "DAMAGE_REPORT"
    CHECKLIST_RECORD = "CHECKLIST_RECORD"
    DOCUMENT = "DOCUMENT"


class InvoiceStatus(StrEnum):
    DRAFT = "DRAFT"
    OPEN = "OPEN"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    PAID = "PAID"
    VOID = "VOID"
    BAD_DEBT = "BAD_DEBT"


class BatchStatus(StrEnum):
    OPEN = "OPEN"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    PAID = "PAID"
    VOID = "VOID"


class PaymentMethod(StrEnum):
    CARD = "CARD"
    ACH = "ACH"
    CASH = "CASH"
    CHECK = "CHECK"
    BANK_TRANSFER = "BANK_TRANSFER"
    ZELLE = "ZELLE"


class TransactionStatus(StrEnum):
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"
    TO_APPROVAL = "TO_APPROVAL"
    FAILED = "FAILED"
    REFUNDED = "REFUNDED"


class NoteVisibility(StrEnum):
    INTERNAL = "INTERNAL"
    CUSTOMER = "CUSTOMER"


class NotificationKind(StrEnum):
    INVOICE_GENERATED = "INVOICE_GENERATED"
    BATCH_READY = "BATCH_READY"
    JOB_COMPLETED = "JOB_COMPLETED"
    PAYMENT_RECORDED = "PAYMENT_RECORDED"
    LOGIN_CODE = "LOGIN_CODE"
    REMINDER_DUE = "REMINDER_DUE"
    AUTOPAY_FAILED = "AUTOPAY_FAILED"
    JOB_PROBLEM = "JOB_PROBLEM"


class CorrectionStatus(StrEnum):
    OPEN = "OPEN"
    ANSWERED = "ANSWERED"


class SavedMethodKind(StrEnum):
    CARD = "CARD"
    US_BANK_ACCOUNT = "US_BANK_ACCOUNT"


class AutopayChargeStatus(StrEnum):
    """QUEUED (to send to Stripe) → SUBMITTED (Stripe accepted it) → SUCCEEDED, or FAILED (declined, needs
    authentication); a FAILED charge the client later completes at Stripe still ends SUCCEEDED."""

    QUEUED = "QUEUED"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class PlanStatus(StrEnum):
    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"


class PlanFrequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY_BY_DAY = "MONTHLY_BY_DAY"
    MONTHLY_BY_WEEKDAY = "MONTHLY_BY_WEEKDAY"


class PlanBilling(StrEnum):
    PER_VISIT = "PER_VISIT"
    MONTHLY = "MONTHLY"
