"""Live servers and WebSocket clients for subscription tests: real uvicorn, real graphql-transport-ws.

* `live_server(broadcast_url=…, queue_size=…)`: `create_app(settings)` served by uvicorn in this process
  on a random loopback port, lifespan and all; yields its base URL (``http://127.0.0.1:PORT``).
* `server_process(broadcast_url)`: the same app in a uvicorn subprocess (for two-process tests).
* `GraphQLWS`: a graphql-transport-ws client on the `websockets` library.
* `people`: a customer with a property and a job, its portal user, the assigned and an unassigned employee,
  another customer's portal user and an office user, each with a bearer session token.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from app.asgi import create_app
from app.cli import WS_PING_INTERVAL, WS_PING_TIMEOUT, websocket_options
from app.database import libpq_url
from app.settings import PROJECT_ROOT, Settings
from auth.sessions import start_session
from models import Customer, Employee, Job, Property, User
from models.enums import Role
from tests import factories
from tests.servers import ready_process

WAIT = 5.0
REDIS_URL = os.environ.get("REDIS_URL")

JOB_EVENT_FIELDS = """
  snapshot previousStatus status changedAt changedBy cursor
  job { id status internalNotes clientNotes customer { displayName internalNotes } }
"""


def gid(type_name: str, row: Any) -> str:
    return str(GlobalID(type_name, str(row.id)))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def app_settings(database_url: str, broadcast_url: str, *, queue_size: int = 1000, tmp: Path) -> Settings:
    return Settings(app_env="test", database_url=database_url, broadcast_url=broadcast_url,
                    broadcast_queue_size=queue_size, public_url="http://127.0.0.1:8000", var_dir=tmp,
                    secret_key="test-secret-key", smtp_host=None)


class LiveServer:
    """`async with live_server(broadcast_url="memory://") as base_url:` — the app on uvicorn, in this process.

    The server runs with `dop serve`'s WebSocket options (`app.cli.websocket_options`). `protocol_pings=False`
    turns off uvicorn's WebSocket ping/pong keep-alive (30 s, then 30 s for the pong): a test whose client
    deliberately stops reading would otherwise be closed with 1011 ("keepalive ping timeout") once the run has
    lasted 60 s, which a loaded machine reaches. `apps` holds every app served, so
    a test can look at the runtime (e.g. its broadcaster) instead of guessing from timings.
    """

    def __init__(self, database_url: str, tmp: Path) -> None:
        self.database_url = database_url
        self.tmp = tmp
        self.apps: list[Any] = []

    @asynccontextmanager
    async def __call__(self, broadcast_url: str = "memory://", *, queue_size: int = 1000,
                       protocol_pings: bool = True) -> AsyncIterator[str]:
        app = create_app(app_settings(self.database_url, broadcast_url, queue_size=queue_size, tmp=self.tmp))
        self.apps.append(app)
        options = websocket_options()  # as `dop serve` runs it
        if not protocol_pings:
            options |= {"ws_ping_interval": None, "ws_ping_timeout": None}
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", **options)
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        async with asyncio.timeout(20):
            while not server.started:
                assert not task.done(), "uvicorn did not start"
                await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, 15)


@pytest.fixture
def live_server(migrated_database_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path,
                ) -> LiveServer:
    """The app on uvicorn in this process (see `LiveServer`)."""
    return LiveServer(migrated_database_url, tmp_path)


@asynccontextmanager
async def server_process(database_url: str, broadcast_url: str, *, queue_size: int = 1000,
                         ) -> AsyncIterator[str]:
    """The app on uvicorn in a subprocess; yields its base URL once /readyz answers."""
    port = free_port()
    env = dict(os.environ, APP_ENV="test", DATABASE_URL=database_url, BROADCAST_URL=broadcast_url,
               BROADCAST_QUEUE_SIZE=str(queue_size), SECRET_KEY="test-secret-key",
               PUBLIC_URL="http://127.0.0.1:8000")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory", "--host", "127.0.0.1",
        "--port", str(port), "--ws", "websockets-sansio", "--ws-ping-interval", str(WS_PING_INTERVAL),
        "--ws-ping-timeout", str(WS_PING_TIMEOUT), "--log-level", "warning", cwd=PROJECT_ROOT, env=env,
    )
    # a loaded CI machine is slow to import
    async with ready_process(process, f"http://127.0.0.1:{port}", within=90, poll=0.1,
                             exited=lambda: f"the server on port {port} exited with {process.returncode}") as base:
        yield base


def postgres_broadcast_url(database_url: str) -> str:
    return libpq_url(database_url)


class GraphQLWS:
    """A graphql-transport-ws client: `async with GraphQLWS.open(base, token) as ws: await ws.subscribe(…)`."""

    def __init__(self, conn: ClientConnection) -> None:
        self.conn = conn
        self._ids = 0

    @classmethod
    @asynccontextmanager
    async def open(cls, base_url: str, token: str | None, *, max_queue: int | None = 16,
                   compression: str | None = "deflate") -> AsyncIterator[GraphQLWS]:
        url = base_url.replace("http://", "ws://") + "/graphql"
        async with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")], proxy=None, open_timeout=5,
                           max_queue=max_queue, ping_interval=None, compression=compression) as conn:
            client = cls(conn)
            await client.init(token)
            yield client

    async def send(self, message: dict[str, Any]) -> None:
        await self.conn.send(json.dumps(message))

    async def receive(self, within: float = WAIT) -> dict[str, Any]:
        """The next message that is not a keep-alive ping."""
        async with asyncio.timeout(within):
            while True:
                message = json.loads(await self.conn.recv())
                if message.get("type") == "ping":
                    await self.send({"type": "pong"})
                    continue
                assert isinstance(message, dict)
                return message

    async def init(self, token: str | None) -> None:
        payload = {"authorization": f"Bearer {token}"} if token else {}
        await self.send({"type": "connection_init", "payload": payload})
        assert await self.receive() == {"type": "connection_ack"}

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        self._ids += 1
        operation = str(self._ids)
        await self.send({"id": operation, "type": "subscribe",
                         "payload": {"query": query, "variables": variables or {}}})
        return operation

    async def next_data(self, within: float = WAIT) -> dict[str, Any]:
        message = await self.receive(within)
        assert message["type"] == "next", message
        assert not message["payload"].get("errors"), message
        data: dict[str, Any] = message["payload"]["data"]
        return data

    async def nothing_within(self, seconds: float) -> None:
        """Assert no message (other than pings) arrives within `seconds`."""
        try:
            message = await self.receive(seconds)
        except TimeoutError:
            return
        pytest.fail(f"expected nothing, got {message}")

    async def close_code(self, within: float = 15) -> int | None:
        """Read until the server closes; the close code it sent."""
        try:
            async with asyncio.timeout(within):
                while True:
                    await self.conn.recv()
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None
        raise AssertionError("unreachable")


async def ready(ws: GraphQLWS, settle: float = 0.3) -> None:
    """Give a subscription time to start listening (subscribe returns no acknowledgement)."""
    await asyncio.sleep(settle)


async def graphql_http(base_url: str, token: str, query: str, variables: dict[str, Any] | None = None,
                       ) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.post(f"{base_url}/graphql", json={"query": query, "variables": variables or {}},
                                   headers={"Authorization": f"Bearer {token}"})
    body: dict[str, Any] = response.json()
    assert response.status_code == 200 and not body.get("errors"), body
    return body["data"]  # type: ignore[no-any-return]


SET_STATUS = """
mutation($input: JobSetStatusInput!) {
  jobSetStatus(input: $input) { job { status } userErrors { field code message } }
}
"""


async def set_status(base_url: str, token: str, job: Job | str, status: str, reason: str | None = None) -> None:
    job_id = job if isinstance(job, str) else gid("Job", job)
    payload: dict[str, Any] = {"jobId": job_id, "status": status}
    if reason is not None:
        payload["reason"] = reason
    data = await graphql_http(base_url, token, SET_STATUS, {"input": payload})
    assert data["jobSetStatus"]["userErrors"] == [], data
    assert data["jobSetStatus"]["job"]["status"] == status


@dataclass
class Person:
    user: User
    token: str


@dataclass
class People:
    customer: Customer
    place: Property
    job: Job
    client: Person
    worker: Employee
    employee: Person
    other_employee: Person
    other_client: Person
    office: Person


async def person(session: AsyncSession, role: Role, **fields: Any) -> Person:
    user = await factories.user(session, role, **fields)
    assert user.id is not None
    _, token = await start_session(session, user.id)
    return Person(user=user, token=token)


@pytest.fixture
async def people(sessions: async_sessionmaker[AsyncSession]) -> People:
    async with sessions() as session, session.begin():
        await factories.company(session)
        customer = await factories.customer(session, internal_notes="Owes us a favour, do not mention")
        place = await factories.property_(session, customer)
        worker = await factories.employee(session)
        other_worker = await factories.employee(session)
        job = await factories.job(session, place, employees=[worker], internal_notes="Key under the mat",
                                  client_notes="Please water the plants")
        other_customer = await factories.customer(session)
        people = People(
            customer=customer, place=place, job=job, worker=worker,
            client=await person(session, Role.CUSTOMER, customer_id=customer.id, name="Client One"),
            employee=await person(session, Role.EMPLOYEE, employee_id=worker.id, name="Field One"),
            other_employee=await person(session, Role.EMPLOYEE, employee_id=other_worker.id),
            other_client=await person(session, Role.CUSTOMER, customer_id=other_customer.id),
            office=await person(session, Role.OFFICE, name="Office One"),
        )
    return people
