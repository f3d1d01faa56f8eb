"""Downloads of uploaded files, scoped exactly like a GraphQL read.

    GET /files/{id}/{filename}     the file (inline; `?download` for an attachment)
    GET /files/{id}/thumbnail      a photo's JPEG preview
    GET /company/logo              the company's logo, for the office's settings screen

The viewer comes from the session cookie or a Bearer token, as for `/graphql`, and the row is read through
`auth.scope.readable(viewer, StoredFile)`: a file another customer owns, a file hidden from clients, a
missing file and a request without credentials all get the same 404. Responses are `Cache-Control: private,
no-cache` (a browser keeps them but asks again, so access is re-checked; the ETag makes that cheap) and
`X-Content-Type-Options: nosniff` with the type read from the bytes at upload.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import PurePath
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from adapters.files import FileStore
from app.documents import logo_path
from auth.scope import readable
from auth.viewer import Viewer
from models import Company, StoredFile
from schema.relay import database_id_in_range

log = logging.getLogger(__name__)

ViewerFor = Callable[[Request], Awaitable[Viewer]]


def content_disposition(disposition: str, filename: str) -> str:
    """`inline; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the exact name (RFC 6266)."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _not_found() -> Response:
    return PlainTextResponse("Not found", status_code=404,
                             headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})


def _etag_matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match")
    if not header:
        return False
    candidates = {value.strip().removeprefix("W/") for value in header.split(",")}
    return etag in candidates or "*" in candidates


def file_routes(sessions: async_sessionmaker[AsyncSession], store: FileStore, viewer_for: ViewerFor,
                ) -> list[Route]:
    """The download routes, reading rows with `sessions`, bytes from `store`, the viewer with `viewer_for`."""

    async def find(request: Request) -> StoredFile | None:
        viewer = await viewer_for(request)
        if not viewer.is_authenticated:
            return None
        file_id = request.path_params["file_id"]
        if not database_id_in_range(file_id):  # no row has it: a larger number would not fit the query
            return None
        async with sessions() as session:
            statement = readable(viewer, StoredFile).where(StoredFile.id == file_id)
            return (await session.execute(statement)).scalar_one_or_none()

    def respond(request: Request, row: StoredFile, key: str, media_type: str, filename: str,
                etag: str) -> Response:
        path = store.path(key)
        if not path.is_file():
            log.error("file %s: its bytes are missing from the store (%s)", row.id, key)
            return _not_found()
        disposition = "attachment" if "download" in request.query_params else "inline"
        headers = {
            "Cache-Control": "private, no-cache",
            "X-Content-Type-Options": "nosniff",
            "Cross-Origin-Resource-Policy": "same-site",
            "ETag": etag,
            "Content-Disposition": content_disposition(disposition, filename),
        }
        if _etag_matches(request, etag):
            return Response(status_code=304, headers=headers)
        return FileResponse(path, media_type=media_type, headers=headers)

    async def download(request: Request) -> Response:
        row = await find(request)
        if row is None:
            return _not_found()
        return respond(request, row, row.storage_key, row.content_type, row.filename, f'"{row.sha256}"')

    async def thumbnail(request: Request) -> Response:
        row = await find(request)
        if row is None or row.thumbnail_key is None:
            return _not_found()
        name = f"{PurePath(row.filename).stem}-thumbnail.jpg"
        return respond(request, row, row.thumbnail_key, "image/jpeg", name, f'"{row.sha256}-thumbnail"')

    return [
        Route("/files/{file_id:int}/thumbnail", thumbnail, methods=["GET", "HEAD"]),
        Route("/files/{file_id:int}/{filename:path}", download, methods=["GET", "HEAD"]),
    ]


LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def logo_routes(sessions: async_sessionmaker[AsyncSession], store: FileStore, viewer_for: ViewerFor,
                ) -> list[Route]:
    """`/company/logo`: the logo (`Company.logoUrl`) for the office (OWNER, OFFICE), who see `hasLogo`; anyone
    else, and a company without a logo, gets 404. The bytes were checked as a PNG or JPEG at upload."""

    async def logo(request: Request) -> Response:
        viewer = await viewer_for(request)
        if not viewer.is_office:
            return _not_found()
        async with sessions() as session:
            company = (await session.execute(sa.select(Company).order_by(Company.id).limit(1))).scalar()  # type: ignore[arg-type]
        path = logo_path(company, store.root) if company is not None else None
        if path is None or not path.is_file():
            return _not_found()
        etag = f'"{path.stem}"'
        headers = {"Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff", "ETag": etag}
        if _etag_matches(request, etag):
            return Response(status_code=304, headers=headers)
        return FileResponse(path, media_type=LOGO_TYPES.get(path.suffix.lower(), "application/octet-stream"),
                            headers=headers)

    return [Route("/company/logo", logo, methods=["GET", "HEAD"])]
