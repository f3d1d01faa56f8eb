"""noticeCreate: a banner the office sees whenever it opens the customer."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import notes as rules
from schema.crm import Notice
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="A new notice on a customer.")
class NoticeCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (not a merged one).")
    text: str = strawberry.field(description="The banner's text (required, at most 500 characters).")


@strawberry.type(description="The result of noticeCreate.")
class NoticeCreatePayload(MutationPayload):
    notice: Notice | None = strawberry.field(description="The notice; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Put a notice (a banner such as \"gate code changed\") on a customer: `Customer.notices` lists the active "
    "ones. The same text again while it is active returns the existing notice. Office only (OWNER, OFFICE); "
    "never shown to clients or integrations."))
async def notice_create(call: Call, input: NoticeCreateInput) -> NoticeCreatePayload:
    notice = await rules.create_notice(call.session, call.viewer, input_id(input, "customer_id", "Customer"),
                                       input.text)
    return NoticeCreatePayload(notice=notice)  # type: ignore[arg-type]  # the type reads the model
