"""The User and Viewer types: who sees which user details, `viewer` and `me` for people and tokens."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import start_session
from auth.tokens import create_api_token
from auth.viewer import ANONYMOUS, Viewer
from models import UserProperty
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.auth.helpers import data, portal_user, staff_user

Sessions = async_sessionmaker[AsyncSession]
ME = """{
  me { username email role active locked failedSignIns lockedAt lastSignInAt finances customer { displayName }
       properties { name } }
  viewer { authenticated role finances apiToken user { username } customer { displayName } properties { name } }
}"""


async def _viewer_of_session(sessions: Sessions, user_id: int) -> Viewer:
    async with sessions() as session, session.begin():
        _, token = await start_session(session, user_id)
    async with sessions() as session, session.begin():
        return await viewer_for_request(session, session_token=token, bearer_token=None)


async def test_a_client_sees_their_own_email_but_no_office_details(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    # given a locked-out-history client user
    customer = await factories.customer(session, display_name="Maple Dental")
    place = await factories.property_(session, customer, name="Clinic")
    user = await portal_user(session, customer, failed_sign_ins=3, last_sign_in_at=utc_now(), finances=False)
    session.add(UserProperty(user_id=user.id, property_id=place.id))  # type: ignore[arg-type]
    await session.commit()
    # when they ask who they are
    result = await data(sessions, ME, viewer=await _viewer_of_session(sessions, user.id))  # type: ignore[arg-type]
    # then they see themselves, their e-mail and scope, and null for the office's details
    assert result["me"] == {"username": user.username, "email": user.email, "role": "CUSTOMER", "active": True,
                            "locked": None, "failedSignIns": None, "lockedAt": None, "lastSignInAt": None,
                            "finances": False, "customer": {"displayName": "Maple Dental"},
                            "properties": [{"name": "Clinic"}]}
    assert result["viewer"] == {"authenticated": True, "role": "CUSTOMER", "finances": False, "apiToken": False,
                                "user": {"username": user.username}, "customer": {"displayName": "Maple Dental"},
                                "properties": [{"name": "Clinic"}]}


async def test_the_office_sees_every_detail(sessions: Sessions, session: AsyncSession) -> None:
    user = await staff_user(session, Role.OFFICE, failed_sign_ins=2)
    result = await data(sessions, "{ me { email locked failedSignIns customer { id } properties { name } } }",
                        viewer=await _viewer_of_session(sessions, user.id))  # type: ignore[arg-type]
    assert result["me"] == {"email": user.email, "locked": False, "failedSignIns": 2, "customer": None,
                            "properties": None}


async def test_an_api_token_is_a_viewer_without_a_user(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session, display_name="Harbor PM")
    await session.commit()
    async with sessions() as s, s.begin():
        _, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
        viewer = await viewer_for_request(s, session_token=None, bearer_token=token)
    result = await data(sessions, "{ me { username } viewer { authenticated role apiToken user { username } "
                                  "customer { displayName } properties { name } } }", viewer=viewer)
    assert result == {"me": None, "viewer": {"authenticated": True, "role": "CUSTOMER", "apiToken": True,
                                             "user": None, "customer": {"displayName": "Harbor PM"},
                                             "properties": None}}


async def test_anonymous_is_nobody(sessions: Sessions) -> None:
    result = await data(sessions, "{ me { username } viewer { authenticated role finances user { username } } }",
                        viewer=ANONYMOUS)
    assert result == {"me": None, "viewer": {"authenticated": False, "role": None, "finances": False,
                                             "user": None}}
