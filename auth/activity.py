"""The office's history of who did what to which record (`Activity`, append-only).

It lives beside the viewer because every write in `auth/` and `resolvers/` records its viewer as the actor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from auth.viewer import Viewer
from models import Activity

__all__ = ["record_activity"]


def record_activity(session: AsyncSession, viewer: Viewer, *, subject: Any, verb: str,
                    customer_id: int | None, **details: Any) -> Activity:
    """Append who did what to which record; part of the caller's transaction."""
    activity = Activity(
        actor_user_id=viewer.user_id,
        customer_id=customer_id,
        subject_type=type(subject).__name__,
        subject_id=subject.id,
        verb=verb,
        details={key: _jsonable(value) for key, value in details.items()},
    )
    session.add(activity)
    return activity

def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    return str(value)
