"""fileSetVisibility: show a file to the client portal, or hide it."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from resolvers import files
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.proof.payloads import FilePayload


@strawberry.input(description="Show a file to the client portal, or hide it.")
class FileSetVisibilityInput:
    file_id: strawberry.ID = strawberry.field(description="The file.")
    visible_to_client: bool = strawberry.field(description="Whether the client portal shows it.")


@mutation(permission=IsOffice, description="Show a file to the client portal or hide it (office only).")
async def file_set_visibility(call: Call, input: FileSetVisibilityInput) -> FilePayload:
    saved = await files.set_visibility(call.session, call.viewer, input_id(input, "file_id", "File"),
                                       input.visible_to_client)
    return FilePayload(file=saved)  # type: ignore[arg-type]  # the type reads the model
