"""notificationMarkRead: mark the viewer's notifications read (some, or every unread one).

A user reads only their own notifications (`auth.scope`); the office does not read anyone else's.
"""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsUser
from resolvers import notifications
from schema.mutations.base import Call, MutationPayload, mutation, optional_input_ids
from schema.subscriptions import Notification


@strawberry.input(description="Which of the viewer's notifications to mark read.")
class NotificationMarkReadInput:
    notification_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="These notifications (another user's id is not found). Leave out to mark every unread "
                    "one read.",
    )


@strawberry.type(description="The result of notificationMarkRead.")
class NotificationMarkReadPayload(MutationPayload):
    notifications: list[Notification] = strawberry.field(default_factory=list,
                                                         description="The notifications now read.")


@mutation(permission=IsUser, description="Mark the viewer's notifications read (some, or every unread one).")
async def notification_mark_read(call: Call, input: NotificationMarkReadInput) -> NotificationMarkReadPayload:
    rows = await notifications.mark_read(call.session, call.viewer,
                                         optional_input_ids(input, "notification_ids", "Notification"))
    return NotificationMarkReadPayload(notifications=[Notification(row=row) for row in rows])
