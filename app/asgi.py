"""The ASGI application: GraphQL over HTTP and WebSocket, health checks, and the built portal."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket

from adapters.files import FileStore
from adapters.mail import MailWorker
from adapters.payments import gateway_from_settings
from app import compiled
from app.background import PlanSweeper, ReminderSweeper
from app.body_limits import BodyLimitMiddleware
from app.compiled import splice
from app.compiled.known import Known, KnownAnswers, run_known
from app.database import check_connection, create_autocommit_engine, create_engine, create_session_factory
from app.documents import ROUTES
from app.downloads import file_routes, logo_routes
from app.garbage import tune_garbage_collection
from app.graphql_http import OPERATION_KEY, TAIL_KEY, GraphQLApp
from app.graphql_server import build_server_schema
from app.metrics import InstrumentedBroadcaster, metrics_endpoint
from app.migrations import is_up_to_date
from app.request_ids import RequestIdMiddleware
from app.runtime import Runtime, bearer_token, resolve_viewer
from app.settings import PROJECT_ROOT, Settings, get_settings
from app.webhooks import WEBHOOK_PATH, stripe_webhook_endpoint
from app.ws_access import CREDENTIALS_KEY, Credentials, LiveConnections
from auth.authenticate import viewer_lookup
from auth.rate_limits import use_rate_limit_storage
from auth.sessions import SESSION_COOKIE
from auth.viewer import ANONYMOUS, Viewer
from schema.context import Context, build_context
from subscriptions.access import install_access_announcer
from subscriptions.events import bind_broadcast

log = logging.getLogger(__name__)
KNOWN_KEY = "dop.known_key"
"""The request scope's key for what a POST would be remembered under (`app.compiled.known`)."""


async def client_hung_up(request: Request, _exc: Exception) -> Response:
    """The client went away while its request body was being read (a closed tab, a dropped connection). Nothing
    ran and nobody reads an answer; left alone, the server would log it as an exception in the application."""
    log.info("client disconnected before sending the whole request: %s %s", request.method, request.url.path)
    return Response(status_code=400)
PORTAL_DIST = PROJECT_ROOT / "portal-web" / "dist"


class PortalFiles(StaticFiles):
    """The built portal; its page paths (/jobs/…, /invoices/…) get index.html (the app routes in the browser).

    Only the portal's own sections fall back: any other unknown path stays a 404.
    """

    PAGES = frozenset({"jobs", "invoices", "batches", "transactions", "payment-methods", "properties", "customers",
                       # the office's own sections (issue 12)
                       "schedule", "billing", "access", "settings"})

    async def get_response(self, path: str, scope: Any) -> Response:
        try:
            return await super().get_response(path, scope)
        except StarletteHTTPException as error:
            if error.status_code != 404 or path.strip("/").split("/", 1)[0] not in self.PAGES:
                raise
            return await super().get_response("index.html", scope)


class DatabaseBehind(RuntimeError):
    """The database's schema is older than the code."""


def graphql_app(runtime: Runtime) -> Any:
    async def resolve_credentials(credentials: Credentials) -> Viewer:
        return await resolve_viewer(runtime, session_token=credentials.session_token, bearer=credentials.bearer)

    connections = runtime.connections = LiveConnections(resolve_credentials)

    def services() -> dict[str, Any]:
        return {"broadcast": runtime.broadcast, "files": runtime.files, "payments": runtime.payments,
                "deployment": runtime.deployment}

    known = KnownAnswers()

    class DopGraphQL(GraphQLApp[Context, None]):
        """Builds each request's Context; a WebSocket authenticates at `connection_init`, and its credentials
        are re-checked before every operation and whenever access changes (`app.ws_access`). A POST answered by a
        compiled statement is remembered and answered again in one round trip, its viewer read in it
        (`app.compiled.known`)."""

        remembers_answers = runtime.settings.compiled_reads
        known_answers = known

        async def answer_known(self, scope: Any, body: bytes) -> str | None:
            engine = runtime.autocommit_engine()
            if engine is None or not known.worth_keeping(body):  # in a test's transaction: the full path only
                return None
            request = Request(scope)
            headers = request.headers
            lookup = viewer_lookup(session_token=request.cookies.get(SESSION_COOKIE),
                                   bearer_token=bearer_token(headers))
            key = (headers.get("content-type"), headers.get("accept"), scope.get("query_string"), body,
                   lookup.digest if lookup is not None else None)
            scope[KNOWN_KEY] = key
            entry = known.get(key)
            if entry is None:
                return None
            try:
                viewer, values = await run_known(engine, lookup, entry.statement)
            except Exception:  # the full path answers (and retries a dropped connection)
                log.warning("a known answer failed; the full path answers", exc_info=True)
                known.discard(key)
                return None
            if viewer != entry.viewer:  # signed out, revoked, narrowed, another role: decided again, in full
                known.discard(key)
                return None
            known.hits += 1
            compiled.ANSWERED[0] += 1
            scope[OPERATION_KEY] = entry.label
            return splice(entry.statement.keys, values, entry.tail)

        def remember_answer(self, scope: Any, body: bytes) -> None:
            key, answered, tail = scope.get(KNOWN_KEY), scope.get(compiled.ANSWERED_BY), scope.get(TAIL_KEY)
            if key is not None and answered is not None and tail is not None:
                statement, viewer = answered
                known.put(key, Known(statement, viewer, tail, scope.get(OPERATION_KEY, "anonymous")))

        async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
            if isinstance(request, WebSocket):
                return build_context(ANONYMOUS, runtime.sessions, request=request, response=None,
                                     **services())
            viewer = await resolve_viewer(runtime, session_token=request.cookies.get(SESSION_COOKIE),
                                          bearer=bearer_token(request.headers))
            return build_context(viewer, runtime.sessions, request=request, response=response, **services())

        async def authenticate_connection(self, payload: dict[str, Any], websocket: WebSocket | None) -> bool:
            if websocket is None:
                return False
            authorization = payload.get("authorization") if isinstance(payload, dict) else None
            bearer = bearer_token({"authorization": authorization}) if isinstance(authorization, str) else None
            credentials = Credentials(session_token=websocket.cookies.get(SESSION_COOKIE), bearer=bearer)
            viewer = await connections.resolve(credentials)  # bounded: see app.ws_access
            websocket.scope["dop.viewer"] = viewer
            websocket.scope[CREDENTIALS_KEY] = credentials
            return viewer.is_authenticated

        async def authorize_operation(self, handler: Any) -> bool:
            return await connections.authorize(handler)

        def connection_opened(self, handler: Any) -> None:
            connections.opened(handler)

        def connection_closed(self, handler: Any) -> None:
            connections.closed(handler)

        async def on_ws_connect(self, context: Context) -> Any:
            result = await super().on_ws_connect(context)
            viewer = context.request.scope.get("dop.viewer") if context.request is not None else None
            if isinstance(viewer, Viewer):
                context.become(viewer)
            return result

    settings = runtime.settings
    return DopGraphQL(
        build_server_schema(settings, autocommit=runtime.autocommit_engine),
        production=settings.is_production,
        allowed_origins={settings.public_url.rstrip("/")},
    )


def download_routes(runtime: Runtime, store: FileStore) -> list[Route]:
    """`/files/{id}/…`: uploads, for whoever may read them (session cookie or Bearer token, as for GraphQL)."""
    async def viewer_for(request: Request) -> Viewer:
        return await resolve_viewer(runtime, session_token=request.cookies.get(SESSION_COOKIE),
                                    bearer=bearer_token(request.headers))

    return [*file_routes(runtime.sessions, store, viewer_for), *logo_routes(runtime.sessions, store, viewer_for)]


def document_routes() -> list[Route]:
    """`/documents/…pdf`: invoices, batches, receipts and statements (see `app.documents`)."""
    return list(ROUTES)


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def readyz(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    try:
        await check_connection(runtime.engine)
    except Exception as error:  # noqa: BLE001 - readiness reports any failure
        return JSONResponse({"ready": False, "error": str(error)}, status_code=503)
    return JSONResponse({"ready": True})


def create_app(settings: Settings | None = None, *,
               sessions: async_sessionmaker[AsyncSession] | None = None) -> Starlette:
    """The app for one process. `DATABASE_URL` must name a reachable, migrated database.

    `sessions` replaces the session factory on the app's engine (tests run the app inside one rolled-back
    transaction of theirs); the engine still answers `/readyz`.
    """
    settings = settings or get_settings()
    if not settings.database_url:
        raise RuntimeError("DATABASE_URL is not set: start the app with `dop serve`, which provides one.")
    engine = create_engine(settings.database_url)
    use_rate_limit_storage(settings.rate_limit_storage_url)
    runtime = Runtime(settings=settings, engine=engine, sessions=sessions or create_session_factory(engine),
                      files=FileStore(settings.uploads_dir), payments=gateway_from_settings(settings),
                      autocommit=create_autocommit_engine(settings.database_url) if sessions is None else None)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await check_connection(engine)
        if not is_up_to_date(settings.database_url or ""):
            raise DatabaseBehind("The database is behind the code: run `dop migrate` and start again.")
        broadcast = InstrumentedBroadcaster(settings.broadcast_url, queue_size=settings.broadcast_queue_size)
        await broadcast.connect()
        runtime.broadcast = broadcast
        bind_broadcast(runtime.sessions, broadcast)  # commits announce job moves and notifications
        install_access_announcer()  # … and ended or narrowed access, which open WebSockets follow
        if runtime.connections is not None:
            runtime.connections.start(broadcast)
        mail = MailWorker(runtime.sessions, settings)
        await mail.start()
        reminders = ReminderSweeper(runtime.sessions, interval=settings.reminder_sweep_seconds,
                                    payments=runtime.payments)
        reminders.start()  # after bind_broadcast: its notifications go out live
        plans = PlanSweeper(runtime.sessions, interval=settings.plan_sweep_seconds)
        plans.start()
        if settings.tune_gc:
            tune_garbage_collection()  # the start-up heap is frozen: the last thing before serving
        try:
            yield
        finally:
            await plans.stop()
            await reminders.stop()
            await mail.stop()
            if runtime.connections is not None:
                await runtime.connections.stop()
            bind_broadcast(runtime.sessions, None)
            runtime.broadcast = None
            await broadcast.disconnect()
            await engine.dispose()
            if runtime.autocommit is not None:
                await runtime.autocommit.dispose()

    graphql = graphql_app(runtime)
    routes: list[Any] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint(engine, settings.metrics_token)),
        Route(WEBHOOK_PATH, stripe_webhook_endpoint(runtime.sessions, settings), methods=["POST"]),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *download_routes(runtime, runtime.files),
        *document_routes(),
    ]
    if PORTAL_DIST.exists():
        routes.append(Mount("/", PortalFiles(directory=PORTAL_DIST, html=True), name="portal"))
    middleware = [  # outermost first: the request id, then the body limits (before anything reads the body)
        Middleware(RequestIdMiddleware),
        Middleware(BodyLimitMiddleware, max_json=settings.max_json_body_bytes,
                   max_multipart=settings.max_multipart_body_bytes),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware,
                    exception_handlers={ClientDisconnect: client_hung_up})
    app.state.runtime = runtime
    app.state.graphql = graphql
    return app
