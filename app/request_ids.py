"""A request id per HTTP request or WebSocket: taken from `X-Request-ID` (when sane) or made up, sent back in the
response's `X-Request-ID`, put on every log record (`request_id`) and in GraphQL errors' `extensions.requestId`.

In production the logs are JSON, one object per line (`json_log_config`, which `dop serve` applies).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from starlette.datastructures import Headers, MutableHeaders

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "HEADER",
    "SCOPE_KEY",
    "JsonFormatter",
    "RequestIdFilter",
    "RequestIdMiddleware",
    "current_request_id",
    "json_log_config",
    "request_id_of",
]

HEADER: Final = "X-Request-ID"
SCOPE_KEY: Final = "dop.request_id"
_SANE: Final = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
_current: ContextVar[str | None] = ContextVar("dop_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request this code runs for (None outside a request)."""
    return _current.get()


def request_id_of(scope: Any) -> str | None:
    value = scope.get(SCOPE_KEY) if isinstance(scope, dict) else None
    return value if isinstance(value, str) else None


def _incoming(scope: Scope) -> str:
    given = Headers(scope=scope).get(HEADER)
    if given is not None and _SANE.fullmatch(given):
        return given
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Gives each HTTP request and WebSocket an id (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = _incoming(scope)
        scope[SCOPE_KEY] = request_id
        token = _current.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id if scope["type"] == "http" else send)
        finally:
            _current.reset(token)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, requestId (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "requestId": getattr(record, "request_id", None) or current_request_id(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on each record (`record.request_id`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return True


def json_log_config(level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` (and uvicorn `log_config`): every line JSON on stderr, uvicorn's too."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": f"{__name__}.RequestIdFilter"}},
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"],
                                "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {name: {"handlers": [], "propagate": True, "level": level}
                    for name in ("uvicorn", "uvicorn.error", "uvicorn.access")},
    }
