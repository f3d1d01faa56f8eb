"""`docker compose up` can work: compose.yaml's builds, commands and health checks point at things that exist
and that this test suite exercises, and the Dockerfile builds (where a container engine runs).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
import typer.main
import yaml
from sqlalchemy.engine import make_url
from starlette.routing import BaseRoute

from app.asgi import create_app
from app.cli import cli
from app.migrations import is_up_to_date
from app.settings import PROJECT_ROOT, Settings

COMPOSE = PROJECT_ROOT / "compose.yaml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
PROJECT_SCRIPT = "dop"

EXERCISED: dict[str, tuple[str, str]] = {
    "serve": ("tests/app/test_serve.py",
              "test_an_invoice_pdf_link_works_when_served_on_another_port_without_public_url"),
    "migrate": ("tests/app/test_deployment.py", "test_dop_migrate_brings_a_fresh_database_to_head"),
}
"""Each `dop` subcommand compose.yaml runs, and the test that runs it the same way (as a process)."""

REPLICAS_OVER_REDIS = ("tests/subscriptions/test_two_processes.py",
                       "test_a_move_through_one_process_reaches_a_subscriber_on_another_over_redis")
"""What two replicas sharing Redis must do, proven with two real processes."""


def services() -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load(COMPOSE.read_text())
    found: dict[str, dict[str, Any]] = loaded["services"]
    return found


def built() -> dict[str, dict[str, Any]]:
    return {name: service for name, service in services().items() if "build" in service}


def command_of(service: dict[str, Any]) -> list[str]:
    command = service.get("command")
    return shlex.split(command) if isinstance(command, str) else [str(part) for part in command or []]


def has_test(path: str, name: str) -> bool:
    return re.search(rf"^(async )?def {name}\(", (PROJECT_ROOT / path).read_text(), re.MULTILINE) is not None


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per instruction, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


async def route_paths() -> set[str]:
    app = create_app(Settings(database_url="postgresql://nobody@127.0.0.1:1/none", app_env="production"))
    try:
        routes: list[BaseRoute] = list(app.routes)
        return {path for route in routes if isinstance(path := getattr(route, "path", None), str)}
    finally:
        await app.state.runtime.engine.dispose()


def health_path(check: str) -> str:
    found = re.search(r"http://127\.0\.0\.1:8000(/[A-Za-z0-9_/-]*)", check)
    assert found, f"no local health URL in {check!r}"
    return found.group(1)


# --- compose.yaml ------------------------------------------------------------------------------------------


def test_every_service_is_an_image_or_a_build_of_this_repository_with_a_dockerfile() -> None:
    assert built(), "compose.yaml builds nothing"
    for name, service in services().items():
        assert "image" in service or "build" in service, name
        if "build" in service:
            build = service["build"]
            context = (COMPOSE.parent / (build if isinstance(build, str) else build["context"])).resolve()
            dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
            assert context.is_dir(), f"{name}: no build context {context}"
            assert (context / dockerfile).is_file(), f"{name}: no {dockerfile} in {context}"


def test_every_built_service_runs_a_dop_command_that_the_suite_exercises() -> None:
    assert f'{PROJECT_SCRIPT} = "app.cli:main"' in (PROJECT_ROOT / "pyproject.toml").read_text()
    click_command: Any = typer.main.get_command(cli)
    for name, service in built().items():
        command = command_of(service)
        # the image's own `dop` (on its PATH), not `uv run`, which would try to install the dev dependencies
        assert command and command[0] == PROJECT_SCRIPT, f"{name}: {command}"
        subcommand, *arguments = command[1:]
        assert subcommand in click_command.commands, f"{name}: `dop {subcommand}` does not exist"
        # the options parse as `dop` would parse them
        click_command.commands[subcommand].make_context(subcommand, list(arguments))
        path, test = EXERCISED[subcommand]
        assert has_test(path, test), f"{name}: `dop {subcommand}` is exercised by no test ({path}::{test})"


def test_replicas_share_live_events_through_redis_as_the_two_process_test_proves() -> None:
    app = services()["app"]
    assert app["deploy"]["replicas"] >= 2
    assert app["environment"]["BROADCAST_URL"].startswith("redis://")
    assert "redis" in app["depends_on"]
    assert has_test(*REPLICAS_OVER_REDIS)


async def test_every_health_check_asks_a_route_the_app_has() -> None:
    paths = await route_paths()
    checks = {name: " ".join(command_of({"command": service["healthcheck"]["test"]}))
              for name, service in built().items() if "healthcheck" in service}
    checks["Dockerfile"] = next(arguments for instruction, arguments in dockerfile_instructions()
                                if instruction == "HEALTHCHECK")
    for where, check in checks.items():
        assert health_path(check) in paths, f"{where}: {check}"


# --- Dockerfile --------------------------------------------------------------------------------------------


def test_the_dockerfile_builds_the_portal_with_node_and_the_app_with_uv_from_the_lock_as_a_non_root_user() -> None:
    instructions = dockerfile_instructions()
    stages = [arguments for instruction, arguments in instructions if instruction == "FROM"]
    runs = " ".join(arguments for instruction, arguments in instructions if instruction == "RUN")
    assert len(stages) >= 2 and any(stage.startswith("node:20") for stage in stages)
    assert "npm ci" in runs and "npm run build" in runs
    assert "uv sync --frozen --no-dev" in runs
    users = [arguments for instruction, arguments in instructions if instruction == "USER"]
    assert users and users[-1] not in ("root", "0"), users
    assert any(instruction == "HEALTHCHECK" for instruction, _ in instructions)
    assert any(instruction == "CMD" and PROJECT_SCRIPT in arguments for instruction, arguments in instructions)


def test_everything_the_dockerfile_copies_from_the_context_exists_and_is_not_ignored() -> None:
    ignored = {line.strip().rstrip("/") for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for instruction, arguments in dockerfile_instructions():
        if instruction != "COPY" or "--from=" in arguments:
            continue
        *sources, _target = arguments.split()
        for source in sources:
            path = source.rstrip("/")
            assert (PROJECT_ROOT / path).exists(), f"COPY {source}: missing"
            assert path not in ignored, f"COPY {source}: excluded by .dockerignore"
    for needed in ("app", "migrations", "uv.lock", "pyproject.toml", "schema.graphql", "portal-web"):
        assert needed not in ignored, needed


# --- the commands, run as compose runs them ----------------------------------------------------------------


@pytest.mark.timeout(180)
def test_dop_migrate_brings_a_fresh_database_to_head(postgres_server_url: str, tmp_path: Path) -> None:
    server = make_url(postgres_server_url)
    name = f"dop_migrate_{uuid.uuid4().hex[:12]}"
    admin_url = server.render_as_string(hide_password=False)
    url = server.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "APP_ENV": "production",
               "DATABASE_URL": url, "VAR_DIR": str(tmp_path / "var"), "PYTHONPATH": str(PROJECT_ROOT)}
        done = subprocess.run([sys.executable, "-c", "from app.cli import main; main()", "migrate"],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=150, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert is_up_to_date(url)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def container_engine() -> str | None:
    """Why no image can be built here (None: `docker info` answers, an engine runs)."""
    docker = shutil.which("docker")
    if docker is None:
        return "no `docker` client on PATH"
    try:
        info = subprocess.run([docker, "info"], capture_output=True, text=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        return "`docker info` did not answer within 30 s"
    if info.returncode != 0:
        return f"`docker info` failed: {(info.stderr or info.stdout).strip().splitlines()[-1:]}"
    return None


@pytest.mark.timeout(1800)
def test_the_image_builds() -> None:
    missing = container_engine()
    if missing is not None:
        pytest.skip(f"NO CONTAINER ENGINE, THE DOCKERFILE WAS NOT BUILT: {missing}")
    tag = f"dop-test:{uuid.uuid4().hex[:8]}"
    try:
        done = subprocess.run(["docker", "build", "--tag", tag, str(PROJECT_ROOT)], capture_output=True,
                              text=True, timeout=1700, check=False)
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
        user = subprocess.run(["docker", "image", "inspect", "--format", "{{.Config.User}}", tag],
                              capture_output=True, text=True, check=True).stdout.strip()
        assert user not in ("", "root", "0"), user
    finally:
        subprocess.run(["docker", "image", "rm", "--force", tag], capture_output=True, check=False)
