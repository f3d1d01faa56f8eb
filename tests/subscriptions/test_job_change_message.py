"""The `jobs.changed` message: ids only, and readable by a process one version older or newer, which may both run
for a while during a deploy (a message without `removed_employee_ids` means nobody was taken off the job)."""

from __future__ import annotations

import json

import pytest

from subscriptions.channels import BadMessage, JobChangeMessage


def test_a_change_that_takes_nobody_off_the_job_is_written_as_the_previous_version_wrote_it() -> None:
    # given a change of a job's time and crew that took nobody off it
    message = JobChangeMessage(job_id=7, customer_id=3, property_id=5, fields=("scheduled_start", "employee_ids"))

    # when it is written, then it is exactly the previous version's message
    previous = '{"job_id":7,"customer_id":3,"property_id":5,"fields":["employee_ids","scheduled_start"]}'
    assert message.to_json() == previous


def test_the_employees_taken_off_a_job_travel_with_the_message_next_to_the_previous_versions_keys() -> None:
    # given a change that took two employees off the job
    message = JobChangeMessage(job_id=7, customer_id=3, property_id=5, fields=("employee_ids",),
                               removed_employee_ids=frozenset({12, 4}))

    # when it is written and read back
    raw = message.to_json()

    # then it reads back the same, and the keys the previous version reads are unchanged
    assert JobChangeMessage.from_json(raw) == message
    assert json.loads(raw) == {"job_id": 7, "customer_id": 3, "property_id": 5, "fields": ["employee_ids"],
                               "removed_employee_ids": [4, 12]}


def test_a_message_of_the_previous_version_reads_as_taking_nobody_off_the_job() -> None:
    # given a message written before `removed_employee_ids` existed
    raw = '{"job_id":7,"customer_id":3,"property_id":5,"fields":["team_id"]}'

    # when it is read, then nobody was taken off the job
    assert JobChangeMessage.from_json(raw) == JobChangeMessage(job_id=7, customer_id=3, property_id=5,
                                                               fields=("team_id",))


@pytest.mark.parametrize("raw", [
    '{"job_id":7,"customer_id":3,"property_id":5}',
    '{"job_id":7,"customer_id":3,"property_id":5,"fields":"team_id"}',
    '{"job_id":7,"customer_id":3,"property_id":5,"fields":[],"removed_employee_ids":["4"]}',
    '{"job_id":7,"customer_id":3,"property_id":5,"fields":[],"removed_employee_ids":[true]}',
    '{"job_id":7,"customer_id":3,"property_id":5,"fields":[],"removed_employee_ids":4}',
    '{"change_id":1,"job_id":7,"customer_id":3}',
    '["job_id"]',
])
def test_a_message_that_is_not_a_job_change_is_refused(raw: str) -> None:
    # given a message that is not a job change (when read), then it is refused as foreign
    with pytest.raises(BadMessage):
        JobChangeMessage.from_json(raw)
