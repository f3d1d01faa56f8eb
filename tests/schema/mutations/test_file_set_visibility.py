"""fileSetVisibility: the office decides whether the client portal shows a file."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.files import FileStore
from models import Activity, StoredFile
from models.enums import FileKind
from resolvers.files import UploadDraft, attach_file
from tests.factories_jobs import ghost, mutate, mutate_raw, only_error
from tests.factories_proof import Scene, Sessions, jpeg, scene, table_rows
from tests.graphql import execute, gid

SELECTION = "file { id visibleToClient }"


async def with_photo(sessions: Sessions, session: AsyncSession, tmp_path: Path) -> tuple[Scene, StoredFile]:
    s = await scene(session)
    content = jpeg()
    async with sessions() as writing, writing.begin():
        row = await attach_file(writing, s.ann.viewer, UploadDraft(kind=FileKind.AFTER_PHOTO, content=content,
                                                                   size=len(content), job_id=s.job.id),
                                store=FileStore(tmp_path))
    return s, row


async def client_sees(sessions: Sessions, s: Scene) -> list[dict[str, str]]:
    query = "query ($id: ID!) { node(id: $id) { ... on Job { files { id } } } }"
    data = await execute(sessions, s.client.viewer, query, {"id": gid("Job", s.job)})
    files: list[dict[str, str]] = data["node"]["files"]
    return files


async def test_the_office_hides_a_photo_from_the_client_and_shows_it_again(
        sessions: Sessions, session: AsyncSession, tmp_path: Path) -> None:
    # given a photo the client sees
    s, row = await with_photo(sessions, session, tmp_path)
    assert await client_sees(sessions, s) == [{"id": gid("File", row)}]
    # when the office hides it
    payload = await mutate(sessions, s.office.viewer, "fileSetVisibility", "FileSetVisibilityInput",
                           {"fileId": gid("File", row), "visibleToClient": False}, SELECTION)
    # then the client no longer sees it, and the change is recorded
    assert payload == {"file": {"id": gid("File", row), "visibleToClient": False}, "userErrors": []}
    assert await client_sees(sessions, s) == []
    # and showing it again brings it back
    await mutate(sessions, s.office.viewer, "fileSetVisibility", "FileSetVisibilityInput",
                 {"fileId": gid("File", row), "visibleToClient": True}, SELECTION)
    assert await client_sees(sessions, s) == [{"id": gid("File", row)}]
    async with sessions() as check:
        verbs = (await check.execute(sa.select(col(Activity.verb)).order_by(col(Activity.id)))).scalars().all()
    assert verbs == ["file.uploaded", "file.visibility_changed", "file.visibility_changed"]


async def test_an_unknown_file_is_not_found(sessions: Sessions, session: AsyncSession, tmp_path: Path) -> None:
    s, _ = await with_photo(sessions, session, tmp_path)
    before = await table_rows(sessions)
    payload = await mutate(sessions, s.office.viewer, "fileSetVisibility", "FileSetVisibilityInput",
                           {"fileId": ghost("File"), "visibleToClient": False}, SELECTION)
    assert only_error(payload) == (["input", "fileId"], "NOT_FOUND")
    assert await table_rows(sessions) == before


async def test_only_the_office_changes_visibility(sessions: Sessions, session: AsyncSession, tmp_path: Path) -> None:
    s, row = await with_photo(sessions, session, tmp_path)
    before = await table_rows(sessions)
    for viewer in (s.ann.viewer, s.client.viewer):
        result = await mutate_raw(sessions, viewer, "fileSetVisibility", "FileSetVisibilityInput",
                                  {"fileId": gid("File", row), "visibleToClient": False}, SELECTION)
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await table_rows(sessions) == before
