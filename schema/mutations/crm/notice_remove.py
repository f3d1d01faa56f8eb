"""noticeRemove: take a customer's banner down."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import notes as rules
from schema.crm import Notice
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The notice to take down.")
class NoticeRemoveInput:
    notice_id: relay.GlobalID = strawberry.field(description="The notice.")


@strawberry.type(description="The result of noticeRemove.")
class NoticeRemovePayload(MutationPayload):
    notice: Notice | None = strawberry.field(description="The notice, now inactive; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Take a notice down: it leaves `Customer.notices` and stays in the activity trail (`active: false`). "
    "Removing it again changes nothing. Office only (OWNER, OFFICE)."))
async def notice_remove(call: Call, input: NoticeRemoveInput) -> NoticeRemovePayload:
    notice = await rules.remove_notice(call.session, call.viewer, input_id(input, "notice_id", "Notice"))
    return NoticeRemovePayload(notice=notice)  # type: ignore[arg-type]  # the type reads the model
