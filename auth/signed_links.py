"""Signed, expiring links to one document: `?expires=<unix seconds>&signature=<hex HMAC-SHA256>`.

The signature covers the path and the expiry, so a link opens exactly the document it was made for,
until it expires, for whoever holds it (an integration without a cookie, a browser tab, a mail reader).
Links are only handed to viewers who may read the document at the moment they ask for it.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import urlencode

from models.deployment import Deployment

LINK_TTL_SECONDS = 60 * 60
"""How long a link handed out by the API opens its document: one hour."""
INVOICE_PDF = "/documents/invoices/{id}.pdf"
BATCH_PDF = "/documents/batches/{id}.pdf"
RECEIPT_PDF = "/documents/transactions/{id}/receipt.pdf"
STATEMENT_PDF = "/documents/customers/{id}/statement.pdf"
"""The documents' paths (routes in `app.documents`), shared so links and routes never disagree."""


def signature(path: str, expires: int, key: str) -> str:
    message = f"{path}\n{expires}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def sign_path(path: str, *, key: str, ttl_seconds: int = LINK_TTL_SECONDS, now: float | None = None) -> str:
    """`path?expires=…&signature=…`, valid for `ttl_seconds` from `now`."""
    expires = int((time.time() if now is None else now) + ttl_seconds)
    return f"{path}?{urlencode({'expires': expires, 'signature': signature(path, expires, key)})}"


def signed_url(deployment: Deployment, pattern: str, row_id: int, *, ttl_seconds: int = LINK_TTL_SECONDS) -> str:
    """The absolute, signed link (under the deployment's public URL) to one document, e.g.
    `signed_url(deployment, INVOICE_PDF, 7)`."""
    path = pattern.format(id=int(row_id))
    return deployment.url(sign_path(path, key=deployment.signing_key, ttl_seconds=ttl_seconds))


def verify(path: str, expires: str | None, given: str | None, *, key: str, now: float | None = None) -> bool:
    """Whether `given` signs `path` until `expires`, and that moment has not passed."""
    if not expires or not given or not expires.isdigit():
        return False
    if int(expires) < (time.time() if now is None else now):
        return False
    return hmac.compare_digest(signature(path, int(expires), key), given)
