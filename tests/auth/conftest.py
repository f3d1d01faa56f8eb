"""Fixtures for the sign-in tests: a real SMTP server (`smtp_server`, from `tests.smtp`) and fresh rate limits.

Other folders can use the same fixtures by importing them into their own conftest or test module::

    from tests.auth.helpers import fresh_rate_limits  # noqa: F401
    from tests.smtp import smtp_server_fixture  # noqa: F401
"""

from __future__ import annotations

from tests.auth.helpers import fresh_rate_limits
from tests.smtp import smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]
