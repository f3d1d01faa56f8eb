"""checklistItemAdd: the office adds an item at the end of a job's checklist."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories_jobs import checklist_item, ghost, mutate, mutate_raw, only_error
from tests.factories_proof import Sessions, scene, table_rows
from tests.graphql import gid

SELECTION = "checklistItem { label required done } job { checklist { label required } }"


async def test_the_office_adds_a_required_item_after_the_others(sessions: Sessions, session: AsyncSession) -> None:
    # given a job with one item
    s = await scene(session)
    await checklist_item(session, s.job, label="Mop floors")
    await session.commit()
    # when the office adds a required item
    payload = await mutate(sessions, s.office.viewer, "checklistItemAdd", "ChecklistItemAddInput",
                           {"jobId": gid("Job", s.job), "label": "Photograph the meter", "required": True},
                           SELECTION)
    # then it is last on the checklist
    assert payload["userErrors"] == []
    assert payload["checklistItem"] == {"label": "Photograph the meter", "required": True, "done": False}
    assert payload["job"]["checklist"] == [{"label": "Mop floors", "required": False},
                                           {"label": "Photograph the meter", "required": True}]


async def test_a_blank_label_is_refused_and_nothing_is_added(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    before = await table_rows(sessions)
    payload = await mutate(sessions, s.office.viewer, "checklistItemAdd", "ChecklistItemAddInput",
                           {"jobId": gid("Job", s.job), "label": "  "}, SELECTION)
    assert only_error(payload) == (["input", "label"], "REQUIRED")
    assert payload["checklistItem"] is None
    assert await table_rows(sessions) == before


async def test_an_unknown_job_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    before = await table_rows(sessions)
    payload = await mutate(sessions, s.office.viewer, "checklistItemAdd", "ChecklistItemAddInput",
                           {"jobId": ghost("Job"), "label": "More"}, SELECTION)
    assert only_error(payload) == (["input", "jobId"], "NOT_FOUND")
    assert await table_rows(sessions) == before


async def test_the_crew_and_clients_may_not_add_items(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    before = await table_rows(sessions)
    for viewer in (s.ann.viewer, s.client.viewer):
        result = await mutate_raw(sessions, viewer, "checklistItemAdd", "ChecklistItemAddInput",
                                  {"jobId": gid("Job", s.job), "label": "More"}, SELECTION)
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await table_rows(sessions) == before
