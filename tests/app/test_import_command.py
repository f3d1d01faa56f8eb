"""`dop import customers` as the office would run it: a progress bar, the report at the
end (created, matched, rejected by line), and a second run of the same file that creates nothing."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings
from models import Activity, Customer, Property
from models.enums import Role
from tests import factories
from tests.resolvers.test_customer_import import HEADER, client, csv_file

pytestmark = pytest.mark.committed  # the command commits through an engine of its own


async def dop(database_url: str, cwd: Path, *args: str) -> tuple[int, str, str]:
    """Run the command line in this process (a thread of its own: it runs its own event loop), with the run's
    database as DATABASE_URL. A subprocess would spend most of the test importing the app."""
    env = {"DATABASE_URL": database_url, "VAR_DIR": str(cwd / "var"), "SECRET_KEY": "import-test-secret",
           "COLUMNS": "120"}
    get_settings.cache_clear()
    try:
        result = await asyncio.to_thread(CliRunner().invoke, cli, list(args), env=env)
    finally:
        get_settings.cache_clear()
    return result.exit_code, result.stdout, result.stderr


async def test_the_command_imports_a_list_reports_it_and_creates_nothing_the_second_time(
        sessions: async_sessionmaker[AsyncSession], migrated_database_url: str, tmp_path: Path) -> None:
    # given an office user, and a client list with a repeated client and a bad row, its "Mobile" mapped explicitly
    async with sessions() as session:
        clerk = await factories.user(session, Role.OFFICE, username="clerk")
        await session.commit()
    path = tmp_path / "clients.csv"
    path.write_bytes(csv_file(HEADER, client("Ada Park", email="ada@example.com", place="Home",
                                             place_address="1 Elm St", place_city="Avalon"),
                              client("ADA PARK", tags="VIP"), client("Bo Chen", email="bo at example"),
                              client("Cy Diaz", phone="555 010 2030")))

    # when the office imports it
    code, out, err = await dop(migrated_database_url, tmp_path, "import", "customers", str(path),
                               "--mapping", "mobile=phones", "--batch-rows", "2", "--report", str(tmp_path / "r.csv"),
                               "--as", "clerk")

    # then the report ends the output: totals, and the rejected row by line and reason; the progress bar ran
    assert code == 0, err
    assert "4 rows (utf-8): 2 created, 1 matched to existing customers, 1 rejected" in out
    assert "line 4: rejected: e-mail: “bo at example” is not a valid e-mail address" in out
    assert "Importing" in err and "4/4" in err
    # and the report file has a line per row, the rejected one with its reason
    with (tmp_path / "r.csv").open(newline="") as written:
        records = list(csv.DictReader(written))
    assert [(r["line"], r["outcome"], r["same_as_line"], r["matched_by"]) for r in records] == [
        ("2", "CREATED", "", ""), ("3", "MATCHED", "2", "NAME"), ("4", "REJECTED", "", ""), ("5", "CREATED", "", "")]
    assert "not a valid e-mail address" in records[2]["problems"] and records[1]["tags_added"] == "VIP"
    async with sessions() as session:
        names = (await session.execute(sa.select(Customer.display_name).order_by(  # type: ignore[call-overload]
            Customer.id))).scalars().all()
        places = (await session.execute(sa.select(sa.func.count()).select_from(Property))).scalar_one()
        actors = (await session.execute(sa.select(Activity.actor_user_id).distinct())).scalars().all()  # type: ignore[call-overload]
    assert (names, places) == (["Ada Park", "Cy Diaz"], 1)
    # and the trail names the office user it ran as
    assert actors == [clerk.id]

    # when the same file is imported again
    code, out, err = await dop(migrated_database_url, tmp_path, "import", "customers", str(path))

    # then every good row is matched, and nothing new was written
    assert code == 0, err
    assert "4 rows (utf-8): 0 created, 3 matched to existing customers, 1 rejected" in out
    async with sessions() as session:
        assert (await session.execute(sa.select(sa.func.count()).select_from(Customer))).scalar_one() == 2

