"""PDF downloads: `/documents/…pdf`, scoped exactly like GraphQL reads.

Who may download: the viewer behind the session cookie or `Authorization: Bearer` token (the document
must be readable to them: another customer's document, or a money document for a viewer without
finances, is 404), or whoever holds a signed, unexpired link (`?expires=…&signature=…`, see
`auth.signed_links`) made for exactly this path: the API hands these out as `pdfUrl`, `receiptUrl` and
`statementUrl` to viewers who may read the document, so an integration can fetch it without a cookie.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from adapters.documents import render_pdf
from app.runtime import Runtime, bearer_token, resolve_viewer
from auth.sessions import SESSION_COOKIE
from auth.signed_links import BATCH_PDF, INVOICE_PDF, RECEIPT_PDF, STATEMENT_PDF, verify
from auth.viewer import Viewer
from models import Company
from models.enums import Role
from resolvers import documents
from schema.relay import database_id_in_range

SIGNED_LINK_VIEWER = Viewer(role=Role.OFFICE)
"""Reads one document whose signed link was verified: the signature already names that document, and
documents never show internal fields, so the link shows what the viewer who was given it could read."""

Gather = Callable[[AsyncSession, Viewer, int], Awaitable[Any]]


def logo_path(company: Company, uploads_dir: Path) -> Path | None:
    """The company's logo file: `logo_path` as given when absolute, else under the uploads directory."""
    if not company.logo_path:
        return None
    path = Path(company.logo_path)
    return path if path.is_absolute() else uploads_dir / path


def _not_found() -> Response:
    return PlainTextResponse("No such document.", status_code=404)


def document_route(path: str, template: str, gather: Gather, filename: Callable[[Any], str]) -> Route:
    async def endpoint(request: Request) -> Response:
        runtime: Runtime = request.app.state.runtime
        try:
            row_id = int(request.path_params["id"])
        except ValueError:
            return _not_found()
        if not database_id_in_range(row_id):  # no row has it: a larger number would not fit the query
            return _not_found()
        params = request.query_params
        if "signature" in params or "expires" in params:
            if not verify(request.url.path, params.get("expires"), params.get("signature"),
                          key=runtime.deployment.signing_key):
                return PlainTextResponse("This link is invalid or has expired. Ask for a new one.", status_code=403)
            viewer = SIGNED_LINK_VIEWER
        else:
            viewer = await resolve_viewer(runtime, session_token=request.cookies.get(SESSION_COOKIE),
                                          bearer=bearer_token(request.headers))
            if not viewer.is_authenticated:
                return PlainTextResponse("Sign in to download documents.", status_code=401)
        async with runtime.sessions() as session, session.begin():
            document = await gather(session, viewer, row_id)
        if document is None:
            return _not_found()
        pdf = await render_pdf(template, document.company, logo=logo_path(document.company,
                                                                          runtime.settings.uploads_dir),
                               document=document)
        return Response(pdf, media_type="application/pdf", headers={
            "Content-Disposition": f'inline; filename="{filename(document)}"',
            "Cache-Control": "private, no-store",
        })

    return Route(path, endpoint, methods=["GET"])


def _statement(session: AsyncSession, viewer: Viewer, customer_id: int) -> Awaitable[Any]:
    return documents.statement_document(session, viewer, customer_id)


ROUTES = [
    document_route(INVOICE_PDF, "invoice.html", documents.invoice_document,
                   lambda d: f"invoice-{d.company.invoice_prefix}{d.sheet.invoice.number}.pdf"),
    document_route(BATCH_PDF, "batch.html", documents.batch_document,
                   lambda d: f"batch-{d.batch.number}.pdf"),
    document_route(RECEIPT_PDF, "receipt.html", documents.receipt_document,
                   lambda d: f"receipt-{d.transaction.id}.pdf"),
    document_route(STATEMENT_PDF, "statement.html", _statement,
                   lambda d: f"statement-{d.customer.id}-{d.health.as_of.isoformat()}.pdf"),
]
"""Mounted by `app.asgi.create_app`."""
