"""`/files/{id}/{filename}` and `/files/{id}/thumbnail` over real HTTP: scoped like a GraphQL read (session cookie
or Bearer token), one 404 for missing, foreign, hidden and signed-out alike, and safe response headers."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.relay import GlobalID

from adapters.files import FileStore
from app.downloads import content_disposition
from auth.tokens import create_api_token
from models import Company
from tests.factories_jobs import mutate
from tests.factories_proof import (
    PDF,
    Person,
    Scene,
    Sessions,
    app,
    files_dir,
    http,
    jpeg,
    payload,
    png,
    scene,
    upload,
)
from tests.graphql import gid

__all__ = ["app", "files_dir", "http"]  # fixtures


async def attach(http: httpx.AsyncClient, who: Person, content: bytes, *, job_id: str, filename: str = "photo.jpg",
                 visible_to_client: bool = True, kind: str = "AFTER_PHOTO") -> dict[str, Any]:
    result = payload(await upload(http, who, content, filename=filename, job_id=job_id, kind=kind,
                                  visible_to_client=visible_to_client))
    assert result["userErrors"] == [], result
    file: dict[str, Any] = result["file"]
    return file


async def get(http: httpx.AsyncClient, url: str, who: Person | None, *, cookie: bool = True,
              if_none_match: str | None = None) -> httpx.Response:
    headers = {"If-None-Match": if_none_match} if if_none_match else {}
    if who is not None:
        headers |= {"Cookie": f"dop_session={who.token}"} if cookie else who.bearer
    return await http.get(url, headers=headers)


@pytest.fixture
async def photos(sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient,
                 ) -> tuple[Scene, dict[str, dict[str, Any]]]:
    """Customer A's job has a visible photo and a staff-only damage report; customer B's job a photo."""
    s = await scene(session)
    files = {
        "visible": await attach(http, s.ann, jpeg(800, 600), job_id=gid("Job", s.job), filename="kitchen.jpg"),
        "staff_only": await attach(http, s.ann, jpeg(800, 600, color=(0, 0, 0)), job_id=gid("Job", s.job),
                                   filename="scratch.jpg", visible_to_client=False, kind="DAMAGE_REPORT"),
        "other": await attach(http, s.office, jpeg(100, 100, color=(0, 0, 255)), job_id=gid("Job", s.other_job),
                              filename="theirs.jpg"),
    }
    return s, files


async def test_a_client_downloads_their_own_photo_with_safe_headers(
        photos: tuple[Scene, dict[str, dict[str, Any]]], http: httpx.AsyncClient) -> None:
    # given a visible photo on the client's job
    s, files = photos
    # when the client opens its url with their session cookie
    response = await get(http, files["visible"]["url"], s.client)
    # then they get the very bytes uploaded, typed, inline, private and not sniffable
    assert response.status_code == 200
    assert response.content == jpeg(800, 600)
    assert response.headers["content-type"] == "image/jpeg"
    assert response.headers["content-disposition"] == "inline; filename=\"kitchen.jpg\"; filename*=UTF-8''kitchen.jpg"
    assert response.headers["cache-control"].startswith("private")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-length"] == str(len(jpeg(800, 600)))


async def test_the_thumbnail_is_a_small_jpeg(photos: tuple[Scene, dict[str, dict[str, Any]]],
                                             http: httpx.AsyncClient) -> None:
    s, files = photos
    response = await get(http, files["visible"]["thumbnailUrl"], s.client)
    assert response.status_code == 200 and response.headers["content-type"] == "image/jpeg"
    assert response.headers["cache-control"].startswith("private")
    assert response.headers["x-content-type-options"] == "nosniff"
    thumbnail = Image.open(io.BytesIO(response.content))
    assert (thumbnail.format, thumbnail.size) == ("JPEG", (320, 240))


async def test_another_customers_file_is_a_404_like_a_missing_one(
        photos: tuple[Scene, dict[str, dict[str, Any]]], http: httpx.AsyncClient) -> None:
    # given customer B's photo
    s, files = photos
    missing = await get(http, "/files/987654/nothing.jpg", s.client)
    # when customer A's client asks for it (file or thumbnail)
    for url in (files["other"]["url"], files["other"]["thumbnailUrl"]):
        response = await get(http, url, s.client)
        # then the answer is exactly that of a file that does not exist
        assert (response.status_code, response.text) == (404, missing.text) == (404, "Not found")
        assert response.headers["cache-control"] == "private, no-store"


async def test_a_staff_only_file_is_a_404_for_the_client_and_served_to_staff(
        photos: tuple[Scene, dict[str, dict[str, Any]]], http: httpx.AsyncClient) -> None:
    s, files = photos
    url = files["staff_only"]["url"]
    assert (await get(http, url, s.client)).status_code == 404
    assert (await get(http, files["staff_only"]["thumbnailUrl"], s.client)).status_code == 404
    assert (await get(http, url, s.office)).status_code == 200
    assert (await get(http, url, s.ann)).status_code == 200  # assigned to the job
    assert (await get(http, url, s.bob)).status_code == 404  # not assigned


async def test_signed_out_and_bad_credentials_get_404(photos: tuple[Scene, dict[str, dict[str, Any]]],
                                                      http: httpx.AsyncClient) -> None:
    _, files = photos
    url = files["visible"]["url"]
    assert (await get(http, url, None)).status_code == 404
    assert (await http.get(url, headers={"Cookie": "dop_session=forged"})).status_code == 404
    assert (await http.get(url, headers={"Authorization": "Bearer forged"})).status_code == 404


async def test_an_integration_token_downloads_its_customers_files(
        photos: tuple[Scene, dict[str, dict[str, Any]]], http: httpx.AsyncClient, sessions: Sessions) -> None:
    # given an API token issued to customer A
    s, files = photos
    async with sessions() as session, session.begin():
        _, token = await create_api_token(session, s.office.viewer, customer_id=s.customer.id,  # type: ignore[arg-type]
                                          name="PM software")
    bearer = {"Authorization": f"Bearer {token}"}
    # then it downloads A's visible photo, but not the staff-only one nor B's
    assert (await http.get(files["visible"]["url"], headers=bearer)).status_code == 200
    assert (await http.get(files["staff_only"]["url"], headers=bearer)).status_code == 404
    assert (await http.get(files["other"]["url"], headers=bearer)).status_code == 404


async def test_a_session_token_works_as_a_bearer_too(photos: tuple[Scene, dict[str, dict[str, Any]]],
                                                     http: httpx.AsyncClient) -> None:
    s, files = photos
    assert (await get(http, files["visible"]["url"], s.client, cookie=False)).status_code == 200


async def test_hiding_a_file_takes_it_away_from_the_client_at_once(
        photos: tuple[Scene, dict[str, dict[str, Any]]], http: httpx.AsyncClient, sessions: Sessions) -> None:
    # given the client could download a photo (and their browser kept it, with its ETag)
    s, files = photos
    first = await get(http, files["visible"]["url"], s.client)
    etag = first.headers["etag"]
    assert (await get(http, files["visible"]["url"], s.client, if_none_match=etag)).status_code == 304
    # when the office hides it
    hidden = await mutate(sessions, s.office.viewer, "fileSetVisibility", "FileSetVisibilityInput",
                          {"fileId": files["visible"]["id"], "visibleToClient": False}, "file { visibleToClient }")
    assert hidden == {"file": {"visibleToClient": False}, "userErrors": []}
    # then revalidating is refused too: 404, not 304
    assert (await get(http, files["visible"]["url"], s.client, if_none_match=etag)).status_code == 404


async def test_a_pdf_downloads_as_an_attachment_on_request_with_its_exact_name(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient) -> None:
    s = await scene(session)
    file = await attach(http, s.ann, PDF, job_id=gid("Job", s.job), filename="Relatório final.pdf",
                        kind="CHECKLIST_RECORD")
    assert file["url"] == f"/files/{GlobalID.from_id(file['id']).node_id}/Relat%C3%B3rio%20final.pdf"
    response = await get(http, file["url"] + "?download", s.client)
    assert response.status_code == 200 and response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Relat_rio final.pdf\"; filename*=UTF-8''Relat%C3%B3rio%20final.pdf")
    assert file["thumbnailUrl"] is None
    assert (await get(http, file["url"].rsplit("/", 1)[0] + "/thumbnail", s.client)).status_code == 404


async def test_head_requests_answer_with_headers_only(photos: tuple[Scene, dict[str, dict[str, Any]]],
                                                      http: httpx.AsyncClient) -> None:
    s, files = photos
    response = await http.head(files["visible"]["url"], headers={"Cookie": f"dop_session={s.client.token}"})
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == str(len(jpeg(800, 600)))


def test_content_disposition_quotes_nothing_dangerous() -> None:
    assert content_disposition("inline", 'a"b\\c\r\n.jpg') == (
        "inline; filename=\"a_b_c__.jpg\"; filename*=UTF-8''a%22b%5Cc%0D%0A.jpg")


async def test_the_office_sees_the_company_logo_and_no_one_else_does(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Any) -> None:
    # given a company whose logo is stored, and people of every kind signed in
    s = await scene(session)
    blob = FileStore(files_dir).put(png(), suffix=".png")
    company = (await session.execute(sa.select(Company))).scalar_one()
    company.logo_path = blob.key
    await session.commit()
    # when the office asks where the logo is and opens it
    answer = await http.post("/graphql", json={"query": "{ company { hasLogo logoUrl } }"},
                             headers={"Cookie": f"dop_session={s.office.token}"})
    url = answer.json()["data"]["company"]["logoUrl"]
    response = await get(http, url, s.office)
    # then they get the PNG itself; a client, a field employee and nobody get the same 404
    assert url == f"/company/logo?v={blob.sha256[:16]}"
    assert response.status_code == 200 and response.content == png()
    assert response.headers["content-type"] == "image/png"
    assert response.headers["x-content-type-options"] == "nosniff"
    for who in (s.client, s.ann, None):
        assert (await get(http, url, who)).status_code == 404
