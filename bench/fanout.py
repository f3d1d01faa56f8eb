"""Live fan-out: N WebSocket clients, each subscribed to its own job, while jobs move at a steady rate; then
(with `--storm`) every server restarted at once and every client back.

Measures, per run:
* delivery latency from the move's commit to the client (p50/p99; the move's `changedAt`, stamped in the
  transaction just before it commits, to the client's receipt, same machine clock), lost events (moves no
  client received by the end of a drain period) and the moves per second achieved against the rate asked;
* server memory per connection: RSS of the server process(es) once every client is subscribed, minus before
  any connected, divided by N; and the time to connect them all;
* with `--storm`: every server killed (SIGKILL: all N connections dropped at the same instant) and started
  again on its port; the seconds from the kill until every client has reconnected, authenticated, subscribed
  and received its first message; how many first messages were not the job's current state (read from the
  database before the kill; it must be 0); and the servers' RSS once all are back, beside the RSS before.

    uv run python -m bench.fanout --clients 10000 --processes 1 --rate 100 --duration 30 --storm
    uv run python -m bench.fanout --clients 10000 --processes 2 --broadcast redis://127.0.0.1:6379/0 --storm

One process uses the `memory://` broadcast; two use PostgreSQL LISTEN/NOTIFY (`--broadcast redis://…` to pick
Redis). A fresh database is created, migrated, seeded (one customer, property and job per client, an office
user) and dropped at the end. Moves are office corrections (Pending ↔ On the Way) sent as `jobSetStatus` over
HTTP, spread over the processes; clients connect round-robin over the processes.

The clients live in `--client-processes` worker processes of their own (`python -m bench.fanout worker`,
driven over stdin/stdout with one JSON line per command), so the load generator is not what limits the
server; the harness raises its open-files limit (and so the servers' and workers') to the hard limit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import resource
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
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUBSCRIBE = "subscription($id: ID!) { jobStatusChanged(jobId: $id) { snapshot status changedAt } }"
MOVE = ("mutation($input: JobSetStatusInput!) { jobSetStatus(input: $input) { job { status } "
        "userErrors { message } } }")


def raise_open_files_limit() -> int:
    """Raise this process's (and so its children's) open-files limit to the hard limit; returns it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def rss_kib(pid: int) -> int:
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total = int(line.split()[1])
    return total


def progress(text: str) -> None:
    print(f"{datetime.now(UTC):%H:%M:%S} {text} (load {load_average()})", file=sys.stderr, flush=True)


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def database_with(server_url: str) -> tuple[str, str]:
    name = f"dop_bench_fanout_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    from sqlalchemy.engine import make_url

    return name, make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def current_statuses(database_url: str) -> dict[int, str]:
    """Each job's status as the database has it now (the GraphQL enum's names)."""
    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        rows = conn.execute("SELECT id, status::text FROM job").fetchall()
    return {int(job_id): str(status).upper() for job_id, status in rows}


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
    from app.cli import websocket_options

    ws = websocket_options()  # as `dop serve` runs uvicorn: its implementation and its one keep-alive layer
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--ws", ws["ws"], "--ws-ping-interval", str(ws["ws_ping_interval"]),
         "--ws-ping-timeout", str(ws["ws_ping_timeout"]), "--log-level", "warning", "--backlog", "4096"],
        cwd=PROJECT_ROOT, env=env,
    )


async def wait_ready(base: str, within: float = 60) -> None:
    async with httpx.AsyncClient() as http, asyncio.timeout(within):
        while True:
            try:
                if (await http.get(f"{base}/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)


# ---------------------------------------------------------------------------------------------------------
# The client worker: `python -m bench.fanout worker`, one JSON command per stdin line, one JSON answer each.


class Client:
    """One WebSocket client, subscribed to its job; reconnects (jittered backoff) whenever it is dropped."""

    def __init__(self, job_id: int, base: str, token: str) -> None:
        self.job_id = job_id
        self.url = base.replace("http://", "ws://") + "/graphql"
        self.token = token
        self.latencies: list[float] = []
        self.received = 0
        self.subscribed = asyncio.Event()
        self.stopping = False
        self.connections = 0
        self.errors: list[str] = []
        self.first_after: tuple[float, bool, str] | None = None
        """(when, snapshot?, status) of the first message on the latest connection."""
        self.task: asyncio.Task[None] | None = None

    async def run(self) -> None:
        attempt = 0
        while not self.stopping:
            try:
                await self._session()
                attempt = 0
            except Exception as error:  # noqa: BLE001 - a dropped or refused connection: retry
                if len(self.errors) < 3:
                    self.errors.append(f"{type(error).__name__}: {error}")
            if self.stopping:
                return
            # Jittered backoff, 0.1 s up to 2 s: N clients do not come back in lockstep.
            await asyncio.sleep(random.uniform(0.05, min(2.0, 0.1 * 2 ** attempt)))
            attempt += 1

    async def _session(self) -> None:
        async with connect(self.url, subprotocols=[Subprotocol("graphql-transport-ws")], proxy=None,
                           open_timeout=60, ping_interval=None, compression=None, close_timeout=1) as conn:
            self.connections += 1
            self.first_after = None
            await conn.send(json.dumps({"type": "connection_init",
                                        "payload": {"authorization": f"Bearer {self.token}"}}))
            await conn.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
                "query": SUBSCRIBE, "variables": {"id": str(GlobalID("Job", str(self.job_id)))}}}))
            async for raw in conn:
                now = time.time()
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "ping":
                    await conn.send('{"type":"pong"}')
                    continue
                if kind != "next":
                    if kind == "error" and len(self.errors) < 3:
                        self.errors.append(str(message)[:300])
                    continue
                event = message["payload"]["data"]["jobStatusChanged"]
                if self.first_after is None:
                    self.first_after = (now, bool(event["snapshot"]), event["status"])
                if event["snapshot"]:
                    self.subscribed.set()
                    continue
                self.received += 1
                changed = datetime.fromisoformat(event["changedAt"]).timestamp()
                self.latencies.append(now - changed)


class Worker:
    def __init__(self, jobs: list[int], bases: list[str], token: str, offset: int) -> None:
        self.clients = [Client(job_id, bases[(offset + index) % len(bases)], token)
                        for index, job_id in enumerate(jobs)]

    async def connect(self, batch: int) -> dict[str, Any]:
        started = time.monotonic()
        for start in range(0, len(self.clients), batch):
            group = self.clients[start:start + batch]
            for client in group:
                client.task = asyncio.create_task(client.run())
            await asyncio.wait_for(asyncio.gather(*(c.subscribed.wait() for c in group)), 300)
        return {"seconds": time.monotonic() - started}

    def storm_status(self, expected: dict[str, str], since: float) -> dict[str, Any]:
        """How many clients got a first message on a connection opened after `since`, and how many of those
        first messages were not a snapshot of the job's current (`expected`) status."""
        firsts = [(c.job_id, c.first_after) for c in self.clients
                  if c.first_after is not None and c.first_after[0] > since]
        wrong = [first for job_id, first in firsts if not first[1] or first[2] != expected[str(job_id)]]
        return {"back": len(firsts), "wrong": len(wrong),
                "last": max((first[0] for _, first in firsts), default=None), "example_wrong": wrong[:3]}

    def report(self) -> dict[str, Any]:
        return {"latencies": [round(x, 5) for c in self.clients for x in c.latencies],
                "received": sum(c.received for c in self.clients),
                "connections": sum(c.connections for c in self.clients),
                "errors": [e for c in self.clients for e in c.errors][:5]}

    async def stop(self) -> None:
        for client in self.clients:
            client.stopping = True
            if client.task is not None:
                client.task.cancel()
        await asyncio.gather(*(c.task for c in self.clients if c.task is not None), return_exceptions=True)


async def worker_main() -> None:
    raise_open_files_limit()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=2**26)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    setup = json.loads(await reader.readline())
    worker = Worker(setup["jobs"], setup["bases"], setup["token"], setup["offset"])

    def answer(value: Any) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    answer({"ready": True})
    while line := await reader.readline():
        command = json.loads(line)
        kind = command["cmd"]
        if kind == "connect":
            answer(await worker.connect(command["batch"]))
        elif kind == "storm_status":
            answer(worker.storm_status(command["expected"], command["since"]))
        elif kind == "report":
            answer(worker.report())
        elif kind == "stop":
            await worker.stop()
            answer({"stopped": True})
            return


class WorkerProcess:
    """The harness's handle on one client worker."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, jobs: list[int], bases: list[str], token: str, offset: int) -> WorkerProcess:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.fanout", "worker", cwd=PROJECT_ROOT,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=2**26)
        worker = cls(process)
        await worker.ask({"jobs": jobs, "bases": bases, "token": token, "offset": offset})
        return worker

    async def ask(self, command: dict[str, Any]) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()
        line = await self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"client worker exited ({self.process.returncode})")
        return json.loads(line)

    async def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, BrokenPipeError, ConnectionResetError):
            await asyncio.wait_for(self.ask({"cmd": "stop"}), 30)
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()


# ---------------------------------------------------------------------------------------------------------
# The harness.


def stop_servers(processes: list[subprocess.Popen[bytes]], *, kill: bool = False) -> None:
    for process in processes:
        if kill:
            process.kill()
        else:
            process.terminate()
    for process in processes:
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def moves(args: argparse.Namespace, bases: list[str], job_ids: list[int], token: str) -> dict[str, Any]:
    """`rate` moves per second for `duration` seconds, each job in turn (Pending ↔ On the Way)."""
    status: dict[int, str] = dict.fromkeys(job_ids, "PENDING")
    sent = errors = 0
    interval = 1 / args.rate
    total = int(args.rate * args.duration)
    started = time.monotonic()
    in_flight: set[asyncio.Task[None]] = set()
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=200)) as http:

        async def move(index: int) -> None:
            nonlocal errors
            job_id = job_ids[index % len(job_ids)]
            target = "ON_THE_WAY" if status[job_id] == "PENDING" else "PENDING"
            status[job_id] = target
            try:
                response = await http.post(bases[index % len(bases)] + "/graphql", json={
                    "query": MOVE, "variables": {"input": {"jobId": str(GlobalID("Job", str(job_id))),
                                                           "status": target, "reason": "bench"}}},
                    headers={"Authorization": f"Bearer {token}"})
                body = response.json()
                if body.get("errors") or body["data"]["jobSetStatus"]["userErrors"]:
                    errors += 1
            except (httpx.HTTPError, ValueError):
                errors += 1

        for index in range(total):
            await asyncio.sleep(max(0.0, started + index * interval - time.monotonic()))
            task = asyncio.create_task(move(index))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            sent += 1
        if in_flight:
            await asyncio.gather(*in_flight)
    return {"sent": sent, "errors": errors, "seconds": time.monotonic() - started}


async def storm(args: argparse.Namespace, database_url: str, broadcast: str, ports: list[int],
                processes: list[subprocess.Popen[bytes]], workers: list[WorkerProcess]) -> dict[str, Any]:
    """Kill every server at once, start them again, and wait until every client is back and subscribed."""
    expected = {str(job_id): status for job_id, status in current_statuses(database_url).items()}
    rss_before = [rss_kib(p.pid) for p in processes]
    killed_at = time.time()
    stop_servers(processes, kill=True)
    processes[:] = [start_server(database_url, broadcast, port) for port in ports]
    for port in ports:
        await wait_ready(f"http://127.0.0.1:{port}")
    ready_s = time.time() - killed_at
    back = wrong = 0
    last: float | None = None
    examples: list[Any] = []
    deadline = time.monotonic() + args.storm_timeout
    while time.monotonic() < deadline:
        answers = [await w.ask({"cmd": "storm_status", "expected": expected, "since": killed_at}) for w in workers]
        back = sum(a["back"] for a in answers)
        wrong = sum(a["wrong"] for a in answers)
        lasts = [a["last"] for a in answers if a["last"] is not None]
        last = max(lasts) if lasts else None
        examples = [e for a in answers for e in a["example_wrong"]][:3]
        if back >= args.clients:
            break
        await asyncio.sleep(0.5)
    await asyncio.sleep(2)
    rss_after = [rss_kib(p.pid) for p in processes]
    return {
        "storm_servers_ready_s": round(ready_s, 1),
        "storm_all_back_s": round(last - killed_at, 1) if last is not None and back >= args.clients else None,
        "storm_back": back, "storm_wrong_first_message": wrong, "storm_wrong_examples": examples,
        "storm_rss_before_mib": [round(r / 1024, 1) for r in rss_before],
        "storm_rss_after_mib": [round(r / 1024, 1) for r in rss_after],
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from app.migrations import upgrade

    open_files = raise_open_files_limit()
    if open_files < args.clients // args.processes + 1000:  # a server holds its share of the sockets
        raise SystemExit(f"the open-files limit ({open_files}) is too low for {args.clients} clients")
    name, database_url = database_with(args.server_url)
    processes: list[subprocess.Popen[bytes]] = []
    workers: list[WorkerProcess] = []
    started_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    loads = {"load_start": load_average()}
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

        share = -(-len(job_ids) // args.client_processes)
        workers = [await WorkerProcess.start(job_ids[i:i + share], bases, token, i)
                   for i in range(0, len(job_ids), share)]
        connect_started = time.monotonic()
        batch = max(1, args.batch // len(workers))
        await asyncio.gather(*(w.ask({"cmd": "connect", "batch": batch}) for w in workers))
        connect_seconds = time.monotonic() - connect_started
        progress(f"{args.clients} clients subscribed in {connect_seconds:.1f} s")
        await asyncio.sleep(2)
        rss_after = [rss_kib(p.pid) for p in processes]
        loads["load_moves"] = load_average()

        progress(f"moving {args.rate}/s for {args.duration} s")
        moved = await moves(args, bases, job_ids, token)
        await asyncio.sleep(args.drain)
        reports = [await w.ask({"cmd": "report"}) for w in workers]
        latencies = sorted(x for r in reports for x in r["latencies"])
        received = sum(r["received"] for r in reports)
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
        result: dict[str, Any] = {
            "started": started_at, "clients": args.clients, "processes": args.processes,
            "broadcast": broadcast.split("://")[0], "client_processes": len(workers),
            "connect_s": round(connect_seconds, 1),
            "moves_asked_per_s": args.rate, "moves_sent": moved["sent"], "move_errors": moved["errors"],
            "achieved_rate": round(moved["sent"] / moved["seconds"], 1),
            "received": received, "lost": moved["sent"] - moved["errors"] - received,
            "p50_ms": round(quantiles[49] * 1000, 1), "p99_ms": round(quantiles[98] * 1000, 1),
            "max_ms": round(latencies[-1] * 1000, 1) if latencies else None,
            "rss_before_mib": [round(r / 1024, 1) for r in rss_before],
            "rss_after_mib": [round(r / 1024, 1) for r in rss_after],
            "kib_per_connection": round((sum(rss_after) - sum(rss_before)) / args.clients, 1),
            "client_errors": [e for r in reports for e in r["errors"]][:3],
        }
        progress("moves: " + json.dumps({k: result[k] for k in (
            "connect_s", "achieved_rate", "move_errors", "lost", "p50_ms", "p99_ms", "max_ms", "kib_per_connection")}))
        if args.storm:
            progress("storm: killing every server")
            result |= await storm(args, database_url, broadcast, ports, processes, workers)
        result |= loads | {"load_end": load_average()}
        return result
    finally:
        for worker in workers:
            await worker.close()
        stop_servers(processes)
        drop_database(args.server_url, name)


def main() -> None:
    if sys.argv[1:2] == ["worker"]:
        asyncio.run(worker_main())
        return
    parser = argparse.ArgumentParser(prog="python -m bench.fanout", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--server-url", default=os.environ.get("BENCH_SERVER_URL",
                                                               "postgresql://postgres@127.0.0.1:5432/postgres"),
                        help="A PostgreSQL server (any database) to create the bench database on.")
    parser.add_argument("--clients", type=int, default=1000, help="WebSocket clients (one job each).")
    parser.add_argument("--processes", type=int, default=1, choices=(1, 2, 3, 4))
    parser.add_argument("--broadcast", default=None, help="Override BROADCAST_URL (e.g. redis://…).")
    parser.add_argument("--rate", type=float, default=100, help="Moves per second.")
    parser.add_argument("--duration", type=float, default=20, help="Seconds of moves.")
    parser.add_argument("--drain", type=float, default=5, help="Seconds to wait for the last events.")
    parser.add_argument("--batch", type=int, default=500, help="Clients connecting at once (over all workers).")
    parser.add_argument("--client-processes", type=int, default=2, help="Worker processes holding the clients.")
    parser.add_argument("--storm", action="store_true",
                        help="After the moves, kill every server at once, restart it, wait for every client.")
    parser.add_argument("--storm-timeout", type=float, default=180, help="Give up waiting after this long.")
    parser.add_argument("--port", type=int, default=18700)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    # SIGPIPE stays ignored (Python's default): with it at SIG_DFL, a write to a socket the peer had closed (an
    # HTTP keep-alive connection a server timed out, a dropped WebSocket) killed the harness silently (exit 141).
    main()
