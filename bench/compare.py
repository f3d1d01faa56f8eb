"""Side by side over HTTP: our server, PostGraphile v4 and the hand-written SQL floor, in one run.

    uv run python -m bench.compare [--database-url postgresql://postgres@127.0.0.1:5432/dop_bench_side]
        [--duration 10] [--connections 4] [--regenerate] [--only search]

One command does everything (bench/README.md, "Side by side"):

1. **The database.** Creates the database named by ``--database-url`` if it does not exist and loads it with
   ``bench.generate`` (5,000 customers, seed 1, today 2026-11-23) unless it already holds that many
   customers (``--regenerate`` loads it again). Then adds what the run needs and the generator does not make:
   an office user with a session and an API token of the property manager (ours), and
   ``bench_search_customers(term)``, our search written as a SQL function for PostGraphile (which has no
   trigram search of its own).
2. **The servers**, one process each, on the same database, access logs off: ours (``uvicorn
   app.asgi:create_app``, ``APP_ENV=production``), PostGraphile v4 (``npx postgraphile@4 -c URL -s public``,
   ``NODE_ENV=production``, query log off) and the floor (``bench.floor_server``: the statements of
   ``bench.floor`` behind a bare Starlette endpoint, their JSON spliced into the response as text).
3. **The check, before any timing.** Every request body a scenario will send (each search term) is sent
   once to every server; each answer must have no errors, be non-empty, and have the same row counts on
   every server (properties, jobs, invoices…: see ``SCENARIOS``). A broken query is not measured as fast.
4. **The load**: ``wrk`` (Debian's package) at ``--connections`` connections, a short warm-up, then
   ``--duration`` seconds per server and scenario, all three servers in the same run so that the ratios are
   comparable on a shared machine. It prints the markdown table and the load average (``uptime``).

The three scenarios are those of the issue's table: the property manager's page as its API token,
the jobs page of the busiest non-manager customer as the office, and a misspelt-name search (top 10) as
the office, cycling through ``--terms`` misspelt names.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from strawberry.relay import GlobalID

from app.database import libpq_url
from bench import floor

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/dop_bench_side"
CUSTOMERS = 5000
SEED = 1
TODAY = date(2026, 11, 23)
OFFICE_USERNAME = "bench-office"
SECRET_KEY = "bench-compare-not-a-secret-0123456789abcdef"

SEARCH_FUNCTION = r"""
CREATE OR REPLACE FUNCTION bench_search_customers(term text) RETURNS SETOF customer
LANGUAGE sql STABLE AS $$
  -- Our `customers(search:)` (resolvers/customers.py customers_statement, as the office) for a name, for
  -- PostGraphile: the floor's CUSTOMER_SEARCH_SQL (bench/floor.py) as a function.
  SELECT c.* FROM customer c
   WHERE c.merged_into_id IS NULL
     AND c.id IN (SELECT id FROM customer WHERE emails @> ARRAY[lower(term)]
                  UNION ALL
                  SELECT id FROM customer WHERE name_key = lower(regexp_replace(term, '[^[:alnum:]]+', '', 'g'))
                  UNION ALL
                  SELECT id FROM customer
                   WHERE billing_name_key = lower(regexp_replace(term, '[^[:alnum:]]+', '', 'g'))
                  UNION ALL
                  SELECT id FROM customer WHERE term <% display_name
                  UNION ALL
                  SELECT id FROM customer WHERE term <% billing_name
                  UNION ALL
                  SELECT id FROM customer WHERE display_name % term
                  UNION ALL
                  SELECT id FROM customer WHERE billing_name % term
                  UNION ALL
                  SELECT id FROM customer WHERE length(term) >= 3 AND search_text LIKE '%' || replace(replace(replace(
                         lower(term), '\', '\\'), '%', '\%'), '_', '\_') || '%'
                  UNION ALL
                  SELECT customer_id FROM property WHERE length(term) >= 3 AND search_text LIKE '%' || replace(replace(
                         replace(lower(term), '\', '\\'), '%', '\%'), '_', '\_') || '%')
   ORDER BY CASE WHEN c.emails @> ARRAY[lower(term)]
                   OR c.name_key = lower(regexp_replace(term, '[^[:alnum:]]+', '', 'g'))
                   OR c.billing_name_key = lower(regexp_replace(term, '[^[:alnum:]]+', '', 'g'))
                 THEN 0 ELSE 1 END,
            greatest(word_similarity(term, c.display_name), word_similarity(term, c.billing_name),
                     similarity(c.display_name, term), similarity(c.billing_name, term)) DESC NULLS LAST,
            c.id
$$
"""

# ------------------------------------------------------------------------------------------------ queries

OURS_PM = """query PropertyManagerPage($id: ID!) { node(id: $id) { ... on Customer { id properties(first: 40) {
  nodes { id name address { line1 city } jobs(first: 10) { nodes { id scheduledStart status
  invoices { number status total { cents } } } } } } } } }"""
OURS_JOBS = """query CustomerJobsPage($id: ID!) { node(id: $id) { ... on Customer { id jobs(first: 50) { nodes {
  id scheduledStart status property { id name } services { description quantity unitPrice { cents } }
  invoice { number status total { cents } } } } } } }"""
OURS_SEARCH = """query Search($term: String!) { customers(search: $term, first: 10) { nodes { id displayName } } }"""

PG_PM = """query PropertyManagerPage($id: BigInt!) { customerById(id: $id) { nodeId
  propertiesByCustomerId(first: 40, orderBy: [NAME_ASC, ID_ASC]) { nodes { nodeId name addressLine1 city
    jobsByPropertyId(first: 10, orderBy: [SCHEDULED_START_DESC, ID_DESC]) { nodes { nodeId scheduledStart status
      invoiceJobsByJobId(orderBy: [INVOICE_ID_ASC]) { nodes { invoiceByInvoiceId { number status totalCents } } }
} } } } } }"""
PG_JOBS = """query CustomerJobsPage($id: BigInt!) { customerById(id: $id) { nodeId
  jobsByCustomerId(first: 50, orderBy: [SCHEDULED_START_DESC, ID_DESC]) { nodes { nodeId scheduledStart status
    propertyByPropertyId { nodeId name }
    jobLinesByJobId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { description quantity unitPriceCents } }
    invoiceJobsByJobId(first: 1, orderBy: [INVOICE_ID_DESC]) {
      nodes { invoiceByInvoiceId { number status totalCents } } }
} } } }"""
PG_SEARCH = """query Search($term: String!) { benchSearchCustomers(term: $term, first: 10) {
  nodes { nodeId displayName } } }"""

Path_ = tuple[str, ...]
Counts = dict[str, int]


def follow(values: list[Any], chain: Sequence[Path_]) -> list[Any]:
    """The objects reached from `values` through each path of `chain` in turn (a list is all its items)."""
    for path in chain:
        reached: list[Any] = []
        for value in values:
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, list):
                reached.extend(item for item in value if item is not None)
            elif value is not None:
                reached.append(value)
        values = reached
    return values


@dataclass(frozen=True)
class Shape:
    """Where a server's answer keeps each kind of row: name → chain of paths from `data`."""

    rows: dict[str, tuple[Path_, ...]]

    def counts(self, data: Any) -> Counts:
        return {name: len(follow([data], chain)) for name, chain in self.rows.items()}


@dataclass(frozen=True)
class Scenario:
    name: str
    key: str
    shapes: dict[str, Shape]
    """Per server (ours, postgraphile, floor)."""
    bodies: dict[str, Callable[[Any], dict[str, Any]]]
    """Per server: the request body for one parameter value."""


SCENARIOS: list[Scenario] = [
    Scenario(
        "property manager page (40 properties × 10 jobs × invoices)", "pm",
        shapes={
            "ours": Shape({"properties": (("node", "properties", "nodes"),),
                           "jobs": (("node", "properties", "nodes"), ("jobs", "nodes")),
                           "invoices": (("node", "properties", "nodes"), ("jobs", "nodes"), ("invoices",))}),
            "postgraphile": Shape({
                "properties": (("customerById", "propertiesByCustomerId", "nodes"),),
                "jobs": (("customerById", "propertiesByCustomerId", "nodes"), ("jobsByPropertyId", "nodes")),
                "invoices": (("customerById", "propertiesByCustomerId", "nodes"), ("jobsByPropertyId", "nodes"),
                             ("invoiceJobsByJobId", "nodes"), ("invoiceByInvoiceId",))}),
            "floor": Shape({"properties": (("customer", "properties", "nodes"),),
                            "jobs": (("customer", "properties", "nodes"), ("jobs", "nodes")),
                            "invoices": (("customer", "properties", "nodes"), ("jobs", "nodes"), ("invoices",))}),
        },
        bodies={
            "ours": lambda pk: {"query": OURS_PM, "variables": {"id": str(GlobalID("Customer", str(pk)))}},
            "postgraphile": lambda pk: {"query": PG_PM, "variables": {"id": str(pk)}},
            "floor": lambda pk: {"scenario": "property_manager_page", "params": {"customer_id": pk}},
        },
    ),
    Scenario(
        "customer jobs page (50 jobs, property, services, invoice)", "jobs",
        shapes={
            "ours": Shape({"jobs": (("node", "jobs", "nodes"),),
                           "properties": (("node", "jobs", "nodes"), ("property",)),
                           "services": (("node", "jobs", "nodes"), ("services",)),
                           "invoices": (("node", "jobs", "nodes"), ("invoice",))}),
            "postgraphile": Shape({
                "jobs": (("customerById", "jobsByCustomerId", "nodes"),),
                "properties": (("customerById", "jobsByCustomerId", "nodes"), ("propertyByPropertyId",)),
                "services": (("customerById", "jobsByCustomerId", "nodes"), ("jobLinesByJobId", "nodes")),
                "invoices": (("customerById", "jobsByCustomerId", "nodes"), ("invoiceJobsByJobId", "nodes"),
                             ("invoiceByInvoiceId",))}),
            "floor": Shape({"jobs": (("customer", "jobs", "nodes"),),
                            "properties": (("customer", "jobs", "nodes"), ("property",)),
                            "services": (("customer", "jobs", "nodes"), ("services",)),
                            "invoices": (("customer", "jobs", "nodes"), ("invoice",))}),
        },
        bodies={
            "ours": lambda pk: {"query": OURS_JOBS, "variables": {"id": str(GlobalID("Customer", str(pk)))}},
            "postgraphile": lambda pk: {"query": PG_JOBS, "variables": {"id": str(pk)}},
            "floor": lambda pk: {"scenario": "customer_jobs_page", "params": {"customer_id": pk}},
        },
    ),
    Scenario(
        "misspelt-name search (top 10)", "search",
        shapes={
            "ours": Shape({"customers": (("customers", "nodes"),)}),
            "postgraphile": Shape({"customers": (("benchSearchCustomers", "nodes"),)}),
            "floor": Shape({"customers": (("customers", "nodes"),)}),
        },
        bodies={
            "ours": lambda term: {"query": OURS_SEARCH, "variables": {"term": term}},
            "postgraphile": lambda term: {"query": PG_SEARCH, "variables": {"term": term}},
            "floor": lambda term: {"scenario": "customers_search", "params": {"term": term}},
        },
    ),
]

SERVERS = ("ours", "postgraphile", "floor")
BASELINE = "before"
"""With `--baseline PATH`: our server once more, from another checkout (A/B in the same run); it is asked as ours."""


def as_ours(name: str) -> str:
    """The server whose queries, shapes and credentials `name` uses (the baseline is ours from other code)."""
    return "ours" if name == BASELINE else name

# ------------------------------------------------------------------------------------------------ database


def ensure_database(url: str) -> None:
    """Create the database named by `url` when it does not exist (through the server's `postgres` database)."""
    target = libpq_url(url)
    name = target.rsplit("/", 1)[1].split("?", 1)[0]
    admin = target.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')  # a name from our own URL, quoted
            print(f"created database {name}")


def customer_count(url: str) -> int:
    with psycopg.connect(libpq_url(url)) as conn:
        exists = conn.execute("SELECT to_regclass('public.customer')").fetchone()
        if not exists or exists[0] is None:
            return 0
        row = conn.execute("SELECT count(*) FROM customer").fetchone()
        return int(row[0]) if row else 0


def prepare_database(url: str, regenerate: bool) -> None:
    from bench.generate import generate

    ensure_database(url)
    if regenerate or customer_count(url) != CUSTOMERS:
        print(f"loading {CUSTOMERS} customers with bench.generate (seed {SEED}, today {TODAY}) …", flush=True)
        generate(url, CUSTOMERS, SEED, truncate=True, today=TODAY)
    else:
        from app.migrations import upgrade

        upgrade(url)  # a database loaded by an older checkout: our server refuses to start behind the code
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute(SEARCH_FUNCTION)


@dataclass
class Credentials:
    office_cookie: str
    pm_token: str


async def issue_credentials(url: str, pm_customer_id: int) -> Credentials:
    """An office session and an API token of the property manager, through the business functions."""
    import sqlalchemy as sa
    from sqlmodel import col

    from app.cli import business_sessions
    from app.database import create_engine
    from auth.sessions import SESSION_COOKIE, start_session
    from auth.tokens import create_api_token
    from auth.viewer import Viewer
    from models import User
    from models.enums import Role
    from resolvers.users import create_user

    engine = create_engine(url)
    try:
        async with business_sessions(engine)() as session, session.begin():
            office = (await session.execute(sa.select(User).where(col(User.username) == OFFICE_USERNAME)
                                            )).scalar_one_or_none()
            if office is None:
                office = await create_user(session, role=Role.OFFICE, username=OFFICE_USERNAME,
                                           email="bench-office@example.com")
            assert office.id is not None
            _, session_token = await start_session(session, office.id)
            _, token = await create_api_token(session, Viewer(role=Role.OFFICE, user_id=office.id),
                                              customer_id=pm_customer_id, name="bench.compare")
        return Credentials(office_cookie=f"{SESSION_COOKIE}={session_token}", pm_token=token)
    finally:
        await engine.dispose()


# ------------------------------------------------------------------------------------------------ servers


@dataclass
class Server:
    name: str
    port: int
    path: str
    command: list[str]
    env: dict[str, str]
    log: Path
    ready_body: dict[str, Any] | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def start(self) -> None:
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(self.command, env={**os.environ, **self.env}, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise SystemExit(f"{self.name} exited ({self.process.returncode}); see {self.log}:\n"
                                 + self.log.read_text()[-3000:])
            with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                if self.ready_body is None:
                    with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=5) as response:
                        if response.status == 200:
                            return
                else:
                    status, _ = post(self.url, self.ready_body, {})
                    if status == 200:
                        return
            time.sleep(0.5)
        raise SystemExit(f"{self.name} not ready after {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        """Stop the process group this server was started in (npx starts npm, a shell and node)."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def servers(url: str, base_port: int, workdir: Path, baseline: Path | None = None) -> dict[str, Server]:
    uvicorn = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--no-access-log", "--log-level", "warning"]
    ours_port, pg_port, floor_port = base_port, base_port + 1, base_port + 2
    ours_env = {"DATABASE_URL": url, "APP_ENV": "production", "SECRET_KEY": SECRET_KEY,
                "PUBLIC_URL": f"http://127.0.0.1:{ours_port}", "BROADCAST_URL": "memory://",
                "VAR_DIR": str(workdir / "var"), "LOG_FORMAT": "text"}
    before: dict[str, Server] = {}
    if baseline is not None:
        port = base_port + 3
        before[BASELINE] = Server(BASELINE, port, "/graphql",
                                  [*uvicorn, "--port", str(port), "--app-dir", str(baseline), "--factory",
                                   "app.asgi:create_app"],
                                  {**ours_env, "PUBLIC_URL": f"http://127.0.0.1:{port}",
                                   "VAR_DIR": str(workdir / "var-before")},
                                  workdir / "before.log")
    return {**before,
        "ours": Server("ours", ours_port, "/graphql",
                       [*uvicorn, "--port", str(ours_port), "--factory", "app.asgi:create_app"],
                       ours_env, workdir / "ours.log"),
        "postgraphile": Server("postgraphile", pg_port, "/graphql",
                               ["npx", "-y", "postgraphile@4", "-c", libpq_url(url), "-s", "public",
                                "-n", "127.0.0.1", "-p", str(pg_port), "--disable-query-log"],
                               {"NODE_ENV": "production"}, workdir / "postgraphile.log",
                               ready_body={"query": "{ __typename }"}),
        "floor": Server("floor", floor_port, "/", [*uvicorn, "--port", str(floor_port), "bench.floor_server:app"],
                        {"DATABASE_URL": url}, workdir / "floor.log",
                        ready_body={"scenario": "search_customers", "params": {"term": "smith"}}),
    }


@contextlib.contextmanager
def running(all_servers: dict[str, Server]) -> Iterator[None]:
    try:
        for server in all_servers.values():
            server.start()
        for server in all_servers.values():
            server.wait_ready()
        yield
    finally:
        for server in all_servers.values():
            server.stop()


# ------------------------------------------------------------------------------------------------ check


def post(url: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def check(scenario: Scenario, values: Sequence[Any], all_servers: dict[str, Server],
          headers: dict[str, dict[str, str]]) -> Counts:
    """Every body of the scenario on every server: no errors, non-empty, the same row counts everywhere.

    Returns the row counts summed over `values`, for the table."""
    totals: Counts = {}
    for value in values:
        seen: dict[str, Counts] = {}
        for name, server in all_servers.items():
            status, answer = post(server.url, scenario.bodies[as_ours(name)](value), headers[as_ours(name)])
            if status != 200 or not isinstance(answer, dict) or answer.get("errors") or not answer.get("data"):
                raise SystemExit(f"{scenario.name}: {name} answered {status} for {value!r}: {str(answer)[:1000]}")
            counts = scenario.shapes[as_ours(name)].counts(answer["data"])
            if not any(counts.values()):
                raise SystemExit(f"{scenario.name}: {name} answered no rows for {value!r}: {str(answer)[:500]}")
            seen[name] = counts
        if len({json.dumps(counts, sort_keys=True) for counts in seen.values()}) != 1:
            raise SystemExit(f"{scenario.name}: the servers disagree on the rows for {value!r}: {seen}")
        for key, count in seen["ours"].items():
            totals[key] = totals.get(key, 0) + count
    return totals


# ------------------------------------------------------------------------------------------------ load

WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
{headers}
local bodies = {{
{bodies}
}}
local index = 0
if #bodies == 1 then
  wrk.body = bodies[1]
else
  request = function()
    index = index % #bodies + 1
    return wrk.format(nil, nil, nil, bodies[index])
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"status":%d,"connect":%d,"read":%d,' ..
    '"write":%d,"timeout":%d}}\\n', summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), e.status, e.connect, e.read, e.write, e.timeout))
end
"""


def lua_string(text: str) -> str:
    if "]==]" in text:
        raise ValueError("body contains ]==]")
    return f"[==[{text}]==]"


def wrk_script(bodies: Sequence[dict[str, Any]], headers: dict[str, str]) -> str:
    return WRK_SCRIPT.format(
        headers="\n".join(f"wrk.headers[ {lua_string(k)} ] = {lua_string(v)}" for k, v in headers.items()),
        bodies=",\n".join(lua_string(json.dumps(body, separators=(",", ":"))) for body in bodies))


@dataclass
class Load:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def median_load(loads: Sequence[Load]) -> Load:
    """The round with the median rate (its own p50 and p99 with it)."""
    ordered = sorted(loads, key=lambda load: load.rate)
    return ordered[(len(ordered) - 1) // 2]


def drive(url: str, script: Path, seconds: float, connections: int, threads: int) -> Load:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "60s", "-s", str(script),
               url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"^WRK (\{.*\})$", output, re.MULTILINE)
    if match is None:
        raise SystemExit(f"wrk printed no summary:\n{output}")
    numbers = json.loads(match.group(1))
    errors = {key: numbers[key] for key in ("status", "connect", "read", "write", "timeout") if numbers[key]}
    return Load(numbers["requests"], numbers["duration_us"] / 1e6, numbers["p50_us"] / 1000,
                numbers["p99_us"] / 1000, errors)


@contextlib.contextmanager
def profiling(directory: Path | None, server: Server, key: str, seconds: float) -> Iterator[None]:
    """With a directory: py-spy samples `server` meanwhile, into ``<directory>/<key>.txt`` (collapsed stacks,
    one line per stack and its count, for flamegraph tools or `bench.profile`)."""
    if directory is None or server.process is None:
        yield
        return
    if shutil.which("py-spy") is None:
        raise SystemExit("--profile needs py-spy (uv tool install py-spy)")
    directory.mkdir(parents=True, exist_ok=True)
    command = ["py-spy", "record", "--pid", str(server.process.pid), "--format", "raw", "--rate", "200",
               "--duration", f"{seconds:.0f}", "--nonblocking", "-o", str(directory / f"{key}.txt")]
    spy = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        spy.wait(timeout=seconds + 30)


# ------------------------------------------------------------------------------------------------ run


def uptime() -> str:
    with contextlib.suppress(OSError):
        load = Path("/proc/loadavg").read_text().split()[:3]
        return "load average " + ", ".join(load)
    return "load average unknown"


def commit() -> str:
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True, cwd=Path(__file__).parent).stdout.strip()
    return "unknown"


def number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def run(args: argparse.Namespace) -> None:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    if shutil.which("npx") is None:
        raise SystemExit("npx (Node.js) is missing: PostGraphile runs from npm")
    url = args.database_url
    prepare_database(url, args.regenerate)

    async def parameters() -> dict[str, Any]:
        """bench.floor's picks; of its misspelt names, the first `--terms` our search finds someone for
        (a typo can take a name below the similarity threshold: an empty answer is no search to time)."""
        conn = await floor.connect(url)
        try:
            picked = await floor.pick_parameters(conn, args.terms * 4, SEED)
            terms = []
            for term in picked["terms"]:
                if (await floor.customers_search(conn, term))["customers"]["nodes"]:
                    terms.append(term)
                if len(terms) == args.terms:
                    break
            return {**picked, "terms": terms}
        finally:
            await conn.close()

    params = asyncio.run(parameters())
    credentials = asyncio.run(issue_credentials(url, params["customer_id"]))
    values: dict[str, list[Any]] = {"pm": [params["customer_id"]], "jobs": [params["jobs_customer_id"]],
                                    "search": list(params["terms"])}
    headers = {
        "pm": {"ours": {"Authorization": f"Bearer {credentials.pm_token}"}, "postgraphile": {}, "floor": {}},
        "jobs": {"ours": {"Cookie": credentials.office_cookie}, "postgraphile": {}, "floor": {}},
        "search": {"ours": {"Cookie": credentials.office_cookie}, "postgraphile": {}, "floor": {}},
    }
    scenarios = [scenario for scenario in SCENARIOS if not args.only or scenario.key in args.only]
    load_before = uptime()
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
        workdir = Path(tmp)
        all_servers = servers(url, args.port, workdir, args.baseline)
        rows: list[tuple[Scenario, Counts, dict[str, Load]]] = []
        with running(all_servers):
            print(f"servers ready; property manager {params['customer_id']}, jobs page of customer "
                  f"{params['jobs_customer_id']}, {len(values['search'])} search terms", flush=True)
            for scenario in scenarios:
                counts = check(scenario, values[scenario.key], all_servers, headers[scenario.key])
                print(f"checked {scenario.name}: same rows on every server {counts}", flush=True)
                rounds: dict[str, list[Load]] = {name: [] for name in all_servers}
                for round_ in range(args.rounds):  # the servers take turns, so a burst of load hits each alike
                    for name, server in all_servers.items():
                        script = workdir / f"{scenario.key}-{name}.lua"
                        script.write_text(wrk_script([scenario.bodies[as_ours(name)](v) for v in values[scenario.key]],
                                                     headers[scenario.key][as_ours(name)]))
                        drive(server.url, script, args.warmup, args.connections, args.threads)
                        spied = args.profile if name == "ours" and round_ == 0 else None
                        with profiling(spied, server, scenario.key, args.duration):
                            load = drive(server.url, script, args.duration, args.connections, args.threads)
                        if load.errors:
                            raise SystemExit(f"{scenario.name}: {name} had errors under load: {load.errors}")
                        rounds[name].append(load)
                        print(f"  {name:<13}{load.rate:>9.1f} req/s  p50 {load.p50_ms:.1f} ms  "
                              f"p99 {load.p99_ms:.1f} ms", flush=True)
                rows.append((scenario, counts, {name: median_load(loads) for name, loads in rounds.items()}))
    print()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit()}, {load_before} before the "
          f"run, {uptime().removeprefix('load average ')} after, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; wrk -t{args.threads} -c{args.connections} -d{args.duration:g}s, "
          f"median of {args.rounds} round(s)")
    print()
    a_b = args.baseline is not None
    print("| scenario | ours req/s | PostGraphile 4 req/s | floor req/s | ours p50 ms | PostGraphile p50 ms "
          "| floor p50 ms | ours / PostGraphile req/s | ours p50 / floor p50 |"
          + (" before req/s | before p50 ms | before / PostGraphile | before p50 / floor p50 |" if a_b else ""))
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
          + (" ---: | ---: | ---: | ---: |" if a_b else ""))
    for scenario, _, loads in rows:
        ours, peer, bottom = loads["ours"], loads["postgraphile"], loads["floor"]
        extra = ""
        if a_b:
            before = loads[BASELINE]
            extra = (f" {number(before.rate)} | {before.p50_ms:.1f} | {before.rate / peer.rate:.2f} "
                     f"| {before.p50_ms / bottom.p50_ms:.1f}× |")
        print(f"| {scenario.name} | {number(ours.rate)} | {number(peer.rate)} | {number(bottom.rate)} "
              f"| {ours.p50_ms:.1f} | {peer.p50_ms:.1f} | {bottom.p50_ms:.1f} "
              f"| {ours.rate / peer.rate:.2f} | {ours.p50_ms / bottom.p50_ms:.1f}× |{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL),
                        help="a database of its own: it is created and loaded when needed (default %(default)s)")
    parser.add_argument("--regenerate", action="store_true", help="load the database again even if it is loaded")
    parser.add_argument("--duration", type=float, default=10, help="seconds of load per server and scenario")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of untimed load first")
    parser.add_argument("--rounds", type=int, default=1, help="measure each server this many times, taking "
                        "turns, and report the median round (steadier ratios on a shared machine)")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--terms", type=int, default=200, help="misspelt names the search cycles through")
    parser.add_argument("--port", type=int, default=8101, help="ours on this port, PostGraphile +1, floor +2")
    parser.add_argument("--profile", type=Path, help="sample our server with py-spy into this directory "
                        "during each timed run (the numbers of such a run are not comparable)")
    parser.add_argument("--baseline", type=Path, help="a checkout of other code (e.g. a `git worktree` of main): "
                        "our server from it runs beside ours in every round, as `before` (A/B in one run)")
    parser.add_argument("--only", action="append", choices=[s.key for s in SCENARIOS],
                        help="run this scenario only (repeatable)")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
