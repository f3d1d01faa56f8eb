"""Who is on the other end of the request, for the sign-in rate limits and the session's record."""

from __future__ import annotations

from schema.context import Info


def client_of(info: Info) -> tuple[str | None, str | None]:
    """The client's address and user agent, when the request is HTTP (or a WebSocket) at all."""
    request = info.context.request
    client = getattr(request, "client", None)
    headers = getattr(request, "headers", None)
    address = getattr(client, "host", None)
    agent = headers.get("user-agent") if headers is not None else None
    return (address if isinstance(address, str) else None), (agent if isinstance(agent, str) else None)
