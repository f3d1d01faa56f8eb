"""Marking notifications read (`notificationMarkRead`).

A user reads only their own notifications (`auth.scope`); the office does not read anyone else's. The
`Notification` type, the `notifications` list and the `notificationReceived` subscription live in
`schema.subscriptions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

import models
from auth.viewer import Viewer
from resolvers import notifications
from resolvers.errors import Problem, UserInputError
from schema.common import UserError
from schema.context import Info
from schema.mutations.base import decode_id, require, run_mutation

if TYPE_CHECKING:
    from schema.subscriptions import Notification

NotificationRef = Annotated["Notification", strawberry.lazy("schema.subscriptions")]


@strawberry.input(description="Which of the viewer's notifications to mark read.")
class NotificationMarkReadInput:
    notification_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="These notifications (another user's id is not found). Leave out to mark every unread "
                    "one read.",
    )


@strawberry.type(description="The result of notificationMarkRead.")
class NotificationMarkReadPayload:
    notifications: list[NotificationRef] = strawberry.field(description="The notifications now read.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


def _ids(global_ids: Sequence[relay.GlobalID]) -> list[int]:
    ids: list[int] = []
    problems: list[Problem] = []
    for index, global_id in enumerate(global_ids):
        try:
            ids.append(decode_id(global_id, "Notification", "notificationIds"))
        except UserInputError:
            problems.append(Problem(("input", "notificationIds", str(index)), "NOT_FOUND",
                                    "No notification with this id. Check the id and try again."))
    if problems:
        raise UserInputError(problems)
    return ids


async def notification_mark_read(info: Info, input: NotificationMarkReadInput) -> NotificationMarkReadPayload:
    require(info.context.viewer.user_id is not None, "Sign in as a user to read notifications.")

    async def work(session: AsyncSession, viewer: Viewer) -> list[models.Notification]:
        ids = None if input.notification_ids is None else _ids(input.notification_ids)
        return await notifications.mark_read(session, viewer, ids)

    rows, errors = await run_mutation(info, work)
    from schema.subscriptions import Notification

    return NotificationMarkReadPayload(notifications=[Notification(row=row) for row in rows or []],
                                       user_errors=errors)


@strawberry.type
class NotificationMutations:
    notification_mark_read: NotificationMarkReadPayload = strawberry.mutation(
        resolver=notification_mark_read,
        description="Mark the viewer's notifications read (some, or every unread one).",
    )
