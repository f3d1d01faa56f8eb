"""`viewer_for_request`: cookie sessions and Bearer tokens (session or API) into the request's Viewer."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import SESSION_IDLE_TTL, hash_token, revoke_session, start_session
from auth.tokens import create_api_token
from auth.users import revoke_customer_access
from auth.viewer import ANONYMOUS, Viewer
from models import ApiToken, Customer, User, UserProperty, UserSession
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.auth.helpers import portal_user, reload, staff_user

Sessions = async_sessionmaker[AsyncSession]


async def _session_for(sessions: Sessions, user: User) -> tuple[int, str]:
    async with sessions() as session, session.begin():
        row, token = await start_session(session, user.id, client_address="192.0.2.1")  # type: ignore[arg-type]
    assert row.id is not None
    return row.id, token


async def _viewer(sessions: Sessions, *, cookie: str | None = None, bearer: str | None = None,
                  **options: object) -> Viewer:
    async with sessions() as session, session.begin():
        return await viewer_for_request(session, session_token=cookie, bearer_token=bearer, **options)  # type: ignore[arg-type]


async def test_a_session_cookie_gives_the_users_viewer_with_its_scope(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    # given a portal user limited to one property, without finances, with a session
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await factories.property_(session, customer)
    user = await portal_user(session, customer, finances=False)
    session.add(UserProperty(user_id=user.id, property_id=place.id))  # type: ignore[arg-type]
    await session.commit()
    session_id, token = await _session_for(sessions, user)
    # when the request carries the cookie
    viewer = await _viewer(sessions, cookie=token)
    # then the viewer is that user with that scope
    assert viewer == Viewer(user_id=user.id, role=Role.CUSTOMER, customer_id=customer.id, employee_id=None,
                            property_ids=frozenset({place.id}), finances=False,  # type: ignore[arg-type]
                            session_id=session_id)


async def test_a_customer_user_without_property_rows_sees_all_properties(sessions: Sessions,
                                                                          session: AsyncSession) -> None:
    user = await portal_user(session)
    _, token = await _session_for(sessions, user)
    viewer = await _viewer(sessions, cookie=token)
    assert viewer.property_ids is None and viewer.finances is True and viewer.is_client


async def test_staff_viewers_carry_their_employee(sessions: Sessions, session: AsyncSession) -> None:
    worker = await staff_user(session, Role.EMPLOYEE)
    _, token = await _session_for(sessions, worker)
    viewer = await _viewer(sessions, bearer=token)
    assert viewer.role is Role.EMPLOYEE and viewer.employee_id == worker.employee_id
    assert viewer.customer_id is None and viewer.property_ids is None


async def test_a_bearer_token_wins_over_the_cookie(sessions: Sessions, session: AsyncSession) -> None:
    first, second = await staff_user(session), await staff_user(session)
    _, cookie = await _session_for(sessions, first)
    _, bearer = await _session_for(sessions, second)
    assert (await _viewer(sessions, cookie=cookie, bearer=bearer)).user_id == second.id


async def test_no_unknown_or_malformed_credentials_are_anonymous(sessions: Sessions) -> None:
    assert await _viewer(sessions) is ANONYMOUS
    assert await _viewer(sessions, cookie="not-a-session") is ANONYMOUS
    assert await _viewer(sessions, bearer="dop_not-a-token") is ANONYMOUS
    assert await _viewer(sessions, bearer="x" * 5000) is ANONYMOUS


async def test_expired_and_revoked_sessions_are_anonymous(sessions: Sessions, session: AsyncSession) -> None:
    user = await staff_user(session)
    expired_id, expired = await _session_for(sessions, user)
    revoked_id, revoked = await _session_for(sessions, user)
    async with sessions() as s, s.begin():
        await s.execute(sa.update(UserSession).where(UserSession.id == expired_id)  # type: ignore[arg-type]
                        .values(expires_at=utc_now() - timedelta(seconds=1)))
        await revoke_session(s, revoked_id)
    assert await _viewer(sessions, cookie=expired) is ANONYMOUS
    assert await _viewer(sessions, cookie=revoked) is ANONYMOUS


async def test_use_slides_the_expiry_at_most_once_a_minute(sessions: Sessions, session: AsyncSession) -> None:
    # given a session last seen 20 days ago
    user = await staff_user(session)
    session_id, token = await _session_for(sessions, user)
    long_ago = utc_now() - timedelta(days=20)
    async with sessions() as s, s.begin():
        await s.execute(sa.update(UserSession).where(UserSession.id == session_id)  # type: ignore[arg-type]
                        .values(last_seen_at=long_ago, expires_at=long_ago + SESSION_IDLE_TTL))
    # when it is used now
    now = utc_now()
    await _viewer(sessions, cookie=token, now=now)
    # then it expires 30 days from now
    row = await reload(sessions, UserSession, session_id)
    assert row.last_seen_at == now and row.expires_at == now + SESSION_IDLE_TTL
    # and a use 30 seconds later writes nothing, one 61 seconds later slides it again
    await _viewer(sessions, cookie=token, now=now + timedelta(seconds=30))
    assert (await reload(sessions, UserSession, session_id)).last_seen_at == now
    await _viewer(sessions, cookie=token, now=now + timedelta(seconds=61))
    assert (await reload(sessions, UserSession, session_id)).last_seen_at == now + timedelta(seconds=61)


async def test_inactive_and_locked_users_are_anonymous_even_with_a_live_session(sessions: Sessions,
                                                                                session: AsyncSession) -> None:
    disabled, locked = await staff_user(session), await portal_user(session)
    _, disabled_token = await _session_for(sessions, disabled)
    _, locked_token = await _session_for(sessions, locked)
    async with sessions() as s, s.begin():
        await s.execute(sa.update(User).where(User.id == disabled.id).values(active=False))  # type: ignore[arg-type]
        await s.execute(sa.update(User).where(User.id == locked.id).values(locked_at=utc_now()))  # type: ignore[arg-type]
    assert await _viewer(sessions, cookie=disabled_token) is ANONYMOUS
    assert await _viewer(sessions, cookie=locked_token) is ANONYMOUS


async def test_users_and_tokens_of_a_customer_without_portal_access_are_anonymous(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a customer's user session and API token
    customer = await factories.customer(session)
    user = await portal_user(session, customer)
    session_id, token = await _session_for(sessions, user)
    async with sessions() as s, s.begin():
        _, api_token = await create_api_token(s, factories.office(), customer_id=customer.id,  # type: ignore[arg-type]
                                              name="PM software")
    # when the customer's portal access is removed
    async with sessions() as s, s.begin():
        await s.execute(sa.update(Customer).where(Customer.id == customer.id)  # type: ignore[arg-type]
                        .values(portal_access=False))
    # then both are refused at once, and revoking the customer's access ends the session for good
    assert await _viewer(sessions, cookie=token) is ANONYMOUS
    assert await _viewer(sessions, bearer=api_token) is ANONYMOUS
    async with sessions() as s, s.begin():
        await revoke_customer_access(s, customer.id)  # type: ignore[arg-type]
        await s.execute(sa.update(Customer).where(Customer.id == customer.id)  # type: ignore[arg-type]
                        .values(portal_access=True))
    assert (await reload(sessions, UserSession, session_id)).revoked_at is not None
    assert await _viewer(sessions, cookie=token) is ANONYMOUS
    assert (await _viewer(sessions, bearer=api_token)).is_client  # tokens come back with access


async def test_an_api_token_acts_as_a_customer_user_with_its_scope(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    # given a token for one property, without finances
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id,  # type: ignore[arg-type]
                                            name="PM software", finances=False, property_ids=[place.id])  # type: ignore[list-item]
    # when a request carries it as a Bearer token
    viewer = await _viewer(sessions, bearer=token)
    # then it is a CUSTOMER viewer of that customer with that scope
    assert viewer == Viewer(user_id=None, role=Role.CUSTOMER, customer_id=customer.id,
                            property_ids=frozenset({place.id}), finances=False,  # type: ignore[arg-type]
                            api_token_id=row.id)


async def test_token_use_is_recorded_at_most_once_a_minute(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
    assert row.last_used_at is None
    now = utc_now()
    await _viewer(sessions, bearer=token, now=now)
    assert (await reload(sessions, ApiToken, row.id)).last_used_at == now
    await _viewer(sessions, bearer=token, now=now + timedelta(seconds=59))
    assert (await reload(sessions, ApiToken, row.id)).last_used_at == now
    await _viewer(sessions, bearer=token, now=now + timedelta(minutes=2))
    assert (await reload(sessions, ApiToken, row.id)).last_used_at == now + timedelta(minutes=2)


async def test_a_revoked_token_is_anonymous(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
        row.revoked_at = utc_now()
    assert await _viewer(sessions, bearer=token) is ANONYMOUS


async def test_tokens_and_sessions_are_stored_only_as_hashes(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    user = await portal_user(session, customer)
    session_id, session_token = await _session_for(sessions, user)
    async with sessions() as s, s.begin():
        row, api_token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
    assert api_token.startswith("dop_") and not session_token.startswith("dop_")
    stored = await reload(sessions, ApiToken, row.id)
    assert stored.token_hash == hash_token(api_token) and api_token not in stored.token_hash
    assert stored.prefix == api_token[:12]
    assert (await reload(sessions, UserSession, session_id)).token_hash == hash_token(session_token)
