"""The floor over HTTP: `bench.floor`'s hand-written statements behind a bare Starlette endpoint.

    DATABASE_URL=postgresql://… uv run uvicorn bench.floor_server:app --port 8102

`POST /` with ``{"scenario": "<name in bench.floor.SCENARIOS>", "params": {…}}`` answers
``{"data": {<key>: <the statement's JSON>}}``. The JSON PostgreSQL built is spliced into the response as
text, never decoded: this is the least any server can do to answer the same data over HTTP, the lower
bound `bench.compare` measures the GraphQL servers against. A fixed set of connections (``FLOOR_POOL``,
default 8) is shared by the requests, each statement server-side prepared on each connection.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, LiteralString

import psycopg
from psycopg.types.string import TextLoader
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bench import floor

KEYS: dict[str, str] = {
    "property_manager_page": "customer",
    "customer_jobs_page": "customer",
    "search_customers": "searchCustomers",
    "customers_search": "customers",
}
"""The key under `data` each scenario's JSON goes to (what `bench.floor`'s functions return)."""

POOL: asyncio.Queue[psycopg.AsyncConnection[Any]] = asyncio.Queue()


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    url = os.environ["DATABASE_URL"]
    connections = []
    for _ in range(int(os.environ.get("FLOOR_POOL", "8"))):
        conn = await floor.connect(url)
        conn.adapters.register_loader("json", TextLoader)  # the JSON stays text: spliced, not parsed
        connections.append(conn)
        POOL.put_nowait(conn)
    try:
        yield
    finally:
        for conn in connections:
            await conn.close()


async def answer(request: Request) -> Response:
    body = json.loads(await request.body())
    name = body.get("scenario")
    if name not in floor.SCENARIOS:
        return JSONResponse({"errors": [{"message": f"unknown scenario {name!r}"}]}, status_code=400)
    query: LiteralString = floor.SCENARIOS[name][0]
    params: dict[str, Any] = body.get("params") or {}
    conn = await POOL.get()
    try:
        cursor = await conn.execute(query, params, prepare=True)
        row = await cursor.fetchone()
    finally:
        POOL.put_nowait(conn)
    value = row[0] if row and row[0] is not None else "null"
    return Response(f'{{"data":{{"{KEYS[name]}":{value}}}}}', media_type="application/json")


app = Starlette(routes=[Route("/", answer, methods=["POST"])], lifespan=lifespan)
