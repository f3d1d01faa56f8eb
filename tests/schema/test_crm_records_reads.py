"""What the customer's side reads of the office's records: visible notes only (by property when limited), their
contacts (details only with the whole account), never notices, tags or the trail; the same for tokens."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from auth.viewer import Viewer
from models import Activity, Notice
from models.enums import Role
from tests import factories
from tests.factories_crm import Sessions, contact, note, scene, tag
from tests.graphql import execute, gid

READ = """query ($id: ID!) { node(id: $id) { ... on Customer {
  notes { body } notices { text } tags { name } activity { totalCount }
  contacts { name role email phone } } } }"""


async def test_each_kind_of_client_reads_only_its_share_of_the_office_records(sessions: Sessions,
                                                                              session: AsyncSession) -> None:
    # given Ada's records: internal and visible notes (account-wide, at the cabin, about the job at home),
    # a notice, a tag and a contact
    s = await scene(session)
    await note(session, s.ada, "Internal: pays late")
    await note(session, s.ada, "Welcome aboard!", visible=True)
    await note(session, s.ada, "Cabin road closes in winter.", visible=True, place=s.cabin)
    await note(session, s.ada, "Spare key found.", visible=True, job=s.job)
    session.add(Notice(customer_id=s.ada.id, text="Gate code 4411"))  # type: ignore[arg-type]
    await tag(session, "Slow payer", s.ada)
    await contact(session, s.ada)
    home_only = frozenset({s.home.id})
    readers: dict[str, tuple[Viewer, list[str], bool]] = {
        # who: (viewer, notes they read, whether they read contact details)
        "client": (factories.client_of(s.ada), ["Spare key found.", "Cabin road closes in winter.",
                                                "Welcome aboard!"], True),
        "client without finances": (factories.client_of(s.ada, finances=False),
                                    ["Spare key found.", "Cabin road closes in winter.", "Welcome aboard!"], True),
        "home-only client": (factories.client_of(s.ada, property_ids=home_only),  # type: ignore[arg-type]
                             ["Spare key found.", "Welcome aboard!"], False),
        "integration token": (Viewer(role=Role.CUSTOMER, customer_id=s.ada.id, api_token_id=1),
                              ["Spare key found.", "Cabin road closes in winter.", "Welcome aboard!"], True),
        "home-only token without finances": (
            Viewer(role=Role.CUSTOMER, customer_id=s.ada.id, api_token_id=2, finances=False,
                   property_ids=home_only),  # type: ignore[arg-type]
            ["Spare key found.", "Welcome aboard!"], False),
    }

    for who, (viewer, notes, details) in readers.items():
        # when each reads Ada's record
        data = await execute(sessions, viewer, READ, {"id": gid("Customer", s.ada)})
        customer: dict[str, Any] = data["node"]

        # then only visible notes in their scope, no office-only record, contact details only with the whole account
        assert [n["body"] for n in customer["notes"]] == notes, who
        # (a withheld list reads as empty)
        assert not customer["notices"] and not customer["tags"] and customer["activity"] is None, who
        expected_contact = {"name": "Charles Babbage", "role": "BILLING",
                            "email": "charles@example.com" if details else None,
                            "phone": "+15550102030" if details else None}
        assert customer["contacts"] == [expected_contact], who

    # and the office reads everything
    office = (await execute(sessions, s.office, READ, {"id": gid("Customer", s.ada)}))["node"]
    assert len(office["notes"]) == 4 and office["notices"] == [{"text": "Gate code 4411"}]
    assert office["tags"] == [{"name": "Slow payer"}]


async def test_the_office_reads_who_did_each_entry_of_the_trail_by_name(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    # given Ada's trail: an entry by Rosa of the office and one the system wrote
    s = await scene(session)
    rosa = await factories.user(session, Role.OFFICE, name="Rosa Delgado")
    session.add(Activity(customer_id=s.ada.id, subject_type="customer", subject_id=s.ada.id,  # type: ignore[arg-type]
                         verb="customer.updated", actor_user_id=rosa.id, details={"fields": ["phones"]}))
    session.add(Activity(customer_id=s.ada.id, subject_type="customer", subject_id=s.ada.id,  # type: ignore[arg-type]
                         verb="reminder.notified", actor_user_id=None, details={}))
    await session.flush()
    trail = """query ($id: ID!) { node(id: $id) { ... on Customer {
      activity { nodes { verb actor { name username } } } } } }"""

    # when the office reads the trail
    office = (await execute(sessions, s.office, trail, {"id": gid("Customer", s.ada)}))["node"]

    # then each entry names who did it, and the system's entry names nobody
    actors = {entry["verb"]: entry["actor"] for entry in office["activity"]["nodes"]}
    assert actors["customer.updated"] == {"name": "Rosa Delgado", "username": rosa.username}
    assert actors["reminder.notified"] is None
    # and a client reads no trail at all
    client = (await execute(sessions, factories.client_of(s.ada), trail, {"id": gid("Customer", s.ada)}))["node"]
    assert client["activity"] is None
