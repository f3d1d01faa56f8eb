"""Reading a GraphQL multipart upload without holding more than the size limit in memory."""

from __future__ import annotations

import inspect
from typing import Any

from resolvers import files

READ_CHUNK = 1024 * 1024


async def read_upload(upload: Any, limit: int = files.MAX_BYTES) -> tuple[bytes | None, int, str | None]:
    """(bytes, size, client's file name) of an upload; bytes is None when it is over `limit` bytes (then
    nothing more than the limit is held in memory)."""
    filename = getattr(upload, "filename", None)
    declared = getattr(upload, "size", None)
    if isinstance(declared, int) and declared > limit:
        return None, declared, filename
    chunks: list[bytes] | None = []
    total = 0
    while True:
        chunk = upload.read(READ_CHUNK)
        if inspect.isawaitable(chunk):
            chunk = await chunk
        if not chunk:
            break
        total += len(chunk)
        if chunks is not None and total <= limit:
            chunks.append(chunk)
        else:
            chunks = None
    return (b"".join(chunks) if chunks is not None else None), total, filename
