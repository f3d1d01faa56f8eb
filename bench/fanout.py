"""Live fan-out: N WebSocket clients, each subscribed to its own job, while jobs move at a steady rate.

Measures, per run: delivery latency from the move's commit to the client (p50/p99; the move's `changedAt`,
stamped in the transaction just before it commits, to the client's receipt, same machine clock), lost events
(moves no client received by the end of a drain period), and server memory per connection (RSS delta of the
server process(es) from before the clients connect to when all are subscribed, divided by N).

    uv run python -m bench.fanout --server-url postgresql://postgres@127.0.0.1:5432/postgres \
        --clients 1000 --processes 1 --rate 50 --duration 20

One process uses the `memory://` broadcast; two use PostgreSQL LISTEN/NOTIFY (`--broadcast redis://…` to
pick Redis). A fresh database is created, migrated, seeded (one customer, property and job per client, an
office user) and dropped at the end. Moves are office corrections (Pending ↔ On the Way) sent as
`jobSetStatus` over HTTP, spread over the processes; clients connect round-robin over the processes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from strawberry.relay import GlobalID
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUBSCRIBE = "subscription($id: ID!) { jobStatusChanged(jobId: $id) { snapshot status changedAt } }"
MOVE = ("mutation($input: JobSetStatusInput!) { jobSetStatus(input: $input) { job { status } "
        "userErrors { message } } }")


def rss_kib(pid: int) -> int:
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total = int(line.split()[1])
    return total


def database_with(server_url: str) -> tuple[str, str]:
    name = f"dop_bench_fanout_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    from sqlalchemy.engine import make_url

    return name, make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def seed(database_url: str, clients: int) -> tuple[list[int], str]:
    """One customer, property and job per client, and an office user; returns job ids and a session token."""
    from app.database import create_engine, create_session_factory
    from auth.sessions import start_session
    from models import Company, Customer, Job, Property, User
    from models.enums import JobStatus, Role

    engine = create_engine(database_url)
    sessions = create_session_factory(engine)
    start = datetime.now(UTC) + timedelta(days=1)
    async with sessions() as session, session.begin():
        session.add(Company(name="Fan-out Co."))
        customers = [Customer(display_name=f"Bench {n}", emails=[f"bench{n}@example.com"]) for n in range(clients)]
        session.add_all(customers)
        await session.flush()
        places = [Property(customer_id=c.id or 0, name=f"Place {n}", address_line1=f"{n} Main St", city="Springfield")
                  for n, c in enumerate(customers)]
        session.add_all(places)
        await session.flush()
        jobs = [Job(customer_id=p.customer_id, property_id=p.id or 0, status=JobStatus.PENDING, scheduled_start=start)
                for p in places]
        session.add_all(jobs)
        office = User(username="bench-office", email="office@example.com", role=Role.OFFICE)
        session.add(office)
        await session.flush()
        _, token = await start_session(session, office.id or 0)
        job_ids = [job.id or 0 for job in jobs]
    await engine.dispose()
    return job_ids, token


def start_server(database_url: str, broadcast_url: str, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, APP_ENV="test", DATABASE_URL=database_url, BROADCAST_URL=broadcast_url,
               SECRET_KEY="bench", PUBLIC_URL="http://127.0.0.1:8000")
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--ws", "websockets-sansio", "--log-level", "warning", "--backlog", "4096"],
        cwd=PROJECT_ROOT, env=env,
    )


async def wait_ready(base: str) -> None:
    async with httpx.AsyncClient() as http, asyncio.timeout(60):
        while True:
            try:
                if (await http.get(f"{base}/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)


class Client:
    def __init__(self, job_id: int) -> None:
        self.job_id = job_id
        self.latencies: list[float] = []
        self.received = 0
        self.conn: ClientConnection | None = None
        self.subscribed = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.error: str | None = None

    async def run(self, base: str, token: str) -> None:
        url = base.replace("http://", "ws://") + "/graphql"
        try:
            async with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")], proxy=None,
                               open_timeout=60, ping_interval=None, compression=None) as conn:
                self.conn = conn
                await conn.send(json.dumps({"type": "connection_init",
                                            "payload": {"authorization": f"Bearer {token}"}}))
                await conn.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
                    "query": SUBSCRIBE, "variables": {"id": str(GlobalID("Job", str(self.job_id)))}}}))
                async for raw in conn:
                    now = time.time()
                    message = json.loads(raw)
                    if message.get("type") != "next":
                        if message.get("type") == "error":
                            self.error = str(message)
                        continue
                    event = message["payload"]["data"]["jobStatusChanged"]
                    if event["snapshot"]:
                        self.subscribed.set()
                        continue
                    self.received += 1
                    changed = datetime.fromisoformat(event["changedAt"]).timestamp()
                    self.latencies.append(now - changed)
        except Exception as error:  # noqa: BLE001 - reported as a failed client
            self.error = f"{type(error).__name__}: {error}"
            self.subscribed.set()


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from app.migrations import upgrade

    name, database_url = database_with(args.server_url)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        upgrade(database_url)
        job_ids, token = await seed(database_url, args.clients)
        if args.processes == 1:
            broadcast = args.broadcast or "memory://"
        else:
            broadcast = args.broadcast or database_url.replace("postgresql+psycopg://", "postgresql://")
        ports = [args.port + index for index in range(args.processes)]
        processes = [start_server(database_url, broadcast, port) for port in ports]
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for base in bases:
            await wait_ready(base)
        async with httpx.AsyncClient() as http:  # warm each process up before measuring memory
            for base in bases:
                await http.post(f"{base}/graphql", json={"query": "{ __typename }"},
                                headers={"Authorization": f"Bearer {token}"})
        await asyncio.sleep(1)
        rss_before = [rss_kib(p.pid) for p in processes]

        clients = [Client(job_id) for job_id in job_ids]
        connect_started = time.monotonic()
        for offset in range(0, len(clients), args.batch):
            batch = clients[offset:offset + args.batch]
            for index, client in enumerate(batch, start=offset):
                client.task = asyncio.create_task(client.run(bases[index % len(bases)], token))
            await asyncio.wait_for(asyncio.gather(*(c.subscribed.wait() for c in batch)), 120)
        connect_seconds = time.monotonic() - connect_started
        failed = [c for c in clients if c.error]
        await asyncio.sleep(2)
        rss_after = [rss_kib(p.pid) for p in processes]

        # Moves at a steady rate, each job in turn (several times if the run is long).
        status: dict[int, str] = dict.fromkeys(job_ids, "PENDING")
        sent = 0
        errors = 0
        interval = 1 / args.rate
        total_moves = int(args.rate * args.duration)
        started = time.monotonic()
        in_flight: set[asyncio.Task[None]] = set()
        async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=50)) as http:

            async def move(index: int) -> None:
                nonlocal errors
                job_id = job_ids[index % len(job_ids)]
                target = "ON_THE_WAY" if status[job_id] == "PENDING" else "PENDING"
                status[job_id] = target
                response = await http.post(bases[index % len(bases)] + "/graphql", json={
                    "query": MOVE, "variables": {"input": {"jobId": str(GlobalID("Job", str(job_id))),
                                                           "status": target, "reason": "bench"}}},
                    headers={"Authorization": f"Bearer {token}"})
                body = response.json()
                if body.get("errors") or body["data"]["jobSetStatus"]["userErrors"]:
                    errors += 1

            for index in range(total_moves):
                await asyncio.sleep(max(0.0, started + index * interval - time.monotonic()))
                task = asyncio.create_task(move(index))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
                sent += 1
            if in_flight:
                await asyncio.gather(*in_flight)
        send_seconds = time.monotonic() - started
        await asyncio.sleep(args.drain)

        latencies = sorted(latency for c in clients for latency in c.latencies)
        received = sum(c.received for c in clients)
        for c in clients:
            if c.conn is not None:
                await c.conn.close()
        for c in clients:
            if c.task is not None:
                c.task.cancel()
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
        return {
            "clients": args.clients, "processes": args.processes, "broadcast": broadcast.split("://")[0],
            "connect_s": round(connect_seconds, 1), "failed_clients": len(failed),
            "moves_sent": sent, "move_errors": errors, "achieved_rate": round(sent / send_seconds, 1),
            "received": received, "lost": sent - errors - received,
            "p50_ms": round(quantiles[49] * 1000, 1), "p99_ms": round(quantiles[98] * 1000, 1),
            "max_ms": round(latencies[-1] * 1000, 1) if latencies else None,
            "rss_before_mib": [round(r / 1024, 1) for r in rss_before],
            "rss_after_mib": [round(r / 1024, 1) for r in rss_after],
            "kib_per_connection": round((sum(rss_after) - sum(rss_before)) / args.clients, 1),
            "first_error": failed[0].error if failed else None,
        }
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        drop_database(args.server_url, name)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fanout", description=__doc__.splitlines()[0])
    parser.add_argument("--server-url", default=os.environ.get("BENCH_SERVER_URL",
                                                               "postgresql://postgres@127.0.0.1:5432/postgres"),
                        help="A PostgreSQL server (any database) to create the bench database on.")
    parser.add_argument("--clients", type=int, default=1000, help="WebSocket clients (one job each).")
    parser.add_argument("--processes", type=int, default=1, choices=(1, 2, 3, 4))
    parser.add_argument("--broadcast", default=None, help="Override BROADCAST_URL (e.g. redis://…).")
    parser.add_argument("--rate", type=float, default=50, help="Moves per second.")
    parser.add_argument("--duration", type=float, default=20, help="Seconds of moves.")
    parser.add_argument("--drain", type=float, default=5, help="Seconds to wait for the last events.")
    parser.add_argument("--batch", type=int, default=250, help="Clients connecting at once.")
    parser.add_argument("--port", type=int, default=18700)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
