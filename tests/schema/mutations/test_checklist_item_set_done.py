"""checklistItemSetDone: the crew on the job and the office tick items off; clients only watch."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from auth.viewer import ANONYMOUS, Viewer
from models import ChecklistItem
from models.enums import JobStatus
from tests.factories_jobs import checklist_item, ghost, mutate, mutate_raw, only_error
from tests.factories_proof import Scene, Sessions, scene, table_rows
from tests.graphql import execute, gid

SELECTION = "checklistItem { id label done doneAt doneByName } job { id status }"


async def set_done(sessions: Sessions, viewer: Viewer, item: ChecklistItem | str, done: bool = True,
                   ) -> dict[str, Any]:
    item_id = item if isinstance(item, str) else gid("ChecklistItem", item)
    return await mutate(sessions, viewer, "checklistItemSetDone", "ChecklistItemSetDoneInput",
                        {"itemId": item_id, "done": done}, SELECTION)


async def with_item(session: AsyncSession, status: JobStatus = JobStatus.STARTED, *, done: bool = False,
                    ) -> tuple[Scene, ChecklistItem]:
    s = await scene(session, status)
    item = await checklist_item(session, s.job, label="Lock the back door", required=True, done=done)
    await session.commit()
    return s, item


async def refused(sessions: Sessions, viewer: Viewer, item: ChecklistItem | str, done: bool = True,
                  ) -> tuple[tuple[list[str] | None, str], str]:
    """Expect one userError and nothing changed; return (field, code) and the message."""
    before = await table_rows(sessions)
    payload = await set_done(sessions, viewer, item, done)
    assert payload["checklistItem"] is None and payload["job"] is None
    assert await table_rows(sessions) == before
    return only_error(payload), payload["userErrors"][0]["message"]


async def test_the_assigned_employee_ticks_an_item_and_the_job_can_then_finish(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a started job whose required item is open
    s, item = await with_item(session)
    # when Ann, assigned to it, ticks the item
    payload = await set_done(sessions, s.ann.viewer, item)
    # then it is done, by her, and the payload carries the job
    assert payload["userErrors"] == []
    assert payload["checklistItem"]["done"] is True and payload["checklistItem"]["doneAt"] is not None
    assert payload["checklistItem"]["doneByName"] == "Ann Crew"
    assert payload["job"] == {"id": gid("Job", s.job), "status": "STARTED"}
    # and the job can now be finished
    finished = await mutate(sessions, s.ann.viewer, "jobSetStatus", "JobSetStatusInput",
                            {"jobId": gid("Job", s.job), "status": "FINISHED"}, "job { status }")
    assert finished == {"job": {"status": "FINISHED"}, "userErrors": []}


async def test_unticking_reopens_the_item(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session, done=True)
    payload = await set_done(sessions, s.office.viewer, item, done=False)
    assert payload["checklistItem"] == {"id": gid("ChecklistItem", item), "label": "Lock the back door",
                                        "done": False, "doneAt": None, "doneByName": None}


async def test_the_client_sees_that_it_is_done_but_not_who_did_it(sessions: Sessions,
                                                                  session: AsyncSession) -> None:
    # given an item Ann ticked
    s, item = await with_item(session)
    await set_done(sessions, s.ann.viewer, item)
    # when the client reads the job's checklist
    data = await execute(sessions, s.client.viewer, "query ($id: ID!) { node(id: $id) { ... on Job { checklist { "
                         "done doneByName } } } }", {"id": gid("Job", s.job)})
    # then they see it done, and no staff name
    assert data["node"]["checklist"] == [{"done": True, "doneByName": None}]


async def test_the_jobs_client_is_refused_with_an_access_error(sessions: Sessions, session: AsyncSession) -> None:
    # given the job's own client, who can read its checklist
    s, item = await with_item(session)
    before = await table_rows(sessions)
    # when they try to tick it
    result = await mutate_raw(sessions, s.client.viewer, "checklistItemSetDone", "ChecklistItemSetDoneInput",
                              {"itemId": gid("ChecklistItem", item), "done": True}, SELECTION)
    # then a FORBIDDEN error, and nothing changed
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await table_rows(sessions) == before


async def test_signed_out_callers_are_refused(sessions: Sessions, session: AsyncSession) -> None:
    _, item = await with_item(session)
    result = await mutate_raw(sessions, ANONYMOUS, "checklistItemSetDone", "ChecklistItemSetDoneInput",
                              {"itemId": gid("ChecklistItem", item), "done": True}, SELECTION)
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"


async def test_another_customers_client_gets_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session)
    error, message = await refused(sessions, s.other_client.viewer, item)
    assert error == (["input", "itemId"], "NOT_FOUND")
    assert message == "No checklist item with this id. Check the id and try again."


async def test_an_employee_not_assigned_gets_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session)
    error, _ = await refused(sessions, s.bob.viewer, item)
    assert error == (["input", "itemId"], "NOT_FOUND")


async def test_an_unknown_id_or_another_types_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s, _ = await with_item(session)
    for item_id in (ghost("ChecklistItem"), gid("Job", s.job), "garbage"):
        error, _ = await refused(sessions, s.office.viewer, item_id)
        assert error == (["input", "itemId"], "NOT_FOUND")


async def test_the_crew_cannot_untick_a_finished_job(sessions: Sessions, session: AsyncSession) -> None:
    # given a finished job
    s, item = await with_item(session, JobStatus.FINISHED, done=True)
    # when Ann unticks its item
    error, message = await refused(sessions, s.ann.viewer, item, done=False)
    # then CONFLICT: the checklist is closed
    assert error == (["input", "itemId"], "CONFLICT")
    assert message.startswith("This job is Finished")


async def test_the_crew_cannot_tick_a_cancelled_job(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session, JobStatus.CANCELLED)
    error, message = await refused(sessions, s.ann.viewer, item)
    assert error == (["input", "itemId"], "CONFLICT") and "Cancelled" in message


async def test_the_office_may_still_correct_a_finished_jobs_checklist(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    s, item = await with_item(session, JobStatus.FINISHED, done=True)
    payload = await set_done(sessions, s.owner.viewer, item, done=False)
    assert payload["userErrors"] == [] and payload["checklistItem"]["done"] is False
