"""The browser tests' fixtures (tests/e2e/browser.py): the app in its own process and the test SMTP server."""

from tests.e2e.browser import app_env_fixture as app_env_fixture
from tests.e2e.browser import app_port_fixture as app_port_fixture
from tests.e2e.browser import app_server_fixture as app_server_fixture
from tests.smtp import smtp_server_fixture as smtp_server_fixture
