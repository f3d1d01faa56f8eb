"""The GraphQL endpoint as a Starlette-mountable ASGI app, with the endpoint's security baseline.

Mount it for both HTTP and WebSocket on the same path::

    graphql = GraphQLApp(schema, production=settings.is_production,
                         allowed_origins={"https://portal.example.com"})
    app = Starlette(routes=[Route("/graphql", graphql), WebSocketRoute("/graphql", graphql)])

Subclass it to build the request context (``get_context``) and to authenticate WebSocket connections
(``authenticate_connection``).

HTTP
  * POST with ``Content-Type: application/json`` only. Form posts (``application/x-www-form-urlencoded``,
    ``text/plain``) get 400 from strawberry. ``multipart/form-data`` (file uploads) is accepted only with a
    non-empty CSRF-safe header (``Apollo-Require-Preflight``, ``X-Apollo-Operation-Name`` or
    ``GraphQL-Require-Preflight``), which a plain HTML form can't send and which makes a cross-origin
    ``fetch`` preflighted; strawberry 0.341 does not check this itself.
  * GET: in production every GET gets 405 (no queries over GET, no GraphiQL). In development GET serves
    GraphiQL and runs queries; mutations over GET are refused by strawberry (400) in every mode.
  * A JSON array body (batching) is refused with 400.
  * A body that is not a JSON object (``null``, ``"x"``, ``1``), not UTF-8, or nested deeper than
    ``MAX_JSON_DEPTH`` is refused with 400 (a clear message, never a 500). Size limits are the
    ``app.body_limits`` middleware's, which runs before this app reads anything.
  * Each request is counted in ``app.metrics`` (operation name, outcome, latency); GraphQL errors carry the
    request's id in ``extensions.requestId`` (see ``app.request_ids``).
  * Subscriptions are refused over HTTP (400): they run on the WebSocket only.
WebSocket
  * Only the ``graphql-transport-ws`` subprotocol (the legacy ``graphql-ws`` is closed with 4406).
  * A handshake whose ``Origin`` is present and is neither the request's own host nor in ``allowed_origins``
    is refused before it is accepted (HTTP 403; strawberry's check, which compares host and port with the
    ``Host`` header or trusts ``Sec-Fetch-Site: same-origin``).
  * ``connection_init`` must arrive within ``connection_init_wait_timeout`` (else 4408), is passed to
    :meth:`GraphQLApp.authenticate_connection` (4403 when it returns False), and a ``subscribe`` before it is
    closed with 4401 (strawberry's protocol handler). The timer stops when ``connection_init`` arrives, not
    when authentication ends: a client whose credentials are being checked (e.g. waiting for the database
    pool while thousands reconnect at once) is not a silent client, and closing it with 4408 would only make
    it come back and start over.
  * Keep-alive is ONE layer, and by default not this one: the server (uvicorn, see ``app.cli.WS_PING_INTERVAL``)
    sends WebSocket ping frames. A ping frame is answered by the client's WebSocket stack (browsers do it
    without any JavaScript), handled inside uvicorn's protocol object without entering the app (a timer per
    socket; no task, no JSON, no ASGI message), and a peer that does not answer within the timeout is dropped,
    which the graphql-transport-ws ``ping`` cannot do (the protocol leaves answering to the application, and
    we never waited for the ``pong``). Both layers at once cost a quarter of a process holding 10,000 sockets
    (bench/RESULTS.md, the fan-out section). ``keep_alive_interval`` turns protocol pings on for a deployment
    behind something that swallows ping frames; the server then sends ``{"type": "ping"}`` that often after
    ``connection_ack``. A client's own ``ping`` is always answered with ``pong``.
  * At most ``max_subscriptions_per_connection`` operations run at once on a connection; one more gets an
    ``error`` message with ``extensions.code = "TOO_MANY_SUBSCRIPTIONS"`` (the connection stays open).
  * A frame that is not a graphql-transport-ws message (binary, not JSON, nested too deeply, not an object,
    a ``subscribe`` whose ``payload`` is not ``{query, variables?, operationName?, extensions?}``…) closes the
    connection with 4400 and a reason saying what was wrong; never an exception.
  * Every ``subscribe`` (queries and mutations over the socket too) first asks
    :meth:`GraphQLApp.authorize_operation`; False closes the connection with 4403.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterable, Mapping
from contextlib import suppress
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Final

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import GraphQLError, get_operation_ast, parse
from graphql import OperationType as AstOperationType
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.http.parse_content_type import parse_content_type
from strawberry.http.typevars import Context, RootValue
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    Message,
    SubscribeMessage,
)
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from app.body_limits import BodyTooLarge, replay
from app.compiled import RawData, encode_response, response_tail
from app.metrics import WEBSOCKET_OPERATIONS, WEBSOCKETS_OPEN, operation_label, outcome_of, record_graphql_request
from app.request_ids import request_id_of

if TYPE_CHECKING:
    from starlette.types import Message as ASGIMessage
    from starlette.types import Receive, Scope, Send
    from strawberry.schema import BaseSchema
    from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import Operation

__all__ = [
    "BAD_MESSAGE_CLOSE_CODE",
    "FORBIDDEN_CLOSE_CODE",
    "MAX_JSON_DEPTH",
    "PREFLIGHT_HEADERS",
    "GraphQLApp",
    "GuardedTransportWSHandler",
    "json_depth",
    "message_problem",
]

logger = logging.getLogger(__name__)

PREFLIGHT_HEADERS: Final = (
    "apollo-require-preflight",
    "x-apollo-operation-name",
    "graphql-require-preflight",
)
"""A multipart POST must carry one of these, non-empty (Apollo's CSRF prevention)."""

MAX_JSON_DEPTH: Final = 64
"""How deeply arrays and objects may nest in a request body (variables included)."""

OPERATION_KEY: Final = "dop.operation"
OUTCOME_KEY: Final = "dop.outcome"
TAIL_KEY: Final = "dop.tail"
"""The request scope's key for the response's members after `data` (`response_tail`) when all of `data` came from
a compiled statement and there was no error (what `GraphQLApp.remember_answer` may keep)."""
_PLAIN_HEADERS: Final = [b"content-length", b"content-type"]


def json_depth(value: object, *, stop_after: int = MAX_JSON_DEPTH) -> int:
    """How deeply `value` nests (a scalar is 0), counted without recursion; stops counting past `stop_after`."""
    deepest = 0
    pending: list[tuple[object, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > stop_after:
                return deepest
            pending.extend((child, depth) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


BAD_MESSAGE_CLOSE_CODE: Final = 4400
"""graphql-transport-ws: the frame is not a valid message."""
FORBIDDEN_CLOSE_CODE: Final = 4403
"""graphql-transport-ws: the connection may not (or may no longer) run operations."""
_OPTIONAL_OBJECT: Final = (dict, type(None))
_OPTIONAL_STRING: Final = (str, type(None))


def message_problem(message: object) -> str | None:
    """What makes `message` (a decoded text frame) not a graphql-transport-ws message; None when it is one.

    Unknown ``type`` values are left to strawberry (it closes with 4400 "Unknown message type").
    """
    if not isinstance(message, dict):
        return "A message must be a JSON object"
    kind = message.get("type")
    if not isinstance(kind, str):
        return "A message needs a string 'type'"
    if kind in ("connection_init", "ping", "pong"):
        if not isinstance(message.get("payload"), _OPTIONAL_OBJECT):
            return f"The 'payload' of '{kind}' must be an object"
    elif kind in ("subscribe", "complete"):
        operation_id = message.get("id")
        if not isinstance(operation_id, str) or not operation_id:
            return f"'{kind}' needs a non-empty string 'id'"
        if kind == "subscribe":
            return _subscribe_payload_problem(message.get("payload"))
    return None


def _subscribe_payload_problem(payload: object) -> str | None:
    if not isinstance(payload, dict):
        return "The 'payload' of 'subscribe' must be an object"
    if not isinstance(payload.get("query"), str):
        return "The 'payload' of 'subscribe' needs a string 'query'"
    for name, kinds in (("variables", _OPTIONAL_OBJECT), ("operationName", _OPTIONAL_STRING),
                        ("extensions", _OPTIONAL_OBJECT)):
        if not isinstance(payload.get(name), kinds):
            shape = "an object" if kinds is _OPTIONAL_OBJECT else "a string"
            return f"'{name}' in the 'payload' of 'subscribe' must be {shape} (or null)"
    return None


def _is_json_post(scope: Scope) -> bool:
    """A POST whose body is JSON (what strawberry parses as JSON: any ``application/json`` content type)."""
    if scope["method"] != "POST":
        return False
    content_type = Headers(scope=scope).get("content-type") or ""
    return parse_content_type(content_type)[0] == "application/json"


def _is_subscription(query: str, operation_name: str | None) -> bool:
    try:
        operation = get_operation_ast(parse(query), operation_name)
    except GraphQLError:
        return False
    return operation is not None and operation.operation is AstOperationType.SUBSCRIPTION


class GuardedTransportWSHandler(BaseGraphQLTransportWSHandler[Context, RootValue]):
    """Strawberry's graphql-transport-ws handler, plus authentication (at `connection_init` and before every
    operation), keep-alive, a coded limit, and a 4400 close for every malformed frame."""

    keep_alive_task: asyncio.Task[None] | None = None

    async def handle(self) -> None:
        try:
            await super().handle()
        except RecursionError:  # json.loads of a frame nested thousands deep
            await self.close_quietly(BAD_MESSAGE_CLOSE_CODE, "WebSocket message is nested too deeply")
        except HTTPException as error:  # `GraphQLApp.decode_json` refuses a frame as it refuses a body
            await self.close_quietly(BAD_MESSAGE_CLOSE_CODE, error.reason.replace("request body", "message"))

    async def handle_message(self, message: Message) -> None:
        problem = message_problem(message)
        if problem is not None:
            await self.close_quietly(BAD_MESSAGE_CLOSE_CODE, problem)
            return
        await super().handle_message(message)

    async def close_quietly(self, code: int, reason: str) -> None:
        """Close the connection; nothing happens when it is already closed."""
        with suppress(WebSocketDisconnected, RuntimeError, OSError):
            await self.websocket.close(code=code, reason=reason[:120])

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        payload = message.get("payload", {})
        view = self.view
        # Duplicate inits, timed-out connections and bad payloads are strawberry's to handle (4429/4400).
        if (isinstance(view, GraphQLApp) and isinstance(payload, dict) and not self.connection_init_received
                and not self.connection_timed_out):
            # `connection_init` has arrived: the init timer has done its job (strawberry would stop it only
            # after authentication, which may wait for the database pool).
            self.stop_init_timer()
            try:
                allowed = await view.authenticate_connection(payload, getattr(self.websocket, "ws", None))
            except Exception:
                logger.exception("authenticate_connection failed")
                await self._close_unless_timed_out(1011, "Internal error")
                return
            if not allowed:
                await self._close_unless_timed_out(4403, "Forbidden")
                return
        was_acknowledged = self.connection_acknowledged
        await super().handle_connection_init(message)
        if self.connection_acknowledged and not was_acknowledged and isinstance(view, GraphQLApp):
            view.connection_opened(self)
        if (self.connection_acknowledged and self.keep_alive_task is None and view.keep_alive
                and view.keep_alive_interval):  # off by default: see the module's docstring
            self.keep_alive_task = asyncio.create_task(self._keep_alive(view.keep_alive_interval))

    def stop_init_timer(self) -> None:
        """Stop waiting for `connection_init` (4408 can no longer happen on this connection)."""
        if self.connection_init_timeout_task is not None:
            self.connection_init_timeout_task.cancel()

    async def _close_unless_timed_out(self, code: int, reason: str) -> None:
        self.connection_init_received = True
        if self.connection_init_timeout_task:
            self.connection_init_timeout_task.cancel()
        if not self.connection_timed_out:
            await self.websocket.close(code=code, reason=reason)

    async def _keep_alive(self, interval: float) -> None:
        with suppress(WebSocketDisconnected, RuntimeError, OSError):  # the socket went away
            while True:
                await asyncio.sleep(interval)
                await self.send_message({"type": "ping"})

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and isinstance(self.view, GraphQLApp):
            try:
                allowed = await self.view.authorize_operation(self)
            except Exception:
                logger.exception("authorize_operation failed")
                await self.close_quietly(1011, "Internal error")
                return
            if not allowed:
                await self.close_quietly(FORBIDDEN_CLOSE_CODE, "Forbidden: sign in again")
                return
        limit = self.max_subscriptions_per_connection
        if (self.connection_acknowledged and message["id"] not in self.operations and limit is not None
                and len(self.operations) >= limit):
            error = GraphQLError(f"Too many active subscriptions on this connection (at most {limit}); "
                                 "complete one first.", extensions={"code": "TOO_MANY_SUBSCRIPTIONS"})
            await self.send_message({"id": message["id"], "type": "error", "payload": [error.formatted]})
            return
        await super().handle_subscribe(message)

    async def run_operation(self, operation: Operation[Context, RootValue]) -> None:
        WEBSOCKET_OPERATIONS.inc()
        try:
            await super().run_operation(operation)
        finally:
            WEBSOCKET_OPERATIONS.dec()

    async def stop_subscriptions(self, message: str, code: str) -> int:
        """End every running subscription with an ``error`` message (``extensions.code`` = `code`), so that
        the client subscribes again; queries and mutations in flight finish. Returns how many ended."""
        stopped = 0
        for operation in list(self.operations.values()):
            if operation.completed or not _is_subscription(operation.query, operation.operation_name):
                continue
            error = GraphQLError(message, extensions={"code": code})
            with suppress(WebSocketDisconnected, RuntimeError, OSError):
                await operation.send_operation_message(
                    {"id": operation.id, "type": "error", "payload": [error.formatted]})
            if operation.task is not None:
                operation.task.cancel()
            stopped += 1
        return stopped

    async def shutdown(self) -> None:
        if self.connection_acknowledged and isinstance(self.view, GraphQLApp):
            self.view.connection_closed(self)
        if self.keep_alive_task is not None:
            self.keep_alive_task.cancel()
            with suppress(Exception, asyncio.CancelledError):
                await self.keep_alive_task
        await super().shutdown()


class GraphQLApp(GraphQL[Context, RootValue]):
    """``strawberry.asgi.GraphQL`` with the endpoint's security baseline (see the module's docstring).

    ``production``: no GraphiQL and no GET at all. ``allowed_origins``: the origins, besides the app's own,
    whose pages may open a WebSocket (e.g. ``{"http://127.0.0.1:8000"}``, or the portal's origin when it is
    served elsewhere). ``multipart_uploads_enabled``: accept GraphQL multipart uploads (with a preflight
    header). ``keep_alive_interval``: seconds between graphql-transport-ws ``ping`` messages; None (the
    default) sends none, the server's WebSocket ping frames being the one keep-alive layer (module docstring).
    """

    def __init__(
        self,
        schema: BaseSchema,
        *,
        production: bool,
        allowed_origins: Iterable[str] = (),
        max_subscriptions_per_connection: int = 100,
        keep_alive_interval: float | None = None,
        connection_init_wait_timeout: timedelta = timedelta(seconds=10),
        multipart_uploads_enabled: bool = True,
        preflight_headers: Iterable[str] = PREFLIGHT_HEADERS,
    ) -> None:
        super().__init__(
            schema,
            graphql_ide=None if production else "graphiql",
            allow_queries_via_get=not production,
            keep_alive=keep_alive_interval is not None,
            keep_alive_interval=keep_alive_interval or 0,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=connection_init_wait_timeout,
            multipart_uploads_enabled=multipart_uploads_enabled,
            max_subscriptions_per_connection=max_subscriptions_per_connection,
            allowed_origins=tuple(sorted(set(allowed_origins))),
        )
        self.production = production
        self.graphql_transport_ws_handler_class = GuardedTransportWSHandler[Context, RootValue]
        self.preflight_headers = tuple(header.lower() for header in preflight_headers)

    async def authenticate_connection(self, payload: dict[str, object], websocket: WebSocket | None) -> bool:
        """Whether a ``connection_init`` payload may open the WebSocket connection (False: closed with 4403).

        Called once per connection, before ``on_ws_connect`` and before ``connection_ack``; messages wait
        meanwhile. Override it (e.g. to check a token in ``payload`` or the session cookie on
        ``websocket``). An exception closes the connection with 1011. The context was built when the socket
        opened; to put the authenticated viewer in it, keep it on ``websocket.state`` and copy it in
        ``on_ws_connect(context)``, which strawberry calls next (with ``connection_params`` = ``payload``).
        """
        return True

    async def authorize_operation(self, handler: GuardedTransportWSHandler[Context, RootValue]) -> bool:
        """Whether an acknowledged connection may start one more operation (False: closed with 4403).

        Called before every ``subscribe`` message (queries and mutations over the socket included), so a
        session or token that ended since ``connection_init`` stops working at once. Override it to check
        the credentials again (and, if the viewer changed, to update ``handler.context``). An exception
        closes the connection with 1011.
        """
        return True

    def connection_opened(self, handler: GuardedTransportWSHandler[Context, RootValue]) -> None:
        """A connection was acknowledged (after ``on_ws_connect``): e.g. register it to watch its access."""

    def connection_closed(self, handler: GuardedTransportWSHandler[Context, RootValue]) -> None:
        """An acknowledged connection ended (its operations are being cancelled)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.production and scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            response = PlainTextResponse("GraphQL over GET is disabled; use POST with JSON.", status_code=405,
                                         headers={"Allow": "POST"})
            await response(scope, receive, send)
            return
        if scope["type"] == "websocket":
            WEBSOCKETS_OPEN.inc()
            try:
                await super().__call__(scope, receive, send)
            finally:
                WEBSOCKETS_OPEN.dec()
            return
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        await self._measured(scope, receive, send)

    remembers_answers: bool = False
    """Whether plain JSON POSTs are read up front and offered to `answer_known` (and, once answered the full way,
    to `remember_answer`)."""

    async def answer_known(self, scope: Scope, body: bytes) -> str | None:
        """The JSON body of the answer to a POST (`Content-Type: application/json`, `body` its bytes) answered
        without strawberry, or None for the full path. Set ``scope[OPERATION_KEY]`` for the metrics. Override it
        with `remember_answer` (see `app.compiled.known`)."""
        return None

    def remember_answer(self, scope: Scope, body: bytes) -> None:
        """The full path answered this POST with 200, ``Content-Type: application/json`` and no other header
        (``scope`` holds what the request left there)."""

    async def _measured(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one HTTP request, counting it by operation and outcome with its latency (`app.metrics`)."""
        started, status, plain = time.perf_counter(), 500, False

        async def send_watched(message: ASGIMessage) -> None:
            nonlocal status, plain
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = message.get("headers") or []
                plain = (sorted(bytes(name).lower() for name, _ in headers) == _PLAIN_HEADERS
                         and (b"content-type", b"application/json") in [(bytes(n).lower(), bytes(v))
                                                                        for n, v in headers])
            await send(message)

        body: bytes | None = None
        try:
            if self.remembers_answers and _is_json_post(scope):
                body = await Request(scope, receive).body()  # the limits' middleware counts it, as before
                receive = replay(body, receive)
                answered = await self.answer_known(scope, body)
                if answered is not None:
                    scope[OUTCOME_KEY] = "ok"
                    await Response(answered, media_type="application/json")(scope, receive, send_watched)
                    return
            await super().__call__(scope, receive, send_watched)
            if body is not None and status == 200 and plain and scope.get(OUTCOME_KEY) == "ok":
                self.remember_answer(scope, body)
        except BodyTooLarge:
            status = 413
            raise
        finally:
            record_graphql_request(scope.get(OPERATION_KEY, "anonymous"), outcome_of(status, scope.get(OUTCOME_KEY)),
                                   time.perf_counter() - started)

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: RootValue | None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Strawberry's, except that subscriptions are refused over plain HTTP (they belong on the WebSocket).

        Strawberry would run a subscription's root resolver as if it were a query field.
        """
        request.scope[OPERATION_KEY] = operation_label(request_data.operation_name, request_data.query)
        allowed = OperationType.from_http(request_adapter.method) - {OperationType.SUBSCRIPTION}
        if not self.allow_queries_via_get and request_adapter.method == "GET":
            allowed -= {OperationType.QUERY}
        try:
            return await self.schema.execute(
                request_data.query,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=allowed,
                operation_extensions=request_data.extensions,
            )
        except CannotGetOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason()) from error
        except InvalidOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason(request_adapter.method)) from error
        except MissingQueryError as error:
            raise HTTPException(400, "No GraphQL query found in the request") from error

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        """Strawberry's, with the request's id in every error's ``extensions.requestId``."""
        response = await super().process_result(request, result)
        errors: Any = response.get("errors")
        request.scope[OUTCOME_KEY] = "error" if errors else "ok"
        if not errors and isinstance(response.get("data"), RawData):
            request.scope[TAIL_KEY] = response_tail(dict(response))
        request_id = request_id_of(request.scope)
        if isinstance(errors, list) and request_id:
            for error in errors:
                if isinstance(error, dict):
                    error["extensions"] = {**(error.get("extensions") or {}), "requestId": request_id}
        return response

    def encode_json(self, data: object) -> str | bytes:
        """Strawberry's, except that a compiled read's `data` (JSON texts from PostgreSQL) is spliced as is."""
        if isinstance(data, dict):
            spliced = encode_response(data)
            if spliced is not None:
                return spliced
        return super().encode_json(data)

    def decode_json(self, data: str | bytes) -> object:
        """The body as JSON: UTF-8, at most ``MAX_JSON_DEPTH`` deep, else a 400 that says why."""
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as error:
                raise HTTPException(400, "The request body is not valid UTF-8.") from error
        try:
            value = json.loads(data)
        except RecursionError as error:
            raise HTTPException(400, f"The request body nests deeper than {MAX_JSON_DEPTH} levels.") from error
        if json_depth(value) > MAX_JSON_DEPTH:
            raise HTTPException(400, f"The request body nests deeper than {MAX_JSON_DEPTH} levels.")
        return value

    def parse_json(self, data: str | bytes) -> object:
        """A JSON object (or an array, refused later as a batch); anything else is a 400."""
        value = super().parse_json(data)
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The request body must be a JSON object with a `query` string "
                                     '(e.g. {"query": "{ __typename }"}).')
        return value

    def has_preflight_header(self, headers: Mapping[str, str]) -> bool:
        return any(headers.get(name, "").strip() for name in self.preflight_headers)

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData:
        content_type, _ = parse_content_type(request.content_type or "")
        if (request.method == "POST" and content_type == "multipart/form-data"
                and not self.has_preflight_header(request.headers)):
            raise HTTPException(400, "Multipart requests need a non-empty 'Apollo-Require-Preflight' header "
                                     "(or 'X-Apollo-Operation-Name').")
        data = await super().parse_http_body(request)
        if isinstance(data, list):
            raise HTTPException(400, "Batching is not enabled")
        return data
