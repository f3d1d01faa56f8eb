"""Request ids in the logs: in production every line is one JSON object carrying the request's id."""

from __future__ import annotations

import io
import json
import logging

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from app.request_ids import JsonFormatter, RequestIdFilter, RequestIdMiddleware, json_log_config
from app.settings import Settings


def test_json_logs_are_the_default_in_production_only() -> None:
    assert Settings(app_env="production").json_logs
    assert not Settings(app_env="development").json_logs
    assert Settings(app_env="development", log_format="json").json_logs
    assert not Settings(app_env="production", log_format="text").json_logs


async def test_each_log_line_is_json_with_the_request_id_of_the_request_that_wrote_it() -> None:
    # given a logger writing JSON, and an app that logs while serving
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("tests.request_ids")
    logger.addHandler(handler)
    logger.propagate = False

    async def hello(request: Request) -> PlainTextResponse:
        logger.warning("serving %s", request.url.path)
        return PlainTextResponse("hi")

    app = RequestIdMiddleware(Starlette(routes=[Route("/hello", hello)]))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            given = await http.get("/hello", headers={"X-Request-ID": "abc-123"})
            made_up = await http.get("/hello")
        logger.warning("outside any request")
    finally:
        logger.removeHandler(handler)
    # then every line is a JSON object with the request id the response carried (none outside a request)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in lines] == ["serving /hello", "serving /hello", "outside any request"]
    assert [line["requestId"] for line in lines] == ["abc-123", made_up.headers["x-request-id"], None]
    assert given.headers["x-request-id"] == "abc-123"
    assert {line["level"] for line in lines} == {"WARNING"} and all(line["time"] for line in lines)


def test_the_json_log_config_covers_uvicorn_and_the_root_logger() -> None:
    config = json_log_config()
    assert config["root"]["handlers"] == ["stderr"]
    assert set(config["loggers"]) == {"uvicorn", "uvicorn.error", "uvicorn.access"}
    assert config["formatters"]["json"]["()"].endswith("JsonFormatter")
