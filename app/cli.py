"""`dop`: serve the app, migrate, seed demo data, create users, import a client list, generate plans' visits."""

from __future__ import annotations

import asyncio
import csv
import logging
import logging.config
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.database import (
    DatabaseUnavailable,
    EmbeddedPostgres,
    check_connection,
    create_engine,
    create_session_factory,
    redacted,
)
from app.migrations import current_revision, head_revision, is_up_to_date, upgrade
from app.request_ids import json_log_config
from app.settings import get_settings
from demo.build import seed_demo
from models.deployment import bind_deployment
from models.enums import Role
from models.problems import UserInputError
from resolvers import customer_import
from resolvers.users import create_user
from schema import build_schema

cli = typer.Typer(help="DOP: the customer graph and client portal for field-service companies.",
                  no_args_is_help=True, add_completion=False)


WS_IMPLEMENTATION = "websockets-sansio"
"""uvicorn's WebSocket implementation (its legacy `websockets` one is deprecated)."""
WS_PING_INTERVAL = 30.0
"""Seconds between the WebSocket ping frames uvicorn sends on every open socket: the app's one keep-alive layer
(the graphql-transport-ws ``ping`` is off, see `app.graphql_http`). Often enough for proxies' idle timeouts (60 s
is the usual default) and for dead peers to be noticed; uvicorn's default (20 s), plus protocol pings every
15 s, cost a quarter of a process holding 10,000 sockets."""
WS_PING_TIMEOUT = 30.0
"""Seconds a peer has to answer a ping before uvicorn drops the connection (1011)."""


def websocket_options() -> dict[str, Any]:
    """uvicorn's WebSocket settings as `dop serve` runs them (tests and the bench start uvicorn the same way)."""
    return {"ws": WS_IMPLEMENTATION, "ws_ping_interval": WS_PING_INTERVAL, "ws_ping_timeout": WS_PING_TIMEOUT}


def listening_url(host: str, port: int) -> str:
    """The base URL of a server listening on `host`:`port` (a wildcard host is reached on the loopback)."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def fail(message: str) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@contextmanager
def database() -> Iterator[str]:
    """The configured database, or an embedded PostgreSQL under var/ for as long as the command runs."""
    settings = get_settings()
    if settings.database_url:
        yield settings.database_url
        return
    embedded = EmbeddedPostgres(settings.var_dir / "postgres")
    embedded.stop_on_signals()
    typer.echo(f"Starting the embedded PostgreSQL (data in {embedded.data_dir}) …")
    url = embedded.start()
    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()
    try:
        yield url
    finally:
        embedded.stop()
        typer.echo("Embedded PostgreSQL stopped.")


def ensure_reachable(url: str) -> None:
    async def check() -> None:
        engine = create_engine(url)
        try:
            await check_connection(engine)
        finally:
            await engine.dispose()

    try:
        asyncio.run(check())
    except DatabaseUnavailable as error:
        fail(str(error))


def business_sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose business rules run in this deployment (links, signing), as the app's do."""
    sessions = create_session_factory(engine)
    bind_deployment(sessions, get_settings().deployment())
    return sessions


def migrate_to_head(url: str) -> None:
    before = current_revision(url)
    upgrade(url)
    after = head_revision(url)
    typer.echo(f"Database {redacted(url)} at revision {after}" + ("" if before == after else f" (was {before})."))


def run_seed_demo(url: str) -> None:
    async def seed() -> list[str]:
        engine = create_engine(url)
        try:
            async with business_sessions(engine)() as session, session.begin():
                report = await seed_demo(session)
            return report.lines()
        finally:
            await engine.dispose()

    for line in asyncio.run(seed()):
        typer.echo(line)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    demo: Annotated[bool, typer.Option(help="Load the demo company first (idempotent).")] = False,
) -> None:
    """Serve the API, the live subscriptions and the portal."""
    import uvicorn

    settings = get_settings()
    with database() as url:
        ensure_reachable(url)
        if not is_up_to_date(url):
            if settings.is_production:
                fail("The database is behind the code. Run `dop migrate`, then start again.")
            migrate_to_head(url)
        if demo:
            run_seed_demo(url)
        if workers > 1 and settings.broadcast_url.startswith("memory://"):
            os.environ["BROADCAST_URL"] = url.replace("postgresql+psycopg://", "postgresql://")
            typer.echo("Several workers: live events cross them through PostgreSQL LISTEN/NOTIFY.")
        public = listening_url(host, port)
        if "public_url" not in settings.model_fields_set:
            # Links the API hands out (documents, files, e-mails) must reach this server, not the default port.
            os.environ["PUBLIC_URL"] = public
            get_settings.cache_clear()
        typer.secho(f"\nDOP is running at {public}  (GraphQL: {public}/graphql)", fg=typer.colors.GREEN, bold=True)
        if demo:
            typer.echo("Sign in with a demo username: owner, office, field1, pm1 or client1.\n"
                       "With no SMTP_HOST set, the e-mailed 6-digit code is printed here on the console.\n")
        options: dict[str, Any] = {"log_config": json_log_config()} if get_settings().json_logs else {}
        uvicorn.run("app.asgi:create_app", factory=True, host=host, port=port, workers=workers,
                    log_level="info", **websocket_options(), **options)


@cli.command()
def migrate() -> None:
    """Apply every pending database migration."""
    with database() as url:
        ensure_reachable(url)
        migrate_to_head(url)


@cli.command("seed-demo")
def seed_demo_command() -> None:
    """Create the demo company (customers, properties, jobs, invoices, users). Safe to run twice."""
    with database() as url:
        ensure_reachable(url)
        migrate_to_head(url) if not get_settings().is_production else None
        run_seed_demo(url)


@cli.command("create-user")
def create_user_command(
    role: Annotated[str, typer.Option(help="OWNER, OFFICE, EMPLOYEE or CUSTOMER.")],
    username: Annotated[str, typer.Option(help="The sign-in name.")],
    email: Annotated[str, typer.Option(help="Where sign-in codes are sent.")],
    customer: Annotated[int | None, typer.Option(help="Customer database id (for CUSTOMER users).")] = None,
    employee: Annotated[int | None, typer.Option(help="Employee database id (for EMPLOYEE users).")] = None,
) -> None:
    """Create a user: how the first owner of a real deployment gets in."""
    try:
        parsed_role = Role(role.upper())
    except ValueError:
        fail(f"Unknown role {role!r}: use OWNER, OFFICE, EMPLOYEE or CUSTOMER.")
        return

    async def create(url: str) -> str:
        engine = create_engine(url)
        try:
            async with business_sessions(engine)() as session, session.begin():
                user = await create_user(session, role=parsed_role, username=username, email=email,
                                         customer_id=customer, employee_id=employee)
                return f"Created {user.role.value} user {user.username!r} <{user.email}> (id {user.id})."
        finally:
            await engine.dispose()

    with database() as url:
        ensure_reachable(url)
        try:
            typer.echo(asyncio.run(create(url)))
        except UserInputError as error:
            fail(f"Not created: {error}")


import_cli = typer.Typer(help="Bring records in from another system (CSV files).", no_args_is_help=True)
cli.add_typer(import_cli, name="import")


@import_cli.command("customers")
def import_customers_command(
    file: Annotated[Path, typer.Argument(help="The client list: a CSV file with a header line.", exists=True,
                                         dir_okay=False, readable=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row and report; write nothing.")] = False,
    mapping: Annotated[str | None, typer.Option(
        help='Which of the file\'s columns are which field, e.g. "Client Name=display_name,Mobile=phones" '
             "(fields: " + ", ".join(field.value for field in customer_import.Field) + ").")] = None,
    batch_rows: Annotated[int, typer.Option(min=1, max=5000, help="Rows per transaction.")] = (
        customer_import.BATCH_ROWS),
    report: Annotated[Path | None, typer.Option(
        help="Also write the report, one line per row of the file, to this CSV file.", dir_okay=False)] = None,
    as_user: Annotated[str | None, typer.Option(
        "--as", help="The owner or office user the activity trail names (else no one: the command line).")] = None,
) -> None:
    """Import customers (with a property, tags and a note each) from a CSV file, matching existing clients.

    A row is matched, not created again, when an existing customer (or an earlier row) has its e-mail or phone,
    or else its name or billing name however typed; a bad row is rejected with its line and reason and the others
    go on. Rows are committed in batches, so a crash keeps whole rows only, and running the same file again
    creates nothing twice.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    try:
        parsed = customer_import.parse_file(file.read_bytes(), customer_import.parse_mapping(mapping))
    except UserInputError as error:
        fail(f"Nothing imported: {error}")
        return
    if parsed.ignored_columns:
        typer.echo(f"Columns not imported: {', '.join(parsed.ignored_columns)} (map them with --mapping).")
    err = Console(stderr=True)

    async def run(url: str) -> customer_import.CustomerImport:
        engine = create_engine(url)
        try:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err, transient=False) as progress:
                sessions = business_sessions(engine)
                async with sessions() as session:
                    viewer = await customer_import.office_viewer(session, as_user)
                task = progress.add_task("Checking" if dry_run else "Importing", total=len(parsed.rows))
                return await customer_import.import_in_batches(
                    sessions, viewer, parsed, dry_run=dry_run,
                    batch_rows=batch_rows, filename=file.name, progress=lambda rows: progress.advance(task, rows))
        finally:
            await engine.dispose()

    with database() as url:
        ensure_reachable(url)
        try:
            job = asyncio.run(run(url))
        except UserInputError as error:
            fail(f"Nothing imported: {error}")
            return
    for line in import_report_lines(job.report):
        typer.echo(line)
    if report is not None:
        with report.open("w", newline="", encoding="utf-8") as output:
            csv.writer(output).writerows(customer_import.report_records(job.report))
        typer.echo(f"Report: {report}")


def import_report_lines(report: customer_import.ImportReport) -> list[str]:
    """The end of `dop import customers`: totals, then each rejected row and each possible duplicate."""
    outcome = customer_import.Outcome
    lines = [
        ("Dry run: nothing was written. " if report.dry_run else "")
        + f"{len(report.rows)} rows ({report.encoding}): {report.count(outcome.CREATED)} created, "
        f"{report.count(outcome.MATCHED)} matched to existing customers, {report.count(outcome.REJECTED)} rejected; "
        f"{report.possible_duplicates} created with a possible duplicate to check.",
    ]
    for row in report.rows:
        if row.outcome is outcome.REJECTED:
            lines.append(f"  line {row.line}: rejected: {'; '.join(row.problems)}")
    for row in report.rows:
        if (similar := row.possible_duplicate) is not None:
            which = f"customer {similar.customer_id}" if similar.customer_id else f"line {similar.line}"
            lines.append(f"  line {row.line}: “{row.display_name}” created; possible duplicate of "
                         f"“{similar.display_name}” ({which}, similarity {similar.score:.2f})")
    return lines


plans_cli = typer.Typer(help="Recurring service plans.", no_args_is_help=True)
cli.add_typer(plans_cli, name="plans")


@plans_cli.command("generate")
def plans_generate_command() -> None:
    """Generate every active plan's missing visits up to the company's horizon, and bill monthly plans' previous
    month (from the 1st). Safe to run any time and alongside running servers: it waits for a generator already
    at work, and never makes an occurrence, a month's invoice or batch twice."""
    from resolvers.plan_billing import bill_months
    from resolvers.plans import generate_jobs

    async def run(url: str) -> list[str]:
        engine = create_engine(url)
        try:
            async with business_sessions(engine)() as session, session.begin():
                generated = await generate_jobs(session, wait=True)
                billed = await bill_months(session)
        finally:
            await engine.dispose()
        return [f"{generated.jobs_created} visits generated for {generated.plans} active plans through "
                f"{generated.through}.",
                f"Monthly billing for {billed.month:%B %Y}: {billed.invoices} invoices, {billed.batches} batches."]

    with database() as url:
        ensure_reachable(url)
        for line in asyncio.run(run(url)):
            typer.echo(line)


@cli.command("export-schema")
def export_schema() -> None:
    """Print the GraphQL SDL (what `schema.graphql` holds)."""
    sys.stdout.write(build_schema().as_str() + "\n")


def main() -> None:
    if get_settings().json_logs:
        logging.config.dictConfig(json_log_config())
    else:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    cli()
