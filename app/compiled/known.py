"""Known answers: a POST the full path already answered with one compiled statement is answered again, for the
same credential and the same bytes, without strawberry, and with the viewer read in the same round trip.

Why: once a page compiles, what is left of a request is fixed cost (py-spy of the jobs page, bench/RESULTS.md):
two round trips (the viewer's statement, then the answer), strawberry's view, schema and extension runner,
SQLAlchemy's connection and cursor layers. PostGraphile and the floor make one round trip.

What is remembered, per **(Content-Type, Accept, body bytes, the credential's hash)**: the compiled statement,
the viewer it was compiled for (without its session id, as `CompiledReads` keys its plans), the rest of the
response (`extensions.cost`) and the operation's metrics label. Only after the full path answered that very
request with `200`, `Content-Type: application/json` and no other header, with `data` wholly from the statement
and no error. Everything the full path decided besides the viewer — the body's JSON and depth, the parse and its
limits, validation (whose rules depend on the viewer's role, which is in the viewer), the cost budget, the input
guard, compilability, the response's `extensions` (only the cost today; an extension whose results vary per
request would have to keep its requests out of here) — depends only on those bytes and headers, so it holds again
for the same bytes; the body limits and the request id are middlewares and still run on every request, and the
request is counted in the metrics as before.

What is not remembered, and runs every time: **who the viewer is.** The viewer's own statement
(`auth.authenticate.viewer_lookup`: the session or token, revoked, expired, locked, portal access…) is sent
with the remembered statement in one pipeline on one connection (psycopg pipeline mode: both sent, then both
read; one round trip) and the answer is used only when the viewer read now is the one the statement was compiled
for. Any other viewer (a revoked session reads as anonymous, a narrowed one has other property ids), or any
failure, and the request goes the full way as if nothing were remembered: revocation applies to the very next
request, as before. Both statements run in one implicit transaction (one Sync): the answer is a read, and the
viewer's statement only touches the session's `last_seen_at` (at most once a minute).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Final

from sqlalchemy.ext.asyncio import AsyncEngine

from app.compiled import GENERIC_PLANS
from app.compiled.compiler import Statement
from app.compiled.lru import Lru
from auth.authenticate import ViewerLookup
from auth.viewer import ANONYMOUS, Viewer

__all__ = ["Known", "KnownAnswers", "run_known"]

KNOWN: Final = 1024
"""Requests remembered (least recently used out): each holds its body and shares its statement with the plans."""
KNOWN_BODY_BYTES: Final = 16_384
"""Longer bodies are not remembered (nor looked up): 1,024 of them stay within 16 MiB. A page's body is far shorter
(the document cache keeps documents up to 16,384 characters too); padding a body cannot grow memory further."""


@dataclass(frozen=True)
class Known:
    """What the full path answered a request with (see the module)."""

    statement: Statement
    viewer: Viewer
    """The viewer the statement was compiled for, without its session id."""
    tail: str
    """The response's members after `data` as JSON text without braces (e.g. ``"extensions":{…}``), or ""."""
    label: str
    """The operation's label in the metrics."""


class KnownAnswers(Lru[Hashable, Known]):
    """The remembered requests of one app, least recently used out past `maxsize`; `hits` counts answers given."""

    def __init__(self, maxsize: int = KNOWN) -> None:
        super().__init__(maxsize)
        self.hits = 0

    @staticmethod
    def worth_keeping(body: bytes) -> bool:
        return len(body) <= KNOWN_BODY_BYTES


async def run_known(engine: AsyncEngine, lookup: ViewerLookup | None,
                    statement: Statement) -> tuple[Viewer, list[str | None]]:
    """The viewer (`ANONYMOUS` without a lookup) and the statement's row, in one round trip on one connection of
    the autocommit engine (the viewer's statement first). The viewer comes back without its session id."""
    async with engine.connect() as connection:
        if not connection.info.get(GENERIC_PLANS):
            await connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
            connection.info[GENERIC_PLANS] = True
        driver = (await connection.get_raw_connection()).driver_connection
        assert driver is not None
        async with driver.pipeline():
            who = await driver.execute(lookup.sql, lookup.params) if lookup is not None else None
            answer = await driver.execute(statement.sql, statement.params)
        viewer = lookup.viewer(await who.fetchone()) if lookup is not None and who is not None else ANONYMOUS
        row = await answer.fetchone()
    if row is None:
        raise LookupError("a compiled statement returned no row")
    return replace(viewer, session_id=None), list(row)
