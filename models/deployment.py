"""What business code needs to know about the deployment it runs in: a plain value, built once by `app/`.

`app.settings.Settings.deployment()` builds it from the environment; the app hands it to the GraphQL context
(`Context.deployment`) and binds it to its session factory (`bind_deployment`), so a business rule that
only has a session (a notification's link, a login code's hash) reads it with `deployment_of(session)`.
Nothing below `app/` reads the environment or `get_settings()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

__all__ = ["DEPLOYMENT_KEY", "Deployment", "bind_deployment", "deployment_of"]

DEPLOYMENT_KEY = "dop.deployment"
"""Where a session's `info` holds the deployment its business rules run in."""


@dataclass(frozen=True, slots=True)
class Deployment:
    public_url: str
    """The address clients reach the app at: links in e-mails, PDFs and API answers start with it."""
    signing_key: str = field(repr=False)
    """Keys login-code hashes and signed document links."""
    is_production: bool = False
    """Production tightens cookies (Secure)."""
    max_page_size: int = 100
    """The largest `first` a connection accepts."""
    uploads_dir: Path = Path("var/files")
    """Where uploaded files live."""

    def __post_init__(self) -> None:
        if not self.signing_key:
            raise ValueError("A deployment needs a signing key.")

    def url(self, path: str) -> str:
        """The absolute address of `path` (which starts with "/") under `public_url`."""
        return self.public_url.rstrip("/") + path


def bind_deployment(sessions: async_sessionmaker[AsyncSession], deployment: Deployment) -> None:
    """Every session `sessions` opens from now on runs its business rules in `deployment`."""
    sessions.configure(info={**(sessions.kw.get("info") or {}), DEPLOYMENT_KEY: deployment})


def deployment_of(session: AsyncSession) -> Deployment:
    """The deployment bound to the factory that opened `session` (see `bind_deployment`)."""
    deployment = session.info.get(DEPLOYMENT_KEY)
    if not isinstance(deployment, Deployment):
        raise LookupError("This session's factory has no Deployment: bind one with "
                          "models.deployment.bind_deployment (the app does at start-up).")
    return deployment
