"""teamUpdate: the owner renames a team or changes who is on it."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from resolvers.values import KEEP
from schema.mutations.base import Call, input_id, input_ids, mutation
from schema.mutations.changes import given
from schema.mutations.staff.payloads import TeamPayload


@strawberry.input(description="Changes to a team: leave a field out to keep it.")
class TeamUpdateInput:
    id: strawberry.ID = strawberry.field(description="The team to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name (not blank).")
    member_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of members ([] for nobody).")


@mutation(permission=IsOwner, description="Owner: rename a team and/or replace its members.")
async def team_update(call: Call, input: TeamUpdateInput) -> TeamPayload:
    members = given(input.member_ids)
    saved = await staff.update_team(
        call.session, call.viewer, input_id(input, "id", "Team"), name=given(input.name),
        member_ids=KEEP if members is KEEP else None if members is None else input_ids(input, "member_ids",
                                                                                        "Employee"))
    return TeamPayload(team=saved)  # type: ignore[arg-type]  # the type reads the model
