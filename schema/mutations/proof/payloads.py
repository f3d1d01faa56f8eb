"""Payloads the proof mutations share."""

from __future__ import annotations

import strawberry

from schema.files import File
from schema.jobs import ChecklistItem, Job
from schema.mutations.base import MutationPayload


@strawberry.type(description="The result of changing a checklist.")
class ChecklistItemPayload(MutationPayload):
    checklist_item: ChecklistItem | None = strawberry.field(
        description="The item, as saved; null when nothing was.")
    job: Job | None = strawberry.field(description="The item's job; null when nothing was saved.")


@strawberry.type(description="The result of attaching or changing a file.")
class FilePayload(MutationPayload):
    file: File | None = strawberry.field(description="The file, as saved; null when nothing was.")
