"""The job status machine as pure rules: normal moves, corrections, and the checklist gate."""

from __future__ import annotations

import pytest

from models.enums import JobStatus
from models.problems import UserInputError
from resolvers.job_workflow import allowed_next, check_move, is_correction, may_move

P, W, S, F, C = (JobStatus.PENDING, JobStatus.ON_THE_WAY, JobStatus.STARTED, JobStatus.FINISHED,
                 JobStatus.CANCELLED)
NORMAL = [(P, W), (W, S), (S, F), (P, C), (W, C)]
EVERY_PAIR = [(a, b) for a in JobStatus for b in JobStatus if a != b]


def refusal(viewer_is_office: bool, current: JobStatus, target: JobStatus, reason: str | None = None,
            open_items: tuple[str, ...] = ()) -> tuple[tuple[str, ...] | None, str, str]:
    with pytest.raises(UserInputError) as caught:
        check_move(viewer_is_office, current, target, reason, open_items)
    [problem] = caught.value.problems
    return problem.field, problem.code, problem.message


def test_the_normal_path_goes_pending_on_the_way_started_finished_with_cancel_before_work_starts() -> None:
    assert allowed_next(P) == {W, C}
    assert allowed_next(W) == {S, C}
    assert allowed_next(S) == {F}
    assert allowed_next(F) == set()
    assert allowed_next(C) == set()


def test_allowed_next_returns_a_copy_callers_cannot_spoil() -> None:
    allowed_next(P).add(F)
    assert allowed_next(P) == {W, C}


@pytest.mark.parametrize(("current", "target"), NORMAL)
def test_an_employee_may_make_every_normal_move_without_a_reason(current: JobStatus, target: JobStatus) -> None:
    check_move(False, current, target, None, ())
    assert not is_correction(current, target)


@pytest.mark.parametrize(("current", "target"), [pair for pair in EVERY_PAIR if pair not in NORMAL])
def test_an_employee_may_not_make_any_other_move_even_with_a_reason(current: JobStatus,
                                                                    target: JobStatus) -> None:
    field, code, message = refusal(False, current, target, reason="I know what I'm doing")
    assert (field, code) == (("input", "status"), "NOT_ALLOWED")
    assert "only the office can correct" in message


def test_an_employee_skipping_a_step_is_told_the_next_steps() -> None:
    _, code, message = refusal(False, P, S)
    assert code == "NOT_ALLOWED"
    assert message.startswith("A Pending job can move to On the Way or Cancelled")


def test_an_employee_cannot_cancel_a_started_job() -> None:
    assert refusal(False, S, C)[:2] == (("input", "status"), "NOT_ALLOWED")


@pytest.mark.parametrize(("current", "target"), [pair for pair in EVERY_PAIR if pair not in NORMAL])
def test_an_office_correction_needs_a_reason(current: JobStatus, target: JobStatus) -> None:
    for blank in (None, "", "   "):
        assert refusal(True, current, target, reason=blank)[:2] == (("input", "reason"), "REQUIRED")
    check_move(True, current, target, "Customer called: crew was there yesterday", ())
    assert is_correction(current, target)


@pytest.mark.parametrize(("current", "target"), NORMAL)
def test_the_office_makes_normal_moves_without_a_reason(current: JobStatus, target: JobStatus) -> None:
    check_move(True, current, target, None, ())


@pytest.mark.parametrize("status", list(JobStatus))
def test_a_move_to_the_current_status_is_refused_for_everyone(status: JobStatus) -> None:
    for office in (False, True):
        field, code, _ = refusal(office, status, status, reason="because")
        assert (field, code) == (("input", "status"), "INVALID")
    assert refusal(False, W, W)[2] == "The job is already On the Way."


def test_a_job_cannot_be_finished_while_required_items_are_open_and_they_are_listed() -> None:
    field, code, message = refusal(False, S, F, open_items=("Mop floors", "Lock the gate"))
    assert (field, code) == (("input", "status"), "CONFLICT")
    assert "“Mop floors”" in message and "“Lock the gate”" in message


def test_the_checklist_gate_holds_for_office_corrections_too() -> None:
    assert refusal(True, P, F, reason="done already", open_items=("Mop floors",))[1] == "CONFLICT"


def test_open_items_do_not_matter_for_other_moves() -> None:
    check_move(False, W, S, None, ("Mop floors",))


def test_who_may_move_a_job() -> None:
    assert may_move(viewer_is_office=True, viewer_employee_id=None, assigned_employee_ids=set())
    assert may_move(viewer_is_office=False, viewer_employee_id=7, assigned_employee_ids={7, 8})
    assert not may_move(viewer_is_office=False, viewer_employee_id=9, assigned_employee_ids={7, 8})
    assert not may_move(viewer_is_office=False, viewer_employee_id=None, assigned_employee_ids={7})
