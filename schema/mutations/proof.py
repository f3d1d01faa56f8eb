"""Proof of work: ticking checklists and attaching photos and documents (GraphQL multipart uploads)."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, cast

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.file_uploads import Upload

import models
from auth.viewer import Viewer
from resolvers import checklists, files
from resolvers.checklists import Denied
from resolvers.errors import UserInputError
from schema.common import UserError
from schema.context import Info
from schema.enums import FileKind
from schema.errors import PermissionDenied
from schema.files import File
from schema.jobs import ChecklistItem, Job
from schema.mutations.base import decode_id, require, run_mutation

READ_CHUNK = 1024 * 1024


def _id(global_id: strawberry.ID, type_name: str, name: str) -> int:
    """A global id in the input to a database id; another type's id or garbage is NOT_FOUND at its path."""
    try:
        return decode_id(global_id, type_name, name)
    except UserInputError as error:
        raise UserInputError([dataclasses.replace(problem, field=("input", name))
                              for problem in error.problems]) from None


async def _allowed(work: Any) -> Any:
    """Turn a rule's `Denied` (may read, may not change) into the GraphQL access error."""
    try:
        return await work
    except Denied as denied:
        raise PermissionDenied(str(denied)) from None


async def read_upload(upload: Any) -> tuple[bytes | None, int, str | None]:
    """(bytes, size, client's file name) of an upload; bytes is None when it is over the size limit (then
    nothing more than the limit is held in memory)."""
    filename = getattr(upload, "filename", None)
    declared = getattr(upload, "size", None)
    if isinstance(declared, int) and declared > files.MAX_BYTES:
        return None, declared, filename
    chunks: list[bytes] | None = []
    total = 0
    while True:
        chunk = upload.read(READ_CHUNK)
        if inspect.isawaitable(chunk):
            chunk = await chunk
        if not chunk:
            break
        total += len(chunk)
        if chunks is not None and total <= files.MAX_BYTES:
            chunks.append(chunk)
        else:
            chunks = None
    return (b"".join(chunks) if chunks is not None else None), total, filename


# --- checklists ---------------------------------------------------------------------------------------------

@strawberry.input(description="Tick a checklist item off, or open it again.")
class ChecklistItemSetDoneInput:
    item_id: strawberry.ID = strawberry.field(description="The checklist item.")
    done: bool = strawberry.field(description="True to tick it off, false to open it again.")


@strawberry.input(description="A new item at the end of a job's checklist.")
class ChecklistItemAddInput:
    job_id: strawberry.ID = strawberry.field(description="The job.")
    label: str = strawberry.field(description="What to check (at most 200 characters).")
    required: bool = strawberry.field(
        default=False, description="Whether the job cannot be finished while the item is open.")


@strawberry.type(description="The result of changing a checklist.")
class ChecklistItemPayload:
    checklist_item: ChecklistItem | None = strawberry.field(
        description="The item, as saved; null when nothing was.")
    job: Job | None = strawberry.field(description="The item's job; null when nothing was saved.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty on success.")


async def checklist_item_set_done(info: Info, input: ChecklistItemSetDoneInput) -> ChecklistItemPayload:
    require(info.context.viewer.is_authenticated, "Sign in to change a checklist.")

    async def work(session: AsyncSession, viewer: Viewer) -> tuple[models.ChecklistItem, models.Job]:
        item_id = _id(input.item_id, "ChecklistItem", "itemId")
        result: tuple[models.ChecklistItem, models.Job] = await _allowed(
            checklists.set_item_done(session, viewer, item_id, input.done))
        return result

    saved, errors = await run_mutation(info, work)
    item, job = saved if saved is not None else (None, None)
    return ChecklistItemPayload(checklist_item=cast(ChecklistItem | None, item), job=cast(Job | None, job),
                                user_errors=errors)


async def checklist_item_add(info: Info, input: ChecklistItemAddInput) -> ChecklistItemPayload:
    require(info.context.viewer.is_office, "Only the office can add checklist items.")

    async def work(session: AsyncSession, viewer: Viewer) -> tuple[models.ChecklistItem, models.Job]:
        job_id = _id(input.job_id, "Job", "jobId")
        result: tuple[models.ChecklistItem, models.Job] = await _allowed(
            checklists.add_item(session, viewer, job_id, input.label, input.required))
        return result

    saved, errors = await run_mutation(info, work)
    item, job = saved if saved is not None else (None, None)
    return ChecklistItemPayload(checklist_item=cast(ChecklistItem | None, item), job=cast(Job | None, job),
                                user_errors=errors)


# --- files --------------------------------------------------------------------------------------------------

@strawberry.input(description="A photo or document to attach to a job (and so its property) or to a property. "
                              "Sent as a GraphQL multipart request with an `Apollo-Require-Preflight` header.")
class FileUploadInput:
    job_id: strawberry.ID | None = strawberry.field(
        default=None, description="The job it documents (its property is taken from the job).")
    property_id: strawberry.ID | None = strawberry.field(
        default=None, description="The property, for files not about one job (office only).")
    kind: FileKind = strawberry.field(
        description="Before/after photo, damage report or checklist record (the crew), or document (office).")
    visible_to_client: bool = strawberry.field(default=True,
                                               description="Whether the client portal shows it.")
    file: Upload = strawberry.field(
        description="The file: a photo (JPEG, PNG, WebP) or a PDF, at most 15 MB. Its real type is read "
                    "from its bytes.")


@strawberry.input(description="Show a file to the client portal, or hide it.")
class FileSetVisibilityInput:
    file_id: strawberry.ID = strawberry.field(description="The file.")
    visible_to_client: bool = strawberry.field(description="Whether the client portal shows it.")


@strawberry.type(description="The result of attaching or changing a file.")
class FilePayload:
    file: File | None = strawberry.field(description="The file, as saved; null when nothing was.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty on success.")


async def file_upload(info: Info, input: FileUploadInput) -> FilePayload:
    require(info.context.viewer.is_authenticated, "Sign in to attach files.")
    content, size, filename = await read_upload(input.file)
    store = info.context.files

    async def work(session: AsyncSession, viewer: Viewer) -> models.StoredFile:
        draft = files.UploadDraft(
            job_id=_id(input.job_id, "Job", "jobId") if input.job_id is not None else None,
            property_id=_id(input.property_id, "Property", "propertyId") if input.property_id is not None else None,
            kind=input.kind, visible_to_client=input.visible_to_client, filename=filename, content=content,
            size=size,
        )
        saved: models.StoredFile = await _allowed(files.attach_file(session, viewer, draft, store=store))
        return saved

    saved, errors = await run_mutation(info, work)
    return FilePayload(file=cast(File | None, saved), user_errors=errors)


async def file_set_visibility(info: Info, input: FileSetVisibilityInput) -> FilePayload:
    require(info.context.viewer.is_office, "Only the office can change who sees a file.")

    async def work(session: AsyncSession, viewer: Viewer) -> models.StoredFile:
        file_id = _id(input.file_id, "File", "fileId")
        saved: models.StoredFile = await _allowed(
            files.set_visibility(session, viewer, file_id, input.visible_to_client))
        return saved

    saved, errors = await run_mutation(info, work)
    return FilePayload(file=cast(File | None, saved), user_errors=errors)


@strawberry.type
class ProofMutations:
    checklist_item_set_done: ChecklistItemPayload = strawberry.mutation(
        resolver=checklist_item_set_done,
        description="Tick a checklist item off or open it again: the job's assigned employees and the office. "
                    "Once a job is Finished or Cancelled only the office may change its checklist.",
    )
    checklist_item_add: ChecklistItemPayload = strawberry.mutation(
        resolver=checklist_item_add,
        description="Add an item at the end of a job's checklist (office only).",
    )
    file_upload: FilePayload = strawberry.mutation(
        resolver=file_upload,
        description="Attach a photo or PDF to a job (its assigned employees and the office) or to a property "
                    "(office only). A multipart request (GraphQL multipart request spec) with an "
                    "`Apollo-Require-Preflight` header.",
    )
    file_set_visibility: FilePayload = strawberry.mutation(
        resolver=file_set_visibility,
        description="Show a file to the client portal or hide it (office only).",
    )
