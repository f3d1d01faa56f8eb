"""Settings read from the environment (DESIGN.md §7); unset means the embedded default."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.deployment import Deployment

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every knob of a deployment. Each part switches to the real service when its variable is set.

    `RATE_LIMIT_URL` (`rate_limit_url`): where sign-in rate limits are counted, any `limits` storage URI
    (e.g. ``redis://redis:6379/1``); unset means a Redis `BROADCAST_URL` when there is one, else process
    memory (one process only). See `auth/rate_limits.py`.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_env: Literal["development", "production", "test"] = "development"
    var_dir: Path = PROJECT_ROOT / "var"
    database_url: str | None = None
    broadcast_url: str = "memory://"
    broadcast_queue_size: int = Field(default=1000, ge=1)
    """Events a live subscriber may fall behind before it is disconnected (close code 4008)."""
    rate_limit_url: str | None = None
    public_url: str = "http://127.0.0.1:8000"
    secret_key: str | None = None
    files_dir: Path | None = None

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    mail_from: str = "DOP <no-reply@example.com>"

    stripe_secret_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_api_base: str | None = None

    max_page_size: int = Field(default=100, ge=1)
    tune_gc: bool = True
    compiled_reads: bool = True
    """`COMPILED_READS`: answer queries whose whole selection the compiler knows with one SQL statement
    (`app.compiled`); false sends every operation through the executor."""
    """`TUNE_GC`: once started, freeze the start-up heap and collect garbage less often (`app.garbage`). The test
    suite turns it off: it starts many apps in one process, and a frozen object is never collected."""
    reminder_sweep_seconds: float = Field(default=15.0, gt=0)
    """How often each process looks for reminders that came due (their assignees are notified once)."""
    plan_sweep_seconds: float = Field(default=300.0, gt=0)
    """`PLAN_SWEEP_SECONDS`: how often each process generates recurring plans' visits up to the horizon and bills
    monthly plans (one process at a time does it, through an advisory lock; the others skip that round)."""

    max_json_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    """The largest request body that is not multipart (GraphQL JSON, webhooks): more is refused with 413."""
    max_multipart_body_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    """The largest multipart request body (GraphQL file uploads): more is refused with 413."""
    metrics_token: str | None = None
    """When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`."""
    log_format: Literal["text", "json"] | None = None
    """`json`: one JSON object per log line, with the request id. Unset: JSON in production, else text."""

    @property
    def json_logs(self) -> bool:
        return self.log_format == "json" if self.log_format else self.is_production

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def uploads_dir(self) -> Path:
        return self.files_dir or self.var_dir / "files"

    @property
    def rate_limit_storage_url(self) -> str:
        """Where sign-in rate limits count: `RATE_LIMIT_URL`, else a Redis `BROADCAST_URL` (shared by every
        process), else ``memory://`` (this process only; see `auth/rate_limits.py`)."""
        configured = (self.rate_limit_url or "").strip()
        if configured:
            return configured
        if self.broadcast_url.startswith(("redis://", "rediss://")):
            return self.broadcast_url
        return "memory://"

    def deployment(self) -> Deployment:
        """What business code needs of these settings, as one plain value (see `models.deployment`)."""
        return Deployment(public_url=self.public_url, signing_key=self.signing_key(),
                          is_production=self.is_production, max_page_size=self.max_page_size,
                          uploads_dir=self.uploads_dir)

    def signing_key(self) -> str:
        """The configured SECRET_KEY, else one generated once and kept under var/."""
        if self.secret_key:
            return self.secret_key
        path = self.var_dir / "secret_key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
