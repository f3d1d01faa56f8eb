"""The company's settings: identity, address, time zone, currency, tax, fees, terms, numbering, logo.

One row per deployment. The owner alone changes it (`update_company`); the first call on an empty database
creates it, so after `dop create-user --role owner` everything is set up through the API. Every value here is
read afresh by the code that uses it (invoice numbering and totals, checkout fees, PDFs, e-mails), so a change
applies to the next invoice, document and message, and never rewrites one already made: an invoice keeps the
tax rate and number it was issued with.

Plain async functions taking `(session, viewer, …)`; expected failures raise `UserInputError` with every
problem found at once (paths below `input`), and nothing is written unless all of it holds.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import available_timezones

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.files import FileStore, Unsupported, examine
from auth.viewer import Viewer
from models import Company, Invoice, PaymentTransaction
from models.deployment import deployment_of
from models.money import to_cents
from models.problems import Forbidden, Path, Problem, ProblemCode
from resolvers.crm import record_activity
from resolvers.files import megabytes, unsupported_message
from resolvers.normalize import InvalidValue, clean_text, normalize_country, normalize_email, normalize_phone
from resolvers.properties import raise_if
from resolvers.values import KEEP, Address, Keep

NAME_LENGTH = 120
TEXT_LENGTH = 200
MAX_TERMS_DAYS = 365
PREFIX_PATTERN = re.compile(r"[A-Za-z0-9._-]{0,12}")
"""An invoice prefix: printed before the number ("INV-1001") and used in PDF file names, so no spaces,
slashes or quotes."""
MAX_INVOICE_NUMBER = 999_999_999
LOGO_MAX_BYTES = 2 * 1024 * 1024
"""A logo is embedded in every PDF: 2 MB is plenty for a sharp PNG or JPEG."""
LOGO_TYPES = {"image/png": ".png", "image/jpeg": ".jpg"}
"""What WeasyPrint embeds reliably and every mail client shows; the stored name keeps the extension, which
`adapters.documents.logo_data_uri` reads the image type from."""
RATE_PLACES = {"tax_rate": 4, "card_fee_percent": 3, "ach_fee_percent": 3}
"""Decimal places each percentage column keeps (NUMERIC(7, 4), NUMERIC(6, 3)); more are refused, never rounded."""
CENT = Decimal("0.01")
MAX_FIXED_FEE = Decimal("1000")
SETTINGS_LOCK = 0x636F6D70616E79  # "company": one company row, even when two first set-ups race
WEBSITE_PATTERN = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)

NOT_TWO_DECIMALS: dict[str, int] = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
                     "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}
"""ISO 4217 currencies whose minor unit is not a hundredth: amounts here are whole cents (two decimals)."""
NOT_FOR_INVOICES = frozenset({"BOV", "CHE", "CHW", "COU", "MXV", "USN", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD",
                              "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"})
"""ISO 4217 codes of funds, metals and testing, not money a client pays in."""
ISO_4217 = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
    "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
    "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
    "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA",
    "XXX", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
})
"""The active ISO 4217 alphabetic codes (the standard's list one, 2025)."""


@dataclass(frozen=True, slots=True)
class LogoUpload:
    """A logo as received: its bytes (None when larger than the upload limit and so not read) and size."""

    content: bytes | None
    size: int


@dataclass(frozen=True, slots=True)
class CompanyChanges:
    """What `companyUpdate` changes; KEEP leaves a setting alone, None clears it (where it may be cleared).

    Fees and the fixed parts are amounts in the company's currency (Decimal, at most 2 places); rates are
    percentages (8.875 means 8.875 %).
    """

    name: str | Keep | None = KEEP
    address: Address | Keep | None = KEEP
    email: str | Keep | None = KEEP
    phone: str | Keep | None = KEEP
    website: str | Keep | None = KEEP
    time_zone: str | Keep | None = KEEP
    currency: str | Keep | None = KEEP
    tax_rate: Decimal | Keep | None = KEEP
    card_fee_percent: Decimal | Keep | None = KEEP
    card_fee_fixed: Decimal | Keep | None = KEEP
    ach_fee_percent: Decimal | Keep | None = KEEP
    ach_fee_fixed: Decimal | Keep | None = KEEP
    payment_terms_days: int | Keep | None = KEEP
    invoice_prefix: str | Keep | None = KEEP
    next_invoice_number: int | Keep | None = KEEP
    notify_clients_on_job_finished: bool | Keep | None = KEEP
    review_window_days: int | Keep | None = KEEP
    plan_horizon_weeks: int | Keep | None = KEEP
    logo: LogoUpload | Keep | None = KEEP


MAX_PLAN_HORIZON_WEEKS = 52


def _at(name: str) -> Path:
    return ("input", name)


async def current_company(session: AsyncSession, *, lock: bool = False) -> Company | None:
    """The company row (the first, as every reader takes it), locked FOR UPDATE when asked."""
    statement = sa.select(Company).order_by(col(Company.id)).limit(1)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    company: Company | None = (await session.execute(statement)).scalar()
    return company


# ---------------------------------------------------------------------------------------------- checks


def _required_text(value: str | None, field: str, what: str, problems: list[Problem]) -> str | None:
    text = clean_text(value)
    if text is None:
        problems.append(Problem(_at(field), ProblemCode.REQUIRED, f"Give the {what}; it cannot be blank."))
    elif len(text) > NAME_LENGTH:
        problems.append(Problem(_at(field), ProblemCode.INVALID,
                                f"Use at most {NAME_LENGTH} characters for the {what}."))
    return text


def _address(address: Address | None, problems: list[Problem]) -> dict[str, Any]:
    """The address columns; every part optional (a company may not print one), the country a real code."""
    given = address or Address()
    values: dict[str, Any] = {}
    for part, column in (("line1", "address_line1"), ("line2", "address_line2"), ("city", "city"),
                         ("region", "region"), ("postalCode", "postal_code")):
        text = clean_text(getattr(given, "postal_code" if part == "postalCode" else part))
        if text is not None and len(text) > TEXT_LENGTH:
            problems.append(Problem(("input", "address", part), ProblemCode.INVALID,
                                    f"Use at most {TEXT_LENGTH} characters."))
        values[column] = text
    try:
        values["country"] = normalize_country(given.country) or "US"
    except InvalidValue as error:
        problems.append(Problem(("input", "address", "country"), ProblemCode.INVALID, str(error)))
    return values


def _contact(changes: CompanyChanges, values: dict[str, Any], problems: list[Problem]) -> None:
    if not isinstance(changes.email, Keep):
        try:
            email = clean_text(changes.email)
            values["email"] = normalize_email(email) if email else None
        except InvalidValue as error:
            problems.append(Problem(_at("email"), ProblemCode.INVALID, str(error)))
    if not isinstance(changes.phone, Keep):
        try:
            phone = clean_text(changes.phone)
            values["phone"] = normalize_phone(phone) if phone else None
        except InvalidValue as error:
            problems.append(Problem(_at("phone"), ProblemCode.INVALID, str(error)))
    if not isinstance(changes.website, Keep):
        website = clean_text(changes.website)
        if website is not None and (len(website) > TEXT_LENGTH or not WEBSITE_PATTERN.fullmatch(website)):
            problems.append(Problem(_at("website"), ProblemCode.INVALID,
                                    "Give the website as an address starting with https://, e.g. "
                                    "https://sparkle.example.com."))
        values["website"] = website


def check_time_zone(value: str | None, problems: list[Problem]) -> str | None:
    """An IANA time zone name (the tz database's, as `zoneinfo` knows them): "America/Chicago"."""
    text = clean_text(value)
    if text is None:
        problems.append(Problem(_at("timeZone"), ProblemCode.REQUIRED,
                                "Give the time zone dates are shown in, e.g. America/New_York."))
        return None
    if text not in available_timezones():
        problems.append(Problem(_at("timeZone"), ProblemCode.INVALID,
                                f"“{text}” is not a time zone. Use an IANA name such as America/New_York, "
                                "America/Chicago or Europe/London."))
        return None
    return text


def check_currency(value: str | None, problems: list[Problem]) -> str | None:
    """An ISO 4217 code of a currency with cents (two decimals), upper case."""
    text = (clean_text(value) or "").upper()
    if not text:
        problems.append(Problem(_at("currency"), ProblemCode.REQUIRED, "Give the currency, e.g. USD."))
    elif text not in ISO_4217 or text in NOT_FOR_INVOICES:
        problems.append(Problem(_at("currency"), ProblemCode.INVALID,
                                f"“{value}” is not an ISO 4217 currency code; use one such as USD, CAD or EUR."))
    elif text in NOT_TWO_DECIMALS:
        places = NOT_TWO_DECIMALS[text]
        problems.append(Problem(_at("currency"), ProblemCode.INVALID,
                                f"{text} has {places} decimal places; amounts here are kept in cents (two "
                                "decimals), so only such currencies can be used."))
    else:
        return text
    return None


def _rate(value: Decimal | None, field: str, column: str, what: str, problems: list[Problem]) -> Decimal | None:
    """A percentage from 0 up to (not including) 100, with no more places than its column keeps."""
    if value is None:
        problems.append(Problem(_at(field), ProblemCode.REQUIRED, f"Give the {what} (0 for none)."))
        return None
    places = RATE_PLACES[column]
    if not value.is_finite() or value < 0 or value >= 100:
        problems.append(Problem(_at(field), ProblemCode.INVALID,
                                f"The {what} is a percentage from 0 to less than 100 (e.g. 8.875)."))
        return None
    if value != value.quantize(Decimal(1).scaleb(-places)):
        problems.append(Problem(_at(field), ProblemCode.INVALID,
                                f"The {what} can have at most {places} decimals."))
        return None
    return value


def _fixed_fee(value: Decimal | None, field: str, what: str, problems: list[Problem]) -> int | None:
    """A fixed fee in the company's currency: at least 0, whole cents."""
    if value is None:
        problems.append(Problem(_at(field), ProblemCode.REQUIRED, f"Give the {what} (0 for none)."))
        return None
    if not value.is_finite() or value < 0 or value >= MAX_FIXED_FEE:
        problems.append(Problem(_at(field), ProblemCode.INVALID,
                                f"The {what} is an amount from 0 to less than {MAX_FIXED_FEE} (e.g. 0.30)."))
        return None
    if value != value.quantize(CENT):
        problems.append(Problem(_at(field), ProblemCode.INVALID, f"The {what} can have at most 2 decimals."))
        return None
    return to_cents(value)


def _terms(value: int | None, problems: list[Problem]) -> int | None:
    if value is None or not 0 <= value <= MAX_TERMS_DAYS:
        problems.append(Problem(_at("paymentTermsDays"), ProblemCode.INVALID,
                                f"Payment terms are 0 (due on receipt) to {MAX_TERMS_DAYS} days."))
        return None
    return value


def _prefix(value: str | None, problems: list[Problem]) -> str | None:
    text = (value or "").strip()
    if not PREFIX_PATTERN.fullmatch(text):
        problems.append(Problem(_at("invoicePrefix"), ProblemCode.INVALID,
                                "Use up to 12 letters, digits, '.', '_' or '-' (e.g. INV-), or nothing."))
        return None
    return text


async def highest_invoice_number(session: AsyncSession) -> int:
    """The largest number any invoice (draft, void and credit notes too) already holds; 0 when none."""
    statement = sa.select(sa.func.coalesce(sa.func.max(col(Invoice.number)), 0))
    return int((await session.execute(statement)).scalar_one())


async def _next_number(session: AsyncSession, value: int | None, problems: list[Problem]) -> int | None:
    """The next invoice number: never one already used, so at least the highest issued + 1."""
    if value is None:
        problems.append(Problem(_at("nextInvoiceNumber"), ProblemCode.REQUIRED,
                                "Give the number the next invoice gets."))
        return None
    highest = await highest_invoice_number(session)
    if value <= highest:
        problems.append(Problem(_at("nextInvoiceNumber"), ProblemCode.INVALID,
                                f"Invoice number {highest} is already used; the next number must be "
                                f"{highest + 1} or higher (numbers never go backwards)."))
        return None
    if not 1 <= value <= MAX_INVOICE_NUMBER:
        problems.append(Problem(_at("nextInvoiceNumber"), ProblemCode.INVALID,
                                f"The next invoice number is from 1 to {MAX_INVOICE_NUMBER:,}."))
        return None
    return value


async def _billing_started(session: AsyncSession) -> bool:
    """Whether any invoice or payment exists: their amounts were written in the current currency."""
    statement = sa.select(sa.or_(sa.exists().where(col(Invoice.id).is_not(None)),
                                 sa.exists().where(col(PaymentTransaction.id).is_not(None))))
    return bool((await session.execute(statement)).scalar())


async def _logo(session: AsyncSession, logo: LogoUpload, problems: list[Problem],
                store: FileStore | None) -> str | None:
    """Check a logo (a real PNG or JPEG under LOGO_MAX_BYTES, examined like any uploaded photo) and store its
    bytes; returns the storage key (relative to the uploads directory), None when refused.

    The bytes are stored only when every other setting checked out, so a refused update stores nothing."""
    field = _at("logo")
    if logo.content is None or logo.size > LOGO_MAX_BYTES:
        problems.append(Problem(field, ProblemCode.INVALID,
                                f"This logo is {megabytes(max(logo.size, LOGO_MAX_BYTES + 1))} MB; the limit is "
                                f"{LOGO_MAX_BYTES // (1024 * 1024)} MB."))
        return None
    try:
        examined = await asyncio.to_thread(examine, logo.content)
    except Unsupported as refusal:
        message = unsupported_message(refusal)
        if refusal.reason == "empty":
            message = "This file is empty; choose the logo again."
        elif refusal.reason == "type":
            message = f"A logo is a PNG or JPEG image; this file is {refusal.what}."
        problems.append(Problem(field, ProblemCode.INVALID, message))
        return None
    extension = LOGO_TYPES.get(examined.content_type)
    if extension is None:
        what = "a PDF" if not examined.is_image else f"a {examined.extension.lstrip('.').upper()} image"
        problems.append(Problem(field, ProblemCode.INVALID, f"A logo is a PNG or JPEG image; this file is {what}."))
        return None
    if problems:
        return None
    target = store or FileStore(deployment_of(session).uploads_dir)
    blob = await asyncio.to_thread(target.put, logo.content, suffix=extension)
    return blob.key


# ---------------------------------------------------------------------------------------------- update


async def update_company(session: AsyncSession, viewer: Viewer, changes: CompanyChanges, *,
                         store: FileStore | None = None) -> Company:
    """Change the settings given (the owner alone); on an empty database, create the company (a name is then
    required). Every problem is reported at once; nothing is written unless all of it holds.

    The company row is locked for the transaction (as invoice numbering locks it), so a next invoice number
    is checked against the invoices that exist when it is saved, and a concurrent invoice waits.
    """
    if not viewer.is_owner:
        raise Forbidden("Only the owner may change the company's settings.")
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(SETTINGS_LOCK)))
    company = await current_company(session, lock=True)
    creating = company is None
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    if not isinstance(changes.name, Keep) or creating:
        values["name"] = _required_text(None if isinstance(changes.name, Keep) else changes.name,
                                        "name", "company's name", problems)
    if not isinstance(changes.address, Keep):
        values |= _address(changes.address, problems)
    _contact(changes, values, problems)
    if not isinstance(changes.time_zone, Keep):
        values["time_zone"] = check_time_zone(changes.time_zone, problems)
    if not isinstance(changes.currency, Keep):
        currency = check_currency(changes.currency, problems)
        values["currency"] = currency
        if (currency is not None and company is not None and currency != company.currency
                and await _billing_started(session)):
            problems.append(Problem(_at("currency"), ProblemCode.CONFLICT,
                                    f"Invoices and payments already exist in {company.currency}; the currency "
                                    "can't change once billing has started, or their amounts would be read in "
                                    "the wrong money."))
    for field, column, what in (("taxRate", "tax_rate", "tax rate"),
                                ("cardFeePercent", "card_fee_percent", "card fee percentage"),
                                ("achFeePercent", "ach_fee_percent", "ACH fee percentage")):
        value = getattr(changes, column)
        if not isinstance(value, Keep):
            values[column] = _rate(value, field, column, what, problems)
    for field, attribute, what in (("cardFeeFixed", "card_fee_fixed", "fixed card fee"),
                                   ("achFeeFixed", "ach_fee_fixed", "fixed ACH fee")):
        value = getattr(changes, attribute)
        if not isinstance(value, Keep):
            values[f"{attribute}_cents"] = _fixed_fee(value, field, what, problems)
    if not isinstance(changes.payment_terms_days, Keep):
        values["payment_terms_days"] = _terms(changes.payment_terms_days, problems)
    if not isinstance(changes.invoice_prefix, Keep):
        values["invoice_prefix"] = _prefix(changes.invoice_prefix, problems)
    if not isinstance(changes.next_invoice_number, Keep):
        values["next_invoice_number"] = await _next_number(session, changes.next_invoice_number, problems)
    if not isinstance(changes.notify_clients_on_job_finished, Keep):
        if changes.notify_clients_on_job_finished is None:
            problems.append(Problem(_at("notifyClientsOnJobFinished"), ProblemCode.REQUIRED,
                                    "Say true or false, or leave it out."))
        values["notify_clients_job_completed"] = changes.notify_clients_on_job_finished
    if not isinstance(changes.review_window_days, Keep):
        days = changes.review_window_days
        if days is None or not 0 <= days <= MAX_TERMS_DAYS:
            problems.append(Problem(_at("reviewWindowDays"), ProblemCode.INVALID,
                                    f"Give the review window in days, 0 to {MAX_TERMS_DAYS}."))
        values["review_window_days"] = days
    if not isinstance(changes.plan_horizon_weeks, Keep):
        if changes.plan_horizon_weeks is None or not 1 <= changes.plan_horizon_weeks <= MAX_PLAN_HORIZON_WEEKS:
            problems.append(Problem(_at("planHorizonWeeks"), ProblemCode.INVALID,
                                    f"Generate recurring plans' visits 1 to {MAX_PLAN_HORIZON_WEEKS} weeks ahead."))
        values["plan_horizon_weeks"] = changes.plan_horizon_weeks
    if not isinstance(changes.logo, Keep):
        values["logo_path"] = (None if changes.logo is None
                               else await _logo(session, changes.logo, problems, store))
    raise_if(problems)

    if company is None:
        company = Company(**values)
        session.add(company)
        changed = sorted(values)
    else:
        changed = sorted(name for name, value in values.items() if getattr(company, name) != value)
        for name in changed:
            setattr(company, name, values[name])
    await session.flush()
    if changed:
        record_activity(session, viewer, subject=company, verb="company.created" if creating else "company.updated",
                        customer_id=None, fields=changed)
        await session.flush()
    await session.refresh(company)  # the values as stored (rates at their columns' scale), as every read shows them
    return company
