"""The file rules and storage, without HTTP: what the bytes are, names, sizes, the content-addressed store, and
that a failure part-way never leaves a row without its bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.files import FileStore, Unsupported, describe, examine
from models import StoredFile
from models.enums import FileKind
from resolvers.files import MAX_BYTES, UploadDraft, attach_file, megabytes, safe_filename, unsupported_message
from tests.factories_proof import PDF, Sessions, files_on_disk, jpeg, png, scene, table_rows


def refusal(content: bytes) -> Unsupported:
    with pytest.raises(Unsupported) as caught:
        examine(content)
    return caught.value


def test_photos_are_identified_by_their_bytes_and_get_an_upright_thumbnail() -> None:
    examined = examine(jpeg(1000, 400, orientation=6))  # taken with the phone turned
    assert (examined.content_type, examined.extension, examined.is_image) == ("image/jpeg", ".jpg", True)
    assert examined.thumbnail is not None
    with Image.open(io.BytesIO(examined.thumbnail)) as thumbnail:
        assert (thumbnail.format, thumbnail.size) == ("JPEG", (128, 320))


def test_a_transparent_png_gets_a_white_backed_thumbnail() -> None:
    examined = examine(png(100, 50, transparent=True))
    assert examined.content_type == "image/png" and examined.thumbnail is not None
    with Image.open(io.BytesIO(examined.thumbnail)) as thumbnail:
        assert thumbnail.size == (100, 50)  # never enlarged
        assert thumbnail.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=2)


def test_a_pdf_is_recognised_by_its_magic_and_has_no_thumbnail() -> None:
    examined = examine(PDF)
    assert (examined.content_type, examined.is_image, examined.thumbnail) == ("application/pdf", False, None)
    assert refusal(b"Not really %PDF-1.4").reason == "type"


@pytest.mark.parametrize(("content", "what"), [
    (b"PK\x03\x04rest", "a ZIP archive"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "a HEIC photo"),
    (b"\x00\x00\x00\x18ftypisom\x00\x00", "a video"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "an SVG drawing"),
    (b"\xff\xfe\x00\x01\x9c\x80", "of a type we can't read"),
])
def test_what_a_refused_file_seems_to_be(content: bytes, what: str) -> None:
    assert describe(content) == what


def test_a_heic_photo_is_refused_with_advice_unless_a_plugin_reads_it() -> None:
    message = unsupported_message(Unsupported("type", "a HEIC photo"))
    assert "this file is a HEIC photo" in message and "JPEG" in message


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_with_too_many_pixels_is_refused_before_it_is_decoded() -> None:
    out = io.BytesIO()
    Image.new("1", (10_000, 9_000)).save(out, "PNG")  # 90 megapixels, a few kB on disk
    refused = refusal(out.getvalue())
    assert (refused.reason, refused.width, refused.height) == ("pixels", 10_000, 9_000)
    assert unsupported_message(refused) == (
        "This photo is 10000×9000 pixels; the limit is 16 megapixels. Send a smaller version.")


def test_sizes_read_as_over_the_limit_when_they_are() -> None:
    assert megabytes(int(22.4 * 1024 * 1024)) == "22.4"
    assert megabytes(MAX_BYTES + 1) == "15.1"


@pytest.mark.parametrize(("name", "extension", "expected"), [
    ("IMG_0001.JPEG", ".jpg", "IMG_0001.JPEG"),
    ("holiday.png", ".jpg", "holiday.jpg"),  # the bytes are a JPEG
    ("report.docx", ".pdf", "report.docx.pdf"),
    ("../../etc/passwd", ".pdf", "passwd.pdf"),
    ("C:\\Users\\ann\\kitchen sink.jpg", ".jpg", "kitchen sink.jpg"),
    ('bad"na\x00me?.jpg', ".jpg", "bad_name_.jpg"),
    ("", ".jpg", "photo.jpg"),
    (None, ".jpg", "photo.jpg"),
    ("x" * 300 + ".jpg", ".jpg", "x" * 176 + ".jpg"),
])
def test_file_names_are_made_safe(name: str | None, extension: str, expected: str) -> None:
    assert safe_filename(name, extension, fallback="photo") == expected


def test_the_store_is_content_addressed_and_writes_each_blob_once(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    digest = hashlib.sha256(b"bytes").hexdigest()
    first = store.put(b"bytes")
    again = store.put(b"bytes")
    assert first.key == again.key == f"{digest[:2]}/{digest[2:4]}/{digest}"
    assert (first.created, again.created) == (True, False)
    assert files_on_disk(tmp_path) == [first.key]  # no temporary file left behind
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")


def draft(content: bytes, job_id: Any) -> UploadDraft:
    return UploadDraft(kind=FileKind.BEFORE_PHOTO, content=content, size=len(content), job_id=job_id,
                       filename="photo.jpg")


async def test_a_failure_while_storing_leaves_no_row(sessions: Sessions, session: AsyncSession,
                                                     tmp_path: Path) -> None:
    # given a disk that fails mid-write
    s = await scene(session)

    class FullDisk(FileStore):
        def put(self, content: bytes, *, suffix: str = "", sha256: str | None = None) -> Any:
            raise OSError(28, "No space left on device")

    before = await table_rows(sessions)
    # when Ann uploads a photo
    with pytest.raises(OSError):
        async with sessions() as writing, writing.begin():
            await attach_file(writing, s.ann.viewer, draft(jpeg(), s.job.id), store=FullDisk(tmp_path))
    # then no row points at missing bytes
    assert await table_rows(sessions) == before


async def test_a_failure_after_storing_leaves_harmless_bytes_and_no_row(sessions: Sessions, session: AsyncSession,
                                                                        tmp_path: Path) -> None:
    # given the bytes are written before the row, and the transaction then fails
    s = await scene(session)
    store = FileStore(tmp_path)
    with pytest.raises(RuntimeError):
        async with sessions() as writing, writing.begin():
            row = await attach_file(writing, s.ann.viewer, draft(jpeg(), s.job.id), store=store)
            assert store.exists(row.storage_key)
            raise RuntimeError("the process dies before commit")
    # then no row is left, only bytes nobody points at
    async with sessions() as check:
        assert (await check.execute(sa.select(sa.func.count()).select_from(StoredFile))).scalar() == 0
    assert len(files_on_disk(tmp_path)) == 2  # the photo and its thumbnail
