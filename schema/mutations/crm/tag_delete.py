"""tagDelete: a tag gone from every customer."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import tags as rules
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The tag to delete.")
class TagDeleteInput:
    tag_id: relay.GlobalID = strawberry.field(description="The tag.")


@strawberry.type(description="The result of tagDelete.")
class TagDeletePayload(MutationPayload):
    deleted_tag_id: relay.GlobalID | None = strawberry.field(
        description="The id of the deleted tag; null when nothing was deleted.")


@mutation(permission=IsOffice, description=(
    "Delete a tag and take it off every customer; each of them keeps an entry in its activity trail. A second "
    "call finds nothing (NOT_FOUND) and changes nothing. Office only (OWNER, OFFICE)."))
async def tag_delete(call: Call, input: TagDeleteInput) -> TagDeletePayload:
    tag = await rules.delete_tag(call.session, call.viewer, input_id(input, "tag_id", "Tag"))
    return TagDeletePayload(deleted_tag_id=relay.GlobalID("Tag", str(tag.id)))
