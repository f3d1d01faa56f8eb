"""The checklist rules (`resolvers.checklists`), called directly: who may tick, when the checklist is closed,
what is recorded, and how an untick and a finish of the same job serialize on the job's row lock."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, ChecklistItem, Job
from models.enums import JobStatus, Role
from models.problems import Forbidden, UserInputError
from resolvers.checklists import add_item, may_work_on, set_item_done
from resolvers.jobs import set_job_status
from tests.factories_jobs import checklist_item
from tests.factories_proof import Scene, Sessions, scene, table_rows


async def item_in_db(sessions: Sessions, item_id: Any) -> ChecklistItem:
    async with sessions() as check:
        return (await check.execute(sa.select(ChecklistItem).where(col(ChecklistItem.id) == item_id))).scalar_one()


async def activities(sessions: Sessions) -> list[Activity]:
    async with sessions() as check:
        return list((await check.execute(sa.select(Activity).order_by(col(Activity.id)))).scalars())


async def tick(sessions: Sessions, viewer: Viewer, item: ChecklistItem, done: bool = True) -> ChecklistItem:
    async with sessions() as session, session.begin():
        saved, _ = await set_item_done(session, viewer, item.id, done)  # type: ignore[arg-type]
        return saved


async def refused(sessions: Sessions, viewer: Viewer, item: ChecklistItem, done: bool = True) -> UserInputError:
    """Tick, expecting a userError and no change at all."""
    before = await table_rows(sessions)
    with pytest.raises(UserInputError) as caught:
        await tick(sessions, viewer, item, done)
    assert await table_rows(sessions) == before
    return caught.value


async def with_item(session: AsyncSession, status: JobStatus = JobStatus.STARTED, *, done: bool = False,
                    required: bool = True) -> tuple[Scene, ChecklistItem]:
    s = await scene(session, status)
    item = await checklist_item(session, s.job, label="Lock the back door", required=required, done=done)
    await session.commit()
    return s, item


async def test_the_assigned_employee_ticks_an_item_and_who_and_when_are_recorded(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a started job with an open item, assigned to Ann
    s, item = await with_item(session)
    # when Ann ticks it
    await tick(sessions, s.ann.viewer, item)
    # then it is done, by Ann, and the activity trail says so
    saved = await item_in_db(sessions, item.id)
    assert saved.done_at is not None and saved.done_by_user_id == s.ann.user.id
    [entry] = await activities(sessions)
    assert (entry.verb, entry.subject_type, entry.subject_id, entry.actor_user_id, entry.customer_id) == (
        "checklist_item.done", "ChecklistItem", item.id, s.ann.user.id, s.customer.id)
    assert entry.details["job_id"] == s.job.id and entry.details["label"] == "Lock the back door"


async def test_unticking_clears_who_and_when(sessions: Sessions, session: AsyncSession) -> None:
    # given a done item
    s, item = await with_item(session, done=True)
    # when Ann opens it again
    await tick(sessions, s.ann.viewer, item, done=False)
    # then it is open with nobody named, and the untick is recorded
    saved = await item_in_db(sessions, item.id)
    assert saved.done_at is None and saved.done_by_user_id is None
    assert [a.verb for a in await activities(sessions)] == ["checklist_item.undone"]


async def test_asking_for_the_state_an_item_is_already_in_changes_nothing(
        sessions: Sessions, session: AsyncSession) -> None:
    # given an item Ann ticked
    s, item = await with_item(session)
    await tick(sessions, s.ann.viewer, item)
    before = await table_rows(sessions)
    # when the office ticks it again (a retry, a second phone)
    await tick(sessions, s.office.viewer, item)
    # then nothing changed: still Ann's tick, no second activity
    assert await table_rows(sessions) == before


@pytest.mark.parametrize("who", ["office", "owner"])
async def test_the_office_and_owner_may_tick(sessions: Sessions, session: AsyncSession, who: str) -> None:
    s, item = await with_item(session)
    viewer = getattr(s, who).viewer
    await tick(sessions, viewer, item)
    assert (await item_in_db(sessions, item.id)).done_by_user_id == viewer.user_id


async def test_an_employee_not_on_the_job_gets_not_found(sessions: Sessions, session: AsyncSession) -> None:
    # given Bob, who is not assigned to the job
    s, item = await with_item(session)
    # when he ticks its item: the same answer as for an item that does not exist
    error = await refused(sessions, s.bob.viewer, item)
    assert [(p.field, p.code) for p in error.problems] == [(("input", "itemId"), "NOT_FOUND")]


async def test_another_customers_client_gets_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session)
    error = await refused(sessions, s.other_client.viewer, item)
    assert [(p.field, p.code) for p in error.problems] == [(("input", "itemId"), "NOT_FOUND")]


async def test_the_jobs_own_client_may_read_but_not_tick(sessions: Sessions, session: AsyncSession) -> None:
    # given the client of the job (who can read its checklist)
    s, item = await with_item(session)
    before = await table_rows(sessions)
    # when they tick: an access error, nothing changed
    with pytest.raises(Forbidden):
        await tick(sessions, s.client.viewer, item)
    assert await table_rows(sessions) == before


async def test_an_employee_viewer_without_an_employee_record_may_not_tick(sessions: Sessions,
                                                                         session: AsyncSession) -> None:
    s, item = await with_item(session)
    with pytest.raises(UserInputError):  # cannot even read the job
        await tick(sessions, Viewer(user_id=s.ann.user.id, role=Role.EMPLOYEE), item)


@pytest.mark.parametrize("status", [JobStatus.FINISHED, JobStatus.CANCELLED])
@pytest.mark.parametrize("done", [True, False])
async def test_the_crew_cannot_change_a_closed_jobs_checklist(sessions: Sessions, session: AsyncSession,
                                                             status: JobStatus, done: bool) -> None:
    # given a finished (or cancelled) job
    s, item = await with_item(session, status, done=not done)
    # when Ann ticks or unticks an item: CONFLICT, naming the status
    error = await refused(sessions, s.ann.viewer, item, done)
    [problem] = error.problems
    assert (problem.field, problem.code) == (("input", "itemId"), "CONFLICT")
    assert status.value.title() in problem.message and "office" in problem.message


async def test_the_office_may_correct_a_finished_jobs_checklist(sessions: Sessions, session: AsyncSession) -> None:
    s, item = await with_item(session, JobStatus.FINISHED, done=True)
    await tick(sessions, s.office.viewer, item, done=False)
    assert (await item_in_db(sessions, item.id)).done_at is None


def test_who_may_work_on_a_job() -> None:
    assert may_work_on(Viewer(role=Role.OWNER), set())
    assert may_work_on(Viewer(role=Role.OFFICE), set())
    assert may_work_on(Viewer(role=Role.EMPLOYEE, employee_id=7), {7, 8})
    assert not may_work_on(Viewer(role=Role.EMPLOYEE, employee_id=9), {7, 8})
    assert not may_work_on(Viewer(role=Role.EMPLOYEE), {7})
    assert not may_work_on(Viewer(role=Role.CUSTOMER, customer_id=1, employee_id=7), {7})
    assert not may_work_on(Viewer(), {7})


# ------------------------------------------------------------------------------------- the job's row lock


@pytest.mark.committed
async def test_an_untick_waits_for_a_finish_in_progress_and_then_is_refused(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a started job whose only required item is done
    s, item = await with_item(session, done=True)
    async with sessions() as finishing:
        await finishing.begin()
        # when Ann finishes the job (not yet committed) while her phone unticks the item
        await set_job_status(finishing, s.ann.viewer, s.job.id, JobStatus.FINISHED)  # type: ignore[arg-type]
        untick = asyncio.create_task(tick(sessions, s.ann.viewer, item, done=False))
        await asyncio.sleep(0.3)
        # then the untick waits on the job's lock
        assert not untick.done()
        await finishing.commit()
    # and, once the finish committed, sees a Finished job and is refused
    with pytest.raises(UserInputError) as caught:
        await untick
    assert caught.value.problems[0].code == "CONFLICT"
    assert (await item_in_db(sessions, item.id)).done_at is not None


@pytest.mark.committed
async def test_a_finish_waits_for_an_untick_in_progress_and_then_is_refused(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a started job whose only required item is done
    s, item = await with_item(session, done=True)
    async with sessions() as unticking:
        await unticking.begin()
        # when Ann unticks it (not yet committed) while the office finishes the job
        await set_item_done(unticking, s.ann.viewer, item.id, False)  # type: ignore[arg-type]

        async def finish() -> Any:
            async with sessions() as other, other.begin():
                return await set_job_status(other, s.office.viewer, s.job.id, JobStatus.FINISHED)  # type: ignore[arg-type]

        finishing = asyncio.create_task(finish())
        await asyncio.sleep(0.3)
        # then the finish waits
        assert not finishing.done()
        await unticking.commit()
    # and then sees the open required item and is refused
    with pytest.raises(UserInputError) as caught:
        await finishing
    assert caught.value.problems[0].code == "CONFLICT"
    async with sessions() as check:
        assert (await check.get(Job, s.job.id)).status is JobStatus.STARTED  # type: ignore[union-attr]


# ------------------------------------------------------------------------------------------------ adding


async def test_the_office_adds_an_item_at_the_end(sessions: Sessions, session: AsyncSession) -> None:
    s, first = await with_item(session)
    async with sessions() as writing, writing.begin():
        added, _ = await add_item(writing, s.office.viewer, s.job.id, "  Photograph the meter ", True)  # type: ignore[arg-type]
    saved = await item_in_db(sessions, added.id)
    assert (saved.label, saved.required, saved.position, saved.job_id) == ("Photograph the meter", True,
                                                                            first.position + 1, s.job.id)
    assert [a.verb for a in await activities(sessions)] == ["checklist_item.added"]


@pytest.mark.parametrize(("label", "code"), [("   ", "REQUIRED"), ("x" * 201, "INVALID")])
async def test_a_blank_or_overlong_label_is_refused(sessions: Sessions, session: AsyncSession, label: str,
                                                    code: str) -> None:
    s, _ = await with_item(session)
    before = await table_rows(sessions)
    with pytest.raises(UserInputError) as caught:
        async with sessions() as writing, writing.begin():
            await add_item(writing, s.office.viewer, s.job.id, label, False)  # type: ignore[arg-type]
    assert [(p.field, p.code) for p in caught.value.problems] == [(("input", "label"), code)]
    assert await table_rows(sessions) == before


async def test_only_the_office_adds_items(sessions: Sessions, session: AsyncSession) -> None:
    s, _ = await with_item(session)
    for viewer in (s.ann.viewer, s.client.viewer):
        with pytest.raises(Forbidden):
            async with sessions() as writing, writing.begin():
                await add_item(writing, viewer, s.job.id, "More", False)  # type: ignore[arg-type]
