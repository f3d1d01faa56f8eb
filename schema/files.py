"""File: a photo, damage report or document attached to a job or property."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

import strawberry
from strawberry import relay

import models
from schema.enums import FileKind


@strawberry.type(description="An uploaded file. Clients only ever see files marked visible to them.")
class File(relay.Node):
    id: relay.NodeID[int]
    kind: FileKind = strawberry.field(description="Before/after photo, damage report, checklist record, document.")
    filename: str = strawberry.field(description="The name it was uploaded with.")
    content_type: str = strawberry.field(description="Its MIME type.")
    size_bytes: int = strawberry.field(description="Its size in bytes.")
    visible_to_client: bool = strawberry.field(description="Whether the client portal shows it.")
    created_at: datetime = strawberry.field(description="When it was uploaded (UTC).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.StoredFile)

    @strawberry.field(description="Where to download it (checks the viewer's scope).")
    def url(self, root: strawberry.Parent[models.StoredFile]) -> str:
        return f"/files/{root.id}/{quote(root.filename)}"

    @strawberry.field(description="A small preview image, for photos.")
    def thumbnail_url(self, root: strawberry.Parent[models.StoredFile]) -> str | None:
        return f"/files/{root.id}/thumbnail" if root.thumbnail_key else None
