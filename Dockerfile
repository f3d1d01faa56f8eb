# syntax=docker/dockerfile:1
# The app's image: the portal built with Node 20, the Python app installed with uv from uv.lock (no dev
# dependencies), run as a non-root user, with a health check. compose.yaml runs it as `dop migrate` (once)
# and `dop serve` (the replicas). Build: docker build -t dop .

# --- 1. the portal (static files) -------------------------------------------------------------------------
FROM node:20-bookworm-slim AS portal
WORKDIR /src/portal-web
COPY portal-web/package.json portal-web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY portal-web/ ./
# The portal's GraphQL types are generated from the API's SDL at the repository root.
COPY schema.graphql /src/schema.graphql
RUN npm run build

# --- 2. the Python environment (from the lock file only) ---------------------------------------------------
FROM python:3.11-slim-bookworm AS python-deps
COPY --from=ghcr.io/astral-sh/uv:0.13 /uv /bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-install-project
COPY app/ app/
COPY adapters/ adapters/
COPY auth/ auth/
COPY models/ models/
COPY resolvers/ resolvers/
COPY schema/ schema/
COPY subscriptions/ subscriptions/
# The project itself is installed editable: it runs from /app, where alembic.ini, migrations/ and the portal
# are found next to it (app.settings.PROJECT_ROOT).
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev

# --- 3. the runtime image ----------------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS app
# WeasyPrint (invoice PDFs) needs Pango and fonts; nothing else is installed.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
      fonts-dejavu-core shared-mime-info \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /app --no-create-home dop
WORKDIR /app
COPY --from=python-deps /app /app
COPY alembic.ini ./
COPY migrations/ migrations/
COPY --from=portal /src/portal-web/dist portal-web/dist
RUN mkdir -p /app/var && chown dop:dop /app/var
ENV PATH=/app/.venv/bin:$PATH PYTHONUNBUFFERED=1 APP_ENV=production VAR_DIR=/app/var
USER dop
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["dop", "serve", "--host", "0.0.0.0", "--port", "8000"]
