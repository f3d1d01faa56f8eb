"""Files as proof of work: who may attach what to which job or property, and what a file must be.

An upload is checked completely before anything is written: the target (readable, and the viewer may work
on it), the kind, the size and the real type of the bytes (`adapters.files.examine`). Only then are the bytes
(and a photo's thumbnail) stored, and then the row inserted in the mutation's transaction, so a refused file
leaves no row and no bytes, and a crash leaves at worst bytes without a row (harmless), never a row without
bytes.
"""

from __future__ import annotations

import asyncio
import math
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.files import (
    MAX_PIXELS,
    THUMBNAIL_SUFFIX,
    FileStore,
    Unsupported,
    accepted_image_names,
    examine,
)
from auth.viewer import Viewer
from models import Property, StoredFile
from models.base import row_id
from models.deployment import deployment_of
from models.enums import FileKind, Role
from models.problems import Forbidden, Problem, ProblemCode, UserInputError
from resolvers.checklists import assigned_employee_ids, lock_job, may_work_on
from resolvers.crm import record_activity
from resolvers.properties import missing, raise_if, scoped
from subscriptions.channels import ProofChange
from subscriptions.events import publish_job_proof_after_commit

MEGABYTE = 1024 * 1024
MAX_BYTES = 15 * MEGABYTE
MAX_FILENAME_LENGTH = 180
FILE_FIELD = ("input", "file")
CREW_KINDS = frozenset({FileKind.BEFORE_PHOTO, FileKind.AFTER_PHOTO, FileKind.DAMAGE_REPORT,
                        FileKind.CHECKLIST_RECORD})
"""What the crew may attach to their jobs; documents are the office's."""

EXTENSIONS: dict[str, tuple[str, ...]] = {
    ".jpg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    ".png": (".png",),
    ".webp": (".webp",),
    ".heic": (".heic", ".heif"),
    ".pdf": (".pdf",),
}
"""A file's real extension → the spellings of it a name may already end with."""
KNOWN_EXTENSIONS = frozenset(spelling for spellings in EXTENSIONS.values() for spelling in spellings)


@dataclass(frozen=True, slots=True)
class UploadDraft:
    """An upload as received: where to attach it, what it is for, and its bytes.

    `content` is None when the upload was larger than MAX_BYTES (it was not read into memory); `size` is
    its size either way.
    """

    kind: FileKind
    content: bytes | None
    size: int
    filename: str | None = None
    job_id: int | None = None
    property_id: int | None = None
    visible_to_client: bool = True


def megabytes(size: int) -> str:
    """A size for people, rounded up to 0.1 MB so anything over the limit reads as over it."""
    return f"{math.ceil(size * 10 / MEGABYTE) / 10:.1f}"


def size_problem(size: int) -> Problem:
    """The userError for a file of `size` bytes, over MAX_BYTES."""
    return Problem(FILE_FIELD, ProblemCode.INVALID,
                   f"This file is {megabytes(size)} MB; the limit is {MAX_BYTES // MEGABYTE} MB.")


def unsupported_message(refusal: Unsupported) -> str:
    """What to tell the uploader about bytes we do not accept."""
    if refusal.reason == "empty":
        return "This file is empty; choose the photo or PDF again."
    if refusal.reason == "pixels":
        limit = f"the limit is {(refusal.limit or MAX_PIXELS) // 1_000_000} megapixels. Send a smaller version."
        if refusal.width and refusal.height:
            return f"This photo is {refusal.width}×{refusal.height} pixels; {limit}"
        return f"This image has too many pixels; {limit}"
    if refusal.reason == "damaged":
        return (f"This file looks like {refusal.what} but can't be read; it may be damaged or cut short. "
                "Try attaching it again.")
    names = ", ".join(accepted_image_names())
    message = f"Only photos ({names}) and PDF files can be attached; this file is {refusal.what}."
    if refusal.what == "a HEIC photo":
        message += " Send it as a JPEG instead (on an iPhone: Settings › Camera › Formats › Most Compatible)."
    return message


_UNSAFE = re.compile(r"[\x00-\x1f\x7f\"*:<>?|]")


def safe_filename(name: str | None, extension: str, *, fallback: str) -> str:
    """The client's file name made safe to show and to send back: no folders, no control or reserved
    characters, at most MAX_FILENAME_LENGTH characters, ending with the extension of what the file really is."""
    text = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    text = " ".join(_UNSAFE.sub("_", text).split()).strip(". ")
    stem, dot, suffix = text.rpartition(".")
    ending = "." + suffix if dot else ""
    if not dot or ending.lower() not in EXTENSIONS.get(extension, (extension,)):
        if not dot or ending.lower() not in KNOWN_EXTENSIONS:
            stem = text  # no extension, or another kind's (".docx"): keep it and add the real one
        ending = extension  # a photo or PDF extension that does not match the bytes is replaced
    stem = stem.strip(". ") or fallback
    return stem[: MAX_FILENAME_LENGTH - len(ending)] + ending


@dataclass(frozen=True, slots=True)
class _Target:
    customer_id: int
    job_id: int | None
    property_id: int


async def _target(session: AsyncSession, viewer: Viewer, draft: UploadDraft) -> _Target:
    """Where the file goes, as the viewer may reach it (locked FOR SHARE so it does not move meanwhile)."""
    if draft.job_id is None and draft.property_id is None:
        raise UserInputError.one(("input", "jobId"), ProblemCode.REQUIRED,
                                 "Attach the file to a job or a property: give jobId or propertyId.")
    if draft.job_id is not None:
        job = await lock_job(session, viewer, draft.job_id, share=True)
        if job is None:
            raise missing(("input", "jobId"), "job")
        if not may_work_on(viewer, await assigned_employee_ids(session, row_id(job))):
            raise Forbidden("Only the employees assigned to this job and the office can attach files to it.")
        if draft.property_id is not None and draft.property_id != job.property_id:
            raise UserInputError.one(("input", "propertyId"), ProblemCode.INVALID,
                                     "This job is at another property; leave propertyId out to attach the file "
                                     "to the job.")
        return _Target(customer_id=job.customer_id, job_id=row_id(job), property_id=job.property_id)
    statement = (scoped(viewer, Property).where(col(Property.id) == draft.property_id)
                 .with_for_update(read=True).execution_options(populate_existing=True))
    place = (await session.execute(statement)).scalar_one_or_none()
    if place is None:
        raise missing(("input", "propertyId"), "property")
    if not viewer.is_office:
        raise Forbidden("Only the office can attach files to a property; the crew attaches them to their jobs.")
    return _Target(customer_id=place.customer_id, job_id=None, property_id=row_id(place))


async def attach_file(session: AsyncSession, viewer: Viewer, draft: UploadDraft, *,
                      store: FileStore | None = None) -> StoredFile:
    """Check and store an upload and attach it to its job (and the job's property) or to a property.

    NOT_FOUND when the viewer can't read the job or property; `Forbidden` when they can but may not attach
    (clients; the crew on a property); NOT_ALLOWED for a kind the crew may not attach; INVALID at
    ["input", "file"] for a file too large or not a photo or PDF. Nothing is stored unless it all holds.
    """
    target = await _target(session, viewer, draft)
    problems: list[Problem] = []
    if not viewer.is_office and draft.kind not in CREW_KINDS:
        kinds = ", ".join(kind.value for kind in FileKind if kind in CREW_KINDS)
        problems.append(Problem(("input", "kind"), ProblemCode.NOT_ALLOWED,
                                f"Field staff attach {kinds}; ask the office to attach a {draft.kind.value}."))
    if draft.content is None or draft.size > MAX_BYTES:
        problems.append(size_problem(max(draft.size, MAX_BYTES + 1)))
    raise_if(problems)
    assert draft.content is not None
    try:
        examined = await asyncio.to_thread(examine, draft.content)
    except Unsupported as refusal:
        raise UserInputError.one(FILE_FIELD, ProblemCode.INVALID, unsupported_message(refusal)) from None

    store = store or FileStore(deployment_of(session).uploads_dir)
    blob = await asyncio.to_thread(store.put, draft.content)
    thumbnail_key = None
    if examined.thumbnail is not None:
        thumbnail = await asyncio.to_thread(store.put, examined.thumbnail, suffix=THUMBNAIL_SUFFIX,
                                            sha256=blob.sha256)
        thumbnail_key = thumbnail.key
    filename = safe_filename(draft.filename, examined.extension,
                             fallback="photo" if examined.is_image else "document")
    row = StoredFile(job_id=target.job_id, property_id=target.property_id, customer_id=target.customer_id,
                     kind=draft.kind, visible_to_client=draft.visible_to_client, filename=filename,
                     content_type=examined.content_type, size_bytes=blob.size, sha256=blob.sha256,
                     storage_key=blob.key, thumbnail_key=thumbnail_key, uploaded_by_user_id=viewer.user_id)
    session.add(row)
    await session.flush()
    record_activity(session, viewer, subject=row, verb="file.uploaded", customer_id=target.customer_id,
                    job_id=target.job_id, property_id=target.property_id, kind=draft.kind, filename=filename,
                    content_type=examined.content_type, size_bytes=blob.size,
                    visible_to_client=draft.visible_to_client, by_crew=viewer.role is Role.EMPLOYEE)
    await session.flush()
    if target.job_id is not None:
        publish_job_proof_after_commit(session, job_id=target.job_id, customer_id=target.customer_id,
                                       property_id=target.property_id, change=ProofChange.FILES,
                                       staff_only=not draft.visible_to_client)
    return row


async def set_visibility(session: AsyncSession, viewer: Viewer, file_id: int, visible_to_client: bool,
                         ) -> StoredFile:
    """Show a file to the client portal or hide it (office only)."""
    if not viewer.is_office:
        raise Forbidden("Only the office can change who sees a file.")
    statement = (scoped(viewer, StoredFile).where(col(StoredFile.id) == file_id)
                 .with_for_update().execution_options(populate_existing=True))
    row = (await session.execute(statement)).scalar_one_or_none()
    if row is None:
        raise missing(("input", "fileId"), "file")
    if row.visible_to_client == visible_to_client:
        return row
    row.visible_to_client = visible_to_client
    await session.flush()
    record_activity(session, viewer, subject=row, verb="file.visibility_changed", customer_id=row.customer_id,
                    job_id=row.job_id, filename=row.filename, visible_to_client=visible_to_client)
    await session.flush()
    if row.job_id is not None and row.property_id is not None:
        publish_job_proof_after_commit(session, job_id=row.job_id, customer_id=row.customer_id,
                                       property_id=row.property_id, change=ProofChange.FILES)
    return row
