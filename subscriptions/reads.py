"""Short reads for live delivery, on the app's autocommit engine when it bound one.

Every live event and every (re)subscription reads a row or two in a session of its own (no session stays
open between events). On the ordinary engine such a session costs the pool's pre-ping, BEGIN and ROLLBACK
around its one statement: four round trips where one would do, paid once per subscriber per event and N times
in a reconnect storm. The app binds its autocommit engine (no pre-ping, no transaction) to its session factory
at start-up (`bind_live_reads`); a factory bound to anything else (a test's rolled-back transaction, a script)
keeps its ordinary sessions, so those reads see what the test wrote.

Only single statements belong here: two statements in one such session do not share a snapshot.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

__all__ = ["LIVE_READS_KEY", "bind_live_reads", "live_read"]

LIVE_READS_KEY = "dop.live_reads"
"""Where a session factory's `info` holds the autocommit engine its live reads run on."""


def bind_live_reads(sessions: async_sessionmaker[AsyncSession], engine: AsyncEngine | None) -> None:
    """Live reads through `sessions` run on `engine` (autocommit) from now on; None: ordinary sessions."""
    info = dict(sessions.kw.get("info") or {})
    if engine is None:
        info.pop(LIVE_READS_KEY, None)
    else:
        info[LIVE_READS_KEY] = engine
    sessions.configure(info=info)


def live_read(sessions: async_sessionmaker[AsyncSession]) -> AsyncSession:
    """A session for one statement: on the bound autocommit engine if there is one, else an ordinary one."""
    engine = (sessions.kw.get("info") or {}).get(LIVE_READS_KEY)
    return sessions(bind=engine) if isinstance(engine, AsyncEngine) else sessions()
