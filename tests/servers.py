"""Servers that tests start in a process of their own: wait until `/readyz` answers, stop them afterwards."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx


@asynccontextmanager
async def ready_process(process: asyncio.subprocess.Process, base_url: str, *, within: float, poll: float,
                        exited: Callable[[], str]) -> AsyncIterator[str]:
    """`base_url` once the server `process` answers `/readyz` with 200 (`exited()` says why, should it die first);
    the process is terminated (killed after 15 s) when the block ends."""
    try:
        async with httpx.AsyncClient() as http, asyncio.timeout(within):
            while True:
                assert process.returncode is None, exited()
                try:
                    if (await http.get(f"{base_url}/readyz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(poll)
        yield base_url
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
                await process.wait()
