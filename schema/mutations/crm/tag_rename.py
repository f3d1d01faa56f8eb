"""tagRename: a tag's new name (and colour), everywhere it is used."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import tags as rules
from schema.crm import Tag
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.changes import given


@strawberry.input(description="A tag's new name, and optionally its colour.")
class TagRenameInput:
    tag_id: relay.GlobalID = strawberry.field(description="The tag.")
    name: str = strawberry.field(description="The new name (trimmed; at most 50 characters).")
    color: str | None = strawberry.field(default=strawberry.UNSET,
                                         description="A new colour as #rrggbb; null removes it; left out keeps it.")


@strawberry.type(description="The result of tagRename.")
class TagRenamePayload(MutationPayload):
    tag: Tag | None = strawberry.field(description="The tag as saved; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Rename a tag on every customer that carries it (a change of case only is allowed). A name another tag "
    "already has, however cased, is refused with CONFLICT: tags are never merged silently (delete one and "
    "re-tag its customers instead). Every carrier's activity trail records it. Office only (OWNER, OFFICE)."))
async def tag_rename(call: Call, input: TagRenameInput) -> TagRenamePayload:
    tag = await rules.rename_tag(call.session, call.viewer, input_id(input, "tag_id", "Tag"), input.name,
                                 given(input.color))
    return TagRenamePayload(tag=tag)  # type: ignore[arg-type]  # the type reads the model
