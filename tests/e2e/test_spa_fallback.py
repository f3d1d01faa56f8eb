"""The portal's page paths serve index.html (the app routes in the browser); anything else stays a 404."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from app.asgi import PortalFiles


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    (tmp_path / "index.html").write_text("<!doctype html><title>portal</title>")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "app.js").write_text("console.log(1)")
    app = Starlette(routes=[Mount("/", PortalFiles(directory=tmp_path, html=True))])
    return TestClient(app)


@pytest.mark.parametrize("path", ["/", "/jobs", "/jobs/Sm9iOjU3OQ==", "/invoices/abc", "/properties", "/batches/1",
                                  "/transactions", "/schedule", "/schedule/day", "/billing", "/access", "/settings"])
def test_portal_pages_get_the_app(client: TestClient, path: str) -> None:
    # when a page of the portal is opened directly (a bookmark, a reload)
    response = client.get(path)
    # then the app's index.html answers
    assert response.status_code == 200
    assert "portal" in response.text


def test_built_files_are_served_as_they_are(client: TestClient) -> None:
    assert client.get("/assets/app.js").text == "console.log(1)"


@pytest.mark.parametrize("path", ["/graphiql", "/playground", "/assets/missing.js", "/jobs.json.bak/../x", "/nope"])
def test_other_unknown_paths_stay_not_found(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404
