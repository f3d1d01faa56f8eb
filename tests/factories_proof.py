"""Helpers for the proof-of-work tests: small real images (Pillow), a scene of jobs and people, the real app over
HTTP (httpx + ASGITransport against `create_app`), signed-in credentials, and a snapshot of what a refused
write must leave untouched (tables and the files directory)."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

from app.asgi import create_app
from app.settings import Settings
from auth.sessions import SESSION_COOKIE, start_session
from auth.viewer import Viewer
from models import Customer, Employee, Job, Property, User
from models.enums import JobStatus, Role
from tests import factories

Sessions = async_sessionmaker[AsyncSession]

PROOF_TABLES = ("stored_file", "checklist_item", "activity", "job", "job_status_change")


def jpeg(width: int = 640, height: int = 480, *, color: tuple[int, int, int] = (200, 40, 40),
         orientation: int | None = None) -> bytes:
    """A real JPEG; `orientation` sets the EXIF orientation tag (6 = the camera was turned 90°)."""
    image = Image.new("RGB", (width, height), color)
    out = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", exif=exif.tobytes())
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def png(width: int = 300, height: int = 200, *, transparent: bool = False) -> bytes:
    image = Image.new("RGBA" if transparent else "RGB", (width, height),
                      (10, 120, 200, 0) if transparent else (10, 120, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def webp(width: int = 200, height: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (0, 160, 0)).save(out, "WEBP")
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("P", (20, 20)).save(out, "GIF")
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 64


def files_on_disk(root: Path) -> list[str]:
    """Every file under the store's root (relative paths), temporary ones included."""
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


async def table_rows(sessions: Sessions, tables: tuple[str, ...] = PROOF_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    state: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as session:
        for table in tables:
            rows = await session.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY id'))
            state[table] = [tuple(row) for row in rows]
    return state


@dataclass
class Person:
    """A signed-in user: the viewer (for direct calls) and a session token (for HTTP)."""

    user: User
    viewer: Viewer
    token: str

    @property
    def cookies(self) -> dict[str, str]:
        return {SESSION_COOKIE: self.token}

    @property
    def bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def person(session: AsyncSession, role: Role, *, customer: Customer | None = None,
                 worker: Employee | None = None) -> Person:
    user = await factories.user(session, role, customer_id=customer.id if customer else None,
                                employee_id=worker.id if worker else None)
    _, token = await start_session(session, user.id)  # type: ignore[arg-type]
    viewer = Viewer(user_id=user.id, role=role, customer_id=user.customer_id, employee_id=user.employee_id)
    return Person(user=user, viewer=viewer, token=token)


@dataclass
class Scene:
    """Ann is assigned to `job` (Customer A's); Bob is not. Customer B has a job of its own."""

    customer: Customer
    place: Property
    job: Job
    other_customer: Customer
    other_place: Property
    other_job: Job
    ann: Person
    bob: Person
    office: Person
    owner: Person
    client: Person
    other_client: Person


async def scene(session: AsyncSession, status: JobStatus = JobStatus.STARTED) -> Scene:
    await factories.company(session)
    customer = await factories.customer(session, display_name="Alice Able")
    place = await factories.property_(session, customer)
    other_customer = await factories.customer(session, display_name="Brian Baker")
    other_place = await factories.property_(session, other_customer)
    ann_worker = await factories.employee(session, name="Ann Crew")
    bob_worker = await factories.employee(session, name="Bob Crew")
    job = await factories.job(session, place, status=status, employees=[ann_worker])
    other_job = await factories.job(session, other_place, status=status, employees=[bob_worker])
    result = Scene(
        customer=customer, place=place, job=job, other_customer=other_customer, other_place=other_place,
        other_job=other_job,
        ann=await person(session, Role.EMPLOYEE, worker=ann_worker),
        bob=await person(session, Role.EMPLOYEE, worker=bob_worker),
        office=await person(session, Role.OFFICE), owner=await person(session, Role.OWNER),
        client=await person(session, Role.CUSTOMER, customer=customer),
        other_client=await person(session, Role.CUSTOMER, customer=other_customer),
    )
    await session.commit()
    return result


# ------------------------------------------------------------------------------------------------ HTTP


@pytest.fixture
def files_dir(tmp_path: Path) -> Path:
    return tmp_path / "files"


@pytest.fixture
async def app(sessions: Sessions, migrated_database_url: str, files_dir: Path) -> AsyncIterator[Starlette]:
    """The real app (routes, GraphQL endpoint, downloads) on this run's database, files under `files_dir`.

    It works through the test's `sessions` (one rolled-back transaction unless the test is marked committed).
    """
    settings = Settings(database_url=migrated_database_url, files_dir=files_dir, app_env="test",
                        secret_key="test-secret", public_url="http://portal.test")
    application = create_app(settings, sessions=sessions)
    try:
        yield application
    finally:
        await application.state.runtime.engine.dispose()


@pytest.fixture
async def http(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://portal.test") as client:
        yield client


UPLOAD = """
mutation ($input: FileUploadInput!) {
  fileUpload(input: $input) {
    file { id kind filename contentType sizeBytes visibleToClient url thumbnailUrl }
    userErrors { field code message }
  }
}"""


async def upload(http: httpx.AsyncClient, who: Person | None, content: bytes, *, filename: str = "photo.jpg",
                 content_type: str = "image/jpeg", job_id: str | None = None, property_id: str | None = None,
                 kind: str = "BEFORE_PHOTO", visible_to_client: bool | None = None,
                 headers: dict[str, str] | None = None) -> httpx.Response:
    """A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)."""
    variables: dict[str, Any] = {"kind": kind, "file": None}
    if job_id is not None:
        variables["jobId"] = job_id
    if property_id is not None:
        variables["propertyId"] = property_id
    if visible_to_client is not None:
        variables["visibleToClient"] = visible_to_client
    operations = json.dumps({"query": UPLOAD, "variables": {"input": variables}})
    send_headers = {"Apollo-Require-Preflight": "true", **(who.bearer if who else {}), **(headers or {})}
    return await http.post(
        "/graphql", data={"operations": operations, "map": json.dumps({"0": ["variables.input.file"]})},
        files={"0": (filename, content, content_type)}, headers=send_headers,
    )


def payload(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["fileUpload"]
    return result
