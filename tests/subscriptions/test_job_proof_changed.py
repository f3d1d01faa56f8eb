"""`jobProofChanged` over real WebSockets against a real uvicorn serving the app: a checklist tick or a photo
reaches a client's open job page at once, scoped like the job."""

from __future__ import annotations

import json
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories_jobs
from tests.factories_proof import png
from tests.subscriptions.conftest import GraphQLWS, LiveServer, People, gid, graphql_http, ready

pytestmark = pytest.mark.timeout(60)

WATCH = """subscription($id: ID!) { jobProofChanged(jobId: $id) {
  snapshot change job { id checklist { label done } files { kind filename } } } }"""
TICK = """mutation($input: ChecklistItemSetDoneInput!) {
  checklistItemSetDone(input: $input) { userErrors { code message } } }"""
SHOW = """mutation($input: FileSetVisibilityInput!) {
  fileSetVisibility(input: $input) { userErrors { code message } } }"""
UPLOAD = """mutation($input: FileUploadInput!) {
  fileUpload(input: $input) { file { id } userErrors { code message } } }"""


async def upload_photo(base: str, token: str, job_id: str, *, visible_to_client: bool) -> str:
    variables: dict[str, Any] = {"input": {"jobId": job_id, "kind": "AFTER_PHOTO", "file": None,
                                           "visibleToClient": visible_to_client}}
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.post(
            f"{base}/graphql",
            data={"operations": json.dumps({"query": UPLOAD, "variables": variables}),
                  "map": json.dumps({"0": ["variables.input.file"]})},
            files={"0": ("kitchen.png", png(), "image/png")},
            headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"})
    body = response.json()
    assert body["data"]["fileUpload"]["userErrors"] == [], body
    return str(body["data"]["fileUpload"]["file"]["id"])


async def test_a_checklist_tick_reaches_the_clients_open_job_page(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given a job with a required checklist item, watched by its client
    async with sessions() as session, session.begin():
        item = await factories_jobs.checklist_item(session, people.job, label="Lock the back door", required=True)
    async with live_server() as base, GraphQLWS.open(base, people.client.token) as client:
        await client.subscribe(WATCH, {"id": gid("Job", people.job)})
        # the first message is the job as it is now
        first = (await client.next_data())["jobProofChanged"]
        assert (first["snapshot"], first["change"]) == (True, None)
        assert first["job"]["checklist"] == [{"label": "Lock the back door", "done": False}]
        await ready(client)

        # when the assigned employee ticks the item
        data = await graphql_http(base, people.employee.token, TICK,
                                  {"input": {"itemId": gid("ChecklistItem", item), "done": True}})
        assert data["checklistItemSetDone"]["userErrors"] == []

        # then the client's page receives the job with the item done
        event = (await client.next_data(within=2))["jobProofChanged"]
        assert (event["snapshot"], event["change"]) == (False, "CHECKLIST")
        assert event["job"]["checklist"] == [{"label": "Lock the back door", "done": True}]


async def test_a_photo_reaches_the_client_only_once_it_is_visible_to_them(
    live_server: LiveServer, people: People,
) -> None:
    job_id = gid("Job", people.job)
    async with live_server() as base, AsyncExitStack() as stack:
        client = await stack.enter_async_context(GraphQLWS.open(base, people.client.token))
        office = await stack.enter_async_context(GraphQLWS.open(base, people.office.token))
        for ws in (client, office):
            await ws.subscribe(WATCH, {"id": job_id})
            assert (await ws.next_data())["jobProofChanged"]["job"]["files"] == []
        await ready(client)

        # when the crew attaches a photo the client may see
        await upload_photo(base, people.employee.token, job_id, visible_to_client=True)

        # then both pages receive it
        for ws in (client, office):
            event = (await ws.next_data(within=2))["jobProofChanged"]
            assert event["change"] == "FILES"
            assert event["job"]["files"] == [{"kind": "AFTER_PHOTO", "filename": "kitchen.png"}]

        # when the crew attaches one hidden from the client
        hidden = await upload_photo(base, people.employee.token, job_id, visible_to_client=False)

        # then only the office hears of it
        assert len((await office.next_data(within=2))["jobProofChanged"]["job"]["files"]) == 2
        await client.nothing_within(0.5)

        # and once the office shows it, the client receives it too
        data = await graphql_http(base, people.office.token, SHOW,
                                  {"input": {"fileId": hidden, "visibleToClient": True}})
        assert data["fileSetVisibility"]["userErrors"] == []
        event = (await client.next_data(within=2))["jobProofChanged"]
        assert len(event["job"]["files"]) == 2


async def test_nobody_else_may_watch_a_jobs_proof(live_server: LiveServer, people: People) -> None:
    # when another customer's client and an employee not assigned ask to watch the job
    async with live_server() as base:
        for token in (people.other_client.token, people.other_employee.token):
            async with GraphQLWS.open(base, token) as ws:
                await ws.subscribe(WATCH, {"id": gid("Job", people.job)})
                message = await ws.receive()
                # then they get the same answer as for a job that does not exist, and no job
                assert message["type"] == "next", message
                assert message["payload"]["data"] is None
                assert "No job with this id" in message["payload"]["errors"][0]["message"]
