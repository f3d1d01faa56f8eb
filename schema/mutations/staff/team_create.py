"""teamCreate: the owner makes a crew."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, input_ids, mutation
from schema.mutations.staff.payloads import TeamPayload


@strawberry.input(description="A new team.")
class TeamCreateInput:
    name: str = strawberry.field(description="The team's name, unique ignoring case.")
    member_ids: list[strawberry.ID] = strawberry.field(default_factory=list,
                                                       description="Its employees (active ones).")


@mutation(permission=IsOwner, description="Owner: make a team of employees.")
async def team_create(call: Call, input: TeamCreateInput) -> TeamPayload:
    saved = await staff.create_team(call.session, call.viewer, input.name,
                                    input_ids(input, "member_ids", "Employee"))
    return TeamPayload(team=saved)  # type: ignore[arg-type]  # the type reads the model
