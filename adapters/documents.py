"""PDF documents: Jinja2 templates (`adapters/document_templates/`) rendered by WeasyPrint.

Templates get the gathered document (`resolvers.documents`) and a few filters: `money` (cents in the
company's currency), `day` (a date), `local` (a UTC time in the company's time zone). The company's logo
is embedded as a data URI when `Company.logo_path` names a readable image; otherwise the name is printed
as a wordmark. WeasyPrint fetches nothing from the network: only `data:` URLs are allowed.
"""

from __future__ import annotations

import asyncio
import base64
import mimetypes
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from models import Company
from models.money import Money

TEMPLATES = Path(__file__).with_name("document_templates")
SYMBOLS = {"USD": "$", "CAD": "$", "AUD": "$", "EUR": "€", "GBP": "£"}
LABELS = {
    "OPEN": "Open", "PARTIALLY_PAID": "Partially paid", "PAID": "Paid", "VOID": "Void", "BAD_DEBT": "Bad debt",
    "DRAFT": "Draft", "COMPLETED": "Completed", "PENDING": "Pending", "TO_APPROVAL": "To approval",
    "FAILED": "Failed", "REFUNDED": "Refunded", "CARD": "Card", "ACH": "ACH", "CASH": "Cash", "CHECK": "Check",
    "BANK_TRANSFER": "Bank transfer", "ZELLE": "Zelle", "FINISHED": "Finished", "STARTED": "Started",
    "ON_THE_WAY": "On the way", "CANCELLED": "Cancelled",
}


def format_money(cents: int, currency: str) -> str:
    """`$1,234.50`, `-$12.00`, or `1,234.50 CHF` for a currency without a known symbol."""
    amount = Money(cents=abs(cents), currency=currency).amount
    sign = "-" if cents < 0 else ""
    symbol = SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{amount:,}" if symbol else f"{sign}{amount:,} {currency.upper()}"


def format_day(value: date | None) -> str:
    return value.strftime("%b %d, %Y") if value is not None else "—"


def format_quantity(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def label(value: Any) -> str:
    raw = getattr(value, "value", value)
    return LABELS.get(str(raw), str(raw).replace("_", " ").capitalize())


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["day"] = format_day
    environment.filters["quantity"] = format_quantity
    environment.filters["label"] = label
    return environment


ENVIRONMENT = _environment()


def logo_data_uri(path: Path | None) -> str | None:
    """The logo as a `data:` URI, or None when there is none or it can't be read."""
    if path is None or not path.is_file():
        return None
    kind = mimetypes.guess_type(path.name)[0]
    if kind is None or not kind.startswith("image/"):
        return None
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


def render_html(template: str, company: Company, *, logo: Path | None = None, **context: Any) -> str:
    """The document's HTML: `template` with the company, its logo or wordmark, and money/date filters."""
    zone = ZoneInfo(company.time_zone)
    currency = company.currency

    def local(moment: datetime | None, pattern: str = "%b %d, %Y %I:%M %p") -> str:
        return moment.astimezone(zone).strftime(pattern) if moment is not None else "—"

    def money(cents: int | None) -> str:
        return format_money(cents or 0, currency)

    today = datetime.now(zone)
    return ENVIRONMENT.get_template(template).render(
        company=company, logo=logo_data_uri(logo), money=money, local=local, currency=currency,
        time_zone=company.time_zone, generated=today, **context,
    )


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML, URLFetcher

    fetcher = URLFetcher(allowed_protocols=["data"])  # the embedded logo; never the network or the disk
    pdf: bytes = HTML(string=html, base_url=str(TEMPLATES), url_fetcher=fetcher).write_pdf()
    return pdf


async def render_pdf(template: str, company: Company, *, logo: Path | None = None, **context: Any) -> bytes:
    """Render `template` to PDF bytes (WeasyPrint runs in a worker thread: it is CPU-bound)."""
    html = render_html(template, company, logo=logo, **context)
    return await asyncio.to_thread(html_to_pdf, html)
