"""jobReview: the client's word on a finished job, within the company's window, one per job; a problem opens
the office's follow-up; ratings roll up per employee and team for the office only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Activity, Customer, Employee, Job, JobReview, Notification, Property, Reminder, Team, User
from models.enums import JobStatus, NotificationKind, Role
from tests import factories
from tests.graphql import execute, execute_raw, gid

REVIEW = """
mutation ($input: JobReviewInput!) {
  jobReview(input: $input) { job { id review { rating comment problem } } userErrors { field code message } }
}
"""
JOB = """
query ($id: ID!) { node(id: $id) { ... on Job { reviewClosesAt review { rating comment problem followUpDone } } } }
"""
RATINGS = """
query ($employee: ID!, $team: ID!) {
  employee: node(id: $employee) { ... on Employee { rating { average count } } }
  team: node(id: $team) { ... on Team { rating { average count } } }
}
"""


@dataclass
class World:
    customer: Customer
    place: Property
    client: User
    office: User
    team: Team
    crew: list[Employee]

    def viewer(self, **fields: Any) -> Viewer:
        return Viewer(user_id=self.client.id, role=Role.CUSTOMER, customer_id=self.customer.id, **fields)


async def _world(session: AsyncSession, **company: Any) -> World:
    await factories.company(session, **company)
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    client = await factories.user(session, Role.CUSTOMER, customer_id=customer.id, name="Casey Client")
    office = await factories.user(session, Role.OFFICE, name="Olive Office")
    team = Team(name=f"Team for {customer.display_name}")
    session.add(team)
    crew = [await factories.employee(session), await factories.employee(session)]
    await session.flush()
    return World(customer, place, client, office, team, crew)


async def _finished(session: AsyncSession, world: World, *, days_ago: float = 1, crew: list[Employee] | None = None,
                    status: JobStatus = JobStatus.FINISHED) -> Job:
    finished = datetime.now(UTC) - timedelta(days=days_ago)
    job = await factories.job(session, world.place, status=status, employees=world.crew if crew is None else crew,
                              team_id=world.team.id, finished_at=finished if status is JobStatus.FINISHED else None)
    await session.commit()
    return job


async def _review(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, job: Job, rating: int = 5,
                  comment: str | None = None, problem: bool = False) -> dict[str, Any]:
    data = await execute(sessions, viewer, REVIEW, {"input": {"jobId": gid("Job", job), "rating": rating,
                                                              "comment": comment, "problem": problem}})
    payload: dict[str, Any] = data["jobReview"]
    return payload


async def _rows(sessions: async_sessionmaker[AsyncSession], model: type[Any], *where: Any) -> list[Any]:
    async with sessions() as session:
        return list((await session.execute(sa.select(model).where(*where).order_by(model.id))).scalars())


async def test_a_client_reviews_a_finished_job_and_may_change_the_review_within_the_window(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a job finished yesterday
    world = await _world(session)
    job = await _finished(session, world)

    # when the client rates it 4, then changes it to 5 with a word
    first = await _review(sessions, world.viewer(), job, rating=4)
    second = await _review(sessions, world.viewer(), job, rating=5, comment="Spotless, thank you!")

    # then the job has one review, the last word, and both are in its history
    assert first["job"]["review"] == {"rating": 4, "comment": None, "problem": False}
    assert second["job"]["review"] == {"rating": 5, "comment": "Spotless, thank you!", "problem": False}
    assert len(await _rows(sessions, JobReview)) == 1
    history = await _rows(sessions, Activity, Activity.subject_type == "Job", Activity.subject_id == job.id)
    assert [a.verb for a in history] == ["job.reviewed", "job.review_changed"]
    # and the client sees until when it may still change it
    data = await execute(sessions, world.viewer(), JOB, {"id": gid("Job", job)})
    closes = datetime.fromisoformat(data["node"]["reviewClosesAt"])
    assert closes == job.finished_at + timedelta(days=7)  # type: ignore[operator]


async def test_a_job_not_finished_or_past_the_companys_window_can_not_be_reviewed(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a company with a 3-day window, a job finished 4 days ago and one still started
    world = await _world(session, review_window_days=3)
    late = await _finished(session, world, days_ago=4)
    started = await _finished(session, world, status=JobStatus.STARTED)

    # when the client reviews each
    refused = [await _review(sessions, world.viewer(), job) for job in (late, started)]

    # then both are refused with what is wrong, and nothing is saved
    assert [r["userErrors"][0]["code"] for r in refused] == ["NOT_ALLOWED", "NOT_ALLOWED"]
    assert refused[0]["userErrors"][0]["message"].startswith("Reviews close 3 days after a job is finished")
    assert refused[1]["userErrors"][0]["message"] == "This job isn't finished yet: you can review it once it is."
    assert await _rows(sessions, JobReview) == []


async def test_only_client_users_who_see_the_jobs_property_may_review_it(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a finished job, a site contact limited to another property, a token, the office and another client
    world = await _world(session)
    job = await _finished(session, world)
    elsewhere = await factories.property_(session, world.customer)
    stranger = await factories.customer(session)
    stranger_user = await factories.user(session, Role.CUSTOMER, customer_id=stranger.id)
    await session.commit()
    limited = world.viewer(property_ids=frozenset({elsewhere.id}))
    foreign = Viewer(user_id=stranger_user.id, role=Role.CUSTOMER, customer_id=stranger.id)
    token = Viewer(role=Role.CUSTOMER, customer_id=world.customer.id, api_token_id=1)

    # when each of them reviews it
    not_theirs = [await _review(sessions, viewer, job) for viewer in (limited, foreign)]
    forbidden = [await execute_raw(sessions, viewer, REVIEW, {"input": {"jobId": gid("Job", job), "rating": 1}})
                 for viewer in (token, Viewer(user_id=world.office.id, role=Role.OFFICE))]

    # then the job is not found for those who don't see it, the token and the office may not review at all
    assert [r["userErrors"][0]["code"] for r in not_theirs] == ["NOT_FOUND", "NOT_FOUND"]
    assert [[e.extensions["code"] for e in r.errors] for r in forbidden] == [["FORBIDDEN"], ["FORBIDDEN"]]
    assert await _rows(sessions, JobReview) == []


async def test_a_flagged_problem_opens_one_reminder_and_tells_the_office(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a finished job
    world = await _world(session)
    job = await _finished(session, world)

    # when the client flags a problem without saying what, then says it, then edits the review (still a problem)
    unexplained = await _review(sessions, world.viewer(), job, rating=2, problem=True)
    await _review(sessions, world.viewer(), job, rating=2, comment="The oven was not cleaned.", problem=True)
    await _review(sessions, world.viewer(), job, rating=1, comment="The oven was not cleaned at all.", problem=True)

    # then the first asks for the comment; the office got one reminder and one notification each
    assert unexplained["userErrors"] == [{"field": ["input", "comment"], "code": "REQUIRED",
                                          "message": "Say what was wrong, so the office can put it right."}]
    (reminder,) = await _rows(sessions, Reminder)
    assert (reminder.customer_id, reminder.assigned_user_id, reminder.done_at) == (world.customer.id, None, None)
    assert "The oven was not cleaned." in reminder.text
    told = await _rows(sessions, Notification, Notification.kind == NotificationKind.JOB_PROBLEM)
    assert [n.user_id for n in told] == [world.office.id]
    # and the problem is in the job's history, and the office sees its follow-up is open
    verbs = [a.verb for a in await _rows(sessions, Activity, Activity.subject_type == "Job")]
    assert verbs == ["job.reviewed", "job.problem_reported", "job.review_changed"]
    data = await execute(sessions, Viewer(user_id=world.office.id, role=Role.OFFICE), JOB, {"id": gid("Job", job)})
    assert data["node"]["review"] == {"rating": 1, "comment": "The oven was not cleaned at all.", "problem": True,
                                      "followUpDone": False}


async def test_ratings_roll_up_per_employee_and_team_for_the_office_only(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given three finished jobs of one team; the first employee was on all three, the second on one
    world = await _world(session)
    first, second = world.crew
    jobs = [await _finished(session, world, crew=[first, second]), await _finished(session, world, crew=[first]),
            await _finished(session, world, crew=[first])]

    # when the client rates them 5, 4 and 2
    for job, stars in zip(jobs, (5, 4, 2), strict=True):
        await _review(sessions, world.viewer(), job, rating=stars)

    # then the office reads the averages and counts; the client reads none
    ids = {"employee": gid("Employee", first), "team": gid("Team", world.team)}
    office = await execute(sessions, Viewer(user_id=world.office.id, role=Role.OFFICE), RATINGS, ids)
    assert office["employee"]["rating"] == {"average": "3.67", "count": 3}
    assert office["team"]["rating"] == {"average": "3.67", "count": 3}
    second_only = await execute(sessions, Viewer(role=Role.OFFICE), RATINGS,
                                {"employee": gid("Employee", second), "team": gid("Team", world.team)})
    assert second_only["employee"]["rating"] == {"average": "5.00", "count": 1}
    client = await execute(sessions, world.viewer(), RATINGS, ids)
    assert client["employee"]["rating"] is None and client["team"]["rating"] is None
