"""fileUpload over real HTTP: GraphQL multipart requests to the app from `create_app`, files under a temporary
FILES_DIR. Photos and PDFs attach to the right job; anything else, anything too large, and anyone not allowed
is refused with nothing stored (no row, no bytes)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from models import Activity, StoredFile
from tests.factories_jobs import ghost, only_error
from tests.factories_proof import (
    PDF,
    ZIP,
    Sessions,
    app,
    files_dir,
    files_on_disk,
    gif,
    http,
    jpeg,
    payload,
    png,
    scene,
    table_rows,
    upload,
    webp,
)
from tests.graphql import execute, gid

__all__ = ["app", "files_dir", "http"]  # fixtures


async def stored(sessions: Sessions) -> list[StoredFile]:
    async with sessions() as check:
        return list((await check.execute(sa.select(StoredFile).order_by(col(StoredFile.id)))).scalars())


async def assert_nothing_stored(sessions: Sessions, files_dir: Path, before: dict[str, list[tuple[object, ...]]],
                                ) -> None:
    assert await table_rows(sessions) == before
    assert files_on_disk(files_dir) == []


async def test_an_assigned_employees_photo_attaches_to_the_job_with_an_upright_thumbnail(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path) -> None:
    # given a started job assigned to Ann, and a photo her phone took sideways (EXIF orientation 6)
    s = await scene(session)
    photo = jpeg(640, 480, orientation=6)
    # when she uploads it as a before photo
    result = payload(await upload(http, s.ann, photo, filename="IMG_0001.JPG", job_id=gid("Job", s.job)))
    # then it is attached to her job (and the job's property and customer)
    assert result["userErrors"] == []
    file = result["file"]
    assert (file["kind"], file["filename"], file["contentType"], file["sizeBytes"], file["visibleToClient"]) == (
        "BEFORE_PHOTO", "IMG_0001.JPG", "image/jpeg", len(photo), True)
    [row] = await stored(sessions)
    assert (row.job_id, row.property_id, row.customer_id, row.uploaded_by_user_id) == (
        s.job.id, s.place.id, s.customer.id, s.ann.user.id)
    assert file["url"] == f"/files/{row.id}/IMG_0001.JPG" and file["thumbnailUrl"] == f"/files/{row.id}/thumbnail"
    # and the bytes are stored under their SHA-256, with a thumbnail turned upright (portrait, max 320 px)
    digest = hashlib.sha256(photo).hexdigest()
    assert row.sha256 == digest and row.storage_key == f"{digest[:2]}/{digest[2:4]}/{digest}"
    assert (files_dir / row.storage_key).read_bytes() == photo
    assert row.thumbnail_key is not None
    with Image.open(files_dir / row.thumbnail_key) as thumbnail:
        assert (thumbnail.format, thumbnail.size) == ("JPEG", (240, 320))
    # and the job lists it, and the activity trail records the upload
    data = await execute(sessions, s.office.viewer, "query ($id: ID!) { node(id: $id) { ... on Job { files { id } } "
                         "} }", {"id": gid("Job", s.job)})
    assert data["node"]["files"] == [{"id": file["id"]}]
    async with sessions() as check:
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (activity.verb, activity.subject_id, activity.actor_user_id, activity.customer_id) == (
        "file.uploaded", row.id, s.ann.user.id, s.customer.id)


async def test_identical_bytes_are_stored_once(sessions: Sessions, session: AsyncSession,
                                               http: httpx.AsyncClient, files_dir: Path) -> None:
    s = await scene(session)
    photo = jpeg()
    for kind in ("BEFORE_PHOTO", "AFTER_PHOTO"):
        assert payload(await upload(http, s.ann, photo, job_id=gid("Job", s.job), kind=kind))["userErrors"] == []
    first, second = await stored(sessions)
    assert first.storage_key == second.storage_key
    assert files_on_disk(files_dir) == sorted([first.storage_key, f"{first.storage_key}.thumb.jpg"])


@pytest.mark.parametrize(("content", "sent_as", "content_type", "filename", "thumbnail"), [
    (png(transparent=True), "shot.png", "image/png", "shot.png", True),
    (webp(), "leaf.webp", "image/webp", "leaf.webp", True),
    (PDF, "report.pdf", "application/pdf", "report.pdf", False),
    # the client's name and content type are not trusted: these PNG bytes are stored as a PNG
    (png(), "disguised.jpg", "image/png", "disguised.png", True),
])
async def test_photos_and_pdfs_are_identified_by_their_bytes(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, content: bytes, sent_as: str,
        content_type: str, filename: str, thumbnail: bool) -> None:
    s = await scene(session)
    result = payload(await upload(http, s.office, content, filename=sent_as, content_type="image/jpeg",
                                  job_id=gid("Job", s.job), kind="DAMAGE_REPORT"))
    assert result["userErrors"] == []
    assert (result["file"]["contentType"], result["file"]["filename"]) == (content_type, filename)
    assert (result["file"]["thumbnailUrl"] is not None) is thumbnail


@pytest.mark.parametrize(("content", "message"), [
    (ZIP, "Only photos (JPEG, PNG, WebP) and PDF files can be attached; this file is a ZIP archive."),
    (gif(), "Only photos (JPEG, PNG, WebP) and PDF files can be attached; this file is a GIF image."),
    (b"just some notes\n", "Only photos (JPEG, PNG, WebP) and PDF files can be attached; this file is a text file."),
    (jpeg()[:300], "This file looks like a JPEG image but can't be read; it may be damaged or cut short. "
                   "Try attaching it again."),
    (b"", "This file is empty; choose the photo or PDF again."),
])
async def test_a_file_that_is_not_a_photo_or_pdf_is_refused_and_nothing_is_stored(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path, content: bytes,
        message: str) -> None:
    # given Ann's job
    s = await scene(session)
    before = await table_rows(sessions)
    # when she uploads something that is not a photo or PDF (whatever it claims to be)
    result = payload(await upload(http, s.ann, content, filename="photo.jpg", job_id=gid("Job", s.job)))
    # then a clear INVALID error on the file, and no row and no bytes
    assert result["file"] is None
    assert result["userErrors"] == [{"field": ["input", "file"], "code": "INVALID", "message": message}]
    await assert_nothing_stored(sessions, files_dir, before)


async def test_an_oversized_file_is_refused_with_its_size_and_nothing_is_stored(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path) -> None:
    # given a 22.4 MB "photo"
    s = await scene(session)
    big = jpeg() + b"\x00" * (int(22.4 * 1024 * 1024) - len(jpeg()))
    before = await table_rows(sessions)
    # when Ann uploads it
    result = payload(await upload(http, s.ann, big, job_id=gid("Job", s.job)))
    # then it is refused, saying how large it is and what the limit is, and nothing is stored
    assert result["userErrors"] == [{"field": ["input", "file"], "code": "INVALID",
                                     "message": "This file is 22.4 MB; the limit is 15 MB."}]
    await assert_nothing_stored(sessions, files_dir, before)


async def test_an_employee_not_assigned_to_the_job_is_refused(sessions: Sessions, session: AsyncSession,
                                                             http: httpx.AsyncClient, files_dir: Path) -> None:
    # given Bob, who is not on Ann's job
    s = await scene(session)
    before = await table_rows(sessions)
    # when he uploads a photo to it: the job does not exist, as far as he can tell
    result = payload(await upload(http, s.bob, jpeg(), job_id=gid("Job", s.job)))
    assert only_error(result) == (["input", "jobId"], "NOT_FOUND")
    await assert_nothing_stored(sessions, files_dir, before)


async def test_a_client_may_not_upload_even_to_their_own_job(sessions: Sessions, session: AsyncSession,
                                                            http: httpx.AsyncClient, files_dir: Path) -> None:
    s = await scene(session)
    before = await table_rows(sessions)
    # the job's own client: an access error
    body = (await upload(http, s.client, jpeg(), job_id=gid("Job", s.job))).json()
    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # another customer's client: not found
    other = payload(await upload(http, s.other_client, jpeg(), job_id=gid("Job", s.job)))
    assert only_error(other) == (["input", "jobId"], "NOT_FOUND")
    await assert_nothing_stored(sessions, files_dir, before)


async def test_signed_out_uploads_are_refused(sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient,
                                              files_dir: Path) -> None:
    s = await scene(session)
    body = (await upload(http, None, jpeg(), job_id=gid("Job", s.job))).json()
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert files_on_disk(files_dir) == []


async def test_the_crew_attaches_proof_not_documents(sessions: Sessions, session: AsyncSession,
                                                     http: httpx.AsyncClient, files_dir: Path) -> None:
    s = await scene(session)
    before = await table_rows(sessions)
    result = payload(await upload(http, s.ann, PDF, filename="contract.pdf", job_id=gid("Job", s.job),
                                  kind="DOCUMENT"))
    assert only_error(result) == (["input", "kind"], "NOT_ALLOWED")
    await assert_nothing_stored(sessions, files_dir, before)


async def test_the_office_attaches_a_document_to_a_property(sessions: Sessions, session: AsyncSession,
                                                            http: httpx.AsyncClient) -> None:
    s = await scene(session)
    result = payload(await upload(http, s.office, PDF, filename="lease.pdf", property_id=gid("Property", s.place),
                                  kind="DOCUMENT", visible_to_client=False))
    assert result["userErrors"] == [] and result["file"]["visibleToClient"] is False
    [row] = await stored(sessions)
    assert (row.job_id, row.property_id, row.customer_id) == (None, s.place.id, s.customer.id)


async def test_the_crew_may_not_attach_to_a_property(sessions: Sessions, session: AsyncSession,
                                                     http: httpx.AsyncClient, files_dir: Path) -> None:
    s = await scene(session)
    body = (await upload(http, s.ann, jpeg(), property_id=gid("Property", s.place))).json()
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert files_on_disk(files_dir) == [] and await stored(sessions) == []


@pytest.mark.parametrize(("target", "error"), [
    ({}, (["input", "jobId"], "REQUIRED")),
    ({"job_id": ghost("Job")}, (["input", "jobId"], "NOT_FOUND")),
    ({"property_id": ghost("Property")}, (["input", "propertyId"], "NOT_FOUND")),
    ({"job_id": "job", "property_id": "other_place"}, (["input", "propertyId"], "INVALID")),
])
async def test_the_target_must_be_a_job_or_property_the_uploader_reaches(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path,
        target: dict[str, str], error: tuple[list[str], str]) -> None:
    s = await scene(session)
    names = {"job": gid("Job", s.job), "other_place": gid("Property", s.other_place)}
    before = await table_rows(sessions)
    ids = {key: names.get(value, value) for key, value in target.items()}
    result = payload(await upload(http, s.office, jpeg(), job_id=ids.get("job_id"),
                                  property_id=ids.get("property_id")))
    assert only_error(result) == error
    await assert_nothing_stored(sessions, files_dir, before)


async def test_a_multipart_request_without_the_preflight_header_is_rejected(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path) -> None:
    # given a cross-site form could post multipart/form-data with the office's cookie
    s = await scene(session)
    response = await http.post(
        "/graphql", headers={"Cookie": f"dop_session={s.office.token}"},
        data={"operations": '{"query": "mutation ($f: Upload!) { fileUpload(input: {kind: DOCUMENT, file: $f}) '
                            '{ file { id } } }", "variables": {"f": null}}', "map": '{"0": ["variables.f"]}'},
        files={"0": ("x.jpg", io.BytesIO(jpeg()), "image/jpeg")})
    # then it is refused before any resolver runs
    assert response.status_code == 400
    assert files_on_disk(files_dir) == [] and await stored(sessions) == []
