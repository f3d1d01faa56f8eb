"""fileUpload: attach a photo or document to a job or a property (a GraphQL multipart request)."""

from __future__ import annotations

import strawberry
from strawberry.file_uploads import Upload

from auth.permissions import IsAuthenticated
from resolvers import files
from schema.enums import FileKind
from schema.mutations.base import Call, mutation, optional_input_id
from schema.mutations.proof.payloads import FilePayload
from schema.mutations.proof.uploads import read_upload


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


@mutation(permission=IsAuthenticated, description=(
    "Attach a photo or PDF to a job (its assigned employees and the office) or to a property (office only). A "
    "multipart request (GraphQL multipart request spec) with an `Apollo-Require-Preflight` header."))
async def file_upload(call: Call, input: FileUploadInput) -> FilePayload:
    content, size, filename = await read_upload(input.file)
    saved = await files.attach_file(call.session, call.viewer, files.UploadDraft(
        job_id=optional_input_id(input, "job_id", "Job"),
        property_id=optional_input_id(input, "property_id", "Property"), kind=input.kind,
        visible_to_client=input.visible_to_client, filename=filename, content=content, size=size,
    ), store=call.context.files)
    return FilePayload(file=saved)  # type: ignore[arg-type]  # the type reads the model
