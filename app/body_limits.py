"""Request body limits, enforced before anything reads the body (authentication included).

A multipart body (file uploads) may be up to `max_multipart` bytes, any other body up to `max_json`. A request
that declares a larger `Content-Length` is refused before a byte of it is read; a body sent without a length
(chunked) is counted as the app reads it and refused as soon as it passes the limit, so at most the limit
plus one chunk is ever read. The refusal is a 413 with a GraphQL-style JSON error
(`extensions.code = "PAYLOAD_TOO_LARGE"`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from starlette.datastructures import Headers
from starlette.responses import JSONResponse

from app.metrics import BODIES_REFUSED
from app.request_ids import request_id_of

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimitMiddleware", "BodyTooLarge", "error_response"]

log = logging.getLogger(__name__)

_BODYLESS = frozenset({"GET", "HEAD", "OPTIONS"})


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands out `body` once, then waits on the real `receive` (for the disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


class BodyTooLarge(Exception):
    """The request body passed its limit while being read."""


def error_response(scope: Scope, status: int, message: str, code: str, **extensions: Any) -> JSONResponse:
    """A GraphQL-style error body: `{"data": null, "errors": [{message, extensions: {code, requestId, …}}]}`."""
    details: dict[str, Any] = {"code": code, **extensions}
    request_id = request_id_of(scope)
    if request_id:
        details["requestId"] = request_id
    return JSONResponse({"data": None, "errors": [{"message": message, "extensions": details}]},
                        status_code=status)


class BodyLimitMiddleware:
    """Caps request bodies: `max_json` bytes, or `max_multipart` for `multipart/*` (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, max_json: int, max_multipart: int) -> None:
        self.app = app
        self.max_json = max_json
        self.max_multipart = max_multipart

    def limit_for(self, headers: Headers) -> tuple[int, str]:
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type.startswith("multipart/"):
            return self.max_multipart, "multipart"
        return self.max_json, "JSON"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODYLESS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit, kind = self.limit_for(headers)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(scope, 400, "The Content-Length header is not a number.",
                                     "BAD_REQUEST")(scope, receive, send)
                return
            if int(declared) > limit:
                await self.refuse(scope, receive, send, limit, kind)
                return
            await self.within_declared_length(scope, receive, send, limit, kind)
            return
        # No length given (a chunked body): read it here, up to the limit, before the app (and the
        # authentication it does) sees the request; then hand the app what was read.
        chunks: list[bytes] = []
        try:
            async for chunk in self.counting_body(receive, limit):
                chunks.append(chunk)
        except BodyTooLarge:
            await self.refuse(scope, receive, send, limit, kind)
            return
        await self.app(scope, replay(b"".join(chunks), receive), send)

    async def within_declared_length(self, scope: Scope, receive: Receive, send: Send, limit: int, kind: str,
                                     ) -> None:
        """The app reads the body itself; should it bring more than the limit after all, it is cut off."""
        started = False

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, self.counting(receive, limit), watching_send)
        except BodyTooLarge:
            if started:
                log.warning("a request body passed the %s limit after the response started", kind)
                return
            await self.refuse(scope, receive, send, limit, kind)

    @staticmethod
    def counting(receive: Receive, limit: int) -> Receive:
        """`receive`, failing with BodyTooLarge once more than `limit` body bytes came (a lying Content-Length)."""
        consumed = 0

        async def counted() -> Message:
            nonlocal consumed
            message = await receive()
            if message["type"] == "http.request":
                consumed += len(message.get("body", b""))
                if consumed > limit:
                    raise BodyTooLarge
            return message

        return counted

    @staticmethod
    async def counting_body(receive: Receive, limit: int) -> AsyncIterator[bytes]:
        counted = BodyLimitMiddleware.counting(receive, limit)
        while True:
            message = await counted()
            if message["type"] == "http.disconnect":
                return
            yield message.get("body", b"")
            if not message.get("more_body", False):
                return

    @staticmethod
    async def refuse(scope: Scope, receive: Receive, send: Send, limit: int, kind: str) -> None:
        BODIES_REFUSED.labels(kind).inc()
        response = error_response(scope, 413, f"The request body is too large: a {kind} body may have at most "
                                              f"{limit} bytes.", "PAYLOAD_TOO_LARGE", maxBytes=limit)
        response.headers["Connection"] = "close"  # the rest of the body is never read
        await response(scope, receive, send)
