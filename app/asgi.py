"""The ASGI application: GraphQL over HTTP and WebSocket, health checks, and the built portal."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket

from adapters.mail import MailWorker
from app.database import check_connection, create_engine, create_session_factory
from app.migrations import is_up_to_date
from app.settings import PROJECT_ROOT, Settings, get_settings
from auth.authenticate import viewer_for_request
from auth.sessions import SESSION_COOKIE
from auth.viewer import ANONYMOUS, Viewer
from schema.context import Context, build_context

log = logging.getLogger(__name__)
PORTAL_DIST = PROJECT_ROOT / "portal-web" / "dist"


class DatabaseBehind(RuntimeError):
    """The database's schema is older than the code."""


@dataclass
class Runtime:
    """What the app holds while it runs: engine and session factory (and later broadcast and workers)."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]


def bearer_token(headers: Any) -> str | None:
    value = headers.get("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def resolve_viewer(runtime: Runtime, *, session_token: str | None, bearer: str | None) -> Viewer:
    if not session_token and not bearer:
        return ANONYMOUS
    async with runtime.sessions() as session, session.begin():
        return await viewer_for_request(session, session_token=session_token, bearer_token=bearer)


def graphql_app(runtime: Runtime) -> Any:
    from app.graphql_http import GraphQLApp
    from schema.server import build_server_schema

    class DopGraphQL(GraphQLApp[Context, None]):
        """Builds each request's Context; a WebSocket authenticates once, at `connection_init`."""

        async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
            if isinstance(request, WebSocket):
                return build_context(ANONYMOUS, runtime.sessions, request=request, response=None)
            viewer = await resolve_viewer(runtime, session_token=request.cookies.get(SESSION_COOKIE),
                                          bearer=bearer_token(request.headers))
            return build_context(viewer, runtime.sessions, request=request, response=response)

        async def authenticate_connection(self, payload: dict[str, Any], websocket: WebSocket | None) -> bool:
            if websocket is None:
                return False
            authorization = payload.get("authorization") if isinstance(payload, dict) else None
            bearer = bearer_token({"authorization": authorization}) if isinstance(authorization, str) else None
            viewer = await resolve_viewer(runtime, session_token=websocket.cookies.get(SESSION_COOKIE),
                                          bearer=bearer)
            websocket.scope["dop.viewer"] = viewer
            return viewer.is_authenticated

        async def on_ws_connect(self, context: Context) -> Any:
            result = await super().on_ws_connect(context)
            viewer = context.request.scope.get("dop.viewer") if context.request is not None else None
            if isinstance(viewer, Viewer):
                context.become(viewer)
            return result

    settings = runtime.settings
    return DopGraphQL(
        build_server_schema(settings),
        production=settings.is_production,
        allowed_origins={settings.public_url.rstrip("/")},
    )


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def readyz(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    try:
        await check_connection(runtime.engine)
    except Exception as error:  # noqa: BLE001 - readiness reports any failure
        return JSONResponse({"ready": False, "error": str(error)}, status_code=503)
    return JSONResponse({"ready": True})


def create_app(settings: Settings | None = None) -> Starlette:
    """The app for one process. `DATABASE_URL` must name a reachable, migrated database."""
    settings = settings or get_settings()
    if not settings.database_url:
        raise RuntimeError("DATABASE_URL is not set: start the app with `dop serve`, which provides one.")
    engine = create_engine(settings.database_url)
    runtime = Runtime(settings=settings, engine=engine, sessions=create_session_factory(engine))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await check_connection(engine)
        if not is_up_to_date(settings.database_url or ""):
            raise DatabaseBehind("The database is behind the code: run `dop migrate` and start again.")
        mail = MailWorker(runtime.sessions, settings)
        await mail.start()
        try:
            yield
        finally:
            await mail.stop()
            await engine.dispose()

    graphql = graphql_app(runtime)
    routes: list[Any] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
    ]
    if PORTAL_DIST.exists():
        routes.append(Mount("/", StaticFiles(directory=PORTAL_DIST, html=True), name="portal"))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return app
