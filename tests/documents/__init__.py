"""Helpers for the PDF tests: the document routes in a small app, PDFs to text and to pictures.

PNGs of first pages go to `tests/artifacts/` (gitignored); each path is logged so a person can look.
"""

from __future__ import annotations

import logging
import re
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.applications import Starlette

from adapters.files import FileStore
from app.documents import ROUTES
from app.runtime import Runtime
from app.settings import Settings
from tests.factories import DEPLOYMENT

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
log = logging.getLogger("tests.documents")


def document_app(engine: AsyncEngine, sessions: async_sessionmaker[AsyncSession]) -> Starlette:
    """Only the `/documents/…` routes, on the test database, wired as `create_app` wires them."""
    app = Starlette(routes=list(ROUTES))
    settings = Settings(secret_key=DEPLOYMENT.signing_key, public_url=DEPLOYMENT.public_url)
    app.state.runtime = Runtime(settings=settings, engine=engine, sessions=sessions,
                                files=FileStore(settings.uploads_dir), payments=None)
    return app


def client(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://portal.test")


def path_of(url: str) -> str:
    """The path and query of a link the API handed out (`pdfUrl` and friends), to request from the test app."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as `pdftotext -layout` reads it."""
    assert pdf.startswith(b"%PDF"), pdf[:200]
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return result.stdout.decode()


def flat(text: str) -> str:
    """Text with runs of whitespace made one space (layout columns vary)."""
    return re.sub(r"\s+", " ", text)


def first_page_png(pdf: bytes, name: str) -> Path:
    """The first page as a PNG at 60 dpi under tests/artifacts/, its path logged and returned."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
    stem = ARTIFACTS / name
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf_path), str(stem)],
                   check=True)
    png = stem.with_suffix(".png")
    assert png.stat().st_size > 1000
    log.warning("PDF picture written: %s", png)
    print(f"PDF picture written: {png}")
    return png


def image_count(pdf: bytes) -> int:
    """How many images the PDF embeds (`pdfimages -list`)."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "document.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True).stdout.decode()
    return len(listing.strip().splitlines()) - 2  # two header lines


def dollars(money: dict[str, Any]) -> str:
    """A Money from the API as the documents print it, e.g. {"amount": "1234.5"} -> "$1,234.50"."""
    amount = Decimal(str(money["amount"])).quantize(Decimal("0.01"))
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,}"
